/**
 * A grant-maker's round told in one sentence ("X has awarded NOK 2 million to six stations")
 * and a table of its grantees whose amount column is headed by the currency alone. Each class
 * is tested with several phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { fundedAmount, run } from "./query.ts";

describe("a round's sum awarded to a counted group, then a table of its grantees", () => {
  it.each([
    [
      "The Lindqvist Trust (Stiftelsen Lindqvist) has awarded SEK 3 million to eleven women's shelters and drop-in centres in Sweden and Finland.",
      "| Grantee | Town | Project | SEK |",
      "|---|---|---|---|",
      "| Hemmet Ljusglimt | Umeå | *Night desk* – a staffed phone line | 300,000 |",
      "| Kvinnohuset Norrsken | Luleå | *Open kitchen* – weekly meals | 275,000 |",
      "Lindqvist Trust",
      [
        ["Hemmet Ljusglimt", 300000],
        ["Kvinnohuset Norrsken", 275000],
      ],
    ],
    [
      "In April the Marrow Foundation awarded EUR 450,000 to 9 local newsrooms across the western Balkans.",
      "| Recipient | City | EUR |",
      "|---|---|---|",
      "| Glas Doline Association | Tuzla | 52,000 |",
      "| Novi Most Media Centre | Nikšić | 48,500 |",
      "Marrow Foundation",
      [
        ["Glas Doline Association", 52000],
        ["Novi Most Media Centre", 48500],
      ],
    ],
    [
      "This year the Tidewater Fund gave USD 80,000 to three island clinics and a midwives' school.",
      "| Organisation | Island | USD |",
      "|---|---|---|",
      "| Kanaloa Health Circle | Molokai | 30,000 |",
      "| Hale Pono Clinic | Lanai | 25,000 |",
      "Tidewater Fund",
      [
        ["Kanaloa Health Circle", 30000],
        ["Hale Pono Clinic", 25000],
      ],
    ],
  ])("%s", (lead, head, rule, first, second, giver, grants) => {
    const ex = run("# Grants", "", lead, "", head, rule, first, second);
    for (const [body, amount] of grants) expect(fundedAmount(ex, giver, String(body))).toBe(amount);
  });
});

describe("a sum given to a counted group of things is no round of grants", () => {
  it.each([
    "The Harbour Club gave NOK 2,000 to two volunteers who cleaned the beach.",
    "The Tenants' Union paid EUR 300 to three lawyers for their advice.",
  ])("%s", (sentence) => {
    const ex = run(
      sentence,
      "",
      "| Organisation | Role | EUR |",
      "|---|---|---|",
      "| Fjord Watch Society | host | 100 |",
    );
    expect(ex.relations.filter((r) => r.kind === "funded")).toEqual([]);
  });
});
