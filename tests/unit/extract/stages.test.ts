/** Unit tests of the small stages: text keys, dates, amounts, acronyms, segmentation, names. */
import { describe, expect, it } from "vitest";
import {
  findDefinitions,
  initials,
  matchLongForm,
} from "../../../src/compiler/extract/acronyms.ts";
import { findAmounts, parseNumber } from "../../../src/compiler/extract/amounts.ts";
import { findDates } from "../../../src/compiler/extract/dates.ts";
import { classify, findChunks, isPersonShape } from "../../../src/compiler/extract/names.ts";
import { segment } from "../../../src/compiler/extract/segment.ts";
import { matchKey, slug, tokenize } from "../../../src/compiler/extract/text.ts";

describe("text", () => {
  it("tokenizes empty text and keeps offsets", () => {
    expect(tokenize("")).toEqual([]);
    const text = "The Council’s report, by U.S. donors.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.text)).toContain("’s");
    expect(tokenize(text).map((t) => t.text)).toContain("U.S.");
  });
  it("folds spelling variants into one matching key", () => {
    expect(matchKey("The Organisation for Peace")).toBe(matchKey("Organization for Peace"));
    expect(matchKey("Youth Programme Centre")).toBe(matchKey("youth program center"));
    expect(matchKey("Department of Non-Governmental Organizations")).toBe(
      matchKey("department of NGOs"),
    );
    expect(matchKey("Aid’s Office")).toBe("aid office");
    expect(slug("")).toBe("x");
  });
});

describe("dates", () => {
  it("finds nothing in text without dates, and never reads a modal verb as a month", () => {
    expect(findDates("")).toEqual([]);
    expect(findDates("we may need 30 trainers")).toEqual([]);
  });
  it("reads day-month-year, month-day-year, month-year and years", () => {
    expect(findDates("Basra, 3rd March, 2019 – The")[0]?.date).toEqual({ start: "2019-03-03" });
    expect(findDates("On April 7, 2021 the")[0]?.date).toEqual({ start: "2021-04-07" });
    expect(findDates("held in June 2018.")[0]?.date).toEqual({ start: "2018-06" });
    expect(findDates("In 2010, the union")[0]?.date).toEqual({ start: "2010" });
    expect(findDates("posted 05.06.2020")[0]?.date).toEqual({ start: "2020-06-05" });
  });
  it("reads ranges and fills a missing year only from the reference year", () => {
    expect(findDates("from March 2016 to June 2017")[0]?.date).toEqual({
      start: "2016-03",
      end: "2017-06",
    });
    expect(findDates("October 4-6, 2019")[0]?.date).toEqual({
      start: "2019-10-04",
      end: "2019-10-06",
    });
    expect(findDates("phase 2/2017-9/2019")[0]?.date).toEqual({ start: "2017-02", end: "2019-09" });
    expect(findDates("on 12 May the")).toEqual([]);
    expect(findDates("on 12 May the", 0, 13, 2015)[0]?.date).toEqual({ start: "2015-05-12" });
  });
  it("does not read amounts as years", () => {
    expect(findDates("a grant of 2,019,500 dollars")).toEqual([]);
  });
});

describe("amounts", () => {
  it("reads every separator convention", () => {
    expect(parseNumber("1,250,000")).toBe(1250000);
    expect(parseNumber("2.500.000")).toBe(2500000);
    expect(parseNumber("7 400 000")).toBe(7400000);
    expect(parseNumber("12,345.67")).toBe(12345.67);
    expect(parseNumber("5,5")).toBe(5.5);
  });
  it("needs a currency unless a table gives one", () => {
    expect(findAmounts("")).toEqual([]);
    expect(findAmounts("about 1,200 participants")).toEqual([]);
    expect(findAmounts("Sweden 1,500,000", 0, 16, "USD")[0]).toMatchObject({
      amount: 1500000,
      currency: "USD",
    });
  });
  it("reads symbols, codes, names, scales and words", () => {
    expect(findAmounts("a grant of €450,000 for")[0]).toMatchObject({
      amount: 450000,
      currency: "EUR",
    });
    expect(findAmounts("$2.5 million in aid")[0]).toMatchObject({
      amount: 2500000,
      currency: "USD",
    });
    expect(findAmounts("5,5 Million Euros")[0]).toMatchObject({ amount: 5500000, currency: "EUR" });
    expect(findAmounts("1 200 000 €")[0]).toMatchObject({ amount: 1200000, currency: "EUR" });
    expect(findAmounts("two million dollars")[0]).toMatchObject({
      amount: 2000000,
      currency: "USD",
    });
  });
});

describe("acronyms", () => {
  it("matches short forms inside long forms (Schwartz & Hearst)", () => {
    expect(matchLongForm("WRN", "the Women Rights Network")).toBe(4);
    expect(matchLongForm("XYZ", "Women Rights Network")).toBe(-1);
    expect(initials("Syrian Organisation for Water and Energy")).toBe("SOWE");
  });
  it("finds parenthesised definitions, and none where there is none", () => {
    const text = "We met the Basra Youth Council (BYC) and (UN) staff.";
    const tokens = tokenize(text);
    const defs = findDefinitions(text, tokens, () => -1);
    expect(defs).toHaveLength(1);
    expect(text.slice(defs[0]?.longStart, defs[0]?.longEnd)).toBe("Basra Youth Council");
    expect(findDefinitions("", [], () => -1)).toEqual([]);
  });
});

describe("segment", () => {
  it("handles an empty document", () => {
    const s = segment("");
    expect(s.sentences).toEqual([]);
    expect(s.headline).toBeUndefined();
  });
  it("drops furniture by shape and finds headline, dateline and byline", () => {
    const text =
      "Menu | About | Contact\nMEDIA CENTRE\nYouth Council Opens Forum in Mosul\n\nMosul, 4 May 2021 – The Youth Council opened its forum. Dr. Ali Hamid spoke.\nBy Sara Kamal\nWe use cookies to improve this site.";
    const s = segment(text);
    expect(s.lines.filter((l) => l.kind === "furniture")).toHaveLength(3);
    expect(s.headline?.text).toBe("Youth Council Opens Forum in Mosul");
    expect(s.date?.date).toEqual({ start: "2021-05-04" });
    expect(s.place).toBe("Mosul");
    expect(s.author && text.slice(s.author.start, s.author.end)).toBe("Sara Kamal");
    const sentences = s.sentences.map((x) => text.slice(x.start, x.end));
    expect(sentences).toContain("Dr. Ali Hamid spoke.");
  });
  it.each([
    "The mass was said by Fr. Alvin Reyes in Cotabato.",
    "Sen. Maria Lopez and Amb. Karl Nyberg opened the hearing.",
    "The petition was filed by Adv. Sunita Rai, with Msgr. Paul Okoro and Gov. Ali Musa present.",
  ])("a title's abbreviation ends no sentence: %s", (sentence) => {
    const text = `Local news\n\n${sentence}`;
    const sentences = segment(text).sentences.map((x) => text.slice(x.start, x.end));
    expect(sentences).toContain(sentence);
  });
});

describe("names", () => {
  const chunks = (text: string): string[] => {
    const tokens = tokenize(text);
    return findChunks(tokens, 0, tokens.length, new Set()).map(
      (c) => `${text.slice(tokens[c.from]?.start, tokens[c.to - 1]?.end)}:${c.cls}`,
    );
  };
  it("returns nothing for lower-case text", () => {
    expect(chunks("nothing to see here")).toEqual([]);
  });
  it("joins connectors, strips titles and classifies", () => {
    expect(chunks("the Ministry of Youth and Sports said")).toEqual([
      "Ministry of Youth and Sports:org",
    ]);
    expect(chunks("Head of the Basra Relief Committee")).toEqual(["Basra Relief Committee:org"]);
    expect(chunks("in Mosul")).toEqual(["Mosul:place"]);
    expect(chunks("Mr. Omar Farouk")).toEqual(["Omar Farouk:person"]);
    expect(chunks("Lebanese Civil Society Organisations")).toEqual([
      "Lebanese Civil Society Organisations:generic",
    ]);
    expect(chunks("Youth Forum Summit")).toEqual(["Youth Forum Summit:event"]);
  });
  it("keeps two person names apart and knows name shapes", () => {
    expect(chunks("Omar Farouk and Leila Haddad")).toEqual([
      "Omar Farouk:person",
      "Leila Haddad:person",
    ]);
    expect(isPersonShape(["Al-Rashid", "Street"])).toBe(false);
    const tokens = tokenize("International Community");
    expect(classify(tokens, 0, 2)).toBe("generic");
  });
});
