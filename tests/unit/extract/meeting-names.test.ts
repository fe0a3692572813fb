/**
 * How meetings are named: calls held by phone or video, compound heads in headlines, a
 * newsletter's "our", one edition named twice in a document, an edition's year. Each class
 * with phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";
import { find, run } from "./query.ts";

const events = (ex: ReturnType<typeof run>) =>
  ex.entities.filter((e) => e.kind === "event").map((e) => e.label);

describe("a call held by phone or video is a meeting", () => {
  it.each([
    ["The partners held their fourth learning call on 13 May 2025.", "fourth learning call"],
    [
      "The network held its monthly coordination call on 2 April 2025.",
      "monthly coordination call",
    ],
    ["Twelve members joined the quarterly review call on 3 June 2025.", "quarterly review call"],
  ])("%s", (sentence, name) => {
    expect(events(run(sentence))).toContain(name);
  });

  it.each([
    "The Coastal Fund opened a call for proposals on 3 March 2025.",
    "She took a call from the mayor on Monday.",
    "The network issued a call to action on plastic waste.",
  ])("a call that is no meeting: %s", (sentence) => {
    expect(events(run(sentence))).toEqual([]);
  });

  it.each([
    ["HARBOUR NETWORK – MONTHLY COORDINATION CALL No. 7", "Lise Holm – Sunfield Foundation"],
    ["RIVER ALLIANCE – PARTNERS LEARNING CALL No. 2", "Omar Said – Lindqvist Fund"],
    ["DELTA FORUM – STEERING CALL No. 12", "Ana Berg – Maris Trust"],
  ])("a minutes heading names the call: %s", (heading, present) => {
    const ex = run(
      heading,
      "MINUTES",
      "Date: Tuesday 13 May 2025",
      "",
      "Present:",
      ` 1. ${present}`,
    );
    expect(ex.entities.filter((e) => e.kind === "event").length).toBeGreaterThan(0);
    expect(ex.entities.some((e) => e.kind !== "event" && /CALL/.test(e.label))).toBe(false);
  });
});

describe("a headline's compound event head", () => {
  it.each([
    ["# Regional Learning Exchange in Mzuzu", "Regional Learning Exchange in Mzuzu"],
    ["# Annual General Assembly of the Weavers' Union", "Annual General Assembly"],
    ["# Study Visit to the Kafue Cooperatives", "Study Visit"],
  ])("%s", (headline, name) => {
    const ex = run(
      headline,
      "",
      "Forty members of the Lake Traders Union took part on 4 June 2024.",
    );
    expect(events(ex).some((l) => l.startsWith(name))).toBe(true);
    expect(find(ex, "Lake Traders Union")).toBeDefined();
  });
});

describe("a newsletter's 'our' is no part of an event's name", () => {
  it.each([
    "## Our Annual General Assembly in Kisumu",
    "## Our Regional Forum in Kisumu",
    "## Our Spring Conference in Kisumu",
  ])("%s", (heading) => {
    const ex = run(heading, "", "Delegates of 31 groups met on 3 May 2025.");
    expect(events(ex).filter((l) => /^Our\b/.test(l))).toEqual([]);
    expect(events(ex).length).toBeGreaterThan(0);
  });
});

describe("one numbered edition named twice in a document is one event", () => {
  it.each([
    [
      "The network's 3rd Regional Forum opened on 4 June 2024 in Dakar.",
      "Delegates praised the third Regional Women's Forum for its openness.",
    ],
    [
      "The 9th General Assembly met on 18 January 2025.",
      "The 9th Ordinary General Assembly elected a new board.",
    ],
    [
      "Our 5th Annual Conference closed on Friday 7 March 2025.",
      "Speakers at the fifth Youth Conference included the mayor.",
    ],
  ])("%s / %s", (a, b) => {
    const ex = run(a, b);
    expect(ex.entities.filter((e) => e.kind === "event")).toHaveLength(1);
  });
});

describe("an edition's year after its name", () => {
  it.each([
    ["Coastal Voices Learning Exchange", "3 to 5 March 2025", "2025"],
    ["Highland Women Summit", "12 and 13 June 2024", "2024"],
    ["Delta Youth Summit", "9 September 2023", "2023"],
  ])("%s %s", (name, when, year) => {
    const ex = extract([
      {
        id: "a.md",
        text: `# ${name} ${year}\n\nThe ${name} ${year} brought together 40 delegates on ${when}.`,
      },
      {
        id: "b.txt",
        text: `Our staff joined the ${name} (${when}), hosted by the Lanka Fisher Women Network.`,
      },
    ]);
    const named = ex.entities.filter((e) => e.kind === "event" && e.label.startsWith(name));
    expect(named).toHaveLength(1);
    expect(named[0]?.mentions.map((m) => m.doc)).toEqual(expect.arrayContaining(["a.md", "b.txt"]));
  });

  it("two years are two editions", () => {
    const ex = extract([
      {
        id: "a.md",
        text: "# Delta Youth Summit 2023\n\nThe Delta Youth Summit 2023 met on 9 September 2023.",
      },
      {
        id: "b.md",
        text: "# Delta Youth Summit 2024\n\nThe Delta Youth Summit 2024 met on 7 September 2024.",
      },
      {
        id: "c.txt",
        text: "Our staff joined the Delta Youth Summit, hosted by the Lanka Fisher Women Network.",
      },
    ]);
    expect(
      ex.entities.filter((e) => e.kind === "event" && /Summit 202/.test(e.label)),
    ).toHaveLength(2);
  });
});
