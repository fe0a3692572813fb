/**
 * Event programmes written as tables: the people a row names with their title and body take
 * part in the event the page is about, and the date line under the page's title dates the
 * event before a month that its body gives to something else. Programmes written for these
 * tests.
 */
import { describe, expect, it } from "vitest";
import { find, related, run } from "./query.ts";

const programme = (title: string, dateLine: string, rows: string[], after: string[] = []) =>
  run(
    `# ${title}`,
    "",
    dateLine,
    "",
    "Organised by the Sahel Civic Forum.",
    "",
    "| Time | Session | Speakers |",
    "|---|---|---|",
    ...rows,
    "",
    ...after,
  );

describe("a programme table's speakers", () => {
  it.each([
    [
      "| 11:00–13:00 | **Panel 1 — Returns** | *Moderator:* Moussa Diarra, Executive Director, Niger Youth Alliance. *Panellists:* Awa Traoré, Director, Kayes Women's Union |",
      [
        ["Moussa Diarra", "Niger Youth Alliance"],
        ["Awa Traoré", "Kayes Women's Union"],
      ],
    ],
    [
      "| 09:00 | Opening | Welcome: Aminata Keita, Chairperson, Bamako Lawyers Collective · Remarks: Ibrahim Sow, Programme Officer, Dakar Rights Foundation |",
      [
        ["Aminata Keita", "Bamako Lawyers Collective"],
        ["Ibrahim Sow", "Dakar Rights Foundation"],
      ],
    ],
    [
      "| Day 2, 14:00 | Closing panel | Chair: Fatou Ndiaye, Coordinator, Thiès Farmers Network; Ousmane Ba, Head of Programmes, Sahel Water Trust |",
      [
        ["Fatou Ndiaye", "Thiès Farmers Network"],
        ["Ousmane Ba", "Sahel Water Trust"],
      ],
    ],
  ])("row %#", (row, pairs) => {
    const ex = programme(
      "Regional Conference on Civic Space",
      "**Niamey, 4–5 June 2024** · Hotel Gaweye",
      [row as string],
    );
    for (const [person, body] of pairs as [string, string][]) {
      expect(related(ex, person, body)).toContain("part_of");
      expect(related(ex, person, "Regional Conference on Civic Space").length).toBeGreaterThan(0);
    }
  });
});

describe("the date line under a programme's title", () => {
  it.each([
    [
      "**Niamey, 4–5 June 2024** · Hotel Gaweye",
      "A new project starting May 2024 was presented.",
      "2024-06-04",
    ],
    [
      "Niamey | 12 March 2025 | Palais des Congrès",
      "The pilot running from April 2025 was presented.",
      "2025-03-12",
    ],
    [
      "**Bamako, 3rd–4th of October 2023**",
      "Results of the survey of May 2023 were shared.",
      "2023-10-03",
    ],
  ])("%s", (dateLine, later, start) => {
    const ex = programme(
      "Regional Conference on Civic Space",
      dateLine,
      ["| 09:00 | Opening | Welcome: Aminata Keita, Chairperson, Bamako Lawyers Collective |"],
      [later],
    );
    expect(find(ex, "Regional Conference on Civic Space")?.date?.start).toBe(start);
  });
});

describe("a work plan's table of activities", () => {
  it.each([
    [
      [
        "No.\tActivity\tDate\tLead\tStatus",
        "1\tInception workshop with district officials\t22/04/2024\tHope Foundation\tCompleted",
        "2\tBaseline survey of 900 households\tMay – June 2024\tHope Foundation with Tigris Research Centre\tCompleted",
        "3\tFive-day paralegal training\t10–14 June 2024\tBasra Legal Aid Network\tCompleted",
      ],
    ],
    [
      [
        "Activity    When            Responsible",
        "Inception workshop with district officials    22 April 2024    Hope Foundation",
        "Baseline survey of 900 households    May 2024    Tigris Research Centre",
        "Five-day paralegal training    10–14 June 2024    Basra Legal Aid Network",
      ],
    ],
    [
      [
        "| Activity | Date | Lead |",
        "|---|---|---|",
        "| Inception workshop with district officials | 2024-04-22 | Hope Foundation |",
        "| Baseline survey of 900 households | May 2024 | Tigris Research Centre |",
        "| Five-day paralegal training | 10-14/06/2024 | Basra Legal Aid Network |",
      ],
    ],
  ])("table %#", (table) => {
    const ex = run("Safe Homes project – fact sheet", "", "Activities", ...(table as string[]));
    const workshop = ex.entities.find((e) => /^Inception workshop/.test(e.label));
    const training = ex.entities.find((e) => /^Five-day paralegal training/.test(e.label));
    expect(workshop?.date?.start).toBe("2024-04-22");
    expect(training?.date?.start).toBe("2024-06-10");
    expect(related(ex, "Basra Legal Aid Network", training?.label ?? "")).toContain("organised");
    expect(ex.entities.some((e) => /\t|Completed/.test(e.label))).toBe(false);
  });

  it("a table of action points dates no event", () => {
    const ex = run(
      "Minutes of the coordination meeting, 3 March 2025",
      "",
      "Action\tOwner\tDeadline",
      "Share the referral list\tHope Foundation\t20/03/2025",
      "Update the 4W matrix\tTigris Research Centre\t25/03/2025",
    );
    expect(ex.entities.filter((e) => e.kind === "event" && e.date?.start === "2025-03-20")).toEqual(
      [],
    );
  });
});

describe("an event noun ending in -ing opens an event's name", () => {
  it.each([
    [
      "Today we wrapped up a 3-day Training of Trainers on Savings Groups in Damaturu!",
      /^Training of Trainers/,
    ],
    [
      "The Training of Trainers on Psychological First Aid took place in Erbil on 3 May 2024.",
      /^Training of Trainers/,
    ],
    ["The Meeting of the Parties opened in Baku on 11 November 2024.", /^Meeting of the Parties/],
  ])("%s", (sentence, name) => {
    expect(run(sentence).entities.some((e) => e.kind === "event" && name.test(e.label))).toBe(true);
  });

  it("an activity's -ing name is still no event", () => {
    const ex = run("Strengthening Civil Society Organisations is the aim of the fund.");
    expect(ex.entities.filter((e) => e.kind === "event")).toEqual([]);
  });
});

describe("a document's kind before its project's name", () => {
  it.each([
    [
      [
        "Project record — Safe Water for Schools in Garowe",
        "Duration: March 2021 – February 2023",
        "Implementing partner: Hope Foundation",
      ],
      "Safe Water for Schools in Garowe",
    ],
    [
      [
        "Project profile - Women's Voices in Local Councils",
        "Duration: 2022-2024",
        "Implemented by: Tigris Youth Network",
      ],
      "Women's Voices in Local Councils",
    ],
    [
      [
        "Case study: Safe Roads for Girls",
        "Duration: 2021-2023",
        "Implemented by: Tigris Youth Network",
      ],
      "Safe Roads for Girls",
    ],
  ])("%s", (lines, name) => {
    const ex = run(...(lines as string[]));
    expect(ex.entities.filter((e) => e.kind === "event").map((e) => e.label)).toEqual([name]);
  });
});
