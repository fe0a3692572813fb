/**
 * A programme's line that gives a talk's title, a dash, then its speaker ("A house that
 * fishers run – Fr. Luis Dimapilis, Holy Cross Parish"): the speaker speaks at the event and
 * belongs to the body. Lines of the same shape that are a body's list item, a moderator's
 * title or a quote's attribution are not talks. Phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { related, run } from "./query.ts";

const programme = (...lines: string[]) =>
  run(
    "# Harbour Shelters Forum 2025",
    "",
    "The Harbour Shelters Forum took place in Busan on 3 June 2025, organised by the Coastal Rights Network.",
    "",
    "Panel 1 – Shelters run by workers",
    "",
    ...lines,
  );

describe("a talk's title, a dash, then its speaker", () => {
  it.each([
    [
      "Women leaving care work in Ansan – Lee Ji-won, director, Ansan Women's Refuge Centre",
      "Lee Ji-won",
      "Ansan Women's Refuge Centre",
    ],
    [
      "Sunday clinics at the pier: what we learned – Atty. Huang Mei-ling, secretary-general, Formosa Seafarers Legal Aid Association",
      "Huang Mei-ling",
      "Formosa Seafarers Legal Aid Association",
    ],
    [
      "“Beds before cases” – Pastor Ruth Okafor, Grace Harbour Fellowship Church Network",
      "Ruth Okafor",
      "Grace Harbour Fellowship Church Network",
    ],
    [
      "Counting the unpaid wages of crews – Dr. Tomas Verhoef, labour economist, Institute for Maritime Work",
      "Tomas Verhoef",
      "Institute for Maritime Work",
    ],
  ])("%s", (line, person, body) => {
    const ex = programme(line);
    expect(related(ex, person, "Harbour Shelters Forum 2025")).toContain("spoke_at");
    expect(related(ex, person, body)).toContain("part_of");
  });
});

describe("lines of that shape that are no talk", () => {
  it("a moderator's line: after the dash comes a title", () => {
    const ex = programme("Moderator: Mira Sandvik — Senior Reporter, Harbour Chronicle");
    expect(ex.entities.some((e) => e.label === "Senior Reporter")).toBe(false);
  });

  it("a body's list item: its name in title case before the dash", () => {
    const ex = programme(
      "Participating organisations:",
      "",
      "- Manyu Rural Women's Forum – Mrs. Agnes Tabi Enow, President",
    );
    expect(related(ex, "Agnes Tabi Enow", "Manyu Rural Women's Forum")).toContain("part_of");
    expect(related(ex, "Agnes Tabi Enow", "Harbour Shelters Forum 2025")).not.toContain("spoke_at");
  });

  it("a quote's attribution", () => {
    const ex = programme(
      "“A bed comes before a case. Without a bed nobody testifies.” — Prof. Hana Lindqvist, adviser to the Coastal Rights Network",
    );
    expect(related(ex, "Hana Lindqvist", "Harbour Shelters Forum 2025")).not.toContain("spoke_at");
  });
});
