/**
 * The parts of a published report that name no event: a chapter's running header ("Chapter 4
 * · Somaliland and Puntland"), a table's or box's caption ("Table 3.1 Dialogue tables …"), a
 * line that only names the publishing body, and a footnote's mark after a sentence; and one
 * event named twice in a document, once cut short ("Mesa de Diálogo" in a table's wrapped
 * cell); and an edition named with its year, then dated by its days. Each class is tested
 * with several phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../src/compiler/types.ts";
import { run } from "./query.ts";

const events = (ex: Extraction): string[] =>
  ex.entities.filter((e) => e.kind === "event").map((e) => e.label);

describe("a chapter's heading or running header names no event", () => {
  it.each([
    ["Chapter 4 · Somaliland and Puntland"],
    ["Section 2: Results in the northern districts"],
    ["Part III – The coastal programme"],
  ])("%s", (heading) => {
    const ex = run(
      heading,
      "",
      "Norwegian Agency for Development Cooperation (Norad)",
      "Results Report 2024 · Published Oslo, 12 June 2025",
      "",
      "In 2024 the project reached 480 villages. The project ends in 2026, and the Kaalmo Consortium will report on it.",
    );
    expect(
      events(ex).some((l) => /chapter|section|part|norad|development cooperation/i.test(l)),
    ).toBe(false);
  });
});

describe("a caption's event noun names no event", () => {
  it.each([
    "Table 3.1 Dialogue tables on mining and water, Oruro and Potosí (30/06/2025)",
    "Figure 2 – Workshops held per district, 2024 (15/12/2024)",
    "Box 4 Training sessions by month (31/03/2025)",
  ])("%s", (caption) => {
    const ex = run(
      "Report on the year",
      "",
      "La Paz, 12 August 2025. The office registered 41 conflicts in the first half of the year.",
      "",
      caption,
      "",
      "Source: departmental delegations.",
    );
    expect(events(ex).some((l) => /^(?:table|figure|box)\b/i.test(l))).toBe(false);
  });
});

describe("a sentence that ends on a footnote's mark is no heading", () => {
  it.each([
    "At the third session, on 17 June, the committee obtained the commitment it wanted.¹",
    "At the second meeting, on 17 June, the committee obtained the commitment it wanted.[2]",
    "During the final workshop, on 17 June, the committee obtained the commitment it wanted.³",
  ])("%s", (sentence) => {
    const ex = run(
      "News",
      "",
      "Lima, 3 May 2025. The Mesa de Diálogo por el Río Rímac was installed on 4 March 2025.",
      sentence,
      "",
      "The office will follow up.",
    );
    expect(events(ex).some((l) => /^(?:At|During)\b|,$/.test(l))).toBe(false);
  });
});

describe("an event's name cut short, of the same day, is that event", () => {
  it.each([
    ["Mesa de Diálogo", "Mesa de Diálogo por la Cuenca del Lago Poopó"],
    ["Encuentro de Mujeres", "Encuentro de Mujeres Defensoras del Agua"],
    ["Forum of Women", "Forum of Women for Water Justice"],
  ])("%s", (short, long) => {
    const ex = run(
      "Report",
      "",
      `La Paz, 12 August 2025. The ${long} was held on 4 March 2025 in the town of Poopó.`,
      "",
      "Event                  Date        Host",
      `${short}   04/03/2025  Comité Jach'a Qhuta`,
    );
    const named = events(ex).filter((l) => l.startsWith(short));
    expect(named).toEqual([long]);
  });
});

describe("an edition's year in its name, then the days it was held, dates it by the days", () => {
  it.each([
    [
      "The Kaalmo Consortium held the Harbour Youth Forum 2025 on 18 February in Burao.",
      "Harbour Youth Forum",
      "2025-02-18",
    ],
    [
      "Partners met at the Regional Water Summit 2025 from 3 to 5 February in Berbera.",
      "Regional Water Summit",
      "2025-02-03",
    ],
    [
      "The consortium convened the Coastal Drought Conference 2025 (Shirweynaha Abaaraha 2025) on 18–19 February at the centre.",
      "Coastal Drought Conference",
      "2025-02-18",
    ],
  ])("%s", (sentence, name, day) => {
    const ex = run("News", "", `HARGEISA, 20 February 2025 – ${sentence}`);
    const event = ex.entities.find((e) => e.kind === "event" && e.label.startsWith(name));
    expect(event?.date?.start).toBe(day);
  });
});
