/**
 * A name learnt anywhere in the corpus and found again before a possessive ("in Nanoq’s
 * clubhouse"): the mention is the name, without the "’s". Phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";

describe("a known name before a possessive", () => {
  it.each([
    [
      "Members of Nanoq, Qilak Drum Circle and Kimik Sports Club have also agreed to take part.",
      "Evening two of the camp in Nanoq’s clubhouse. Photo: Aviaja Lynge",
      "Nanoq",
    ],
    [
      "Volunteers came from Hrafnar, Tindur Youth House and Hlíð Choir this spring.",
      "Training on the lake at Hrafnar's boathouse",
      "Hrafnar",
    ],
    [
      "Partners: Kivioq Kayak Society, Uummat and Sikkersoq Women's Group.",
      "A morning in Uummat’s new office. Photo: Kaali Olsen",
      "Uummat",
    ],
  ])("%s", (first, second, name) => {
    const ex = extract([
      { id: "a.txt", text: first },
      { id: "b.txt", text: `${second}\n\nMore about the day follows here.` },
    ]);
    const names = ex.entities.flatMap((e) => [e.label, ...e.aliases]);
    expect(names).toContain(name);
    expect(names.filter((n) => /['’]s$/.test(n) && n.startsWith(name))).toEqual([]);
  });
});
