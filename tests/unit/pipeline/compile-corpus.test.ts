// compileCorpus: the pure entry point, with a fake extractor so only our stages are tested.
import { describe, expect, it } from "vitest";
import { compileCorpus } from "../../../src/compiler/index.ts";
import type { CorpusFile } from "../../../src/compiler/index.ts";
import { fakeExtract, shuffled } from "./fixtures.ts";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function corpus(): CorpusFile[] {
  return [
    {
      id: "b/press.txt",
      bytes: utf8(
        "\ufeffAmman, 2007\r\n\r\nUnited Nations met European Union and Human Rights Watch.\r\n",
      ),
    },
    {
      id: "a.html",
      bytes: utf8(
        "<title>T</title><nav>Menu Bar</nav><article><h1>Big News</h1><p>Save Children joined Oxfam Novib.</p></article>",
      ),
    },
    { id: "c.md", bytes: utf8("# Notes\n\n**Save Children** met [Oxfam Novib](http://x).") },
    { id: "empty.txt", bytes: new Uint8Array() },
    { id: "scan.pdf", bytes: utf8("%PDF-1.4") },
    { id: "gone.txt", error: "unreadable (EACCES)" },
  ];
}

describe("compileCorpus", () => {
  it("keeps every file in documents.json, sorted by id, with status and reason", () => {
    const { documents, summary } = compileCorpus(corpus(), { extract: fakeExtract });
    expect(documents.documents.map((d) => [d.id, d.status, d.error])).toEqual([
      ["a.html", "compiled", undefined],
      ["b/press.txt", "compiled", undefined],
      ["c.md", "compiled", undefined],
      ["empty.txt", "failed", "empty file"],
      ["gone.txt", "failed", "unreadable (EACCES)"],
      ["scan.pdf", "skipped", "unsupported file type .pdf"],
    ]);
    expect(summary.documents).toEqual({ compiled: 3, failed: 2, skipped: 1 });
    expect(summary.problems.map((p) => p.id)).toEqual(["empty.txt", "gone.txt", "scan.pdf"]);
  });

  it("normalises text, strips markup and takes titles from extraction", () => {
    const { documents } = compileCorpus(corpus(), { extract: fakeExtract });
    const byId = new Map(documents.documents.map((d) => [d.id, d]));
    expect(byId.get("b/press.txt")?.text).toBe(
      "Amman, 2007\n\nUnited Nations met European Union and Human Rights Watch.",
    );
    expect(byId.get("a.html")?.text).toBe("Big News\n\nSave Children joined Oxfam Novib.");
    expect(byId.get("c.md")?.text).toBe("Notes\n\nSave Children met Oxfam Novib.");
    expect(byId.get("a.html")?.title).toBe("Title of a.html");
    expect(byId.get("empty.txt")?.title).toBe("empty.txt");
  });

  it("builds a valid graph whose mentions point into documents.json text", () => {
    const { graph, documents, summary } = compileCorpus(corpus(), { extract: fakeExtract });
    const text = new Map(documents.documents.map((d) => [d.id, d.text]));
    for (const node of graph.nodes)
      for (const m of node.attributes.mentions)
        expect(text.get(m.doc)?.slice(m.start, m.end)).toBe(node.attributes.label);
    expect(summary.nodesByKind.organisation).toBe(graph.nodes.length);
    expect(summary.edgesByKind.participated).toBe(graph.edges.length);
  });

  it("reports stage timings, with the extractor's own under extract.*", () => {
    const { timings } = compileCorpus(corpus(), { extract: fakeExtract });
    for (const stage of [
      "decode",
      "markup",
      "normalise",
      "extract",
      "assemble",
      "layout",
      "validate",
    ])
      expect(timings[stage]).toBeGreaterThanOrEqual(0);
    expect(timings["extract.fake"]).toBe(1);
  });

  it("is independent of input order", () => {
    const strip = (r: ReturnType<typeof compileCorpus>): string =>
      JSON.stringify([r.graph, r.documents]);
    const base = strip(compileCorpus(corpus(), { extract: fakeExtract }));
    expect(strip(compileCorpus(shuffled(corpus(), 3), { extract: fakeExtract }))).toBe(base);
  });

  it("fails a second file with the same id, and an HTML page with no text", () => {
    const files: CorpusFile[] = [
      { id: "x.txt", bytes: utf8("Alpha Beta") },
      { id: "x.txt", bytes: utf8("Gamma Delta") },
      { id: "y.htm", bytes: utf8("<script>only()</script>") },
    ];
    const docs = compileCorpus(files, { extract: fakeExtract }).documents.documents;
    expect(docs.map((d) => [d.status, d.error])).toEqual([
      ["compiled", undefined],
      ["failed", "duplicate document id"],
      ["failed", "no text content"],
    ]);
  });

  it("compiles an empty corpus without calling the extractor", () => {
    const result = compileCorpus([], {
      extract: () => {
        throw new Error("not called");
      },
    });
    expect(result.graph.nodes).toEqual([]);
    expect(result.documents.documents).toEqual([]);
  });

  it("reports progress per file and per stage", () => {
    const stages: string[] = [];
    compileCorpus(corpus(), {
      extract: fakeExtract,
      onProgress: (p) => stages.push(`${p.stage}:${p.done}/${p.total}`),
    });
    expect(stages.slice(0, 2)).toEqual(["prepare:1/6", "prepare:2/6"]);
    expect(stages.slice(6)).toEqual(["extract:0/1", "assemble:0/1", "layout:0/1", "validate:0/1"]);
  });

  it("respects maxBytes", () => {
    const docs = compileCorpus([{ id: "a.txt", bytes: utf8("Alpha Beta") }], {
      extract: fakeExtract,
      maxBytes: 4,
    });
    expect(docs.documents.documents[0]?.error).toBe("file too large: 10 bytes (limit 4)");
  });
});
