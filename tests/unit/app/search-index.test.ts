import { describe, expect, it } from "vitest";
import {
  makeSearchIndex,
  matchScore,
  matchingKeys,
  normalise,
  search,
} from "../../../src/app/search/search-index.ts";
import type { SearchEntry } from "../../../src/app/search/search-index.ts";

const entries: SearchEntry[] = [
  {
    key: "undp",
    label: "United Nations Development Programme",
    kind: "organisation",
    weight: 9,
    names: ["United Nations Development Programme", "UNDP"],
  },
  {
    key: "unops",
    label: "United Nations Office for Project Services",
    kind: "organisation",
    weight: 3,
    names: ["United Nations Office for Project Services", "UNOPS"],
  },
  {
    key: "fiia",
    label: "Fédération Irakienne",
    kind: "organisation",
    weight: 1,
    names: ["Fédération Irakienne"],
  },
  { key: "amal", label: "جمعية الأمل", kind: "organisation", weight: 1, names: ["جمعية الأمل"] },
  {
    key: "cpi",
    label: "CPI’s Annual Conference",
    kind: "event",
    weight: 2,
    names: ["CPI’s Annual Conference"],
  },
];
const index = makeSearchIndex(entries);

describe("normalise", () => {
  it("folds case, accents, apostrophes and punctuation", () => {
    expect(normalise("  Fédération  IRAKIENNE ")).toBe("federation irakienne");
    expect(normalise("CPI’s")).toBe("cpis");
    expect(normalise("U.N.-Habitat")).toBe("u n habitat");
  });
  it("folds Arabic harakat and alef variants", () => {
    expect(normalise("الأَمَل")).toBe(normalise("الامل"));
  });
});

describe("search", () => {
  it("finds by alias, accent- and case-insensitively", () => {
    expect(search(index, "undp")[0]).toMatchObject({ key: "undp", alias: "UNDP", score: 4 });
    expect(search(index, "federation")[0]?.key).toBe("fiia");
    expect(search(index, "الامل")[0]?.key).toBe("amal");
  });
  it("ranks exact, then prefix, then word prefix, then substring; ties by weight", () => {
    expect(search(index, "united nations").map((h) => h.key)).toEqual(["undp", "unops"]);
    expect(matchScore("annual conference", "annual conference")).toBe(4);
    expect(matchScore("cpis annual conference", "cpis")).toBe(3);
    expect(matchScore("cpis annual conference", "conf")).toBe(2);
    expect(matchScore("cpis annual conference", "nnual")).toBe(1);
    expect(matchScore("cpis annual conference", "xyz")).toBe(0);
  });
  it("returns nothing for blank queries and honours the limit", () => {
    expect(search(index, "  ")).toEqual([]);
    expect(search(index, "n", 2)).toHaveLength(2);
  });
  it("lists every matching key for graph highlighting", () => {
    expect([...matchingKeys(index, "nations")].sort()).toEqual(["undp", "unops"]);
    expect(matchingKeys(index, "").size).toBe(0);
  });
});
