/**
 * Text primitives shared by the language stages: a tokenizer that keeps exact offsets,
 * the matching key that folds spelling variants, and content-derived slugs.
 */

/** One token of a document: a word, an abbreviation ("U.S.") or one punctuation mark. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*|\S/gu;

/** Splits `text` into tokens; a possessive "’s" becomes a token of its own. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null && m.index < to) {
    const start = m.index;
    const word = m[0];
    const end = Math.min(start + word.length, to);
    const poss = word.endsWith("s") && /['’]/.test(word) ? /^(.+?\p{L})(['’]s)$/u.exec(word) : null;
    if (poss?.[1] && poss[2] && end === start + word.length) {
      const cut = start + poss[1].length;
      out.push({ text: poss[1], start, end: cut }, { text: poss[2], start: cut, end });
    } else out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

/** True for a word that starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** True for an all-capitals word of two letters or more (an acronym shape). */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}&-]*\p{Lu}[\p{Lu}\p{N}]*$/u.test(word) && word.length <= 12;
}

/** True for a possessive token ("’s" or "'s"). */
export function isPossessive(word: string): boolean {
  return word === "’s" || word === "'s";
}

const VARIANTS: [RegExp, string][] = [
  [/non[- ]?governmental organi[sz]ations?/g, "ngos"],
  [/\bngo\b/g, "ngos"],
  [/organis/g, "organiz"],
  [/programme/g, "program"],
  [/centre/g, "center"],
  [/counsell?or/g, "counselor"],
  [/&/g, " and "],
];

/**
 * The matching key of a name: case-folded, accents and tatweel stripped, possessive "’s"
 * dropped, British/American spellings folded, punctuation removed, a leading "the" dropped.
 */
export function matchKey(name: string): string {
  const hit = KEY_CACHE.get(name);
  if (hit !== undefined) return hit;
  if (KEY_CACHE.size > 200_000) KEY_CACHE.clear();
  const key = computeKey(name);
  KEY_CACHE.set(name, key);
  return key;
}

const KEY_CACHE = new Map<string, string>();

function computeKey(name: string): string {
  let s = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/\u0640/g, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s\b/g, "");
  for (const [re, to] of VARIANTS) s = s.replace(re, to);
  return s
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

/** A URL-safe slug of a label, used for stable entity ids. */
export function slug(label: string): string {
  return matchKey(label).replace(/ /g, "-").slice(0, 80) || "x";
}

/** Compares strings by code unit, for deterministic sorting independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
