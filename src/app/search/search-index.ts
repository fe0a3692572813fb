/**
 * Search over node labels and aliases that finds what people type: accent-, case- and
 * Arabic-variant-insensitive, tolerant of dropped hyphens and spaces, doubled letters and one
 * typo per word. Pure: built once from the graph; each query is answered by a linear scan of
 * pre-folded names plus uFuzzy's regular-expression filter for typos, and remembered, so the
 * suggestions and the graph highlight share one computation per keystroke.
 *
 * Tiers, strongest first (`score`): 4 the whole name, 3 its start, 2 the start of a word,
 * 1 anywhere (also across dropped hyphens and spaces, doubled letters, or every word of the
 * query in any order), 0.5 with a typo (uFuzzy: one insertion, deletion, substitution or
 * transposition per word, or a few letters left out).
 */
import uFuzzy from "@leeoniya/ufuzzy";
import type { NodeKind } from "../../model/types.ts";
import { translitKey } from "../../compiler/extract/translit.ts";

/** Variants that read as one letter: Arabic and Persian forms, Latin ligatures. */
const LETTER_FOLDS: Record<string, string> = {
  ٱ: "ا", // alef wasla (the hamza forms decompose under NFKD)
  ى: "ي", // alef maqsura
  ی: "ي", // Farsi yeh
  ة: "ه", // ta marbuta
  ک: "ك", // keheh
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ı: "i",
};
const LETTER_FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLDS).join("")}]`, "g");

/** Folds a name for matching: decomposes, drops combining marks (accents, Arabic tashkeel
 * and the hamza over or under alef, waw and yeh), folds Arabic letter variants (alef forms,
 * alef maqsura and Farsi yeh to yeh, ta marbuta to ha, keheh to kaf), drops tatweel,
 * apostrophes and ayn/hamza marks of transliteration, maps Arabic-Indic digits to ASCII,
 * lower-cases and collapses everything that is not a letter or digit into single spaces. */
export function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(LETTER_FOLD_RE, (c) => LETTER_FOLDS[c] ?? c)
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[ـ'’‘`´ʼʻʾʿ′]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A folded name without spaces: "al amal" and "alamal" meet. */
export function compact(folded: string): string {
  return folded.replace(/ /g, "");
}

/** A name's transliteration key (`translitKey`) without spaces: "Al-Nour", "al Noor" and
 * "Alnoor" meet, and "al Tameemi" meets "al-Tamimi". */
export function translitCompact(text: string): string {
  return compact(translitKey(text));
}

/** A compact name with doubled letters single: "tammuz" and "tamuz" meet. */
export function skeleton(folded: string): string {
  return compact(folded).replace(/(.)\1+/gu, "$1");
}

export interface SearchEntry {
  key: string;
  label: string;
  kind: NodeKind;
  /** Importance used to break ties (the node's degree). */
  weight: number;
  /** Label and aliases, as written. */
  names: string[];
}

export interface SearchHit {
  key: string;
  label: string;
  kind: NodeKind;
  /** The name that matched, when it is an alias rather than the label. */
  alias?: string;
  score: number;
  /** Found only with a typo allowed. */
  fuzzy?: boolean;
}

export interface SearchIndex {
  entries: SearchEntry[];
  folded: string[][];
  compacted: string[][];
  skeletons: string[][];
  /** Each name's transliteration key, compact (see `translitCompact`). */
  translit: string[][];
  /** Every folded name once, for uFuzzy, with the entry and name it belongs to. */
  haystack: string[];
  owner: Int32Array;
  nameOf: Int32Array;
  /** Every name in each form, joined (see `Joined`): a query's candidates are found with a
   * few string searches instead of comparing it with every name. */
  joined: { folded: Joined; compacted: Joined; skeletons: Joined; translit: Joined };
  /** The last query answered (folded) and its matches. */
  last: Answer | null;
}

/** Every name of one form in haystack order, each after a NUL (which no form holds), and where
 * each starts. */
interface Joined {
  text: string;
  starts: Int32Array;
}

function joinNames(names: string[][]): Joined {
  const starts: number[] = [];
  let text = "";
  for (const list of names)
    for (const name of list) {
      text += "\u0000";
      starts.push(text.length);
      text += name;
    }
  return { text, starts: Int32Array.from(starts) };
}

/** The matches of one query, unordered, as parallel lists (no object per match: a one-letter
 * query matches most of a 10,000-node graph, and only a few become suggestions). */
export interface Answer {
  query: string;
  /** Entry index, score, name index (0 the label) and typo pass (0 none, 1 or 2) per match. */
  entry: number[];
  score: number[];
  name: number[];
  pass: number[];
  /** Filled on demand. */
  sorted: SearchHit[] | null;
  keys: Set<string> | null;
}

export function makeSearchIndex(entries: SearchEntry[]): SearchIndex {
  const folded = entries.map((e) => e.names.map(normalise));
  const haystack: string[] = [];
  const owner: number[] = [];
  const nameOf: number[] = [];
  folded.forEach((names, i) =>
    names.forEach((name, j) => {
      haystack.push(name);
      owner.push(i);
      nameOf.push(j);
    }),
  );
  const compacted = folded.map((names) => names.map(compact));
  const skeletons = folded.map((names) => names.map(skeleton));
  const translit = entries.map((e) => e.names.map(translitCompact));
  return {
    entries,
    folded,
    compacted,
    skeletons,
    translit,
    haystack,
    owner: Int32Array.from(owner),
    nameOf: Int32Array.from(nameOf),
    joined: {
      folded: joinNames(folded),
      compacted: joinNames(compacted),
      skeletons: joinNames(skeletons),
      translit: joinNames(translit),
    },
    last: null,
  };
}

/** Queries this long or longer look for their candidates in the joined names. */
const SCAN_FROM = 3;

/** Marks the entries with a name (of the form `joined`) that contains `part`. */
function markHolders(index: SearchIndex, joined: Joined, part: string, marks: Uint8Array): void {
  if (!part) return;
  // (Never so: no form holds a NUL. Were one to, every entry is a candidate.)
  if (part.includes("\u0000")) {
    marks.fill(1);
    return;
  }
  const { text, starts } = joined;
  let from = 0;
  for (;;) {
    const at = text.indexOf(part, from);
    if (at < 0) return;
    // The name holding `at`: the last that starts at or before it.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    marks[index.owner[lo] ?? 0] = 1;
    // On to the next name (a name counts once).
    from = starts[lo + 1] ?? text.length;
  }
}

/** How well a folded name matches a folded query: 4 exact, 3 prefix, 2 word prefix,
 * 1 substring, 0 none. */
export function matchScore(name: string, query: string): number {
  if (!query) return 0;
  if (name === query) return 4;
  if (name.startsWith(query)) return 3;
  const at = name.indexOf(query);
  if (at < 0) return 0;
  return name[at - 1] === " " ? 2 : 1;
}

/** Folded query in the forms the tiers compare. */
interface Query {
  folded: string;
  compact: string;
  skeleton: string;
  /** The transliteration key, compact. */
  translit: string;
  words: string[];
}

/** The best exact-tier score of one name (0 when none). */
function nameScore(index: SearchIndex, i: number, j: number, q: Query): number {
  const name = index.folded[i]?.[j] ?? "";
  const direct = matchScore(name, q.folded);
  if (direct > 0) return direct;
  // Dropped or added hyphens and spaces: "Al-Amal", "Al Amal" and "AlAmal".
  const spaced = matchScore(index.compacted[i]?.[j] ?? "", q.compact);
  if (spaced > 0) return spaced;
  // Spellings of one transliterated name: "El-Nour" and "Al-Noor", "al Tameemi" and "al-Tamimi".
  if (q.translit.length >= 3) {
    const t = matchScore(index.translit[i]?.[j] ?? "", q.translit);
    if (t > 0) return Math.min(t, 3);
  }
  // Doubled letters of transliteration ("Tammuz", "Tamuz"), and every word in any order.
  if (q.skeleton.length >= 3 && (index.skeletons[i]?.[j] ?? "").includes(q.skeleton)) return 1;
  if (q.words.length > 1 && q.words.every((w) => name.includes(w))) return 1;
  return 0;
}

/**
 * uFuzzy over folded names: those hold only letters, digits and single spaces, so "a letter"
 * is "not a space" (no Unicode property classes, which make every query's regular expression
 * slow to compile) and terms split on spaces.
 */
export const UFUZZY_FOLDED = {
  unicode: false,
  interSplit: " +",
  intraSplit: null,
  intraBound: null,
  interBound: " ",
  intraChars: "[^ ]",
  intraContr: "'[^ ]{1,2}\\b",
};
/** One insertion, deletion, substitution or transposition in a word (names and text alike). */
export const UFUZZY_ONE_TYPO: uFuzzy.Options = {
  ...UFUZZY_FOLDED,
  intraMode: 1,
  intraIns: 1,
  intraSub: 1,
  intraTrn: 1,
  intraDel: 1,
};

let matchers: uFuzzy[] | null = null;
/** One typo per word (insertion, deletion, substitution, transposition; uFuzzy keeps short
 * words strict), then letters left out here and there (at most one between two typed). */
function fuzzyMatchers(): uFuzzy[] {
  matchers ??= [
    new uFuzzy(UFUZZY_ONE_TYPO),
    new uFuzzy({ ...UFUZZY_FOLDED, intraMode: 0, intraIns: 1 }),
  ];
  return matchers;
}

/** Queries shorter than this get no typo tolerance (too many junk matches). */
const FUZZY_MIN_LENGTH = 4;
/** Typos are looked for only when fewer names than this match as typed. */
const FUZZY_BELOW = 12;

/** Plain code-unit order (locale-aware comparison costs microseconds a call). */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Adds the entries (not matched yet) whose names match with a typo: one typo a word
 * first, then letters left out. */
function addFuzzy(index: SearchIndex, answer: Answer, matched: Uint8Array): void {
  fuzzyMatchers().forEach((uf, pass) => {
    const open: number[] = [];
    for (let h = 0; h < index.haystack.length; h++) if (!matched[index.owner[h] ?? 0]) open.push(h);
    if (open.length === 0) return;
    for (const h of uf.filter(index.haystack, answer.query, open) ?? []) {
      const i = index.owner[h] ?? -1;
      if (i < 0 || matched[i]) continue;
      matched[i] = 1;
      answer.entry.push(i);
      answer.score.push(0.5);
      answer.name.push(index.nameOf[h] ?? 0);
      answer.pass.push(pass + 1);
    }
  });
}

function compute(index: SearchIndex, folded: string): Answer {
  const q: Query = {
    folded,
    compact: compact(folded),
    skeleton: skeleton(folded),
    translit: translitCompact(folded),
    words: folded.split(" "),
  };
  const answer: Answer = {
    query: folded,
    entry: [],
    score: [],
    name: [],
    pass: [],
    sorted: null,
    keys: null,
  };
  // Only entries with a name that holds the query in some form can match: every tier of
  // `nameScore` needs its form of the query (or, for words in any order, the first word)
  // inside the name. They are found by searching the joined names, and scored as before.
  // A query of a letter or two is in most names: every entry is a candidate then.
  const candidate = new Uint8Array(index.entries.length);
  const { joined } = index;
  if (folded.length < SCAN_FROM) candidate.fill(1);
  else {
    markHolders(index, joined.folded, q.folded, candidate);
    markHolders(index, joined.compacted, q.compact, candidate);
    if (q.translit.length >= 3) markHolders(index, joined.translit, q.translit, candidate);
    if (q.skeleton.length >= 3) markHolders(index, joined.skeletons, q.skeleton, candidate);
    if (q.words.length > 1) markHolders(index, joined.folded, q.words[0] ?? "", candidate);
  }
  const matched = new Uint8Array(index.entries.length);
  for (let i = 0; i < index.entries.length; i++) {
    if (!candidate[i]) continue;
    let best = 0;
    let bestAt = 0;
    const n = index.folded[i]?.length ?? 0;
    for (let j = 0; j < n; j++) {
      const s = nameScore(index, i, j, q);
      if (s > best) [best, bestAt] = [s, j];
    }
    if (best === 0) continue;
    matched[i] = 1;
    answer.entry.push(i);
    answer.score.push(best);
    answer.name.push(bestAt);
    answer.pass.push(0);
  }
  if (answer.entry.length < FUZZY_BELOW && folded.length >= FUZZY_MIN_LENGTH)
    addFuzzy(index, answer, matched);
  return answer;
}

/** Orders two matches (positions in the answer): score, then typo pass, weight, label. */
function comparer(index: SearchIndex, a: Answer): (x: number, y: number) => number {
  return (x, y) => {
    const ex = index.entries[a.entry[x] ?? 0];
    const ey = index.entries[a.entry[y] ?? 0];
    return (
      (a.score[y] ?? 0) - (a.score[x] ?? 0) ||
      (a.pass[x] ?? 0) - (a.pass[y] ?? 0) ||
      (ey?.weight ?? 0) - (ex?.weight ?? 0) ||
      byCodeUnits(ex?.label ?? "", ey?.label ?? "")
    );
  };
}

function hitAt(index: SearchIndex, a: Answer, m: number): SearchHit {
  const entry = index.entries[a.entry[m] ?? 0] as SearchEntry;
  const score = a.score[m] ?? 0;
  const hit: SearchHit = { key: entry.key, label: entry.label, kind: entry.kind, score };
  const j = a.name[m] ?? 0;
  if (j > 0) hit.alias = entry.names[j];
  if (a.pass[m]) hit.fuzzy = true;
  return hit;
}

/** The answer to `query` (folded), remembered until the next query. */
function answer(index: SearchIndex, query: string): Answer | null {
  const folded = normalise(query);
  if (!folded) return null;
  if (index.last?.query !== folded) index.last = compute(index, folded);
  return index.last;
}

/** Every match for `query`, best first. */
export function searchAll(index: SearchIndex, query: string): SearchHit[] {
  const a = answer(index, query);
  if (!a) return [];
  a.sorted ??= a.entry
    .map((_e, m) => m)
    .sort(comparer(index, a))
    .map((m) => hitAt(index, a, m));
  return a.sorted;
}

/** The `limit` best matches for `query`, strongest first, then by weight, then by label;
 * picked without sorting every match. */
export function search(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const a = answer(index, query);
  if (!a) return [];
  if (a.sorted) return a.sorted.slice(0, limit);
  const cmp = comparer(index, a);
  const best: number[] = [];
  for (let m = 0; m < a.entry.length; m++) {
    const worst = best[best.length - 1];
    if (best.length >= limit && worst !== undefined && cmp(m, worst) >= 0) continue;
    let at = best.length;
    while (at > 0 && cmp(m, best[at - 1] ?? 0) < 0) at--;
    best.splice(at, 0, m);
    if (best.length > limit) best.pop();
  }
  return best.map((m) => hitAt(index, a, m));
}

/** Keys of every node matching `query` (for highlighting hits in the graph). */
export function matchingKeys(index: SearchIndex, query: string): Set<string> {
  const a = answer(index, query);
  if (!a) return new Set();
  a.keys ??= new Set(a.entry.map((i) => index.entries[i]?.key ?? ""));
  return a.keys;
}

/** Runs a few queries through `index` and forgets them, so that the first real keystrokes do
 * not pay for compiling the search code (tens of milliseconds on a large graph). */
export function warmUp(index: SearchIndex): void {
  for (const q of ["a", "an", "and", "andx", "e", "qz"]) search(index, q);
  index.last = null;
}
