/**
 * Headings and posts shout ordinary words: a shouted day or month, or a word the document
 * also writes in lower case, is no body. Phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, run } from "./query.ts";

const bodies = (ex: ReturnType<typeof run>) =>
  ex.entities.filter((e) => e.kind === "organisation").map((e) => e.label);

describe("shouted words are no bodies", () => {
  it.each([
    ["Reminder: the legal desk opens this SATURDAY 17 May at the centre.", "SATURDAY"],
    ["Arabic class moved to WEDNESDAY this week only.", "WEDNESDAY"],
    ["The harvest fair is back in OCTOBER, as every year.", "OCTOBER"],
  ])("a day or a month: %s", (line, word) => {
    expect(bodies(run(line, "The Harbour Youth Centre runs the desk."))).not.toContain(word);
  });

  it.each([
    [
      "3. RESULTS (1 July 2024 - 31 March 2025)",
      "The results were better than planned.",
      "RESULTS",
    ],
    ["🔴 UPDATE from Marsa: the desk is open!", "We will post an update next week.", "UPDATE"],
    ["6. NEXT STEPS", "The steps are agreed with the Harbour Youth Centre.", "STEPS"],
  ])("a word the document also writes in lower case: %s", (heading, line, word) => {
    expect(bodies(run(heading, "", line))).not.toContain(word);
  });

  it.each([
    ["The Agency for Technical Cooperation (ACTED) acted quickly.", "ACTED"],
    ["The Women Acting Together Collective (WATCH) will watch the polls.", "WATCH"],
  ])("a body the document spells out stays: %s", (line, name) => {
    expect(find(run(line), name)?.kind).toBe("organisation");
  });

  it("an acronym the document never writes in lower case stays a body", () => {
    const ex = run("KAFUE presented its plan. The farmers' plan was approved.");
    expect(bodies(ex)).toContain("KAFUE");
  });
});
