/**
 * Pathological-input benchmark: `npm run bench -- pathological` (or `npx tsx
 * bench/pathological-bench.ts [--bytes 1000000] [--timeout 120] [--cases a,b]`). Compiles
 * each hostile document of pathological-cases.ts alone, in a fresh process with a time limit,
 * and reports seconds and peak memory; writes bench/results/pathological.json. A case that
 * runs past the limit is reported as such (the compiler must never need it: every stage is
 * meant to be linear in the size of a document).
 */
import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { CASES } from "./pathological-cases.ts";
import type { CaseResult } from "./pathological-child.ts";

const here = import.meta.dirname;

type Outcome = CaseResult | { name: string; bytes: number; timedOut: true; limitSeconds: number };

function runCase(name: string, bytes: number, limitSeconds: number): Outcome {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, path.join(here, "pathological-child.ts"), name, String(bytes)],
    {
      encoding: "utf8",
      timeout: limitSeconds * 1000,
      killSignal: "SIGKILL",
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, TZ: "UTC" },
    },
  );
  if (child.signal === "SIGKILL" || child.error)
    return { name, bytes, timedOut: true, limitSeconds };
  if (child.status !== 0) throw new Error(`case ${name} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "") as CaseResult;
}

function line(o: Outcome): string {
  const size = `${(o.bytes / 1e6).toFixed(2)} MB`.padStart(8);
  if ("timedOut" in o)
    return `${o.name.padEnd(18)} ${size}   did not finish within ${o.limitSeconds} s`;
  const seconds = `${o.seconds.toFixed(2)} s`.padStart(9);
  const memory = `${Math.round(o.peakRssMb)} MB`.padStart(8);
  const what = o.status === "compiled" ? `${o.nodes} nodes, ${o.edges} edges` : o.reason;
  return `${o.name.padEnd(18)} ${size} ${seconds} ${memory}  ${o.status}: ${what}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      bytes: { type: "string", default: "1000000" },
      timeout: { type: "string", default: "120" },
      cases: { type: "string" },
    },
  });
  const bytes = Number(values.bytes);
  const limit = Number(values.timeout);
  const wanted = values.cases?.split(",") ?? CASES.map((c) => c.name);
  const unknown = wanted.filter((w) => !CASES.some((c) => c.name === w));
  if (unknown.length > 0 || !(bytes > 0) || !(limit > 0)) {
    process.stderr.write(
      `usage: pathological-bench.ts [--bytes N] [--timeout seconds] [--cases ${CASES.map((c) => c.name).join(",")}]\n`,
    );
    process.exit(2);
  }
  process.stdout.write(
    `${"case".padEnd(18)} ${"size".padStart(8)} ${"time".padStart(9)} ${"peak RSS".padStart(8)}  outcome\n`,
  );
  const runs: Outcome[] = [];
  for (const name of wanted) {
    const outcome = runCase(name, bytes, limit);
    runs.push(outcome);
    process.stdout.write(`${line(outcome)}\n`);
  }
  const machine = {
    node: process.version,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "unknown",
    platform: process.platform,
  };
  const descriptions = Object.fromEntries(CASES.map((c) => [c.name, c.description]));
  await mkdir(path.join(here, "results"), { recursive: true });
  await writeFile(
    path.join(here, "results", "pathological.json"),
    `${JSON.stringify({ machine, bytes, limitSeconds: limit, descriptions, runs }, null, 2)}\n`,
  );
  process.stdout.write(`\nwrote bench/results/pathological.json\n`);
}

await main();
