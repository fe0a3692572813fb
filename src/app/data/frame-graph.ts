/**
 * The graph drawn first, built from `frame.json` (see `src/model/frame.ts`): the same nodes,
 * edges, keys and attributes as graph.json's, in the same order, with empty `mentions` and
 * `evidence` (and no `merges`) until graph.json's are filled in (`fillDetails`). Nothing reads
 * those before then: they are only shown with the documents, which are handed over after them.
 */
import Graph from "graphology";
import { frameEdgeKey } from "../../model/frame.ts";
import type { GraphFrame } from "../../model/frame.ts";
import { EDGE_KINDS, EVENT_TYPES, NODE_KINDS } from "../../model/types.ts";
import type { EdgeAttributes, EdgeKind, NodeAttributes } from "../../model/types.ts";
import type { RabitaGraph } from "./dataset.ts";

/** The graph, with its nodes' and edges' attribute objects in graph.json's order (the objects
 * the graph holds: filling them in fills the graph's). */
export interface FrameGraph {
  graph: RabitaGraph;
  nodes: NodeAttributes[];
  edges: EdgeAttributes[];
}

function nodeAttributes(frame: GraphFrame, i: number): NodeAttributes {
  const n = frame.nodes;
  const date = n.date[i];
  const eventType = n.eventType[i];
  const place = n.place[i];
  // Keys in graph.json's order (the optional ones before the layout's, as the compiler sets
  // them); `merges`, filled in later, comes last.
  const a = {
    label: n.label[i] as string,
    kind: NODE_KINDS[n.kind[i] as number] as NodeAttributes["kind"],
    aliases: n.aliases[i] as string[],
    mentions: [],
  } as unknown as NodeAttributes;
  if (date) {
    const [start, end] = date as [string, string | undefined];
    a.date = end === undefined ? { start } : { start, end };
  }
  if (eventType !== null && eventType !== undefined) a.eventType = EVENT_TYPES[eventType];
  if (place !== null && place !== undefined) a.place = place;
  a.x = n.x[i] as number;
  a.y = n.y[i] as number;
  a.size = n.size[i] as number;
  a.degree = n.degree[i] as number;
  return a;
}

/** Builds the graph from a checked frame; throws where graphology refuses it (a duplicate
 * key, a self loop). */
export function graphFromFrame(frame: GraphFrame): FrameGraph {
  const graph: RabitaGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ ...frame.attributes });
  const keys = frame.nodes.key;
  const nodes: NodeAttributes[] = [];
  for (let i = 0; i < keys.length; i++) {
    const a = nodeAttributes(frame, i);
    nodes.push(a);
    graph.addNode(keys[i] as string, a);
  }
  const e = frame.edges;
  const amounts = new Map(e.amounts.map(([i, amount, currency]) => [i, { amount, currency }]));
  const explicit = new Map(e.keys);
  const edges: EdgeAttributes[] = [];
  for (let i = 0; i < e.source.length; i++) {
    const source = keys[e.source[i] as number] as string;
    const target = keys[e.target[i] as number] as string;
    const a: EdgeAttributes = { kind: EDGE_KINDS[e.kind[i] as number] as EdgeKind, evidence: [] };
    const money = amounts.get(i);
    if (money?.amount !== null && money?.amount !== undefined) a.amount = money.amount;
    if (money?.currency) a.currency = money.currency;
    const key = explicit.get(i) ?? frameEdgeKey(a.kind, source, target, a.amount, a.currency);
    edges.push(a);
    graph.addDirectedEdgeWithKey(key, source, target, a);
  }
  return { graph, nodes, edges };
}
