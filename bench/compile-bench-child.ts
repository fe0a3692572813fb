/**
 * One benchmark run in a fresh process: generates a corpus of the given size, compiles it
 * (in this thread, or with the per-document stages in N worker threads), serialises the
 * output, and prints one JSON line of measurements on stdout.
 * Usage: compile-bench-child.ts <documents> [workers]
 */
import { createHash } from "node:crypto";
import { compileCorpus } from "../src/compiler/index.ts";
import { compileWithWorkers } from "../scripts/compile-pool.ts";
import { generateCorpus } from "./corpus-generator.ts";

/** What one run measured. */
export interface RunResult {
  documents: number;
  /** Worker threads of the per-document stages (1: compileCorpus in this thread). */
  workers: number;
  words: number;
  generateMs: number;
  compileMs: number;
  /** CPU time (user + system) of the compile, less sensitive than wall time to a busy machine. */
  compileCpuMs: number;
  serialiseMs: number;
  timings: Record<string, number>;
  peakRssMb: number;
  maxRssMb: number;
  peakHeapUsedMb: number;
  /** Heap used (MB) when each stage began, to see where memory goes. */
  heapAtStageMb: Record<string, number>;
  nodes: number;
  edges: number;
  outputMb: number;
  sha256: string;
}

const MB = 1024 * 1024;

async function run(size: number, workers: number): Promise<RunResult> {
  let peakRss = 0;
  let peakHeap = 0;
  const heapAtStage: Record<string, number> = {};
  const sample = (stage?: string): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    if (stage && !(stage in heapAtStage)) heapAtStage[stage] = m.heapUsed / MB;
  };
  let t = performance.now();
  const files = generateCorpus(size);
  const generateMs = performance.now() - t;
  sample();
  t = performance.now();
  const cpu = process.cpuUsage();
  const onProgress = (p: { stage: string }): void => sample(p.stage);
  const result =
    workers <= 1
      ? compileCorpus(files, { onProgress })
      : await compileWithWorkers(files, { workers, onProgress });
  const compileMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const compileCpuMs = (used.user + used.system) / 1000;
  sample("done");
  t = performance.now();
  const graphJson = JSON.stringify(result.graph);
  const documentsJson = JSON.stringify(result.documents);
  const serialiseMs = performance.now() - t;
  sample();
  return {
    documents: size,
    workers: Math.max(1, workers),
    words: result.summary.words,
    generateMs,
    compileMs,
    compileCpuMs,
    serialiseMs,
    timings: result.timings,
    peakRssMb: peakRss / MB,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapUsedMb: peakHeap / MB,
    heapAtStageMb: heapAtStage,
    nodes: result.graph.nodes.length,
    edges: result.graph.edges.length,
    outputMb: (graphJson.length + documentsJson.length) / MB,
    sha256: createHash("sha256").update(graphJson).update(documentsJson).digest("hex"),
  };
}

const size = Number(process.argv[2]);
const workers = Number(process.argv[3] ?? 1);
if (!Number.isInteger(size) || size <= 0 || !Number.isInteger(workers) || workers <= 0) {
  process.stderr.write("usage: compile-bench-child.ts <documents> [workers]\n");
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(await run(size, workers))}\n`);
