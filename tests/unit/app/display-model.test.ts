import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { displayState } from "./display-state.ts";
import { makeTimeIndex } from "../../../src/app/data/time-window.ts";
import type { TimeIndex } from "../../../src/app/data/time-window.ts";
import type { RabitaGraph } from "../../../src/app/data/dataset.ts";
import { DisplayModel } from "../../../src/app/graph/graph-display.ts";

/** An organisation at a 2010 event, a person at a 2020 one. */
function graph(): RabitaGraph {
  const g: RabitaGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  const base = { aliases: [], mentions: [], x: 0, y: 0, size: 1, degree: 1 };
  g.addNode("org", { ...base, label: "Org", kind: "organisation" });
  g.addNode("person", { ...base, label: "Person", kind: "person" });
  g.addNode("e2010", { ...base, label: "E", kind: "event", date: { start: "2010" } });
  g.addNode("e2020", { ...base, label: "F", kind: "event", date: { start: "2020" } });
  g.addEdgeWithKey("a", "org", "e2010", { kind: "participated", evidence: [] });
  g.addEdgeWithKey("b", "person", "e2020", { kind: "participated", evidence: [] });
  return g;
}

const state = displayState;

describe("the display model's time window", () => {
  it("reads the time index only once a window is set, and dims what the window leaves out", () => {
    const g = graph();
    let reads = 0;
    let index: TimeIndex | null = null;
    const model = new DisplayModel(() => {
      reads++;
      return (index ??= makeTimeIndex(g));
    });
    model.kinds = new Set(state().kinds);
    model.state = state();
    // No window: every node is drawn, and nothing is looked up.
    for (const k of g.nodes())
      expect(model.nodeLook(k, g.getNodeAttributes(k).kind)).toBe("normal");
    expect(model.setWindow(null)).toEqual({ nodes: [], events: [] });
    expect(reads).toBe(0);

    const window = { start: "2019-01-01", end: "2021-12-31" };
    model.state = state({ window });
    const flipped = model.setWindow(window);
    expect(reads).toBe(1);
    const keys = model.time.keys;
    expect(flipped.nodes.map((i) => keys[i]).sort()).toEqual(["e2010", "org"]);
    expect(model.nodeLook("org", "organisation")).toBe("dim");
    expect(model.nodeLook("e2010", "event")).toBe("dim");
    expect(model.nodeLook("person", "person")).toBe("normal");
    expect(model.nodeLook("e2020", "event")).toBe("normal");

    // Hidden rather than dimmed with "Hide filtered"; all back once the window goes.
    model.state = state({ window, hideFiltered: true });
    expect(model.nodeLook("org", "organisation")).toBe("hidden");
    model.state = state();
    expect(
      model
        .setWindow(null)
        .nodes.map((i) => keys[i])
        .sort(),
    ).toEqual(["e2010", "org"]);
    for (const k of g.nodes())
      expect(model.nodeLook(k, g.getNodeAttributes(k).kind)).toBe("normal");
    expect(reads).toBe(1);
  });
});
