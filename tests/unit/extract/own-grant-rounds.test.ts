/**
 * A grant-maker's own page on its round: "We have awarded …" over a table of grantees, the
 * body that "we" stands for named only in the page's footer or as "the Foundation". Each
 * class is tested with several phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, fundedAmount, related, run } from "./query.ts";

describe("'we' award the grants of the table: the body the page speaks for gives them", () => {
  it.each([
    [
      [
        "# Small grants 2025: the results",
        "",
        "We have awarded GBP 240,000 to five tenants' groups in the north of England this spring.",
        "",
        "| Organisation | Town | Project | GBP |",
        "|---|---|---|---|",
        "| Moorside Tenants Association | Bradford | Damp audits | 48,000 |",
        "| Calder Residents Network | Halifax | Repairs hotline | 52,500 |",
        "",
        "Kestrel Housing Trust · 14 Mill Lane, Leeds LS1 4AB · Registered charity 1180000",
      ],
      "Kestrel Housing Trust",
      [
        ["Moorside Tenants Association", 48000],
        ["Calder Residents Network", 52500],
      ],
    ],
    [
      [
        "Grants round announced",
        "",
        "The Ostrander Foundation supports rural libraries across the Great Lakes. This year we approved seven grants.",
        "",
        "“Libraries are the last free rooms in many towns,” said the Foundation's president.",
        "",
        "| Grantee | Amount (USD) |",
        "|---|---|",
        "| Pinecrest Reading Society | 15,000 |",
        "| Lakeshore Literacy Alliance | 22,000 |",
        "",
        "The Foundation will publish the next call in March.",
      ],
      "Ostrander Foundation",
      [
        ["Pinecrest Reading Society", 15000],
        ["Lakeshore Literacy Alliance", 22000],
      ],
    ],
    [
      [
        "## Who we funded in 2024",
        "",
        "In 2024 we granted EUR 96,000 to four community kitchens.",
        "",
        "| Recipient | City | EUR |",
        "|---|---|---|",
        "| Cucina Aperta Association | Turin | 30,000 |",
        "| Mesa Comum Collective | Porto | 21,000 |",
        "",
        "Halden Table Fund – Via Roma 12, 10121 Turin – info@haldenfund.example",
      ],
      "Halden Table Fund",
      [
        ["Cucina Aperta Association", 30000],
        ["Mesa Comum Collective", 21000],
      ],
    ],
  ])("%#", (lines, giver, grants) => {
    const ex = run(...lines);
    for (const [body, amount] of grants) expect(fundedAmount(ex, giver, String(body))).toBe(amount);
  });
});

describe("a body's list of the grants it received is not a round it gave", () => {
  it("'we received' over a table of donors", () => {
    const ex = run(
      "# Our funding in 2024",
      "",
      "We received grants from these donors in 2024.",
      "",
      "| Donor | Amount (EUR) |",
      "|---|---|",
      "| Brightwater Foundation | 40,000 |",
      "",
      "Riverside Advice Centre · 3 Quay Street, Galway",
    );
    expect(fundedAmount(ex, "Riverside Advice Centre", "Brightwater Foundation")).toBeUndefined();
  });
});

describe("a grant table's row: its grantee gives nothing, its officer and country take no part", () => {
  it.each([
    [
      "The Larkin Foundation awarded grants to these partners in 2024.",
      "| Grantee | Project | Amount (USD) | Country | Program Officer |",
      "| Volta Mediation Network | Peace Circles in Ho | 30,000 | Ghana | Rhea Ambrose-Kent |",
      "| Bong Peace Hut Association | Peace Huts for Girls | 45,000 | Liberia | Rhea Ambrose-Kent |",
      ["Volta Mediation Network", "Bong Peace Hut Association"],
      "Rhea Ambrose-Kent",
    ],
    [
      "In its spring round the Corrib Trust approved the following grants.",
      "| Organisation | Activity | Amount (EUR) | Grants officer |",
      "| Inishowen Carers Circle | Respite weekends | 12,500 | Declan Furey |",
      "| Tuam Traveller Women's Group | Literacy evenings | 9,800 | Declan Furey |",
      ["Inishowen Carers Circle", "Tuam Traveller Women's Group"],
      "Declan Furey",
    ],
    [
      "This year the Ashgrove Fund has awarded grants to two cooperatives.",
      "| Recipient | Initiative | Amount (GBP) | Managed by |",
      "| Dunmore Weavers Cooperative | Looms for Dunmore | 20,000 | Priya Castellano |",
      "| Glenarm Fishers Cooperative | Cold Store Glenarm | 18,000 | Priya Castellano |",
      ["Dunmore Weavers Cooperative", "Glenarm Fishers Cooperative"],
      "Priya Castellano",
    ],
  ])("%s", (lead, head, first, second, grantees, officer) => {
    const ex = run("# Grants", "", lead, "", head, "|---|---|---|---|", first, second);
    for (const grantee of grantees) {
      const id = find(ex, grantee)?.id;
      expect(id).toBeDefined();
      expect(ex.relations.filter((r) => r.kind === "funded" && r.source === id)).toEqual([]);
    }
    const officerId = find(ex, officer)?.id;
    expect(
      ex.relations.filter(
        (r) => r.kind !== "part_of" && (r.source === officerId || r.target === officerId),
      ),
    ).toEqual([]);
  });
});

describe("a grant page that names no programme: its table's first project is not the page's event", () => {
  it.each([
    [
      "The Larkin Foundation awarded grants to these partners in 2024.",
      "| Grantee | Project | Amount (USD) |",
      "| Volta Mediation Network | Peace Circles in Ho | 30,000 |",
      "| Bong Peace Hut Association | Peace Huts for Girls | 45,000 |",
      "Larkin Foundation",
      "Peace Circles in Ho",
    ],
    [
      "In its spring round the Corrib Trust approved the following grants.",
      "| Organisation | Project | Grant (EUR) |",
      "| Inishowen Carers Circle | Respite Weekends Inishowen | 12,500 |",
      "| Tuam Traveller Women's Group | Literacy Evenings Tuam | 9,800 |",
      "Corrib Trust",
      "Respite Weekends Inishowen",
    ],
    [
      "This year the Ashgrove Fund has awarded grants to two cooperatives.",
      "| Recipient | Initiative | Amount (GBP) |",
      "| Dunmore Weavers Cooperative | Looms for Dunmore | 20,000 |",
      "| Glenarm Fishers Cooperative | Cold Store Glenarm | 18,000 |",
      "Ashgrove Fund",
      "Looms for Dunmore",
    ],
  ])("%s", (lead, head, first, second, giver, project) => {
    const ex = run("# Grants", "", lead, "", head, "|---|---|---|", first, second);
    expect(related(ex, giver, project)).toEqual([]);
  });
});
