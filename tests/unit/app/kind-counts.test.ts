import { describe, expect, it } from "vitest";
import { insideWindow, makeTimeIndex } from "../../../src/app/data/time-window.ts";
import { kindCounts } from "../../../src/app/filters/kind-counts.ts";
import { makeFixture } from "./fixture.ts";

describe("counts inside a time window", () => {
  const g = makeFixture();
  const index = makeTimeIndex(g);
  const kinds = index.keys.map((k) => g.getNodeAttribute(k, "kind"));

  it("counts every node without a window", () => {
    expect(kindCounts(kinds, null)).toEqual({ organisation: 3, funder: 1, person: 1, event: 4 });
  });

  it("keeps events overlapping the window and the actors linked to them", () => {
    const w = insideWindow(index, { start: "2011-01-01", end: "2011-12-31" });
    expect(w.events).toBe(1);
    const kept = index.keys.filter((_k, i) => w.inside[i] === 1).sort();
    expect(kept).toEqual(["ali", "conf2011", "icssi", "undp"]);
    expect(kindCounts(kinds, w.inside)).toEqual({
      organisation: 2,
      funder: 0,
      person: 1,
      event: 1,
    });
  });

  it("keeps nothing for a window without events", () => {
    const w = insideWindow(index, { start: "1990-01-01", end: "1990-12-31" });
    expect(w.events).toBe(0);
    expect(kindCounts(kinds, w.inside)).toEqual({
      organisation: 0,
      funder: 0,
      person: 0,
      event: 0,
    });
  });
});
