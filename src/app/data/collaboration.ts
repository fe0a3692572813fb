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

/** Derives the collaboration network. Actors keep their attributes (and so their layout). */
export function makeCollaborationGraph(
  graph: RabitaGraph,
  options: Partial<typeof COLLAB_DEFAULTS> = {},
): CollabGraph {
  const { maxEventActors } = { ...COLLAB_DEFAULTS, ...options };
  const collab: CollabGraph = new Graph({
    type: "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== "event") collab.addNode(key, { ...attrs });
  });
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

/** The actors `key` worked with, most shared first. Empty for events. */
export function collaboratorsOf(collab: CollabGraph, key: string): Collaborator[] {
  if (!collab.hasNode(key)) return [];
  const out: Collaborator[] = [];
  collab.forEachEdge(key, (_edge, attrs, source, target) => {
    const other = source === key ? target : source;
    out.push({ key: other, label: collab.getNodeAttribute(other, "label"), ...attrs });
  });
  return out.sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
}
