import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";
import { prepareFile, PREPARE_DEFAULTS } from "../../../src/compiler/prepare.ts";
import { unwrapHardWraps } from "../../../src/compiler/unwrap.ts";

/** Wraps `paragraphs` at `width` columns as a PDF's text layer does, hyphenating long words. */
function wrap(paragraphs: string[], width: number, hyphenate = false): string {
  const out: string[] = [];
  for (const p of paragraphs) {
    let line = "";
    for (const word of p.split(" ")) {
      if ((line + " " + word).trim().length <= width) line = (line + " " + word).trim();
      else if (hyphenate && word.length > 8 && line.length + 6 <= width) {
        const cut = Math.min(word.length - 3, width - line.length - 2);
        out.push(`${line} ${word.slice(0, cut)}-`);
        line = word.slice(cut);
      } else {
        out.push(line);
        line = word;
      }
    }
    out.push(line, "");
  }
  return out.join("\n").trimEnd();
}

const REPORT = [
  "During the quarter the consortium trained forty-two community mediators in three districts and held the first review with the provincial authorities, who agreed to share their registration data with partners every month from now on.",
  "The programme is funded by the Office of the Prime Minister and implemented by the Lakeside Women's Development Association together with the Northern Farmers Cooperative Union in the two provinces.",
  "Savings groups grew from 118 to 164 over the period, and the share of members who took a loan for a business rose from a third to almost one half according to the monitoring team.",
];

describe("hard-wrapped text", () => {
  it.each([60, 72, 80])(
    "joins a report wrapped at %i columns back into its paragraphs",
    (width) => {
      const wrapped = wrap(REPORT, width);
      expect(wrapped.split("\n").length).toBeGreaterThan(REPORT.length * 2);
      expect(unwrapHardWraps(wrapped)).toBe(REPORT.join("\n\n"));
    },
  );

  it("closes words hyphenated across line ends, and keeps hyphens the text writes elsewhere", () => {
    const text = [
      "The lean-season top-up reached six hundred households in the two districts",
      "of the state, and the protection teams of the consortium followed up every",
      "referral made during the lean-",
      "season with the case management partners of the Borno Women's Develop-",
      "ment Initiative and the people of the communities along the Maiduguri-",
      "Damboa road that were cut off for eleven days in May because of the repe-",
      "ated attacks on the convoys of the partner organisations and the traders.",
      "",
      "A second paragraph follows here with enough words to be wrapped at the width",
      "of the page, as the text layer of a report exported to a PDF file usually is,",
      "so that every line of the page is about as long as the one before it in the",
      "text of the report.",
    ].join("\n");
    const out = unwrapHardWraps(text);
    expect(out).toContain("during the lean-season with");
    expect(out).toContain("Borno Women's Development Initiative");
    expect(out).toContain("Maiduguri-Damboa road");
    expect(out).toContain("the repeated attacks");
    expect(out.split("\n")).toHaveLength(3);
  });

  it("drops running page headers and footers, joining a paragraph across the page break", () => {
    const page = (n: number, body: string[]) => [
      ...body,
      "",
      `Annual Report 2023 | Page ${n} of 3`,
      "",
      "Lakeside Women's Development Association",
      "",
    ];
    const text = [
      ...page(1, wrap([REPORT[0] ?? ""], 70).split("\n")),
      ...page(2, wrap([REPORT[1] ?? ""], 70).split("\n")),
      ...wrap([REPORT[2] ?? ""], 70).split("\n"),
      "",
      "Annual Report 2023 | Page 3 of 3",
      "Lakeside Women's Development Association",
    ].join("\n");
    const out = unwrapHardWraps(text);
    expect(out).not.toContain("Page 2 of 3");
    expect(out).toContain(REPORT[1]);
  });

  it.each([
    [
      "a release with one paragraph per line",
      REPORT.join("\n\n") + "\n\nContact: press@example.org\n\n###",
    ],
    [
      "a list of speakers",
      [
        "Programme of the Forum",
        "",
        "Opening remarks by the Chair of the Board of the Lakeside Women's Association",
        "Keynote by the Deputy Minister of Social Affairs and Labour of the Republic",
        "Panel one on the financing of local organisations by the donors of the region",
        "Panel two on the protection of activists and journalists in the border areas",
        "Panel three on the future of the network and its members in the next decade",
        "Closing remarks by the Executive Director of the Northern Farmers Cooperative",
        "Lunch offered by the organisers to all the participants and guests of the Forum",
        "Visit of the exhibition of the crafts of the women's cooperatives of the region",
      ].join("\n"),
    ],
    [
      "a table whose columns are set apart by spaces",
      [
        "Grantee                                   Amount (USD)   Duration",
        "Lakeside Women's Development Association       120,000   24 months",
        "Northern Farmers Cooperative Union              80,000   18 months",
        "Borno Youth Peace Network                       60,000   12 months",
        "Maiduguri Legal Aid Clinic for Women            45,000   12 months",
        "Yobe Community Radio Listeners Club             30,000   12 months",
        "Damboa Road Traders Association                 25,000    6 months",
        "Konduga Mothers' Savings Group Federation       20,000    6 months",
        "Jere Disability Rights Forum                    15,000    6 months",
      ].join("\n"),
    ],
  ])("leaves %s as it is", (_, text) => {
    expect(unwrapHardWraps(text)).toBe(text);
  });

  it.each([
    [
      "Donor:              UK Foreign, Commonwealth & Development Office (FCDO)",
      "Partners:           Action Against Hunger (AAH); Lakeside Women's Development",
      "                    Association (LWDA); Northern Farmers Cooperative Union",
      "Duration:           April 2023 - March 2026",
    ],
    [
      "Members:   Borno Youth Peace Network; Maiduguri Legal Aid Clinic for",
      "           Women; Damboa Road Traders Association",
      "Chair:     Hauwa Musa",
    ],
    [
      "Implementing partner:  Jere Disability Rights Forum and Konduga",
      "                       Mothers' Savings Group Federation",
      "Budget:                EUR 240,000",
    ],
  ])("joins a fact's value that runs on under its column: %s", (...lines) => {
    const out = unwrapHardWraps(lines.join("\n")).split("\n");
    expect(out).toHaveLength(lines.length - (lines.length === 4 ? 1 : 1));
    for (const l of out) expect(l).toMatch(/^[A-Z][\w ]+:\s/);
  });

  it.each([
    [
      [
        "Speakers:   Dr. Levan Abashidze, Institute of Water Management,",
        "            Georgian Technical University",
        "            Gayane Sargsyan, Chair, Alaverdi Women's Council",
      ],
      "Speakers:   Dr. Levan Abashidze, Institute of Water Management, Georgian Technical University; Gayane Sargsyan, Chair, Alaverdi Women's Council",
    ],
    [
      [
        "Panellists: Rauf Mammadov, Marneuli Farmers' Association",
        "            Nune Hakobyan, Tumanyan Youth Initiative Centre",
      ],
      "Panellists: Rauf Mammadov, Marneuli Farmers' Association; Nune Hakobyan, Tumanyan Youth Initiative Centre",
    ],
    [
      [
        "Trainers:  Grace Banda, Blantyre Legal Aid Desk",
        "           Peter Mwale, Head of Programmes, Lower Shire",
        "           Farmers Union",
      ],
      "Trainers:  Grace Banda, Blantyre Legal Aid Desk; Peter Mwale, Head of Programmes, Lower Shire Farmers Union",
    ],
  ])("keeps the items of a list that hangs under its label apart: %s", (lines, joined) => {
    expect(unwrapHardWraps(lines.join("\n"))).toBe(joined);
  });

  it.each([
    ["LAKE TANGANYIKA FISHERIES FORUM 2024", "Livelihoods, Rules and Trade Across the Lake"],
    ["SECOND MEKONG YOUTH ASSEMBLY", "Young People and the River in a Changing Climate"],
    ["ANNUAL REVIEW OF THE SAHEL PARTNERSHIP", "Protection, Education and Livelihoods in 2023"],
  ])("keeps a title in capitals apart from its subtitle: %s", (title, subtitle) => {
    const lines = [
      `                ${title}`,
      `       ${subtitle}`,
      "",
      ...wrap(REPORT, 64, true).split("\n"),
    ];
    const out = unwrapHardWraps(lines.join("\n")).split("\n");
    expect(out[0]?.trim()).toBe(title);
    expect(out[1]?.trim()).toBe(subtitle);
  });

  it("is idempotent", () => {
    const text = wrap(REPORT, 64, true);
    const once = unwrapHardWraps(text);
    expect(unwrapHardWraps(once)).toBe(once);
  });

  it("gives the compiler names that a line end had cut", () => {
    const text = [
      "During the quarter the programme, which is funded by the Office of the Prime",
      "Minister, trained forty-two community mediators in three districts with the",
      "Lakeside Women's Development Association and the Northern Farmers Cooperative",
      "Union, who agreed to share their registration data with the partners every",
      "month from now on. Savings groups grew from 118 to 164 over the period, and",
      "the share of members who took a loan for a business rose from a third to",
      "almost one half according to the monitoring team of the Jere Disability",
      "Rights Forum, which visited every group twice between April and June.",
    ].join("\n");
    const prepared = prepareFile(
      { id: "r.txt", bytes: new TextEncoder().encode(text) },
      PREPARE_DEFAULTS,
      { decode: 0, markup: 0, normalise: 0, redact: 0 },
    );
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    const labels = extract([prepared.doc]).entities.map((e) => e.label);
    expect(labels).toContain("Northern Farmers Cooperative Union");
    expect(labels).toContain("Jere Disability Rights Forum");
    expect(labels).not.toContain("Office of the Prime");
  });
});

describe("a wrapped report with a table wider than its prose", () => {
  // (A table's rows run to 120–140 columns; the prose's width is still the prose's.)
  const rows = (width: number): string[] => [
    "Partner".padEnd(width - 40) + "Country".padEnd(14) + "Period".padEnd(20) + "USD",
    "-".repeat(width),
    "Lakeside Women's Development Association".padEnd(width - 40) +
      "Malawi".padEnd(14) +
      "03.2024 – 02.2026".padEnd(20) +
      "45,000",
    "Northern Farmers Cooperative Union".padEnd(width - 40) +
      "Zambia".padEnd(14) +
      "05.2024 – 04.2026".padEnd(20) +
      "38,500",
    "Savings Groups Network of the Valley".padEnd(width - 40) +
      "Malawi".padEnd(14) +
      "07.2024 – 06.2025".padEnd(20) +
      "12,000",
  ];
  it.each([
    [60, 120],
    [72, 136],
    [80, 140],
  ])("joins prose wrapped at %i columns beside a table %i wide", (width, tableWidth) => {
    const table = rows(tableWidth);
    const unwrapped = unwrapHardWraps(`${wrap(REPORT, width)}\n\n${table.join("\n")}`);
    expect(unwrapped).toBe(`${REPORT.join("\n\n")}\n\n${table.join("\n")}`);
  });
});

describe("rules drawn of one character", () => {
  it("are joined to nothing, in a hard-wrapped text", () => {
    const prose = Array.from({ length: 10 }, (_, i) =>
      `line ${i} of a long paragraph that goes on and on without ending here and`.padEnd(70, " x"),
    );
    const text = [
      "==================================================================",
      "  KWN BULLETIN  -  No. 21  -  November 2024",
      "==================================================================",
      "",
      ...prose,
      "the end.",
    ].join("\n");
    const lines = unwrapHardWraps(text).split("\n");
    expect(lines[0]).toBe("==================================================================");
    expect(lines[1]).toBe("  KWN BULLETIN  -  No. 21  -  November 2024");
  });
});

describe("indented lists in wrapped text", () => {
  // (An item counts as ended by choice when the next one's first word would have fitted on
  // its line: at 72 columns, as a PDF's text layer usually runs.)
  const wrapped = (items: string[]) =>
    [wrap(REPORT, 72), "", "Batticaloa District", ...items.map((x) => `  ${x}`)].join("\n");
  it.each([
    [
      [
        "Valaichchenai Women's Rural Development Society",
        "Panichankerni Lagoon Fisheries Cooperative Society",
        "Eastern University, Sri Lanka",
      ],
    ],
    [["Kattankudy Women's Development Forum", "Batticaloa Film Society"]],
    [
      [
        "Vanni Rural Women's Collective, Kilinochchi",
        "Kural Media, Jaffna",
        "Muttur Youth Alliance",
      ],
    ],
  ])("keeps each item on its line: %j", (items) => {
    const out = unwrapHardWraps(wrapped(items));
    for (const item of items) expect(out.split("\n").map((l) => l.trim())).toContain(item);
    expect(out).toContain(REPORT.join("\n\n"));
  });
});

describe("a value set after dot leaders runs on under its own column", () => {
  it.each([
    [
      "  Chair ........... Dr. Amina Yusuf - Lake Basin Women's Network for\n                    Fisheries (Kisumu)",
      "  Chair ........... Dr. Amina Yusuf - Lake Basin Women's Network for Fisheries (Kisumu)",
    ],
    [
      "  Members ......... Grace Auma - Shoreline Women's Network (Homa Bay)\n                    Peter Wafula - Kisumu Fishers Cooperative (Kisumu)",
      "  Members ......... Grace Auma - Shoreline Women's Network (Homa Bay); Peter Wafula - Kisumu Fishers Cooperative (Kisumu)",
    ],
    [
      "Venue .... Conference hall of the College of Agriculture of the\n           University of Basrah",
      "Venue .... Conference hall of the College of Agriculture of the University of Basrah",
    ],
  ])("%s", (text, joined) => {
    expect(unwrapHardWraps(text)).toBe(joined);
  });
});

describe("a bracket that runs on under a value's column continues it", () => {
  it.each([
    [
      "Project:      Clean Wells / Maji Safi\n              (01.01.2024 - 31.12.2025), grant CHF 120,000",
      "Project:      Clean Wells / Maji Safi (01.01.2024 - 31.12.2025), grant CHF 120,000",
    ],
    [
      "Venue:        Lenakel community hall\n              (Tanna), hosted by the council",
      "Venue:        Lenakel community hall (Tanna), hosted by the council",
    ],
    [
      "Partner:      Harbour Fishers Union\n              (HFU), Tema, since 2021",
      "Partner:      Harbour Fishers Union (HFU), Tema, since 2021",
    ],
  ])("%s", (text, joined) => {
    expect(unwrapHardWraps(text)).toBe(joined);
  });
});

describe("a plain-text table's cells wrapped onto indented lines under their column", () => {
  const header = "Partner                        Governorate  Project                  Amount";
  const rule = "-".repeat(80);
  it.each([
    [
      [
        "Lakeside Women's Development    Basra        Clean Wells              USD  62,500",
        "  Association",
      ],
      "Lakeside Women's Development Association   Basra   Clean Wells   USD 62,500",
    ],
    [
      [
        "Harbour Fishers Union          Nineveh      Safe Landings for the    EUR 185,000",
        "                                            Fao Coast",
      ],
      "Harbour Fishers Union   Nineveh   Safe Landings for the Fao Coast   EUR 185,000",
    ],
    [
      [
        "Valley Savings Network of      Anbar        Village Banks (Our       USD 48,000",
        "  the Euphrates                              Money)",
      ],
      "Valley Savings Network of the Euphrates   Anbar   Village Banks (Our Money)   USD 48,000",
    ],
  ])("%j", (row, joined) => {
    const other = "Jisr Youth Foundation          Nineveh      Dialogue Circles         EUR 85,000";
    const text = [header, rule, ...row, other, rule].join("\n");
    const lines = unwrapHardWraps(text).split("\n");
    expect(lines[2]).toBe(joined);
    // (A row nothing continues keeps its own line.)
    expect(lines[3]).toBe(other);
  });

  it("leaves a table without wrapped cells as it is", () => {
    const text = [
      header,
      rule,
      "Jisr Youth Foundation          Nineveh      Dialogue Circles         EUR 85,000",
      rule,
    ].join("\n");
    expect(unwrapHardWraps(text)).toContain("Jisr Youth Foundation");
  });
});

describe("a list item's long line going on under the item's text", () => {
  it.each([
    [
      " 1. Ana Rus – President; Asociația Pescarilor „Sf. Nicolae” din Jurilovca\n    Tulcea\n 2. Ion Pop – Treasurer",
      " 1. Ana Rus – President; Asociația Pescarilor „Sf. Nicolae” din Jurilovca Tulcea",
    ],
    [
      "- Dr Amina Guled, head of the water quality service at the Puntland\n  Water Authority (item 2 only)\n- Omar Ali",
      "- Dr Amina Guled, head of the water quality service at the Puntland Water Authority (item 2 only)",
    ],
    [
      "3. Grace Achieng – Kisumu Youth Network, programme officer (online,\n   item 3 only)\n4. Peter Otieno",
      "3. Grace Achieng – Kisumu Youth Network, programme officer (online, item 3 only)",
    ],
  ])("joins %#", (text, first) => {
    expect(unwrapHardWraps(text).split("\n")[0]).toBe(first);
  });
  it("keeps a short item and the paragraph under it apart", () => {
    const text = "1. Opening session\n   The chair welcomed the members.\n2. Reports";
    expect(unwrapHardWraps(text).split("\n")).toHaveLength(3);
  });
});
