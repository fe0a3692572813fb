/**
 * How minutes and reports name the people they list: by initials ("CW opened the call"), and
 * by the last names of a longer name ("Fatouma Ali Dini … Ms Ali Dini"). Each class with
 * phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, run } from "./query.ts";

describe("initials of a person present", () => {
  it.each([
    ["Claire Wampach", "CW", "CW opened the call at 12:04 and welcomed the new members."],
    ["Estelle Mba Obiang", "EMO", "Action: EMO to circulate the survey by Friday."],
    ["Henri Schaack", "HS", "HS said that both visits would be paid from the reserve."],
  ])("%s is %s", (name, initials, sentence) => {
    const ex = run(
      "Present:",
      ` 1. ${name} – Sunfield Foundation`,
      " 2. Paul Dunn – Maris Trust",
      "",
      sentence,
    );
    expect(find(ex, initials)?.kind).toBe("person");
    expect(find(ex, initials)?.label).toBe(name);
  });

  it.each([
    ["Lake Women Union (LWU)", "LWU"],
    ["Coastal Mothers Group (CMG)", "CMG"],
  ])("a short name the document spells out stays the body's: %s", (body, short) => {
    const ex = run(
      "Present:",
      " 1. Lena Wu – Sunfield Foundation",
      " 2. Carla Mendes Gomes – Maris Trust",
      "",
      `The ${body} sent two delegates. ${short} will host the next meeting.`,
    );
    expect(find(ex, short)?.kind).toBe("organisation");
  });
});

describe("a person's last names after the full name", () => {
  it.each([
    ["Fatouma Ali Dini", "Ms Ali Dini", "Ali Dini"],
    ["Hasna Mohamed Houmed", "H. Mohamed Houmed", "Mohamed Houmed"],
    ["Helena Costa Pereira", "Ms Costa Pereira", "Costa Pereira"],
  ])("%s … %s", (full, later, tail) => {
    const ex = run(
      `${full}, president of the association, opened the meeting on Sunday.`,
      `In her speech ${later} thanked the Lembá District Council.`,
    );
    expect(find(ex, tail)?.label ?? full).toBe(full);
    expect(ex.entities.filter((e) => e.kind === "person")).toHaveLength(1);
  });
});

describe("an attorney's or a councillor's title before the name", () => {
  it.each([
    [
      "Attorney Keisha Gillett advised 40 families at the clinic of the Cayo Rights Group.",
      "Keisha Gillett",
    ],
    ["Cllr Sian Hughes thanked the Teifi Radio Club for the broadcast.", "Sian Hughes"],
    ["The clinic, said Attorney Marlon Pook, was full by nine.", "Marlon Pook"],
  ])("%s", (sentence, name) => {
    const people = run(sentence).entities.filter((e) => e.kind === "person");
    expect(people.map((p) => p.label)).toEqual([name]);
  });
});
