/**
 * Full-text search over the documents: which documents hold every word of a query, and where.
 * Words are folded as names are (`normalise`: case, accents, Arabic letter variants and
 * tashkeel), a word also matches the words it begins (the last one from two letters, the others
 * from three), its transliteration spellings ("Tameemi" finds "Tamimi") and, when nothing
 * matches as typed, words one typo away (uFuzzy). Pure.
 *
 * The index is a sorted vocabulary of folded words with the documents holding each; it is
 * built a slice of documents at a time (`textIndexSteps`), in idle time or on first use. Where
 * in a document the words are is found only for the few documents shown, by reading their text
 * again, so the index holds no positions.
 */
import uFuzzy from "@leeoniya/ufuzzy";
import { UFUZZY_ONE_TYPO, normalise, translitCompact } from "./search-index.ts";

export interface TextDoc {
  id: string;
  title: string;
  text: string;
}

export interface TextIndex {
  docs: TextDoc[];
  /** Folded words, sorted by code units. */
  terms: string[];
  /** Per term, the indices of the documents holding it (ascending). */
  postings: Int32Array[];
  /** Transliteration key of a word (`translitCompact`) → the terms with it (those that are
   * not their own key). */
  translit: Map<string, number[]>;
  /** The last query answered (folded) and its hits. */
  last: { query: string; hits: TextHit[] } | null;
}

/** The text around a hit, as plain strings (rendered as text nodes). */
export interface Snippet {
  before: string;
  match: string;
  after: string;
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface TextHit {
  doc: string;
  title: string;
  /** The hit in the document's text (UTF-16 offsets). */
  start: number;
  end: number;
  snippet: Snippet;
  /** Found only with a typo allowed. */
  fuzzy?: boolean;
}

/** A word of the text: letters, digits and marks, with inner apostrophes and tatweel. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)*/gu;
/** Documents indexed per slice of `textIndexSteps`. */
const DOCS_PER_STEP = 20;
/** Queries shorter than this (folded) find no documents. */
export const TEXT_MIN_LENGTH = 3;

/** Words folded as the index folds them, remembered (a text's words repeat). */
const FOLDS = new Map<string, string>();
function foldWord(raw: string): string {
  let f = FOLDS.get(raw);
  if (f === undefined) {
    f = normalise(raw).replace(/ /g, "");
    if (FOLDS.size >= 100_000) FOLDS.clear();
    FOLDS.set(raw, f);
  }
  return f;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Builds the index, yielding after each slice of documents. */
export function* textIndexSteps(docs: TextDoc[]): Generator<void, TextIndex> {
  const byTerm = new Map<string, number[]>();
  for (let d = 0; d < docs.length; d++) {
    const text = docs[d]?.text ?? "";
    for (const m of text.matchAll(WORD)) {
      const f = foldWord(m[0]);
      if (!f) continue;
      let list = byTerm.get(f);
      if (!list) byTerm.set(f, (list = []));
      if (list[list.length - 1] !== d) list.push(d);
    }
    if (d % DOCS_PER_STEP === DOCS_PER_STEP - 1) yield;
  }
  const terms = [...byTerm.keys()].sort(byCodeUnits);
  const postings = terms.map((t) => Int32Array.from(byTerm.get(t) ?? []));
  yield;
  const translit = new Map<string, number[]>();
  terms.forEach((t, i) => {
    const k = translitCompact(t);
    if (k === t) return;
    const list = translit.get(k);
    if (list) list.push(i);
    else translit.set(k, [i]);
  });
  return { docs, terms, postings, translit, last: null };
}

/** Builds the whole index at once. */
export function makeTextIndex(docs: TextDoc[]): TextIndex {
  const steps = textIndexSteps(docs);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The first term not below `prefix`. */
function lowerBound(terms: string[], prefix: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((terms[mid] ?? "") < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

let typos: uFuzzy | null = null;
/** One insertion, deletion, substitution or transposition in a word. */
function typoMatcher(): uFuzzy {
  typos ??= new uFuzzy(UFUZZY_ONE_TYPO);
  return typos;
}
/** Words shorter than this get no typo tolerance. */
const TYPO_MIN_LENGTH = 4;
/** Most terms a typo may stand for. */
const MAX_TYPO_TERMS = 64;

/** The terms one query word stands for: itself, the words it begins, its transliteration
 * spellings; `fuzzy` when only a typo away. */
function termsFor(
  index: TextIndex,
  word: string,
  prefix: boolean,
): { terms: Set<string>; fuzzy: boolean } {
  const out = new Set<string>();
  const { terms } = index;
  if (prefix) {
    for (let i = lowerBound(terms, word); i < terms.length; i++) {
      const t = terms[i] ?? "";
      if (!t.startsWith(word)) break;
      out.add(t);
    }
  } else if (terms[lowerBound(terms, word)] === word) out.add(word);
  // Other spellings: the words with the same key, and the word that is the key itself.
  const key = translitCompact(word);
  if (key && terms[lowerBound(terms, key)] === key) out.add(key);
  for (const i of index.translit.get(key) ?? []) out.add(terms[i] ?? "");
  if (out.size > 0 || word.length < TYPO_MIN_LENGTH) return { terms: out, fuzzy: false };
  const found = typoMatcher().filter(terms, word) ?? [];
  for (const i of found.slice(0, MAX_TYPO_TERMS)) out.add(terms[i] ?? "");
  return { terms: out, fuzzy: out.size > 0 };
}

/** The documents (indices, ascending) holding one of `terms`. */
function docsWith(index: TextIndex, terms: Set<string>): Set<number> {
  const out = new Set<number>();
  for (const t of terms) {
    const i = lowerBound(index.terms, t);
    for (const d of index.postings[i] ?? []) out.add(d);
  }
  return out;
}

/** Characters of text shown either side of a hit. */
const SNIPPET_SIDE = 60;

/** The text around `[start, end)`, cut at spaces, white space collapsed. */
export function snippetAt(text: string, start: number, end: number, side = SNIPPET_SIDE): Snippet {
  let s = Math.max(0, start - side);
  let e = Math.min(text.length, end + side);
  if (s > 0) {
    const cut = text.indexOf(" ", s);
    if (cut >= 0 && cut < start) s = cut + 1;
  }
  if (e < text.length) {
    const cut = text.lastIndexOf(" ", e);
    if (cut > end) e = cut;
  }
  const flat = (t: string): string => t.replace(/\s+/g, " ");
  return {
    before: flat(text.slice(s, start)).trimStart(),
    match: flat(text.slice(start, end)),
    after: flat(text.slice(end, e)).trimEnd(),
    clippedStart: s > 0,
    clippedEnd: e < text.length,
  };
}

/**
 * Where the query's words are in a text: the first run of consecutive words matching them in
 * order, else the first word matching the first of them. Reads the text's words one by one
 * and stops at the first run (a hit is mostly early in a document; reading all of each shown
 * document's words cost milliseconds a keystroke on long documents).
 */
export function locate(text: string, words: Set<string>[]): { start: number; end: number } | null {
  const n = words.length;
  const first = words[0];
  if (!first) return null;
  let fallback: { start: number; end: number } | null = null;
  // The last `n` words read, as a ring (the candidate run ends at the word just read).
  const ring: { start: number; end: number; term: string }[] = [];
  let read = 0;
  for (const m of text.matchAll(WORD)) {
    const w = { start: m.index, end: m.index + m[0].length, term: foldWord(m[0]) };
    ring[read % n] = w;
    read++;
    if (!fallback && first.has(w.term)) fallback = { start: w.start, end: w.end };
    if (read < n) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = !!words[k]?.has(ring[(read - n + k) % n]?.term ?? "");
    if (ok) return { start: ring[(read - n) % n]?.start ?? w.start, end: w.end };
  }
  return fallback;
}

/** The documents holding every word of `query` (at most `limit`), each with its first hit. */
export function searchText(index: TextIndex, query: string, limit = 5): TextHit[] {
  const folded = normalise(query);
  if (compactLength(folded) < TEXT_MIN_LENGTH) return [];
  if (index.last?.query === folded) return index.last.hits.slice(0, limit);
  const words = folded.split(" ");
  const wanted = words.map((w, k) =>
    termsFor(index, w, w.length >= (k === words.length - 1 ? 2 : 3)),
  );
  let docs: number[] | null = null;
  for (const w of wanted) {
    const has = docsWith(index, w.terms);
    docs = (docs ?? [...has]).filter((d) => has.has(d));
    if (docs.length === 0) break;
  }
  const hits: TextHit[] = [];
  const fuzzy = wanted.some((w) => w.fuzzy);
  const sets = wanted.map((w) => w.terms);
  for (const d of (docs ?? []).sort((a, b) => a - b)) {
    const doc = index.docs[d];
    if (!doc) continue;
    const at = locate(doc.text, sets);
    if (!at) continue;
    const hit: TextHit = {
      doc: doc.id,
      title: doc.title || doc.id,
      start: at.start,
      end: at.end,
      snippet: snippetAt(doc.text, at.start, at.end),
    };
    if (fuzzy) hit.fuzzy = true;
    hits.push(hit);
    if (hits.length >= MAX_HITS) break;
  }
  index.last = { query: folded, hits };
  return hits.slice(0, limit);
}

/** Most documents located per query (each is read again to find its hit). */
const MAX_HITS = 10;

function compactLength(folded: string): number {
  return folded.replace(/ /g, "").length;
}
