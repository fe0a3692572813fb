/**
 * Grant announcements as funders and agencies write them: the giver's name glossed in
 * brackets, "our Board approved" over a table with the body named only in the copyright line,
 * an agency that "announced $X in awards to N organizations" through another, "a cooperative
 * agreement of $X to Y", and the furniture of such pages (fiscal-year labels, "President and
 * CEO of", a grantee's ", Inc.", US and Canadian addresses). Each class is tested with several
 * phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, fundedAmount, related, run } from "./query.ts";

describe("a giver's name glossed in brackets before 'has approved N grants'", () => {
  it.each([
    [
      "The Board of the Halvorsen Fund (Halvorsenska stiftelsen för fri press) has approved seven grants for newsrooms in exile.",
      "Halvorsen Fund",
    ],
    [
      "The Lindqvist Trust (Stiftelsen Lindqvist, founded 1961) awarded five grants this spring.",
      "Lindqvist Trust",
    ],
    [
      "The Marrow Civic Foundation (Fondation civique Marrow) today announced nine new grants.",
      "Marrow Civic Foundation",
    ],
  ])("%s", (sentence, giver) => {
    const ex = run(
      "Grants 2025",
      "",
      sentence,
      "",
      "| Grantee | Project | Grant (EUR) |",
      "|---|---|---|",
      "| Pale Harbour Press Club | Safety clinic | 42,500 |",
      "| Nadzeya Sunday School | Core support | 16,000 |",
    );
    expect(fundedAmount(ex, giver, "Pale Harbour Press Club")).toBe(42500);
    expect(fundedAmount(ex, giver, "Nadzeya Sunday School")).toBe(16000);
  });
});

describe("'our Board approved' over a table; the body is named in the copyright line", () => {
  it.each([
    [
      "At its December meeting, our Board of Directors approved six grants totaling $1.1 million.",
      "© 2025 Ashgrove Family Foundation · 12 Lake Street, Chicago · Privacy",
      "Ashgrove Family Foundation",
    ],
    [
      "Our trustees have awarded four grants this year to rural food programs.",
      "Copyright 2024 Dunmore Community Trust. All rights reserved.",
      "Dunmore Community Trust",
    ],
    [
      "In March our grants committee approved the second round of the program.",
      "(c) 2023-2025 Kestrel Valley Fund | Contact | Accessibility",
      "Kestrel Valley Fund",
    ],
  ])("%s", (sentence, footer, giver) => {
    const ex = run(
      "# Grants awarded",
      "",
      `${sentence} The ${giver} has supported such programs since 2010.`,
      "",
      "| Grantee | Location | Project | Amount |",
      "|---|---|---|---|",
      "| Cedar Hollow Pantry Network | Hazard, KY | Produce prescriptions | $140,000 |",
      "| Nuniaq Food Bank | Bethel, AK | Fish sharing | $250,000 |",
      "",
      footer,
    );
    expect(fundedAmount(ex, giver, "Cedar Hollow Pantry Network")).toBe(140000);
    expect(fundedAmount(ex, giver, "Nuniaq Food Bank")).toBe(250000);
  });
});

describe("an agency that announces a sum 'in awards' to a counted group, through another", () => {
  it.each([
    [
      "Today, the Ministry of Rural Affairs (MRA), through the Rural Enterprise Agency (REA), announced $4.2 million in awards to twelve rural organizations.",
      ["Rural Enterprise Agency", "Ministry of Rural Affairs"],
    ],
    [
      "The Tessaly Regional Council announced EUR 900,000 in grants to eight community associations on Monday.",
      ["Tessaly Regional Council"],
    ],
    [
      "The Office of Coastal Resilience, part of the Marine Department, announced $2 million in new funding to six local partners.",
      ["Office of Coastal Resilience", "Marine Department"],
    ],
  ])("%s", (sentence, givers) => {
    const ex = run(
      "Awards announced",
      "",
      sentence,
      "",
      "| State | Organization | City | Award |",
      "|---|---|---|---|",
      "| KY | Laurel Fork Health Access | Hazard | $750,000 |",
      "| AK | Norton Sound Helpers Alliance | Nome | $738,400 |",
    );
    const amount = (body: string): (number | undefined)[] =>
      givers.map((g) => fundedAmount(ex, g, body));
    expect(amount("Laurel Fork Health Access")).toContain(750000);
    expect(amount("Norton Sound Helpers Alliance")).toContain(738400);
    // (A column of states names no body.)
    expect(find(ex, "KY")).toBeUndefined();
    expect(find(ex, "AK")).toBeUndefined();
  });
});

describe("'a grant of X to Y': the amount before 'to' is the grantee's", () => {
  it.each([
    [
      "In addition, the Pelham Fund has made a cooperative agreement of $1.2 million to the Prairie Health Network to run the help desk.",
      "Pelham Fund",
      "Prairie Health Network",
      1200000,
    ],
    [
      "The Orsolya Foundation signed a grant of EUR 85,000 to the Danube Youth Forum for its summer camps.",
      "Orsolya Foundation",
      "Danube Youth Forum",
      85000,
    ],
    [
      "Last year the Brennan Trust made a contribution of £40,000 to the Leeside Refugee Association.",
      "Brennan Trust",
      "Leeside Refugee Association",
      40000,
    ],
  ])("%s", (sentence, giver, grantee, amount) => {
    const ex = run("News", "", sentence);
    expect(fundedAmount(ex, giver, grantee)).toBe(amount);
  });
});

describe("furniture of grant pages names no body", () => {
  it.each([
    "FY2025 Grants: Rural Health Workforce",
    "In FY2024 we paired clinics with pantries.",
    "The FY25 budget of the Kestrel Valley Fund was approved.",
  ])("a fiscal year's label: %s", (sentence) => {
    const ex = run("Update", "", sentence);
    expect(ex.entities.filter((e) => /FY/.test(e.label))).toEqual([]);
  });

  it.each([
    [
      "Dr. Miriam Osei, President and CEO of the Ashgrove Family Foundation",
      "Ashgrove Family Foundation",
      "Miriam Osei",
    ],
    [
      "says Tomas Reyes, founder and CEO of the Valle Verde Cooperative",
      "Valle Verde Cooperative",
      "Tomas Reyes",
    ],
    [
      "Lena Hoffmann, CFO of the Harbour Light Trust, presented the accounts",
      "Harbour Light Trust",
      "Lena Hoffmann",
    ],
  ])("'CEO of' is a title: %s", (sentence, body, person) => {
    const ex = run("News", "", `“We listen first,” ${sentence}.`);
    expect(ex.entities.some((e) => /\b(?:CEO|CFO)\b/.test(e.label))).toBe(false);
    expect(find(ex, body)).toBeDefined();
    expect(related(ex, person, body)).toContain("part_of");
  });

  it.each([
    ["| Grantee | Amount |", "| Laurel Fork Health Access, Inc. | $750,000 |"],
    ["| Partner | Budget |", "| Big Sandy Coalition, Ltd. | $100,000 |"],
    ["| Recipient organization | Award |", "| Kermit Area Food Pantry, Inc | $25,000 |"],
  ])("a legal form after a grantee's comma: %s", (header, row) => {
    const ex = run("Grants", "", header, "|---|---|", row);
    expect(ex.entities.filter((e) => /^(?:Inc|Ltd)\.?$/.test(e.label))).toEqual([]);
  });

  it.each([
    "The Tundra Harbour Food Bank in Bethel, AK, hosted volunteers from Welch, WV and Rouyn-Noranda, QC.",
    "Delegates came from Dubbo, NSW, from Hazard, KY and from Moose Jaw, SK.",
    "The clinic at Kermit, WV is run with partners in Nome, AK.",
  ])("a state's or province's code after a town: %s", (sentence) => {
    const ex = run("News", "", sentence);
    const codes = new Set(["AK", "WV", "QC", "NSW", "KY", "SK"]);
    expect(ex.entities.filter((e) => codes.has(e.label))).toEqual([]);
    expect(
      ex.entities.filter((e) =>
        /^(?:Welch|Rouyn-Noranda|Dubbo|Hazard|Moose Jaw|Kermit|Nome)$/.test(e.label),
      ),
    ).toEqual([]);
  });
});

describe("a grant named by its giver funds what it is for", () => {
  it.each([
    [
      "The Harlow Trust's contribution of £40,000 to the Leeside Refugee Association covers rent.",
      "Harlow Trust",
      "Leeside Refugee Association",
      40000,
    ],
    [
      "A new Marrow Civic Foundation grant to the Danube Youth Forum (EUR 12,000) pays for the camp.",
      "Marrow Civic Foundation",
      "Danube Youth Forum",
      12000,
    ],
    [
      "The Kestrel Fund grant for the Women's Water Forum (USD 8,000) was renewed.",
      "Kestrel Fund",
      "Women's Water Forum",
      8000,
    ],
  ])("%s", (sentence, giver, grantee, amount) => {
    const ex = run("Minutes", "", `Riga, 24 April 2025. ${sentence}`);
    expect(fundedAmount(ex, giver, grantee)).toBe(amount);
  });
});

describe("a grant table's grantees take part in the programme the grants are made under, which the grant-maker runs", () => {
  it.each([
    [
      "Today the Rural Enterprise Agency announced $4.2 million in awards to twelve rural organizations under the Rural Clinics Workforce Program. The Mobile Dental Program continues.",
      "Rural Clinics Workforce Program",
      "Rural Enterprise Agency",
    ],
    [
      "The Tessaly Regional Council has approved eight grants in the second round of the Coastal Commons Programme.",
      "Coastal Commons Programme",
      "Tessaly Regional Council",
    ],
    [
      "The Kestrel Valley Fund awarded six grants this spring through its Open Doors Programme, which began in 2023. Its Youth Media Programme will reopen next year.",
      "Open Doors Programme",
      "Kestrel Valley Fund",
    ],
  ])("%s", (sentence, programme, giver) => {
    const ex = run(
      "Awards announced",
      "",
      sentence,
      "",
      "| Organization | City | Award |",
      "|---|---|---|",
      "| Laurel Fork Health Access | Hazard | $750,000 |",
      "| Norton Sound Helpers Alliance | Nome | $738,400 |",
    );
    expect(related(ex, "Laurel Fork Health Access", programme)).toContain("participated");
    expect(related(ex, "Norton Sound Helpers Alliance", programme)).toContain("participated");
    // (The body that makes the grants runs or funds the programme.)
    expect(related(ex, giver, programme).some((k) => k === "organised" || k === "funded")).toBe(
      true,
    );
  });
});

describe("a table's cell that names no one is no body", () => {
  it.each(["Name withheld", "Anonymous (2)", "Undisclosed donor"])("%s", (cell) => {
    const ex = run(
      "Grants 2025",
      "",
      "The Board of the Halvorsen Fund has approved three grants.",
      "",
      "| Grantee | Grant (EUR) |",
      "|---|---|",
      "| Pale Harbour Press Club | 42,500 |",
      `| ${cell} | 20,000 |`,
    );
    expect(ex.entities.filter((e) => /withheld|Anonymous|Undisclosed/i.test(e.label))).toEqual([]);
    expect(fundedAmount(ex, "Halvorsen Fund", "Pale Harbour Press Club")).toBe(42500);
  });
});

describe("a search form's filter line is no programme the grants are made under", () => {
  it.each([
    "Filter:      Program = International",
    "Filters:  Programme = Rural Health",
    "Search results:   Program = Pacific Islands",
  ])("%s", (filter) => {
    const ex = run(
      "Grants database",
      "",
      filter,
      "",
      "The Kestrel Valley Fund awarded two grants this spring through its Open Doors Programme.",
      "",
      "| Grantee | Project | Amount |",
      "|---|---|---|",
      "| Laurel Fork Health Access | Night Clinics on the Mountain | $50,000 |",
      "| Norton Sound Helpers Alliance | Two Languages, One Story | $40,000 |",
    );
    const projects = ["Night Clinics on the Mountain", "Two Languages, One Story"];
    for (const p of projects) {
      const parents = ex.relations
        .filter((r) => r.kind === "part_of" && r.source === find(ex, p)?.id)
        .map((r) => ex.entities.find((e) => e.id === r.target)?.label ?? "");
      expect(parents.filter((l) => /[=:|]/.test(l))).toEqual([]);
    }
  });
});
