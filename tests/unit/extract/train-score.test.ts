/**
 * Compiles the training corpus (tests/fixtures/train: 48 documents of the genre written for
 * the project, with gold) through the whole pipeline and scores it with the project's scorer,
 * holding the bar reached so far so that a change that loses ground shows here.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileCorpus } from "../../../src/compiler/index.ts";

const root = join(import.meta.dirname, "../../..");
const train = join(root, "tests/fixtures/train");
const dir = mkdtempSync(join(tmpdir(), "rabita-train-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Score {
  entities: { f1: number };
  relations: { f1: number };
  eventDates: { right: number };
  fundingAmounts: { right: number };
  provenance: { mentions: number; validMentions: number; edgesWithoutEvidence: number };
}

describe("training corpus", () => {
  it("scores at or above the bar reached so far", () => {
    const files = readdirSync(join(train, "docs"))
      .sort()
      .map((id) => ({ id, bytes: new Uint8Array(readFileSync(join(train, "docs", id))) }));
    const result = compileCorpus(files);
    writeFileSync(join(dir, "graph.json"), JSON.stringify(result.graph));
    writeFileSync(join(dir, "documents.json"), JSON.stringify(result.documents));
    let out: string;
    try {
      out = execFileSync(
        "node",
        [
          join(root, "tests/fixtures/eval/score.mjs"),
          "--gold",
          join(train, "gold.json"),
          "--graph",
          join(dir, "graph.json"),
          "--docs",
          join(dir, "documents.json"),
          "--json",
        ],
        { encoding: "utf8" },
      );
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? "");
    }
    const score = JSON.parse(out.slice(0, out.lastIndexOf("\nscore:"))) as Score;
    expect(score.entities.f1).toBeGreaterThanOrEqual(0.79);
    expect(score.relations.f1).toBeGreaterThanOrEqual(0.52);
    expect(score.eventDates.right).toBeGreaterThanOrEqual(30);
    expect(score.fundingAmounts.right).toBeGreaterThanOrEqual(12);
    expect(score.provenance.validMentions).toBe(score.provenance.mentions);
    expect(score.provenance.edgesWithoutEvidence).toBe(0);
  });
});
