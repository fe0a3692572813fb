/**
 * A grant named by its giver after what it pays for: "… runs until 2027 with a Norad grant of
 * NOK 6.2 million", "… reopened thanks to a UNESCO contribution of USD 80,000". Tested with
 * several phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { fundedAmount, run } from "./query.ts";

describe("'with a <giver> grant of <amount>' funds what the sentence told of", () => {
  it.each([
    [
      "The Green Terraces project runs from 2024 to 2027 with a Norad grant of NOK 6.2 million.",
      "Norad",
      "Green Terraces project",
      6200000,
    ],
    [
      "The Harbour Library Association reopened its reading room in May thanks to a UNESCO contribution of USD 80,000.",
      "UNESCO",
      "Harbour Library Association",
      80000,
    ],
    [
      "Tamarind Radio bought a new transmitter with an EED grant of EUR 12,000.",
      "EED",
      "Tamarind Radio",
      12000,
    ],
    [
      "The Safe Rivers programme was extended to 2026 through a SIDA grant of SEK 3 million.",
      "SIDA",
      "Safe Rivers programme",
      3000000,
    ],
  ])("%s", (sentence, giver, target, amount) => {
    const ex = run("News", "", `Hargeisa, 3 May 2025. ${sentence}`);
    expect(fundedAmount(ex, giver, target)).toBe(amount);
  });

  it("guard: a grant the body gives, not receives, funds no earlier body", () => {
    const ex = run(
      "News",
      "",
      "Hargeisa, 3 May 2025. The Harbour Library Association met the Tamarind Radio team with a plan for next year.",
    );
    expect(ex.relations.filter((r) => r.kind === "funded")).toEqual([]);
  });
});
