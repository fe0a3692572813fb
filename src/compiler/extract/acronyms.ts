/**
 * Acronym definitions by the Schwartz & Hearst algorithm (2003): "Long Form (SF)" and
 * "Long Form / SF", matching the short form's letters right to left inside the long form,
 * the first letter at a word start. Also the initials test used to tie a bare acronym to
 * a long name of the same document.
 */
import { ORG_HEADS } from "./lexicon.ts";
import { isAcronym, type Token } from "./text.ts";

/** A long form and its short form, as spans of the document. */
export interface AcronymDefinition {
  longStart: number;
  longEnd: number;
  shortStart: number;
  shortEnd: number;
  short: string;
  /** True when the letters matched; false for a parenthesised acronym after a name. */
  matched: boolean;
}

const ALNUM_RE = /[\p{L}\p{N}]/u;

function isAlnum(c: string | undefined): boolean {
  if (!c) return false;
  const x = c.charCodeAt(0);
  if (x < 128) return (x >= 97 && x <= 122) || (x >= 65 && x <= 90) || (x >= 48 && x <= 57);
  return ALNUM_RE.test(c);
}

/** The start index in `long` where the short form's letters begin, or -1 (Schwartz & Hearst). */
export function matchLongForm(short: string, long: string): number {
  const sf = short.toLowerCase();
  const lf = long.toLowerCase();
  let s = sf.length - 1;
  let l = lf.length - 1;
  const first = firstAlnum(sf);
  for (; s >= 0; s--) {
    const c = sf[s];
    if (!isAlnum(c)) continue;
    while (l >= 0 && (lf[l] !== c || (s === first && isAlnum(lf[l - 1])))) l--;
    if (l < 0) return -1;
    l--;
  }
  const start = lf.lastIndexOf(" ", l + 1) + 1;
  return isAlnum(long[l + 1]) ? l + 1 : start;
}

function firstAlnum(s: string): number {
  for (let i = 0; i < s.length; i++) if (isAlnum(s[i])) return i;
  return 0;
}

/**
 * Finds acronym definitions among `tokens` (one sentence or line). `nameStart(i)` gives the
 * first token of the capitalised name that ends at token i, for the unmatched fallback.
 */
export function findDefinitions(
  text: string,
  tokens: Token[],
  nameStart: (endToken: number) => number,
): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  // "ALIPH (the International Alliance for the Protection of Heritage in Conflict Areas)": the
  // acronym first, its long form in brackets after it.
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (!t || tokens[i + 1]?.text !== "(" || !isAcronym(t.text) || t.text.length < 3) continue;
    // ("SOFÍA ARCE LEÓN (Colectivo Agua Viva):": the last word of a name in capitals, with
    // the speaker's body in brackets, is no acronym of that body.)
    const before = tokens[i - 1];
    if (
      before &&
      /^\p{Lu}{2,}$/u.test(before.text) &&
      !text.slice(before.end, t.start).includes("\n")
    )
      continue;
    let a = i + 2;
    if (/^the$/i.test(tokens[a]?.text ?? "")) a++;
    let b = a;
    while (b < tokens.length && b - a < 16 && tokens[b]?.text !== ")") b++;
    const first = tokens[a];
    const last = tokens[b - 1];
    if (tokens[b]?.text !== ")" || !first || !last || b - a < 2) continue;
    const long = text.slice(first.start, last.end);
    if (!/^\p{Lu}/u.test(long)) continue;
    // Letters that spell the acronym, or (a name from another language) a body's head noun.
    const matched = matchLongForm(t.text.replace(/[-&]/g, ""), long) === 0;
    const words = long.split(/\s+/);
    if (!matched && !(words.length >= 3 && words.some((w) => ORG_HEADS.has(w)))) continue;
    out.push({
      longStart: first.start,
      longEnd: last.end,
      shortStart: t.start,
      shortEnd: t.end,
      short: t.text,
      matched,
    });
  }
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const open = tokens[i - 1];
    if (!t || !open || (open.text !== "(" && open.text !== "/") || !isAcronym(t.text)) continue;
    const paren = open.text === "(" && (tokens[i + 1]?.text === ")" || isPlaceTail(tokens, i));
    const slash = open.text === "/" && i >= 2;
    if (!paren && !slash) continue;
    const lastWord = i - 2;
    if (lastWord < 0) continue;
    const maxWords = Math.min(t.text.length + 5, t.text.length * 2);
    let first = Math.max(0, lastWord - maxWords * 2);
    // (A long form never reaches back over a semicolon, colon or bar: "Office in X; Chair: Dr.
    // Y (ADAU)" spells nothing across them.)
    for (let k = lastWord; k > first; k--)
      if (/^[;:|·]$/.test(tokens[k]?.text ?? "")) first = k + 1;
    const window = tokens.slice(first, lastWord + 1).filter((w) => w.text !== "(");
    const from = window[0];
    const to = tokens[lastWord];
    if (!from || !to) continue;
    const long = text.slice(from.start, to.end);
    let at = matchLongForm(t.text.replace(/[-&]/g, ""), long);
    // "Office of State (OS)": the first letter matched a connector ("of"); the capitalised
    // word just before it with the same initial starts the name.
    const prevWord = at > 0 ? /(\p{Lu}[\p{L}-]*)\s+$/u.exec(long.slice(0, at)) : null;
    if (
      prevWord?.[1] &&
      /^\p{Ll}/u.test(long.slice(at)) &&
      prevWord[1][0]?.toLowerCase() === long[at]?.toLowerCase()
    )
      at = prevWord.index;
    // "Action Against Hunger (AAH)": letters inside a word ("AgAinst") may spell the acronym
    // too; the name whose words' initials spell it, one letter per word, is the long form.
    const byInitials = initialsStart(t.text.replace(/[-&]/g, ""), long);
    if (byInitials >= 0 && (at < 0 || byInitials < at)) at = byInitials;
    const shortEnd = isPlaceTail(tokens, i) ? (tokens[i + 1]?.end ?? t.end) : t.end;
    if (at >= 0) {
      const words = long.slice(at).split(/\s+/).length;
      if (words <= maxWords + 2)
        out.push({
          longStart: from.start + at,
          longEnd: to.end,
          shortStart: t.start,
          shortEnd,
          short: text.slice(t.start, shortEnd),
          matched: true,
        });
      continue;
    }
    // "Photo: Mira Tosh/KHA": a slash after a name that the letters do not spell is a credit.
    if (slash) continue;
    const ns = nameStart(lastWord);
    const nsTok = tokens[ns];
    if (ns >= 0 && ns <= lastWord && nsTok)
      out.push({
        longStart: nsTok.start,
        longEnd: to.end,
        shortStart: t.start,
        shortEnd,
        short: text.slice(t.start, shortEnd),
        matched: false,
      });
  }
  return out;
}

const CONNECTORS = /^(?:of|the|for|and|&|in|on|to|de|du|des|la|le|el|al|et|y)$/i;

/**
 * The start of the words of `long` whose initials spell `short`, one letter per word from the
 * last word back (connectors such as "of" and "the" may be skipped), or -1.
 */
function initialsStart(short: string, long: string): number {
  const letters = [...short.toLowerCase()].filter((c) => isAlnum(c));
  const words = [...long.matchAll(/[^\s]+/g)];
  let w = words.length - 1;
  for (let k = letters.length - 1; k >= 0; k--) {
    while (w >= 0 && words[w]?.[0][0]?.toLowerCase() !== letters[k]) {
      if (!CONNECTORS.test(words[w]?.[0] ?? "")) return -1;
      w--;
    }
    if (w < 0) return -1;
    if (k > 0) w--;
  }
  const first = words[w];
  return first && /^\p{Lu}/u.test(first[0]) ? (first.index ?? -1) : -1;
}

/** "(EUAM Iraq)": an acronym followed by one capitalised word before the closing bracket. */
function isPlaceTail(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && /^\p{Lu}\p{Ll}+$/u.test(next.text) && tokens[i + 2]?.text === ")";
}

/** Initials of the capitalised words of a name ("Lebanese Organization for Studies" → "LOS"). */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}
