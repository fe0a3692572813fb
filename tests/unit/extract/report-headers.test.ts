/**
 * How reports and grant pages head themselves: a programme named with its short form and then
 * an apposition ("… (CAW), a three-year programme"); an event noun before the topic it is on
 * ("Learning Exchange on Flood Warning"); a breadcrumb of single guillemets; a logo's alt text
 * over the title; a "Workshop report · Place, date" line under a title that names only the
 * topic; a report's number after its kind ("Workshop Report No. 7"). Each class is tested
 * with several phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../src/compiler/types.ts";
import { find, run } from "./query.ts";

const events = (ex: Extraction): string[] =>
  ex.entities.filter((e) => e.kind === "event").map((e) => e.label);

describe("a short form in brackets, then an apposition that says what the name is", () => {
  it.each([
    [
      "The Trust today opened the first round of its Coastal Resilience Window (CRW), a three-year programme (2026–2028) that moves cash before storms.",
      "Coastal Resilience Window",
      "CRW",
    ],
    [
      "Partners met to plan Green Lanes Together (GLT), a two-year project that plants shade trees along school routes.",
      "Green Lanes Together",
      "GLT",
    ],
    [
      "The embassy backs Voices Across the Valley (VAV), a four-year initiative of local radio stations.",
      "Voices Across the Valley",
      "VAV",
    ],
  ])("%s", (sentence, name, short) => {
    const ex = run("Grants for the coming season", "", sentence);
    const named = find(ex, name);
    expect(named?.kind).toBe("event");
    expect(find(ex, short)?.id).toBe(named?.id);
  });

  it("a body's name before a clause that opens with 'the project' stays a body's", () => {
    const ex = run(
      "Project closes",
      "",
      "Run by Jisr Rural Development with the Centre d'Appui aux Communes (CAC), the project ran from 2021 to 2024 in nine towns.",
    );
    expect(find(ex, "CAC")?.kind).not.toBe("event");
  });
});

describe("an event noun before the topic it is on", () => {
  it.each([
    "The partners will meet for a two-day Regional Learning Exchange on Flood Warning on 4–5 March 2026 in Sylhet.",
    "Twenty farmers joined the Peer Exchange on Seed Saving on 12 June 2025 in Kisumu.",
    "The cooperative held a Study Tour on Water Governance on 9 May 2025 in Arequipa.",
  ])("%s", (sentence) => {
    const ex = run("Network news", "", sentence);
    expect(events(ex).some((l) => /(?:Exchange|Tour) on /.test(l))).toBe(true);
  });
});

describe("a breadcrumb of single guillemets names no event", () => {
  it.each([
    "Home › Publications › Workshop reports",
    "Centre for River Studies › Events › Training on early warning",
    "Start › News › Conference 2025",
  ])("%s", (crumbs) => {
    const ex = run(
      crumbs,
      "",
      "Floods and the people who watch them",
      "",
      "Published 3 March 2026.",
      "",
      "The Lowland Volunteers Network trained 40 volunteers in March.",
    );
    expect(events(ex).some((l) => l.includes("›"))).toBe(false);
  });
});

describe("a report titled by its topic, with its kind, place and days under the title", () => {
  it.each([
    ["CRS logo.", "Workshop report · Hargeisa, 11–12 March 2025", "2025-03-11"],
    ["Logo of the Institute.", "Meeting report | Nairobi, 4 February 2025", "2025-02-04"],
    ["River Watch logo", "Training report · Sylhet, 20–22 May 2026", "2026-05-20"],
  ])("%s / %s", (logo, kind, day) => {
    const ex = run(
      logo,
      "",
      "Rivers and Rights",
      "",
      kind,
      "",
      "Published 2 July 2026.",
      "",
      "The Lowland Volunteers Network and the Delta Women's Forum took part. Twenty-six people attended.",
    );
    const dated = ex.entities.filter((e) => e.kind === "event" && e.date?.start === day);
    expect(dated.length).toBe(1);
  });
});

describe("a report's number after its kind names no event", () => {
  it.each(["Workshop Report No. 7", "Conference Proceedings No. 3", "Training Report Nr. 12"])(
    "%s",
    (name) => {
      const ex = run(
        "Rivers and Rights",
        "",
        `This is CRS ${name}, published on 2 July 2026. The Lowland Volunteers Network trained 40 volunteers.`,
      );
      expect(events(ex).some((l) => /\b(?:No|Nr)$/.test(l))).toBe(false);
    },
  );
});
