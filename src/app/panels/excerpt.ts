/**
 * Excerpts from untrusted document text, as plain slices: the sentence around a mention and
 * the ranges to highlight in it. Views render the parts as text nodes and `<mark>` elements,
 * never as HTML. Pure.
 */
import type { Span } from "../../model/types.ts";

/** A run of text; `mark` runs are highlighted, `index` is the mention's index when known,
 * `hit` marks a search hit. */
export interface TextPart {
  text: string;
  mark: boolean;
  index?: number;
  hit?: boolean;
}

export interface Bounds {
  start: number;
  end: number;
  /** Text was cut before `start` / after `end` (show an ellipsis). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface Range {
  start: number;
  end: number;
  index?: number;
  hit?: boolean;
}

const TERMINATORS = ".!?؟。";

/** Whether a sentence ends at `i` (a terminator followed by white space, not an initial such
 * as the "N." of "U.N." or "J. Smith"), or a line break is at `i`. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i] ?? "";
  if (c === "\n") return true;
  if (!TERMINATORS.includes(c)) return false;
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  if (c === ".") {
    const prev = text[i - 1] ?? "";
    const before = text[i - 2] ?? " ";
    if (/\p{Lu}/u.test(prev) && !/\p{L}/u.test(before)) return false;
  }
  return true;
}

/** The sentence containing `[start, end)`, trimmed, cut to `maxSide` characters either side
 * of the span at a word boundary. */
export function sentenceBounds(text: string, start: number, end: number, maxSide = 220): Bounds {
  let s = start;
  while (s > 0 && !endsSentence(text, s - 1)) s--;
  let e = end;
  while (e < text.length && !endsSentence(text, e)) e++;
  if (e < text.length && text[e] !== "\n") e++;
  while (s < start && /\s/.test(text[s] ?? "")) s++;
  while (e > end && /\s/.test(text[e - 1] ?? "")) e--;
  let clippedStart = false;
  let clippedEnd = false;
  if (start - s > maxSide) {
    const cut = text.indexOf(" ", start - maxSide);
    s = cut >= 0 && cut < start ? cut + 1 : start - maxSide;
    clippedStart = true;
  }
  if (e - end > maxSide) {
    const cut = text.lastIndexOf(" ", end + maxSide);
    e = cut > end ? cut : end + maxSide;
    clippedEnd = true;
  }
  return { start: s, end: e, clippedStart, clippedEnd };
}

/** Splits `text.slice(from, to)` into plain and marked parts; ranges are clipped to the
 * slice, sorted, and overlapping ones merged. */
export function highlightParts(
  text: string,
  from: number,
  to: number,
  ranges: Range[],
): TextPart[] {
  const sorted = ranges
    .map((r) => ({ ...r, start: Math.max(r.start, from), end: Math.min(r.end, to) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: TextPart[] = [];
  let at = from;
  for (const r of sorted) {
    if (r.end <= at) continue;
    const start = Math.max(r.start, at);
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    const part: TextPart = { text: text.slice(start, r.end), mark: true };
    if (r.index !== undefined) part.index = r.index;
    if (r.hit) part.hit = true;
    parts.push(part);
    at = r.end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), mark: false });
  return parts;
}

export interface Excerpt extends Bounds {
  doc: string;
  /** Index in the node's `mentions` of the first mention in this sentence. */
  mention: number;
  parts: TextPart[];
}

/** One excerpt per sentence that names the entity, in mention order, with every mention of
 * the entity in that sentence marked. `textOf` returns a document's text (or undefined). With
 * `limit`, stops after that many excerpts (a hub named thousands of times is read only as far
 * as the panel shows). */
export function makeExcerpts(
  mentions: Span[],
  textOf: (doc: string) => string | undefined,
  maxSide?: number,
  limit = Infinity,
): Excerpt[] {
  const out: Excerpt[] = [];
  const seen = new Set<string>();
  // Each document's mention ranges, gathered on first use (once per document, not per mention).
  let byDoc: Map<string, Range[]> | null = null;
  const rangesIn = (doc: string): Range[] => {
    if (!byDoc) {
      byDoc = new Map();
      mentions.forEach((o, j) => {
        const list = byDoc?.get(o.doc) ?? [];
        list.push({ start: o.start, end: o.end, index: j });
        byDoc?.set(o.doc, list);
      });
    }
    return byDoc.get(doc) ?? [];
  };
  for (let i = 0; i < mentions.length && out.length < limit; i++) {
    const m = mentions[i] as Span;
    const text = textOf(m.doc);
    if (text === undefined || m.end > text.length) continue;
    const b = sentenceBounds(text, m.start, m.end, maxSide);
    const id = `${m.doc}:${b.start}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const parts = highlightParts(text, b.start, b.end, rangesIn(m.doc));
    out.push({ doc: m.doc, mention: i, ...b, parts });
  }
  return out;
}
