import { describe, expect, it } from "vitest";
import {
  connectionsOf,
  formatEventDate,
  formatIsoDate,
} from "../../../src/app/panels/connections.ts";
import { pairLabel, pairLabels } from "../../../src/app/graph/graph-display.ts";
import { makeFixture } from "./fixture.ts";

describe("connectionsOf", () => {
  it("groups by relation and direction, in a fixed order", () => {
    const groups = connectionsOf(makeFixture(), "proj");
    expect(groups.map((g) => g.title)).toEqual(["Organised by", "Funded by"]);
    expect(groups[1]?.items.map((c) => c.otherLabel)).toEqual([
      "European Union",
      "United Nations Development Programme",
    ]);
    const undp = connectionsOf(makeFixture(), "undp").map((g) => g.title);
    expect(undp).toEqual(["Organised", "Funded", "Funded by", "Took part in"]);
    expect(connectionsOf(makeFixture(), "nope")).toEqual([]);
  });
});

describe("dates in words", () => {
  it("keeps the precision of the source", () => {
    expect(formatIsoDate("2023")).toBe("2023");
    expect(formatIsoDate("2023-12")).toBe("Dec 2023");
    expect(formatIsoDate("2023-12-10")).toBe("10 Dec 2023");
    expect(formatEventDate({ start: "2012-04", end: "2015-12" })).toBe("Apr 2012 – Dec 2015");
  });
});

describe("pairLabel", () => {
  it("names each pair's relations once, on one of its edges, as pairLabels does", () => {
    const g = makeFixture();
    // A second relation between undp and eu, the other way round.
    g.addEdgeWithKey("e9", "undp", "eu", { kind: "part_of", evidence: [] });
    const all = pairLabels(g);
    const byPair = (labels: (e: string) => string | undefined): Map<string, string[]> => {
      const out = new Map<string, string[]>();
      g.forEachEdge((e, _a, s, t) => {
        const pair = [s, t].sort().join("|");
        out.set(pair, [...(out.get(pair) ?? []), labels(e) ?? "?"].sort());
      });
      return out;
    };
    expect(byPair((e) => pairLabel(g, e))).toEqual(byPair((e) => all.get(e)));
    expect(byPair((e) => pairLabel(g, e)).get("eu|undp")).toEqual(["", "funded · part of"]);
    expect(pairLabel(g, "nope")).toBeUndefined();
  });
});

describe("pairLabels", () => {
  it("names every relation of a pair once, on its first edge", () => {
    const labels = pairLabels(makeFixture());
    expect(labels.get("e3")).toBe("organised · funded");
    expect(labels.get("e5")).toBe("");
    expect(labels.get("e0")).toBe("organised");
  });
});
