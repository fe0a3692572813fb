import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { displayState } from "./display-state.ts";
import { WindowMembership, makeTimeIndex } from "../../../src/app/data/time-window.ts";
import type { RabitaGraph } from "../../../src/app/data/dataset.ts";
import { DisplayModel, FORCED_LABELS, largestOf } from "../../../src/app/graph/graph-display.ts";

/** A hub linked to `n` organisations of sizes 1…n. */
function hub(n: number): RabitaGraph {
  const g: RabitaGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  const node = (key: string, size: number): void =>
    void g.addNode(key, {
      label: key,
      kind: "organisation",
      aliases: [],
      mentions: [],
      x: size,
      y: 0,
      size,
      degree: 1,
    });
  node("hub", 50);
  for (let i = 1; i <= n; i++) {
    node(`o${i}`, i);
    g.addEdgeWithKey(`e${i}`, `o${i}`, "hub", { kind: "participated", evidence: [] });
  }
  return g;
}

const state = displayState;

describe("forced labels", () => {
  it("picks the largest nodes, largest first", () => {
    const g = hub(10);
    expect(largestOf(g, ["o3", "o9", "o1", "o7", "missing"], 2)).toEqual(["o9", "o7"]);
    expect(largestOf(g, ["o2"], 5)).toEqual(["o2"]);
  });

  it("forces a hub's label and only its largest neighbours'", () => {
    const g = hub(FORCED_LABELS * 3);
    const time = makeTimeIndex(g);
    const model = new DisplayModel(time, new WindowMembership(time));
    model.setFocus(g, state({ selected: "hub" }));
    expect(model.focus.size).toBe(FORCED_LABELS * 3 + 1);
    expect(model.forced.has("hub")).toBe(true);
    expect(model.forced.size).toBe(FORCED_LABELS + 1);
    expect(model.forced.has(`o${FORCED_LABELS * 3}`)).toBe(true);
    expect(model.forced.has("o1")).toBe(false);
  });

  it("forces the largest search hits and reports the nodes whose forcing flipped", () => {
    const g = hub(FORCED_LABELS * 2);
    const time = makeTimeIndex(g);
    const model = new DisplayModel(time, new WindowMembership(time));
    const all = new Set(g.nodes().filter((k) => k !== "hub"));
    model.setFocus(g, state({ hits: all }));
    expect(model.forced.size).toBe(FORCED_LABELS);
    expect(model.forced.has("o1")).toBe(false);
    const flipped = model.setForced(g, state({ hits: new Set(["o1"]) }));
    expect([...model.forced]).toEqual(["o1"]);
    expect(flipped).toHaveLength(FORCED_LABELS + 1);
    expect(flipped).toContain("o1");
  });
});
