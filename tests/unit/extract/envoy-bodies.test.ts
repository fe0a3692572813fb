/**
 * An envoy body and the country it is sent to are one name: "the Delegation of the European
 * Union to Iraq", "the Permanent Mission of Norway to the United Nations", "the Delegation of
 * Canada to Jordan". Phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { run } from "./query.ts";

const labels = (sentence: string): string[] =>
  run(sentence)
    .entities.filter((e) => e.kind === "organisation" || e.kind === "funder")
    .map((e) => e.label);

describe("an envoy body's name runs to its country", () => {
  it.each([
    [
      "The Delegation of the European Union to Iraq funded the training of forty mediators.",
      "Delegation of the European Union to Iraq",
    ],
    [
      "Interpretation was paid for by the Delegation of the European Union to the Republic of Korea.",
      "Delegation of the European Union to the Republic of Korea",
    ],
    [
      "The Permanent Mission of Norway to the United Nations hosted the side event in Geneva.",
      "Permanent Mission of Norway to the United Nations",
    ],
    [
      "A grant from the Delegation of Canada to Jordan covered the shelter's rent for a year.",
      "Delegation of Canada to Jordan",
    ],
  ])("%s", (sentence, body) => {
    expect(labels(sentence)).toContain(body);
  });

  it("a body's letter sent to a country is no envoy's name", () => {
    expect(labels("The Embassy of Sweden sent a letter to Iraq last week.")).toContain(
      "Embassy of Sweden",
    );
  });
});
