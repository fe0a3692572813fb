/**
 * A document of one programme's grants: each project of its grant table is part of the
 * programme; and the programme's acronym, used bare in another document, is the programme.
 * Phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";
import { find, related, run } from "./query.ts";

const table = (lead: string, rows: string[]): string[] => [
  lead,
  "",
  "| Grantee | Project | EUR |",
  "|---|---|---|",
  ...rows,
];

describe("a grant table's projects in one programme", () => {
  it.each([
    [
      "They are the first grantees of the North Atlantic Youth Clubs programme, which the Ravnholt Foundation adopted in 2024.",
      "North Atlantic Youth Clubs programme",
      [
        "| Tindur Youth House | Open Evenings for All | 24,000 |",
        "| Kimik Sports Club | Polar Night Football | 18,000 |",
      ],
      ["Open Evenings for All", "Polar Night Football"],
    ],
    [
      "The Bellbird Foundation has awarded grants in the second round of its Safe Harbour Asia programme for migrant workers.",
      "Safe Harbour Asia programme",
      [
        "| Rumah Singgah Nanfangao | Twelve Emergency Beds | 30,000 |",
        "| Durumi Centre | Legal Clinic Nights | 21,000 |",
      ],
      ["Twelve Emergency Beds", "Legal Clinic Nights"],
    ],
    [
      "Grants approved under the Rooted Voices programme in 2025 are listed below.",
      "Rooted Voices programme",
      [
        "| Te Hau Kōrero Trust | Kōrero on Air | 40,000 |",
        "| Hale Hoʻoulu | Keiki Story Hour | 15,000 |",
      ],
      ["Kōrero on Air", "Keiki Story Hour"],
    ],
  ])("%s", (lead, programme, rows, projects) => {
    const ex = run(...table(lead, rows));
    for (const p of projects) expect(related(ex, p, programme)).toContain("part_of");
  });
});

describe("a programme's acronym used bare in another document", () => {
  it.each([
    [
      "the North Atlantic Youth Clubs programme (NAYC)",
      "NAYC",
      "The NAYC grant pays for the coach.",
    ],
    ["the Safe Nights project (SNP)", "SNP", "SNP reporting is due in May, said the treasurer."],
    ["the Living Nests campaign (LNC)", "LNC", "Minutes: LNC materials were sent to all nests."],
  ])("%s", (long, acronym, bare) => {
    const ex = extract([
      { id: "a.txt", text: `The first grants of ${long} went to eight clubs.` },
      { id: "b.txt", text: bare },
    ]);
    const node = find(ex, acronym);
    expect(node?.kind).toBe("event");
    expect(node?.mentions.some((m) => m.doc === "b.txt")).toBe(true);
  });
});
