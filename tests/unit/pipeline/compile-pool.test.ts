// The worker pool (scripts/compile-pool.ts) gives the same bytes as compileCorpus in one
// thread, whatever the order of the file list and the size of the batches.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../../bench/corpus-generator.ts";
import { compileWithWorkers } from "../../../scripts/compile-pool.ts";
import { compileCorpus } from "../../../src/compiler/index.ts";
import type { CompileResult, CorpusFile } from "../../../src/compiler/index.ts";

const seedsDir = path.join(import.meta.dirname, "../../../seeds");

function seeds(): CorpusFile[] {
  return readdirSync(seedsDir)
    .filter((name) => !name.startsWith("."))
    .sort()
    .map((name) => ({ id: name, bytes: readFileSync(path.join(seedsDir, name)) }));
}

function bytesOf(result: CompileResult): { graph: string; documents: string } {
  return { graph: JSON.stringify(result.graph), documents: JSON.stringify(result.documents) };
}

describe("compileWithWorkers", () => {
  it("writes the single-threaded bytes for the seeds and a generated corpus, in any order", async () => {
    const generated: CorpusFile[] = generateCorpus(40).map((f) => ({
      id: `generated/${f.id}`,
      bytes: f.bytes,
    }));
    const files = [...seeds(), ...generated, { id: "missing.txt", error: "unreadable (EACCES)" }];
    const single = bytesOf(compileCorpus(files));
    const pooled = bytesOf(await compileWithWorkers(files, { workers: 2, batchSize: 3 }));
    expect(pooled.graph).toBe(single.graph);
    expect(pooled.documents).toBe(single.documents);
    const reversed = bytesOf(
      await compileWithWorkers([...files].reverse(), { workers: 2, batchSize: 5 }),
    );
    expect(reversed.graph).toBe(single.graph);
    expect(reversed.documents).toBe(single.documents);
  }, 120_000);

  it("reports every document prepared and fails a repeated id as compileCorpus does", async () => {
    const files = generateCorpus(6).map((f) => ({ id: f.id, bytes: f.bytes }));
    const repeated = [
      ...files,
      { id: files[0]?.id ?? "", bytes: files[1]?.bytes ?? new Uint8Array() },
    ];
    const seen: number[] = [];
    const pooled = await compileWithWorkers(repeated, {
      workers: 2,
      batchSize: 2,
      onProgress: (p) => {
        if (p.stage === "prepare") seen.push(p.done);
      },
    });
    expect(seen.at(-1)).toBe(repeated.length);
    expect(JSON.stringify(pooled.documents)).toBe(
      JSON.stringify(compileCorpus(repeated).documents),
    );
  }, 60_000);
});
