// HTML → article text: page furniture dropped, blocks as line breaks, article preferred.
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../src/compiler/html.ts";

describe("htmlToText", () => {
  it("drops script, style, nav, header, footer, aside, form, noscript, svg, iframe", () => {
    const html = `<html><head><title>T</title><style>p{color:red}</style><script>var x = "<p>no</p>";</script></head>
      <body><header>Site header</header><nav><a href="/">Home</a></nav>
      <p>Kept one.</p><aside>Related</aside><form><input name="q">Search</form>
      <noscript>Enable JS</noscript><svg><text>chart</text></svg><iframe src="x">frame</iframe>
      <p>Kept two.</p><footer>© Site</footer></body></html>`;
    expect(htmlToText(html).text).toBe("Kept one.\n\nKept two.");
  });

  it("turns block elements into line breaks and collapses inline whitespace", () => {
    const html = "<div>One\n   line</div><ul><li>a</li><li>b</li></ul>x<br>y<h2>Head</h2>end";
    expect(htmlToText(html).text).toBe("One line\na\nb\nx\ny\n\nHead\n\nend");
  });

  it("decodes entities", () => {
    expect(
      htmlToText("<p>Caf&eacute; &amp; &#1593;&#1585;&#1576;&#1610; &quot;x&quot;&nbsp;y</p>").text,
    ).toBe('Café & عربي "x"\u00a0y');
  });

  it("prefers <article> over the rest of the page, keeping the article's own header", () => {
    const html = `<body><div class="promo">Subscribe now</div>
      <article><header><h1>Workshop in Erbil</h1><time>2024-03-02</time></header>
      <p>Twenty CSOs met.</p><footer>Tags: cso</footer></article><div>More news</div></body>`;
    const result = htmlToText(html);
    expect(result.text).toBe("Workshop in Erbil\n\n2024-03-02\n\nTwenty CSOs met.");
    expect(result.markupTitle).toBe("Workshop in Erbil");
  });

  it("falls back to <main>, then to the whole body", () => {
    expect(htmlToText("<div>menu</div><main><p>Body</p></main>").text).toBe("Body");
    expect(htmlToText("<div>Only text</div>").text).toBe("Only text");
  });

  it("keeps the <title> as markupTitle when there is no <h1>", () => {
    expect(htmlToText("<title> Press  release </title><p>x</p>")).toEqual({
      text: "x",
      markupTitle: "Press release",
    });
    expect(htmlToText("<p>x</p>")).toEqual({ text: "x" });
  });

  it("survives broken markup", () => {
    expect(htmlToText("<p>open <b>bold <script>x").text).toBe("open bold");
    expect(htmlToText("").text).toBe("");
  });
});
