/**
 * The language stages as one pure function: segment and recognise each document, resolve
 * aliases across documents, read relations, date events, and describe each document.
 * Output is sorted and independent of the input order.
 */
import type { EdgeKind } from "../../model/types.ts";
import type {
  DocumentMeta,
  Extraction,
  ExtractedEntity,
  ExtractedRelation,
  NormalisedDocument,
} from "../types.ts";
import { addCorpusNames, corpusNameIndex } from "./corpus-names.ts";
import { documentMeta } from "./doc-meta.ts";
import { runsOverPeriod, type DocAnalysis, type LocalEvent } from "./model.ts";
import { recognise } from "./recognise.ts";
import { dropPlaceNames, placeKeysOf } from "./places.ts";
import { relate } from "./relate.ts";
import { resolve } from "./resolve.ts";
import { compareStrings, packTokens, unpackTokens } from "./text.ts";

function timed<T>(timings: Record<string, number>, stage: string, run: () => T): T {
  const t0 = performance.now();
  const out = run();
  timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
  return out;
}

function mergeRelations(rels: ExtractedRelation[]): ExtractedRelation[] {
  const byKey = new Map<string, ExtractedRelation>();
  // Relations arrive document by document, so a repeated citation can only come from the
  // document being read: each relation remembers the starts it cites in that document.
  const cited = new Map<
    ExtractedRelation,
    { doc: string; starts: Set<number>; docs: Set<string> }
  >();
  const fresh = (rel: ExtractedRelation, e: { doc: string; start: number }): boolean => {
    let c = cited.get(rel);
    if (!c) {
      const docs = new Set(rel.evidence.map((x) => x.doc));
      cited.set(rel, (c = { doc: "", starts: new Set(), docs }));
    }
    if (c.doc !== e.doc) {
      c.doc = e.doc;
      c.starts = c.docs.has(e.doc)
        ? new Set(rel.evidence.filter((x) => x.doc === e.doc).map((x) => x.start))
        : new Set();
      c.docs.add(e.doc);
    }
    if (c.starts.has(e.start)) return false;
    c.starts.add(e.start);
    return true;
  };
  for (const r of rels) {
    const key = `${r.source}|${r.target}|${r.kind}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...r, evidence: [...r.evidence] });
      continue;
    }
    for (const e of r.evidence) if (fresh(seen, e)) seen.evidence.push(e);
    if (seen.amount === undefined && r.amount !== undefined) {
      seen.amount = r.amount;
      if (r.currency) seen.currency = r.currency;
    }
  }
  const rank: Record<EdgeKind, number> = {
    funded: 0,
    organised: 1,
    spoke_at: 2,
    participated: 3,
    part_of: 4,
  };
  // One relation of each class a pair, the strongest: a body that funds an event may also
  // organise it (a foundation's own programme) or take part in it, where another sentence
  // than the funding's tells so ("Zain sponsored the prizes" tells only the funding).
  const pair = new Map<string, ExtractedRelation>();
  const keyOf = (r: ExtractedRelation): string =>
    `${r.source}|${r.target}|${r.kind === "funded" ? "funding" : "participation"}`;
  for (const r of byKey.values()) {
    if (r.kind === "part_of") continue;
    const key = keyOf(r);
    const seen = pair.get(key);
    if (!seen || rank[r.kind] < rank[seen.kind]) pair.set(key, r);
  }
  const cites = (r: ExtractedRelation): Set<string> =>
    new Set(r.evidence.map((e) => `${e.doc}|${e.start}`));
  const toldApart = (r: ExtractedRelation): boolean => {
    const funding = pair.get(`${r.source}|${r.target}|funding`);
    if (!funding || r.kind === "funded") return true;
    const own = cites(funding);
    return r.evidence.some((e) => !own.has(`${e.doc}|${e.start}`));
  };
  return [...byKey.values()].filter(
    (r) => r.kind === "part_of" || (pair.get(keyOf(r)) === r && toldApart(r)),
  );
}

function datesOntoEntities(
  analyses: DocAnalysis[],
  idOf: ReadonlyMap<string, string>,
  entities: Map<string, ExtractedEntity>,
): void {
  const told = new Map<ExtractedEntity, { ev: LocalEvent; doc: number }[]>();
  analyses.forEach((an, doc) => {
    for (const ev of an.events) {
      const id = idOf.get(ev.ref);
      const e = id ? entities.get(id) : undefined;
      if (!e || e.kind !== "event") continue;
      const list = told.get(e) ?? [];
      list.push({ ev, doc });
      told.set(e, list);
    }
  });
  // (A period of months or years, "2024–2027", "Jul 2024 – Jun 2026": not days of a month.)
  const period = (ev: LocalEvent): number =>
    Number(!!ev.date?.end && ev.date.start.slice(0, 7) !== ev.date.end.slice(0, 7));
  for (const [e, list] of told) {
    // A project or programme runs over a period: one any document gives is its date before
    // a day a headline or a visit gave it. Otherwise the earlier document's; in a document,
    // a name dated beside itself first, then one dated through a reference to it; a day
    // before a bare year.
    const running = list.some(({ ev }) => runsOverPeriod(ev.type));
    const ranked = [...list].sort(
      (a, b) =>
        (running ? period(b.ev) - period(a.ev) : 0) ||
        a.doc - b.doc ||
        Number(!!a.ev.referenceDated) - Number(!!b.ev.referenceDated) ||
        (b.ev.date?.start.length ?? 0) - (a.ev.date?.start.length ?? 0),
    );
    const date = ranked.find(({ ev }) => ev.date)?.ev.date;
    // ("July 2024 – December 2025" and "starts on 1 July 2024": the period, from that day.)
    const day = date?.end
      ? list.find(
          ({ ev }) =>
            ev.date &&
            ev.date.start.length > date.start.length &&
            ev.date.start.startsWith(date.start),
        )?.ev.date?.start
      : undefined;
    e.date ??= day && date ? { ...date, start: day } : date;
    // (A programme a headline also names is a programme.)
    e.eventType ??= (list.find(({ ev }) => runsOverPeriod(ev.type)) ?? list[0])?.ev.type;
    for (const { ev } of list) if (!e.place && ev.place) e.place = ev.place;
  }
}

/**
 * Sets a document's tokens aside in packed form (8 bytes a token instead of an object and
 * a string), so a large corpus does not hold every document's tokens as objects at once:
 * only the stages that read tokens (recognition, corpus names, relations) unpack them, one
 * document at a time.
 */
function parkTokens(an: DocAnalysis): DocAnalysis {
  const sentTokens = new Uint32Array(an.sentTokens.length * 2);
  an.sentTokens.forEach(([from, to], i) => {
    sentTokens[2 * i] = from;
    sentTokens[2 * i + 1] = to;
  });
  an.parked = { tokens: packTokens(an.tokens), sentTokens };
  an.tokens = [];
  an.sentTokens = [];
  return an;
}

/** Rebuilds the tokens that `parkTokens` set aside (the same values, fresh objects). */
function unparkTokens(an: DocAnalysis): DocAnalysis {
  const parked = an.parked;
  if (!parked || an.tokens.length > 0) return an;
  an.tokens = unpackTokens(an.text, parked.tokens);
  const sentTokens: [number, number][] = new Array<[number, number]>(parked.sentTokens.length / 2);
  for (let i = 0; i < sentTokens.length; i++)
    sentTokens[i] = [parked.sentTokens[2 * i] as number, parked.sentTokens[2 * i + 1] as number];
  an.sentTokens = sentTokens;
  return an;
}

/** Drops the unpacked tokens again; the packed ones stay for the next stage. */
function dropTokens(an: DocAnalysis): void {
  if (!an.parked) return;
  an.tokens = [];
  an.sentTokens = [];
}

/**
 * Drops what only recognition, resolution and relations needed (tokens, mentions, names),
 * so a large corpus does not hold every document's analysis at once; events, the segments
 * and the text stay for dating and for describing the document.
 */
function release(an: DocAnalysis): void {
  an.parked = undefined;
  an.tokens = [];
  an.sentTokens = [];
  an.mentions = [];
  an.references = [];
  an.names = new Map();
  an.links = [];
  an.tableFunding = [];
  an.seg.lines = [];
}

/**
 * The per-document part of `extract`: segments and recognises one document and sets its
 * tokens aside. Depends on that document alone, so it can run anywhere (a worker thread),
 * and its result is structured-clone-safe (plain objects, arrays, Maps, Sets, typed arrays).
 */
export function analyseDocument(doc: NormalisedDocument): DocAnalysis {
  const an = recognise(doc.id, doc.text);
  an.placeKeys = placeKeysOf(an.tokens, an.sentTokens);
  return parkTokens(an);
}

/** Extracts entities, relations and document descriptions from normalised documents. */
export function extract(docs: NormalisedDocument[]): Extraction {
  const timings: Record<string, number> = {};
  const sorted = [...docs].sort((a, b) => compareStrings(a.id, b.id));
  const analyses = timed(timings, "recognise", () => sorted.map(analyseDocument));
  return extractAnalysed(
    sorted.map((doc, i) => ({ doc, analysis: analyses[i] as DocAnalysis })),
    timings,
  );
}

/**
 * The corpus part of `extract`, from documents already analysed with `analyseDocument`
 * (in any order: they are sorted by id here). `timings` may hold the per-document stages'
 * time already; the corpus stages' is added to it.
 */
export function extractAnalysed(
  analysed: { doc: NormalisedDocument; analysis: DocAnalysis }[],
  timings: Record<string, number> = {},
): Extraction {
  const pairs = [...analysed].sort((a, b) => compareStrings(a.doc.id, b.doc.id));
  const sorted = pairs.map((p) => p.doc);
  const analyses = pairs.map((p) => p.analysis);
  // (Before names are learnt across the corpus: a place read as a body teaches nothing.)
  timed(timings, "places", () => dropPlaceNames(analyses));
  timed(timings, "corpus-names", () => {
    const index = corpusNameIndex(analyses);
    for (const an of analyses) {
      addCorpusNames(unparkTokens(an), index);
      dropTokens(an);
    }
  });
  const { entities, idOf } = timed(timings, "resolve", () => resolve(analyses));
  const relations = timed(timings, "relate", () => {
    const found: ExtractedRelation[] = [];
    for (const an of analyses) {
      for (const r of relate(unparkTokens(an), idOf)) found.push(r);
      release(an);
    }
    return mergeRelations(found);
  });
  timed(timings, "date", () => datesOntoEntities(analyses, idOf, entities));
  for (const r of relations) {
    const src = entities.get(r.source);
    if (r.kind === "funded" && src && src.kind === "organisation") src.kind = "funder";
  }
  const documents: DocumentMeta[] = timed(timings, "doc-meta", () =>
    analyses.map((an, i) => documentMeta(an, sorted[i]?.markupTitle)),
  );
  const list = [...entities.values()].filter((e) => e.mentions.length > 0);
  for (const e of list)
    e.mentions.sort((a, b) => compareStrings(a.doc, b.doc) || a.start - b.start || a.end - b.end);
  list.sort((a, b) => compareStrings(a.id, b.id));
  const ids = new Set(list.map((e) => e.id));
  const rels = relations.filter((r) => ids.has(r.source) && ids.has(r.target));
  for (const r of rels)
    r.evidence.sort((a, b) => compareStrings(a.doc, b.doc) || a.start - b.start);
  rels.sort(
    (a, b) =>
      compareStrings(a.source, b.source) ||
      compareStrings(a.target, b.target) ||
      compareStrings(a.kind, b.kind),
  );
  return { entities: list, relations: rels, documents, timings };
}
