/**
 * Compiles the training corpus (tests/fixtures/train: 48 documents of the genre written for
 * the project, with gold) through the whole pipeline and scores it with the project's scorer,
 * holding the bar reached so far so that a change that loses ground shows here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileCorpus } from "../../../src/compiler/index.ts";
import { scoreJson } from "../../fixtures/eval/score-json.ts";

const train = join(import.meta.dirname, "../../fixtures/train");

describe("training corpus", () => {
  it("scores at or above the bar reached so far", () => {
    const files = readdirSync(join(train, "docs"))
      .sort()
      .map((id) => ({ id, bytes: new Uint8Array(readFileSync(join(train, "docs", id))) }));
    const result = compileCorpus(files);
    const score = scoreJson(result.graph, result.documents, join(train, "gold.json"));
    expect(score.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.relations.f1).toBeGreaterThanOrEqual(0.74);
    expect(score.eventDates.right).toBeGreaterThanOrEqual(50);
    expect(score.fundingAmounts.right).toBeGreaterThanOrEqual(15);
    expect(score.provenance.validMentions).toBe(score.provenance.mentions);
    expect(score.provenance.edgesWithoutEvidence).toBe(0);
  });
});
