/**
 * The "who worked with whom" network, derived once from the compiled event network:
 * organisations, funders and people become linked when they share an event or project
 * (organised, took part in, spoke at or funded the same one), or when the corpus links them
 * directly (a funder funding an organisation, a body part of another). Each link carries the
 * shared events and direct relations; its weight is how many there are. Pure.
 */
import Graph from "graphology";
import type { EdgeKind, NodeAttributes } from "../../model/types.ts";
import type { RabitaGraph } from "./dataset.ts";

export interface CollabEdgeAttributes {
  /** Shared events plus direct relations. */
  weight: number;
  /** Keys of the events both ends are linked to, in graph order. */
  events: string[];
  /** Direct edges between the two ends in the compiled graph. */
  relations: { edge: string; kind: EdgeKind }[];
}

export type CollabGraph = Graph<NodeAttributes, CollabEdgeAttributes>;

export const COLLAB_DEFAULTS = {
  /** Events linking more actors than this add no pairs (a 500-delegate conference would
   * otherwise add 125,000 links that say little about working together). */
  maxEventActors: 150,
};

/** Stable key of the link between two actors, whatever their order. */
export function collabKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function link(collab: CollabGraph, a: string, b: string): CollabEdgeAttributes {
  const key = collabKey(a, b);
  if (!collab.hasEdge(key)) {
    const [s, t] = a < b ? [a, b] : [b, a];
    collab.addUndirectedEdgeWithKey(key, s, t, { weight: 0, events: [], relations: [] });
  }
  return collab.getEdgeAttributes(key);
}

/** A graph of the actors alone (every node but events), with their attributes and layout. */
function actorsOnly(graph: RabitaGraph): CollabGraph {
  const collab: CollabGraph = new Graph({
    type: "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== "event") collab.addNode(key, { ...attrs });
  });
  return collab;
}

/** Derives the collaboration network. Actors keep their attributes (and so their layout). */
export function makeCollaborationGraph(
  graph: RabitaGraph,
  options: Partial<typeof COLLAB_DEFAULTS> = {},
): CollabGraph {
  const { maxEventActors } = { ...COLLAB_DEFAULTS, ...options };
  const collab = actorsOnly(graph);
  graph.forEachNode((event, attrs) => {
    if (attrs.kind !== "event") return;
    const actors = new Set<string>();
    graph.forEachNeighbor(event, (n, a) => {
      if (a.kind !== "event") actors.add(n);
    });
    if (actors.size > maxEventActors) return;
    const list = [...actors].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const attrs = link(collab, list[i] as string, list[j] as string);
        attrs.events.push(event);
        attrs.weight++;
      }
    }
  });
  graph.forEachEdge((edge, attrs, source, target, sa, ta) => {
    if (sa.kind === "event" || ta.kind === "event" || source === target) return;
    const l = link(collab, source, target);
    l.relations.push({ edge, kind: attrs.kind });
    l.weight++;
  });
  return collab;
}

export interface Collaborator {
  key: string;
  label: string;
  weight: number;
  events: string[];
  relations: { edge: string; kind: EdgeKind }[];
}

/** Names in `localeCompare` order, without its cost per call. */
const byName = new Intl.Collator().compare;

/** Most shared events first, then direct relations, then by name. */
function byShared(a: Collaborator, b: Collaborator): number {
  return b.events.length - a.events.length || b.weight - a.weight || byName(a.label, b.label);
}

/** The actors `key` worked with, most shared events first. Empty for events. */
export function collaboratorsOf(collab: CollabGraph, key: string): Collaborator[] {
  if (!collab.hasNode(key)) return [];
  const out: Collaborator[] = [];
  collab.forEachEdge(key, (_edge, attrs, source, target) => {
    const other = source === key ? target : source;
    out.push({ key: other, label: collab.getNodeAttribute(other, "label"), ...attrs });
  });
  return out.sort(byShared);
}

/**
 * The same list as `collaboratorsOf(makeCollaborationGraph(graph), key)`, read from the event
 * network around one actor (its events' actors and its direct relations) without building the
 * whole collaboration network: what a panel needs when one node is selected. `order` gives
 * each node's position in the graph (events are listed in graph order, as there).
 */
export function collaboratorsIn(
  graph: RabitaGraph,
  key: string,
  order?: ReadonlyMap<string, number>,
  options: Partial<typeof COLLAB_DEFAULTS> = {},
): Collaborator[] {
  if (!graph.hasNode(key) || graph.getNodeAttribute(key, "kind") === "event") return [];
  const { maxEventActors } = { ...COLLAB_DEFAULTS, ...options };
  const byKey = new Map<string, Collaborator>();
  const entry = (other: string): Collaborator => {
    let c = byKey.get(other);
    if (!c) {
      const label = graph.getNodeAttribute(other, "label");
      c = { key: other, label, weight: 0, events: [], relations: [] };
      byKey.set(other, c);
    }
    return c;
  };
  const events: string[] = [];
  graph.forEachNeighbor(key, (n, a) => {
    if (a.kind === "event") events.push(n);
  });
  if (order) events.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  for (const event of events) {
    const actors = new Set<string>();
    graph.forEachNeighbor(event, (n, a) => {
      if (a.kind !== "event") actors.add(n);
    });
    if (actors.size > maxEventActors) continue;
    for (const other of actors) {
      if (other === key) continue;
      const c = entry(other);
      c.events.push(event);
      c.weight++;
    }
  }
  graph.forEachEdge(key, (edge, attrs, source, target, sa, ta) => {
    if (sa.kind === "event" || ta.kind === "event" || source === target) return;
    const c = entry(source === key ? target : source);
    c.relations.push({ edge, kind: attrs.kind });
    c.weight++;
  });
  return [...byKey.values()].sort(byShared);
}

export const COLLAB_VIEW_DEFAULTS = {
  ...COLLAB_DEFAULTS,
  /** Links drawn per actor: its strongest ones (a link is drawn when it is among the strongest
   * of either end). The full projection of 10,000 documents holds over a million links, more
   * than a screen can show or a browser draw; the panel still lists every collaborator. */
  linksPerActor: 5,
};

/** What the strongest links are chosen from, in numbers only (it can go to a worker): actors
 * and events by index in graph order. */
export interface CollabInput {
  /** Number of actors. */
  n: number;
  /** Per event, its actors' indices ascending (none for an event with more than
   * `maxEventActors`). */
  members: Int32Array[];
  /** Direct relations between two actors, in graph order: their ends' indices. */
  directA: Int32Array;
  directB: Int32Array;
}

/** The names behind a `CollabInput`'s numbers (they stay on the main thread). */
export interface CollabNames {
  actors: string[];
  events: string[];
  direct: { edge: string; kind: EdgeKind }[];
}

/** The kept links (each actor's strongest), in numbers: pair `k` links actors
 * `floor(key / n)` and `key % n`. */
export interface CollabLinks {
  /** Pair keys, ascending. */
  keys: Float64Array;
  weights: Int32Array;
  /** Shared events of pair `k`: `eventIds[eventStart[k] .. eventStart[k + 1]]`, ascending. */
  eventStart: Int32Array;
  eventIds: Int32Array;
  /** Direct relations of pair `k` (indices into the input's direct relations), likewise. */
  directStart: Int32Array;
  directIds: Int32Array;
}

/** Reads the input of `collabLinkSteps` from the event network (a pass over its events'
 * neighbours and its edges). */
export function collabInput(
  graph: RabitaGraph,
  maxEventActors = COLLAB_DEFAULTS.maxEventActors,
): { input: CollabInput; names: CollabNames } {
  const actors: string[] = [];
  const index = new Map<string, number>();
  const events: string[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === "event") events.push(key);
    else {
      index.set(key, actors.length);
      actors.push(key);
    }
  });
  const members: Int32Array[] = [];
  const empty = new Int32Array(0);
  for (const event of events) {
    const list: number[] = [];
    graph.forEachNeighbor(event, (m, a) => {
      if (a.kind !== "event") list.push(index.get(m) ?? 0);
    });
    members.push(list.length <= maxEventActors ? Int32Array.from(list).sort() : empty);
  }
  const a: number[] = [];
  const b: number[] = [];
  const direct: CollabNames["direct"] = [];
  graph.forEachEdge((edge, attributes, source, target, sa, ta) => {
    if (sa.kind === "event" || ta.kind === "event" || source === target) return;
    a.push(index.get(source) ?? 0);
    b.push(index.get(target) ?? 0);
    direct.push({ edge, kind: attributes.kind });
  });
  return {
    input: { n: actors.length, members, directA: Int32Array.from(a), directB: Int32Array.from(b) },
    names: { actors, events, direct },
  };
}

/**
 * Each actor's `linksPerActor` strongest links (most shared events and direct relations; ties
 * to the actor first in graph order): a link is kept when it is among the strongest of either
 * end. Numbers only (run in a worker, or here a slice at a time): a generator that yields
 * between slices of work; `runSteps` runs it to the end. Pairs are counted under numeric keys.
 */
export function* collabLinkSteps(
  input: CollabInput,
  linksPerActor = COLLAB_VIEW_DEFAULTS.linksPerActor,
): Generator<void, CollabLinks> {
  const { n, members, directA, directB } = input;
  const pairKey = (a: number, b: number): number => (a < b ? a * n + b : b * n + a);
  const weight = new Map<number, number>();
  // Work done since the last yield, in pair updates (a slice is a few milliseconds).
  let work = 0;
  const SLICE = 20_000;
  for (const ids of members) {
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const k = (ids[i] as number) * n + (ids[j] as number);
        weight.set(k, (weight.get(k) ?? 0) + 1);
      }
    work += 8 + (ids.length * (ids.length - 1)) / 2;
    if (work > SLICE) {
      work = 0;
      yield;
    }
  }
  const directKey = new Float64Array(directA.length);
  for (let d = 0; d < directA.length; d++) {
    const k = pairKey(directA[d] as number, directB[d] as number);
    directKey[d] = k;
    weight.set(k, (weight.get(k) ?? 0) + 1);
    if (++work > SLICE) {
      work = 0;
      yield;
    }
  }
  yield;
  // Each actor's links.
  const linksOf: number[][] = Array.from({ length: n }, () => []);
  for (const k of weight.keys()) {
    linksOf[Math.floor(k / n)]?.push(k);
    linksOf[k % n]?.push(k);
    if (++work > SLICE) {
      work = 0;
      yield;
    }
  }
  yield;
  const keep = new Set<number>();
  // The strongest links of each actor, picked in one pass (no sort of a hub's thousands).
  const best: number[] = [];
  const bestWeight: number[] = [];
  const bestOther: number[] = [];
  for (let a = 0; a < n; a++) {
    const list = linksOf[a] ?? [];
    best.length = 0;
    bestWeight.length = 0;
    bestOther.length = 0;
    for (const k of list) {
      const w = weight.get(k) ?? 0;
      const lo = Math.floor(k / n);
      const o = lo === a ? k % n : lo;
      // Stronger first; between equals, the other actor first in graph order.
      let at = best.length;
      while (
        at > 0 &&
        ((bestWeight[at - 1] ?? 0) < w ||
          ((bestWeight[at - 1] ?? 0) === w && (bestOther[at - 1] ?? 0) > o))
      )
        at--;
      if (at >= linksPerActor) continue;
      best.splice(at, 0, k);
      bestWeight.splice(at, 0, w);
      bestOther.splice(at, 0, o);
      if (best.length > linksPerActor) {
        best.pop();
        bestWeight.pop();
        bestOther.pop();
      }
    }
    for (const k of best) keep.add(k);
    work += list.length;
    if (work > SLICE) {
      work = 0;
      yield;
    }
  }
  linksOf.length = 0;
  const keys = Float64Array.from(keep).sort();
  const at = new Map<number, number>();
  keys.forEach((k, i) => at.set(k, i));
  // The kept links' shared events (in graph order) and direct relations, counted then filled.
  const eventCount = new Int32Array(keys.length + 1);
  const directCount = new Int32Array(keys.length + 1);
  const eachKeptPair = (visit: (link: number, e: number) => void): void => {
    for (let e = 0; e < members.length; e++) {
      const ids = members[e] as Int32Array;
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) {
          const link = at.get((ids[i] as number) * n + (ids[j] as number));
          if (link !== undefined) visit(link, e);
        }
    }
  };
  /** Adds one to `counts[at]` and gives its value before. */
  const bump = (counts: Int32Array, at: number): number => {
    const v = counts[at] as number;
    counts[at] = v + 1;
    return v;
  };
  eachKeptPair((link) => bump(eventCount, link + 1));
  yield;
  for (let d = 0; d < directKey.length; d++) {
    const link = at.get(directKey[d] as number);
    if (link !== undefined) bump(directCount, link + 1);
  }
  for (let i = 1; i <= keys.length; i++) {
    eventCount[i] = (eventCount[i] as number) + (eventCount[i - 1] as number);
    directCount[i] = (directCount[i] as number) + (directCount[i - 1] as number);
  }
  const eventStart = eventCount.slice();
  const directStart = directCount.slice();
  const eventIds = new Int32Array(eventStart[keys.length] as number);
  const directIds = new Int32Array(directStart[keys.length] as number);
  eachKeptPair((link, e) => (eventIds[bump(eventCount, link)] = e));
  yield;
  for (let d = 0; d < directKey.length; d++) {
    const link = at.get(directKey[d] as number);
    if (link !== undefined) directIds[bump(directCount, link)] = d;
  }
  const weights = Int32Array.from(keys, (k) => weight.get(k) ?? 0);
  return { keys, weights, eventStart, eventIds, directStart, directIds };
}

/** The collaboration network drawn from kept links: every actor (with its attributes and so
 * its layout), and the links with the same attributes as `makeCollaborationGraph` gives them.
 * Yields between slices of links. */
export function* collabFromLinks(
  graph: RabitaGraph,
  n: number,
  names: CollabNames,
  links: CollabLinks,
): Generator<void, CollabGraph> {
  const collab = actorsOnly(graph);
  yield;
  const { keys, weights, eventStart, eventIds, directStart, directIds } = links;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as number;
    const a = names.actors[Math.floor(k / n)] as string;
    const b = names.actors[k % n] as string;
    const [s, t] = a < b ? [a, b] : [b, a];
    const events: string[] = [];
    for (let j = eventStart[i] as number; j < (eventStart[i + 1] as number); j++)
      events.push(names.events[eventIds[j] as number] as string);
    const relations: CollabEdgeAttributes["relations"] = [];
    for (let j = directStart[i] as number; j < (directStart[i + 1] as number); j++) {
      const { edge, kind } = names.direct[directIds[j] as number] as CollabNames["direct"][number];
      relations.push({ edge, kind });
    }
    collab.addUndirectedEdgeWithKey(collabKey(a, b), s, t, {
      weight: weights[i] as number,
      events,
      relations,
    });
    if ((i + 1) % 2048 === 0) yield;
  }
  return collab;
}

/**
 * The collaboration network as drawn: every actor, and for each its `linksPerActor` strongest
 * links (see `collabLinkSteps`), with the same attributes as `makeCollaborationGraph` gives
 * those links. A generator that yields between slices of work, so that it can be built in idle
 * time without blocking a frame; `runSteps` runs it to the end. The same in three parts (the
 * middle one in a worker): `collabInput`, `collabLinkSteps`, `collabFromLinks`.
 */
export function* collaborationViewSteps(
  graph: RabitaGraph,
  options: Partial<typeof COLLAB_VIEW_DEFAULTS> = {},
): Generator<void, CollabGraph> {
  const { maxEventActors, linksPerActor } = { ...COLLAB_VIEW_DEFAULTS, ...options };
  const { input, names } = collabInput(graph, maxEventActors);
  yield;
  const links = yield* collabLinkSteps(input, linksPerActor);
  return yield* collabFromLinks(graph, input.n, names, links);
}

/** Runs a step generator to its end and returns its result. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
