/**
 * Opens picked files as the app's dataset: documents are compiled in a Web Worker (the
 * compiler loads only then, in the worker's own chunk); a graph.json and documents.json pair
 * is read and validated against the contract here. Nothing is sent anywhere.
 */
import { parseDocuments, parseGraph } from "../../model/schema.ts";
import type { DocumentRecord } from "../../model/types.ts";
import { makeDataset } from "../data/dataset.ts";
import type { Dataset } from "../data/dataset.ts";
import type { DataMeta } from "../data/load.ts";
import type { BrowserProgress } from "./compile-files.ts";
import { classifyPicked } from "./picked.ts";
import type { CorpusEntry, PickedFile } from "./picked.ts";
import type { CompileReply, CompileRequest } from "./protocol.ts";

/** What opening gave: the dataset and what it holds, or why nothing was opened. */
export type OpenOutcome =
  | {
      status: "ok";
      dataset: Dataset;
      source: "documents" | "compiled";
      /** The folder compiled, when one was picked or dropped whole. */
      folder: string | null;
      compiled: number;
      /** Documents failed or skipped, with their reasons. */
      problems: DocumentRecord[];
    }
  | { status: "error"; message: string }
  | { status: "cancelled" };

/** A running open: its outcome, and a way to stop it. */
export interface OpenTask {
  outcome: Promise<OpenOutcome>;
  cancel(): void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Validates compiled data and builds the dataset. */
export function datasetFrom(
  graphData: unknown,
  docsData: unknown,
  source: "documents" | "compiled",
  folder: string | null = null,
): OpenOutcome {
  try {
    const graph = parseGraph(graphData);
    const docs = parseDocuments(docsData);
    const dataset = makeDataset(graph, docs);
    const compiled = docs.documents.length - dataset.failed.length;
    return { status: "ok", dataset, source, folder, compiled, problems: dataset.failed };
  } catch (error) {
    return { status: "error", message: message(error) };
  }
}

/** What the status line says of a folder compiled here: its name, now, and its counts. */
export function browserMeta(dataset: Dataset, folder: string, now = new Date()): DataMeta {
  const failed = dataset.failed.filter((d) => d.status === "failed").length;
  const skipped = dataset.failed.length - failed;
  const compiled = dataset.documents.size - dataset.failed.length;
  return { input: folder, compiledAt: now.toISOString(), documents: { compiled, failed, skipped } };
}

async function readJson(file: File, name: string): Promise<unknown> {
  const text = await file.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${name}: not valid JSON (${message(error)})`, { cause: error });
  }
}

async function openCompiled(graph: File, documents: File): Promise<OpenOutcome> {
  try {
    const [g, d] = await Promise.all([
      readJson(graph, "graph.json"),
      readJson(documents, "documents.json"),
    ]);
    return datasetFrom(g, d, "compiled");
  } catch (error) {
    return { status: "error", message: message(error) };
  }
}

function compileInWorker(
  entries: CorpusEntry[],
  folder: string | null,
  onProgress: (progress: BrowserProgress) => void,
): OpenTask {
  const worker = new Worker(new URL("./compile.worker.ts", import.meta.url), {
    type: "module",
    name: "rabita-compile",
  });
  let settle: (outcome: OpenOutcome) => void = () => undefined;
  const outcome = new Promise<OpenOutcome>((resolve) => (settle = resolve));
  const finish = (result: OpenOutcome): void => {
    worker.terminate();
    settle(result);
  };
  worker.onmessage = (event: MessageEvent<CompileReply>) => {
    const reply = event.data;
    if (reply.type === "progress") onProgress(reply.progress);
    else if (reply.type === "error") finish({ status: "error", message: reply.message });
    else finish(datasetFrom(reply.graph, reply.documents, "documents", folder));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ status: "error", message: `The compiler could not run: ${event.message}` });
  };
  const request: CompileRequest = { files: entries.map(({ id, file }) => ({ id, file })) };
  worker.postMessage(request);
  return { outcome, cancel: () => finish({ status: "cancelled" }) };
}

/** Opens picked files: compiles documents in a worker, or opens a compiled pair. */
export function openPicked(
  picked: readonly PickedFile[],
  onProgress: (progress: BrowserProgress) => void,
): OpenTask {
  const set = classifyPicked(picked);
  if (set.kind === "empty")
    return { outcome: Promise.resolve({ status: "error", message: set.message }), cancel() {} };
  if (set.kind === "compiled") {
    let cancelled = false;
    const outcome = openCompiled(set.graph, set.documents).then((o): OpenOutcome =>
      cancelled ? { status: "cancelled" } : o,
    );
    return { outcome, cancel: () => (cancelled = true) };
  }
  return compileInWorker(set.entries, set.folder, onProgress);
}
