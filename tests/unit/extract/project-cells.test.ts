/**
 * A grant table's project cell: the project's name, its English gloss in brackets, then a dash
 * and what the project does, which may open with a capital ("– Welsh-language reporting …").
 * Each class is tested with several phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, run } from "./query.ts";

describe("a project cell's name, gloss and description", () => {
  it.each([
    [
      "| Wolna Fala Association | Glas s reke (Voice from the River) – Weekly Slovene-language bulletins from the river villages and their councils | 21,000 |",
      "Glas s reke",
      "Voice from the River",
    ],
    [
      "| Cwm Media Co-operative | Tŷ a Thref (Home and Town) – Housing reporting in two valleys for young readers and their families | 18,500 |",
      "Tŷ a Thref",
      "Home and Town",
    ],
    [
      "| Samahan ng Kababaihan sa Tondo | Kampana ng Bayan (Town Bell) – Radio dramas about tenants' rights in three coastal barangays | 9,000 |",
      "Kampana ng Bayan",
      "Town Bell",
    ],
  ])("%s", (row, name, gloss) => {
    const ex = run(
      "The Aldercrest Foundation has awarded grants to three local media groups.",
      "",
      "| Grantee | Project | EUR |",
      "|---|---|---|",
      row,
    );
    const project = find(ex, name);
    expect(project?.kind).toBe("event");
    expect([project?.label, ...(project?.aliases ?? [])]).toEqual(
      expect.arrayContaining([name, gloss]),
    );
  });
});
