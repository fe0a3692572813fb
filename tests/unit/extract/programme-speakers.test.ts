/**
 * An event page's programme: rows that open on their time and session, speakers labelled
 * by what they do ("Welcome:", "Comments:"), speakers on lines of their own with the title
 * of their talk, a region inside a title, and the "Programme" heading over it all. Each
 * class with phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, related, run } from "./query.ts";

/** An event page: its title, date line, a lead sentence, then a programme's `rows`. */
const page = (...rows: string[]) =>
  run(
    "Lakes and Livelihoods Forum 2024",
    "",
    "When: 14 – 15 May 2024, Kisumu",
    "",
    "The Lakes and Livelihoods Forum brings together fishers, researchers and officials.",
    "",
    "Programme",
    "",
    "Day 1 – Tuesday 14 May 2024",
    "",
    ...rows,
  );

const spoke = (ex: ReturnType<typeof run>, person: string) =>
  related(ex, person, "Lakes and Livelihoods Forum 2024").length > 0;

describe("a programme's speakers speak at the page's event", () => {
  it.each([
    [
      "09:00–09:30  Opening session   Chair: Dr. Achieng Otieno, Director, Lake Basin Institute",
      "Achieng Otieno",
      "Lake Basin Institute",
    ],
    [
      "Welcome: Peter Wafula, Chairperson, Kisumu Fishers Cooperative",
      "Peter Wafula",
      "Kisumu Fishers Cooperative",
    ],
    [
      "Comments: Grace Auma, Coordinator, Shoreline Women's Network",
      "Grace Auma",
      "Shoreline Women's Network",
    ],
    [
      "Dr. Samuel Ouma, Lecturer, Maseno University – “Fish stocks after the floods”",
      "Samuel Ouma",
      "Maseno University",
    ],
    [
      "Halima Yusuf, Programme Officer, East Africa, Ziwa Trust – “Who pays for local action?”",
      "Halima Yusuf",
      "Ziwa Trust",
    ],
  ])("%s", (row, person, body) => {
    const ex = page(row);
    expect(spoke(ex, person)).toBe(true);
    expect(related(ex, person, body)).toContain("part_of");
  });

  it("the programme's heading names no event", () => {
    const ex = page("Welcome: Peter Wafula, Chairperson, Kisumu Fishers Cooperative");
    expect(find(ex, "Programme")).toBeUndefined();
  });

  it.each([
    // A signature names someone's post, not a talk; a region or a town is no body.
    ["Agenda", "Kofi Mensah, Programme Officer, Accra"],
    ["Contacts", "Ama Serwaa, Communications Officer, Lakes Trust"],
  ])("leaves alone: %s / %s", (label, line) => {
    const ex = run(
      "Lakes and Livelihoods Forum 2024",
      "",
      "When: 14 May 2024",
      "",
      label,
      "",
      line,
    );
    const person = line.split(",")[0] ?? "";
    if (label === "Agenda") expect(find(ex, "Accra")).toBeUndefined();
    else expect(spoke(ex, person)).toBe(false);
  });
});

describe("a label over people listed with their bodies ('Chair ....... A - X (Town)')", () => {
  it.each([
    [
      "Chair ........... Dr. Amina Yusuf - Lake Basin Women's Network (Kisumu)",
      "Amina Yusuf",
      "Lake Basin Women's Network",
    ],
    [
      "Treasurer ....... Sheikh Omar Farah - Garissa Peace Committee (Garissa)",
      "Omar Farah",
      "Garissa Peace Committee",
    ],
    [
      "Members: Grace Auma - Shoreline Women's Network (Homa Bay); Peter Wafula - Kisumu Fishers Cooperative (Kisumu)",
      "Peter Wafula",
      "Kisumu Fishers Cooperative",
    ],
  ])("%s", (line, person, body) => {
    const ex = run(
      "Network bulletin",
      "",
      "The members elected a new board on 26 October 2024:",
      "",
      line,
    );
    expect(related(ex, person, body)).toContain("part_of");
  });
});
