/**
 * The compile worker: takes the picked files (as File objects, read here), compiles them with
 * the pure compiler and posts progress and then the compiled data back. It makes no request:
 * the documents never leave the machine.
 */
import { compileEntries, NothingToCompile } from "./compile-files.ts";
import type { BrowserProgress } from "./compile-files.ts";
import type { CompileRequest, CompileReply } from "./protocol.ts";

interface WorkerScope {
  onmessage: ((event: MessageEvent<CompileRequest>) => void) | null;
  postMessage(message: CompileReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { files, maxBytes } = event.data;
  const entries = files.map(({ id, file }) => ({
    id,
    size: file.size,
    read: () => file.arrayBuffer(),
  }));
  const onProgress = (progress: BrowserProgress): void =>
    scope.postMessage({ type: "progress", progress });
  compileEntries(entries, { ...(maxBytes !== undefined && { maxBytes }), onProgress }).then(
    ({ graph, documents }) => scope.postMessage({ type: "done", graph, documents }),
    (error: unknown) =>
      scope.postMessage({
        type: "error",
        message:
          error instanceof NothingToCompile
            ? error.message
            : `The compiler stopped: ${error instanceof Error ? error.message : String(error)}`,
      }),
  );
};
