/**
 * Grant-round announcements: "X is pleased to announce five grants" over a table of grantees
 * makes X the giver of each row's grant; what the grants are given under ("under Round 2 of
 * its Recovery Window") is a programme; a site's menu word alone on its line ("TOP") names no
 * body. Each class is tested with several phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, fundedAmount, run } from "./query.ts";

const table = [
  "",
  "Grantee  Location  Project  Grant (JPY)",
  "Marsh Women's Cooperative  Basra  Reed crafts for market  ¥6,500,000",
  "Green Steps Youth Association  Mosul  School gardens  ¥4,000,000",
  "",
];

describe("a body that is pleased to announce grants gives the table's grants", () => {
  it.each([
    "The Kawasemi Fund is pleased to announce two grants for community recovery.",
    "The Kawasemi Fund is proud to award two grants this spring.",
    "The trustees of the Kawasemi Fund are delighted to announce two new grants.",
  ])("%s", (sentence) => {
    const ex = run("Spring grants", "", sentence, ...table);
    expect(fundedAmount(ex, "Kawasemi Fund", "Marsh Women's Cooperative")).toBe(6500000);
    expect(fundedAmount(ex, "Kawasemi Fund", "Green Steps Youth Association")).toBe(4000000);
  });
});

describe("what grants are given under is a programme", () => {
  it.each([
    ["five grants under Round 2 of its Coastal Recovery Window", "Coastal Recovery Window"],
    ["new grants under the Third Round of its Delta Futures Window", "Delta Futures Window"],
    ["funding under its Green Schools Challenge for the coming year", "Green Schools Challenge"],
  ])("%s", (phrase, name) => {
    const ex = run(
      "Grants announced",
      "",
      `The Kawasemi Fund has announced ${phrase}. The grants go to groups in three provinces.`,
    );
    expect(find(ex, name)?.kind).toBe("event");
  });
});

describe("a menu word alone on its line names no body", () => {
  it.each(["TOP", "HOME", "MENU"])("%s", (word) => {
    const ex = run(
      word,
      "News & Reports",
      "",
      "Spring grants announced",
      "",
      "The Kawasemi Fund is pleased to announce two grants for community recovery.",
      ...table,
    );
    expect(find(ex, word)).toBeUndefined();
  });
});
