/**
 * Wire stories: a dateline without its year ("BASRA, April 25 (MPA) --"), days told
 * relative to it ("last Tuesday"), and the day the story was told ("its organisers told
 * the agency on Thursday"), which dates no event. Phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { run } from "./query.ts";

const eventDates = (ex: ReturnType<typeof run>) =>
  ex.entities.filter((e) => e.kind === "event").map((e) => e.date?.start);

describe("a wire's dateline without its year takes the year its story speaks of", () => {
  it.each([
    [
      "MOSUL, March 14 (INA) -- A workshop on returns was held last Tuesday by the Nineveh Returns Forum, which received IQD 20 million from its 2024 budget, the forum said. The 2017 battle left the old city in ruins.",
      "2024-03-12",
    ],
    [
      "AMMAN, Oct. 3 (Petra) -- The Jordan River Women's Network held a roundtable on water last Monday, funded under its 2025 plan. The network was hit hard by the 2019 drought.",
      "2025-09-29",
    ],
    [
      "ERBIL, June 20 (KNA) -- A training for 30 mukhtars was organised last Wednesday by the Erbil Civic Centre as part of its 2023 programme, which follows the 2014 crisis and runs until 2026.",
      "2023-06-14",
    ],
  ])("%s", (text, date) => {
    const ex = run("Agency story", "", text);
    expect(eventDates(ex)).toContain(date);
  });
});

describe("the day a story was told dates no event", () => {
  it.each([
    "BASRA, April 25, 2024 (MPA) -- Farmers questioned officials at a public hearing on salinity, the first of its kind, its organisers told the Mesopotamia Press Agency (MPA) on Thursday.",
    "BASRA, April 25, 2024 (MPA) -- Farmers questioned officials at a public hearing on salinity, the organisers said on Thursday.",
    "BASRA, April 25, 2024 (MPA) -- Farmers questioned officials at a public hearing on salinity, the governor's office told reporters on Thursday.",
  ])("%s", (text) => {
    const ex = run(
      "Agency story",
      "",
      text,
      "",
      "The hearing was held last Tuesday in the College of Agriculture.",
    );
    expect(eventDates(ex)).toContain("2024-04-23");
    expect(eventDates(ex)).not.toContain("2024-04-25");
  });
});
