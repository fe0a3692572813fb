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

/**
 * The collaboration network as drawn: every actor, and for each its `linksPerActor` strongest
 * links (most shared events and direct relations; ties to the actor first in graph order),
 * with the same attributes as `makeCollaborationGraph` gives those links. A generator that
 * yields between slices of work, so that it can be built in idle time without blocking a
 * frame; `runSteps` runs it to the end. Pairs are counted under numeric keys, never strings.
 */
export function* collaborationViewSteps(
  graph: RabitaGraph,
  options: Partial<typeof COLLAB_VIEW_DEFAULTS> = {},
): Generator<void, CollabGraph> {
  const { maxEventActors, linksPerActor } = { ...COLLAB_VIEW_DEFAULTS, ...options };
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
  const n = actors.length;
  const pairKey = (a: number, b: number): number => (a < b ? a * n + b : b * n + a);
  // The actors of each event small enough to link them, as sorted indices.
  const members: Int32Array[] = [];
  const weight = new Map<number, number>();
  // Work done since the last yield, in pair updates (a slice is a few milliseconds).
  let work = 0;
  const SLICE = 20_000;
  for (let e = 0; e < events.length; e++) {
    const list: number[] = [];
    graph.forEachNeighbor(events[e] as string, (m, a) => {
      if (a.kind !== "event") list.push(index.get(m) ?? 0);
    });
    const ids = list.length <= maxEventActors ? Int32Array.from(list).sort() : new Int32Array(0);
    members.push(ids);
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
  const direct: { key: number; edge: string; kind: EdgeKind }[] = [];
  // Direct relations between actors, in graph order, a slice of edges at a time.
  for (const {
    edge,
    attributes,
    source,
    target,
    sourceAttributes,
    targetAttributes,
  } of graph.edgeEntries()) {
    if (++work > SLICE) {
      work = 0;
      yield;
    }
    if (sourceAttributes.kind === "event" || targetAttributes.kind === "event" || source === target)
      continue;
    const k = pairKey(index.get(source) ?? 0, index.get(target) ?? 0);
    weight.set(k, (weight.get(k) ?? 0) + 1);
    direct.push({ key: k, edge, kind: attributes.kind });
  }
  yield;
  // Each actor's strongest links.
  const linksOf: number[][] = actors.map(() => []);
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
  // The kept links' shared events (in graph order) and direct relations.
  const links = new Map<number, CollabEdgeAttributes>();
  const attrsOf = (k: number): CollabEdgeAttributes => {
    let l = links.get(k);
    if (!l) {
      l = { weight: weight.get(k) ?? 0, events: [], relations: [] };
      links.set(k, l);
    }
    return l;
  };
  for (let e = 0; e < events.length; e++) {
    const ids = members[e] as Int32Array;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const k = (ids[i] as number) * n + (ids[j] as number);
        if (keep.has(k)) attrsOf(k).events.push(events[e] as string);
      }
    work += 8 + (ids.length * (ids.length - 1)) / 2;
    if (work > SLICE) {
      work = 0;
      yield;
    }
  }
  for (const d of direct) if (keep.has(d.key)) attrsOf(d.key).relations.push(d);
  const collab = actorsOnly(graph);
  yield;
  let added = 0;
  for (const k of [...keep].sort((x, y) => x - y)) {
    const a = actors[Math.floor(k / n)] as string;
    const b = actors[k % n] as string;
    const [s, t] = a < b ? [a, b] : [b, a];
    const l = attrsOf(k);
    l.relations = l.relations.map(({ edge, kind }) => ({ edge, kind }));
    collab.addUndirectedEdgeWithKey(collabKey(a, b), s, t, l);
    if (++added % 2048 === 0) yield;
  }
  return collab;
}

/** Runs a step generator to its end and returns its result. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
