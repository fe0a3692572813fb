/**
 * What an export holds: the whole compiled graph, or what the view shows now, built from the
 * shared state's filters (kinds, time window, network mode) as a new serialized graph. The
 * displayed graph is never touched. Pure: no DOM.
 *
 * "What is shown": the nodes whose kind is on and that the time window keeps (an event when
 * its date overlaps the window, an actor when one of its events does; every node without a
 * window), and the edges between two of them. In the "who worked with whom" network events
 * are not drawn, so the nodes are the actors and the edges their direct relations; the
 * worked-with links themselves come from `collaborationLinks`. Documents: those the kept nodes
 * and edges cite. Node attributes (degree included) are the compiled ones.
 */
import { FORMAT_VERSION } from "../../model/types.ts";
import type {
  DocumentsFile,
  NodeKind,
  SerializedEdge,
  SerializedNode,
  SerializedRabitaGraph,
} from "../../model/types.ts";
import type { CollabGraph } from "../data/collaboration.ts";
import type { Dataset, RabitaGraph } from "../data/dataset.ts";
import { insideWindow } from "../data/time-window.ts";
import type { TimeIndex } from "../data/time-window.ts";
import type { NetworkMode, TimeWindow } from "../state/view-state.ts";

/** The part of the view that decides what is shown. */
export interface ShownFilter {
  kinds: readonly NodeKind[];
  window: TimeWindow | null;
  mode: NetworkMode;
}

export interface ExportData {
  graph: SerializedRabitaGraph;
  documents: DocumentsFile;
}

/** The keys of the nodes the view shows. */
export function shownNodes(graph: RabitaGraph, time: TimeIndex, filter: ShownFilter): Set<string> {
  const kinds = new Set(filter.kinds);
  const inside = filter.window ? insideWindow(time, filter.window).inside : null;
  const keep = new Set<string>();
  graph.forEachNode((key, a) => {
    if (!kinds.has(a.kind)) return;
    if (filter.mode === "collaboration" && a.kind === "event") return;
    const i = time.indexOf.get(key);
    if (inside && (i === undefined || inside[i] !== 1)) return;
    keep.add(key);
  });
  return keep;
}

function serialize(
  graph: RabitaGraph,
  keep: ((key: string) => boolean) | null,
): SerializedRabitaGraph {
  const nodes: SerializedNode[] = [];
  graph.forEachNode((key, attributes) => {
    if (!keep || keep(key)) nodes.push({ key, attributes });
  });
  const edges: SerializedEdge[] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    if (!keep || (keep(source) && keep(target))) edges.push({ key, source, target, attributes });
  });
  return {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: { ...graph.getAttributes() },
    nodes,
    edges,
  };
}

/** The whole compiled graph and every document record. */
export function wholeData(dataset: Dataset): ExportData {
  return {
    graph: serialize(dataset.graph, null),
    documents: { version: FORMAT_VERSION, documents: [...dataset.documents.values()] },
  };
}

/** The nodes in `keep`, the edges between them, and the documents they cite. */
export function subgraphData(dataset: Dataset, keep: ReadonlySet<string>): ExportData {
  const graph = serialize(dataset.graph, (key) => keep.has(key));
  const cited = new Set<string>();
  for (const n of graph.nodes) for (const m of n.attributes.mentions) cited.add(m.doc);
  for (const e of graph.edges) for (const s of e.attributes.evidence) cited.add(s.doc);
  const documents = [...dataset.documents.values()].filter((d) => cited.has(d.id));
  return { graph, documents: { version: FORMAT_VERSION, documents } };
}

/** What the view shows now. */
export function shownData(dataset: Dataset, time: TimeIndex, filter: ShownFilter): ExportData {
  return subgraphData(dataset, shownNodes(dataset.graph, time, filter));
}

export interface CollaborationLink {
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  /** Shared events plus direct relations, as drawn. */
  weight: number;
  /** The shared events (keys and labels) and the direct relations' kinds. */
  events: string[];
  eventLabels: string[];
  relations: string[];
}

/**
 * The worked-with links between kept actors. With a window, a link is kept when one of its
 * shared events is inside it, or when it rests on direct relations alone (as the graph
 * draws it).
 */
export function collaborationLinks(
  graph: RabitaGraph,
  collab: CollabGraph,
  time: TimeIndex,
  keep: ReadonlySet<string> | null,
  window: TimeWindow | null,
): CollaborationLink[] {
  const inside = window ? insideWindow(time, window).inside : null;
  const eventIn = (ev: string): boolean => {
    const i = time.indexOf.get(ev);
    return !inside || (i !== undefined && inside[i] === 1);
  };
  const links: CollaborationLink[] = [];
  collab.forEachEdge((_key, a, source, target, sa, ta) => {
    if (keep && (!keep.has(source) || !keep.has(target))) return;
    if (a.events.length > 0 && !a.events.some(eventIn)) return;
    links.push({
      source,
      target,
      sourceLabel: sa.label,
      targetLabel: ta.label,
      weight: a.weight,
      events: a.events,
      eventLabels: a.events.map((e) => (graph.hasNode(e) ? graph.getNodeAttribute(e, "label") : e)),
      relations: a.relations.map((r) => r.kind),
    });
  });
  return links;
}
