/**
 * Runs extract() on the seed documents and scores the result with the project's scorer
 * (tests/fixtures/eval/score.mjs against seeds.gold.json), holding the extraction bar.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";
import { scoreJson } from "../../fixtures/eval/score-json.ts";
import { toGraph } from "../../fixtures/eval/to-graph.ts";

const root = join(import.meta.dirname, "../../..");
const fixtures = join(root, "tests/fixtures/eval");

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
    const documents = {
      version: 1,
      documents: docs.map((d) => ({ ...d, title: d.id, status: "compiled" })),
    };
    const score = scoreJson(toGraph(ex), documents, join(fixtures, "seeds.gold.json"));
    expect(score.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.relations.f1).toBeGreaterThanOrEqual(0.8);
    expect(score.eventDates.right).toBe(score.eventDates.total);
    expect(score.fundingAmounts.right).toBe(score.fundingAmounts.total);
    expect(score.provenance.validMentions).toBe(score.provenance.mentions);
    expect(score.provenance.edgesWithoutEvidence).toBe(0);
  });
});
