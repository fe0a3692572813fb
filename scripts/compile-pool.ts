/**
 * Compiles a corpus with the per-document map (decode … recognise) spread over worker
 * threads, then finishes (corpus names, resolution, relations, assembly, layout, validation)
 * on this thread. The output is the same bytes as `compileCorpus`'s: each document's result
 * depends on that document alone, and `finishCompile` sorts the results by id.
 */
import { createRequire } from "node:module";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import {
  COMPILE_DEFAULTS,
  compileCorpus,
  finishCompile,
  orderFiles,
} from "../src/compiler/index.ts";
import type {
  CompileOptions,
  CompileResult,
  CorpusFile,
  DocumentOptions,
  DocumentResult,
} from "../src/compiler/index.ts";
import type { WorkerBatch, WorkerReply } from "./compile-worker.ts";

/** Options of the pool: the compiler's, and how many workers (1: in this thread). */
export interface PoolOptions extends Partial<CompileOptions> {
  /** Worker threads; default `defaultWorkers()`. 1 or less compiles in this thread. */
  workers?: number;
  /** Files sent to a worker at a time (default: up to 32, smaller for a small corpus). */
  batchSize?: number;
}

/** Both cores of a 2-core machine, at most 4 workers (the finish runs on one thread anyway). */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(os.availableParallelism(), 4));
}

/** Batches waiting in each worker, so none idles while its last answer is in transit. */
const QUEUED_PER_WORKER = 2;

function startWorker(options: DocumentOptions): Worker {
  // The worker is TypeScript: a small bootstrap loads it with tsx's require hook (Node 20
  // does not apply `--import tsx` hooks inside worker threads).
  const api = createRequire(import.meta.url).resolve("tsx/cjs/api");
  const entry = fileURLToPath(new URL("./compile-worker.ts", import.meta.url));
  const bootstrap = `require(${JSON.stringify(api)}).require(${JSON.stringify(entry)}, ${JSON.stringify(entry)});`;
  return new Worker(bootstrap, { eval: true, workerData: options, execArgv: [] });
}

/**
 * Undoes the copies that posting made of a document's text: the analysis and the published
 * text are the very string the language stages read, as they are in `compileCorpus`.
 */
function shareStrings(result: DocumentResult): DocumentResult {
  const { prepared, analysis } = result;
  if (!prepared.ok) return result;
  const { text } = prepared.doc;
  if (analysis && analysis.text === text) analysis.text = text;
  if (prepared.published.text === text) prepared.published.text = text;
  return result;
}

/** Runs `compileDocument` over the ordered files in `count` workers. */
async function mapInWorkers(
  ordered: CorpusFile[],
  docOptions: DocumentOptions,
  count: number,
  batchSize: number,
  onDone: (done: number) => void,
): Promise<DocumentResult[]> {
  const results = new Array<DocumentResult | undefined>(ordered.length);
  const workers = Array.from({ length: count }, () => startWorker(docOptions));
  let next = 0;
  let done = 0;
  const send = (worker: Worker): boolean => {
    if (next >= ordered.length) return false;
    const files: WorkerBatch["files"] = [];
    for (const end = Math.min(next + batchSize, ordered.length); next < end; next++)
      files.push({ index: next, file: ordered[next] as CorpusFile });
    worker.postMessage({ files } satisfies WorkerBatch);
    return true;
  };
  try {
    await new Promise<void>((resolve, reject) => {
      if (ordered.length === 0) resolve();
      for (const worker of workers) {
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (done < ordered.length) reject(new Error(`compile worker exited early (${code})`));
        });
        worker.on("message", (reply: WorkerReply) => {
          if ("error" in reply) {
            reject(new Error(reply.error));
            return;
          }
          for (const { index, result } of reply.results) results[index] = shareStrings(result);
          done += reply.results.length;
          onDone(done);
          if (done === ordered.length) resolve();
          else send(worker);
        });
        for (let i = 0; i < QUEUED_PER_WORKER; i++) send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.map((r, i) => {
    if (!r) throw new Error(`no result for ${ordered[i]?.id ?? i}`);
    return r;
  });
}

/**
 * Compiles a corpus as `compileCorpus` does, with the per-document map in worker threads.
 * With `workers` 1 (or fewer files than would fill two workers' first batches), it is
 * `compileCorpus` itself.
 */
export async function compileWithWorkers(
  files: CorpusFile[],
  options: PoolOptions = {},
): Promise<CompileResult> {
  const { workers = defaultWorkers(), batchSize: size, ...rest } = options;
  const opts: CompileOptions = { ...COMPILE_DEFAULTS, ...rest };
  const count = Math.min(Math.floor(workers), files.length);
  if (count <= 1) return compileCorpus(files, opts);
  const ordered = orderFiles(files);
  const batchSize = Math.max(
    1,
    Math.floor(size ?? Math.min(32, Math.ceil(ordered.length / (count * QUEUED_PER_WORKER * 4)))),
  );
  const docOptions: DocumentOptions = {
    maxBytes: opts.maxBytes,
    keepContacts: opts.keepContacts,
    maxHtmlDepth: opts.maxHtmlDepth,
    analyse: opts.extract === COMPILE_DEFAULTS.extract,
  };
  const report = opts.onProgress ?? (() => undefined);
  const results = await mapInWorkers(ordered, docOptions, count, batchSize, (done) =>
    report({ stage: "prepare", done, total: ordered.length }),
  );
  return finishCompile(results, opts);
}
