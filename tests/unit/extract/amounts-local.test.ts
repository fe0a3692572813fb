/**
 * Amounts in the currencies of small countries as their own documents write them: dollars
 * with a country's prefix ("BZ$96,000", "G$1.2 million", "TT$ 45,000"), Nordic crowns ("kr.")
 * and the Norwegian scale "mill.". Each with phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findAmounts } from "../../../src/compiler/extract/amounts.ts";
import { find, run } from "./query.ts";

const one = (text: string) => findAmounts(text).map((a) => [a.amount, a.currency]);

describe("dollars with a country's prefix", () => {
  it.each([
    ["a grant of BZ$96,000 from the fund", 96000, "BZD"],
    ["G$1.2 million for the village radio", 1200000, "GYD"],
    ["TT$ 45,000 for the beach patrols", 45000, "TTD"],
    ["EC$12,500 in materials", 12500, "XCD"],
    ["J$ 2.5 million from the ministry", 2500000, "JMD"],
  ])("%s", (text, amount, currency) => {
    expect(one(text)).toEqual([[amount, currency]]);
  });
});

describe("Nordic crowns", () => {
  it.each([
    ["a grant of 180.000 kr. for the youth club", 180000, "DKK"],
    ["kr. 250.000 over two years", 250000, "DKK"],
    ["The accounts are kept in ISK. The club received 2.500.000 kr. this year.", 2500000, "ISK"],
    ["Norwegian kroner throughout: a grant of 400 000 kr for the shelter.", 400000, "NOK"],
  ])("%s", (text, amount, currency) => {
    expect(one(text)).toEqual([[amount, currency]]);
  });

  it.each(["The club meets at 18 in the Kr. Hansen hall.", "Krónur: see the annex."])(
    "no amount without a figure beside the crown: %s",
    (text) => {
      expect(one(text).filter(([, c]) => c === "DKK")).toEqual([]);
    },
  );
});

describe("the Norwegian scale 'mill.'", () => {
  it.each([
    ["NOK 1,8 mill. for three years", 1800000],
    ["NOK 2 mill. from the ministry", 2000000],
    ["a budget of NOK 12,5 mill.", 12500000],
  ])("%s", (text, amount) => {
    expect(one(text)).toEqual([[amount, "NOK"]]);
  });
});

describe("a crown's mark before its figure ends no sentence", () => {
  it.each([
    ["The Ravn Foundation granted kr. 250.000 to the Nuuk Youth Club.", "Nuuk Youth Club", 250000],
    [
      "The club received 180.000 kr. The Ravn Foundation gave kr. 12.000 to the Tasiilaq Youth Club.",
      "Tasiilaq Youth Club",
      12000,
    ],
    [
      "Last year the Ravn Foundation awarded Kr. 40.000 to the Klaksvik Rowing Club.",
      "Klaksvik Rowing Club",
      40000,
    ],
  ])("%s", (sentence, grantee, amount) => {
    const ex = run(sentence);
    const funded = ex.relations.find(
      (r) => r.kind === "funded" && r.target === find(ex, grantee)?.id,
    );
    expect(funded?.amount).toBe(amount);
  });
});
