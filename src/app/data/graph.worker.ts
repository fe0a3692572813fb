/**
 * The graph worker: fetches graph.json (tens of megabytes at 10,000 documents) once the graph
 * drawn from frame.json is out, reading its body here rather than in main-thread tasks;
 * checks it against the contract and against that frame, and posts the nodes' mentions and
 * the edges' evidence back in parts of typed arrays (see `graph-details.ts`), which transfer
 * without a copy.
 */
import { detailsMessages, GRAPH_FILE } from "./graph-details.ts";
import type { DetailsMessage } from "./graph-details.ts";
import { fetchBytes } from "./fetch-bytes.ts";

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ url: string; frame: string }>) => void) | null;
  postMessage(message: DetailsMessage, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const bytes = await fetchBytes(event.data.url, GRAPH_FILE);
  if (!(bytes instanceof ArrayBuffer)) {
    scope.postMessage(bytes, []);
    return;
  }
  for (const message of detailsMessages(bytes, event.data.frame)) {
    const transfer =
      message.status === "part"
        ? [
            message.part.offsets.buffer,
            message.part.doc.buffer,
            message.part.start.buffer,
            message.part.end.buffer,
          ]
        : [];
    scope.postMessage(message, transfer);
  }
};
