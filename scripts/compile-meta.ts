/**
 * `meta.json`, written beside graph.json and documents.json: which folder was compiled, when,
 * and how many documents. It is the one output that changes from run to run (it holds the
 * time); graph.json and documents.json stay byte-identical for the same documents. The app
 * shows it in its status line, and `npm start` reads it so as never to replace a user's data
 * without saying so.
 */
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export const META_FILE = "meta.json";

export interface CompileMeta {
  version: 1;
  /** The input folder: relative to the working folder when inside it, else its name only (no
   * home paths are published). `/`-separated. */
  input: string;
  /** ISO 8601 instant, UTC. */
  compiledAt: string;
  documents: { compiled: number; failed: number; skipped: number };
}

/** How the input folder is named in meta.json. */
export function inputName(input: string, cwd = process.cwd()): string {
  const absolute = path.resolve(cwd, input);
  const relative = path.relative(cwd, absolute);
  if (relative === "") return path.basename(absolute) || ".";
  if (relative.split(path.sep)[0] === ".." || path.isAbsolute(relative))
    return path.basename(absolute);
  return relative.split(path.sep).join("/");
}

export function makeMeta(
  input: string,
  documents: CompileMeta["documents"],
  now: Date = new Date(),
): CompileMeta {
  return { version: 1, input: inputName(input), compiledAt: now.toISOString(), documents };
}

/** Writes meta.json atomically (a temporary file renamed into place). */
export async function writeMeta(outDir: string, meta: CompileMeta): Promise<void> {
  const temp = path.join(outDir, `.${META_FILE}.${process.pid}.tmp`);
  try {
    await writeFile(temp, `${JSON.stringify(meta, null, 2)}\n`);
    await rename(temp, path.join(outDir, META_FILE));
  } finally {
    await rm(temp, { force: true });
  }
}

/** Reads meta.json from `outDir`; null when it is missing or not meta. */
export async function readMeta(outDir: string): Promise<CompileMeta | null> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path.join(outDir, META_FILE), "utf8"));
  } catch {
    return null;
  }
  if (!data || typeof data !== "object") return null;
  const m = data as Partial<CompileMeta>;
  if (typeof m.input !== "string" || typeof m.compiledAt !== "string" || !m.documents) return null;
  return m as CompileMeta;
}
