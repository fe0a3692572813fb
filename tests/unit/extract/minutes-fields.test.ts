/**
 * Minutes head their meeting with fields: "Date and time of meeting : …", "Meeting date: …",
 * "Date/Time: …" beside "Venue:" date the meeting itself, not a date the body recalls (the
 * previous meeting's). Each class is tested with several phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { run } from "./query.ts";

describe("a minutes' date field dates its meeting", () => {
  it.each([
    ["Date and time of meeting : 09.05.2025 (Friday), 10:30 am", "2025-05-09"],
    ["Meeting date: 14 October 2024", "2024-10-14"],
    ["Date/Time: 3 February 2026, 14:00–16:00", "2026-02-03"],
    ["Date of the meeting: 21/11/2023", "2023-11-21"],
  ])("%s", (field, day) => {
    const ex = run(
      "Minutes of the quarterly coordination meeting of the Upper Basin Relief Forum",
      "",
      field,
      "Venue : Meeting Hall, District Council, Lowfield",
      "Chair : Grace Otieno, District Commissioner",
      "",
      "The Chair opened the meeting. The minutes of the previous meeting held on 02.01.2021 were confirmed without amendment.",
      "",
      "The Lowfield Water Committee reported that twelve boreholes were repaired.",
    );
    const meeting = ex.entities.find(
      (e) => e.kind === "event" && /coordination meeting/.test(e.label),
    );
    expect(meeting?.date?.start).toBe(day);
  });
});
