/**
 * The app's one I/O module: fetches the compiled data and validates it against the contract.
 * Every outcome is a value the shell can show, never a blank page. The graph comes first and
 * is drawn at once: from `frame.json` (a few megabytes: what the first frame needs) when the
 * compiler wrote one, else from `graph.json`. Once it is drawn, workers fetch, parse and check
 * what is left, tens of megabytes each at 10,000 documents, their bodies read off the main
 * thread: graph.json, when the frame came first (the nodes' mentions and the edges' evidence
 * are filled into the graph in parts), and `documents.json` (handed over in parts, once
 * graph.json's part is in).
 */
import { parseGraph } from "../../model/schema.ts";
import { FRAME_FILE, parseFrame } from "../../model/frame.ts";
import { makeGraph } from "./dataset.ts";
import type { Dataset } from "./dataset.ts";
import { decodeDocuments, DOCUMENTS_FILE } from "./documents-parse.ts";
import type { DocumentsMessage, DocumentsReply } from "./documents-parse.ts";
import type { DocumentRecord } from "../../model/types.ts";
import { GraphFirstDataset } from "./late-documents.svelte.ts";
import { graphFromFrame } from "./frame-graph.ts";
import type { FrameGraph } from "./frame-graph.ts";
import { detailsMessages, fillPart, GRAPH_FILE } from "./graph-details.ts";
import type { DetailsMessage } from "./graph-details.ts";
import { fetchBytes, JSON_TYPE, looksLikeHtml, open } from "./fetch-bytes.ts";
import type { Missing } from "./fetch-bytes.ts";

export { looksLikeHtml } from "./fetch-bytes.ts";

/** Why the data cannot be shown. */
export type LoadProblem = Missing | { status: "invalid"; message: string };

/** A dataset to show in place of the one first shown. */
export interface Replacement {
  status: "ok";
  dataset: Dataset;
}

export type LoadResult =
  | {
      status: "ok";
      dataset: Dataset;
      /** Served data: settles once the documents (and, after a frame, graph.json's evidence)
       * are in (null), with why they are not, or with a dataset to show instead (graph.json
       * turned out not to be the graph frame.json drew: it is then built from graph.json). */
      documents?: Promise<LoadProblem | Replacement | null>;
    }
  | LoadProblem;

/** The parsed body of an opened file. */
async function readJson(
  response: Response | LoadProblem,
  file: string,
): Promise<{ ok: true; data: unknown } | LoadProblem> {
  if (!(response instanceof Response)) return response;
  const type = response.headers.get("content-type") ?? "";
  // Declared JSON is parsed straight from the body: one pass, no intermediate string.
  if (JSON_TYPE.test(type)) {
    try {
      return { ok: true, data: (await response.json()) as unknown };
    } catch (error) {
      return { status: "invalid", message: `${file}: not valid JSON (${String(error)})` };
    }
  }
  // Any other type (or none): an HTML page served as something else is missing data too.
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { status: "missing", file };
  }
  if (looksLikeHtml(text)) return { status: "missing", file };
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    return { status: "invalid", message: `${file}: not valid JSON (${String(error)})` };
  }
}

async function fetchJson(
  base: string,
  file: string,
): Promise<{ ok: true; data: unknown } | LoadProblem> {
  return readJson(await open(`${base}${file}`, file), file);
}

/** The graph of graph.json, validated; or why there is none. */
async function loadGraph(base: string): Promise<GraphFirstDataset | LoadProblem> {
  const graphRes = await fetchJson(base, GRAPH_FILE);
  if (!("ok" in graphRes)) return graphRes;
  try {
    performance.mark("rabita:data-fetched");
    const graph = parseGraph(graphRes.data);
    performance.mark("rabita:data-valid");
    return new GraphFirstDataset(makeGraph(graph));
  } catch (error) {
    return { status: "invalid", message: error instanceof Error ? error.message : String(error) };
  }
}

/** The graph drawn from frame.json, with the frame's text; null when there is no usable
 * frame (none served, not JSON, or not a frame), and graph.json is read instead. */
async function loadFrame(base: string): Promise<{ text: string; built: FrameGraph } | null> {
  const response = await open(`${base}${FRAME_FILE}`, FRAME_FILE);
  if (!(response instanceof Response)) return null;
  try {
    const text = await response.text();
    if (looksLikeHtml(text)) return null;
    const frame = parseFrame(JSON.parse(text) as unknown);
    performance.mark("rabita:data-valid");
    return { text, built: graphFromFrame(frame) };
  } catch {
    return null;
  }
}

/** Where a worker finds `file` (its own base is its script's folder). */
function absolute(base: string, file: string): string {
  const path = `${base}${file}`;
  return typeof location === "undefined" ? path : new URL(path, location.href).href;
}

/**
 * Loads the compiled data from `base` (default `data/`). The result is ready once the graph
 * is in (from frame.json, else from graph.json); the dataset's documents follow, and
 * `documents` settles with why they cannot be read, if they cannot.
 */
export async function loadData(base = "data/"): Promise<LoadResult> {
  // Started now, and given their files once the graph is drawn: a worker started while the
  // graph draws frame after frame takes seconds to come up.
  const readers = spawnReaders();
  const stop = (): void => {
    readers.graph?.terminate();
    readers.documents?.terminate();
  };
  const framed = await loadFrame(base);
  let dataset: GraphFirstDataset;
  if (framed) dataset = new GraphFirstDataset(framed.built.graph);
  else {
    readers.graph?.terminate();
    const loaded = await loadGraph(base);
    if (!(loaded instanceof GraphFirstDataset)) {
      stop();
      return loaded;
    }
    dataset = loaded;
  }
  performance.mark("rabita:data-loaded");
  // The dataset is drawn in the microtasks that follow this return: a task later, the graph
  // is out (graph.json and the documents, read after, never hold its first draw back).
  const drawn = new Promise((resolve) => setTimeout(resolve, 0));
  const documents = drawn.then(async (): Promise<LoadProblem | Replacement | null> => {
    // Asked for only now: read meanwhile, their tens of megabytes would take the network and
    // the cores from the graph's first frame.
    const [details, docs] = await Promise.all([
      framed ? readDetails(readers.graph, absolute(base, GRAPH_FILE), framed) : null,
      readDocuments(readers.documents, absolute(base, DOCUMENTS_FILE)),
    ]);
    if (details && details.status !== "ok" && details.status !== "stale") return details;
    if (docs.status !== "ok") return docs;
    if (details?.status === "stale") {
      // Rare (graph.json replaced without its frame): the graph is built from graph.json.
      const whole = await loadGraph(base);
      if (!(whole instanceof GraphFirstDataset)) return whole;
      whole.receive(docs.documents);
      return { status: "ok", dataset: whole };
    }
    dataset.receive(docs.documents);
    performance.mark("rabita:documents-loaded");
    return null;
  });
  return { status: "ok", dataset, documents };
}

/** A worker started from `start`, or null where one cannot run or start (a policy, an old
 * browser). */
function spawn(start: () => Worker): Worker | null {
  if (typeof Worker !== "function") return null;
  try {
    return start();
  } catch {
    return null;
  }
}

/** Starts the workers that read graph.json and documents.json. */
function spawnReaders(): { graph: Worker | null; documents: Worker | null } {
  return {
    graph: spawn(
      () =>
        new Worker(new URL("./graph.worker.ts", import.meta.url), {
          type: "module",
          name: "graph",
        }),
    ),
    documents: spawn(
      () =>
        new Worker(new URL("./documents.worker.ts", import.meta.url), {
          type: "module",
          name: "documents",
        }),
    ),
  };
}

/**
 * Runs `worker` on `input`, handing its messages to `take` until it returns the outcome; in
 * place (`inPlace`) where there is no worker or it fails.
 */
function offThread<M, T>(
  worker: Worker | null,
  input: unknown,
  take: (message: M) => T | null,
  inPlace: () => Promise<T>,
): Promise<T> {
  if (!worker) return inPlace();
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<M>) => {
      const outcome = take(event.data);
      if (outcome === null) return;
      worker.terminate();
      resolve(outcome);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(inPlace());
    };
    worker.postMessage(input);
  });
}

/** documents.json, fetched, parsed and checked in a worker. */
async function readDocuments(worker: Worker | null, url: string): Promise<DocumentsReply> {
  const parts: DocumentRecord[][] = [];
  const take = (message: DocumentsMessage): DocumentsReply | null => {
    if (message.status === "part") {
      parts.push(message.documents);
      return null;
    }
    if (message.status !== "ok") return message;
    const { documents: file } = message;
    performance.mark("rabita:documents-parsed");
    return { status: "ok", documents: { ...file, documents: [...parts, file.documents].flat() } };
  };
  const inPlace = async (): Promise<DocumentsReply> => {
    const bytes = await fetchBytes(url, DOCUMENTS_FILE);
    return bytes instanceof ArrayBuffer ? decodeDocuments(bytes) : bytes;
  };
  return offThread(worker, { url }, take, inPlace);
}

type DetailsOutcome = LoadProblem | { status: "ok" } | { status: "stale" };

/** graph.json, fetched and checked against the contract and the frame in a worker; its
 * mentions, evidence and merges are filled into the graph drawn from the frame. */
async function readDetails(
  worker: Worker | null,
  url: string,
  framed: { text: string; built: FrameGraph },
): Promise<DetailsOutcome> {
  let docs: string[] = [];
  const take = (message: DetailsMessage): DetailsOutcome | null => {
    switch (message.status) {
      case "docs":
        docs = message.docs;
        return null;
      case "part":
        fillPart(message.part, docs, framed.built);
        return null;
      case "ok":
        for (const [i, merges] of message.merges) {
          const node = framed.built.nodes[i];
          if (node) node.merges = merges;
        }
        performance.mark("rabita:graph-details");
        return { status: "ok" };
      default:
        return message;
    }
  };
  const inPlace = async (): Promise<DetailsOutcome> => {
    const bytes = await fetchBytes(url, GRAPH_FILE);
    if (!(bytes instanceof ArrayBuffer)) return bytes;
    for (const message of detailsMessages(bytes, framed.text)) {
      const outcome = take(message);
      if (outcome) return outcome;
    }
    return { status: "invalid", message: `${GRAPH_FILE}: not read` };
  };
  return offThread(worker, { url, frame: framed.text }, take, inPlace);
}

/** What `meta.json` says about the compiled data: the folder, when, and the documents. */
export interface DataMeta {
  input: string;
  compiledAt: string;
  documents: { compiled: number; failed: number; skipped: number };
}

function isCount(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

/** Reads `meta.json` when it is there and well formed; null otherwise (older compiles have none). */
export function parseMeta(data: unknown): DataMeta | null {
  if (!data || typeof data !== "object") return null;
  const { input, compiledAt, documents } = data as Record<string, unknown>;
  if (typeof input !== "string" || typeof compiledAt !== "string") return null;
  if (Number.isNaN(Date.parse(compiledAt)) || !documents || typeof documents !== "object")
    return null;
  const { compiled, failed, skipped } = documents as Record<string, unknown>;
  if (!isCount(compiled) || !isCount(failed) || !isCount(skipped)) return null;
  return { input, compiledAt, documents: { compiled, failed, skipped } };
}

/** Loads `meta.json` from `base`; null when it is missing or not meta. Never throws. */
export async function loadMeta(base = "data/"): Promise<DataMeta | null> {
  const res = await fetchJson(base, "meta.json");
  return "ok" in res ? parseMeta(res.data) : null;
}
