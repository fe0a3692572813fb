/**
 * File-system side of `npm run compile`: walks the input folder in a fixed order, reads
 * files (turning unreadable ones into failed entries and links that lead out of the folder
 * into skipped ones), checks that the output folder can be written, and writes graph.json and
 * documents.json atomically after validating them against the contract.
 */
import {
  lstat,
  mkdir,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import path from "node:path";
import { parseDocuments, parseGraph } from "../src/model/schema.ts";
import { FRAME_FILE } from "../src/model/frame.ts";
import type { DocumentsFile, SerializedRabitaGraph } from "../src/model/types.ts";
import type { CorpusFile } from "../src/compiler/index.ts";

/** A file found under the input folder; `problem` is set when it is not to be read. */
export interface FoundFile {
  id: string;
  absolute: string;
  size: number;
  problem?: string;
  /** How a file with a problem is listed: failed (the default) or skipped (left out on purpose). */
  status?: "failed" | "skipped";
  /** The real path of the input folder, when the file must resolve inside it to be read. */
  inside?: string;
}

/** How the input folder is walked. */
export interface WalkOptions {
  /**
   * Follow symbolic links that lead outside the input folder, and links to folders. Off by
   * default: such links are listed as skipped, so no file outside the folder is published.
   */
  followLinks?: boolean;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errorCode(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string")
    return error.code;
  return error instanceof Error ? error.message : String(error);
}

/** True when the real path `real` is the folder `root` or lies below it. */
export function isInside(root: string, real: string): boolean {
  const relative = path.relative(root, real);
  return relative === "" || (relative.split(path.sep)[0] !== ".." && !path.isAbsolute(relative));
}

const OUTSIDE_FILE = "link to a file outside the input folder (not read; --follow-links reads it)";
const OUTSIDE_FOLDER =
  "link to a folder outside the input folder (not followed; --follow-links follows it)";
const INSIDE_FOLDER =
  "link to a folder inside the input folder (not followed: its files are read where they are)";

/**
 * Lists files under `root` recursively, ids relative with `/`, sorted by plain comparison.
 * Hidden entries (dot names) are ignored. A symbolic link is read when it resolves to a file
 * inside the folder; links that lead outside it, and links to folders, are listed as skipped
 * unless `followLinks` is set (a folder already visited is never read twice).
 */
export async function walk(root: string, options: WalkOptions = {}): Promise<FoundFile[]> {
  const followLinks = options.followLinks === true;
  const rootReal = await realpath(root);
  const visited = new Set([rootReal]);
  const found: FoundFile[] = [];
  const skip = (id: string, absolute: string, problem: string): void => {
    found.push({ id, absolute, size: 0, problem, status: "skipped" });
  };
  async function visit(dir: string, prefix: string): Promise<void> {
    let entries: string[];
    try {
      entries = await readdir(dir);
    } catch (error) {
      const problem = `unreadable folder (${errorCode(error)})`;
      if (prefix) found.push({ id: prefix, absolute: dir, size: 0, problem });
      else throw error;
      return;
    }
    const names = entries.filter((n) => !n.startsWith(".")).sort(byName);
    for (const name of names) {
      const absolute = path.join(dir, name);
      const id = prefix ? `${prefix}/${name}` : name;
      const link = await lstat(absolute);
      if (link.isDirectory()) {
        await visit(absolute, id);
        continue;
      }
      try {
        const real = link.isSymbolicLink() ? await realpath(absolute) : absolute;
        const outside = link.isSymbolicLink() && !isInside(rootReal, real);
        const target = await stat(real);
        if (target.isDirectory()) {
          if (!followLinks) skip(id, absolute, outside ? OUTSIDE_FOLDER : INSIDE_FOLDER);
          else if (visited.has(real)) skip(id, absolute, "link to a folder already read (a cycle)");
          else {
            visited.add(real);
            await visit(absolute, id);
          }
        } else if (outside && !followLinks) skip(id, absolute, OUTSIDE_FILE);
        else if (!target.isFile())
          found.push({ id, absolute, size: 0, problem: "not a regular file" });
        else
          found.push({
            id,
            absolute,
            size: target.size,
            ...(!followLinks && { inside: rootReal }),
          });
      } catch (error) {
        found.push({ id, absolute, size: 0, problem: `unreadable (${errorCode(error)})` });
      }
    }
  }
  await visit(root, "");
  return found.sort((a, b) => byName(a.id, b.id));
}

/**
 * Reads one found file; oversized and unreadable files become failed entries without reading,
 * and a file that no longer resolves inside the input folder (swapped for a link since the
 * walk) a skipped one.
 */
export async function readFound(file: FoundFile, maxBytes: number): Promise<CorpusFile> {
  if (file.problem)
    return file.status === "skipped"
      ? { id: file.id, error: file.problem, status: "skipped" }
      : { id: file.id, error: file.problem };
  if (file.size > maxBytes)
    return { id: file.id, error: `file too large: ${file.size} bytes (limit ${maxBytes})` };
  try {
    if (file.inside && !isInside(file.inside, await realpath(file.absolute)))
      return { id: file.id, error: OUTSIDE_FILE, status: "skipped" };
    return { id: file.id, bytes: new Uint8Array(await readFile(file.absolute)) };
  } catch (error) {
    return { id: file.id, error: `unreadable (${errorCode(error)})` };
  }
}

/**
 * `mkdir -p`, one level at a time. (Node's recursive mkdir never returns for a folder below
 * /proc, where mkdir answers ENOENT.)
 */
async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = dir;
  while (!(await stat(at).catch(() => undefined))) {
    missing.push(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing.reverse()) await mkdir(folder);
}

/**
 * Why `outDir` cannot be written, or undefined when it can: checked before compiling, so a
 * long compile never ends in "could not write". Creates the folder when it is missing (the
 * compile writes into it next) and writes and removes a probe file in it.
 */
export async function unwritable(outDir: string): Promise<string | undefined> {
  const info = await stat(outDir).catch(() => undefined);
  if (info && !info.isDirectory()) return "not a folder";
  if (!info) {
    try {
      await makeFolder(path.resolve(outDir));
    } catch (error) {
      return `cannot create the folder (${errorCode(error)})`;
    }
  }
  const probe = path.join(outDir, `.rabita-probe.${process.pid}.tmp`);
  try {
    await writeFile(probe, "");
    return undefined;
  } catch (error) {
    return `cannot write in the folder (${errorCode(error)})`;
  } finally {
    await rm(probe, { force: true });
  }
}

/** Serialises compiled data; compact and key-order-stable, so identical input gives identical bytes. */
export function toJson(data: unknown): string {
  return `${JSON.stringify(data)}\n`;
}

/**
 * Validates both files, then writes each (and `frame`, the first-frame file, when given) to a
 * temporary file in `outDir` and renames it into place. On any failure nothing is renamed and
 * no temporary file is left behind.
 */
export async function writeOutputs(
  outDir: string,
  graph: SerializedRabitaGraph,
  documents: DocumentsFile,
  frame?: string,
): Promise<void> {
  parseGraph(graph);
  parseDocuments(documents);
  const outputs: [string, string][] = [
    ["graph.json", toJson(graph)],
    ["documents.json", toJson(documents)],
  ];
  // (Should a write be cut short between the two, a frame.json that is not graph.json's is
  // found so once the app reads graph.json, which it then draws instead.)
  if (frame !== undefined) outputs.push([FRAME_FILE, frame]);
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
