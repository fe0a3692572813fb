/**
 * An acronym defined after a name that closes on a lower-case programme or project noun ("the
 * Safe Nights programme (SNP)") is the event's, as it is after a capitalised one. Phrasings
 * written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, run } from "./query.ts";

describe("an acronym after a lower-case programme noun", () => {
  it.each([
    [
      "They are the first grantees of the North Atlantic Youth Clubs programme (NAYC). The Board adopted NAYC in June 2024.",
      "NAYC",
    ],
    [
      "Eight shelters joined the Safe Harbour Asia campaign (SHAC) last year, and SHAC will grow in 2026.",
      "SHAC",
    ],
    [
      "The trust funds the Rooted Voices project (RVP) in Rotorua. RVP trains twelve young teachers.",
      "RVP",
    ],
  ])("%s", (sentence, acronym) => {
    expect(find(run(sentence), acronym)?.kind).toBe("event");
  });
});
