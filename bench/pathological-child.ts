/**
 * One pathological case in a fresh process (so its peak memory is its own): builds the
 * document, compiles it, and prints one JSON line of measurements on stdout.
 * Usage: pathological-child.ts <case> <bytes>
 */
import { compileCorpus } from "../src/compiler/index.ts";
import { CASES } from "./pathological-cases.ts";

/** What one case measured. */
export interface CaseResult {
  name: string;
  bytes: number;
  seconds: number;
  /** Peak resident memory of the whole process, in MB. */
  peakRssMb: number;
  status: string;
  reason?: string;
  nodes: number;
  edges: number;
  /** Seconds per stage, for the stages that took more than 10 ms. */
  stages: Record<string, number>;
}

const [name, size] = [process.argv[2], Number(process.argv[3])];
const found = CASES.find((c) => c.name === name);
if (!found || !Number.isInteger(size) || size <= 0) {
  process.stderr.write(
    `usage: pathological-child.ts <${CASES.map((c) => c.name).join("|")}> <bytes>\n`,
  );
  process.exit(2);
}
const bytes = new TextEncoder().encode(found.text(size));
const started = performance.now();
const result = compileCorpus([{ id: found.file, bytes }]);
const seconds = (performance.now() - started) / 1000;
const doc = result.documents.documents[0];
const stages = Object.fromEntries(
  Object.entries(result.timings)
    .filter(([, ms]) => ms > 10)
    .map(([stage, ms]) => [stage, Math.round(ms) / 1000]),
);
const out: CaseResult = {
  name: found.name,
  bytes: bytes.length,
  seconds,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  status: doc?.status ?? "missing",
  ...(doc?.error && { reason: doc.error }),
  nodes: result.graph.nodes.length,
  edges: result.graph.edges.length,
  stages,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
