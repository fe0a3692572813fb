// Markdown → prose.
import { describe, expect, it } from "vitest";
import { markdownToText } from "../../../src/compiler/markdown.ts";

describe("markdownToText", () => {
  it("strips headings, emphasis, links and images", () => {
    const md =
      "# Title #\n\nThe **UNDP** and *UNOPS* met [in Amman](https://x.org/a_(b)).\n\n![Logo of NPA](logo.png)\n\n## Next";
    expect(markdownToText(md)).toBe(
      "Title\n\nThe UNDP and UNOPS met in Amman.\n\nLogo of NPA.\n\nNext",
    );
  });

  it("keeps underscores inside words but strips _emphasis_", () => {
    expect(markdownToText("snake_case_name and _this_ and __that__")).toBe(
      "snake_case_name and this and that",
    );
  });

  it("strips quotes, list markers, code marks, rules and reference definitions", () => {
    const md =
      "> Quoted text\n\n- item one\n2. item two\n\n---\n\nUse `code` here.\n\n```\nblock\n```\n\n[ref]: https://x.org\nSee [docs][ref].";
    expect(markdownToText(md)).toBe(
      "Quoted text\n\nitem one\nitem two\n\nUse code here.\n\nblock\n\nSee docs.",
    );
  });

  it("drops a static site's front matter, and only at the top", () => {
    expect(
      markdownToText(
        '---\ntitle: "Our partners"\nlayout: project\ntags:\n  - peace\n---\n\n# Heading\n\nText.',
      ),
    ).toBe("Heading\n\nText.");
    expect(markdownToText('+++\ntitle = "Our year"\ndate = 2024-03-01\n+++\nText.')).toBe("Text.");
    expect(markdownToText("Text.\n\n---\nkey: value\n---\n\nMore.")).toBe(
      "Text.\n\nkey: value\n\nMore.",
    );
  });
  it("parts a table cell's items at <br> and breaks other lines there", () => {
    expect(
      markdownToText("| 10:00 | Opening | **Ana Lima**, Chair, Rede Sol<br>**Rui Paz**, Mayor |"),
    ).toBe("| 10:00 | Opening | Ana Lima, Chair, Rede Sol; Rui Paz, Mayor |");
    expect(markdownToText("| Panel | Chair: Dr. Okafor<br/>Mrs. Bello <BR> Mr. Tan |")).toBe(
      "| Panel | Chair: Dr. Okafor; Mrs. Bello; Mr. Tan |",
    );
    expect(markdownToText("Women's Forum<br>Market Hall, Lira<br />12 May")).toBe(
      "Women's Forum\nMarket Hall, Lira\n12 May",
    );
  });

  it("ends an image's alt text alone on its line as a sentence, so it reads as no heading", () => {
    expect(markdownToText("![Forum banner: women sorting tea](/img/b.jpg)\n\n# Tea Forum")).toBe(
      "Forum banner: women sorting tea.\n\nTea Forum",
    );
    expect(markdownToText("[![Our team in Gulu!](t.png)](/team)\n![](spacer.gif)\nText")).toBe(
      "Our team in Gulu.\n\nText",
    );
    expect(markdownToText("See ![the map](m.png) of the district.")).toBe(
      "See the map of the district.",
    );
  });

  it("leaves plain prose alone", () => {
    const prose = "On 5 May 2013, 40 CSOs (civil society organisations) met - see p. 3.";
    expect(markdownToText(prose)).toBe(prose);
  });
});
