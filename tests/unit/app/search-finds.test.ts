// Search that finds: misspellings, transliteration spellings (dropped hyphens and spaces,
// vowel spellings), Arabic letter variants, and full-text search over the documents' text.
import { describe, expect, it } from "vitest";
import { makeSearchIndex, search } from "../../../src/app/search/search-index.ts";
import { entry } from "./search-entry.ts";
import {
  TEXT_MIN_LENGTH,
  locate,
  makeTextIndex,
  searchText,
  snippetAt,
} from "../../../src/app/search/text-index.ts";
import { hashToView, viewToHash, DEFAULT_VIEW } from "../../../src/app/state/view-state.ts";
import { highlightParts } from "../../../src/app/panels/excerpt.ts";

// Invented names, in the genre's spellings.
const index = makeSearchIndex([
  entry("undp", ["United Nations Development Programme", "UNDP"], 9),
  entry("tammuz", ["Tammuz Organization for Social Development"], 2),
  entry("noor", ["Al-Noor Youth Forum"]),
  entry("tamimi", ["Rasha al-Tamimi"]),
  entry("husseini", ["Kareem Al-Husseini"]),
  entry("rafidain", ["Bayt Al-Rafidain Centre"]),
  entry("abdulrahman", ["Abdul Rahman Institute for Peace"]),
  entry("amal", ["جمعية الأمل للتنمية"]),
  entry("huda", ["مؤسسة الهدى"]),
  entry("mustafa", ["مركز مصطفى"]),
  entry("noor-plain", ["Noor Bakery"]),
]);
const first = (q: string): string | undefined => search(index, q)[0]?.key;

describe("names as people type them", () => {
  it("finds names through misspellings", () => {
    for (const q of ["Devlopment Programme", "Developmnet Programme", "United Natons"])
      expect(first(q), q).toBe("undp");
    for (const q of ["Tamuz", "Tammuz", "Tamouz"]) expect(first(q), q).toBe("tammuz");
    expect(first("Rafidian Centre")).toBe("rafidain");
  });

  it("finds transliterated names whatever the hyphen, space or vowel spelling", () => {
    for (const q of ["Alnoor", "al Noor", "Al-Noor", "El-Nour", "al Nour", "Alnour youth"])
      expect(first(q), q).toBe("noor");
    for (const q of ["al Tameemi", "Altamimi", "al-Tameemi", "Rasha Altameemi"])
      expect(first(q), q).toBe("tamimi");
    for (const q of ["Alhusseini", "al Husseini", "Kareem al Husaini", "El-Husseini"])
      expect(first(q), q).toBe("husseini");
    for (const q of ["Abdulrahman", "Abd al-Rahman Institute", "Abdel Rahman"])
      expect(first(q), q).toBe("abdulrahman");
    // The article is never dropped: "Noor" alone is the bakery first, and "Tamimi" is not "Tammuz".
    expect(first("Noor Bakery")).toBe("noor-plain");
    expect(search(index, "al Tameemi").map((h) => h.key)).not.toContain("tammuz");
  });

  it("finds Arabic names whatever the hamza, alef, taa marbuta, alef maqsura, tatweel or tashkeel", () => {
    for (const q of ["الأمل", "الامل", "الإمل", "الآمل", "جمعيه الامل", "الأَمَل", "الامـــل"])
      expect(first(q), q).toBe("amal");
    for (const q of ["مؤسسه الهدي", "الهدى", "الهدي", "الهُدى"]) expect(first(q), q).toBe("huda");
    expect(first("مصطفي")).toBe("mustafa");
  });

  it("finds nothing for junk", () => {
    expect(search(index, "qqxzv")).toEqual([]);
    expect(search(index, "بببب")).toEqual([]);
  });
});

// Invented documents: words that occur in the text and in no name.
const docs = [
  {
    id: "a.txt",
    title: "Workshop on water rights",
    text: "The workshop in Basra discussed irrigation canals.\nParticipants from Al-Noor Youth Forum\ntalked about desalination and the marshes.",
  },
  {
    id: "b.txt",
    title: "Women's forum",
    text: "A forum on women's participation. Irrigation was not discussed; the panel met in Mosul.",
  },
  {
    id: "c.txt",
    title: "تقرير",
    text: "عقدت جمعية الأمل ورشة عن المياه في البصرة، وحضرها ممثلو مؤسسة الهدى.",
  },
  { id: "d.txt", title: "", text: "Hassan al-Tamimi opened the desalination plant." },
];
const text = makeTextIndex(docs);

describe("full-text search over the documents", () => {
  it("finds the documents holding a word, with the hit's offsets and a snippet", () => {
    const hits = searchText(text, "desalination");
    expect(hits.map((h) => h.doc)).toEqual(["a.txt", "d.txt"]);
    const a = hits[0];
    expect(a && docs[0]?.text.slice(a.start, a.end)).toBe("desalination");
    expect(a?.snippet.match).toBe("desalination");
    expect(a?.snippet.before).toContain("talked about ");
    // White space collapsed in the snippet.
    expect(a?.snippet.before).not.toContain("\n");
    // A document without a title is named by its id.
    expect(hits[1]?.title).toBe("d.txt");
  });

  it("needs every word, and marks the words where they stand together", () => {
    expect(searchText(text, "irrigation").map((h) => h.doc)).toEqual(["a.txt", "b.txt"]);
    expect(searchText(text, "irrigation mosul").map((h) => h.doc)).toEqual(["b.txt"]);
    const [hit] = searchText(text, "irrigation canals");
    expect(hit?.doc).toBe("a.txt");
    expect(docs[0]?.text.slice(hit?.start, hit?.end)).toBe("irrigation canals");
  });

  it("finds words as they are typed (prefixes), with typos and in other spellings", () => {
    expect(searchText(text, "desal").map((h) => h.doc)).toEqual(["a.txt", "d.txt"]);
    const typo = searchText(text, "desalinaton");
    expect(typo.map((h) => h.doc)).toEqual(["a.txt", "d.txt"]);
    expect(typo[0]?.fuzzy).toBe(true);
    expect(searchText(text, "irigation").map((h) => h.doc)).toEqual(["a.txt", "b.txt"]);
    const [t] = searchText(text, "Tameemi");
    expect(t?.doc).toBe("d.txt");
    expect(docs[3]?.text.slice(t?.start, t?.end)).toBe("Tamimi");
  });

  it("finds Arabic words whatever their letter variants", () => {
    for (const q of ["الامل", "الأمل", "البصره", "الهدي", "المياة"]) {
      const [hit] = searchText(text, q);
      expect(hit?.doc, q).toBe("c.txt");
    }
    const [hit] = searchText(text, "البصره");
    expect(docs[2]?.text.slice(hit?.start, hit?.end)).toBe("البصرة");
  });

  it("finds nothing for short or absent words", () => {
    expect(TEXT_MIN_LENGTH).toBe(3);
    expect(searchText(text, "in")).toEqual([]);
    expect(searchText(text, "zebra")).toEqual([]);
    expect(searchText(text, "irrigation zebra")).toEqual([]);
  });

  it("cuts snippets at spaces and locates phrases", () => {
    const s = "one two three four five six seven eight nine ten";
    const at = s.indexOf("five");
    expect(snippetAt(s, at, at + 4, 10)).toEqual({
      before: "four ",
      match: "five",
      after: " six seven",
      clippedStart: true,
      clippedEnd: true,
    });
    expect(locate(s, [new Set(["six"]), new Set(["seven"])])).toEqual({
      start: s.indexOf("six"),
      end: s.indexOf("seven") + 5,
    });
  });

  it("locates the first whole run of the words, else the first word alone", () => {
    const s = "alpha beta alpha gamma alpha beta gamma";
    const run = s.lastIndexOf("alpha beta gamma");
    const words = ["alpha", "beta", "gamma"].map((w) => new Set([w]));
    expect(locate(s, words)).toEqual({ start: run, end: s.length });
    expect(locate(s, [new Set(["alpha"]), new Set(["delta"])])).toEqual({ start: 0, end: 5 });
    expect(locate(s, [new Set(["delta"])])).toBeNull();
  });
});

describe("opening the reader at a hit", () => {
  it("keeps the hit in the URL", () => {
    const view = {
      ...DEFAULT_VIEW,
      openDoc: { id: "a b.txt", focus: 0, hit: { start: 12, end: 20 } },
    };
    expect(hashToView(viewToHash(view)).openDoc).toEqual(view.openDoc);
    expect(hashToView("doc=0:a.txt&hit=20-12").openDoc).toEqual({ id: "a.txt", focus: 0 });
    expect(hashToView("doc=0:a.txt&hit=x").openDoc).toEqual({ id: "a.txt", focus: 0 });
  });

  it("marks the hit as such", () => {
    const parts = highlightParts("abc def ghi", 0, 11, [{ start: 4, end: 7, hit: true }]);
    expect(parts).toEqual([
      { text: "abc ", mark: false },
      { text: "def", mark: true, hit: true },
      { text: " ghi", mark: false },
    ]);
  });
});
