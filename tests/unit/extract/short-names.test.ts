/**
 * A body's short name in brackets right after its full name, sharing its first or last word:
 * "the Feydhoo Women's Development Committee (Feydhoo WDC)", "International Institute for
 * Democracy and Electoral Assistance (International IDEA)". The short name, there and later, is
 * that body. Tested with several phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";

describe("a short name in brackets after a body's name is that body's", () => {
  it.each([
    ["Gan Women's Development Committee", "Gan WDC"],
    ["International Institute for Democracy and Electoral Assistance", "International IDEA"],
    ["Maradhoo Island Youth Council", "Maradhoo IYC"],
  ])("%s (%s)", (full, short) => {
    const ex = extract([
      {
        id: "a.txt",
        text: `News\n\nMalé, 3 May 2025. The ${full} (${short}) signed the agreement with the ministry on 2 May 2025.`,
      },
      {
        id: "b.txt",
        text: `Update\n\nMalé, 9 May 2025. The workshop on 8 May 2025 was opened by ${short}.`,
      },
    ]);
    const named = ex.entities.filter(
      (e) => e.label === short || e.label === full || e.aliases.includes(short),
    );
    expect(named).toHaveLength(1);
    expect(named[0]?.kind).toMatch(/organisation|funder/);
  });
});

describe("guard: a person in brackets after a body stays a person", () => {
  it("names no short name of the body", () => {
    const ex = extract([
      {
        id: "a.txt",
        text: "News\n\nMalé, 3 May 2025. The Gan Women's Development Committee (Mariyam Shareef, chair) met the ministry on 2 May 2025.",
      },
    ]);
    expect(ex.entities.find((e) => e.label === "Mariyam Shareef")?.kind).toBe("person");
  });
});
