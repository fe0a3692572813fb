/**
 * A worker thread of the compile pool (scripts/compile-pool.ts): runs the compiler's
 * per-document map (`compileDocument`) over the batches of files it is sent and posts the
 * results back. The options come once, as workerData.
 */
import { parentPort, workerData } from "node:worker_threads";
import { compileDocument } from "../src/compiler/index.ts";
import type { CorpusFile, DocumentOptions, DocumentResult } from "../src/compiler/index.ts";

/** A batch of files, each with its place in the ordered list. */
export interface WorkerBatch {
  files: { index: number; file: CorpusFile }[];
}

/** The worker's answer to one batch. */
export type WorkerReply =
  { results: { index: number; result: DocumentResult }[] } | { error: string };

const port = parentPort;
if (!port) throw new Error("compile-worker.ts runs as a worker thread");
const options = workerData as Partial<DocumentOptions>;

port.on("message", (batch: WorkerBatch) => {
  let reply: WorkerReply;
  try {
    reply = {
      results: batch.files.map(({ index, file }) => ({
        index,
        result: compileDocument(file, options),
      })),
    };
  } catch (error) {
    reply = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
