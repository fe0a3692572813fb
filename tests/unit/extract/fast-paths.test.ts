/**
 * The hand-written fast paths of the text primitives must give exactly what the plain
 * definitions give: the tokenizer against its regular expression, the matching key against
 * the unoptimised fold, on random strings mixing ASCII, accents, quotes and abbreviations.
 */
import { describe, expect, it } from "vitest";
import {
  matchKey,
  packTokens,
  tokenize,
  unpackTokens,
  type Token,
} from "../../../src/compiler/extract/text.ts";
import { findAmounts } from "../../../src/compiler/extract/amounts.ts";
import { findDates } from "../../../src/compiler/extract/dates.ts";
import { joinableKeys } from "../../../src/compiler/extract/corpus-names.ts";

const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*['’][\p{L}\p{N}]+['’](?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*|\S/gu;

function referenceTokens(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null && m.index < to) {
    const start = m.index;
    const word = m[0];
    const end = Math.min(start + word.length, to);
    const poss = /^(.+?\p{L})(['’]s)$/u.exec(word);
    if (poss?.[1] && poss[2] && end === start + word.length) {
      const cut = start + poss[1].length;
      out.push({ text: poss[1], start, end: cut }, { text: poss[2], start: cut, end });
    } else out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

function referenceKey(name: string): string {
  let s = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/\u0640/g, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s\b/g, "");
  for (const [re, to] of [
    [/non[- ]?governmental organi[sz]ations?/g, "ngos"],
    [/\bngo\b/g, "ngos"],
    [/organis/g, "organiz"],
    [/programme/g, "program"],
    [/centre/g, "center"],
    [/counsell?or/g, "counselor"],
    [/&/g, " and "],
  ] as [RegExp, string][])
    s = s.replace(re, to);
  return s
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

const PIECES = [
  "U.S.",
  "E.U",
  "A.",
  "Dr.",
  "NGO",
  "ngo",
  "Women's",
  "UNICEF’s",
  "al-Amal",
  "Q'eqchi'",
  "B’atz’",
  "'",
  "Café",
  "naïve",
  "Programme",
  "Centre",
  "&",
  "R&D",
  "co-op",
  "x-",
  "'s",
  "’",
  " ",
  "  ",
  "\n",
  "\t",
  "\u00a0",
  "2,221,818",
  "$5",
  "€3.5 million",
  "(",
  ")",
  ";",
  ".",
  "Non-Governmental Organisations",
  "The",
  "the ",
  "Ωmega",
  "İstanbul",
  "Straße",
  "ﬁnance",
  "دعم",
  "مـنظمة",
  "😀",
  "x",
  "Q",
  "7th",
  "K",
];

function randomText(seed: number, n: number): string {
  let x = seed;
  const next = (): number => (x = (x * 1103515245 + 12345) & 0x7fffffff);
  let s = "";
  for (let i = 0; i < n; i++) s += PIECES[next() % PIECES.length] ?? "";
  return s;
}

describe("fast paths equal their definitions", () => {
  it("tokenizes like the regular expression", () => {
    for (let seed = 1; seed < 400; seed++) {
      const text = randomText(seed, 30);
      expect(tokenize(text)).toEqual(referenceTokens(text));
      const to = Math.floor(text.length / 2);
      expect(tokenize(text, 3, to)).toEqual(referenceTokens(text, 3, to));
    }
  });
  it("rebuilds packed tokens exactly (a token's text is always its span of the text)", () => {
    for (let seed = 1; seed < 400; seed++) {
      const text = randomText(seed, 30);
      const tokens = tokenize(text);
      expect(unpackTokens(text, packTokens(tokens))).toEqual(tokens);
      const to = Math.floor(text.length / 2);
      const part = tokenize(text, 3, to);
      expect(unpackTokens(text, packTokens(part))).toEqual(part);
    }
  });
  it("keys like the unoptimised fold", () => {
    for (let seed = 1; seed < 400; seed++) {
      const text = randomText(seed, 6);
      expect(matchKey(text)).toBe(referenceKey(text));
    }
    for (const p of PIECES) expect(matchKey(p)).toBe(referenceKey(p));
  });
  it("keys a joinable n-gram as its tokens' keys joined, as the corpus pass assumes", () => {
    const ascii = [...PIECES, "x`s", "´", "‘s", "Brand™", "ΟΔΟΣ", "’s", "“", "–", "…", "€"];
    let checked = 0;
    for (let seed = 1; seed < 3000; seed++) {
      let x = seed;
      const next = (): number => (x = (x * 1103515245 + 12345) & 0x7fffffff);
      let text = "";
      for (let i = 0; i < 8; i++) text += `${ascii[next() % ascii.length] ?? ""} `;
      const toks = tokenize(text);
      const firstKey = matchKey(toks[0]?.text ?? "");
      if (firstKey === "the" || !firstKey || !joinableKeys(text)) continue;
      const joined = toks
        .map((t) => matchKey(t.text))
        .filter(Boolean)
        .join(" ");
      expect(joined).toBe(matchKey(text));
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
  it("skips dates and amounts only where none can be", () => {
    expect(findDates("no figures here at all")).toEqual([]);
    expect(findAmounts("two million euros from donors")[0]?.amount).toBe(2_000_000);
    expect(findAmounts("without any figure")).toEqual([]);
  });
});
