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

// ("Q'eqchi'", "B'atz'": a word spelled with glottal stops keeps its closing apostrophe; a
// quoted 'X' does not.)
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*['’][\p{L}\p{N}]+['’](?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*|\S/gu;

/** ASCII letters and digits. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * The end of the ASCII token starting at `p` (a letter or digit), or -1 where the token
 * runs into a non-ASCII character or might be an abbreviation ("U.S."): those take the
 * regular expression, whose result this always equals.
 */
function asciiWordEnd(text: string, p: number): number {
  const c0 = text.charCodeAt(p);
  if (c0 >= 65 && c0 <= 90 && text.charCodeAt(p + 1) === 46) return -1;
  let i = p + 1;
  for (;;) {
    let c = text.charCodeAt(i);
    while (isAsciiAlnum(c)) c = text.charCodeAt(++i);
    if (c >= 128) return -1;
    if (c !== 45 && c !== 39 && c !== 38) return i;
    const d = text.charCodeAt(i + 1);
    if (d >= 128) return -1;
    if (!isAsciiAlnum(d)) return c === 39 ? closingApostrophe(text, p, i) : i;
    i += 2;
  }
}

/**
 * The end of the word from `p` at the apostrophe at `i`: after it where the word's last part
 * was joined by another apostrophe ("Q'eqchi'"), as TOKEN_RE's first word form says.
 */
function closingApostrophe(text: string, p: number, i: number): number {
  let q = i - 1;
  while (q > p && isAsciiAlnum(text.charCodeAt(q))) q--;
  return q > p && text.charCodeAt(q) === 39 && q < i - 1 ? i + 1 : i;
}

function pushToken(out: Token[], text: string, start: number, word: string, to: number): void {
  const end = Math.min(start + word.length, to);
  const poss = word.endsWith("s") && /['’]/.test(word) ? /^(.+?\p{L})(['’]s)$/u.exec(word) : null;
  if (poss?.[1] && poss[2] && end === start + word.length) {
    const cut = start + poss[1].length;
    out.push({ text: poss[1], start, end: cut }, { text: poss[2], start: cut, end });
  } else
    out.push({ text: end === start + word.length ? word : text.slice(start, end), start, end });
}

/**
 * Splits `text` into tokens; a possessive "’s" becomes a token of its own. ASCII runs are
 * scanned by hand; anything else goes through TOKEN_RE, which defines the tokens.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let p = from;
  const n = text.length;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c === 32 || (c >= 9 && c <= 13)) {
      p++;
      continue;
    }
    if (c < 128) {
      if (p >= to) break;
      const e = isAsciiAlnum(c) ? asciiWordEnd(text, p) : p + 1;
      if (e >= 0) {
        pushToken(out, text, p, text.slice(p, e), to);
        p = e;
        continue;
      }
    }
    TOKEN_RE.lastIndex = p;
    const m = TOKEN_RE.exec(text);
    if (m === null || m.index >= to) break;
    pushToken(out, text, m.index, m[0], to);
    p = m.index + m[0].length;
  }
  return out;
}

/** True for a word that starts with a capital letter. */
/** The start and end of the line holding the character at `at` (its newline left out). */
export function lineAround(text: string, at: number): { start: number; end: number } {
  const end = text.indexOf("\n", at);
  return { start: text.lastIndexOf("\n", at - 1) + 1, end: end < 0 ? text.length : end };
}

export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(word);
}

/** True for a word that starts with a lower-case letter. */
export function isLowerInitial(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  return /^\p{Ll}/u.test(word);
}

/** A fiscal or calendar year's label: "FY2025", "FY24", "SFY2026". */
const FISCAL_YEAR = /^S?[FC]Y\d{2,4}$/;

/** True for an all-capitals word of two letters or more (an acronym shape). */
export function isAcronym(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128 && (c < 65 || c > 90)) return false;
  // ("FY2025", "FY24": a fiscal year's label, not a body's initials.)
  if (FISCAL_YEAR.test(word)) return false;
  return /^\p{Lu}[\p{Lu}\p{N}&-]*\p{Lu}[\p{Lu}\p{N}]*$/u.test(word) && word.length <= 12;
}

/** True for a possessive token ("’s" or "'s"). */
export function isPossessive(word: string): boolean {
  return word === "’s" || word === "'s";
}

/** Spelling variants folded by the key, each with a substring that must be present first. */
const VARIANTS: [string, RegExp, string][] = [
  ["governmental", /non[- ]?governmental organi[sz]ations?/g, "ngos"],
  ["ngo", /\bngo\b/g, "ngos"],
  ["organis", /organis/g, "organiz"],
  ["programme", /programme/g, "program"],
  ["centre", /centre/g, "center"],
  ["counsel", /counsell?or/g, "counselor"],
  ["&", /&/g, " and "],
];

/**
 * The matching key of a name: case-folded, accents and tatweel stripped, possessive "’s"
 * dropped, British/American spellings folded, punctuation removed, a leading "the" dropped.
 * Keys are cached in two generations, so a long run keeps its recent names without growing.
 */
export function matchKey(name: string): string {
  let hit = KEY_CACHE.get(name);
  if (hit !== undefined) return hit;
  hit = KEY_CACHE_OLD.get(name);
  if (hit === undefined) hit = computeKey(name);
  if (KEY_CACHE.size >= KEY_CACHE_SIZE) {
    KEY_CACHE_OLD = KEY_CACHE;
    KEY_CACHE = new Map();
  }
  KEY_CACHE.set(name, hit);
  return hit;
}

const KEY_CACHE_SIZE = 100_000;
let KEY_CACHE = new Map<string, string>();
let KEY_CACHE_OLD = new Map<string, string>();
/** Any character outside ASCII (the key then needs the Unicode folds). */
const NON_ASCII_RE = /[^\p{ASCII}]/u;

function computeKey(name: string): string {
  const ascii = !NON_ASCII_RE.test(name);
  let s = ascii
    ? name.toLowerCase()
    : name
        .normalize("NFKD")
        .replace(/\p{M}+/gu, "")
        .replace(/\u0640/g, "")
        .toLowerCase()
        .replace(/[’‘´]/g, "'");
  if (s.includes("`")) s = s.replace(/`/g, "'");
  if (s.includes("'s")) s = s.replace(/'s\b/g, "");
  for (const [cue, re, to] of VARIANTS) if (s.includes(cue)) s = s.replace(re, to);
  s = (ascii ? s.replace(/[^a-z0-9]+/g, " ") : s.replace(/[^\p{L}\p{N}]+/gu, " ")).trim();
  return s.startsWith("the ") ? s.slice(4) : s;
}

/** A URL-safe slug of a label, used for stable entity ids. */
export function slug(label: string): string {
  return matchKey(label).replace(/ /g, "-").slice(0, 80) || "x";
}

/** Compares strings by code unit, for deterministic sorting independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Tokens packed as [start, end] pairs: a token's text is always `text.slice(start, end)`,
 * so a document's tokens can be set aside in 8 bytes each (instead of an object and a
 * string) between the stages that read them, and rebuilt unchanged.
 */
export function packTokens(tokens: readonly Token[]): Uint32Array {
  const packed = new Uint32Array(tokens.length * 2);
  tokens.forEach((t, i) => {
    packed[2 * i] = t.start;
    packed[2 * i + 1] = t.end;
  });
  return packed;
}

/** The tokens that `packTokens` set aside, rebuilt from the document's text. */
export function unpackTokens(text: string, packed: Uint32Array): Token[] {
  const out: Token[] = new Array<Token>(packed.length / 2);
  for (let i = 0; i < out.length; i++) {
    const start = packed[2 * i] as number;
    const end = packed[2 * i + 1] as number;
    out[i] = { text: text.slice(start, end), start, end };
  }
  return out;
}
