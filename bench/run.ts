/**
 * `npm run bench`: the compile benchmark (1,000 and 10,000 generated documents), then the
 * rendering benchmark in headless Chromium (1,000 / 10,000 / 50,000 nodes, bundle size).
 * Figures go to stdout and bench/results/*.json; nothing here asserts a time.
 */
import { spawnSync } from "node:child_process";

const steps: [string, string[]][] = [
  ["compile", ["bench/compile-bench.ts", "--sizes", "1000,10000"]],
  ["render", ["bench/render-bench.ts"]],
];

let failed = false;
for (const [name, args] of steps) {
  console.log(`\n=== ${name} benchmark ===`);
  const run = spawnSync("npx", ["tsx", ...args], { stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`${name} benchmark failed (exit ${run.status})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
