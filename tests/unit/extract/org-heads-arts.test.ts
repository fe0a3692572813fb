/**
 * Head nouns of bodies in culture, media and early childhood: a choir, an ensemble, a radio
 * station, a kindergarten, a diocese. Phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, run } from "./query.ts";

describe("a name ending on a body's head noun of the arts, media or childhood", () => {
  it.each([
    ["Volunteers came from Hlíð Choir this spring.", "Hlíð Choir"],
    ["The song was recorded with Marama Ensemble in Rotorua last week.", "Marama Ensemble"],
    ["Every Thursday Kanuku Airwaves Radio carries the council news.", "Kanuku Airwaves Radio"],
    ["Children from Gáldu Kindergarten sang at the opening.", "Gáldu Kindergarten"],
    ["A grant from Aroha Diocese paid for the hall.", "Aroha Diocese"],
  ])("%s", (sentence, name) => {
    expect(find(run(sentence), name)?.kind).toMatch(/organisation|funder/);
  });
});
