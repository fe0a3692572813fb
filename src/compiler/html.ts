/**
 * HTML → article text with htmlparser2. Page furniture (scripts, styles, navigation, site
 * headers and footers, asides, forms, embeds) is dropped; block elements become line breaks;
 * the text of <article> (or else <main>) is preferred over the whole body when present.
 */
import { Parser } from "htmlparser2";

/** Text of an HTML page and the title its markup gives. */
export interface HtmlText {
  text: string;
  /** The first <h1>, or the <title> when there is no <h1>. */
  markupTitle?: string;
}

const DROPPED = new Set([
  "script",
  "style",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "noscript",
  "svg",
  "iframe",
  "template",
  "object",
  "canvas",
  "select",
  "button",
]);
/** Dropped outside an article or main, kept inside one (an article's own header has its headline). */
const KEPT_IN_ARTICLE = new Set(["header"]);
const PARAGRAPHS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table"]);
const LINES = new Set([
  "br",
  "div",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "tr",
  "section",
  "article",
  "main",
  "figure",
  "figcaption",
  "address",
  "hr",
  "body",
]);
const CELLS = new Set(["td", "th"]);
/** Whitespace as HTML collapses it (not the non-breaking space). */
const HTML_SPACE = /[ \t\n\r\f]+/g;
const LINE_MARK = "\u0001";
const PARAGRAPH_MARK = "\u0002";
// eslint-disable-next-line no-control-regex -- the marks are control characters on purpose
const BREAK_RUN = /[ \t]*(?:[\u0001\u0002\n][ \t]*)+/g;

/** Accumulates text per region while the parser walks the page. */
class TextCollector {
  all: string[] = [];
  article: string[] = [];
  main: string[] = [];
  title = "";
  h1: string | undefined;
  private h1Buffer: string[] | undefined;
  private skipDepth = 0;
  private articleDepth = 0;
  private mainDepth = 0;
  private inTitle = false;
  private preDepth = 0;

  open(name: string): void {
    if (this.skipDepth > 0 || this.dropped(name)) {
      this.skipDepth++;
      return;
    }
    if (name === "article") this.articleDepth++;
    if (name === "main") this.mainDepth++;
    if (name === "pre") this.preDepth++;
    if (name === "title") this.inTitle = true;
    if (name === "h1" && this.h1 === undefined) this.h1Buffer = [];
    this.breakFor(name);
  }

  close(name: string): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    if (name !== "br" && name !== "hr") this.breakFor(name);
    if (name === "article") this.articleDepth = Math.max(0, this.articleDepth - 1);
    if (name === "main") this.mainDepth = Math.max(0, this.mainDepth - 1);
    if (name === "pre") this.preDepth = Math.max(0, this.preDepth - 1);
    if (name === "title") this.inTitle = false;
    if (name === "h1" && this.h1Buffer) {
      this.h1 = collapse(this.h1Buffer.join(""));
      this.h1Buffer = undefined;
    }
  }

  text(data: string): void {
    if (this.skipDepth > 0) return;
    if (this.inTitle) {
      this.title += data;
      return;
    }
    this.h1Buffer?.push(data);
    const clean = data.split(LINE_MARK).join("").split(PARAGRAPH_MARK).join("");
    this.push(this.preDepth > 0 ? clean : clean.replace(HTML_SPACE, " "));
  }

  private dropped(name: string): boolean {
    if (!DROPPED.has(name)) return false;
    return !(KEPT_IN_ARTICLE.has(name) && this.articleDepth + this.mainDepth > 0);
  }

  private breakFor(name: string): void {
    if (name === "br") this.push("\n");
    else if (PARAGRAPHS.has(name)) this.push(PARAGRAPH_MARK);
    else if (LINES.has(name)) this.push(LINE_MARK);
    else if (CELLS.has(name)) this.push(" ");
  }

  private push(chunk: string): void {
    this.all.push(chunk);
    if (this.articleDepth > 0) this.article.push(chunk);
    if (this.mainDepth > 0) this.main.push(chunk);
  }
}

function collapse(s: string): string {
  return s.replace(HTML_SPACE, " ").trim();
}

/**
 * Tidies collected chunks: each run of block boundaries and <br>s becomes one line break, or
 * a blank line when it closes a paragraph or holds two <br>s; no spaces around line breaks.
 */
function tidy(chunks: string[]): string {
  return chunks
    .join("")
    .replace(BREAK_RUN, (run) => {
      const brs = run.split("\n").length - 1;
      const lines = brs + (run.includes(LINE_MARK) ? 1 : 0);
      return run.includes(PARAGRAPH_MARK) || lines >= 2 ? "\n\n" : "\n";
    })
    .trim();
}

/** Extracts readable article text and the markup title from an HTML page. */
export function htmlToText(html: string): HtmlText {
  const collector = new TextCollector();
  const parser = new Parser(
    {
      onopentagname: (name) => collector.open(name),
      onclosetag: (name) => collector.close(name),
      ontext: (data) => collector.text(data),
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  const article = tidy(collector.article);
  const main = tidy(collector.main);
  const text = article || main || tidy(collector.all);
  const markupTitle = collector.h1 || collapse(collector.title) || undefined;
  return markupTitle ? { text, markupTitle } : { text };
}
