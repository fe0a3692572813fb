/**
 * What graph.json adds to the graph drawn from frame.json: each node's mentions and merges and
 * each edge's evidence. Read from graph.json's bytes (in the graph worker, or in place where
 * workers are missing): decoded, parsed and checked against the contract, then checked
 * against the frame that was drawn (the frame made from this graph must be that frame, byte
 * for byte), then sent as messages of at most about `PART_SPANS` spans in typed arrays, so that
 * filling them in on the main thread is many short tasks of plain loops.
 */
import { parseGraph } from "../../model/schema.ts";
import type {
  EdgeAttributes,
  MergeEvidence,
  NodeAttributes,
  SerializedRabitaGraph,
  Span,
} from "../../model/types.ts";
import { frameText } from "../../compiler/frame/index.ts";
import type { Missing } from "./fetch-bytes.ts";

export const GRAPH_FILE = "graph.json";

/** Spans per part at most (a part holds whole nodes or edges, so one may hold more). */
export const PART_SPANS = 20_000;

/** Spans of consecutive nodes (`mentions`) or edges (`evidence`), from item `from` on. */
export interface SpanPart {
  of: "mentions" | "evidence";
  from: number;
  /** Item `from + k` has spans `offsets[k]` to `offsets[k + 1]` (exclusive). */
  offsets: Uint32Array;
  /** Index of each span's document in the `docs` list sent first. */
  doc: Uint32Array;
  start: Float64Array;
  end: Float64Array;
}

export type DetailsMessage =
  /** First: the document ids the parts point into. */
  | { status: "docs"; docs: string[] }
  | { status: "part"; part: SpanPart }
  /** Last: the nodes' merges, by node index. */
  | { status: "ok"; merges: [number, MergeEvidence[]][] }
  /** graph.json is valid, but is not the graph frame.json drew. */
  | { status: "stale" }
  | { status: "invalid"; message: string }
  | Missing;

/** Parses and checks graph.json's bytes; a message saying why when it cannot be used. */
export function decodeGraph(
  bytes: ArrayBuffer,
): { status: "ok"; graph: SerializedRabitaGraph } | { status: "invalid"; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch (error) {
    return { status: "invalid", message: `${GRAPH_FILE}: not valid JSON (${String(error)})` };
  }
  try {
    return { status: "ok", graph: parseGraph(data) };
  } catch (error) {
    return { status: "invalid", message: error instanceof Error ? error.message : String(error) };
  }
}

/** Packs the spans of `lists` into parts of about `PART_SPANS` spans. */
function* spanParts(
  of: SpanPart["of"],
  lists: Span[][],
  docIndex: (doc: string) => number,
  most: number,
): Generator<SpanPart> {
  let from = 0;
  while (from < lists.length) {
    let to = from;
    let count = 0;
    while (to < lists.length) {
      const n = (lists[to] as Span[]).length;
      if (to > from && count + n > most) break;
      count += n;
      to++;
    }
    const offsets = new Uint32Array(to - from + 1);
    const doc = new Uint32Array(count);
    const start = new Float64Array(count);
    const end = new Float64Array(count);
    let j = 0;
    for (let i = from; i < to; i++) {
      for (const s of lists[i] as Span[]) {
        doc[j] = docIndex(s.doc);
        start[j] = s.start;
        end[j] = s.end;
        j++;
      }
      offsets[i - from + 1] = j;
    }
    yield { of, from, offsets, doc, start, end };
    from = to;
  }
}

/** The messages for graph.json's bytes, given the frame.json text that was drawn. */
export function* detailsMessages(
  bytes: ArrayBuffer,
  frame: string,
  partSpans = PART_SPANS,
): Generator<DetailsMessage> {
  const decoded = decodeGraph(bytes);
  if (decoded.status !== "ok") {
    yield decoded;
    return;
  }
  const { graph } = decoded;
  if (frameText(graph) !== frame) {
    yield { status: "stale" };
    return;
  }
  const docs: string[] = [];
  const index = new Map<string, number>();
  const docIndex = (doc: string): number => {
    let i = index.get(doc);
    if (i === undefined) {
      i = docs.length;
      docs.push(doc);
      index.set(doc, i);
    }
    return i;
  };
  const mentions = graph.nodes.map((n) => n.attributes.mentions);
  const evidence = graph.edges.map((e) => e.attributes.evidence);
  // Every document id first (the parts point into the list).
  for (const list of [...mentions, ...evidence]) for (const s of list) docIndex(s.doc);
  yield { status: "docs", docs };
  for (const part of spanParts("mentions", mentions, docIndex, partSpans))
    yield { status: "part", part };
  for (const part of spanParts("evidence", evidence, docIndex, partSpans))
    yield { status: "part", part };
  const merges: [number, MergeEvidence[]][] = [];
  graph.nodes.forEach((n, i) => {
    if (n.attributes.merges) merges.push([i, n.attributes.merges]);
  });
  yield { status: "ok", merges };
}

/** Fills one part into the attribute objects of the graph drawn from the frame. */
export function fillPart(
  part: SpanPart,
  docs: readonly string[],
  into: { nodes: readonly NodeAttributes[]; edges: readonly EdgeAttributes[] },
): void {
  const { offsets, doc, start, end } = part;
  for (let k = 0; k + 1 < offsets.length; k++) {
    const spans: Span[] = [];
    for (let j = offsets[k] as number; j < (offsets[k + 1] as number); j++) {
      const d = docs[doc[j] as number] as string;
      spans.push({ doc: d, start: start[j] as number, end: end[j] as number });
    }
    if (part.of === "mentions") {
      const node = into.nodes[part.from + k];
      if (node) node.mentions = spans;
    } else {
      const edge = into.edges[part.from + k];
      if (edge) edge.evidence = spans;
    }
  }
}
