/**
 * An envoy body and the country it is sent to are one name: "the Delegation of the European
 * Union to Iraq", "the Permanent Mission of Norway to the United Nations", "the Delegation of
 * Canada to Jordan". Phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";
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

describe("an envoy body named short in another document", () => {
  const entityOf = (texts: string[], label: string) =>
    extract(texts.map((text, i) => ({ id: `d${i}.txt`, text }))).entities.find(
      (e) => e.label === label || e.aliases.includes(label),
    );
  it.each([
    ["The EU Delegation opened the Tigris Water Forum on Monday.", "EU Delegation"],
    [
      "Remarks by the Delegation of the European Union closed the Tigris Water Forum.",
      "Delegation of the European Union",
    ],
    ["The European Union Delegation paid for interpretation.", "European Union Delegation"],
  ])("%s is the one delegation the corpus names", (other, short) => {
    const long = "The Delegation of the European Union to Iraq funded the Tigris Water Forum.";
    const found = entityOf([long, other], short);
    expect(found?.label).toBe("Delegation of the European Union to Iraq");
  });

  it("stays apart where the corpus names delegations to two countries", () => {
    const found = entityOf(
      [
        "The Delegation of the European Union to Iraq funded the Tigris Water Forum.",
        "The Delegation of the European Union to Jordan funded the Amman Water Forum.",
        "The EU Delegation opened the Tigris Water Forum on Monday.",
      ],
      "EU Delegation",
    );
    expect(found?.label).toBe("EU Delegation");
  });
});
