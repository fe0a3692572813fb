/**
 * The browser's compile, run in a worker: reads picked files as `npm run compile` reads a
 * folder's files (oversized ones failed without reading; types the compiler does not read
 * skipped without reading) and compiles them with the same pure compiler, so the same files
 * give the same graph.json and documents.json as the command line.
 */
import { compileCorpus } from "../../compiler/index.ts";
import type { CompileProgress, CompileResult, CorpusFile } from "../../compiler/index.ts";
import { decode, formatOf } from "../../compiler/decode.ts";
import { PREPARE_DEFAULTS } from "../../compiler/prepare.ts";

/** A file to read: its corpus id, its size and how to read its bytes. */
export interface ReadableEntry {
  id: string;
  size: number;
  read(): Promise<ArrayBuffer>;
}

/** Progress of a browser compile: reading files, then the compiler's own stages. */
export type BrowserProgress = { stage: "read"; done: number; total: number } | CompileProgress;

export interface BrowserCompileOptions {
  /** Largest file read, in bytes (default 5 MB, as on the command line). */
  maxBytes: number;
  onProgress?: (progress: BrowserProgress) => void;
}

/** Why nothing can be compiled, as the command line says it. */
export class NothingToCompile extends Error {}

function problem(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * One file as the compiler takes it. Like the command line's reader, an oversized file fails
 * unread and an unreadable one fails with its reason; a type the compiler does not read is
 * skipped unread (with the compiler's own reason).
 */
export async function readEntry(entry: ReadableEntry, maxBytes: number): Promise<CorpusFile> {
  if (entry.size > maxBytes)
    return { id: entry.id, error: `file too large: ${entry.size} bytes (limit ${maxBytes})` };
  if (!formatOf(entry.id)) {
    const skipped = decode(new Uint8Array(0), entry.id);
    if (!skipped.ok) return { id: entry.id, error: skipped.reason, status: skipped.status };
  }
  try {
    return { id: entry.id, bytes: new Uint8Array(await entry.read()) };
  } catch (error) {
    return { id: entry.id, error: `unreadable (${problem(error)})` };
  }
}

/** Reads and compiles picked files; throws NothingToCompile when none is a document. */
export async function compileEntries(
  entries: readonly ReadableEntry[],
  options: Partial<BrowserCompileOptions> = {},
): Promise<CompileResult> {
  const maxBytes = options.maxBytes ?? PREPARE_DEFAULTS.maxBytes;
  const report = options.onProgress ?? (() => undefined);
  if (!entries.some((e) => formatOf(e.id)))
    throw new NothingToCompile(
      `No documents (.txt, .md, .html, .htm) among the ${entries.length} file(s).`,
    );
  const files: CorpusFile[] = [];
  for (const [i, entry] of entries.entries()) {
    files.push(await readEntry(entry, maxBytes));
    report({ stage: "read", done: i + 1, total: entries.length });
  }
  return compileCorpus(files, { maxBytes, onProgress: report });
}
