/**
 * Bodies named in Somali beside their English names: Somali heads open the name ("Guddiga
 * Abaaraha X", "Ururka Haweenka Y", "Shabakadda Z"), and a masthead gives both names on one
 * line set apart by a dash. Tested with several
 * phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, run } from "./query.ts";

describe("a Somali head opens a body's name", () => {
  it.each([
    "Guddiga Abaaraha Qardho",
    "Ururka Haweenka Gabiley",
    "Shabakadda Kaydka Haweenka Buuhoodle",
    "Wasaaradda Qorshaynta",
  ])("%s", (name) => {
    const ex = run("News", "", `Hargeisa, 3 May 2025. On Monday the donors met ${name} in Burao.`);
    expect(find(ex, name)?.kind).toMatch(/organisation|funder/);
  });
});

describe("a Somali name in brackets or after a dash is the English-named body's", () => {
  it.each([
    [
      "The Qardho Drought Response Committee (Guddiga Abaaraha Qardho) met on 3 May 2025.",
      "Qardho Drought Response Committee",
      "Guddiga Abaaraha Qardho",
    ],
    [
      "The Gabiley Women's Association (Ururka Haweenka Gabiley) opened a shop on 3 May 2025.",
      "Gabiley Women's Association",
      "Ururka Haweenka Gabiley",
    ],
  ])("%s", (sentence, english, somali) => {
    const ex = run("News", "", `Hargeisa, 4 May 2025. ${sentence}`);
    expect(find(ex, somali)?.id).toBe(find(ex, english)?.id);
  });

  it.each([
    ["Ururka Qurbajoogta Horumar – Horumar Diaspora Association", "Horumar Diaspora Association"],
    [
      "Shabakadda Kaydka Haweenka Ubax – Ubax Women's Savings Network",
      "Ubax Women's Savings Network",
    ],
    [
      "Guddiga Abaaraha Qardho — Qardho Drought Response Committee",
      "Qardho Drought Response Committee",
    ],
  ])("%s", (masthead, english) => {
    const somali = masthead.split(/\s+[–—]\s+/)[0] ?? "";
    const ex = run(
      "==========================",
      masthead,
      "==========================",
      "",
      `Oslo, 28 March 2025. The ${english} thanks its members for a generous year.`,
    );
    expect(find(ex, somali)?.id).toBe(find(ex, english)?.id);
  });
});
