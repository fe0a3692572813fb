/** Messages between the app and the compile worker (types only). */
import type { DocumentsFile, SerializedRabitaGraph } from "../../model/types.ts";
import type { BrowserProgress } from "./compile-files.ts";

export interface CompileRequest {
  files: { id: string; file: File }[];
  maxBytes?: number;
}

export type CompileReply =
  | { type: "progress"; progress: BrowserProgress }
  | { type: "done"; graph: SerializedRabitaGraph; documents: DocumentsFile }
  | { type: "error"; message: string };
