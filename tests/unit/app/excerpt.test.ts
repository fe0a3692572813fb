import { describe, expect, it } from "vitest";
import { highlightParts, makeExcerpts, sentenceBounds } from "../../../src/app/panels/excerpt.ts";

const text =
  "Title line\nThe U.N. team met in Amman. Later, UNDP and the EU signed a deal! Was UNDP there? Yes.";
const at = (s: string, from = 0): [number, number] => {
  const i = text.indexOf(s, from);
  return [i, i + s.length];
};

describe("sentenceBounds", () => {
  it("finds the sentence around a span, not cut by initials", () => {
    const [s, e] = at("Amman");
    const b = sentenceBounds(text, s, e);
    expect(text.slice(b.start, b.end)).toBe("The U.N. team met in Amman.");
    expect(b.clippedStart || b.clippedEnd).toBe(false);
  });
  it("stops at ! ? and line breaks", () => {
    const [s, e] = at("UNDP");
    const b = sentenceBounds(text, s, e);
    expect(text.slice(b.start, b.end)).toBe("Later, UNDP and the EU signed a deal!");
    const [s2, e2] = at("UNDP", e);
    const b2 = sentenceBounds(text, s2, e2);
    expect(text.slice(b2.start, b2.end)).toBe("Was UNDP there?");
    const [s3, e3] = at("Title");
    const b3 = sentenceBounds(text, s3, e3);
    expect(text.slice(b3.start, b3.end)).toBe("Title line");
  });
  it("clips long sentences at word boundaries", () => {
    const long = `${"word ".repeat(100)}UNDP ${"more ".repeat(100)}end.`;
    const i = long.indexOf("UNDP");
    const b = sentenceBounds(long, i, i + 4, 30);
    expect(b.clippedStart && b.clippedEnd).toBe(true);
    expect(i - b.start).toBeLessThanOrEqual(30);
    expect(long.slice(b.start, b.end)).toMatch(/^word .*UNDP.* more$/);
  });
});

describe("highlightParts", () => {
  it("splits into plain and marked runs, clipping and merging ranges", () => {
    const parts = highlightParts("abcdefghij", 2, 8, [
      { start: 0, end: 3 },
      { start: 5, end: 6, index: 1 },
      { start: 5, end: 7 },
      { start: 9, end: 10 },
    ]);
    expect(parts).toEqual([
      { text: "c", mark: true },
      { text: "de", mark: false },
      { text: "fg", mark: true },
      { text: "h", mark: false },
    ]);
  });
  it("returns one plain run when nothing is marked", () => {
    expect(highlightParts("abc", 0, 3, [])).toEqual([{ text: "abc", mark: false }]);
  });
});

describe("makeExcerpts", () => {
  it("gives one excerpt per sentence with every mention marked", () => {
    const [a, b] = at("UNDP");
    const [c, d] = at("UNDP", b);
    const mentions = [
      { doc: "d1", start: a, end: b },
      { doc: "d1", start: c, end: d },
      { doc: "missing", start: 0, end: 4 },
    ];
    const ex = makeExcerpts(mentions, (id) => (id === "d1" ? text : undefined));
    expect(ex).toHaveLength(2);
    expect(ex[1]?.mention).toBe(1);
    expect(ex[0]?.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["UNDP"]);
    expect(ex[0]?.parts.map((p) => p.text).join("")).toBe("Later, UNDP and the EU signed a deal!");
  });

  it("stops after `limit` excerpts, the same ones as the full list starts with", () => {
    const [a, b] = at("UNDP");
    const [c, d] = at("UNDP", b);
    const mentions = [
      { doc: "d1", start: a, end: b },
      { doc: "d1", start: c, end: d },
    ];
    const all = makeExcerpts(mentions, () => text);
    const first = makeExcerpts(mentions, () => text, undefined, 1);
    expect(first).toEqual(all.slice(0, 1));
    expect(makeExcerpts(mentions, () => text, undefined, 0)).toEqual([]);
    expect(makeExcerpts(mentions, () => text, undefined, 5)).toEqual(all);
  });
});
