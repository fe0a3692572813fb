/**
 * The flat view every export shares: one record per node and per edge whose values are plain
 * strings and numbers (lists joined with `LIST_SEPARATOR`), so GEXF, GraphML and CSV carry the
 * same columns with the same values. Pure: no Node or DOM APIs.
 *
 * Nodes: `label`, `kind`, `event_type`, `place`, `date_start`, `date_end`, `aliases` (joined),
 * `mention_count`, `documents` (the distinct ids of the documents that name it, sorted and
 * joined), `document_count`, `degree`, `x`, `y`, `size`, `color` (by kind).
 * Edges: `kind`, `amount`, `currency`, `evidence` (the text of the first evidence span),
 * `evidence_count`, `documents` (distinct evidence document ids, joined), `document_count`.
 * A value the graph does not have is `""` (strings) or `undefined` (amount).
 */
import type {
  DocumentRecord,
  DocumentsFile,
  EdgeKind,
  NodeKind,
  SerializedRabitaGraph,
  Span,
} from "../model/types.ts";

/** Joins list values (aliases, document ids) in one cell. */
export const LIST_SEPARATOR = " | ";

/** Node colours by kind: the explorer's palette (src/app/graph/palette.ts, Okabe–Ito). */
export const KIND_COLORS: Readonly<Record<NodeKind, string>> = {
  organisation: "#0072B2",
  funder: "#E69F00",
  person: "#009E73",
  event: "#CC79A7",
};

export interface FlatNode {
  id: string;
  label: string;
  kind: NodeKind;
  event_type: string;
  place: string;
  date_start: string;
  date_end: string;
  aliases: string;
  mention_count: number;
  documents: string;
  document_count: number;
  degree: number;
  x: number;
  y: number;
  size: number;
  /** `#RRGGBB`, by kind. */
  color: string;
}

export interface FlatEdge {
  id: string;
  source: string;
  target: string;
  /** Labels of the two ends (the CSV's `From`/`To`). */
  source_label: string;
  target_label: string;
  kind: EdgeKind;
  amount: number | undefined;
  currency: string;
  evidence: string;
  evidence_count: number;
  documents: string;
  document_count: number;
}

export interface FlatGraph {
  nodes: FlatNode[];
  edges: FlatEdge[];
}

/** The type of a flat column, as GraphML names it. */
export type ColumnType = "string" | "int" | "double";

/** Node attribute columns after `id`, in file order, with their types. */
export const NODE_COLUMNS = [
  ["label", "string"],
  ["kind", "string"],
  ["event_type", "string"],
  ["place", "string"],
  ["date_start", "string"],
  ["date_end", "string"],
  ["aliases", "string"],
  ["mention_count", "int"],
  ["documents", "string"],
  ["document_count", "int"],
  ["degree", "int"],
  ["x", "double"],
  ["y", "double"],
  ["size", "double"],
  ["color", "string"],
] as const satisfies readonly (readonly [keyof FlatNode, ColumnType])[];

/** Edge attribute columns after `id`, `source`, `target`, in file order, with their types. */
export const EDGE_COLUMNS = [
  ["kind", "string"],
  ["amount", "double"],
  ["currency", "string"],
  ["evidence", "string"],
  ["evidence_count", "int"],
  ["documents", "string"],
  ["document_count", "int"],
] as const satisfies readonly (readonly [keyof FlatEdge, ColumnType])[];

/** Plain code-unit order: the same in every locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The distinct document ids of some spans, sorted. */
export function spanDocuments(spans: readonly Span[]): string[] {
  return [...new Set(spans.map((s) => s.doc))].sort(compareStrings);
}

/** Documents by id. */
export function documentIndex(documents: DocumentsFile): Map<string, DocumentRecord> {
  return new Map(documents.documents.map((d) => [d.id, d]));
}

/** The text a span points at, or "" when its document is not in documents.json. */
export function spanText(
  span: Span | undefined,
  docs: ReadonlyMap<string, DocumentRecord>,
): string {
  if (!span) return "";
  return docs.get(span.doc)?.text.slice(span.start, span.end) ?? "";
}

/** Flattens the graph, in its own node and edge order. */
export function flatten(graph: SerializedRabitaGraph, documents: DocumentsFile): FlatGraph {
  const docs = documentIndex(documents);
  const labels = new Map(graph.nodes.map((n) => [n.key, n.attributes.label]));
  const nodes = graph.nodes.map(({ key, attributes: a }): FlatNode => {
    const inDocs = spanDocuments(a.mentions);
    return {
      id: key,
      label: a.label,
      kind: a.kind,
      event_type: a.eventType ?? "",
      place: a.place ?? "",
      date_start: a.date?.start ?? "",
      date_end: a.date?.end ?? "",
      aliases: a.aliases.join(LIST_SEPARATOR),
      mention_count: a.mentions.length,
      documents: inDocs.join(LIST_SEPARATOR),
      document_count: inDocs.length,
      degree: a.degree,
      x: a.x,
      y: a.y,
      size: a.size,
      color: KIND_COLORS[a.kind],
    };
  });
  const edges = graph.edges.map(({ key, source, target, attributes: a }): FlatEdge => {
    const inDocs = spanDocuments(a.evidence);
    return {
      id: key,
      source,
      target,
      source_label: labels.get(source) ?? "",
      target_label: labels.get(target) ?? "",
      kind: a.kind,
      amount: a.amount,
      currency: a.currency ?? "",
      evidence: spanText(a.evidence[0], docs),
      evidence_count: a.evidence.length,
      documents: inDocs.join(LIST_SEPARATOR),
      document_count: inDocs.length,
    };
  });
  return { nodes, edges };
}

/*
 * Characters XML 1.0 cannot carry at all, even escaped: C0 controls other than tab, newline
 * and carriage return, U+FFFE/U+FFFF and unpaired surrogates.
 */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- these controls are what it matches
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces what XML cannot carry with U+FFFD; everything else is left for escaping. */
export function xmlSafe(value: string): string {
  return value.replace(XML_INVALID, "\uFFFD");
}
