/**
 * Minutes and meeting notes: the header's date dates the meeting, not a project the partners
 * report on, nor the earlier meeting whose minutes are adopted; the document's kind is no part
 * of the meeting's name; a project's start told in the future tense dates it.
 */
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../src/compiler/types.ts";
import { find, related, run } from "./query.ts";

const byType = (ex: Extraction, type: string) =>
  ex.entities.filter((e) => e.kind === "event" && e.eventType === type);

describe("minutes", () => {
  it.each([
    [
      "Shelter Working Group Kassala",
      "Monthly Coordination Meeting - MINUTES",
      "",
      "Date: 12/03/2024",
      "Venue: UNHCR office, Kassala",
      "",
      "1. WELCOME",
      "The Chair opened the meeting. The minutes of the meeting of 13/02/2024 were adopted.",
      "2. PARTNER UPDATES",
      'The Kassala Relief Society said its project "Safe Roofs" will start on 1 April 2024.',
      ["2024-03-12", "Monthly Coordination Meeting", "2024-04-01"],
    ],
    [
      "Education Cluster Sub-National Meeting: Minutes",
      "",
      "Date: 5 June 2023",
      "Place: Gaziantep, Hilton meeting room",
      "",
      "Item 1. The minutes of the previous meeting (8 May 2023) were approved without changes.",
      'Item 2. Bright Futures Association reported that the project "Back to Class" starts in September 2023.',
      ["2023-06-05", "Education Cluster Sub-National Meeting", "2023-09"],
    ],
    [
      "Livelihoods Partners Meeting (Minutes)",
      "",
      "Date: 21 November 2022",
      "Venue: Hotel Cedar, Zahle",
      "",
      "Minutes of the meeting held on 17 October 2022 were endorsed by the members.",
      'The Bekaa Farmers Union informed partners that the project "Green Fields" will begin on 1 January 2023.',
      ["2022-11-21", "Livelihoods Partners Meeting", "2023-01-01"],
    ],
  ])("%s", (...args) => {
    const [meetingDate, meetingName, projectDate] = args.pop() as unknown as string[];
    const ex = run(...(args as string[]));
    const meeting = byType(ex, "meeting")[0];
    expect(meeting?.label).toBe(meetingName);
    expect(meeting?.date?.start).toBe(meetingDate);
    expect(byType(ex, "project")[0]?.date?.start).toBe(projectDate);
  });
});

describe("what minutes are of is a meeting, whatever its noun", () => {
  it.each([
    [
      "Minutes of the 3rd sitting of the Lake Fishers Council",
      "3rd sitting of the Lake Fishers Council",
    ],
    [
      "Minutes of the monthly call of the Coastal Partners Group",
      "monthly call of the Coastal Partners Group",
    ],
    [
      "Notes of the second catch-up of the Seed Savers Circle",
      "second catch-up of the Seed Savers Circle",
    ],
  ])("%s", (heading, name) => {
    const ex = run(
      "RIVER PARTNERS",
      heading,
      "",
      "Date: 9 September 2025",
      "",
      "PRESENT",
      "1. Ana Lima - Rede Sol, chair",
      "2. Kofi Boateng - Volta Youth Network",
      "",
      "1. NEWS",
      "The chair opened the call.",
    );
    expect(find(ex, name)?.kind).toBe("event");
    expect(related(ex, "Kofi Boateng", name).filter((k) => k !== "part_of")).not.toEqual([]);
  });
});

describe("an e-mail subject's kind, day and extras are no part of the meeting's name", () => {
  it.each([
    ["Subject: Minutes - Seed Savers call 14/03 + next steps", "Seed Savers call"],
    ["Subject: Notes: Coastal partners meeting 2.5. & follow-up", "Coastal partners meeting"],
    ["Subject: Minutes – Youth Council call 21/11/2025 + decisions", "Youth Council call"],
  ])("%s", (subject, name) => {
    const ex = run(
      "From: Ana Lima <ana@example.org>",
      "Date: Thu, 11 Sep 2025 17:32:04 +0100",
      subject,
      "",
      "Dear all,",
      "",
      "below are the minutes of our call. Kofi Boateng of the Volta Youth Network presented the survey.",
    );
    expect(ex.entities.filter((e) => e.kind === "event").map((e) => e.label)).toContain(name);
  });
});

describe("an e-mail subject with replies, a list's tag and a day set off names the meeting", () => {
  it.each([
    [
      "Subject: [RCN-BOARD] Minutes of the 4th Board meeting, 9 October 2024 (draft)",
      "4th Board meeting",
      "2024-10-09",
    ],
    [
      "Subject: Re: Fwd: Notes of the quarterly partners meeting (12/06/2024)",
      "quarterly partners meeting",
      "2024-06-12",
    ],
    [
      "Subject: AW: [reef-list] Minutes of the annual members' meeting, 2 May 2025",
      "annual members' meeting",
      "2025-05-02",
    ],
  ])("%s", (subject, name, day) => {
    const ex = run(
      "From: Ana Lima <ana@example.org>",
      subject,
      "Date: Thu, 11 Sep 2025 17:32:04 +0100",
      "",
      "Dear all,",
      "",
      "below are the minutes of our meeting. Kofi Boateng of the Volta Youth Network presented the survey.",
    );
    const event = find(ex, name);
    expect(event?.kind).toBe("event");
    expect(event?.date?.start).toBe(day);
    expect(ex.entities.map((e) => e.label)).not.toContain("AW");
  });
});
