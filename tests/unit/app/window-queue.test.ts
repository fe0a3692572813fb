import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { makeTimeIndex } from "../../../src/app/data/time-window.ts";
import type { RabitaGraph } from "../../../src/app/data/dataset.ts";
import { DisplayModel } from "../../../src/app/graph/graph-display.ts";
import type { DisplayState, NodeLook } from "../../../src/app/graph/graph-display.ts";
import {
  DIM,
  HIDDEN,
  IndexQueue,
  NORMAL,
  makeGraphIndex,
  queueFlips,
} from "../../../src/app/graph/window-queue.ts";
import type { GraphIndex } from "../../../src/app/graph/window-queue.ts";
import { NODE_KINDS } from "../../../src/model/types.ts";
import type { NodeKind } from "../../../src/model/types.ts";
import { displayState } from "./display-state.ts";
import { makeFixture, node } from "./fixture.ts";

const CODES: Record<NodeLook, number> = { normal: NORMAL, dim: DIM, hidden: HIDDEN };

describe("numbering a network", () => {
  it("numbers nodes and edges in graph order, with each node's edges and their other ends", () => {
    const g = makeFixture();
    const index = makeGraphIndex(g, makeTimeIndex(g));
    expect(index.keys).toEqual(g.nodes());
    expect(index.edgeKeys).toEqual(g.edges());
    index.keys.forEach((key, i) => {
      const listed: [string, string][] = [];
      for (let k = index.start[i] ?? 0; k < (index.start[i + 1] ?? 0); k++)
        listed.push([
          index.edgeKeys[index.edges[k] ?? -1] ?? "",
          index.keys[index.other[k] ?? -1] ?? "",
        ]);
      const expected = g.edges(key).map((e): [string, string] => [e, g.opposite(key, e)]);
      expect(listed.sort()).toEqual(expected.sort());
      expect(index.kinds[i]).toBe(g.getNodeAttribute(key, "kind"));
      expect(NODE_KINDS[index.kindCodes[i] ?? -1]).toBe(index.kinds[i]);
    });
  });

  it("maps each node to its place in the time index and back, for a network of some nodes", () => {
    const g = makeFixture();
    const time = makeTimeIndex(g);
    // A network of the actors only (as the collaboration network is).
    const actors: RabitaGraph = new Graph({ type: "undirected", multi: false });
    g.forEachNode((key, a) => {
      if (a.kind !== "event") actors.addNode(key, a);
    });
    actors.addEdge("undp", "eu");
    const index = makeGraphIndex(actors, time);
    index.keys.forEach((key, i) => {
      expect(time.keys[index.toTime[i] ?? -1]).toBe(key);
      expect(index.fromTime[index.toTime[i] ?? -1]).toBe(i);
    });
    const events = time.keys.filter((_k, t) => index.fromTime[t] === -1);
    expect(events.sort()).toEqual(["conf2011", "meet2023", "proj", "undated"]);
  });
});

describe("the queue of positions", () => {
  it("holds each position once and gives them in ascending order from where it stopped", () => {
    const q = new IndexQueue(10);
    for (const i of [7, 2, 9, 2, 4, 0]) q.add(i);
    expect(q.size).toBe(5);
    expect(q.has(2)).toBe(true);
    expect(q.take(2)).toEqual([0, 2]);
    // Added behind the cursor: taken after the rest, once the take comes round.
    q.add(1);
    expect(q.take(10)).toEqual([4, 7, 9, 1]);
    expect(q.size).toBe(0);
    expect(q.take(10)).toEqual([]);
    for (const i of [3, 5]) q.add(i);
    q.clear();
    expect(q.size).toBe(0);
    expect(q.has(3)).toBe(false);
    expect(q.take(10)).toEqual([]);
  });
});

/** A small network with actors linked to events of several years, and to each other. */
function network(): RabitaGraph {
  const g: RabitaGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  const kinds: NodeKind[] = ["organisation", "funder", "person"];
  for (let y = 0; y < 8; y++)
    g.addNode(`ev${y}`, node(`Event ${y}`, "event", { start: `${2000 + y}` }));
  g.addNode("undated", node("Undated", "event"));
  for (let a = 0; a < 12; a++) g.addNode(`a${a}`, node(`Actor ${a}`, kinds[a % 3] ?? "person"));
  for (let a = 0; a < 12; a++) {
    for (const y of [a % 8, (a * 3 + 1) % 8])
      g.addEdge(`a${a}`, `ev${y}`, { kind: "participated", evidence: [] });
    g.addEdge(`a${a}`, `a${(a + 5) % 12}`, { kind: "part_of", evidence: [] });
  }
  g.addEdge("a0", "undated", { kind: "participated", evidence: [] });
  return g;
}

/** An edge's look as the edge reducer decides it: hidden when an end is hidden, dimmed when
 * an end is not drawn normally. */
const edgeLook = (a: NodeLook, b: NodeLook): string =>
  `${a === "hidden" || b === "hidden"}/${a !== "normal" || b !== "normal"}`;

/** Every node's and edge's look for `state`, as the model reads them one by one. */
function looks(
  g: RabitaGraph,
  model: DisplayModel,
  state: DisplayState,
): { nodes: Map<string, NodeLook>; edges: Map<string, string> } {
  model.state = state;
  model.kinds = new Set(state.kinds);
  model.setFocus(g, state);
  model.setWindow(state.window);
  const nodes = new Map(g.mapNodes((k, a): [string, NodeLook] => [k, model.nodeLook(k, a.kind)]));
  const edges = new Map(
    g.mapEdges((e, _a, s, t): [string, string] => [
      e,
      edgeLook(nodes.get(s) ?? "normal", nodes.get(t) ?? "normal"),
    ]),
  );
  return { nodes, edges };
}

const WINDOWS = [
  null,
  { start: "2001-01-01", end: "2002-12-31" },
  { start: "2002-06-01", end: "2004-12-31" },
  { start: "2006-01-01", end: "2007-12-31" },
  null,
  { start: "2000-01-01", end: "2000-12-31" },
];

describe("what a window step redraws", () => {
  const variants: [string, Partial<DisplayState>][] = [
    ["nothing else set", {}],
    ["Hide filtered", { hideFiltered: true }],
    ["a selected node", { selected: "a3" }],
    ["a selected node and Hide filtered", { selected: "a3", hideFiltered: true }],
    ["search hits", { hits: new Set(["a1", "a2", "ev2", "ev5"]) }],
    ["a kind left out", { kinds: ["organisation", "person", "event"] }],
  ];
  for (const [name, patch] of variants)
    it(`queues exactly the nodes and edges whose look changes (${name})`, () => {
      const g = network();
      const time = makeTimeIndex(g);
      const model = new DisplayModel(time);
      const index: GraphIndex = makeGraphIndex(g, time);
      const nodes = new IndexQueue(index.keys.length);
      const edges = new IndexQueue(index.edgeKeys.length);
      let prev = looks(g, model, displayState({ ...patch, window: null }));
      for (const window of WINDOWS.slice(1)) {
        const state = displayState({ ...patch, window });
        model.state = state;
        const flipped = model.setWindow(window);
        const changed = flipped.nodes.map((t) => index.fromTime[t] ?? -1);
        const look = model.lookCodes(index);
        queueFlips(
          index,
          changed,
          (i) => look(i, true),
          (i) => look(i, false),
          nodes,
          edges,
        );
        const next = looks(g, model, state);
        // The codes read from arrays say what the model says node by node.
        index.keys.forEach((key, i) =>
          expect([key, look(i, false)]).toEqual([key, CODES[next.nodes.get(key) ?? "normal"]]),
        );
        const queuedNodes = nodes.take(Infinity).map((i) => index.keys[i]);
        const queuedEdges = edges.take(Infinity).map((e) => index.edgeKeys[e]);
        const changedNodes = g.filterNodes((k) => prev.nodes.get(k) !== next.nodes.get(k));
        const changedEdges = g.filterEdges((e) => prev.edges.get(e) !== next.edges.get(e));
        expect(queuedNodes.sort()).toEqual(changedNodes.sort());
        expect(queuedEdges.sort()).toEqual(changedEdges.sort());
        prev = next;
      }
    });

  it("leaves out the edges of a flipped node whose other end looks the same either way", () => {
    const g = network();
    const time = makeTimeIndex(g);
    const model = new DisplayModel(time);
    const index = makeGraphIndex(g, time);
    const nodes = new IndexQueue(index.keys.length);
    const edges = new IndexQueue(index.edgeKeys.length);
    model.kinds = new Set(displayState().kinds);
    let changed: number[] = [];
    for (const window of [
      { start: "2001-01-01", end: "2001-12-31" },
      { start: "2005-01-01", end: "2005-12-31" },
    ]) {
      model.state = displayState({ window });
      nodes.clear();
      edges.clear();
      changed = model.setWindow(window).nodes.map((t) => index.fromTime[t] ?? -1);
      const look = model.lookCodes(index);
      queueFlips(
        index,
        changed,
        (i) => look(i, true),
        (i) => look(i, false),
        nodes,
        edges,
      );
    }
    // From one year to another: every flipped node's edges, against those queued: fewer (an
    // edge to a node that both years leave out stays dimmed).
    const incident = new Set(changed.flatMap((i) => g.edges(index.keys[i] ?? "")));
    expect(edges.size).toBeGreaterThan(0);
    expect(edges.size).toBeLessThan(incident.size);
  });
});
