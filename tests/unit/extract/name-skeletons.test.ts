/**
 * One person's name spelled two ways by two publishers, as Somali, Arabic and Pashto names
 * are romanised: "Maxamed Xasan Jaamac" and "Mohamed Hassan Jama", "Aisha Muhammad Lawan" and
 * "Aisha Mohammed Lawan". Names of three words or more whose consonants agree are one person;
 * tested with several spellings written for these tests, and with guards.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";

const people = (a: string, b: string): string[] =>
  extract([
    {
      id: "a.txt",
      text: `News\n\nHargeisa, 3 May 2025. The meeting was opened by ${a}, chair of the network.`,
    },
    {
      id: "b.txt",
      text: `Update\n\nOslo, 9 May 2025. The report was presented by ${b} at the annual meeting.`,
    },
  ])
    .entities.filter((e) => e.kind === "person")
    .map((e) => e.label);

describe("two romanisations of one name of three words are one person", () => {
  it.each([
    ["Maxamed Xasan Jaamac", "Mohamed Hassan Jama"],
    ["Cabdirashiid Yuusuf Cali", "Abdirashid Yusuf Ali"],
    ["Aishatu Muhammad Lawan", "Aishatu Mohammed Lawan"],
    ["Gul Rehman Afridi", "Gul Rahman Afridi"],
    ["Sahra Maxamuud Ismaaciil", "Sahra Mohamoud Ismail"],
  ])("%s = %s", (a, b) => {
    expect(people(a, b)).toHaveLength(1);
  });
});

describe("guards: names that differ in a consonant, or of two words, stay apart", () => {
  it.each([
    ["Sami Hassan", "Sama Hassan"],
    ["Mohamed Hassan Jama", "Mohamed Hassan Jaber"],
    ["Amina Farah Duale", "Amina Faris Duale"],
    ["Ali Hussein Omar", "Ali Hassan Omar"],
    ["Samir Karim Haddad", "Samar Karim Haddad"],
  ])("%s ≠ %s", (a, b) => {
    expect(people(a, b)).toHaveLength(2);
  });
});
