/**
 * Internal shapes passed between the language stages of one document: mentions that point
 * at a reference (a name key before resolution), local events, and the document analysis.
 */
import type { EventDate, EventType } from "../../model/types.ts";
import type { Segmented } from "./segment.ts";
import type { Token } from "./text.ts";

/** The kind of thing a mention names. */
export type MentionKind = "org" | "person" | "event";

/** A name in the text; `ref` is its reference before resolution ("o:key", "p:key", "e:key"). */
export interface Mention {
  start: number;
  end: number;
  ref: string;
  kind: MentionKind;
  sentence: number;
  /** Set for an organisation named in a person's title ("Director of X"). */
  appositive?: boolean;
}

/** A reference to an event without its name ("the conference", "a meeting"). */
export interface EventReference {
  start: number;
  end: number;
  sentence: number;
  type: EventType;
  /** "both meetings", "these events": every event of the type (any type for "events"). */
  plural?: "type" | "any";
}

/** A project or programme: an event that runs over a period rather than being held. */
export function runsOverPeriod(type: EventType | undefined): boolean {
  return type === "project" || type === "programme";
}

/** An event found in one document. */
export interface LocalEvent {
  ref: string;
  type: EventType;
  date?: EventDate;
  place?: string;
  /** Sentence of the first mention. */
  sentence: number;
  ordinal?: string;
  year?: number;
  /** Introduced by a description ("a three-day course on X") rather than by a name. */
  described?: boolean;
  /** Dated through a reference to it ("the conference … in March") rather than by a date
   * beside its own name: another name of the same event dated by its own sentence wins. */
  referenceDated?: boolean;
}

/** Everything recognition learns about one document. */
export interface DocAnalysis {
  id: string;
  text: string;
  seg: Segmented;
  tokens: Token[];
  /** Token range [from, to) of each sentence. */
  sentTokens: [number, number][];
  /**
   * `tokens` and `sentTokens` packed, so they can be set aside between the stages that
   * read them (see `parkTokens` in index.ts) and rebuilt unchanged.
   */
  parked?: { tokens: Uint32Array; sentTokens: Uint32Array };
  mentions: Mention[];
  references: EventReference[];
  events: LocalEvent[];
  main?: string;
  /**
   * Events that head sections of the document (a newsletter's "2. Community dialogue –
   * Atbara, 3 June"), in text order: each section runs from its heading to the next one.
   */
  sections?: { start: number; ref: string }[];
  /**
   * Projects named by the headings of a grants page's cards ("Surakshit Ghar – Safe Homes" over
   * "X, Jumla. … Grant: EUR 72 000. Period: 03/2025–02/2027."), by ref, with the card's grant.
   */
  cards?: Map<string, { start: number; end: number }>;
  /** Event types an apposition gave a name ("Sabeel, an 18-month project"), by name key. */
  appositionTypes?: Map<string, EventType>;
  /** Pairs of refs that name the same entity (acronym definitions, initials, variants). */
  links: [string, string][];
  /** Display names seen for each ref, for labels. */
  names: Map<string, Set<string>>;
  /** Keys of the names the document writes as places (see places.ts). */
  placeKeys?: string[];
  /** Funding amounts found in tables, as [funder ref, amount, currency, evidence]. */
  tableFunding: { ref: string; amount: number; currency: string; start: number; end: number }[];
}
