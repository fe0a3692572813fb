/** Before `npm run dev`: compiles the seeds when no compiled data exists yet. */
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

if (!existsSync("public/data/graph.json") || !existsSync("public/data/documents.json")) {
  console.error("No compiled data in public/data; compiling seeds/ first.");
  const run = spawnSync("npm", ["run", "-s", "compile"], { stdio: "inherit" });
  if (run.status === 2) process.exit(2);
}
