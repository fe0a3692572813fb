/**
 * A headline of several stories ("A returns; B opens; C wins") and a social page's header with
 * its counts of likes and followers name no event. Phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { run } from "./query.ts";

const noEventNamed = (lines: string[], pattern: RegExp): void => {
  const ex = run(...lines);
  expect(ex.entities.filter((e) => e.kind === "event" && pattern.test(e.label))).toEqual([]);
};

describe("a headline of several stories", () => {
  it.each([
    [
      "Girls' football returns to Kiruna; a new bus shelter for Inari; the choir wins a prize",
      "Forty girls met coaches from the Kiruna Sports Club on 3 May 2025.",
    ],
    [
      "Clinic opens in Donggang; shelter volunteers trained; union elects new chair",
      "Thirty volunteers gathered at the Donggang shelter on 12 April 2025.",
    ],
    [
      "Elders record old songs; kōhanga celebrates ten years; library extends its hours",
      "Six elders joined the Tūranga Language Trust on 2 March 2025 to record songs.",
    ],
  ])("%s", (headline, body) => noEventNamed([headline, "", body], /;/));
});

describe("a social page's header with its counts", () => {
  it.each([
    [
      "Charity · Rotorua, New Zealand 1.2K likes · 1.5K followers",
      "On 4 March 2025 parents met our teachers at the marae.",
    ],
    [
      "Language school · Hilo, Hawaii 845 likes · 910 followers",
      "Our volunteers hosted the school's parents on 9 June 2025.",
    ],
    [
      "Radio station · Kautokeino, Norway 3,100 followers",
      "Last week we organised a training for young presenters, on 14 May 2025.",
    ],
  ])("%s", (header, post) => noEventNamed([header, "", post], /followers|likes/));
});

describe("a headline whose first story names its event", () => {
  it.each([
    [
      "Kiruna holds first youth language forum; council promises new funds for schools",
      "Sixty young people met in Kiruna on 3 May 2025.",
      /forum/i,
    ],
    [
      "Union convenes migrant fishers' assembly in Donggang; shelter to open in June",
      "About ninety fishers gathered at the port on 12 April 2025.",
      /assembly/i,
    ],
    [
      "Rotorua hosts kōhanga reo hui; trust announces three new language nests",
      "Whānau from twelve kōhanga met in Rotorua on 2 March 2025.",
      /hui/i,
    ],
  ])("%s", (headline, body, name) => {
    const ex = run(headline, "", body);
    const events = ex.entities.filter((e) => e.kind === "event");
    expect(events.some((e) => name.test(e.label))).toBe(true);
    expect(events.filter((e) => /;/.test(e.label))).toEqual([]);
  });
});

describe("a post's title framed by emoji", () => {
  it.each([
    ["🎉🎉 Our youth language camp in Inari 🎉", "Forty teenagers met in Inari on 4 July 2025."],
    [
      "📻✨ Community radio training for elders ✨📻",
      "Twelve elders were trained at the studio on 9 May 2025.",
    ],
    ["🌺 Kōhanga open day 🌺", "Families joined the teachers at the nest on 1 March 2025."],
  ])("%s", (title, body) => {
    const ex = run(title, "", body);
    const events = ex.entities.filter((e) => e.kind === "event");
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => /\p{Extended_Pictographic}/u.test(e.label))).toEqual([]);
  });
});
