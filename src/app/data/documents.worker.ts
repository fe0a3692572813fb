/**
 * The documents worker: fetches, parses and checks `documents.json` (tens of megabytes for
 * 10,000 documents) off the main thread (its body read here, not in main-thread tasks), and
 * posts the records back in parts of about a megabyte of text, so that receiving them (the
 * main thread copies each part in) is many short tasks rather than one long one.
 */
import { decodeDocuments, DOCUMENTS_FILE } from "./documents-parse.ts";
import type { DocumentsMessage } from "./documents-parse.ts";
import { fetchBytes } from "./fetch-bytes.ts";
import type { DocumentRecord } from "../../model/types.ts";

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ url: string }>) => void) | null;
  postMessage(message: DocumentsMessage): void;
}

const scope = self as unknown as WorkerScope;

/** Text (characters) per part, and records per part at most. */
const PART_CHARS = 1_000_000;
const PART_RECORDS = 500;

scope.onmessage = async (event) => {
  const bytes = await fetchBytes(event.data.url, DOCUMENTS_FILE);
  if (!(bytes instanceof ArrayBuffer)) {
    scope.postMessage(bytes);
    return;
  }
  const reply = decodeDocuments(bytes);
  if (reply.status !== "ok") {
    scope.postMessage(reply);
    return;
  }
  let part: DocumentRecord[] = [];
  let chars = 0;
  for (const d of reply.documents.documents) {
    part.push(d);
    chars += d.text.length + d.title.length;
    if (chars >= PART_CHARS || part.length >= PART_RECORDS) {
      scope.postMessage({ status: "part", documents: part });
      part = [];
      chars = 0;
    }
  }
  // The last part comes with the rest of the file.
  scope.postMessage({ status: "ok", documents: { ...reply.documents, documents: part } });
};
