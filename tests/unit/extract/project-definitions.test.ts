/**
 * Projects and programmes the text defines by name alone, as research and grant pages do:
 * "REHEAT (Retrofit …) is a three-year research project", "LOCAL-B (Mapping …, 2023–2027)",
 * "X began in October 2024 and will run until …", and one name word before a lower-case
 * event noun ("the Sviedcannie project"). Each class is tested with several phrasings
 * written for these tests, and with the guards that keep bodies, places and titles out.
 */
import { describe, expect, it } from "vitest";
import { find, run } from "./query.ts";

const kindOf = (lines: string[], label: string): string | undefined =>
  find(run(...lines), label)?.kind;
const dateOf = (lines: string[], label: string) => find(run(...lines), label)?.date;

describe("a name the text defines as a project's is an event's, with its span", () => {
  it.each([
    [
      "KELPWATCH (Kelp Forest Monitoring by Coastal Schools) is a three-year research project of the University of Tromsø.",
      "KELPWATCH",
    ],
    [
      "SALTROOT (Saline Soils and Farming Households, 2023–2026) is funded by the Danish Research Council.",
      "SALTROOT",
    ],
    [
      "NORDA (Nordic Youth, Sport and Wellbeing) (2024–2027) is a programme of the Nordic Sport Institute.",
      "NORDA",
    ],
    [
      "Tamarind Voices was an oral-history project of the Caribbean Studies Centre until 2022.",
      "Tamarind Voices",
    ],
    [
      "Sviedcannie (Belarusian for testimony) began in October 2024 and will run until September 2027.",
      "Sviedcannie",
    ],
  ])("%s", (sentence, name) => {
    const lines = ["News", "", `Vilnius, 3 March 2025. ${sentence}`];
    expect(kindOf(lines, name)).toBe("event");
  });

  it.each([
    [
      "SALTROOT (Saline Soils and Farming Households, 2023–2026) is funded by the Danish Research Council.",
      "SALTROOT",
      "2023",
      "2026",
    ],
    [
      "Sviedcannie (Belarusian for testimony) began in October 2024 and will run until September 2027.",
      "Sviedcannie",
      "2024-10",
      "2027-09",
    ],
    [
      "MARLIN (Harbour Health and Shift Work, 2022-2025) is led by the Marine Institute.",
      "MARLIN",
      "2022",
      "2025",
    ],
  ])("dated by its span: %s", (sentence, name, start, end) => {
    const date = dateOf(["News", "", `Vilnius, 3 March 2025. ${sentence}`], name);
    expect(date?.start).toBe(start);
    expect(date?.end).toBe(end);
  });

  it.each([
    // (A grantee of a programme is a body.)
    [
      "ACUCA, a self-help association founded by Cuban families in Las Piedras, is the first grantee of the programme.",
      "Las Piedras",
    ],
    // (After a preposition, the name is a place or a language.)
    ["Ka Lama is an elder–youth mentoring project in ʻōlelo Hawaiʻi (2025–2027).", "Hawaiʻi"],
    // (Bodies are founded; they do not run over a span of years.)
    [
      "The Tarrow Shepherds Union (founded 1998) is a member of the Velmora Rangeland Trust.",
      "Tarrow Shepherds Union",
    ],
    // (A person who is a programme's coordinator.)
    [
      "Amara Lindqvist is the programme coordinator at the Greywater Research Centre.",
      "Amara Lindqvist",
    ],
  ])("guard: %s", (sentence, name) => {
    const ex = run("News", "", `Vilnius, 3 March 2025. ${sentence}`);
    expect(find(ex, name)?.kind).not.toBe("event");
  });

  it("a fact list's lines do not run on into the next line's bracket", () => {
    const ex = run(
      "Annual report 2023",
      "",
      "Donor - Amount - Purpose",
      "- Linden Civic Fund - USD 120,000 (for 2023-2025) - core support",
      "- Tarn Valley Trust - EUR 20,000 - legal aid",
    );
    expect(find(ex, "Purpose")).toBeUndefined();
  });
});

describe("one name word before a lower-case event noun names the event", () => {
  it.each([
    [
      "Dzmitry Lapko leads the Sviedcannie project at the Harbour Humanities University.",
      "Sviedcannie project",
    ],
    ["Last year our Tamarisk programme planted 400 trees in the valley.", "Tamarisk programme"],
    ["The Oyelaran campaign collected 2,000 signatures in a week.", "Oyelaran campaign"],
  ])("%s", (sentence, name) => {
    expect(kindOf(["News", "", `Lagos, 3 March 2025. ${sentence}`], name)).toBe("event");
  });

  it.each([
    // (A name that goes on through "at the" is longer than its last word.)
    ["The Justice at the Doorstep project trained 40 paralegals.", "Doorstep project"],
    // (A forum that owns is a body; a programme's manager is a title.)
    ["R. Mushi presented the Kagera forum's paralegal model.", "Kagera forum"],
    ["Imogen Tasker, the Ferncliff programme manager, moderated the panel.", "Ferncliff programme"],
    // (A country's or a place's project is no project's name.)
    ["Ana Ruiz runs the Mexico project of the Andes Fund.", "Mexico project"],
  ])("guard: %s", (sentence, name) => {
    expect(find(run("News", "", `Lagos, 3 March 2025. ${sentence}`), name)).toBeUndefined();
  });

  it("not across a line's end, as a page's front matter sets its keys", () => {
    const ex = run(
      "author: Hiba Rahimi",
      "project: ISLWORK",
      "",
      "# Riders meet researchers",
      "",
      "Valletta, 18 June 2025. Riders met researchers.",
    );
    expect(ex.entities.some((e) => /Rahimi\s+project/.test(e.label))).toBe(false);
  });
});

describe("'It began …' after a sentence that names one event dates that event", () => {
  it.each([
    [
      "Last year we launched the Harbour Literacy Campaign with four schools. It began in March 2024 and will run until June 2026.",
      "Harbour Literacy Campaign",
      "2024-03",
      "2026-06",
    ],
    [
      "Our partner runs the Green Terraces project in the hills. It started in May 2023.",
      "Green Terraces project",
      "2023-05",
      undefined,
    ],
    [
      "The Lakeside Women's Association leads the Safe Wells programme. It runs from April 2024 to March 2027.",
      "Safe Wells programme",
      "2024-04",
      "2027-03",
    ],
  ])("%s", (sentence, name, start, end) => {
    // (The document is about a workshop: the project is not its main event.)
    const date = dateOf(
      [
        "Workshop on water held in Kisumu",
        "",
        `Kisumu, 14 March 2025. The Kisumu water workshop was held on 12 March 2025 by the Kisumu Water Forum. ${sentence}`,
      ],
      name,
    );
    expect(date?.start).toBe(start);
    expect(date?.end).toBe(end);
  });
});
