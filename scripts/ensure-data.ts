/** Before `npm run dev`: compiles the seeds when no compiled data exists yet; otherwise says
 * which data is served (never replaces it). */
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { readMeta } from "./compile-meta.ts";

if (!existsSync("public/data/graph.json") || !existsSync("public/data/documents.json")) {
  console.error("No compiled data in public/data; compiling seeds/ first.");
  const run = spawnSync("npm", ["run", "-s", "compile"], { stdio: "inherit" });
  if (run.status === 2) process.exit(2);
} else {
  const meta = await readMeta("public/data");
  console.error(
    meta
      ? `Serving public/data, compiled from ${meta.input}/ at ${meta.compiledAt}.`
      : "Serving the data already in public/data.",
  );
}
