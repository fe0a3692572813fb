/**
 * The app's one I/O module: fetches the compiled data and validates it against the contract.
 * Every outcome is a value the shell can show, never a blank page. The graph comes first and
 * is drawn at once; `documents.json` (as large as the graph) is asked for meanwhile, but its
 * body is read, parsed and checked (in a worker) only once the graph is drawn, and handed over
 * in parts.
 */
import { parseGraph } from "../../model/schema.ts";
import { makeGraph } from "./dataset.ts";
import type { Dataset } from "./dataset.ts";
import { decodeDocuments, DOCUMENTS_FILE } from "./documents-parse.ts";
import type { DocumentsMessage, DocumentsReply } from "./documents-parse.ts";
import type { DocumentRecord } from "../../model/types.ts";
import { GraphFirstDataset } from "./late-documents.svelte.ts";

/** Why the data cannot be shown. */
export type LoadProblem =
  { status: "missing"; file: string } | { status: "invalid"; message: string };

export type LoadResult =
  | {
      status: "ok";
      dataset: Dataset;
      /** Served data: settles once the documents are in (null) or with why they are not. */
      documents?: Promise<LoadProblem | null>;
    }
  | LoadProblem;

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\b/i;

/** The response for `file`, once its headers are in; missing when the server has no such file
 * (a static server without it, such as `vite preview`, answers with the app's index.html). */
async function open(base: string, file: string): Promise<Response | LoadProblem> {
  let response: Response;
  try {
    response = await fetch(`${base}${file}`);
  } catch {
    return { status: "missing", file };
  }
  if (!response.ok) return { status: "missing", file };
  const type = response.headers.get("content-type") ?? "";
  if (/^text\/html\b/i.test(type)) return { status: "missing", file };
  return response;
}

async function fetchJson(
  base: string,
  file: string,
): Promise<{ ok: true; data: unknown } | LoadProblem> {
  const response = await open(base, file);
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

/** Whether a body is an HTML page rather than data (`<!doctype html>`, `<html>`). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype\s+html|html[\s>])/i.test(text.slice(0, 64).replace(/^\uFEFF/, ""));
}

/**
 * Loads `graph.json` and `documents.json` from `base` (default `data/`). The result is ready
 * once the graph is in, whether or not documents.json has answered (a missing one is known by
 * then when it has); the dataset's documents follow, and `documents` settles with why they
 * cannot be read, if they cannot.
 */
export async function loadData(base = "data/"): Promise<LoadResult> {
  const docsOpened = open(base, DOCUMENTS_FILE);
  // Its headers, if they are in by the time the graph is (they are, unless the server is slow
  // to answer): a missing documents.json then gives its notice without the graph drawn first.
  const docsEarly: { answer?: Response | LoadProblem } = {};
  void docsOpened.then((r) => (docsEarly.answer = r));
  const graphRes = await fetchJson(base, "graph.json");
  if (!("ok" in graphRes)) return graphRes;
  const early = docsEarly.answer;
  if (early && !(early instanceof Response)) return early;
  let dataset: GraphFirstDataset;
  try {
    performance.mark("rabita:data-fetched");
    const graph = parseGraph(graphRes.data);
    performance.mark("rabita:data-valid");
    dataset = new GraphFirstDataset(makeGraph(graph));
    performance.mark("rabita:data-loaded");
  } catch (error) {
    return { status: "invalid", message: error instanceof Error ? error.message : String(error) };
  }
  // The dataset is drawn in the microtasks that follow this return: a task later, the graph
  // is out (the parsed documents, arriving from the worker, never hold its first draw back).
  const drawn = new Promise((resolve) => setTimeout(resolve, 0));
  const documents = drawn.then(async (): Promise<LoadProblem | null> => {
    const docsResponse = await docsOpened;
    if (!(docsResponse instanceof Response)) return docsResponse;
    // Its body is read only now: read meanwhile, its tens of megabytes would take the network
    // and the cores from graph.json and from the graph's first frame.
    const b = await docsResponse.arrayBuffer().then(
      (body) => body,
      () => null,
    );
    if (!b) return { status: "missing", file: DOCUMENTS_FILE };
    const type = docsResponse.headers.get("content-type") ?? "";
    // An HTML page served as something else is missing data too.
    if (!JSON_TYPE.test(type) && looksLikeHtml(new TextDecoder().decode(b.slice(0, 256))))
      return { status: "missing", file: DOCUMENTS_FILE };
    const reply = await parseOffThread(b);
    if (reply.status !== "ok") return reply;
    dataset.receive(reply.documents);
    performance.mark("rabita:documents-loaded");
    return null;
  });
  return { status: "ok", dataset, documents };
}

/** Parses and checks `documents.json` in a worker; in place where a worker cannot run. */
function parseOffThread(bytes: ArrayBuffer): Promise<DocumentsReply> {
  if (typeof Worker !== "function") return Promise.resolve(decodeDocuments(bytes));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./documents.worker.ts", import.meta.url), {
        type: "module",
        name: "documents",
      });
    } catch {
      resolve(decodeDocuments(bytes));
      return;
    }
    const parts: DocumentRecord[][] = [];
    worker.onmessage = (event: MessageEvent<DocumentsMessage>) => {
      const message = event.data;
      if (message.status === "part") {
        parts.push(message.documents);
        return;
      }
      worker.terminate();
      if (message.status !== "ok") resolve(message);
      else {
        const { documents: file } = message;
        resolve({
          status: "ok",
          documents: { ...file, documents: [...parts, file.documents].flat() },
        });
      }
    };
    // A worker that cannot start (a policy, an old browser): the main thread does it.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(decodeDocuments(bytes));
    };
    // Copied, not transferred: the bytes stay here should the worker fail to start.
    worker.postMessage({ bytes });
  });
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
