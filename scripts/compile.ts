/**
 * `npm run compile -- [input folder] [options]`: the thin Node shell around compileCorpus.
 * Reads the folder (default seeds/), writes graph.json and documents.json (default
 * public/data/) with frame.json (what the app draws first), reports progress and a summary on
 * stderr. `--help` lists the options.
 * Exit status: 0 all compiled, 1 written but some files failed, 2 nothing written.
 */
import { readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { CompileResult, CompileSummary, CorpusFile } from "../src/compiler/index.ts";
import { formatOf } from "../src/compiler/decode.ts";
import { PREPARE_DEFAULTS } from "../src/compiler/prepare.ts";
import { frameText } from "../src/compiler/frame/index.ts";
import { readFound, unwritable, walk, writeOutputs } from "./compile-io.ts";
import { makeMeta, writeMeta } from "./compile-meta.ts";
import { compileWithWorkers, defaultWorkers } from "./compile-pool.ts";
import { createProgress } from "./compile-progress.ts";
import type { Progress } from "./compile-progress.ts";

const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;
const EXIT_NOTHING_WRITTEN = 2;

const DEFAULT_INPUT = "seeds";
const DEFAULT_OUT = "public/data";
const HINT = "Try 'npm run compile -- --help' for usage.";

/** What `--help` prints. */
const USAGE = `Usage: npm run compile -- [input folder] [options]

Compiles the documents in a folder (.txt, .md, .html, .htm, in subfolders too) into the
network the app shows: graph.json and documents.json.

Arguments:
  input folder          folder of documents (default: ${DEFAULT_INPUT})

Options:
  -o, --out <folder>    where graph.json and documents.json go (default: ${DEFAULT_OUT})
      --max-bytes <n>   largest file read, in bytes (default: ${PREPARE_DEFAULTS.maxBytes}, 5 MB)
      --follow-links    read files and folders that symbolic links lead to outside the
                        input folder (default: off; such links are listed as skipped)
      --keep-contacts   keep e-mail addresses and telephone numbers in documents.json
                        (default: off; each is replaced by a placeholder of the same length)
      --workers <n>     worker threads that read and recognise documents (default: auto,
                        the cores up to 4, here ${defaultWorkers()}; 1 compiles in one thread)
  -h, --help            print this help and exit
  -v, --version         print the version and exit

Exit status:
  0  every document compiled
  1  output written, but some files failed (each is listed in documents.json with its
     reason and named on stderr)
  2  nothing written: bad arguments, input folder missing or not a folder, no documents,
     or the output folder cannot be written

Example:
  npm run compile -- ~/reports --out public/data

To view the result, build and serve the app (it reads public/data):
  npm run build && npm run preview
`;

/** A mistake in the command line: one line on stderr, the usage hint, exit status 2. */
class UsageError extends Error {}

function fail(message: string): number {
  process.stderr.write(`rabita: ${message}\n`);
  return EXIT_NOTHING_WRITTEN;
}

function version(): string {
  const file = path.join(import.meta.dirname, "../package.json");
  const pkg = JSON.parse(readFileSync(file, "utf8")) as { version?: unknown };
  return typeof pkg.version === "string" ? pkg.version : "unknown";
}

interface Args {
  input: string;
  outDir: string;
  maxBytes: number;
  followLinks: boolean;
  keepContacts: boolean;
  /** Worker threads for the per-document stages; undefined: auto. */
  workers: number | undefined;
  help: boolean;
  version: boolean;
}

/** Turns parseArgs' errors (long, with advice about `--`) into one short line. */
function argumentError(error: unknown): UsageError {
  const code = error && typeof error === "object" && "code" in error ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return new UsageError(`unknown option ${option}`);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = /--[\w-]+/.exec(option)?.[0] ?? option;
    return new UsageError(
      message.includes("does not take an argument")
        ? `option ${name} takes no value`
        : `option ${name} needs a value`,
    );
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
    return new UsageError(`unexpected argument ${option}`);
  return new UsageError(message.split("\n")[0] ?? message);
}

function parse(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string", short: "o" },
        "max-bytes": { type: "string" },
        "follow-links": { type: "boolean" },
        "keep-contacts": { type: "boolean" },
        workers: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw argumentError(error);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new UsageError(`expected one input folder, got ${positionals.length}`);
  for (const [name, value] of [
    ["--out", values.out],
    ["--max-bytes", values["max-bytes"]],
    ["--workers", values.workers],
  ] as const)
    if (value !== undefined && (value === "" || value.startsWith("-")))
      throw new UsageError(`option ${name} needs a value`);
  const rawBytes = values["max-bytes"];
  const maxBytes = rawBytes === undefined ? PREPARE_DEFAULTS.maxBytes : Number(rawBytes);
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0)
    throw new UsageError(`--max-bytes must be a positive whole number of bytes, not ${rawBytes}`);
  const rawWorkers = values.workers;
  const workers =
    rawWorkers === undefined || rawWorkers === "auto" ? undefined : Number(rawWorkers);
  if (workers !== undefined && (!Number.isSafeInteger(workers) || workers <= 0))
    throw new UsageError(`--workers must be a positive whole number or auto, not ${rawWorkers}`);
  return {
    input: positionals[0] ?? DEFAULT_INPUT,
    outDir: values.out ?? DEFAULT_OUT,
    maxBytes,
    followLinks: values["follow-links"] === true,
    keepContacts: values["keep-contacts"] === true,
    workers,
    help: values.help === true,
    version: values.version === true,
  };
}

function counts(record: Record<string, number>): string {
  const total = Object.values(record).reduce((a, b) => a + b, 0);
  const parts = Object.entries(record).map(([k, n]) => `${k} ${n}`);
  return `${total} (${parts.join(", ")})`;
}

function printSummary(result: CompileResult, seconds: number, outDir: string): void {
  const summary: CompileSummary = result.summary;
  const { compiled, failed, skipped } = summary.documents;
  const { emails, phones } = result.redacted;
  const lines = [
    `documents: ${compiled} compiled, ${failed} failed, ${skipped} skipped (${summary.words} words) in ${seconds.toFixed(1)} s`,
    `nodes: ${counts(summary.nodesByKind)}`,
    `edges: ${counts(summary.edgesByKind)}`,
    `warnings: ${summary.warnings}`,
    ...(emails + phones > 0
      ? [
          `contacts: ${emails} e-mail address(es) and ${phones} telephone number(s) redacted (--keep-contacts keeps them)`,
        ]
      : []),
    `wrote ${path.join(outDir, "graph.json")}, ${path.join(outDir, "documents.json")}, ${path.join(outDir, "frame.json")} and ${path.join(outDir, "meta.json")}`,
  ];
  process.stderr.write(`${lines.join("\n")}\n`);
}

async function readAll(args: Args, progress: Progress): Promise<CorpusFile[] | string> {
  const found = await walk(args.input, { followLinks: args.followLinks });
  if (!found.some((f) => formatOf(f.id)))
    return `no documents (.txt, .md, .html, .htm) in ${args.input}`;
  const problem = await unwritable(args.outDir);
  if (problem) return `could not write ${args.outDir}: ${problem}`;
  const files: CorpusFile[] = [];
  for (const [i, file] of found.entries()) {
    const read = await readFound(file, args.maxBytes);
    if ("error" in read) {
      const line =
        read.status === "skipped"
          ? `skipped ${file.id}: ${read.error}`
          : `cannot read ${file.id}: ${read.error}`;
      process.stderr.write(`rabita: ${line}\n`);
    }
    files.push(read);
    progress.tick("reading", i + 1, found.length);
  }
  return files;
}

function compile(files: CorpusFile[], args: Args, progress: Progress): Promise<CompileResult> {
  const stages = {
    extract: "extracting entities and relations",
    assemble: "assembling the graph",
    layout: "laying out",
    validate: "validating",
  };
  return compileWithWorkers(files, {
    ...(args.workers !== undefined && { workers: args.workers }),
    maxBytes: args.maxBytes,
    keepContacts: args.keepContacts,
    onProgress: ({ stage, done, total }) => {
      if (stage === "prepare") progress.tick("decoding", done, total);
      else progress.stage(`${stages[stage]}…`);
    },
  });
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`rabita: ${error.message}\n${HINT}\n`);
    return EXIT_NOTHING_WRITTEN;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (args.version) {
    process.stdout.write(`rabita ${version()}\n`);
    return EXIT_OK;
  }
  const info = await stat(args.input).catch(() => undefined);
  if (!info) return fail(`input folder not found: ${args.input}`);
  if (!info.isDirectory()) {
    process.stderr.write(`rabita: input is a file, not a folder: ${args.input}\n${HINT}\n`);
    return EXIT_NOTHING_WRITTEN;
  }

  const started = performance.now();
  const progress = createProgress(process.stderr);
  const files = await readAll(args, progress);
  if (typeof files === "string") return fail(files);
  const result = await compile(files, args, progress);
  progress.done();
  const reported = new Set(files.flatMap((f) => ("error" in f ? [f.id] : [])));
  for (const p of result.summary.problems) {
    if (!reported.has(p.id)) process.stderr.write(`rabita: ${p.status} ${p.id}: ${p.reason}\n`);
  }
  try {
    await writeOutputs(args.outDir, result.graph, result.documents, frameText(result.graph));
    await writeMeta(args.outDir, makeMeta(args.input, result.summary.documents));
  } catch (error) {
    return fail(
      `could not write ${args.outDir}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  printSummary(result, (performance.now() - started) / 1000, args.outDir);
  return result.summary.documents.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An unexpected failure: one line, the stack only when asked for (RABITA_DEBUG=1).
    const message = error instanceof Error ? error.message : String(error);
    const stack = process.env.RABITA_DEBUG && error instanceof Error ? error.stack : undefined;
    process.stderr.write(`rabita: unexpected error: ${stack ?? message}\n`);
    process.exitCode = EXIT_NOTHING_WRITTEN;
  },
);
