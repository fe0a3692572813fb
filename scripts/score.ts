/**
 * `npm run score [-- --verbose|--json]`: compiles the dev evaluation set (../shared/eval/dev)
 * and the seeds into temporary folders with the real pipeline, then prints score.mjs's table
 * for each against its gold. Falls back to tests/fixtures/eval when ../shared is absent.
 * Exit status: 0 when every available set was scored, 1 when a compile or scorer run broke.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { compileCorpus } from "../src/compiler/index.ts";
import { readFound, walk, writeOutputs } from "./compile-io.ts";

const root = path.resolve(import.meta.dirname, "..");
const shared = path.resolve(root, "../shared/eval");
const fixtures = path.join(root, "tests/fixtures/eval");

interface EvalSet {
  name: string;
  docs: string;
  gold: string;
  scorer: string;
}

function sets(): { found: EvalSet[]; notes: string[] } {
  const notes: string[] = [];
  const found: EvalSet[] = [];
  const haveShared = existsSync(path.join(shared, "score.mjs"));
  const scorer = haveShared ? path.join(shared, "score.mjs") : path.join(fixtures, "score.mjs");
  for (const name of ["dev", "dev2"]) {
    const docs = path.join(shared, name, "docs");
    if (haveShared && existsSync(docs))
      found.push({ name, docs, gold: path.join(shared, name, "gold.json"), scorer });
    else notes.push(`${name} set skipped: ../shared/eval/${name} is not here`);
  }
  // The project's own corpora: "train" (rules are written against it) and the holdouts
  // (written later and scored once before any rule was written against them; see their
  // READMEs).
  for (const name of [
    "train",
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
    "holdout15",
    "holdout16",
    "holdout17",
    "holdout18",
    "holdout19",
    "holdout20",
    "holdout21",
    "holdout22",
    "holdout23",
    "holdout24",
    "holdout25",
    "holdout26",
    "holdout27",
    "holdout28",
    "holdout29",
    "holdout30",
    "holdout31",
    "holdout32",
    "holdout33",
    "holdout34",
    "holdout35",
    "holdout36",
    "holdout37",
    "holdout38",
    "holdout39",
    "holdout40",
    "holdout41",
    "holdout42",
    "holdout43",
    "holdout44",
    "holdout45",
    "holdout46",
  ]) {
    const dir = path.join(fixtures, "..", name);
    if (existsSync(path.join(dir, "gold.json")) && existsSync(scorer))
      found.push({ name, docs: path.join(dir, "docs"), gold: path.join(dir, "gold.json"), scorer });
  }
  const seedGold = haveShared
    ? path.join(shared, "seeds.gold.json")
    : path.join(fixtures, "seeds.gold.json");
  if (existsSync(seedGold) && existsSync(scorer))
    found.push({ name: "seeds", docs: path.join(root, "seeds"), gold: seedGold, scorer });
  else notes.push("seeds skipped: no seed gold or scorer found");
  return { found, notes };
}

async function compileTo(docs: string, out: string): Promise<void> {
  const files = await Promise.all((await walk(docs)).map((f) => readFound(f, 5 * 1024 * 1024)));
  const result = compileCorpus(files);
  await writeOutputs(out, result.graph, result.documents);
}

async function scoreSet(set: EvalSet, extra: string[]): Promise<boolean> {
  const out = await mkdtemp(path.join(os.tmpdir(), `rabita-score-${set.name}-`));
  try {
    await compileTo(set.docs, out);
    const args = [
      set.scorer,
      "--gold",
      set.gold,
      "--graph",
      path.join(out, "graph.json"),
      "--docs",
      path.join(out, "documents.json"),
      ...extra,
    ];
    const run = spawnSync(process.execPath, args, { encoding: "utf8" });
    process.stdout.write(
      `\n== ${set.name} (${path.relative(root, set.docs) || "."}) ==\n${run.stdout}`,
    );
    if (run.stderr) process.stderr.write(run.stderr);
    return run.status === 0 || run.status === 1;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const extra = process.argv.slice(2).filter((a) => a === "--verbose" || a === "--json");
  const { found, notes } = sets();
  for (const note of notes) process.stderr.write(`score: ${note}\n`);
  let ok = true;
  for (const set of found) ok = (await scoreSet(set, extra)) && ok;
  return ok ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `score: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
