/**
 * `npm start [-- folder [compile options]]`: compiles a folder of documents (default: seeds/,
 * unless public/data already holds data compiled from another folder, which is kept), builds
 * the app and serves it at http://127.0.0.1:4173/. Says on stderr what it compiles and what
 * data it replaces or keeps (see start-plan.ts). Exit status: the compiler's 2 (nothing
 * written) stops here; 1 (some files failed) still serves.
 */
import { existsSync } from "node:fs";
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { readMeta } from "./compile-meta.ts";
import { DATA_DIR, planStart } from "./start-plan.ts";

const bin = (name: string): string => path.join("node_modules", ".bin", name);

async function main(): Promise<number> {
  const existing = {
    data: existsSync(path.join(DATA_DIR, "graph.json")),
    meta: await readMeta(DATA_DIR),
  };
  const plan = planStart(process.argv.slice(2), existing);
  if (plan.kind === "error") {
    process.stderr.write(`rabita: ${plan.message}\n`);
    return 2;
  }
  for (const note of plan.notes) process.stderr.write(`rabita: ${note}\n`);
  if (plan.compile) {
    const { folder, options } = plan.compile;
    const run = spawnSync(bin("tsx"), ["scripts/compile.ts", folder, ...options], {
      stdio: "inherit",
    });
    if (run.status === 2 || run.status === null) return 2;
  }
  const build = spawnSync(bin("vite"), ["build"], { stdio: "inherit" });
  if (build.status !== 0) return build.status ?? 1;
  const args = ["preview", "--host", "127.0.0.1", "--port", "4173", "--strictPort"];
  const preview = spawn(bin("vite"), args, { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => preview.kill(signal));
  return new Promise((done) => preview.on("exit", (code) => done(code ?? 0)));
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`rabita: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
