/**
 * Runs extract() on the seed documents and scores the result with the project's scorer
 * (tests/fixtures/eval/score.mjs against seeds.gold.json), holding the extraction bar.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";
import { toGraph } from "../../fixtures/eval/to-graph.ts";

const root = join(import.meta.dirname, "../../..");
const fixtures = join(root, "tests/fixtures/eval");
const dir = mkdtempSync(join(tmpdir(), "rabita-seeds-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Score {
  entities: { f1: number };
  relations: { f1: number };
  eventDates: { right: number; total: number };
  fundingAmounts: { right: number; total: number };
  provenance: { mentions: number; validMentions: number; edgesWithoutEvidence: number };
}

describe("seed documents", () => {
  it("score at or above the bar", () => {
    const docs = readdirSync(join(root, "seeds"))
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((id) => ({
        id,
        text: readFileSync(join(root, "seeds", id), "utf8")
          .normalize("NFC")
          .replace(/\r\n?/g, "\n"),
      }));
    const ex = extract(docs);
    writeFileSync(join(dir, "graph.json"), JSON.stringify(toGraph(ex)));
    writeFileSync(
      join(dir, "documents.json"),
      JSON.stringify({
        version: 1,
        documents: docs.map((d) => ({ ...d, title: d.id, status: "compiled" })),
      }),
    );
    let out: string;
    try {
      out = execFileSync(
        "node",
        [
          join(fixtures, "score.mjs"),
          "--gold",
          join(fixtures, "seeds.gold.json"),
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
    expect(score.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.relations.f1).toBeGreaterThanOrEqual(0.8);
    expect(score.eventDates.right).toBe(score.eventDates.total);
    expect(score.fundingAmounts.right).toBe(score.fundingAmounts.total);
    expect(score.provenance.validMentions).toBe(score.provenance.mentions);
    expect(score.provenance.edgesWithoutEvidence).toBe(0);
  });
});
