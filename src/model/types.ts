/**
 * The data contract shared by the compiler and the app: what `graph.json` (graphology's
 * `export()` format) and `documents.json` carry. The node and edge attributes required by
 * the evaluation contract are `label`, `kind`, `aliases`, `mentions`, `date` on nodes and
 * `kind`, `evidence`, `amount`, `currency` on edges; the rest serves the explorer.
 */

/** Version of the compiled data format; bump when a field changes meaning. */
export const FORMAT_VERSION = 1;

export const NODE_KINDS = ["organisation", "funder", "person", "event"] as const;
/** What a node is. A funder is an organisation that funds something in the corpus. */
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = ["organised", "participated", "spoke_at", "funded", "part_of"] as const;
/** The relation an edge states. */
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const EVENT_TYPES = [
  "conference",
  "meeting",
  "workshop",
  "training",
  "platform",
  "launch",
  "project",
  "programme",
  "other",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** A span of a document's normalised text: `text.slice(start, end)` (UTF-16 offsets). */
export interface Span {
  /** Document id: its path relative to the input folder, with `/` separators. */
  doc: string;
  start: number;
  end: number;
}

/** An ISO date at the precision the text gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type IsoDate = string;

export interface EventDate {
  start: IsoDate;
  /** Present for ranges ("from May 2013 to April 2014"). */
  end?: IsoDate;
}

/**
 * One join of two names into a node: the rule that joined them ("acronym-or-initials",
 * "same-event-in-document", "name-variant", "body-and-place", "short-form",
 * "event-and-place", "event-named-after-body"), the two names, and the document whose
 * text stated it (absent for rules over the whole corpus).
 */
export interface MergeEvidence {
  rule: string;
  names: string[];
  doc?: string;
}

export interface NodeAttributes {
  /** Canonical name: the fullest form seen. */
  label: string;
  kind: NodeKind;
  /** Other names seen in the text (acronyms, spellings), without the label. */
  aliases: string[];
  /** Where the node is named; each span's text is the label or an alias. */
  mentions: Span[];
  /** Events only: when it happened. */
  date?: EventDate;
  /** Events only: what kind of event. */
  eventType?: EventType;
  /** Events only: where it happened (a city or country named by the text). */
  place?: string;
  /** Why names were joined into this node: a few of the joins, sorted (see MergeEvidence). */
  merges?: MergeEvidence[];
  /** Layout position computed by the compiler. */
  x: number;
  y: number;
  /** Display size from importance. */
  size: number;
  /** Number of distinct neighbours in the compiled graph. */
  degree: number;
}

export interface EdgeAttributes {
  kind: EdgeKind;
  /** The sentence(s) that state the relation. */
  evidence: Span[];
  /** Funding amount where stated. */
  amount?: number;
  /** ISO 4217 code of `amount`. */
  currency?: string;
}

export interface GraphAttributes {
  version: number;
  generator: string;
}

export interface SerializedNode {
  key: string;
  attributes: NodeAttributes;
}

export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** graphology's `export()` format with Rabita's attributes. */
export interface SerializedRabitaGraph {
  options: { type: "directed"; multi: true; allowSelfLoops: false };
  attributes: GraphAttributes;
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

export const DOCUMENT_STATUSES = ["compiled", "failed", "skipped"] as const;
/** compiled: in the graph; failed: could not be read or decoded; skipped: not a document kind we read. */
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export interface DocumentRecord {
  /** Path relative to the input folder, `/`-separated. */
  id: string;
  title: string;
  /** The document's own date (dateline or post date), where stated. */
  date?: IsoDate;
  /** Normalised text that every offset points into; empty for failed documents. */
  text: string;
  status: DocumentStatus;
  warnings?: string[];
  /** Why the document failed or was skipped. */
  error?: string;
}

export interface DocumentsFile {
  version: number;
  documents: DocumentRecord[];
}
