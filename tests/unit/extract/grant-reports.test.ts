/**
 * A grant-maker's report as text extracted from a PDF: a running header that names the body,
 * numbered sections, a plain-text table of grants with a rule under its header and a
 * currency for the amounts' column, periods written "03.2024 – 02.2026". Each class with
 * phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/compiler/extract/dates.ts";
import { find, related, run } from "./query.ts";

const pad = (cells: string[], widths: number[]): string =>
  cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("");

/** A report page: running header, numbered section, a paragraph, then the grants table. */
function report(header: string, currency: string, rows: string[][]): string[] {
  const widths = [48, 12, 30, 20, 10];
  return [
    header,
    "",
    "2.1  The programme in 2024",
    "",
    "In the course of the year the Board approved three new grants under the programme.",
    "",
    pad(["Partner", "Country", "Project", "Period", currency], widths),
    "-".repeat(120),
    ...rows.map((r) => pad(r, widths)),
    "-".repeat(120),
  ];
}

describe("a grant-maker's report with a plain-text table of grants", () => {
  it.each([
    [
      "Fondation Aubrac – Annual Report 2024                                   14",
      "CHF",
      ["Lakeside Women's Association", "Malawi", "Clean Wells", "03.2024 – 02.2026", "145'000"],
      145000,
      { start: "2024-03", end: "2026-02" },
    ],
    [
      "Tidewater Trust — Annual Review 2023                                     7",
      "GBP",
      ["Harbour Fishers Union", "Ghana", "Safe Landings", "01.2023 – 12.2024", "38,500"],
      38500,
      { start: "2023-01", end: "2024-12" },
    ],
    [
      "Stichting Noorderlicht – Report 2025                                    3",
      "EUR",
      [
        "Highland Herders Association",
        "Kyrgyzstan",
        "Pasture Routes",
        "07.2025 – 06.2027",
        "110.000",
      ],
      110000,
      { start: "2025-07", end: "2027-06" },
    ],
  ])("%s", (header, currency, row, amount, period) => {
    const other = [
      "Valley Savings Network",
      "Malawi",
      "Village Banks",
      "05.2024 – 04.2025",
      "12'000",
    ];
    const ex = run(...report(header, currency, [row, other]));
    const giver = header.split(/\s+[–—]\s+/)[0] ?? "";
    const [body = "", , project = ""] = row;
    // The running header's body funds each row's partner with the row's amount.
    const funding = ex.relations.find(
      (r) =>
        r.kind === "funded" && r.source === find(ex, giver)?.id && r.target === find(ex, body)?.id,
    );
    expect(funding?.amount).toBe(amount);
    // The row's project is an event dated by its period, carried out by the partner.
    expect(find(ex, project)?.date).toEqual(period);
    expect(related(ex, body, project).length).toBeGreaterThan(0);
    // The numbered section's heading names no event.
    expect(find(ex, "2.1  The programme in 2024")).toBeUndefined();
  });

  it("reads periods of a month and a year written with a dot, alone and as ranges", () => {
    const read = (s: string) => findDates(s).map((d) => d.date);
    expect(read("Period: 03.2024 – 02.2026")).toEqual([{ start: "2024-03", end: "2026-02" }]);
    expect(read("from 01.2025 to 12.2025")).toEqual([{ start: "2025-01", end: "2025-12" }]);
    expect(read("09.2024")).toEqual([{ start: "2024-09" }]);
    // (A full date keeps its day; a decimal is no date.)
    expect(read("05.11.2021")).toEqual([{ start: "2021-11-05" }]);
    expect(read("EUR 1.2024 and 3.2020 tonnes")).toEqual([]);
  });

  it("a table's month gives way to the days a note tells", () => {
    const ex = run(
      ...report("Fondation Aubrac – Annual Report 2024", "CHF", [
        ["Steppe Rangeland Centre", "Mongolia", "Commons Dialogue (1)", "09.2024", "32'000"],
        ["Valley Savings Network", "Malawi", "Village Banks", "05.2024 – 04.2025", "12'000"],
      ]),
      "",
      "(1) One-off grant for the dialogue held in Ulaanbaatar on 17 and 18 September 2024.",
    );
    expect(find(ex, "Commons Dialogue")?.date).toEqual({ start: "2024-09-17", end: "2024-09-18" });
  });
});

describe("a programme that began in one month and runs until another", () => {
  it.each([
    [
      "It began in January 2023 and will run until December 2026.",
      { start: "2023-01", end: "2026-12" },
    ],
    [
      "It started in March 2024 and runs until February 2027.",
      { start: "2024-03", end: "2027-02" },
    ],
    [
      "It was launched in May 2022 and will continue until April 2025.",
      { start: "2022-05", end: "2025-04" },
    ],
  ])("%s", (sentence, date) => {
    const ex = run(
      "Annual review",
      "",
      `The Green Valleys programme supports farmers' groups in three provinces. ${sentence}`,
    );
    expect(find(ex, "Green Valleys programme")?.date).toEqual(date);
  });
});

describe("a name given in another language in brackets", () => {
  it.each([
    [
      "The Shared Fields programme (Champs Partagés in French) began in 2023.",
      "Shared Fields programme",
      "Champs Partagés",
    ],
    [
      "The Clean Rivers project (Ríos Limpios in Spanish) began in 2024.",
      "Clean Rivers project",
      "Ríos Limpios",
    ],
    [
      "The Strong Gardens project (Gaden Strong in Bislama) began in 2022.",
      "Strong Gardens project",
      "Gaden Strong",
    ],
  ])("%s", (sentence, name, other) => {
    const ex = run("Programmes", "", sentence);
    const ev = find(ex, name);
    expect(ev?.kind).toBe("event");
    expect(find(ex, other)?.id).toBe(ev?.id);
  });
});

describe("the year a body was founded dates no event", () => {
  it.each([
    "The mapping workshop was organised by the Lake Fishers Alliance, an alliance of 23 groups founded in 2016.",
    "The seed fair was run by the Highland Growers Union, which was established in 2011.",
    "The youth camp was hosted by Bright Minds, a club set up in March 2019.",
  ])("%s", (sentence) => {
    const ex = run("Community news", "", `Forty members met from 12 to 14 March 2024. ${sentence}`);
    const events = ex.entities.filter((e) => e.kind === "event");
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.date?.start).toBe("2024-03-12");
  });
});

describe("a date after 'since' tells how long a state has lasted, not when a gathering was", () => {
  it.each([
    "On Saturday 27 July 2024, 140 volunteers planted seedlings. The mangrove planting day was organised by the Creek Youth Club, a network member since 2022.",
    "On Saturday 27 July 2024, 140 volunteers planted seedlings. The mangrove planting day was organised by the Creek Youth Club, which has worked with the district since 2019.",
    "On Saturday 27 July 2024, 140 volunteers planted seedlings. The mangrove planting day was organised by the Creek Youth Club, active in the bay since March 2021.",
  ])("%s", (text) => {
    const ex = run("Coastal news", "", text);
    expect(find(ex, "mangrove planting day")?.date).toEqual({ start: "2024-07-27" });
  });

  it("a project still runs since its date", () => {
    const ex = run(
      "Coastal news",
      "",
      "The Clean Creeks project has been funded by the Tidewater Trust since October 2023.",
    );
    expect(find(ex, "Clean Creeks project")?.date?.start).toBe("2023-10");
  });
});

describe("an event of the catch-all kind told before is no other event's antecedent", () => {
  it.each([
    [
      "The network signed an agreement with the district on 2 May 2024.",
      "The tree planting day was organised by the Creek Youth Club on 27 July 2024.",
    ],
    [
      "A ceremony marked the handover of the boats on 2 May 2024.",
      "The beach clean-up day was run by the Creek Youth Club on 27 July 2024.",
    ],
    [
      "The exhibition of members' photographs opened on 2 May 2024.",
      "The family fun day was hosted by the Creek Youth Club on 27 July 2024.",
    ],
  ])("%s / %s", (first, second) => {
    const ex = run("Coastal news", "", first, "", second);
    const day = ex.entities.find((e) => e.kind === "event" && /\bday$/.test(e.label));
    expect(day?.date).toEqual({ start: "2024-07-27" });
    expect(related(ex, "Creek Youth Club", day?.label ?? "").length).toBeGreaterThan(0);
  });
});

describe("a results table whose rows open on their number", () => {
  const header = ["#", "Organisation", "Location", "Grant (USD)"];
  const widths = [4, 44, 16, 12];
  it.each([
    [["1", "Harbour Fishers Union", "Tema", "14,750"], "Harbour Fishers Union"],
    [
      ["2", "Collectif des Femmes de Mpack", "Ziguinchor", "12,000"],
      "Collectif des Femmes de Mpack",
    ],
    [["3", "GIE Bolong Vert", "Oussouye", "9,850"], "GIE Bolong Vert"],
  ])("%j", (row, body) => {
    const other = ["9", "Valley Savings Network", "Kolda", "5,000"];
    const ex = run(
      "Results of the 2024 call",
      "",
      "The Casamance Fund announced the results of its 2024 call for proposals.",
      "",
      pad(header, widths),
      pad(row, widths),
      pad(other, widths),
    );
    // The number is no part of the body's name.
    expect(find(ex, body)?.kind).toMatch(/organisation|funder/);
    expect(ex.entities.some((e) => /^\d\s/.test(e.label))).toBe(false);
  });
});

describe("a sentence about a total amount heads no table of funders", () => {
  it.each([
    "The total amount of the five grants is USD 412,690.",
    "The amount committed this year reached EUR 1.2 million.",
    "In all, the amount disbursed to partners was USD 95,000.",
  ])("%s", (sentence) => {
    const ex = run(
      "Grants signed",
      "",
      `On 14 October 2024 the Embassy signed five grant contracts at a ceremony. ${sentence}`,
      "",
      "The Hit Farmers Association will install pumps with USD 92,300.",
      "",
      "The Samarra Relief Society will run a mobile clinic with USD 81,200.",
    );
    const funders = ex.relations
      .filter((r) => r.kind === "funded")
      .map((r) => ex.entities.find((e) => e.id === r.source)?.label);
    expect(funders).not.toContain("Hit Farmers Association");
    expect(funders).not.toContain("Samarra Relief Society");
  });
});

describe("a table of grants names its projects, dated by the day all projects start", () => {
  const header = ["Organisation", "Initiative", "Duration", "Grant (USD)"];
  const widths = [34, 50, 12, 10];
  it.each([
    [
      "All projects start on 1 August 2024.",
      { start: "2024-08", end: "2026-01" },
      { start: "2024-08", end: "2025-07" },
    ],
    [
      "The selected projects will begin on 1 March 2025.",
      { start: "2025-03", end: "2026-08" },
      { start: "2025-03", end: "2026-02" },
    ],
    [
      "All initiatives start on 2 January 2023 and report quarterly.",
      { start: "2023-01", end: "2024-06" },
      { start: "2023-01", end: "2023-12" },
    ],
  ])("%s", (sentence, long, short) => {
    const ex = run(
      "Results of the call",
      "",
      "The Casamance Fund announced the results of its call for proposals.",
      "",
      pad(header, widths),
      pad(
        [
          "Harbour Fishers Union",
          "Safe Landings – new jetties for women traders",
          "18 months",
          "14,750",
        ],
        widths,
      ),
      pad(
        [
          "Valley Savings Network",
          "Village Banks – savings groups in ten villages",
          "12 months",
          "12,000",
        ],
        widths,
      ),
      "",
      sentence,
    );
    expect(find(ex, "Safe Landings")?.date).toEqual(long);
    expect(find(ex, "Village Banks")?.date).toEqual(short);
    expect(related(ex, "Harbour Fishers Union", "Safe Landings").length).toBeGreaterThan(0);
  });
});

describe("the language a name is given in opens no name", () => {
  it.each([
    [
      "The Coastal Initiatives Programme (CIP) – in French Programme d'Initiatives Côtières (PIC) – selected ten projects in 2024.",
      "French Programme",
    ],
    [
      "The Joal Fishers Association – in French Association des Pêcheurs de Joal – received a grant on 3 May 2024.",
      "French Association",
    ],
    [
      "The Pemba Women's Association – in Portuguese Associação das Mulheres de Pemba – held a fair on 3 May 2024.",
      "Portuguese Associação",
    ],
  ])("%s", (sentence, wrong) => {
    const labels = run("News", "", sentence).entities.flatMap((e) => [e.label, ...e.aliases]);
    expect(labels.some((l) => l.includes(wrong))).toBe(false);
  });
});

describe("a fact box's project line with its period and grant after the name", () => {
  it.each([
    [
      "Project:      Clean Wells / Maji Safi (01.01.2024 - 31.12.2025), grant CHF 120,000",
      "Clean Wells",
      "Maji Safi",
      { start: "2024-01-01", end: "2025-12-31" },
    ],
    [
      "Project:      Safe Landings (03/2024 – 02/2026); budget EUR 95,000",
      "Safe Landings",
      undefined,
      { start: "2024-03", end: "2026-02" },
    ],
    [
      "Project:      Village Banks / Banques Villageoises, grant USD 40,000",
      "Village Banks",
      "Banques Villageoises",
      undefined,
    ],
  ])("%s", (line, name, other, date) => {
    const ex = run(
      "MONITORING REPORT",
      "Partner:      Harbour Fishers Union",
      line,
      "Dates:        11-22 November 2024",
      "",
      "The visit met the partner's board and its members.",
    );
    const ev = find(ex, name);
    expect(ev?.kind).toBe("event");
    if (other) expect(find(ex, other)?.id).toBe(ev?.id);
    if (date) expect(ev?.date).toEqual(date);
  });
});

describe("a table of grants signed at the document's event, with a column of signatories", () => {
  const widths = [6, 34, 14, 12, 40];
  it.each(["Signed by", "Signatory", "Signed for the grantee"])("%s", (column) => {
    const ex = run(
      "Embassy signs five grant contracts",
      "",
      "On Monday, 14 October 2024, the Ambassador signed grant contracts for five projects at a ceremony held at the residence.",
      "",
      pad(["No.", "Recipient organization", "Governorate", "Grant", column], widths),
      pad(
        [
          "1",
          "Hit Farmers Association",
          "Anbar",
          "USD 92,300",
          "Hajji Khalaf Awad al-Nimrawi, Chairman",
        ],
        widths,
      ),
      pad(
        [
          "2",
          "Samarra Relief Society",
          "Salah al-Din",
          "USD 81,200",
          "Dr. Khalid Ibrahim Hamad, Director",
        ],
        widths,
      ),
    );
    const ceremony = ex.entities.find((e) => e.kind === "event")?.label ?? "";
    expect(related(ex, "Khalaf Awad al-Nimrawi", "Hit Farmers Association")).toContain("part_of");
    expect(related(ex, "Khalid Ibrahim Hamad", "Samarra Relief Society")).toContain("part_of");
    expect(related(ex, "Samarra Relief Society", ceremony)).toContain("participated");
    expect(related(ex, "Khalaf Awad al-Nimrawi", ceremony)).toContain("participated");
  });
});

describe("a data export's comma-separated table of grants", () => {
  it.each([
    [
      [
        "Harrow Family Foundation",
        "Grants export",
        "",
        '"Grant ID","Grantee","Project Title","Amount","Grant Period","Country"',
        '"HFF-24-001","Lakeside Women\'s Association","Clean Wells for Mzuzu","45000.00","10/01/2024 - 09/30/2025","Malawi"',
        '"HFF-24-002","Harbour Fishers Union","Safe Landings","30000.00","03/15/2024 - 03/14/2026","Ghana"',
      ],
      "Lakeside Women's Association",
      "Clean Wells for Mzuzu",
      { start: "2024-10-01", end: "2025-09-30" },
    ],
    [
      [
        "Tidewater Trust",
        "",
        "Organisation,Project,Award,Period",
        "Highland Herders Association,Pasture Routes,12000,07/01/2023 - 06/30/2024",
        "Coastal Youth Network,Reef Watch,8000,09/01/2023 - 08/31/2024",
      ],
      "Highland Herders Association",
      "Pasture Routes",
      { start: "2023-07-01", end: "2024-06-30" },
    ],
    [
      [
        "Fondation Aubrac",
        "Export: grants 2025",
        "",
        '"Recipient","Programme","Budget","Period","Status"',
        '"Union des Femmes du Tonkpi","Marchés de la Paix","25000","2025-02-01 - 2026-01-31","Active"',
        '"Association ""Most"" Nis","Two Cities Radio","18000","2025-04-01 - 2026-03-31","Active"',
      ],
      "Union des Femmes du Tonkpi",
      "Marchés de la Paix",
      { start: "2025-02-01", end: "2026-01-31" },
    ],
  ])("%#", (lines, grantee, project, period) => {
    const ex = run(...lines);
    expect(find(ex, project)?.kind).toBe("event");
    expect(find(ex, project)?.date).toEqual(period);
    expect(related(ex, grantee, project)).toContain("participated");
    // The header's cells name no one.
    for (const label of ["Grantee", "Project Title", "Amount", "Recipient", "Programme", "Budget"])
      expect(find(ex, label)).toBeUndefined();
  });

  it("a sentence with commas heads no table", () => {
    const ex = run(
      "News",
      "",
      "Partners, grants, projects and amounts were discussed at length",
      "Sawa Youth Association, Amal Union, Basra Forum and Nour Centre met in May",
      "Tigris Network, Kufa Union, Mosul Club and Erbil Forum met in June",
    );
    expect(ex.entities.filter((e) => e.kind === "event").map((e) => e.label)).not.toContain(
      "Amal Union",
    );
  });
});

describe("a document whose slashed dates can only be read month first reads them all so", () => {
  it.each([
    ["The project runs 10/01/2024 - 09/30/2025.", "2024-10-01"],
    ["Report received 09/30/2024; the grant started 03/04/2024.", "2024-03-04"],
    ["Board approved 12/09/2024, after the visit of 11/25/2024.", "2024-12-09"],
  ])("%s", (text, expected) => {
    expect(findDates(text).map((d) => d.date.start)).toContain(expected);
  });

  it.each([
    ["Signed 25/03/2024; payment on 04/05/2024.", "2024-05-04"],
    ["The meeting of 05/06/2024 followed the forum of 30/04/2024.", "2024-06-05"],
    ["Held on 03/04/2024.", "2024-04-03"],
  ])("day first otherwise: %s", (text, expected) => {
    expect(findDates(text).map((d) => d.date.start)).toContain(expected);
  });
});

describe("a CSV cell's doubled quotes are one quote of the name", () => {
  it.each([
    ['"Association ""Most"" Nis"', 'Association "Most" Nis'],
    ['"Public Association ""Aiyl Suu"""', 'Public Association "Aiyl Suu"'],
    ['"Shoqata ""Ura"" Shkoder"', 'Shoqata "Ura" Shkoder'],
  ])("%s", (cell, name) => {
    const ex = run(
      "Fondation Aubrac",
      "Export",
      "",
      '"Recipient","Programme","Budget","Period"',
      `${cell},"Two Cities Radio","18000","2025-04-01 - 2026-03-31"`,
      '"Union des Femmes du Tonkpi","Water Days","9000","2025-04-01 - 2026-03-31"',
    );
    expect(find(ex, name)?.kind).toBe("organisation");
    expect(ex.entities.map((e) => e.label).filter((l) => l.includes('""'))).toEqual([]);
  });
});
