/**
 * HTML → article text with htmlparser2. Page furniture (scripts, styles, navigation, site
 * headers and footers, asides, forms, embeds) is dropped; block elements become line breaks;
 * the text of <article> (or else <main>) is preferred over the whole body when present.
 *
 * Pages without <article> or <main> (the "div soup" of older sites and CMS themes) get the
 * treatment of Mozilla's Readability, on a small tree built from the parser's events (no DOM,
 * so the compiler stays runnable in a browser worker and in Node):
 *
 * 1. Furniture by name: elements whose class or id names a menu, sidebar, footer, cookie
 *    banner, share bar, related list, comment thread, breadcrumb, widget, banner or the like
 *    (and hidden elements, navigation roles, cookie notices) are set aside, unless the name
 *    also says content ("article", "content", "main", "story", …) or the element holds most
 *    of the page's text. This applies inside <article> and <main> too, where a header is kept.
 * 2. Scoring: every paragraph of 25 characters or more scores 1, plus one per comma, plus one
 *    per 100 characters (three at most); its parent container gains the score, the
 *    grandparent half, the next three levels a third of it per level. Text that sits in a
 *    container beside its blocks, or in a table cell (the layout tables of older sites),
 *    is a paragraph of that container. A container starts
 *    from its tag (a div +5, a list −3, a heading −5) and its class and id (+25 for article,
 *    content, post, entry, story, body, main…; −25 for the furniture names above). The final
 *    score is scaled by the share of its text that is not link text.
 * 3. The best container, raised to its parent where the parent scores as well, is the
 *    article, with those of its siblings that score at least a fifth as high (or are
 *    paragraphs of prose); within it, containers with a furniture name, link lists of
 *    headlines, and everything from a "Related articles" / "Comments" / "Share this"
 *    heading on are dropped. The page's <h1> (with a <time> beside it) leads the text when the
 *    article does not hold it.
 *
 * Each step visits each element a bounded number of times: the work is linear in the page.
 * Pages with too little prose to score keep the whole body, less the furniture.
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
const BREAK_RUN = /(?<![ \t])[ \t]*(?:[\u0001\u0002\n][ \t]*)+/g;

// ---------------------------------------------------------------------------------------
// A small tree of the page, built from the parser's (balanced) events.

/** An element: its tag, the attributes that say what it is, and its children. */
interface El {
  tag: string;
  /** class and id, lower case ("" when neither). */
  names: string;
  hidden: boolean;
  role: string;
  children: (El | string)[];
  parent: El | undefined;
}

function element(tag: string, attrs: Record<string, string>, parent: El | undefined): El {
  const names = `${attrs.class ?? ""} ${attrs.id ?? ""}`
    .toLowerCase()
    .split(/\s+/)
    .filter((n) => n && !MODIFIER.test(n))
    .join(" ");
  const style = (attrs.style ?? "").toLowerCase();
  const hidden =
    "hidden" in attrs ||
    attrs["aria-hidden"] === "true" ||
    /display\s*:\s*none|visibility\s*:\s*hidden/.test(style);
  return { tag, names, hidden, role: (attrs.role ?? "").toLowerCase(), children: [], parent };
}

/** Parses a page into a tree whose root stands for the document. */
function parseTree(html: string): El {
  const root = element("#root", {}, undefined);
  let at = root;
  const parser = new Parser(
    {
      onopentag: (name, attrs) => {
        const el = element(name, attrs, at);
        at.children.push(el);
        at = el;
      },
      onclosetag: () => {
        if (at.parent) at = at.parent;
      },
      ontext: (data) => {
        const last = at.children[at.children.length - 1];
        if (typeof last === "string") at.children[at.children.length - 1] = last + data;
        else at.children.push(data);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

/** The elements of a tree in document order (pre-order), without recursion. */
function preorder(root: El): El[] {
  const out: El[] = [];
  const stack: El[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as El;
    out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (c !== undefined && typeof c !== "string") stack.push(c);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Tables: a grid of data is written as a Markdown table, a column of labels as fact lines.

/** The elements below `el` that `keep` accepts, not looking inside them or inside nested tables. */
function below(el: El, keep: (c: El) => boolean): El[] {
  const out: El[] = [];
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (keep(c)) out.push(c);
    else if (c.tag !== "table") out.push(...below(c, keep));
  }
  return out;
}

const rowsOf = (table: El): El[] => below(table, (c) => c.tag === "tr");
const cellsOf = (row: El): El[] => below(row, (c) => CELLS.has(c.tag));

/** A cell of one line of text: no line breaks, list items or second paragraph inside. */
function isOneLine(cell: El): boolean {
  const blocks = preorder(cell).filter((e) => e !== cell && (e.tag === "br" || BLOCKS.has(e.tag)));
  return blocks.length === 0 || (blocks.length === 1 && blocks[0]?.tag === "p");
}

/**
 * How a table reads: "facts" when every row is a <th> label and one value ("Host | X"),
 * "grid" when a header row of <th> (or a <thead>) heads rows of as many cells, else as
 * plain lines (the layout tables of older sites).
 */
function tableShape(table: El): "facts" | "grid" | undefined {
  const rowEls = rowsOf(table);
  const rows = rowEls.map(cellsOf);
  const [head, ...body] = rows;
  if (!head) return undefined;
  if (rows.every((r) => r.length === 2 && r[0]?.tag === "th" && r[1]?.tag === "td")) return "facts";
  const width = head.length;
  const headed = rowEls[0]?.parent?.tag === "thead" || head.every((c) => c.tag === "th");
  if (width < 2 || !headed || body.length === 0 || !body.every((r) => r.length === width))
    return undefined;
  // (A programme's cells of several lines each, "Chair: X" over "Keynote: Y", read best as lines.)
  return rows.every((r) => r.every(isOneLine)) ? "grid" : undefined;
}

// ---------------------------------------------------------------------------------------
// Text collection: the same marks and tidying for every region.

/** Accumulates text per region while the tree (or part of it) is walked. */
class TextCollector {
  /** Asides kept as the page's fact boxes. */
  constructor(private readonly facts: ReadonlySet<El> = new Set()) {}
  all: string[] = [];
  article: string[] = [];
  main: string[] = [];
  title = "";
  h1: string | undefined;
  /** The element that gave `h1`. */
  h1Element: El | undefined;
  private h1Buffer: string[] | undefined;
  private skipDepth = 0;
  private articleDepth = 0;
  private mainDepth = 0;
  private inTitle = false;
  private preDepth = 0;
  /** Depth inside set-aside furniture: titles are still read there, text is not kept. */
  private muted = 0;

  open(el: El, mute: boolean): void {
    const name = el.tag;
    if (this.skipDepth > 0 || this.dropped(el)) {
      this.skipDepth++;
      return;
    }
    if (mute) this.muted++;
    if (name === "article") this.articleDepth++;
    if (name === "main") this.mainDepth++;
    if (name === "pre") this.preDepth++;
    if (name === "title") this.inTitle = true;
    if (name === "h1" && this.h1 === undefined) {
      this.h1Buffer = [];
      this.h1Element = el;
    }
    if (name === "table") this.tables.push({ shape: tableShape(el), rows: 0 });
    if (this.tableCell(el, "open")) return;
    this.breakFor(name);
  }

  close(el: El, mute: boolean): void {
    const name = el.tag;
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    if (name === "dt") {
      // "<dt>Donor</dt><dd>X</dd>" reads as the fact line "Donor: X".
      if (!/:\s*$/.test(this.all[this.all.length - 1] ?? "")) this.push(":");
      this.afterTerm = true;
    } else if (this.tableCell(el, "close")) {
      // (written by the table's shape)
    } else if (name !== "br" && name !== "hr") this.breakFor(name);
    if (name === "table") this.tables.pop();
    if (name === "article") this.articleDepth = Math.max(0, this.articleDepth - 1);
    if (name === "main") this.mainDepth = Math.max(0, this.mainDepth - 1);
    if (name === "pre") this.preDepth = Math.max(0, this.preDepth - 1);
    if (name === "title") this.inTitle = false;
    if (name === "h1" && this.h1Buffer) {
      this.h1 = collapse(this.h1Buffer.join(""));
      this.h1Buffer = undefined;
    }
    if (mute) this.muted--;
  }

  text(data: string): void {
    if (this.skipDepth > 0) return;
    if (this.inTitle) {
      this.title += data;
      return;
    }
    this.h1Buffer?.push(data);
    let clean = data.split(LINE_MARK).join("").split(PARAGRAPH_MARK).join("");
    if (this.cellDepth > 0) clean = clean.replace(/\|/g, "/");
    this.push(this.preDepth > 0 ? clean : clean.replace(HTML_SPACE, " "));
  }

  /** True inside an <article> or <main>. */
  inArticle(): boolean {
    return this.articleDepth + this.mainDepth > 0;
  }

  private dropped(el: El): boolean {
    const name = el.tag;
    if (!DROPPED.has(name) || this.facts.has(el)) return false;
    return !(KEPT_IN_ARTICLE.has(name) && this.inArticle());
  }

  /** Just after a <dt>: its <dd> follows on the same line ("Donor: X"). */
  private afterTerm = false;

  /** The tables being walked, innermost last: their shape and the rows written so far. */
  private tables: { shape: "facts" | "grid" | undefined; rows: number }[] = [];
  /** Depth inside the cells of a shaped table, whose inner breaks are spaces. */
  private cellDepth = 0;

  /**
   * Writes a row or cell of a shaped table: "| a | b |" lines with a rule under the header
   * row, or "Label: value" lines. False when `el` is no row or cell of one.
   */
  private tableCell(el: El, at: "open" | "close"): boolean {
    const table = this.tables[this.tables.length - 1];
    const shape = table?.shape;
    if (!table || !shape || (el.tag !== "tr" && !CELLS.has(el.tag))) return false;
    const grid = shape === "grid";
    if (el.tag === "tr") {
      if (at === "open") this.push(LINE_MARK + (grid ? "| " : ""));
      else if (grid && table.rows++ === 0) {
        const width = cellsOf(el).length;
        this.push(LINE_MARK + "|" + "---|".repeat(width));
      }
      return true;
    }
    if (at === "open") {
      this.cellDepth++;
      return true;
    }
    this.cellDepth--;
    if (grid) this.push(/\s$/.test(this.all[this.all.length - 1] ?? " ") ? "| " : " | ");
    else if (el.tag === "th") {
      if (!/:\s*$/.test(this.all[this.all.length - 1] ?? "")) this.push(":");
      this.push(" ");
    }
    return true;
  }

  private breakFor(name: string): void {
    if (this.cellDepth > 0) {
      // (A cell's paragraphs and line breaks stay on its row.)
      const spaced = /\s$/.test(this.all[this.all.length - 1] ?? " ");
      if (!spaced && (name === "br" || PARAGRAPHS.has(name) || LINES.has(name))) this.push(" ");
      return;
    }
    const term = this.afterTerm;
    this.afterTerm = false;
    if (name === "dd" && term) this.push(" ");
    else if (name === "br") this.push("\n");
    else if (PARAGRAPHS.has(name)) this.push(PARAGRAPH_MARK);
    else if (LINES.has(name)) this.push(LINE_MARK);
    else if (CELLS.has(name)) this.push(" ");
  }

  private push(chunk: string): void {
    if (this.muted > 0) return;
    this.all.push(chunk);
    if (this.articleDepth > 0) this.article.push(chunk);
    if (this.mainDepth > 0) this.main.push(chunk);
  }
}

/**
 * Walks `from` and its descendants into the collector; elements for which `mute` is true
 * are walked (their titles count) but give no text.
 */
function walk(from: El, into: TextCollector, mute: (el: El, c: TextCollector) => boolean): void {
  const stack: { el: El; i: number; muted: boolean }[] = [];
  const enter = (el: El): void => {
    const m = mute(el, into);
    into.open(el, m);
    stack.push({ el, i: 0, muted: m });
  };
  enter(from);
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { el: El; i: number; muted: boolean };
    const child = top.el.children[top.i++];
    if (child === undefined) {
      stack.pop();
      into.close(top.el, top.muted);
    } else if (typeof child === "string") into.text(child);
    else enter(child);
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

// ---------------------------------------------------------------------------------------
// Furniture by name, and measures of each element.

/** Class and id names of page furniture (Readability's list, with the genre's additions). */
const FURNITURE_NAMES =
  /-ad-|ad-break|agegate|ai2html|banner|breadcrumb|combx|comment|community|consent|cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|login|masthead|menu|nav|newsletter|pagination|pager|popular|popup|promo|related|remark|replies|rss|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor|subscribe|supplemental|tag-?cloud|toolbar|trending|widget|yom-remote/;
/** Furniture names that an article's own header may carry ("post-header"). */
const HEADER_NAMES = /header|masthead|banner/g;
/** Names that say an element holds the content, whatever else they say. */
const CONTENT_NAMES = /article|body|column|content|main|shadow|story/;
/** Names that weigh for (or against) a container. */
const POSITIVE_NAMES = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/;
const NEGATIVE_NAMES =
  /-ad-|hidden|banner|breadcrumb|combx|comment|consent|cookie|footer|gdpr|masthead|menu|nav|outbrain|promo|related|share|sharing|shoutbox|sidebar|skyscraper|social|sponsor|shopping|subscribe|tags|toolbar|widget/;
/** Class names that modify a layout rather than name a part ("has-sidebar", "no-comments"). */
const MODIFIER = /^(?:has|with|without|no|is|show|hide|layout|template|page-template)[-_]/;
const FURNITURE_ROLES = new Set([
  "menu",
  "menubar",
  "complementary",
  "navigation",
  "alert",
  "alertdialog",
  "dialog",
  "banner",
  "contentinfo",
  "search",
]);
/** A cookie or consent notice, by its words. */
const COOKIE_TEXT =
  /\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b|\bcookie (?:policy|settings|preferences|consent|notice)\b|\baccept (?:all )?cookies\b|\buse of cookies\b/i;
/** Headings after which a container holds no more of the story. */
const TAIL_HEADING =
  /^\s*(?:\d+\s+)?(?:comments?|responses?|replies|leave a (?:comment|reply)|join the (?:discussion|conversation)|related(?: (?:articles?|stories|posts|news|content|links|reading))?|read (?:more|also|next)|more (?:news|stories|articles|from [\p{L} ]{1,30})|you (?:may|might) also (?:like|be interested in)|see also|recommended(?: for you)?|trending(?: now)?|most (?:read|popular|viewed)|popular (?:posts|stories|articles)|latest (?:news|posts|stories|articles)|share(?: this)?(?: (?:article|story|post|page))?|tags?)\s*:?\s*$/iu;

/** Tags whose text is never kept (outside an article). */
const SILENT = new Set([...DROPPED, "title", "head", "dialog"]);
/** Tags that start a block (their text is not the inline text of their parent). */
const BLOCKS = new Set([
  ...PARAGRAPHS,
  ...LINES,
  ...CELLS,
  ...DROPPED,
  "tbody",
  "thead",
  "tfoot",
  "caption",
  "fieldset",
  "details",
  "summary",
  "center",
  "dialog",
  "menu",
]);
BLOCKS.delete("br");
BLOCKS.delete("hr");
/** Tags scored as paragraphs: their parent is the container they speak for. */
const SCORED = new Set(["p", "pre", "h2", "h3", "h4", "h5", "h6"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** What an element holds, counted over its kept descendants. */
interface Measure {
  /** Characters of text (whitespace collapsed). */
  text: number;
  /** Characters of link text. */
  link: number;
  /** Links and the words of their text. */
  links: number;
  linkWords: number;
  commas: number;
  /** Text and commas outside block children (what a paragraph of its own would hold). */
  inline: number;
  inlineCommas: number;
  /** True when the element has a block child. */
  blocks: boolean;
  paragraphs: number;
  /** True when some text of it speaks of cookies. */
  cookie: boolean;
}

const emptyMeasure = (): Measure => ({
  text: 0,
  link: 0,
  links: 0,
  linkWords: 0,
  commas: 0,
  inline: 0,
  inlineCommas: 0,
  blocks: false,
  paragraphs: 0,
  cookie: false,
});

/** The length of a text once HTML whitespace is collapsed (without building it). */
function collapsedLength(s: string): number {
  let n = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}

const countCommas = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf(","); i >= 0; i = s.indexOf(",", i + 1)) n++;
  for (let i = s.indexOf("،"); i >= 0; i = s.indexOf("،", i + 1)) n++;
  return n;
};
const countWords = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Measures every element that `skip` leaves, bottom-up over `order` (pre-order). */
function measure(order: El[], skip: (el: El) => boolean): Map<El, Measure> {
  const out = new Map<El, Measure>();
  for (let k = order.length - 1; k >= 0; k--) {
    const el = order[k] as El;
    if (skip(el)) continue;
    const m = emptyMeasure();
    for (const c of el.children) {
      if (typeof c === "string") {
        const len = collapsedLength(c);
        if (!m.cookie && /cookie/i.test(c)) m.cookie = true;
        const commas = countCommas(c);
        m.text += len;
        m.inline += len;
        m.commas += commas;
        m.inlineCommas += commas;
        if (el.tag === "a") m.linkWords += countWords(c);
        continue;
      }
      const cm = out.get(c);
      if (!cm) continue;
      m.text += cm.text;
      m.link += cm.link;
      m.links += cm.links;
      m.linkWords += cm.linkWords;
      m.commas += cm.commas;
      m.paragraphs += cm.paragraphs;
      if (cm.cookie) m.cookie = true;
      if (BLOCKS.has(c.tag)) m.blocks = true;
      else {
        m.inline += cm.inline;
        m.inlineCommas += cm.inlineCommas;
      }
    }
    if (el.tag === "a") {
      m.link = m.text;
      m.links += 1;
    }
    if (el.tag === "p") m.paragraphs += 1;
    out.set(el, m);
  }
  return out;
}

/** True when a class/id name marks furniture (`inArticle`: an article's header is kept). */
function furnitureName(names: string, inArticle: boolean): boolean {
  if (!names) return false;
  const n = inArticle ? names.replace(HEADER_NAMES, "") : names;
  return FURNITURE_NAMES.test(n) && !CONTENT_NAMES.test(n);
}

/**
 * True when one of an element's names ends on furniture ("article-comments", "entry-share",
 * "main-nav"): inside an article, the part of it that is no story.
 */
function furnitureTail(names: string): boolean {
  for (const name of names.split(" ")) {
    const last = (re: RegExp): number => {
      let at = -1;
      for (const m of name.matchAll(new RegExp(re.source, "g"))) at = m.index + m[0].length;
      return at;
    };
    const f = last(FURNITURE_NAMES);
    if (f >= 0 && f > last(CONTENT_NAMES)) return true;
  }
  return false;
}

/** +25 for a content name, −25 for a furniture name, for the class and the id together. */
function nameWeight(el: El): number {
  if (!el.names) return 0;
  let w = 0;
  if (NEGATIVE_NAMES.test(el.names)) w -= 25;
  if (POSITIVE_NAMES.test(el.names)) w += 25;
  return w;
}

/** The text of an element, collapsed (for short elements only: callers bound its size). */
function plainText(el: El): string {
  const parts: string[] = [];
  const stack: (El | string)[] = [el];
  while (stack.length > 0) {
    const c = stack.pop() as El | string;
    if (typeof c === "string") parts.push(c);
    else if (!SILENT.has(c.tag))
      for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i] as El | string);
  }
  return collapse(parts.join(" "));
}

/** Labels of a project's or an event's fact box ("Donor: X", "Partners: Y", "Duration: Z"). */
const FACT_LABEL =
  /(?:^|\n)\s*(?:donors?|funded by|funding|funders?|financed by|supported by|sponsors?|partners?|implementing (?:partners?|organi[sz]ations?)|implemented by|organi[sz]ers?|organi[sz]ed by|duration|period|budget|total budget|location|locations|venue|dates?|start date|end date|beneficiaries)\s*(?::|\n)/gi;
/** A fact box is short: a sidebar of this size holds no story and little else. */
const FACT_BOX_MAX = 1500;

/**
 * Asides and sidebars that hold a fact box (two labelled lines or more, "Donor: X", or a
 * <dt> term and its <dd>): they state the page's relations, so they are kept, not furniture.
 */
function factBoxes(order: El[]): Set<El> {
  const out = new Set<El>();
  for (const el of order) {
    if (el.tag !== "aside" && !furnitureName(el.names, false)) continue;
    if (el.parent && out.has(el.parent)) continue;
    const text = linedText(el, FACT_BOX_MAX);
    if (text.length < FACT_BOX_MAX && (text.match(FACT_LABEL)?.length ?? 0) >= 2) out.add(el);
  }
  return out;
}

/** An element's text with a line break per block, up to `max` characters (scripts left out). */
function linedText(el: El, max: number): string {
  let out = "";
  const stack: (El | string)[] = [el];
  while (stack.length > 0 && out.length < max) {
    const c = stack.pop() as El | string;
    if (typeof c === "string") out += c;
    else if (c.tag !== "script" && c.tag !== "style") {
      out += "\n";
      for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i] as El | string);
    }
  }
  return out;
}

/**
 * The elements set aside as furniture: by name, role or hidden state, and short blocks that
 * are cookie notices. An element holding more than half of the page's prose (its text other
 * than link text, `total`) is never set aside: a wrapper named "page-with-sidebar" holds
 * the story, a mega-menu holds links. Descendants of a set-aside element are not listed.
 */
function furniture(
  order: El[],
  raw: Map<El, Measure>,
  total: number,
  facts: ReadonlySet<El>,
): Set<El> {
  const out = new Set<El>();
  const within = new Set<El>();
  const article = new Set<El>();
  for (const el of order) {
    const p = el.parent;
    if (p && (within.has(p) || out.has(p))) {
      within.add(el);
      continue;
    }
    if (p && (article.has(p) || p.tag === "article" || p.tag === "main")) article.add(el);
    if (el.tag === "#root" || el.tag === "html" || el.tag === "body") continue;
    if (el.tag === "article" || el.tag === "main" || facts.has(el)) continue;
    const own = raw.get(el);
    const size = own?.text ?? 0;
    const prose = size - (own?.link ?? 0);
    if (prose * 2 > total && total > 0) continue;
    const byName = furnitureName(el.names, article.has(el));
    const byRole = FURNITURE_ROLES.has(el.role) && !article.has(el);
    const cookie =
      !!own?.cookie &&
      size > 0 &&
      size < 600 &&
      (!p || ["body", "html", "#root"].includes(p.tag) || (raw.get(p)?.text ?? 0) >= 600) &&
      COOKIE_TEXT.test(plainText(el));
    if (byName || byRole || el.hidden || el.tag === "dialog" || cookie) out.add(el);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Scoring (pages without <article> or <main>).

const TAG_BASE: Record<string, number> = {
  div: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** The share of an element's text that is link text. */
function linkDensity(m: Measure | undefined): number {
  return m && m.text > 0 ? m.link / m.text : 0;
}

/** What the scoring chose: the containers that make the article, and what to drop in them. */
interface Content {
  roots: El[];
  drop: Set<El>;
}

/** A link list of headlines, or any link-heavy block with a furniture name. */
function linkList(el: El, m: Measure | undefined): boolean {
  if (!m || m.text === 0 || linkDensity(m) <= 0.5) return false;
  return (m.links > 0 && m.linkWords / m.links >= 6) || furnitureTail(el.names);
}

/** A short block of nothing but links ("View online", "Unsubscribe · Preferences"). */
function linksOnly(m: Measure | undefined): boolean {
  return !!m && m.text > 0 && m.text < 100 && linkDensity(m) >= 0.8;
}

/** True for a heading (or a paragraph of one strong line) that opens the page's tail. */
function tailHeading(el: El, m: Measure | undefined): boolean {
  if (!m || m.text > 60) return false;
  if (!HEADINGS.has(el.tag) && el.tag !== "p" && el.tag !== "div") return false;
  return TAIL_HEADING.test(plainText(el));
}

/**
 * Finds the article of a page by scoring its containers (see the module comment), or
 * undefined when no paragraph is long enough to score.
 */
function findContent(order: El[], set: Set<El>, kept: Map<El, Measure>): Content | undefined {
  const score = new Map<El, number>();
  const candidate = (el: El): void => {
    if (!score.has(el)) score.set(el, (TAG_BASE[el.tag] ?? 0) + nameWeight(el));
  };
  for (const el of order) {
    const m = kept.get(el);
    if (!m) continue;
    let len: number;
    let commas: number;
    let first: El | undefined;
    if (SCORED.has(el.tag) || (!m.blocks && (el.tag === "div" || el.tag === "section"))) {
      len = m.text;
      commas = m.commas;
      first = el.parent;
    } else if (
      (m.blocks || el.tag === "td") &&
      m.inline >= 25 &&
      el.tag !== "li" &&
      el.tag !== "#root"
    ) {
      len = m.inline;
      commas = m.inlineCommas;
      first = el;
    } else continue;
    if (len < 25 || !first) continue;
    const points = 1 + commas + Math.min(Math.floor(len / 100), 3);
    let level = 0;
    for (let a: El | undefined = first; a && a.tag !== "#root" && level < 5; a = a.parent) {
      if (a.tag === "html") break;
      candidate(a);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      score.set(a, (score.get(a) ?? 0) + points / divider);
      level++;
    }
  }
  const final = (el: El): number => (score.get(el) ?? 0) * (1 - linkDensity(kept.get(el)));
  let top: El | undefined;
  for (const el of order) if (score.has(el) && (!top || final(el) > final(top))) top = el;
  if (!top) return undefined;
  // A parent that scores nearly as well holds more of the article (Readability's climb).
  let last = final(top);
  for (
    let p = top.parent;
    p && p.tag !== "body" && p.tag !== "#root" && p.tag !== "html";
    p = p.parent
  ) {
    if (!score.has(p)) continue;
    const s = final(p);
    if (s < final(top) / 3) break;
    if (s > last) {
      top = p;
      break;
    }
    last = s;
  }
  // An only child speaks for its parent.
  while (
    top.parent &&
    !["body", "#root", "html"].includes(top.parent.tag) &&
    top.parent.children.filter((c) => typeof c !== "string" || c.trim()).length === 1
  )
    top = top.parent;
  const roots: El[] = [];
  const parent = top.parent;
  const topScore = final(top);
  const threshold = Math.max(10, topScore * 0.2);
  let passedTop = false;
  for (const c of parent ? parent.children : [top]) {
    if (typeof c === "string" || set.has(c)) continue;
    const m = kept.get(c);
    if (c === top) {
      roots.push(c);
      passedTop = true;
      continue;
    }
    if (passedTop && tailHeading(c, m)) break;
    if (nameWeight(c) < 0 || !m) continue;
    // (A sibling of the top's own kind, a newsletter's other item, needs no absolute score.)
    const bar = sameKind(c, top) ? topScore * 0.2 : threshold;
    if (score.has(c) && final(c) >= bar) roots.push(c);
    else if (c.tag === "p") {
      const density = linkDensity(m);
      if (m.text > 80 && density < 0.25) roots.push(c);
      else if (m.text > 0 && m.text <= 80 && density === 0 && /\.(?: |$)/.test(plainText(c)))
        roots.push(c);
    }
  }
  // Inside the article: furniture by name, link lists of headlines, and the tail after a
  // "Related" or "Comments" heading.
  const drop = new Set<El>();
  const inRoots = new Set<El>(roots);
  for (const el of order) {
    const p = el.parent;
    if (!p || !inRoots.has(p) || drop.has(p)) continue;
    if (drop.has(el)) continue;
    inRoots.add(el);
    const m = kept.get(el);
    if (
      ["div", "section", "ul", "ol", "table", "dl", "p", "span"].includes(el.tag) &&
      (furnitureTail(el.names) || linkList(el, m) || linksOnly(m))
    )
      drop.add(el);
  }
  const rootSet = new Set(roots);
  for (const el of order) {
    if (!inRoots.has(el) || drop.has(el)) continue;
    let seenText = rootSet.has(el) ? 0 : 1;
    let cut = false;
    for (const c of el.children) {
      if (typeof c === "string") {
        if (c.trim()) seenText++;
        continue;
      }
      if (cut) {
        drop.add(c);
        continue;
      }
      const m = kept.get(c);
      if (seenText > 0 && tailHeading(c, m)) {
        cut = true;
        drop.add(c);
      } else if ((m?.text ?? 0) > 0) seenText++;
    }
  }
  return { roots, drop };
}

/**
 * The class names an element carries, or the first of its only children that carries some: a
 * newsletter's rows ("<tr><td class=mcnTextContent>") are alike by their cells.
 */
function signature(el: El): string {
  let e: El | undefined = el;
  for (let depth = 0; e && depth < 4; depth++) {
    if (e.names) return `${e.tag}.${e.names}`;
    const kids: El[] = e.children.filter((c): c is El => typeof c !== "string");
    e = kids.length === 1 ? kids[0] : undefined;
  }
  return "";
}

/** Siblings of the same kind as the article's top element (a newsletter's other items). */
function sameKind(a: El, b: El): boolean {
  const sig = signature(a);
  return sig !== "" && sig === signature(b);
}

/**
 * The page's headline element, when the article does not hold it, and the short lines that
 * follow it before the article (a <time>, "Posted on 21 June 2020"): a date or a byline,
 * no links.
 */
function leadingLines(
  h1: El | undefined,
  roots: El[],
  aside: Set<El>,
  kept: Map<El, Measure>,
): El[] {
  if (!h1 || /logo|brand|site-?(?:title|name)/.test(h1.names)) return [];
  const holdsRoot = new Set<El>();
  for (const r of roots) for (let a: El | undefined = r; a; a = a.parent) holdsRoot.add(a);
  for (let a: El | undefined = h1; a; a = a.parent) if (roots.includes(a)) return [];
  const out = [h1];
  let from: El = h1;
  for (let level = 0; level < 3 && from.parent; level++, from = from.parent) {
    const siblings = from.parent.children;
    let reached = false;
    for (let i = siblings.indexOf(from) + 1; i < siblings.length; i++) {
      const c = siblings[i];
      if (c === undefined || typeof c === "string" || aside.has(c)) continue;
      if (holdsRoot.has(c)) {
        reached = true;
        break;
      }
      const m = kept.get(c);
      if (m && m.text > 0 && m.text <= 100 && m.link === 0 && /\d/.test(plainText(c))) out.push(c);
    }
    if (reached || from.parent.tag === "body") break;
  }
  return out;
}

/** Extracts readable article text and the markup title from an HTML page. */
export function htmlToText(html: string): HtmlText {
  const root = parseTree(html);
  const order = preorder(root);
  const silentIn = new Set<El>();
  for (const el of order) {
    const p = el.parent;
    if (SILENT.has(el.tag) || (p && silentIn.has(p))) silentIn.add(el);
  }
  const raw = measure(order, (el) => silentIn.has(el));
  const whole = raw.get(root);
  const total = whole ? whole.text - whole.link : 0;
  const facts = factBoxes(order);
  const aside = furniture(order, raw, total, facts);
  const collector = new TextCollector(facts);
  walk(root, collector, (el) => aside.has(el));
  const markupTitle = collector.h1 || collapse(collector.title) || undefined;
  const article = tidy(collector.article);
  const main = tidy(collector.main);
  let text = article || main;
  if (!text) {
    const hidden = new Set<El>();
    for (const el of order) {
      const p = el.parent;
      if (aside.has(el) || (p && hidden.has(p))) hidden.add(el);
    }
    const kept = measure(order, (el) => silentIn.has(el) || hidden.has(el));
    const content = findContent(order, aside, kept);
    if (content) {
      const out = new TextCollector(facts);
      const mute = (el: El): boolean => aside.has(el) || content.drop.has(el);
      for (const el of leadingLines(collector.h1Element, content.roots, aside, kept))
        walk(el, out, mute);
      for (const el of content.roots) walk(el, out, mute);
      // A fact box beside the story (a sidebar's "Donor: X") is read after it.
      const inRoot = (el: El): boolean => {
        for (let a: El | undefined = el; a; a = a.parent)
          if (content.roots.includes(a)) return true;
        return false;
      };
      for (const el of facts) if (!inRoot(el)) walk(el, out, mute);
      text = tidy(out.all);
    }
    if (!text) text = tidy(collector.all);
  }
  return markupTitle ? { text, markupTitle } : { text };
}

// ---------------------------------------------------------------------------------------
// The encoding a page declares.

/**
 * The character encoding a page declares in its first 1024 bytes, read as ASCII (the
 * WHATWG prescan, simplified): `<meta charset="…">`, or `<meta http-equiv="Content-Type"
 * content="…; charset=…">`, outside comments. The label is returned trimmed and in lower
 * case, as written ("windows-1256", "iso-8859-6", "utf-8"); a UTF-16 label is read as
 * UTF-8 (bytes that spell ASCII tags are not UTF-16), and "x-user-defined" as
 * windows-1252, as the standard says. Undefined when the page declares nothing.
 */
export function charsetFromMeta(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 1024);
  let head = "";
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i] as number);
  head = head.replace(/<!--[\s\S]*?(?:-->|$)/g, " ");
  for (const tag of head.matchAll(/<meta\b([^>]*)>?/gi)) {
    const attrs = new Map<string, string>();
    for (const a of (tag[1] ?? "").matchAll(
      /([^\s"'=/>]+)\s*(?:=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?/g,
    )) {
      const name = (a[1] ?? "").toLowerCase();
      if (!attrs.has(name)) attrs.set(name, a[2] ?? a[3] ?? a[4] ?? "");
    }
    let label = attrs.get("charset");
    if (label === undefined && /^content-type$/i.test((attrs.get("http-equiv") ?? "").trim()))
      label = /charset\s*=\s*["']?\s*([^\s"';]+)/i.exec(attrs.get("content") ?? "")?.[1];
    label = label?.trim().toLowerCase();
    if (!label) continue;
    if (/^(?:utf-16(?:be|le)?|unicodefffe|csunicode|iso-10646-ucs-2|ucs-2|unicode)$/.test(label))
      return "utf-8";
    if (label === "x-user-defined") return "windows-1252";
    return label;
  }
  return undefined;
}
