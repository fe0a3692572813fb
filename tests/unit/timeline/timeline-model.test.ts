import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { RabitaGraph } from "../../../src/app/data/dataset.ts";
import type { EdgeAttributes, NodeAttributes, NodeKind } from "../../../src/model/types.ts";
import {
  formatAmount,
  makeItem,
  makeTimelineModel,
  relatedEventIds,
} from "../../../src/app/timeline/timeline-model.ts";
import { rowOf } from "../../../src/app/timeline/palette.ts";

const utc = (s: string): number => Date.parse(`${s}T00:00:00Z`);

function node(label: string, kind: NodeKind, extra: Partial<NodeAttributes> = {}): NodeAttributes {
  return { label, kind, aliases: [], mentions: [], x: 0, y: 0, size: 1, degree: 0, ...extra };
}

function edge(kind: EdgeAttributes["kind"], extra: Partial<EdgeAttributes> = {}): EdgeAttributes {
  return { kind, evidence: [], ...extra };
}

function fixture(): RabitaGraph {
  const g: RabitaGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  g.addNode(
    "e-day",
    node("Summit", "event", { date: { start: "2023-03-14" }, eventType: "conference" }),
  );
  g.addNode(
    "e-month",
    node("Forum", "event", { date: { start: "2011-10" }, eventType: "meeting" }),
  );
  g.addNode("e-year", node("Launch", "event", { date: { start: "2009" }, eventType: "launch" }));
  g.addNode(
    "e-range",
    node("Programme", "event", {
      date: { start: "2013-05", end: "2014-04" },
      eventType: "programme",
    }),
  );
  g.addNode("e-none", node("Undated talk", "event", { eventType: "training" }));
  g.addNode("e-bad", node("Bad date", "event", { date: { start: "2023-02-30" } }));
  g.addNode("org", node("Org", "organisation"));
  g.addNode("fund", node("Fund", "funder"));
  g.addNode("fund2", node("Fund Two", "funder"));
  g.addEdgeWithKey("p1", "org", "e-day", edge("participated"));
  g.addEdgeWithKey("p2", "org", "e-none", edge("organised"));
  g.addEdgeWithKey("f1", "fund", "e-range", edge("funded", { amount: 500_000, currency: "EUR" }));
  g.addEdgeWithKey("f2", "fund2", "e-year", edge("funded", { amount: 250_000, currency: "EUR" }));
  g.addEdgeWithKey("f3", "fund", "e-month", edge("funded"));
  g.addEdgeWithKey("f4", "fund", "org", edge("funded", { amount: 10, currency: "USD" }));
  return g;
}

describe("makeItem", () => {
  it("returns null without a usable date", () => {
    expect(makeItem("a", "A", undefined, "other")).toBeNull();
    expect(makeItem("a", "A", { start: "soon" }, "other")).toBeNull();
  });
  it("draws a range from the start of its first month to the end of its last", () => {
    const item = makeItem("a", "A", { start: "2013-05", end: "2014-04" }, "project");
    expect(item).toMatchObject({
      start: utc("2013-05-01"),
      end: utc("2014-05-01"),
      shape: "bar",
      precision: "month",
      dateText: "2013-05 – 2014-04",
    });
  });
  it("treats a reversed or equal range as its start", () => {
    expect(makeItem("a", "A", { start: "2014", end: "2013" }, "other")?.shape).toBe("period");
    expect(makeItem("a", "A", { start: "2014-01-02", end: "2014-01-02" }, "other")?.shape).toBe(
      "point",
    );
  });
});

describe("makeTimelineModel", () => {
  const model = makeTimelineModel(fixture());
  it("keeps dated events, ordered by start, with their shapes", () => {
    expect(model.items.map((i) => [i.id, i.shape])).toEqual([
      ["e-year", "period"],
      ["e-month", "period"],
      ["e-range", "bar"],
      ["e-day", "point"],
    ]);
    const month = model.items.find((i) => i.id === "e-month");
    expect(month).toMatchObject({ start: utc("2011-10-01"), end: utc("2011-11-01") });
    const year = model.items.find((i) => i.id === "e-year");
    expect(year).toMatchObject({ start: utc("2009-01-01"), end: utc("2010-01-01") });
  });
  it("counts undated events, including unparsable dates", () => {
    expect(model.undated).toEqual([
      { id: "e-bad", label: "Bad date" },
      { id: "e-none", label: "Undated talk" },
    ]);
  });
  it("puts types in rows", () => {
    expect(model.items.map((i) => i.row)).toEqual(["launch", "meeting", "project", "conference"]);
    expect(rowOf("training")).toBe("workshop");
    expect(rowOf("platform")).toBe("other");
    expect(rowOf(undefined)).toBe("other");
  });
  it("places funding at the funded event and scales amounts per currency", () => {
    expect(model.funding.map((f) => [f.id, f.start, f.share])).toEqual([
      ["f2", utc("2009-01-01"), 0.5],
      ["f3", utc("2011-10-01"), undefined],
      ["f1", utc("2013-05-01"), 1],
    ]);
    expect(model.unplacedFunding).toBe(1);
  });
  it("spans whole years around the dated items", () => {
    expect(model.extent).toEqual({ start: utc("2009-01-01"), end: utc("2024-01-01") });
  });
  it("falls back to the current year when nothing is dated", () => {
    const g: RabitaGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
    const m = makeTimelineModel(g);
    expect(m.items).toEqual([]);
    expect(m.extent.end - m.extent.start).toBeGreaterThanOrEqual(365 * 86_400_000);
  });
});

describe("relatedEventIds", () => {
  const g = fixture();
  it("is the event itself for an event", () => {
    expect([...relatedEventIds(g, "e-day")]).toEqual(["e-day"]);
  });
  it("is the connected events for an actor", () => {
    expect([...relatedEventIds(g, "org")].sort()).toEqual(["e-day", "e-none"]);
    expect([...relatedEventIds(g, "fund")].sort()).toEqual(["e-month", "e-range"]);
  });
  it("is empty for an unknown node", () => {
    expect(relatedEventIds(g, "nope").size).toBe(0);
  });
});

describe("formatAmount", () => {
  it("writes the amount with its currency", () => {
    expect(formatAmount(1_200_000, "EUR")).toBe("1,200,000 EUR");
    expect(formatAmount(12.5, undefined)).toBe("12.5");
    expect(formatAmount(undefined, "EUR")).toBe("amount not stated");
  });
});
