/**
 * What `npm start [-- folder [compile options]]` does, decided from its arguments and the data
 * already in public/data (pure, unit-tested): which folder to compile, if any, and what to say
 * on stderr. A user's data is never replaced without a line saying what it was and what
 * replaces it; `npm start` alone keeps data compiled from another folder than seeds/.
 */
import type { CompileMeta } from "./compile-meta.ts";
import { inputName } from "./compile-meta.ts";

export const DATA_DIR = "public/data";
export const SEEDS = "seeds";

/** Compile options that take a value (so that their value is not read as the folder). */
const WITH_VALUE = new Set(["--max-bytes", "--workers"]);

export interface Existing {
  /** graph.json is there. */
  data: boolean;
  meta: CompileMeta | null;
}

export type StartPlan =
  | { kind: "error"; message: string }
  | { kind: "run"; compile: { folder: string; options: string[] } | null; notes: string[] };

function describe(meta: CompileMeta): string {
  const when = meta.compiledAt.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC");
  const n = meta.documents.compiled;
  return `${meta.input}/ on ${when}, ${n} document${n === 1 ? "" : "s"}`;
}

/** Splits `npm start` arguments into the folder and the options passed on to the compiler. */
export function parseStartArgs(
  argv: string[],
): { folder: string | null; options: string[] } | string {
  let folder: string | null = null;
  const options: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "-o" || a === "--out" || a.startsWith("--out=")) {
      return `npm start serves ${DATA_DIR}; to compile elsewhere use npm run compile -- --out <folder>`;
    }
    if (a.startsWith("-")) {
      options.push(a);
      if (WITH_VALUE.has(a) && i + 1 < argv.length) options.push(argv[++i] as string);
      continue;
    }
    if (folder !== null) return `one folder at a time (got ${folder} and ${a})`;
    folder = a;
  }
  return { folder, options };
}

/** Decides what to compile and what to say, given the arguments and what is in public/data. */
export function planStart(argv: string[], existing: Existing, cwd = process.cwd()): StartPlan {
  const args = parseStartArgs(argv);
  if (typeof args === "string") return { kind: "error", message: args };
  const { folder, options } = args;
  const was = existing.meta ? describe(existing.meta) : null;
  if (folder === null) {
    if (!existing.data) return { kind: "run", compile: { folder: SEEDS, options }, notes: [] };
    if (existing.meta && existing.meta.input === SEEDS)
      return {
        kind: "run",
        compile: { folder: SEEDS, options },
        notes: [`recompiling ${SEEDS}/ into ${DATA_DIR} (it held ${was})`],
      };
    const origin = was ? `compiled from ${was}` : "whose folder is not recorded";
    return {
      kind: "run",
      compile: null,
      notes: [
        `serving the data already in ${DATA_DIR}, ${origin}; it is kept.`,
        `To compile the seeds instead: npm start -- ${SEEDS}. Another folder: npm start -- path/to/folder`,
      ],
    };
  }
  const name = inputName(folder, cwd);
  const notes: string[] = [];
  if (existing.data) {
    if (!existing.meta)
      notes.push(`replacing the data in ${DATA_DIR} (folder not recorded) with ${folder}/`);
    else if (existing.meta.input !== name)
      notes.push(`replacing the data in ${DATA_DIR} (compiled from ${was}) with ${folder}/`);
    else notes.push(`recompiling ${folder}/ into ${DATA_DIR} (it held ${was})`);
  }
  return { kind: "run", compile: { folder, options }, notes };
}
