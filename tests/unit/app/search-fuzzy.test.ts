// Search that finds what people type: Arabic letter variants, dropped hyphens and spaces,
// doubled letters and typos, with several misspellings of each name.
import { describe, expect, it } from "vitest";
import {
  compact,
  makeSearchIndex,
  matchingKeys,
  normalise,
  search,
  searchAll,
  skeleton,
} from "../../../src/app/search/search-index.ts";
import type { SearchEntry } from "../../../src/app/search/search-index.ts";
import { entry } from "./search-entry.ts";

const entries: SearchEntry[] = [
  entry("undp", ["United Nations Development Programme", "UNDP"], 9),
  entry("unops", ["United Nations Office for Project Services", "UNOPS"], 3),
  entry("tammuz", ["Tammuz Organization for Social Development"], 2),
  entry("khair", ["Jamiyat Al-Khair", "Al-Khair Society"]),
  entry("siddiqi", ["Khalid Siddiqi"]),
  entry("sorensen", ["Peter Sorensen"]),
  entry("amal", ["جمعية الأمل الخيرية"]),
  entry("hospital", ["مستشفى البصرة"]),
  entry("euam", ["European Union Advisory Mission in Iraq", "EUAM"], 2),
  entry("ministry", ["Ministry of Migration and Displacement"]),
];
const index = makeSearchIndex(entries);
const first = (q: string): string | undefined => search(index, q)[0]?.key;

describe("folding", () => {
  it("folds the hamza forms of alef, and strips tashkeel and tatweel", () => {
    const plain = normalise("الامل");
    for (const v of ["الأمل", "الإمل", "الآمل", "ٱلامل", "الأَمَلُ", "الامـــل", "الأمــَل"])
      expect(normalise(v), v).toBe(plain);
  });

  it("folds ta marbuta to ha, alef maqsura and Farsi yeh to yeh, keheh to kaf", () => {
    expect(normalise("جمعية")).toBe(normalise("جمعيه"));
    expect(normalise("مستشفى")).toBe(normalise("مستشفي"));
    expect(normalise("مستشفی")).toBe(normalise("مستشفي"));
    expect(normalise("کتاب")).toBe(normalise("كتاب"));
    expect(normalise("٢٠١٥ ۲۰۱۵")).toBe("2015 2015");
  });

  it("folds Latin accents, ligatures and transliteration marks", () => {
    expect(normalise("Straße Œuvre")).toBe("strasse oeuvre");
    expect(normalise("Jamʿiyyat al-Muʾassasa")).toBe("jamiyyat al muassasa");
    expect(normalise("Saʻdi’s")).toBe("sadis");
  });

  it("has a compact form without spaces and a skeleton without doubled letters", () => {
    expect(compact(normalise("Al-Khair"))).toBe("alkhair");
    expect(skeleton(normalise("Tammuz Siddiqi"))).toBe("tamuzsidiqi");
  });
});

describe("finding names as people type them", () => {
  it("finds a programme through typos in each word", () => {
    for (const q of [
      "Devlopment Programme",
      "Developement Programme",
      "Development Progamme",
      "Devlopment Programe",
      "nations devlopment",
      "Unted Nations",
    ])
      expect(first(q), q).toBe("undp");
  });

  it("finds transliterated names with doubled letters one way or the other", () => {
    for (const q of ["Tamuz", "Tammuz", "Tamuzz", "Tammouz", "tamuz organisation"])
      expect(first(q), q).toBe("tammuz");
    for (const q of ["Siddiqui", "Sidiqi", "Khalid Sidiqi", "Kalid Siddiqi", "siddiqi khalid"])
      expect(first(q), q).toBe("siddiqi");
    for (const q of ["Sorenson", "Sorensn", "Peter Sorenssen"])
      expect(first(q), q).toBe("sorensen");
  });

  it("finds names across dropped or added hyphens and spaces", () => {
    for (const q of [
      "alkhair",
      "Al Khair",
      "AlKhair Society",
      "jamiyat-al-khair",
      "Jamiyat Alkhair",
    ])
      expect(first(q), q).toBe("khair");
    expect(search(index, "alkhair society")[0]).toMatchObject({ key: "khair" });
  });

  it("finds Arabic names whatever the hamza, ta marbuta, alef maqsura or tashkeel", () => {
    for (const q of ["الامل", "الأمل", "الأَمَل", "جمعيه الامل", "جمعية الأمل", "الامـل"])
      expect(first(q), q).toBe("amal");
    for (const q of ["مستشفي", "مستشفى البصره", "مستشفی"]) expect(first(q), q).toBe("hospital");
  });

  it("ranks names as typed before names found with a typo, and marks the latter", () => {
    // Both name a word starting so; the better connected comes first.
    expect(search(index, "developmen").map((h) => [h.key, h.score, !!h.fuzzy])).toEqual([
      ["undp", 2, false],
      ["tammuz", 2, false],
    ]);
    const typo = search(index, "Devlopment Programme")[0];
    expect(typo).toMatchObject({ key: "undp", fuzzy: true, score: 0.5 });
    expect(search(index, "EUAM")[0]).toMatchObject({ key: "euam", alias: "EUAM", score: 4 });
  });

  it("does not invent matches for junk or very short queries", () => {
    expect(search(index, "zzqxv")).toEqual([]);
    expect(search(index, "qwertyuiop")).toEqual([]);
    // Two letters: as typed only, no typo tolerance.
    expect(matchingKeys(index, "xq").size).toBe(0);
  });

  it("answers a repeated query from memory, and the graph asks for the same hits", () => {
    const a = searchAll(index, "Devlopment  programme");
    expect(searchAll(index, "devlopment programme")).toBe(a);
    expect([...matchingKeys(index, "devlopment programme")].sort()).toEqual(
      a.map((h) => h.key).sort(),
    );
    expect(matchingKeys(index, "devlopment programme")).toBe(
      matchingKeys(index, "Devlopment Programme"),
    );
    // The suggestions are the first of all the hits.
    expect(search(index, "nations", 2)).toEqual(searchAll(index, "nations").slice(0, 2));
  });

  it("stays fast on 10,000 names", () => {
    const words = ["civil", "society", "human", "rights", "iraqi", "youth", "women", "network"];
    const many = Array.from({ length: 10_000 }, (_, i) =>
      entry(`k${i}`, [`${words[i % 8]} ${words[(i * 7) % 8]} ${words[(i * 3) % 8]} ${i}`]),
    );
    const big = makeSearchIndex(many);
    search(big, "warm up");
    for (const q of ["c", "ci", "civ", "civl", "civl soc", "civl socety", "humn rigths"]) {
      big.last = null;
      expect(search(big, q)).toBeDefined();
    }
    // The suggestions, picked without sorting every hit, are the first hits in order.
    for (const q of ["i", "civil 12", "humn"]) {
      big.last = null;
      const top = search(big, q, 8);
      expect(top, q).toEqual(searchAll(big, q).slice(0, 8));
    }
  });
});
