/**
 * Types passed between the compiler's stages. The I/O-side stages (decode, normalise,
 * assemble, lay out) and the language-side stages (segment, recognise, resolve, relate,
 * date) meet here: `extract()` takes normalised documents and returns entities and
 * relations with exact spans; `assemble()` turns that into the graph of the contract.
 */
import type {
  EdgeKind,
  EventDate,
  EventType,
  IsoDate,
  MergeEvidence,
  NodeKind,
  Span,
} from "../model/types.ts";

/** A document after decoding and normalisation; every offset points into `text`. */
export interface NormalisedDocument {
  id: string;
  text: string;
  /** Title from the file's own markup (an HTML <title> or h1), where it had one. */
  markupTitle?: string;
}

/** One real-world entity after alias resolution across the corpus. */
export interface ExtractedEntity {
  /** Stable key derived from content (not from input order). */
  id: string;
  label: string;
  kind: NodeKind;
  aliases: string[];
  mentions: Span[];
  date?: EventDate;
  eventType?: EventType;
  place?: string;
  /** Why names were joined (a few joins, sorted); see MergeEvidence. */
  merges?: MergeEvidence[];
}

export interface ExtractedRelation {
  source: string;
  target: string;
  kind: EdgeKind;
  evidence: Span[];
  amount?: number;
  currency?: string;
}

/** What the language stages learn about each document itself. */
export interface DocumentMeta {
  id: string;
  title: string;
  date?: IsoDate;
  warnings?: string[];
}

export interface Extraction {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  documents: DocumentMeta[];
  /** Milliseconds spent per stage name, for the benchmark. */
  timings?: Record<string, number>;
}
