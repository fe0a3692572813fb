// Your own documents in the browser: how picked files are named, sorted into documents or a
// compiled pair, read (the command line's rules), compiled, and that the browser's compile
// gives the command line's bytes for the same files.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFound, toJson, walk } from "../../../scripts/compile-io.ts";
import { compileCorpus } from "../../../src/compiler/index.ts";
import {
  compileEntries,
  NothingToCompile,
  readEntry,
} from "../../../src/app/upload/compile-files.ts";
import type { ReadableEntry } from "../../../src/app/upload/compile-files.ts";
import { browserMeta, datasetFrom } from "../../../src/app/upload/open-files.ts";
import { classifyPicked, cleanPath, corpusEntries } from "../../../src/app/upload/picked.ts";
import type { PickedFile } from "../../../src/app/upload/picked.ts";
import { progressView } from "../../../src/app/upload/progress.ts";

const PRESS = `Northwind Relief Network and Harbour Youth Forum hold a workshop on flood shelters

Port Elwyn, 12 March 2024 – The Northwind Relief Network and the Harbour Youth Forum held a two-day workshop on flood shelters in Port Elwyn on 11-12 March 2024. The workshop was funded by the Lakeside Foundation.

"Young volunteers are the first responders here," said Mara Quill, director of the Northwind Relief Network.
`;
const PROJECT = `# Coastal Kitchens project

The Lakeside Foundation funded the Coastal Kitchens project of the Harbour Youth Forum in 2023.
Partners include the Northwind Relief Network and the Saltmarsh Women's Cooperative.
`;
const PAGE = `<!doctype html><html><head><title>Saltmarsh news</title></head><body><nav>Home | About</nav>
<article><h1>Saltmarsh Women's Cooperative joins regional forum</h1>
<p>The Saltmarsh Women's Cooperative took part in the Eastern Shore Civic Forum in Brightwater on 4 May 2024, organised by the Harbour Youth Forum.</p></article></body></html>`;

const file = (text: string | Uint8Array, name = "x"): File =>
  new File([typeof text === "string" ? text : new Uint8Array(text)], name);
const pick = (p: string, content: string | Uint8Array = "text"): PickedFile => ({
  path: p,
  file: file(content, p.slice(p.lastIndexOf("/") + 1)),
});

describe("picked files as the compiler names them", () => {
  it("takes off the one folder a picked or dropped folder sits in", () => {
    const entries = corpusEntries([
      pick("reports/b.txt"),
      pick("reports/2024/a.md"),
      pick("reports/a.html"),
    ]);
    expect(entries.map((e) => e.id)).toEqual(["2024/a.md", "a.html", "b.txt"]);
  });

  it("keeps the names of files picked one by one, and the folders of several folders", () => {
    expect(corpusEntries([pick("b.txt"), pick("a.txt")]).map((e) => e.id)).toEqual([
      "a.txt",
      "b.txt",
    ]);
    expect(corpusEntries([pick("one/a.txt"), pick("two/a.txt")]).map((e) => e.id)).toEqual([
      "one/a.txt",
      "two/a.txt",
    ]);
    // A file beside a folder: nothing is taken off.
    expect(corpusEntries([pick("one/a.txt"), pick("b.txt")]).map((e) => e.id)).toEqual([
      "b.txt",
      "one/a.txt",
    ]);
  });

  it("leaves out hidden files and folders, as the command line does", () => {
    const entries = corpusEntries([
      pick("/docs/a.txt"),
      pick("docs/.git/config"),
      pick("docs/.notes.txt"),
      pick("docs/sub/.DS_Store"),
    ]);
    expect(entries.map((e) => e.id)).toEqual(["a.txt"]);
  });

  it("cleans paths from a drop (leading slash) or another system (backslashes)", () => {
    expect(cleanPath("/folder/a.txt")).toBe("folder/a.txt");
    expect(cleanPath("folder\\sub\\a.txt")).toBe("folder/sub/a.txt");
    expect(cleanPath("./a//b.txt")).toBe("a/b.txt");
  });

  it("opens graph.json with documents.json as compiled data, and compiles anything else", () => {
    const pair = classifyPicked([pick("out/graph.json"), pick("out/documents.json")]);
    expect(pair.kind).toBe("compiled");
    const files = classifyPicked([pick("a.txt"), pick("b.txt")]);
    expect(files.kind === "documents" && files.folder).toBe(null);
    const lone = classifyPicked([pick("graph.json"), pick("a.txt")]);
    expect(lone.kind).toBe("documents");
    expect(classifyPicked([pick(".hidden.txt")]).kind).toBe("empty");
    expect(classifyPicked([]).kind).toBe("empty");
  });
});

describe("reading picked files (the command line's rules)", () => {
  const unread = (id: string, size: number): ReadableEntry => ({
    id,
    size,
    read: () => Promise.reject(new Error("must not be read")),
  });

  it("fails an oversized file without reading it", async () => {
    expect(await readEntry(unread("big.txt", 101), 100)).toEqual({
      id: "big.txt",
      error: "file too large: 101 bytes (limit 100)",
    });
  });

  it("skips a type the compiler does not read without reading it, with the compiler's reason", async () => {
    expect(await readEntry(unread("scan.pdf", 10), 100)).toEqual({
      id: "scan.pdf",
      error: "unsupported file type .pdf",
      status: "skipped",
    });
    expect(await readEntry(unread("README", 10), 100)).toMatchObject({ status: "skipped" });
  });

  it("fails an unreadable file with its reason", async () => {
    const broken: ReadableEntry = {
      id: "a.txt",
      size: 3,
      read: () => Promise.reject(new DOMException("gone", "NotFoundError")),
    };
    expect(await readEntry(broken, 100)).toEqual({
      id: "a.txt",
      error: "unreadable (NotFoundError: gone)",
    });
  });

  it("reads a document's bytes", async () => {
    const entry: ReadableEntry = {
      id: "a.txt",
      size: 2,
      read: () => Promise.resolve(new TextEncoder().encode("hi").buffer),
    };
    const read = await readEntry(entry, 100);
    expect("bytes" in read && [...read.bytes]).toEqual([104, 105]);
  });

  it("refuses a set of files with no document", async () => {
    const entries = [unread("a.pdf", 1), unread("graph.json", 1)];
    await expect(compileEntries(entries)).rejects.toThrow(NothingToCompile);
    await expect(compileEntries(entries)).rejects.toThrow(/No documents .* among the 2 file/);
  });
});

describe("the browser's compile", () => {
  let dir = "";
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "rabita-upload-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const corpus: [string, string | Uint8Array][] = [
    ["press/workshop.txt", PRESS],
    ["press/coastal-kitchens.md", PROJECT],
    ["web/forum.html", PAGE],
    ["empty.txt", ""],
    ["binary.txt", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0, 1, 2])],
    ["photo.jpg", new Uint8Array([0xff, 0xd8, 0xff, 0xe0])],
    [".hidden.txt", "Hidden Agency met the Secret Council."],
  ];

  it("gives the same graph.json and documents.json as the command line for the same files", async () => {
    for (const [name, content] of corpus) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), content);
    }
    const maxBytes = 5 * 1024 * 1024;
    const found = await walk(dir);
    const cli = compileCorpus(await Promise.all(found.map((f) => readFound(f, maxBytes))), {
      maxBytes,
    });

    // The folder as the browser hands it over: under its own name, in another order.
    const picked = [...corpus].reverse().map(([name, content]) => pick(`corpus/${name}`, content));
    const set = classifyPicked(picked);
    if (set.kind !== "documents") throw new Error(`expected documents, got ${set.kind}`);
    expect(set.folder).toBe("corpus");
    const stages: string[] = [];
    const browser = await compileEntries(
      set.entries.map(({ id, file: f }) => ({ id, size: f.size, read: () => f.arrayBuffer() })),
      { onProgress: (p) => stages.push(p.stage) },
    );

    expect(toJson(browser.graph)).toBe(toJson(cli.graph));
    expect(toJson(browser.documents)).toBe(toJson(cli.documents));
    expect(stages).toContain("read");
    expect(stages.at(-1)).toBe("validate");

    const labels = browser.graph.nodes.map((n) => n.attributes.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        "Northwind Relief Network",
        "Harbour Youth Forum",
        "Lakeside Foundation",
      ]),
    );
    const status = Object.fromEntries(
      browser.documents.documents.map((d) => [d.id, [d.status, d.error]]),
    );
    expect(status).toEqual({
      "binary.txt": ["failed", "binary data (PDF)"],
      "empty.txt": ["failed", "empty file"],
      "photo.jpg": ["skipped", "unsupported file type .jpg"],
      "press/coastal-kitchens.md": ["compiled", undefined],
      "press/workshop.txt": ["compiled", undefined],
      "web/forum.html": ["compiled", undefined],
    });

    // The app's dataset from it: compiled documents counted, the others listed.
    const opened = datasetFrom(browser.graph, browser.documents, "documents");
    if (opened.status !== "ok") throw new Error("expected a dataset");
    expect(opened.compiled).toBe(3);
    expect(opened.problems.map((d) => d.id)).toEqual(["binary.txt", "empty.txt", "photo.jpg"]);
    expect(opened.dataset.graph.order).toBe(browser.graph.nodes.length);
    expect(browserMeta(opened.dataset, "corpus", new Date(Date.UTC(2026, 0, 2)))).toEqual({
      input: "corpus",
      compiledAt: "2026-01-02T00:00:00.000Z",
      documents: { compiled: 3, failed: 2, skipped: 1 },
    });
  });

  it("rejects compiled data that breaks the contract, with the reason", () => {
    const opened = datasetFrom({ nodes: "no" }, { version: 1, documents: [] }, "compiled");
    expect(opened.status).toBe("error");
    if (opened.status === "error") expect(opened.message).toMatch(/graph\.json/);
  });
});

describe("progress", () => {
  it("counts files while reading and decoding, then names each stage, always moving on", () => {
    const steps = [
      progressView({ stage: "read", done: 1, total: 4 }),
      progressView({ stage: "read", done: 4, total: 4 }),
      progressView({ stage: "prepare", done: 1, total: 1 }),
      progressView({ stage: "extract", done: 0, total: 1 }),
      progressView({ stage: "assemble", done: 0, total: 1 }),
      progressView({ stage: "layout", done: 0, total: 1 }),
      progressView({ stage: "validate", done: 0, total: 1 }),
    ];
    expect(steps.map((s) => s.label)).toEqual([
      "Reading 1 of 4 files",
      "Reading 4 of 4 files",
      "Decoding 1 of 1 file",
      "Extracting entities and relations…",
      "Assembling the graph…",
      "Laying out…",
      "Validating…",
    ]);
    const fractions = steps.map((s) => s.fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(Math.max(...fractions)).toBeLessThanOrEqual(1);
  });
});
