/**
 * A report to a donor opens on a cover: the project's name beside the grant's reference and
 * the reporting period. The named project is the report's subject, whatever its name looks
 * like, and a programme's name that other documents shape like a person's is the programme.
 * Each class with phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";
import { find, run } from "./query.ts";

describe("a report's cover names its project", () => {
  it.each([
    [
      [
        "INTERIM REPORT",
        "to the Tidewater Trust",
        "",
        "Project:          Agua Viva – clean water kiosks in two towns",
        "Grant reference:  TT-23-07",
        "Reporting period: 1 January – 31 December 2024",
        "",
        "1. SUMMARY",
        "",
        "Agua Viva began in January 2024 and is run by the Lakeside Women's Association.",
      ],
      "Agua Viva",
    ],
    [
      [
        "Project title: Mama Bora",
        "Grant no.: 2024-115",
        "Reporting period: April 2024 – March 2025",
        "",
        "Mama Bora trained 40 midwives in the district, with the Ministry of Health.",
      ],
      "Mama Bora",
    ],
    [
      [
        "PROGRESS REPORT",
        "",
        'Project: Kali Tembo ("strong elephant")',
        "Grant agreement: CSO-2025-12",
        "Submitted: 3 March 2025",
        "",
        "Kali Tembo opened two youth centres this year, working with the Arusha Youth Network.",
      ],
      "Kali Tembo",
    ],
  ])("%#: the cover's project is an event, and so is its name in the body", (lines, name) => {
    const ex = run(...lines);
    expect(find(ex, name)?.kind).toBe("event");
    expect(ex.entities.filter((e) => e.kind === "person")).toEqual([]);
  });

  it.each([
    ['Project: Pamoja Nuru ("light together") – solar lamps for market women', "Pamoja Nuru"],
    ["Project: Ruta Verde – tree nurseries with three schools", "Ruta Verde"],
    ['Project:  Dar Amal ("house of hope") - Shelter repairs in two districts', "Dar Amal"],
  ])("the name ends before its gloss or its description: %s", (line, name) => {
    const ex = run(
      line,
      "Grant reference: GR-2024-09",
      "Reporting period: 1 July 2024 – 30 June 2025",
    );
    expect(ex.entities.filter((e) => e.kind === "event").map((e) => e.label)).toEqual([name]);
  });

  it.each([
    ["Reporting period: 1–14 September 2025", "Issued: 16/09/2025"],
    ["Grant reference: AF-2023-017", "Submitted by: Eleni Marin, Director"],
  ])("a cover without a project line names no project: %s", (...lines) => {
    const ex = run(...lines, "", "Eleni Marin visited the camps with the Hill Relief Committee.");
    expect(ex.entities.filter((e) => e.kind === "event")).toEqual([]);
  });
});

describe("a programme's name that documents shape like a person's or a body's", () => {
  it.each([
    ["Green Shores", "Sunfield Foundation", "Lise Holm"],
    ["Blue Horizons", "Maris Trust", "Anne Keller"],
    ["Open Doors", "Lindqvist Fund", "Omar Said"],
  ])("%s is one programme across documents", (name, funder, person) => {
    const docs = [
      {
        id: "a.txt",
        text: `The ${funder} approved seven grants under the second round of its ${name} programme for coastal communities. The programme manager, ${person}, attended.`,
      },
      {
        id: "b.txt",
        text: `${name.toUpperCase()} – PARTNERS' CALL\nMINUTES\n\nPresent:\n 1. ${person} – ${funder}, programme manager ${name}\n 2. Paul Dunn – ${funder}, adviser`,
      },
      {
        id: "c.txt",
        text: `Our president is home after three days with ${name} partners in Oslo. ${name} paid for the trip.`,
      },
    ];
    const ex = extract(docs);
    const named = ex.entities.filter((e) =>
      [e.label, ...e.aliases].some(
        (n) => n.toLowerCase().startsWith(name.toLowerCase()) && !/call/i.test(n),
      ),
    );
    expect(named.map((e) => e.kind)).toEqual(["event"]);
    expect(named[0]?.mentions.map((m) => m.doc).sort()).toEqual(
      expect.arrayContaining(["a.txt", "b.txt", "c.txt"]),
    );
  });
});
