/**
 * Reading `documents.json` from its bytes: decoded, parsed and checked against the contract.
 * Run in the documents worker (off the main thread), or in place where workers are missing.
 */
import { parseDocuments } from "../../model/schema.ts";
import type { DocumentRecord, DocumentsFile } from "../../model/types.ts";
import type { Missing } from "./fetch-bytes.ts";

export type DocumentsReply =
  { status: "ok"; documents: DocumentsFile } | { status: "invalid"; message: string } | Missing;

/** What the worker posts: parts of the records, then the reply (its records the last part). */
export type DocumentsMessage = DocumentsReply | { status: "part"; documents: DocumentRecord[] };

export const DOCUMENTS_FILE = "documents.json";

export function decodeDocuments(bytes: ArrayBuffer): DocumentsReply {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch (error) {
    return {
      status: "invalid",
      message: `${DOCUMENTS_FILE}: not valid JSON (${String(error)})`,
    };
  }
  try {
    return { status: "ok", documents: parseDocuments(data) };
  } catch (error) {
    return { status: "invalid", message: error instanceof Error ? error.message : String(error) };
  }
}
