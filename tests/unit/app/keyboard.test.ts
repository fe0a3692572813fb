// Keyboard ways through the app: the time window's fields and moves, stepping from a node to
// its neighbours, and the graph's keys for it.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { graphKeyAction } from "../../../src/app/graph/graph-keys.ts";
import {
  neighbourOrder,
  stepAnnouncement,
  stepNeighbour,
} from "../../../src/app/graph/neighbour-steps.ts";
import { opensKey } from "../../../src/app/panels/reader-focus.ts";
import { dayMs, shiftWindow, windowFromFields } from "../../../src/app/timeline/window-fields.ts";
import type { NodeKind } from "../../../src/model/types.ts";

describe("the time window's fields", () => {
  const bounds = { start: "2010-01-01", end: "2016-12-31" };

  it("takes both days, swapping them when the start is after the end", () => {
    expect(windowFromFields("2012-03-01", "2012-06-30", bounds)).toEqual({
      start: "2012-03-01",
      end: "2012-06-30",
    });
    expect(windowFromFields("2013-01-01", "2012-01-01", bounds)).toEqual({
      start: "2012-01-01",
      end: "2013-01-01",
    });
  });

  it("fills an empty side from the timeline's span, and clears the window when both are empty", () => {
    expect(windowFromFields("2014-05-05", "", bounds)).toEqual({
      start: "2014-05-05",
      end: "2016-12-31",
    });
    expect(windowFromFields("", "2011-02-02", bounds)).toEqual({
      start: "2010-01-01",
      end: "2011-02-02",
    });
    expect(windowFromFields("", "", bounds)).toBeNull();
  });

  it("ignores a field that holds no real day, or one outside the timeline's span", () => {
    expect(windowFromFields("2012-02-30", "2012-03-01", bounds)).toBeUndefined();
    expect(windowFromFields("0201-01-01", "2012-03-01", bounds)).toBeUndefined();
    expect(windowFromFields("2012-01-01", "2017-01-01", bounds)).toBeUndefined();
    expect(windowFromFields("2012", "2012-03-01", bounds)).toBeUndefined();
    expect(dayMs("2024-02-29")).toBe(Date.UTC(2024, 1, 29));
    expect(dayMs("2023-02-29")).toBeNaN();
  });
});

describe("moving the window by its length", () => {
  it("moves whole years, quarters and months by calendar months", () => {
    const year = { start: "2012-01-01", end: "2012-12-31" };
    expect(shiftWindow(year, 1)).toEqual({ start: "2013-01-01", end: "2013-12-31" });
    expect(shiftWindow(year, -1)).toEqual({ start: "2011-01-01", end: "2011-12-31" });
    expect(shiftWindow({ start: "2012-01-01", end: "2012-02-29" }, 1)).toEqual({
      start: "2012-03-01",
      end: "2012-04-30",
    });
    expect(shiftWindow({ start: "2012-11-01", end: "2013-01-31" }, 1)).toEqual({
      start: "2013-02-01",
      end: "2013-04-30",
    });
    expect(shiftWindow({ start: "2013-02-01", end: "2013-04-30" }, -1)).toEqual({
      start: "2012-11-01",
      end: "2013-01-31",
    });
  });

  it("moves any other window by its number of days, both ends counted", () => {
    expect(shiftWindow({ start: "2012-03-10", end: "2012-03-16" }, 1)).toEqual({
      start: "2012-03-17",
      end: "2012-03-23",
    });
    expect(shiftWindow({ start: "2012-03-10", end: "2012-03-10" }, -1)).toEqual({
      start: "2012-03-09",
      end: "2012-03-09",
    });
  });

  it("moves back to where it was", () => {
    for (const w of [
      { start: "2010-01-01", end: "2012-12-31" },
      { start: "2011-07-15", end: "2011-09-02" },
      { start: "2012-02-01", end: "2012-02-29" },
    ])
      expect(shiftWindow(shiftWindow(w, 1), -1)).toEqual(w);
  });
});

describe("stepping from a node to its neighbours", () => {
  const graph = new Graph<{ label: string; kind: NodeKind }>({ multi: true, type: "directed" });
  graph.addNode("a", { label: "Amal Network", kind: "organisation" });
  graph.addNode("b", { label: "beacon fund", kind: "funder" });
  graph.addNode("c", { label: "Cedar Forum 2012", kind: "event" });
  graph.addNode("d", { label: "Dana Haddad", kind: "person" });
  graph.addNode("e", { label: "Elsewhere Trust", kind: "organisation" });
  graph.addEdge("b", "a");
  graph.addEdge("b", "a");
  graph.addEdge("a", "c");
  graph.addEdge("d", "a");
  const all = (): boolean => true;

  it("orders the shown neighbours by name, once each, whatever the direction of the link", () => {
    expect(neighbourOrder(graph, "a", all)).toEqual(["b", "c", "d"]);
    expect(neighbourOrder(graph, "a", (k) => k !== "event")).toEqual(["b", "d"]);
    expect(neighbourOrder(graph, "e", all)).toEqual([]);
    expect(neighbourOrder(graph, "missing", all)).toEqual([]);
  });

  it("steps forward and back, wrapping round, starting from either end", () => {
    const order = ["b", "c", "d"];
    expect(stepNeighbour(order, null, 1)).toBe("b");
    expect(stepNeighbour(order, null, -1)).toBe("d");
    expect(stepNeighbour(order, "b", 1)).toBe("c");
    expect(stepNeighbour(order, "d", 1)).toBe("b");
    expect(stepNeighbour(order, "b", -1)).toBe("d");
    expect(stepNeighbour(order, "e", 1)).toBe("b");
    expect(stepNeighbour([], null, 1)).toBeNull();
  });

  it("says where the step landed", () => {
    expect(stepAnnouncement(graph, "a", "c", ["b", "c", "d"])).toBe(
      "Cedar Forum 2012 (event), 2 of 3 linked to Amal Network. Enter selects it.",
    );
  });

  it("is bound to ] and [ on the graph", () => {
    expect(graphKeyAction("]")).toEqual({ kind: "step", direction: 1 });
    expect(graphKeyAction("[")).toEqual({ kind: "step", direction: -1 });
  });
});

describe("the reader's way back", () => {
  it("names the control that opened a document at a mention", () => {
    expect(opensKey("press/a.txt", 3)).toBe("press/a.txt#3");
    expect(opensKey("press/a.txt", 3)).not.toBe(opensKey("press/a.txt", 4));
  });
});
