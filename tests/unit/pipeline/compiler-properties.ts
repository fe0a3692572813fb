/**
 * Property-based checks of the pure compiler, shared by the unit test (a thousand cases) and
 * `npm run fuzz` (as many as asked). Inputs: random Unicode text, random bytes, random HTML,
 * random markdown and random documents of the genre (press releases and project pages, built
 * from word lists), alone or mixed. Properties: compileCorpus never throws; every mention and
 * every evidence span lies inside a compiled document and a mention's text is its node's label
 * or an alias, never part of an e-mail address; the output validates; a second run (files in
 * reverse order) gives the same bytes.
 */
import fc from "fast-check";
import { compileCorpus } from "../../../src/compiler/index.ts";
import type { CorpusFile } from "../../../src/compiler/index.ts";
import { normalise } from "../../../src/compiler/normalise.ts";
import { redactContacts } from "../../../src/compiler/redact.ts";
import { parseDocuments, parseGraph } from "../../../src/model/schema.ts";

const encoder = new TextEncoder();

// ---------------------------------------------------------------- word lists of the genre

const PLACES = [
  "Amman",
  "Baghdad",
  "Erbil",
  "Mosul",
  "Basra",
  "Beirut",
  "Tunis",
  "Aden",
  "Khartoum",
  "Gaziantep",
  "Jordan",
  "Iraq",
  "Lebanon",
  "Yemen",
];
const ADJECTIVES = [
  "Iraqi",
  "Jordanian",
  "Arab",
  "Regional",
  "National",
  "Local",
  "Youth",
  "Women's",
  "Civil",
  "Independent",
];
const TOPICS = [
  "Peace",
  "Development",
  "Human Rights",
  "Water",
  "Democracy",
  "Reconciliation",
  "Media",
  "Governance",
  "Education",
  "Health",
];
const HEADS = [
  "Association",
  "Foundation",
  "Network",
  "Centre",
  "Organisation",
  "Institute",
  "Union",
  "Council",
  "Alliance",
  "Society",
];
const KNOWN = [
  "UNDP",
  "UNOPS",
  "UNICEF",
  "the European Union",
  "Oxfam",
  "Save the Children",
  "the Ministry of Planning",
  "the United Nations Development Programme",
  "USAID",
  "the Embassy of the Netherlands",
  "Mercy Corps",
];
const FIRST = ["Ahmed", "Lina", "Omar", "Huda", "Sara", "Karim", "Mona", "Yusuf", "Rania", "Ali"];
const LAST = ["Hassan", "Haddad", "Al-Sakkaf", "bin Salem", "Farouk", "Abdel-Rahman", "Khalil"];
const HONORIFICS = ["Mr.", "Ms.", "Dr.", "H.E.", "Prof.", "Eng.", ""];
const ROLES = ["Director", "Coordinator", "Chairperson", "Programme Manager", "Head", "Founder"];
const EVENTS = [
  "Conference",
  "Workshop",
  "Forum",
  "Roundtable",
  "Training",
  "Meeting",
  "Project",
  "Programme",
  "Symposium",
];
const ORDINALS = ["First", "Second", "Third", "Annual", "5th", "International", ""];
const MONTHS = ["January", "March", "May", "June", "September", "November", "December"];
const CURRENCIES = ["USD", "EUR", "$", "€", "SEK", "JOD", "GBP"];
const VERBS_ORG = ["organised", "held", "hosted", "convened", "launched", "implemented"];
const VERBS_JOIN = ["took part in", "participated in", "attended", "joined", "contributed to"];
const VERBS_FUND = ["funded", "supported", "financed", "sponsored"];
const NOISE = [
  "(",
  ")",
  "“",
  "”",
  "'s",
  "–",
  "—",
  ";",
  ":",
  "...",
  "*",
  "#",
  "<b>",
  "</p>",
  "&amp;",
  "\u200f",
  "\u00a0",
  "ال",
  "١٢",
  "\t",
];

/** A pick from a list, by a random natural number (the arbitraries below draw those). */
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/** Builds text from templates; `r` is a stream of random naturals, read in order. */
class Builder {
  private i = 0;
  constructor(private readonly r: number[]) {}
  n(): number {
    const v = this.r[this.i % this.r.length] ?? 0;
    this.i++;
    return v;
  }
  of<T>(list: readonly T[]): T {
    return pick(list, this.n());
  }
  org(): string {
    switch (this.n() % 4) {
      case 0:
        return this.of(KNOWN);
      case 1:
        return `the ${this.of(ADJECTIVES)} ${this.of(TOPICS)} ${this.of(HEADS)}`;
      case 2:
        return `${this.of(PLACES)} ${this.of(HEADS)} for ${this.of(TOPICS)}`;
      default:
        return `Al-${this.of(LAST).replace(/^(?:Al-|bin )/, "")} ${this.of(HEADS)}`;
    }
  }
  person(): string {
    const h = this.of(HONORIFICS);
    return `${h ? `${h} ` : ""}${this.of(FIRST)} ${this.of(LAST)}`;
  }
  event(): string {
    const o = this.of(ORDINALS);
    return `the ${o ? `${o} ` : ""}${this.of(TOPICS)} ${this.of(EVENTS)}`;
  }
  date(): string {
    const day = (this.n() % 31) + 1;
    const year = 1995 + (this.n() % 32);
    const month = this.n() % 12;
    switch (this.n() % 6) {
      case 0:
        return `${day} ${this.of(MONTHS)} ${year}`;
      case 1:
        return `${this.of(MONTHS)} ${year}`;
      case 2:
        return `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      case 3:
        return `from ${this.of(MONTHS)} ${year} to ${this.of(MONTHS)} ${year + 1}`;
      case 4:
        return `${day}.${month + 1}.${year}`;
      default:
        return `${year}-${year + 1 + (this.n() % 3)}`;
    }
  }
  amount(): string {
    const c = this.of(CURRENCIES);
    const v = ["350,000", "1.2 million", "50 000", "2,221,818", "two million", "900", "1e9", "0.5"];
    return c.length === 1 ? `${c}${this.of(v)}` : `${c} ${this.of(v)}`;
  }
  contact(): string {
    const user = this.of(FIRST).toLowerCase();
    const domain = this.of(["unops.org", "undp.org", "example.jo", "oxfam.org.uk"]);
    const phone = this.of([
      "+964 770 123 4567",
      "00962-6-555-1234",
      "(06) 555 1234",
      "+1 202 555 0100",
    ]);
    return this.n() % 2 === 0
      ? `For more information contact ${this.person()} at ${user}@${domain}.`
      : `Tel: ${phone}, e-mail: ${user}@${domain}`;
  }
  sentence(): string {
    switch (this.n() % 12) {
      case 0:
        return `${cap(this.org())} ${this.of(VERBS_ORG)} ${this.event()} in ${this.of(PLACES)} on ${this.date()}.`;
      case 1:
        return `${cap(this.org())}, ${this.org()} and ${this.org()} ${this.of(VERBS_JOIN)} ${this.event()}.`;
      case 2:
        return `${cap(this.event())} was ${this.of(VERBS_FUND)} by ${this.org()} with ${this.amount()}.`;
      case 3:
        return `"${cap(this.of(TOPICS).toLowerCase())} matters," said ${this.person()}, ${this.of(ROLES)} of ${this.org()}.`;
      case 4:
        return `${this.person()}, ${this.of(ROLES)} of ${this.org()}, opened ${this.event()}.`;
      case 5: {
        const name = `${this.of(ADJECTIVES)} ${this.of(TOPICS)} ${this.of(HEADS)}`;
        const acronym = name
          .split(/\s+/)
          .map((w) => w[0])
          .join("")
          .toUpperCase();
        return `The ${name} (${acronym}) ${this.of(VERBS_ORG)} ${this.event()}; ${acronym} thanked ${this.org()}.`;
      }
      case 6:
        return `${cap(this.org())} received ${this.amount()} from ${this.org()} for ${this.event()} (${this.date()}).`;
      case 7:
        return `${this.person()} and ${this.person()} spoke at ${this.event()} in ${this.of(PLACES)}.`;
      case 8:
        return this.contact();
      case 9:
        return `${this.of(PLACES)} – ${this.of(NOISE)} ${this.org()} ${this.of(NOISE)} ${this.date()} ${this.of(NOISE)}`;
      case 10:
        return `In partnership with ${this.org()}, ${this.org()} implemented ${this.event()} ${this.date()}.`;
      default:
        return `${cap(this.org())} is a member of ${this.org()}.`;
    }
  }
  document(): string {
    const lines: string[] = [];
    if (this.n() % 2 === 0)
      lines.push(
        `${cap(this.org())} ${this.of(VERBS_ORG)} ${this.event()}`.replace(/^the /, ""),
        "",
      );
    if (this.n() % 3 === 0) lines.push(`By ${this.of(FIRST)} ${this.of(LAST)}`, "");
    if (this.n() % 3 === 0) lines.push(`Posted on ${this.date()}`, "");
    const paragraphs = 1 + (this.n() % 3);
    for (let p = 0; p < paragraphs; p++) {
      const sentences: string[] = [];
      const count = 1 + (this.n() % 4);
      for (let s = 0; s < count; s++) sentences.push(this.sentence());
      const lead = p === 0 && this.n() % 2 === 0 ? `${this.of(PLACES)}, ${this.date()} – ` : "";
      lines.push(lead + sentences.join(" "), "");
    }
    return lines.join("\n").trim();
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------- arbitraries

const randoms = fc.array(fc.nat(), { minLength: 16, maxLength: 64 });

/** A document of the genre: headline, byline, dateline and sentences from the word lists. */
export const genreText: fc.Arbitrary<string> = randoms.map((r) => new Builder(r).document());

/** Code points that stress the front end: spaces, controls, marks, RTL, surrogates' neighbours. */
const tricky = fc.constantFrom(
  " ",
  "\n",
  "\r\n",
  "\r",
  "\t",
  "\u00a0",
  "\u2028",
  "\u0085",
  "\ufeff",
  "\u0000",
  "\u001b",
  "\u0301",
  "\u200f",
  "\u202e",
  ".",
  ". ",
  "Mr. ",
  "(",
  ")",
  "[",
  "<",
  ">",
  "&",
  "@",
  "+",
  "-",
  "–",
  "“",
  "’s ",
  "A",
  "Z",
  "ا",
  "ب",
  "é",
  "\u{1F600}",
  "\u{10FFFF}",
  "0",
  "9",
  "2019",
);
/** Random Unicode text, with a bias towards characters that matter to the stages. */
export const unicodeText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300, size: "medium" }),
  fc.string({ unit: "grapheme", maxLength: 200, size: "medium" }),
  fc.string({
    unit: fc.oneof(tricky, fc.string({ unit: "binary", maxLength: 2 })),
    maxLength: 200,
    size: "medium",
  }),
);

const TAGS = [
  "p",
  "div",
  "span",
  "h1",
  "h2",
  "article",
  "main",
  "header",
  "nav",
  "script",
  "style",
  "li",
  "ul",
  "table",
  "tr",
  "td",
  "br",
  "pre",
  "title",
  "a",
  "b",
];
/** Random HTML: nested elements (sometimes unclosed), attributes, entities, comments, text. */
export const htmlText: fc.Arbitrary<string> = fc
  .letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.oneof(
        unicodeText,
        genreText.map((t) => t.slice(0, 300)),
        fc.constantFrom(
          "&amp;",
          "&nbsp;",
          "&#x41;",
          "&bogus;",
          "<!-- c -->",
          "<!--",
          "<",
          ">",
          "</",
          "<br/>",
        ),
      ),
      fc
        .tuple(
          fc.constantFrom(...TAGS),
          fc.constantFrom("", ' class="x"', " id=a", ' title="A &amp; B"', " data-x='<p>'"),
          fc.array(tie("node"), { maxLength: 4 }),
          fc.boolean(),
        )
        .map(
          ([tag, attrs, kids, close]) =>
            `<${tag}${attrs}>${kids.join("")}${close ? `</${tag}>` : ""}`,
        ),
    ),
  }))
  .node.map(
    (body) => `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`,
  );

/** Random markdown: the genre's sentences with markup of markdown around and inside them. */
export const markdownText: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.constantFrom("", "# ", "## ", "> ", "- ", "1. ", "    ", "```\n", "---\n", "* "),
      fc.oneof(
        genreText.map((t) => t.slice(0, 400)),
        unicodeText,
      ),
      fc.constantFrom("", "**", "_", "`", "[", "](http://x.org)", "![a](b.png)", "~~", "\n"),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.map(([a, b, c]) => `${a}${b}${c}`).join("\n"));

/** A mix: the genre's sentences with random text spliced in. */
export const mixedText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof({ weight: 3, arbitrary: randoms.map((r) => new Builder(r).sentence()) }, unicodeText),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(" "));

/** One file of a corpus. */
function file(name: string, text: fc.Arbitrary<string>): fc.Arbitrary<CorpusFile> {
  return text.map((t) => ({ id: name, bytes: encoder.encode(t) }));
}

/** The corpora each property is checked on, with the share of runs each gets. */
export const CORPORA: { name: string; weight: number; files: fc.Arbitrary<CorpusFile[]> }[] = [
  {
    name: "random Unicode text",
    weight: 2,
    files: fc.tuple(file("a.txt", unicodeText)).map((f) => [...f]),
  },
  {
    name: "random bytes",
    weight: 2,
    files: fc
      .tuple(
        fc.constantFrom("a.txt", "a.md", "a.html", "a.htm"),
        fc.uint8Array({ maxLength: 400, size: "medium" }),
      )
      .map(([id, bytes]) => [{ id, bytes }]),
  },
  {
    name: "random HTML",
    weight: 2,
    files: fc.tuple(file("page.html", htmlText)).map((f) => [...f]),
  },
  {
    name: "random markdown",
    weight: 1,
    files: fc.tuple(file("notes.md", markdownText)).map((f) => [...f]),
  },
  {
    name: "documents of the genre",
    weight: 2,
    files: fc.tuple(file("a.txt", genreText), file("c/d.md", genreText)).map((f) => [...f]),
  },
  {
    name: "mixes of the genre and noise",
    weight: 1,
    files: fc
      .tuple(file("x.txt", mixedText), file("y.html", htmlText), file("z.txt", genreText))
      .map((f) => [...f]),
  },
];

// ---------------------------------------------------------------- the property

/** A plausible e-mail address (written independently of the compiler's redaction). */
const ADDRESS = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** True when `text[start, end)` overlaps an e-mail address in the word that holds it. */
function insideAddress(text: string, start: number, end: number): boolean {
  let s = start;
  let e = end;
  while (s > 0 && !/\s/.test(text.charAt(s - 1))) s--;
  while (e < text.length && !/\s/.test(text.charAt(e))) e++;
  for (const m of text.slice(s, e).matchAll(ADDRESS))
    if (s + m.index < end && s + m.index + m[0].length > start) return true;
  return false;
}

/** Why a compiled corpus breaks the contract, or undefined when it keeps it. */
export function violation(files: CorpusFile[]): string | undefined {
  const first = compileCorpus(files);
  const graphJson = JSON.stringify(first.graph);
  const documentsJson = JSON.stringify(first.documents);
  parseGraph(JSON.parse(graphJson));
  parseDocuments(JSON.parse(documentsJson));
  const texts = new Map(
    first.documents.documents.filter((d) => d.status === "compiled").map((d) => [d.id, d.text]),
  );
  const inside = (s: { doc: string; start: number; end: number }): string | undefined => {
    const text = texts.get(s.doc);
    if (text === undefined) return `span in a document that did not compile: ${s.doc}`;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end)))
      return `span with offsets that are not whole numbers: ${JSON.stringify(s)}`;
    if (s.start < 0 || s.end > text.length || s.start >= s.end)
      return `span outside its document (length ${text.length}): ${JSON.stringify(s)}`;
    return undefined;
  };
  for (const node of first.graph.nodes) {
    const names = [node.attributes.label, ...node.attributes.aliases];
    for (const m of node.attributes.mentions) {
      const bad = inside(m);
      if (bad) return `node ${node.key}: ${bad}`;
      const text = texts.get(m.doc) ?? "";
      const said = text.slice(m.start, m.end);
      if (!names.includes(said))
        return `node ${node.key}: mention ${JSON.stringify(said)} at ${m.doc}:${m.start} is not one of ${JSON.stringify(names)}`;
      if (insideAddress(text, m.start, m.end))
        return `node ${node.key}: mention ${JSON.stringify(said)} at ${m.doc}:${m.start} is inside an e-mail address`;
    }
  }
  for (const edge of first.graph.edges)
    for (const e of edge.attributes.evidence) {
      const bad = inside(e);
      if (bad) return `edge ${edge.key}: ${bad}`;
    }
  const second = compileCorpus([...files].reverse());
  if (JSON.stringify(second.graph) !== graphJson) return "graph.json differs on a second run";
  if (JSON.stringify(second.documents) !== documentsJson)
    return "documents.json differs on a second run";
  return undefined;
}

/** The files of a corpus as text, for a failure message (fast-check prints bytes). */
function readable(files: CorpusFile[]): string {
  const decoder = new TextDecoder();
  const shown = files.map((f) =>
    "bytes" in f ? `${f.id}: ${JSON.stringify(decoder.decode(f.bytes))}` : `${f.id}: (${f.error})`,
  );
  return shown.join("\n   ").slice(0, 4000);
}

/** The contract property over one kind of corpus. */
export function compilerProperty(
  files: fc.Arbitrary<CorpusFile[]>,
): fc.IPropertyWithHooks<[CorpusFile[]]> {
  return fc.property(files, (corpus) => {
    const problem = violation(corpus);
    if (problem) throw new Error(`${problem}\nin ${readable(corpus)}`);
  });
}

/** Cheap properties of the text stages themselves. */
export const textProperties: { name: string; property: fc.IPropertyWithHooks<[string]> }[] = [
  {
    name: "normalise is idempotent",
    property: fc.property(unicodeText, (t) => {
      const once = normalise(t);
      if (normalise(once) !== once) throw new Error("normalise(normalise(x)) !== normalise(x)");
    }),
  },
  {
    name: "redaction keeps the length and every character outside a contact",
    property: fc.property(fc.oneof(unicodeText, mixedText), (t) => {
      const { text } = redactContacts(t);
      if (text.length !== t.length) throw new Error("redaction changed the length");
      for (let i = 0; i < t.length; i++)
        if (text[i] !== t[i] && text[i] !== "\u2588") throw new Error(`changed character ${i}`);
    }),
  },
];

/** Splits `total` runs between the corpora by weight (each gets at least one). */
export function runsPerCorpus(total: number): number[] {
  const weights = CORPORA.reduce((a, c) => a + c.weight, 0);
  const runs = CORPORA.map((c) => Math.max(1, Math.floor((total * c.weight) / weights)));
  runs[0] = (runs[0] ?? 0) + Math.max(0, total - runs.reduce((a, b) => a + b, 0));
  return runs;
}
