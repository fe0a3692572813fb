/**
 * Transcripts of webinars, radio programmes and interviews: speaker turns whose labels are
 * written in capitals ("[00:01:24] AMINA:", "DR. LENA VOSS:", "TOMÁS RUIZ (Red Norte):"), and a
 * first line that only says what kind of document it is ("WEBINAR TRANSCRIPT (edited)").
 * Each class is tested with several phrasings written for these tests, with guards.
 */
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../src/compiler/types.ts";
import { find, run } from "./query.ts";

const kinds = (ex: Extraction, label: string): string[] =>
  ex.entities
    .filter((e) => e.label.toLowerCase() === label.toLowerCase() || e.aliases.includes(label))
    .map((e) => e.kind);

describe("a speaker's label in capitals names that person, not a body", () => {
  it("first names after time stamps, matched to the guests the host introduces", () => {
    const ex = run(
      "VOICE OF THE VALLEY 101.4",
      "Programme: Market Talk, episode 12",
      "",
      "[00:00:10] HALIMA: Good evening. With me tonight is Mrs Zainab Okello Mwangi of the",
      "Kisoro Traders Cooperative, and on the line is Mr Peter Ssali Kato.",
      "",
      "[00:00:40] ZAINAB: Thank you, Halima. The market was full today.",
      "",
      "[00:01:02] PETER: Thank you. The road is good tonight.",
      "",
      "[00:01:30] HALIMA: Zainab, how did the savings week go?",
    );
    expect(kinds(ex, "Zainab Okello Mwangi")).toEqual(["person"]);
    expect(kinds(ex, "Peter Ssali Kato")).toEqual(["person"]);
    expect(kinds(ex, "ZAINAB")).toEqual(["person"]);
    expect(kinds(ex, "PETER")).toEqual(["person"]);
    // The host is named only by the labels and by a guest's "Thank you, Halima".
    expect(kinds(ex, "Halima")).toEqual(["person"]);
  });

  it("full names with a shouted title, as a webinar's transcript writes them", () => {
    const ex = run(
      "Rivers under Strain: Mining and Water in the Highlands",
      "",
      "Date: Tuesday, 14 October 2025",
      "Organised by: Tarrow Rivers Network",
      "",
      "MARTA LINDQVIST: Welcome, everyone. We begin with the valley.",
      "",
      "DR. LENA VOSS: Thank you, Marta. The samples came back last week.",
      "",
      "ING. RAÚL QUISPE MAMANI: The pumps were repaired in June.",
    );
    expect(kinds(ex, "MARTA LINDQVIST")).toEqual(["person"]);
    expect(kinds(ex, "LENA VOSS")).toEqual(["person"]);
    expect(kinds(ex, "RAÚL QUISPE MAMANI")).toEqual(["person"]);
    // The shouted titles name no body.
    expect(find(ex, "DR")).toBeUndefined();
    expect(find(ex, "ING")).toBeUndefined();
  });

  it("a label with the speaker's body in brackets, the turn on the next line", () => {
    const ex = run(
      "Panel on river defenders, transcript",
      "",
      "SOFÍA ARCE LEÓN (Colectivo Agua Viva, Tarija):",
      "Good morning. We are farmers and we monitor the river.",
      "",
      "JONAS EKBERG (Nordlys Fund):",
      "Thank you. We will keep funding the monitors.",
    );
    expect(kinds(ex, "SOFÍA ARCE LEÓN")).toEqual(["person"]);
    expect(kinds(ex, "JONAS EKBERG")).toEqual(["person"]);
  });

  it("in a transcript, a label that names none of its people names nothing", () => {
    const ex = run(
      "[00:00:05] JINGLE: Radio Kanuku, the voice of the savannah.",
      "[00:00:12] AKOSUA: Good evening. Our guest is Mr Kwame Mensah Boateng.",
      "[00:00:30] KWAME: Thank you, Akosua.",
      "[00:04:00] MUSIC: a short song in Twi.",
      "[00:04:30] AKOSUA: Welcome back.",
    );
    expect(find(ex, "JINGLE")).toBeUndefined();
    expect(find(ex, "MUSIC")).toBeUndefined();
    expect(kinds(ex, "Kwame Mensah Boateng")).toEqual(["person"]);
  });

  it("guard: a body's acronym opening a line of minutes stays a body", () => {
    const ex = run(
      "Minutes of the WASH cluster meeting, 3 March 2025",
      "",
      "UNICEF: reported that 40 latrines were finished in Ward 4.",
      "OXFAM: will send the water-point map before the next meeting.",
    );
    expect(kinds(ex, "UNICEF")).toEqual(["organisation"]);
    expect(kinds(ex, "OXFAM")).toEqual(["organisation"]);
  });
});

describe("a line that only says what kind of document this is names no event", () => {
  it.each([
    ["WEBINAR TRANSCRIPT (edited)", "Seeds and Rights: Farmers Meet the Breeders"],
    ["Podcast transcript", "Seeds and Rights: Farmers Meet the Breeders"],
    ["FOR IMMEDIATE RELEASE", "Seeds and Rights Forum Opens in Arusha"],
  ])("%s", (kindLine, title) => {
    const ex = run(
      kindLine,
      title,
      "",
      "Arusha, 4 June 2025. The Seeds and Rights Forum opened with farmers from six regions.",
    );
    const events = ex.entities.filter((e) => e.kind === "event").map((e) => e.label);
    expect(events.some((l) => /transcript|release/i.test(l))).toBe(false);
  });
});
