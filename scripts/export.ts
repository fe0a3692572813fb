/**
 * `npm run export -- [data folder] --out <folder>`: the thin Node shell around src/export.
 * Reads graph.json and documents.json from the data folder (default public/data), validates
 * them against the contract and writes graph.gexf, graph.graphml, nodes.csv, edges.csv and
 * entities.ftm.json into the output folder, each to a temporary file first, then renamed.
 * Exit status: 0 written, 2 bad arguments or input (one line on stderr), nothing written.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { exportAll } from "../src/export/index.ts";
import type { ExportFile } from "../src/export/index.ts";
import { parseDocuments, parseGraph } from "../src/model/schema.ts";

const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;

const USAGE = `Usage: npm run export -- [data folder] --out <folder>

Writes the compiled graph in the data folder (graph.json and documents.json, default
public/data) as:
  graph.gexf         GEXF 1.3 for Gephi and Gephi Lite (positions, sizes, colours by kind)
  graph.graphml      GraphML for yEd, Cytoscape, networkx
  nodes.csv          one row per node (Id, Label, kind, dates, aliases, documents, …)
  edges.csv          one row per edge (Id, Source, Target, From, To, kind, amount, evidence, …)
  entities.ftm.json  FollowTheMoney entities, one a line, for OCCRP Aleph

Options:
  --out <folder>  where to write (created if missing; files there are replaced)
  -h, --help      show this help
Exit status: 0 written, 2 bad arguments or input.
`;

class InputError extends Error {}

function fail(message: string): number {
  process.stderr.write(`rabita export: ${message}\n`);
  return EXIT_BAD_INPUT;
}

function reason(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string")
    return error.code;
  return error instanceof Error ? error.message : String(error);
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(`cannot read ${file} (${reason(error)})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`${file} is not valid JSON (${reason(error)})`);
  }
}

function validated<T>(parse: (data: unknown, file: string) => T, data: unknown, file: string): T {
  try {
    return parse(data, file);
  } catch (error) {
    throw new InputError(`invalid data: ${reason(error)}`);
  }
}

/** Writes every file to a temporary name in `outDir`, then renames them all into place. */
async function writeAtomically(outDir: string, files: ExportFile[]): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const temps = files.map((f) => path.join(outDir, `.${f.name}.${process.pid}.tmp`));
  try {
    for (const [i, file] of files.entries()) await writeFile(temps[i] as string, file.content);
    for (const [i, file] of files.entries())
      await rename(temps[i] as string, path.join(outDir, file.name));
  } finally {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // node:util's messages go on with advice on "--"; the first sentence is the error.
    return fail(`${message.split(/\.\s|\n/)[0] ?? "bad arguments"} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (positionals.length > 1)
    return fail(`expected one data folder, got ${positionals.length} (see --help)`);
  if (!values.out) return fail("missing --out <folder> (see --help)");
  const dataDir = positionals[0] ?? "public/data";
  const outDir = values.out;

  const info = await stat(dataDir).catch(() => undefined);
  if (!info?.isDirectory()) return fail(`data folder not found: ${dataDir}`);
  let files: ExportFile[];
  try {
    const graphFile = path.join(dataDir, "graph.json");
    const documentsFile = path.join(dataDir, "documents.json");
    const graph = validated(parseGraph, await readJson(graphFile), graphFile);
    const documents = validated(parseDocuments, await readJson(documentsFile), documentsFile);
    files = exportAll(graph, documents);
  } catch (error) {
    if (error instanceof InputError) return fail(error.message);
    throw error;
  }
  try {
    await writeAtomically(outDir, files);
  } catch (error) {
    return fail(`could not write ${outDir} (${reason(error)})`);
  }
  for (const file of files)
    process.stderr.write(
      `wrote ${path.join(outDir, file.name)} (${Buffer.byteLength(file.content)} bytes)\n`,
    );
  return EXIT_OK;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `rabita export: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = EXIT_BAD_INPUT;
  },
);
