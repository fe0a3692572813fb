/**
 * Markdown emphasis in plain document text (`*x*`, `_x_`, `**x**`, `__x__`): the delimiters
 * are dropped and the runs between them flagged, so that views render them as `<em>` and
 * `<strong>` elements around text nodes, never as HTML. Works across highlight parts (a marked
 * name inside an emphasised title). Unbalanced delimiters stay as written. Pure.
 */
import type { TextPart } from "./excerpt.ts";

/** A run of text with its highlight and emphasis. */
export interface StyledPart extends TextPart {
  em: boolean;
  strong: boolean;
}

const DROP = 1;
const EM = 2;
const STRONG = 4;

/** Strong first: `**x**` anywhere, `__x__` not inside a word. */
const STRONG_RULES: RegExp[] = [
  /()\*\*(?=[^\s*])([^\n]{0,1000}?[^\s*])\*\*/g,
  /(^|[^\p{L}\p{N}_])__(?=[^\s_])([^\n]{0,1000}?[^\s_])__(?![\p{L}\p{N}_])/gu,
];
/** Then emphasis: `*x*` not touching another `*`, `_x_` not inside a word. */
const EM_RULES: RegExp[] = [
  /(^|[^\p{L}\p{N}*])\*(?=[^\s*])([^*\n]{0,1000}?[^\s*])\*(?![\p{L}\p{N}*])/gu,
  /(^|[^\p{L}\p{N}_])_(?=[^\s_])([^_\n]{0,1000}?[^\s_])_(?![\p{L}\p{N}_])/gu,
];

/** Flags every character of `text`: delimiter (dropped), inside emphasis, inside strong. */
function flagText(text: string): Uint8Array {
  const flags = new Uint8Array(text.length);
  let work = text;
  const apply = (rules: RegExp[], mark: number, width: number): void => {
    for (const rule of rules) {
      let found = false;
      for (const m of work.matchAll(rule)) {
        found = true;
        const open = m.index + (m[1] ?? "").length;
        const inner = (m[2] ?? "").length;
        const close = open + width + inner;
        for (let i = open; i < open + width; i++) flags[i] = (flags[i] ?? 0) | DROP;
        for (let i = open + width; i < close; i++) flags[i] = (flags[i] ?? 0) | mark;
        for (let i = close; i < close + width; i++) flags[i] = (flags[i] ?? 0) | DROP;
      }
      // Hide what this rule used from the next ones (same length in UTF-16, so offsets hold).
      if (found)
        work = work
          .split("")
          .map((c, i) => ((flags[i] ?? 0) & DROP ? "\u0000" : c))
          .join("");
    }
  };
  if (!/[*_]/.test(text)) return flags;
  apply(STRONG_RULES, STRONG, 2);
  apply(EM_RULES, EM, 1);
  return flags;
}

/** Splits highlight parts further where emphasis starts or ends, without the delimiters. */
export function withEmphasis(parts: readonly TextPart[]): StyledPart[] {
  const text = parts.map((p) => p.text).join("");
  const flags = flagText(text);
  const out: StyledPart[] = [];
  let at = 0;
  for (const part of parts) {
    const end = at + part.text.length;
    let i = at;
    while (i < end) {
      const f = flags[i] ?? 0;
      let j = i + 1;
      while (j < end && (flags[j] ?? 0) === f) j++;
      if (!(f & DROP)) {
        const run: StyledPart = {
          text: text.slice(i, j),
          mark: part.mark,
          em: (f & EM) !== 0,
          strong: (f & STRONG) !== 0,
        };
        if (part.index !== undefined) run.index = part.index;
        if (part.hit) run.hit = true;
        out.push(run);
      }
      i = j;
    }
    at = end;
  }
  return out;
}
