/**
 * One event told by two publishers by the same description, each dating it to the same day, is
 * one event; dated to two days, it is two. Phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";

const nodesOf = (first: string, second: string, description: string) =>
  extract([
    { id: "a.txt", text: first },
    { id: "b.txt", text: second },
  ]).entities.filter((e) => e.kind === "event" && e.label.includes(description));

describe("a description two documents date to one day", () => {
  it.each([
    [
      "On 23 April 2024 the Basra Environment Directorate held a public hearing on river salinity.",
      "Fishers from Fao spoke at a public hearing on river salinity on 23 April 2024, the association said.",
      "public hearing on river salinity",
    ],
    [
      "On 12 May 2025 the union organised a legal clinic for fishing crews.",
      "Thirty crew members came to a legal clinic for fishing crews on 12 May 2025 in Donggang.",
      "legal clinic for fishing crews",
    ],
    [
      "Elders and teachers met at a recording workshop for kaumātua voices on 2 March 2025.",
      "The trust hosted a recording workshop for kaumātua voices on 2 March 2025 at the marae.",
      "recording workshop for kaumātua voices",
    ],
  ])("%s", (first, second, description) => {
    expect(nodesOf(first, second, description)).toHaveLength(1);
  });

  it("dated to two days, the description names two events", () => {
    const nodes = nodesOf(
      "On 12 May 2025 the union organised a legal clinic for fishing crews.",
      "Thirty crew members came to a legal clinic for fishing crews on 9 June 2025 in Donggang.",
      "legal clinic for fishing crews",
    );
    expect(nodes).toHaveLength(2);
  });
});
