// Loading the compiled data: declared JSON is parsed from the body, an HTML page (a static
// server's fallback) means the data is missing whatever its type says, and meta.json is
// optional.
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadData, loadMeta, looksLikeHtml } from "../../../src/app/data/load.ts";
import type { LoadResult } from "../../../src/app/data/load.ts";
import { makeFixture } from "./fixture.ts";
import { frameText } from "../../../src/compiler/frame/index.ts";
import type { SerializedRabitaGraph } from "../../../src/model/types.ts";
import { compiledGraph } from "../frame/compiled-graph.ts";

type Reply = { body: string; type?: string; status?: number };

/** Stubs `fetch` with one reply per file name; anything else is a 404. Returns the URLs asked. */
function serve(files: Record<string, Reply>): string[] {
  const asked: string[] = [];
  vi.stubGlobal("fetch", (url: string) => {
    asked.push(url);
    const name = url.slice(url.lastIndexOf("/") + 1);
    const reply = files[name];
    const headers: Record<string, string> = {};
    if (reply?.type) headers["content-type"] = reply.type;
    return Promise.resolve(
      reply
        ? new Response(reply.body, { status: reply.status ?? 200, headers })
        : new Response("not found", { status: 404, headers: { "content-type": "text/plain" } }),
    );
  });
  return asked;
}

const JSON_TYPE = "application/json; charset=utf-8";
const INDEX_HTML = '<!doctype html>\n<html lang="en"><head><title>Rabita</title></head></html>';

function graphJson(): string {
  const data = makeFixture().export();
  return JSON.stringify({ ...data, attributes: { version: 1, generator: "rabita" } });
}

function documentsJson(): string {
  return JSON.stringify({
    version: 1,
    documents: [
      { id: "a.txt", title: "A", text: "Some text.", status: "compiled" },
      { id: "b.bin", title: "", text: "", status: "failed", error: "binary file" },
    ],
  });
}

const META = {
  version: 1,
  input: "seeds",
  compiledAt: "2026-11-30T12:00:00.000Z",
  documents: { compiled: 1, failed: 1, skipped: 0 },
};

afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * Serves graph.json at once, no frame.json, and documents.json only when the returned function
 * gives its answer.
 */
function documentsLater(): (r: Response) => void {
  let answer: (r: Response) => void = () => {};
  const answered = new Promise<Response>((resolve) => (answer = resolve));
  vi.stubGlobal("fetch", (url: string) =>
    url.endsWith("graph.json")
      ? Promise.resolve(new Response(graphJson(), { headers: { "content-type": JSON_TYPE } }))
      : url.endsWith("frame.json")
        ? Promise.resolve(new Response("not found", { status: 404 }))
        : answered,
  );
  return (r) => answer(r);
}

/** Loads the data and waits for its documents: the outcome once both files are read. */
async function loadAll(base?: string): Promise<LoadResult> {
  const r = await loadData(base);
  if (r.status !== "ok") return r;
  return (await r.documents) ?? r;
}

describe("loadData", () => {
  it("loads and validates graph.json and documents.json served as JSON", async () => {
    const asked = serve({
      "graph.json": { body: graphJson(), type: JSON_TYPE },
      "documents.json": { body: documentsJson(), type: JSON_TYPE },
    });
    const r = await loadData("data/");
    expect(r.status).toBe("ok");
    if (r.status !== "ok") return;
    expect(r.dataset.graph.order).toBe(makeFixture().order);
    expect(r.dataset.graph.size).toBe(makeFixture().size);
    // The graph first; the documents follow.
    expect(await r.documents).toBeNull();
    expect(r.dataset.documentsLoading).toBe(false);
    expect([...r.dataset.documents.keys()]).toEqual(["a.txt", "b.bin"]);
    expect(r.dataset.failed.map((d) => d.id)).toEqual(["b.bin"]);
    expect(asked.sort()).toEqual(["data/documents.json", "data/frame.json", "data/graph.json"]);
  });

  it("has the graph ready while documents.json has not answered, and takes its answer later", async () => {
    const answer = documentsLater();
    const r = await loadData("data/");
    expect(r.status).toBe("ok");
    if (r.status !== "ok") return;
    expect(r.dataset.graph.order).toBe(makeFixture().order);
    expect(r.dataset.documentsLoading).toBe(true);
    answer(new Response(documentsJson(), { headers: { "content-type": JSON_TYPE } }));
    expect(await r.documents).toBeNull();
    expect(r.dataset.documentsLoading).toBe(false);
    expect(r.dataset.failed.map((d) => d.id)).toEqual(["b.bin"]);
  });

  it("settles the documents as missing when documents.json answers 404 after the graph", async () => {
    const answer = documentsLater();
    const r = await loadData("data/");
    expect(r.status).toBe("ok");
    if (r.status !== "ok") return;
    answer(new Response("not found", { status: 404, headers: { "content-type": "text/plain" } }));
    expect(await r.documents).toEqual({ status: "missing", file: "documents.json" });
  });

  it("reads JSON served without a type, or as text", async () => {
    serve({
      "graph.json": { body: graphJson() },
      "documents.json": { body: documentsJson(), type: "text/plain" },
    });
    expect((await loadAll()).status).toBe("ok");
  });

  it("says the data is missing when the server answers with index.html", async () => {
    serve({
      "graph.json": { body: INDEX_HTML, type: "text/html" },
      "documents.json": { body: INDEX_HTML, type: "text/html" },
    });
    expect(await loadAll()).toEqual({ status: "missing", file: "graph.json" });
  });

  it("recognises an HTML page served under another type", async () => {
    serve({
      "graph.json": { body: graphJson(), type: JSON_TYPE },
      "documents.json": { body: `\uFEFF  ${INDEX_HTML}`, type: "application/octet-stream" },
    });
    expect(await loadAll()).toEqual({ status: "missing", file: "documents.json" });
  });

  it("says which file is missing on a 404", async () => {
    serve({ "graph.json": { body: graphJson(), type: JSON_TYPE } });
    expect(await loadAll()).toEqual({ status: "missing", file: "documents.json" });
  });

  it("names the file that is not JSON, whatever its type", async () => {
    serve({
      "graph.json": { body: '{"nodes": [', type: JSON_TYPE },
      "documents.json": { body: documentsJson(), type: JSON_TYPE },
    });
    const r = await loadAll();
    expect(r.status).toBe("invalid");
    if (r.status === "invalid") expect(r.message).toMatch(/^graph\.json: not valid JSON/);
    serve({
      "graph.json": { body: graphJson(), type: JSON_TYPE },
      "documents.json": { body: "{oops", type: "text/plain" },
    });
    const r2 = await loadAll();
    expect(r2.status).toBe("invalid");
    if (r2.status === "invalid") expect(r2.message).toMatch(/^documents\.json: not valid JSON/);
  });

  it("reports data that breaks the contract", async () => {
    serve({
      "graph.json": { body: graphJson(), type: JSON_TYPE },
      "documents.json": { body: JSON.stringify({ version: 1, documents: [{}] }), type: JSON_TYPE },
    });
    const r = await loadAll();
    expect(r.status).toBe("invalid");
    if (r.status === "invalid") expect(r.message).toContain("documents.json");
  });
});

describe("loadMeta", () => {
  it("reads meta.json", async () => {
    serve({ "meta.json": { body: JSON.stringify(META), type: JSON_TYPE } });
    expect(await loadMeta()).toEqual({
      input: "seeds",
      compiledAt: META.compiledAt,
      documents: META.documents,
    });
  });

  it("is null when meta.json is missing, an HTML page or not meta", async () => {
    serve({});
    expect(await loadMeta()).toBeNull();
    serve({ "meta.json": { body: INDEX_HTML, type: "text/html" } });
    expect(await loadMeta()).toBeNull();
    serve({ "meta.json": { body: JSON.stringify({ input: 3 }), type: JSON_TYPE } });
    expect(await loadMeta()).toBeNull();
  });
});

describe("looksLikeHtml", () => {
  it("knows a page from data", () => {
    expect(looksLikeHtml(INDEX_HTML)).toBe(true);
    expect(looksLikeHtml("  <HTML>\n<body>")).toBe(true);
    expect(looksLikeHtml('{"html": "<!doctype html>"}')).toBe(false);
    expect(looksLikeHtml("[]")).toBe(false);
  });
});

describe("the documents after the graph", () => {
  it("gives the graph before the documents are read, then the documents", async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    vi.stubGlobal("fetch", (url: string) => {
      const name = url.slice(url.lastIndexOf("/") + 1);
      const headers = { "content-type": JSON_TYPE };
      if (name === "graph.json") return Promise.resolve(new Response(graphJson(), { headers }));
      if (name === "frame.json") return Promise.resolve(new Response("", { status: 404 }));
      // Headers at once, the body only once released.
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          await held;
          controller.enqueue(new TextEncoder().encode(documentsJson()));
          controller.close();
        },
      });
      return Promise.resolve(new Response(body, { headers }));
    });
    const r = await loadData();
    expect(r.status).toBe("ok");
    if (r.status !== "ok") return;
    expect(r.dataset.graph.order).toBe(makeFixture().order);
    expect(r.dataset.documentsLoading).toBe(true);
    expect(r.dataset.documents.size).toBe(0);
    expect(r.dataset.failed).toEqual([]);
    let loaded = false;
    void r.dataset.documentsLoaded?.then(() => (loaded = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loaded).toBe(false);
    release();
    expect(await r.documents).toBeNull();
    expect(loaded).toBe(true);
    expect(r.dataset.documentsLoading).toBe(false);
    expect(r.dataset.failed.map((d) => d.id)).toEqual(["b.bin"]);
  });
});

describe("the graph drawn from frame.json", () => {
  const graph = (): SerializedRabitaGraph => compiledGraph();
  const docs = (): string =>
    JSON.stringify({
      version: 1,
      documents: ["a.txt", "b.txt", "c.txt"].map((id) => ({
        id,
        title: id,
        text: "Some text long enough for every span of the graph.".repeat(2),
        status: "compiled",
      })),
    });
  const json = (data: string): Reply => ({ body: data, type: JSON_TYPE });

  it("is drawn from the frame, and graph.json's evidence is filled in before the documents", async () => {
    const asked = serve({
      "frame.json": json(frameText(graph())),
      "graph.json": json(JSON.stringify(graph())),
      "documents.json": json(docs()),
    });
    const r = await loadData();
    expect(r.status).toBe("ok");
    if (r.status !== "ok") return;
    const g = r.dataset.graph;
    expect(g.order).toBe(4);
    expect(g.size).toBe(4);
    expect(g.getNodeAttribute("org:undp", "mentions")).toEqual([]);
    expect(r.dataset.documentsLoading).toBe(true);
    expect(await r.documents).toBeNull();
    expect(r.dataset.documentsLoading).toBe(false);
    expect(JSON.parse(JSON.stringify(g.export()))).toEqual(graph());
    expect(asked.sort()).toEqual(["data/documents.json", "data/frame.json", "data/graph.json"]);
  });

  it("is replaced by graph.json's own graph when graph.json is not the frame's", async () => {
    const changed = graph();
    changed.nodes[3]!.attributes.label = "Ali Hasan";
    serve({
      "frame.json": json(frameText(graph())),
      "graph.json": json(JSON.stringify(changed)),
      "documents.json": json(docs()),
    });
    const r = await loadData();
    if (r.status !== "ok") throw new Error(r.status);
    expect(r.dataset.graph.getNodeAttribute("person:ali", "label")).toBe("Ali Hassan");
    const after = await r.documents;
    expect(after?.status).toBe("ok");
    if (after?.status !== "ok") return;
    expect(after.dataset).not.toBe(r.dataset);
    expect(after.dataset.graph.getNodeAttribute("person:ali", "label")).toBe("Ali Hasan");
    expect(after.dataset.documentsLoading).toBe(false);
    expect(after.dataset.documents.size).toBe(3);
  });

  it("gives way to the notice when graph.json turns out missing or invalid", async () => {
    serve({ "frame.json": json(frameText(graph())), "documents.json": json(docs()) });
    expect(await loadAll()).toEqual({ status: "missing", file: "graph.json" });
    const broken = graph();
    broken.edges[0]!.attributes.currency = "euro";
    serve({
      "frame.json": json(frameText(graph())),
      "graph.json": json(JSON.stringify(broken)),
      "documents.json": json(docs()),
    });
    const r = await loadAll();
    expect(r.status).toBe("invalid");
    if (r.status === "invalid") expect(r.message).toContain("graph.json: edges.0");
  });

  it("is passed over for graph.json when it is not a frame", async () => {
    for (const frame of ["{oops", JSON.stringify({ frame: 1 }), INDEX_HTML]) {
      serve({
        "frame.json": json(frame),
        "graph.json": json(JSON.stringify(graph())),
        "documents.json": json(docs()),
      });
      const r = await loadData();
      if (r.status !== "ok") throw new Error(r.status);
      // Drawn from graph.json: its mentions are there at once.
      expect(r.dataset.graph.getNodeAttribute("org:undp", "mentions")).toHaveLength(3);
      expect(await r.documents).toBeNull();
    }
  });
});
