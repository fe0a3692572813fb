/**
 * Grant announcements told as lists, and the words around a grant-maker that name no body of
 * their own. Each class is tested with several phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";
import type { Extraction } from "../../../src/compiler/types.ts";
import { find } from "./query.ts";

const run = (...lines: string[]): Extraction => extract([{ id: "t.txt", text: lines.join("\n") }]);

/** The amount of the funding relation from `a` to `b`, or undefined. */
function grant(ex: Extraction, a: string, b: string): number | undefined {
  const x = find(ex, a)?.id;
  const y = find(ex, b)?.id;
  return ex.relations.find((r) => r.kind === "funded" && r.source === x && r.target === y)?.amount;
}

describe("a list of grantees, each with its town, country and amount", () => {
  it.each([
    [
      "The Baobab Trust is pleased to announce the results of its 2024 call for proposals.",
      "1. Sahel Youth Dialogue Network (SYDN), Dori, Burkina Faso - USD 40,000 - youth dialogue.",
      "2. Tana River Women Farmers Union, Garsen, Kenya - USD 35,000 - irrigation.",
      "Baobab Trust",
      [
        ["Sahel Youth Dialogue Network", 40000],
        ["Tana River Women Farmers Union", 35000],
      ],
    ],
    [
      "The Lakeshore Fund has awarded grants to four organisations this year.",
      "- Kivu Peace Radio Collective, Goma: EUR 22,000 for community radio",
      "- Ituri Mothers' Association, Bunia, DR Congo: EUR 18,500 for savings groups",
      "Lakeshore Fund",
      [
        ["Kivu Peace Radio Collective", 22000],
        ["Ituri Mothers' Association", 18500],
      ],
    ],
    [
      "The Nile Basin Foundation announces its 2023 grantees.",
      "* Atbara Water Users Association (AWUA), Atbara – GBP 15,000 – water points",
      "* Kassala Youth Volunteers Network, Kassala, Sudan – GBP 12,000 – cash for work",
      "Nile Basin Foundation",
      [
        ["Atbara Water Users Association", 15000],
        ["Kassala Youth Volunteers Network", 12000],
      ],
    ],
  ])("%s", (lead, first, second, giver, grants) => {
    const ex = run(lead, "", first, "", second);
    for (const [body, amount] of grants) expect(grant(ex, giver, String(body))).toBe(amount);
  });
});

describe("a body's board and its head noun alone name no body", () => {
  it.each([
    [
      "The Baobab Trust opened its call in March.",
      "After review, the Trust's Board of Trustees approved nine grants.",
    ],
    [
      "The Lakeshore Fund met its partners in Goma.",
      "The Fund's Executive Board approved the plan, and the Fund will publish it.",
    ],
    [
      "The Nile Basin Foundation held its annual meeting.",
      "The Board of Directors thanked the Foundation's staff.",
    ],
  ])("%s %s", (...lines) => {
    const labels = run(...lines).entities.map((e) => e.label);
    expect(
      labels.filter((l) => /^(?:Board|Executive Board|Trust|Fund|Foundation)\b/.test(l)),
    ).toEqual([]);
  });
});
