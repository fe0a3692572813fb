/**
 * A project a grant table names in one document ("| Open Fridays |"), read by its shape alone
 * as a person's name in another ("Open Fridays drew forty teenagers"), is that project.
 * Phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";

describe("a document's project lent to another document's shape-only person", () => {
  it.each([
    ["Open Fridays", "Thanks to Open Fridays, forty teenagers came to the youth house."],
    ["Drum Voices", "Thanks to Drum Voices, elders and children met twice this spring."],
    ["Night Kitchen", "With help from Night Kitchen, ninety workers ate hot meals in March."],
  ])("%s", (project, sentence) => {
    const table = [
      "The Ravnholt Foundation has awarded grants to three youth clubs.",
      "",
      "| Grantee | Project | DKK |",
      "|---|---|---|",
      `| Tindur Youth House | ${project} | 240,000 |`,
      "| Kimik Sports Club | Polar Night League | 180,000 |",
    ].join("\n");
    const ex = extract([
      { id: "a.md", text: table },
      { id: "b.txt", text: sentence },
    ]);
    const named = ex.entities.filter((e) => e.label === project || e.aliases.includes(project));
    expect(named.map((e) => e.kind)).toEqual(["event"]);
  });

  it.each(["Polar Night League", "Fjord Film Club", "Harbour Night Choir"])(
    "a project column's name with a body's head stays the project's: %s",
    (project) => {
      const ex = extract([
        {
          id: "a.md",
          text: [
            "The Ravnholt Foundation has awarded grants to two youth clubs.",
            "",
            "| Grantee | Project | DKK |",
            "|---|---|---|",
            "| Tindur Youth House | Open Evenings | 240,000 |",
            `| Kimik Sports Club | ${project} | 180,000 |`,
          ].join("\n"),
        },
      ]);
      const table = ex.entities.filter(
        (e) => e.label === project && e.mentions.some((m) => m.doc === "a.md"),
      );
      expect(table.map((e) => e.kind)).toEqual(["event"]);
    },
  );
});
