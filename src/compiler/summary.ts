/**
 * What a compilation produced, in numbers: documents by status, nodes and edges by kind,
 * warnings, and the files that were failed or skipped with their reasons.
 */
import { EDGE_KINDS, NODE_KINDS } from "../model/types.ts";
import type {
  DocumentStatus,
  DocumentsFile,
  EdgeKind,
  NodeKind,
  SerializedRabitaGraph,
} from "../model/types.ts";

export interface CompileSummary {
  documents: Record<DocumentStatus, number>;
  nodesByKind: Record<NodeKind, number>;
  edgesByKind: Record<EdgeKind, number>;
  /** Total warnings across documents. */
  warnings: number;
  /** Words in compiled documents (whitespace-separated). */
  words: number;
  /** Failed and skipped files, in id order. */
  problems: { id: string; status: "failed" | "skipped"; reason: string }[];
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function countWords(text: string): number {
  const matches = text.match(/\S+/g);
  return matches ? matches.length : 0;
}

/** Counts what a compiled graph and documents file hold. */
export function summarise(graph: SerializedRabitaGraph, documents: DocumentsFile): CompileSummary {
  const summary: CompileSummary = {
    documents: { compiled: 0, failed: 0, skipped: 0 },
    nodesByKind: zeroes(NODE_KINDS),
    edgesByKind: zeroes(EDGE_KINDS),
    warnings: 0,
    words: 0,
    problems: [],
  };
  for (const n of graph.nodes) summary.nodesByKind[n.attributes.kind]++;
  for (const e of graph.edges) summary.edgesByKind[e.attributes.kind]++;
  for (const d of documents.documents) {
    summary.documents[d.status]++;
    summary.warnings += d.warnings?.length ?? 0;
    if (d.status === "compiled") summary.words += countWords(d.text);
    else summary.problems.push({ id: d.id, status: d.status, reason: d.error ?? "unknown" });
  }
  return summary;
}
