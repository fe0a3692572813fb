/**
 * `npm run bench`: the compile benchmark (1,000 and 10,000 generated documents), the
 * rendering benchmark in headless Chromium (1,000 / 10,000 / 50,000 nodes, bundle size), the
 * app benchmark (the built app on 1,000 and 10,000 compiled generated documents: load, first
 * draw, select, search, suggestion, document, brush, wheel, network mode; bench/app-bench.ts),
 * and the pathological-input benchmark (hostile 1 MB documents, one process each).
 * `npm run bench -- pathological` (or `compile`, `render`, `app`) runs only the ones named.
 * Figures go to stdout and bench/results/*.json; nothing here asserts a time.
 */
import { spawnSync } from "node:child_process";

const steps: [string, string[]][] = [
  ["compile", ["bench/compile-bench.ts", "--sizes", "1000,10000"]],
  ["render", ["bench/render-bench.ts"]],
  ["app", ["bench/app-bench.ts", "--build"]],
  ["pathological", ["bench/pathological-bench.ts"]],
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !steps.some(([name]) => name === w));
if (unknown.length > 0) {
  console.error(
    `unknown benchmark ${unknown.join(", ")}; known: ${steps.map(([n]) => n).join(", ")}`,
  );
  process.exit(2);
}

let failed = false;
for (const [name, args] of steps) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n=== ${name} benchmark ===`);
  const run = spawnSync("npx", ["tsx", ...args], { stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`${name} benchmark failed (exit ${run.status})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
