/**
 * South Asian place names opened by a word for a kind of settlement (Bengali "Char", a river
 * island; Punjabi "Chak"; "Mauza", a revenue village) name a place, not a person, even where
 * a sentence could read them as its subject. Each class is tested with several phrasings
 * written for these tests.
 */
import { describe, expect, it } from "vitest";
import { run } from "./query.ts";

describe("a settlement's word opens a place's name", () => {
  it.each([
    [
      "On Tuesday 26 May, volunteers on Char Bhatiapara (ভাটিয়াপাড়া চর) ran an evacuation drill with the Teesta Volunteers Forum.",
      "Char Bhatiapara",
    ],
    [
      "Officers of Chilmari, Char Nolbanga and Roumari (Char Nolbanga by Zoom) attended the meeting of the Relief Committee.",
      "Char Nolbanga",
    ],
    [
      "“A warning only helps if the ferryman on Chak Rasulpur hears it first,” said the Doaba Health Society.",
      "Chak Rasulpur",
    ],
  ])("%s", (sentence, place) => {
    const ex = run("Field notes", "", sentence);
    expect(ex.entities.some((e) => e.label === place && e.kind === "person")).toBe(false);
  });
});
