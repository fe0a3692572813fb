/**
 * `npm run fuzz -- [cases] [--seed N] [--workers W]`: checks the compiler's properties
 * (tests/unit/pipeline/compiler-properties.ts) on `cases` random corpora (default 100,000),
 * split between the kinds of input by weight and between W processes (default: one per CPU),
 * and reports how long it took. Exit status 0 when every case held, 1 with the first
 * counterexample (and the seed and path that replay it) otherwise.
 */
import { spawn } from "node:child_process";
import os from "node:os";
import { parseArgs } from "node:util";
import fc from "fast-check";
import {
  CORPORA,
  compilerProperty,
  runsPerCorpus,
  textProperties,
} from "../tests/unit/pipeline/compiler-properties.ts";

interface CorpusOutcome {
  name: string;
  runs: number;
  seconds: number;
  failure?: { seed: number; path?: string; error: string; counterexample: string };
}

/** Runs this process's share: `runs` cases split between the corpora, from `seed`. */
function check(runs: number, seed: number): CorpusOutcome[] {
  const shares = runsPerCorpus(runs);
  const out: CorpusOutcome[] = [];
  for (const [i, corpus] of CORPORA.entries()) {
    const numRuns = shares[i] ?? 0;
    const started = performance.now();
    const details = fc.check(compilerProperty(corpus.files), { numRuns, seed: seed + i });
    const seconds = (performance.now() - started) / 1000;
    out.push({
      name: corpus.name,
      runs: numRuns,
      seconds,
      ...(details.failed && {
        failure: {
          seed: seed + i,
          path: details.counterexamplePath ?? undefined,
          error: String(details.errorInstance).slice(0, 2000),
          counterexample: fc.stringify(details.counterexample).slice(0, 4000),
        },
      }),
    });
  }
  for (const [i, p] of textProperties.entries()) {
    const numRuns = Math.max(1, Math.floor(runs / 10));
    const started = performance.now();
    const details = fc.check(p.property, { numRuns, seed: seed + 100 + i });
    out.push({
      name: p.name,
      runs: numRuns,
      seconds: (performance.now() - started) / 1000,
      ...(details.failed && {
        failure: {
          seed: seed + 100 + i,
          path: details.counterexamplePath ?? undefined,
          error: String(details.errorInstance).slice(0, 2000),
          counterexample: fc.stringify(details.counterexample).slice(0, 4000),
        },
      }),
    });
  }
  return out;
}

function worker(args: string[]): Promise<CorpusOutcome[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, import.meta.filename, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = stdout.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !last) reject(new Error(`fuzz worker ${args.join(" ")} exited ${code}`));
      else resolve(JSON.parse(last) as CorpusOutcome[]);
    });
  });
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      seed: { type: "string" },
      workers: { type: "string" },
      worker: { type: "boolean" },
    },
  });
  const total = Number(positionals[0] ?? 100_000);
  const seed = Number(values.seed ?? 20_260_101);
  const workers = Math.max(1, Number(values.workers ?? os.cpus().length));
  if (!Number.isInteger(total) || total <= 0 || !Number.isInteger(seed) || !(workers > 0)) {
    process.stderr.write("usage: npm run fuzz -- [cases] [--seed N] [--workers W]\n");
    return 2;
  }
  if (values.worker) {
    process.stdout.write(`${JSON.stringify(check(total, seed))}\n`);
    return 0;
  }
  process.stderr.write(
    `checking ${total} random corpora (seed ${seed}, ${workers} process(es))…\n`,
  );
  const started = performance.now();
  const shares = Array.from(
    { length: workers },
    (_, i) => Math.floor(total / workers) + (i < total % workers ? 1 : 0),
  ).filter((n) => n > 0);
  const results = await Promise.all(
    shares.map((n, i) => worker([String(n), "--worker", "--seed", String(seed + 1000 * i)])),
  );
  const seconds = (performance.now() - started) / 1000;
  const byName = new Map<string, { runs: number; seconds: number }>();
  const failures: CorpusOutcome[] = [];
  for (const outcome of results.flat()) {
    const row = byName.get(outcome.name) ?? { runs: 0, seconds: 0 };
    row.runs += outcome.runs;
    row.seconds += outcome.seconds;
    byName.set(outcome.name, row);
    if (outcome.failure) failures.push(outcome);
  }
  for (const [name, row] of byName)
    process.stdout.write(
      `${name.padEnd(68)} ${String(row.runs).padStart(7)} cases ${row.seconds.toFixed(1).padStart(8)} s\n`,
    );
  const cases = [...byName.values()].reduce((a, r) => a + r.runs, 0);
  process.stdout.write(
    `\n${cases} cases in ${seconds.toFixed(1)} s (${workers} process(es)): ${failures.length === 0 ? "all held" : `${failures.length} propert(ies) failed`}\n`,
  );
  for (const f of failures) {
    const { seed: s, path, error, counterexample } = f.failure ?? {};
    process.stdout.write(
      `\nFAILED: ${f.name}\n  replay: fc.check(..., { seed: ${s}, path: ${JSON.stringify(path)} })\n  ${error}\n  counterexample: ${counterexample}\n`,
    );
  }
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`fuzz: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
