/**
 * Compile benchmark: `npx tsx bench/compile-bench.ts [--sizes 1000,10000] [--workers 1,auto]`.
 * Runs each size with each worker count (1: compileCorpus in one thread; auto: the compile
 * script's default pool) in a fresh process (so peak memory is that run's own), prints throughput, memory and the
 * share of time per stage, the growth from the smallest to the largest size, and writes
 * bench/results/compile.json. Targets: 10k docs < 60 s, growth ≤ linear, peak < 1.5 GB.
 */
import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { defaultWorkers } from "../scripts/compile-pool.ts";
import type { RunResult } from "./compile-bench-child.ts";

const here = import.meta.dirname;

function runSize(size: number, workers: number): RunResult {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, path.join(here, "compile-bench-child.ts"), String(size), String(workers)],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, TZ: "UTC" },
    },
  );
  if (child.status !== 0)
    throw new Error(`run of ${size} documents (${workers} workers) failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "") as RunResult;
}

const f1 = (n: number): string => n.toFixed(1);

function printRun(r: RunResult): void {
  const seconds = r.compileMs / 1000;
  process.stdout.write(
    `\n${r.documents} documents, ${r.workers === 1 ? "one thread" : `${r.workers} workers`}, ${r.words} words → ${r.nodes} nodes, ${r.edges} edges (${f1(r.outputMb)} MB JSON)\n` +
      `  compile ${f1(seconds)} s wall (${f1(r.compileCpuMs / 1000)} s CPU): ${Math.round(r.documents / seconds)} docs/s, ${Math.round(r.words / seconds)} words/s; serialise ${f1(r.serialiseMs / 1000)} s\n` +
      `  memory: peak RSS ${Math.round(r.maxRssMb)} MB (sampled ${Math.round(r.peakRssMb)} MB), peak heap used ${Math.round(r.peakHeapUsedMb)} MB\n`,
  );
  const heap = Object.entries(r.heapAtStageMb).map(([stage, mb]) => `${stage} ${Math.round(mb)}`);
  process.stdout.write(`  heap used (MB) as each stage began: ${heap.join(", ")}\n`);
  const rows = Object.entries(r.timings).sort((a, b) => b[1] - a[1]);
  for (const [stage, ms] of rows) {
    const share = stage.startsWith("extract.")
      ? ""
      : ` ${f1((100 * ms) / r.compileMs).padStart(5)} %`;
    process.stdout.write(`    ${stage.padEnd(24)} ${f1(ms / 1000).padStart(7)} s${share}\n`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000" },
      workers: { type: "string", default: "1,auto" },
    },
  });
  const pools = values.workers
    .split(",")
    .map((w) => (w === "auto" ? defaultWorkers() : Number(w)))
    .filter((n, i, all) => Number.isInteger(n) && n > 0 && all.indexOf(n) === i);
  const sizes = values.sizes
    .split(",")
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const runs: RunResult[] = [];
  for (const size of sizes)
    for (const workers of pools) {
      process.stderr.write(`compiling ${size} generated documents (${workers} workers)…\n`);
      const run = runSize(size, workers);
      runs.push(run);
      printRun(run);
    }
  for (const size of sizes) {
    const same = runs.filter((r) => r.documents === size);
    if (new Set(same.map((r) => r.sha256)).size > 1)
      throw new Error(`output of ${size} documents differs between worker counts`);
  }
  const single = runs.filter((r) => r.workers === runs[0]?.workers);
  const first = single[0];
  const last = single.at(-1);
  const growth =
    first && last && last !== first
      ? {
          sizeRatio: last.documents / first.documents,
          timeRatio: last.compileMs / first.compileMs,
          memoryRatio: last.maxRssMb / first.maxRssMb,
        }
      : undefined;
  if (growth)
    process.stdout.write(
      `\ngrowth ${first?.documents}→${last?.documents}: time ×${f1(growth.timeRatio)} for size ×${f1(growth.sizeRatio)} (${growth.timeRatio <= growth.sizeRatio * 1.1 ? "≤ linear" : "super-linear"}), memory ×${f1(growth.memoryRatio)}\n`,
    );
  const machine = {
    node: process.version,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "unknown",
    platform: process.platform,
  };
  await mkdir(path.join(here, "results"), { recursive: true });
  await writeFile(
    path.join(here, "results", "compile.json"),
    `${JSON.stringify({ machine, runs, growth }, null, 2)}\n`,
  );
  process.stdout.write(`\nwrote bench/results/compile.json\n`);
}

await main();
