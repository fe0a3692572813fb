import { describe, expect, it } from "vitest";
import { withEmphasis } from "../../../src/app/panels/emphasis.ts";
import type { StyledPart } from "../../../src/app/panels/emphasis.ts";
import type { TextPart } from "../../../src/app/panels/excerpt.ts";

const plain = (text: string): TextPart[] => [{ text, mark: false }];
const show = (parts: StyledPart[]): string =>
  parts
    .map((p) => {
      let t = p.text;
      if (p.em) t = `<em>${t}</em>`;
      if (p.strong) t = `<strong>${t}</strong>`;
      if (p.mark) t = `[${t}]`;
      return t;
    })
    .join("");

describe("withEmphasis", () => {
  it("drops the delimiters of *x*, _x_, **x** and __x__", () => {
    expect(show(withEmphasis(plain("a *b c* d _e_ f **g** h __i__.")))).toBe(
      "a <em>b c</em> d <em>e</em> f <strong>g</strong> h <strong>i</strong>.",
    );
  });

  it("leaves snake_case, lone asterisks, arithmetic and unbalanced markers as written", () => {
    const text = "file_name_here, 2 * 3 * 4, *open and_ close, a*b";
    expect(show(withEmphasis(plain(text)))).toBe(text);
  });

  it("keeps a marked name inside an emphasised title marked, without the asterisks", () => {
    const parts: TextPart[] = [
      { text: "partner “*Un ", mark: false },
      { text: "Ponte Per", mark: true, index: 3 },
      { text: "*” said", mark: false },
    ];
    const out = withEmphasis(parts);
    expect(show(out)).toBe("partner “<em>Un </em>[<em>Ponte Per</em>]” said");
    expect(out.find((p) => p.mark)?.index).toBe(3);
  });

  it("keeps offsets right after characters outside the BMP", () => {
    expect(show(withEmphasis(plain("𝒜 *b* 𝒞 **d**")))).toBe("𝒜 <em>b</em> 𝒞 <strong>d</strong>");
  });

  it("returns the text unchanged when it has no delimiters", () => {
    expect(withEmphasis(plain("no marks here"))).toEqual([
      { text: "no marks here", mark: false, em: false, strong: false },
    ]);
  });
});
