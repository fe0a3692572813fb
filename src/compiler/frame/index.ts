/**
 * The first-frame file (`frame.json`, see `src/model/frame.ts`) made from a serialised graph:
 * a pure function of graph.json, so the same documents give the same bytes. The compiler
 * writes it beside graph.json; the app checks a frame it drew against the graph.json it reads
 * afterwards by making the frame of that graph again and comparing the two texts.
 */
import { EDGE_KINDS, EVENT_TYPES, NODE_KINDS } from "../../model/types.ts";
import type { SerializedRabitaGraph } from "../../model/types.ts";
import { FRAME_VERSION, frameEdgeKey } from "../../model/frame.ts";
import type { FrameEdges, FrameNodes, GraphFrame } from "../../model/frame.ts";

const NODE_KIND_INDEX = new Map<string, number>(NODE_KINDS.map((k, i) => [k, i]));
const EDGE_KIND_INDEX = new Map<string, number>(EDGE_KINDS.map((k, i) => [k, i]));
const EVENT_TYPE_INDEX = new Map<string, number>(EVENT_TYPES.map((k, i) => [k, i]));

function frameNodes(graph: SerializedRabitaGraph): FrameNodes {
  const nodes: FrameNodes = {
    key: [],
    label: [],
    kind: [],
    aliases: [],
    date: [],
    eventType: [],
    place: [],
    x: [],
    y: [],
    size: [],
    degree: [],
  };
  for (const { key, attributes: a } of graph.nodes) {
    nodes.key.push(key);
    nodes.label.push(a.label);
    nodes.kind.push(NODE_KIND_INDEX.get(a.kind) ?? -1);
    nodes.aliases.push(a.aliases);
    nodes.date.push(
      a.date ? (a.date.end === undefined ? [a.date.start] : [a.date.start, a.date.end]) : null,
    );
    nodes.eventType.push(
      a.eventType === undefined ? null : (EVENT_TYPE_INDEX.get(a.eventType) ?? -1),
    );
    nodes.place.push(a.place ?? null);
    nodes.x.push(a.x);
    nodes.y.push(a.y);
    nodes.size.push(a.size);
    nodes.degree.push(a.degree);
  }
  return nodes;
}

function frameEdges(graph: SerializedRabitaGraph): FrameEdges {
  const index = new Map<string, number>(graph.nodes.map((n, i) => [n.key, i]));
  const edges: FrameEdges = { source: [], target: [], kind: [], amounts: [], keys: [] };
  graph.edges.forEach(({ key, source, target, attributes: a }, i) => {
    edges.source.push(index.get(source) ?? -1);
    edges.target.push(index.get(target) ?? -1);
    edges.kind.push(EDGE_KIND_INDEX.get(a.kind) ?? -1);
    if (a.amount !== undefined || a.currency !== undefined)
      edges.amounts.push([i, a.amount ?? null, a.currency ?? null]);
    if (key !== frameEdgeKey(a.kind, source, target, a.amount, a.currency))
      edges.keys.push([i, key]);
  });
  return edges;
}

/** The frame of a validated graph (graph.json's contents). */
export function makeFrame(graph: SerializedRabitaGraph): GraphFrame {
  return {
    frame: FRAME_VERSION,
    attributes: { version: graph.attributes.version, generator: graph.attributes.generator },
    nodes: frameNodes(graph),
    edges: frameEdges(graph),
  };
}

/** frame.json's text for a validated graph: compact, newline-terminated, deterministic. */
export function frameText(graph: SerializedRabitaGraph): string {
  return `${JSON.stringify(makeFrame(graph))}\n`;
}
