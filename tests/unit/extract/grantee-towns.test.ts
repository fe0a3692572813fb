/**
 * A grant table's body cell that gives the grantee's town after a comma ("Ylberi, Gjakovë",
 * "Bahtalo Drom, Vranje") names one body: the town is no grantee. A second body after a
 * comma that has a body's head, an acronym or "with" before it is still a body. Tested with
 * several cells written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, fundedAmount, run } from "./query.ts";

const page = (...rows: string[]): string[] => [
  "Grants 2024",
  "",
  "Bergen, 20 March 2025 – The Kestrel Fund has awarded three grants under its Memory programme.",
  "",
  "| Grantee | Project | Amount |",
  "|---|---|---|",
  ...rows,
];

describe("the town after a grantee's name is no body", () => {
  it.each([
    ["Ylberi, Gjakovë", "Ylberi", "Gjakovë"],
    ["Bahtalo Drom, Vranje", "Bahtalo Drom", "Vranje"],
    ["Shoqata Kujtimi, Pejë", "Shoqata Kujtimi", "Pejë"],
  ])("%s", (cell, body, town) => {
    const ex = run(...page(`| ${cell} | Voices of the Valley | EUR 15,000 |`));
    expect(fundedAmount(ex, "Kestrel Fund", body)).toBe(15000);
    expect(find(ex, town)).toBeUndefined();
  });
});

describe("a second body after a comma is still a body", () => {
  it.each([
    ["Sabur Association, with Unski Glas Radio", "Unski Glas Radio"],
    ["Sabur Association, Drina Youth Network", "Drina Youth Network"],
    ["Sabur Association, CTPD", "CTPD"],
  ])("%s", (cell, second) => {
    const ex = run(...page(`| ${cell} | Voices of the Valley | EUR 15,000 |`));
    expect(find(ex, second)?.kind).toMatch(/organisation|funder/);
  });
});
