// Pathological text: every stage linear in the size of a document. Sentences are bounded
// (so the work per sentence is), runs of spaces do not make normalisation quadratic, and an
// HTML page nested deeper than the parser can take in linear time fails with its depth.
import { describe, expect, it } from "vitest";
import { compileCorpus } from "../../../src/compiler/index.ts";
import { MAX_SENTENCE_CHARS, segment } from "../../../src/compiler/extract/segment.ts";
import { normalise } from "../../../src/compiler/normalise.ts";
import { htmlDepth } from "../../../src/compiler/prepare.ts";
import { nameList } from "../../../bench/pathological-cases.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const repeat = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe("sentences are bounded", () => {
  const cases: [string, string][] = [
    ["honorifics", repeat("Mr. ", 20_000)],
    ["an endless line", repeat("United Nations Development Programme (UNDP) ", 20_000)],
    ["a list of names", `The participants were ${nameList(2000)}.`],
    ["a word without spaces", "x".repeat(5000)],
    ["emoji without spaces", `a${"\u{1F600}".repeat(3000)}`],
    ["a long run of spaces", `Alpha${" ".repeat(3000)}Beta gamma.`],
  ];
  for (const [name, text] of cases)
    it(`in ${name}, with exact offsets`, () => {
      const { sentences } = segment(text);
      expect(sentences.length).toBeGreaterThan(0);
      let last = 0;
      for (const s of sentences) {
        expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
        expect(s.start).toBeGreaterThanOrEqual(last);
        const piece = text.slice(s.start, s.end);
        expect(piece).toBe(piece.trim());
        expect(piece.length).toBeGreaterThan(0);
        // Never between the halves of a surrogate pair.
        expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(piece)).toBe(false);
        last = s.end;
      }
    });

  it("leaves sentences of ordinary length as they were", () => {
    const text =
      "The Iraqi Al-Amal Association organised a workshop in Baghdad. Mr. Ahmed Hassan, Director of the Association, opened it.";
    expect(segment(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "The Iraqi Al-Amal Association organised a workshop in Baghdad.",
      "Mr. Ahmed Hassan, Director of the Association, opened it.",
    ]);
  });
});

describe("normalisation", () => {
  it("keeps a long run of spaces inside a line and trims line ends", () => {
    const text = `Alpha${" ".repeat(100_000)}Beta  \nGamma \t`;
    expect(normalise(text)).toBe(`Alpha${" ".repeat(100_000)}Beta\nGamma`);
  });
});

describe("deeply nested HTML", () => {
  it("measures the nesting depth the way the parser builds it", () => {
    expect(htmlDepth("<html><body><section><div><p>a<p>b</div></section></body></html>")).toBe(2);
    expect(htmlDepth("<ul><li>a<li>b<li>c</ul><br><img src=x><div/>")).toBe(1);
    expect(htmlDepth("<script>if (a<b) { '<div><div>' }</script><!-- <div><div> -->x")).toBe(0);
    expect(htmlDepth(repeat("<div>", 5000))).toBe(1000);
  });

  it("fails a page nested deeper than the limit, with its depth", () => {
    const page = `${"<div>".repeat(20_000)}Alpha Foundation${"</div>".repeat(20_000)}`;
    const result = compileCorpus([{ id: "deep.html", bytes: bytes(page) }]);
    expect(result.documents.documents[0]).toMatchObject({
      status: "failed",
      error: "HTML nested too deeply: 20000 levels (limit 10000)",
    });
    const shallow = compileCorpus([{ id: "deep.html", bytes: bytes(page) }], {
      maxHtmlDepth: 30_000,
    });
    expect(shallow.documents.documents[0]?.status).toBe("compiled");
  });
});

// Time on hostile inputs (repeated honorifics, one endless line, nested brackets, …) is
// measured by `npm run bench -- pathological`, never asserted here.
