/**
 * File-system side of `npm run compile`: walks the input folder in a fixed order, reads
 * files (turning unreadable ones into failed entries), and writes graph.json and
 * documents.json atomically after validating them against the contract.
 */
import { lstat, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseDocuments, parseGraph } from "../src/model/schema.ts";
import type { DocumentsFile, SerializedRabitaGraph } from "../src/model/types.ts";
import type { CorpusFile } from "../src/compiler/index.ts";

/** A file found under the input folder; `problem` is set when it cannot be read as a file. */
export interface FoundFile {
  id: string;
  absolute: string;
  size: number;
  problem?: string;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errorCode(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string")
    return error.code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Lists files under `root` recursively, ids relative with `/`, sorted by plain comparison.
 * Hidden entries (dot names) are ignored; symbolic links to folders are not followed.
 */
export async function walk(root: string): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  async function visit(dir: string, prefix: string): Promise<void> {
    const names = (await readdir(dir)).filter((n) => !n.startsWith(".")).sort(byName);
    for (const name of names) {
      const absolute = path.join(dir, name);
      const id = prefix ? `${prefix}/${name}` : name;
      const link = await lstat(absolute);
      if (link.isDirectory()) {
        await visit(absolute, id);
        continue;
      }
      try {
        const target = await stat(absolute);
        if (target.isDirectory())
          found.push({ id, absolute, size: 0, problem: "link to a folder (not followed)" });
        else if (!target.isFile())
          found.push({ id, absolute, size: 0, problem: "not a regular file" });
        else found.push({ id, absolute, size: target.size });
      } catch (error) {
        found.push({ id, absolute, size: 0, problem: `unreadable (${errorCode(error)})` });
      }
    }
  }
  await visit(root, "");
  return found.sort((a, b) => byName(a.id, b.id));
}

/** Reads one found file; oversized and unreadable files become failed entries without reading. */
export async function readFound(file: FoundFile, maxBytes: number): Promise<CorpusFile> {
  if (file.problem) return { id: file.id, error: file.problem };
  if (file.size > maxBytes)
    return { id: file.id, error: `file too large: ${file.size} bytes (limit ${maxBytes})` };
  try {
    return { id: file.id, bytes: new Uint8Array(await readFile(file.absolute)) };
  } catch (error) {
    return { id: file.id, error: `unreadable (${errorCode(error)})` };
  }
}

/** Serialises compiled data; compact and key-order-stable, so identical input gives identical bytes. */
export function toJson(data: unknown): string {
  return `${JSON.stringify(data)}\n`;
}

/**
 * Validates both files, then writes each to a temporary file in `outDir` and renames it
 * into place. On any failure nothing is renamed and no temporary file is left behind.
 */
export async function writeOutputs(
  outDir: string,
  graph: SerializedRabitaGraph,
  documents: DocumentsFile,
): Promise<void> {
  parseGraph(graph);
  parseDocuments(documents);
  const outputs: [string, string][] = [
    ["graph.json", toJson(graph)],
    ["documents.json", toJson(documents)],
  ];
  await mkdir(outDir, { recursive: true });
  const temps = outputs.map(([name]) => path.join(outDir, `.${name}.${process.pid}.tmp`));
  try {
    for (const [i, [, content]] of outputs.entries()) await writeFile(temps[i] as string, content);
    for (const [i, [name]] of outputs.entries())
      await rename(temps[i] as string, path.join(outDir, name));
  } finally {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
  }
}
