/**
 * Minutes and meeting notes: the header's date dates the meeting, not a project the partners
 * report on, nor the earlier meeting whose minutes are adopted; the document's kind is no part
 * of the meeting's name; a project's start told in the future tense dates it.
 */
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../src/compiler/types.ts";
import { run } from "./query.ts";

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
