/**
 * `npm run compile -- [input folder] [--out folder] [--max-bytes N]`: the thin Node shell
 * around compileCorpus. Reads the folder (default seeds/), writes graph.json and
 * documents.json (default public/data/), reports progress and a summary on stderr.
 * Exit status: 0 all compiled, 1 written but some files failed, 2 nothing written.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { compileCorpus } from "../src/compiler/index.ts";
import type { CompileResult, CompileSummary, CorpusFile } from "../src/compiler/index.ts";
import { DECODE_DEFAULTS, formatOf } from "../src/compiler/decode.ts";
import { readFound, walk, writeOutputs } from "./compile-io.ts";
import { createProgress } from "./compile-progress.ts";
import type { Progress } from "./compile-progress.ts";

const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;
const EXIT_NOTHING_WRITTEN = 2;

function fail(message: string): number {
  process.stderr.write(`rabita: ${message}\n`);
  return EXIT_NOTHING_WRITTEN;
}

function counts(record: Record<string, number>): string {
  const total = Object.values(record).reduce((a, b) => a + b, 0);
  const parts = Object.entries(record).map(([k, n]) => `${k} ${n}`);
  return `${total} (${parts.join(", ")})`;
}

function printSummary(summary: CompileSummary, seconds: number, outDir: string): void {
  const { compiled, failed, skipped } = summary.documents;
  const lines = [
    `documents: ${compiled} compiled, ${failed} failed, ${skipped} skipped (${summary.words} words) in ${seconds.toFixed(1)} s`,
    `nodes: ${counts(summary.nodesByKind)}`,
    `edges: ${counts(summary.edgesByKind)}`,
    `warnings: ${summary.warnings}`,
    `wrote ${path.join(outDir, "graph.json")} and ${path.join(outDir, "documents.json")}`,
  ];
  process.stderr.write(`${lines.join("\n")}\n`);
}

async function readAll(
  input: string,
  maxBytes: number,
  progress: Progress,
): Promise<CorpusFile[] | string> {
  const found = await walk(input);
  if (!found.some((f) => formatOf(f.id)))
    return `no documents (.txt, .md, .html, .htm) in ${input}`;
  const files: CorpusFile[] = [];
  for (const [i, file] of found.entries()) {
    const read = await readFound(file, maxBytes);
    if ("error" in read) process.stderr.write(`rabita: cannot read ${file.id}: ${read.error}\n`);
    files.push(read);
    progress.tick("reading", i + 1, found.length);
  }
  return files;
}

function compile(files: CorpusFile[], maxBytes: number, progress: Progress): CompileResult {
  const stages = {
    extract: "extracting entities and relations",
    assemble: "assembling the graph",
    layout: "laying out",
    validate: "validating",
  };
  return compileCorpus(files, {
    maxBytes,
    onProgress: ({ stage, done, total }) => {
      if (stage === "prepare") progress.tick("decoding", done, total);
      else progress.stage(`${stages[stage]}…`);
    },
  });
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: "string" }, "max-bytes": { type: "string" } },
  });
  const input = positionals[0] ?? "seeds";
  const outDir = values.out ?? "public/data";
  const maxBytes = values["max-bytes"] ? Number(values["max-bytes"]) : DECODE_DEFAULTS.maxBytes;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0)
    return fail(`--max-bytes must be a positive number`);
  const info = await stat(input).catch(() => undefined);
  if (!info?.isDirectory()) return fail(`input folder not found: ${input}`);

  const started = performance.now();
  const progress = createProgress(process.stderr);
  const files = await readAll(input, maxBytes, progress);
  if (typeof files === "string") return fail(files);
  const result = compile(files, maxBytes, progress);
  progress.done();
  const reported = new Set(files.flatMap((f) => ("error" in f ? [f.id] : [])));
  for (const p of result.summary.problems) {
    if (!reported.has(p.id)) process.stderr.write(`rabita: ${p.status} ${p.id}: ${p.reason}\n`);
  }
  try {
    await writeOutputs(outDir, result.graph, result.documents);
  } catch (error) {
    return fail(
      `could not write ${outDir}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  printSummary(result.summary, (performance.now() - started) / 1000, outDir);
  return result.summary.documents.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `rabita: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = EXIT_NOTHING_WRITTEN;
  },
);
