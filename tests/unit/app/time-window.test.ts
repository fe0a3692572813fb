import { describe, expect, it } from "vitest";
import {
  WindowMembership,
  dayRange,
  firstDay,
  lastDay,
  makeTimeIndex,
} from "../../../src/app/data/time-window.ts";
import { makeFixture } from "./fixture.ts";

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function insideKeys(m: WindowMembership, keys: string[]): string[] {
  return keys.filter((_k, i) => m.inside[i] === 1).sort();
}

describe("date precision", () => {
  it("spans a year, a month or a day", () => {
    expect([firstDay("2012"), lastDay("2012")]).toEqual([day("2012-01-01"), day("2012-12-31")]);
    expect([firstDay("2012-02"), lastDay("2012-02")]).toEqual([
      day("2012-02-01"),
      day("2012-02-29"),
    ]);
    expect(lastDay("2011-10-30")).toBe(day("2011-10-30"));
    expect(dayRange({ start: "2012-04", end: "2015-12" })).toEqual([
      day("2012-04-01"),
      day("2015-12-31"),
    ]);
  });
});

describe("WindowMembership", () => {
  const g = makeFixture();
  const index = makeTimeIndex(g);

  it("has everything inside without a window", () => {
    const m = new WindowMembership(index);
    expect(m.setWindow(null).nodes).toEqual([]);
    expect(insideKeys(m, index.keys)).toHaveLength(g.order);
  });

  it("keeps events overlapping the window and the actors linked to them", () => {
    const m = new WindowMembership(index);
    m.setWindow({ start: "2011-01-01", end: "2011-12-31" });
    expect(insideKeys(m, index.keys)).toEqual(["ali", "conf2011", "icssi", "undp"]);
    // A window inside a range overlaps it; undated events are never inside.
    m.setWindow({ start: "2014-06-01", end: "2014-06-02" });
    expect(insideKeys(m, index.keys)).toEqual(["eu", "proj", "undp"]);
    // A year-precision date covers its whole year.
    m.setWindow({ start: "2023-12-31", end: "2024-01-05" });
    expect(insideKeys(m, index.keys)).toEqual(["eu", "meet2023"]);
  });

  it("reports exactly the nodes and events that flipped", () => {
    const m = new WindowMembership(index);
    m.setWindow({ start: "2011-01-01", end: "2011-12-31" });
    const step = m.setWindow({ start: "2011-01-01", end: "2012-05-01" });
    const keys = (is: number[]): string[] => is.map((i) => index.keys[i] ?? "").sort();
    expect(keys(step.nodes)).toEqual(["eu", "proj"]);
    expect(keys(step.events)).toEqual(["proj"]);
    expect(m.setWindow({ start: "2011-01-01", end: "2012-05-01" }).nodes).toEqual([]);
    const back = m.setWindow(null);
    expect(keys(back.nodes)).toEqual(["lonely", "meet2023", "undated"]);
  });

  it("stays consistent over many random steps (incremental = from scratch)", () => {
    const m = new WindowMembership(index);
    let seed = 7;
    const rnd = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 200; i++) {
      const a = 2009 + Math.floor(rnd() * 16);
      const w =
        rnd() < 0.1 ? null : { start: `${a}-01-01`, end: `${a + Math.floor(rnd() * 3)}-06-30` };
      m.setWindow(w);
      const fresh = new WindowMembership(index);
      fresh.setWindow(w);
      expect([...m.inside]).toEqual([...fresh.inside]);
    }
  });
});
