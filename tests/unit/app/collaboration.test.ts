import { describe, expect, it } from "vitest";
import Graph from "graphology";
import {
  collabKey,
  collaboratorsIn,
  collaboratorsOf,
  collaborationViewSteps,
  makeCollaborationGraph,
  runSteps,
} from "../../../src/app/data/collaboration.ts";
import type { CollabGraph, Collaborator } from "../../../src/app/data/collaboration.ts";
import { collabLinkSteps } from "../../../src/app/data/collaboration.ts";
import { collabViewBuilder } from "../../../src/app/data/collab-view.ts";
import type { RabitaGraph } from "../../../src/app/data/dataset.ts";
import { EDGE_KINDS } from "../../../src/model/types.ts";
import { makeFixture, node } from "./fixture.ts";

/** A seeded random event network: actors, events, and edges of every kind between them. */
function randomGraph(seed: number): RabitaGraph {
  let s = seed;
  const next = (n: number): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  const g: RabitaGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  const kinds = ["organisation", "funder", "person"] as const;
  for (let i = 0; i < 40; i++) g.addNode(`a${i}`, node(`Actor ${i % 7}`, kinds[i % 3] ?? "person"));
  for (let i = 0; i < 15; i++) g.addNode(`e${i}`, node(`Event ${i}`, "event"));
  for (let i = 0; i < 160; i++) {
    const a = `a${next(40)}`;
    const b = next(3) === 0 ? `a${next(40)}` : `e${next(15)}`;
    if (a === b) continue;
    const kind = EDGE_KINDS[next(EDGE_KINDS.length)] ?? "participated";
    g.addEdgeWithKey(`x${i}`, a, b, { kind, evidence: [] });
  }
  return g;
}

/** Relations in key order (the two functions may meet an actor's edges in another order). */
const tidy = (list: Collaborator[]): Collaborator[] =>
  list.map((c) => ({
    ...c,
    relations: [...c.relations].sort((x, y) => (x.edge < y.edge ? -1 : 1)),
  }));

describe("makeCollaborationGraph", () => {
  it("keeps actors only, with their attributes and positions", () => {
    const g = makeFixture();
    g.setNodeAttribute("undp", "x", 42);
    const c = makeCollaborationGraph(g);
    expect(c.nodes().sort()).toEqual(["ali", "eu", "icssi", "lonely", "undp"]);
    expect(c.getNodeAttribute("undp", "x")).toBe(42);
    expect(c.type).toBe("undirected");
  });

  it("links actors sharing an event, weighted by the events shared", () => {
    const c = makeCollaborationGraph(makeFixture());
    const icssiAli = c.getEdgeAttributes(collabKey("icssi", "ali"));
    expect(icssiAli.events).toEqual(["conf2011"]);
    expect(icssiAli.weight).toBe(1);
    // eu and undp share the project (once, though undp has two relations to it) and a direct edge.
    const euUndp = c.getEdgeAttributes(collabKey("undp", "eu"));
    expect(euUndp.events).toEqual(["proj"]);
    expect(euUndp.relations).toEqual([{ edge: "e8", kind: "funded" }]);
    expect(euUndp.weight).toBe(2);
  });

  it("adds no link for actors that share nothing, nor for crowded events past the cap", () => {
    const c = makeCollaborationGraph(makeFixture());
    expect(c.hasEdge(collabKey("ali", "eu"))).toBe(false);
    expect(c.degree("lonely")).toBe(0);
    const capped = makeCollaborationGraph(makeFixture(), { maxEventActors: 2 });
    expect(capped.hasEdge(collabKey("icssi", "ali"))).toBe(false);
    expect(capped.hasEdge(collabKey("undp", "eu"))).toBe(true);
  });

  it("lists collaborators most shared first, and none for events or unknown keys", () => {
    const c = makeCollaborationGraph(makeFixture());
    const list = collaboratorsOf(c, "undp");
    expect(list.map((x) => x.key)).toEqual(["eu", "ali", "icssi"]);
    expect(list[0]?.events).toEqual(["proj"]);
    expect(collaboratorsOf(c, "conf2011")).toEqual([]);
    expect(collaboratorsOf(c, "nope")).toEqual([]);
  });

  it("reads around one actor the same collaborators as the whole network lists", () => {
    for (const [g, cap] of [
      [makeFixture(), 150],
      [makeFixture(), 2],
      [randomGraph(7), 150],
      [randomGraph(11), 4],
    ] as const) {
      const collab = makeCollaborationGraph(g, { maxEventActors: cap });
      const order = new Map(g.nodes().map((k, i) => [k, i]));
      let nonEmpty = 0;
      for (const key of g.nodes()) {
        const near = collaboratorsIn(g, key, order, { maxEventActors: cap });
        if (near.length > 0) nonEmpty++;
        expect(tidy(near)).toEqual(tidy(collaboratorsOf(collab, key)));
      }
      expect(nonEmpty).toBeGreaterThan(0);
    }
    expect(collaboratorsIn(makeFixture(), "conf2011")).toEqual([]);
    expect(collaboratorsIn(makeFixture(), "nope")).toEqual([]);
  });

  it("draws every link when each actor may keep all of its own", () => {
    for (const g of [makeFixture(), randomGraph(3)]) {
      const full = makeCollaborationGraph(g);
      const view = runSteps(collaborationViewSteps(g, { linksPerActor: 1000 }));
      expect(view.nodes()).toEqual(full.nodes());
      expect(view.edges().sort()).toEqual(full.edges().sort());
      full.forEachEdge((e, attrs) => expect(view.getEdgeAttributes(e)).toEqual(attrs));
    }
  });

  it("draws each actor's strongest links only, with their full attributes", () => {
    const g = randomGraph(5);
    const full = makeCollaborationGraph(g);
    const view = runSteps(collaborationViewSteps(g, { linksPerActor: 2 }));
    expect(view.size).toBeLessThan(full.size);
    expect(view.size).toBeLessThanOrEqual(2 * view.order);
    view.forEachEdge((e, attrs) => expect(attrs).toEqual(full.getEdgeAttributes(e)));
    full.forEachNode((actor) => {
      const weights = (c: typeof full): number[] =>
        c.mapEdges(actor, (_e, a) => a.weight).sort((x, y) => y - x);
      const strongest = weights(full).slice(0, 2);
      // The actor keeps at least its two strongest links' weights (ties may pick others).
      expect(weights(view).slice(0, strongest.length)).toEqual(strongest);
    });
  });

  it("can be built a slice at a time", () => {
    const g = randomGraph(9);
    const steps = collaborationViewSteps(g, { linksPerActor: 3 });
    let slices = 0;
    let next = steps.next();
    while (!next.done) {
      slices++;
      next = steps.next();
    }
    expect(slices).toBeGreaterThan(1);
    const whole = runSteps(collaborationViewSteps(g, { linksPerActor: 3 }));
    expect(next.value.edges()).toEqual(whole.edges());
  });

  it("makes one key per pair whatever the order", () => {
    expect(collabKey("b", "a")).toBe(collabKey("a", "b"));
  });
});

/** A stand-in for the collaboration worker: answers on a later task, as a worker does. */
function fakeWorker(): Worker {
  const w = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null,
    terminated: false,
    postMessage(data: { input: Parameters<typeof collabLinkSteps>[0]; linksPerActor: number }) {
      setTimeout(() => {
        if (w.terminated) return;
        const links = runSteps(collabLinkSteps(data.input, data.linksPerActor));
        w.onmessage?.({ data: links } as MessageEvent);
      }, 0);
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w as unknown as Worker;
}

/** Steps the builder to its end, waiting where it says to; returns how often it waited. */
async function build(b: ReturnType<typeof collabViewBuilder>): Promise<number> {
  let waits = 0;
  for (;;) {
    const done = b.step(() => false);
    if (done === true) return waits;
    if (done instanceof Promise) {
      waits++;
      await done;
    }
  }
}

function sameGraph(a: CollabGraph, b: CollabGraph): void {
  expect(a.nodes()).toEqual(b.nodes());
  expect(a.edges()).toEqual(b.edges());
  b.forEachEdge((e, attrs) => expect(a.getEdgeAttributes(e)).toEqual(attrs));
}

describe("the drawn collaboration network, built ahead", () => {
  it("is the same built with a worker's links, here a slice at a time, or at once", async () => {
    for (const g of [makeFixture(), randomGraph(7)]) {
      const whole = runSteps(collaborationViewSteps(g));
      const withWorker = collabViewBuilder(g, fakeWorker);
      expect(await build(withWorker)).toBe(1);
      expect(withWorker.ready).toBe(true);
      sameGraph(withWorker.value, whole);
      const here = collabViewBuilder(g, null);
      expect(await build(here)).toBe(0);
      sameGraph(here.value, whole);
      sameGraph(collabViewBuilder(g, fakeWorker).value, whole);
    }
  });

  it("is finished at once when read while the worker is still counting", async () => {
    const g = randomGraph(11);
    const b = collabViewBuilder(g, fakeWorker);
    const waiting = b.step(() => false);
    expect(waiting).toBeInstanceOf(Promise);
    expect(b.ready).toBe(false);
    sameGraph(b.value, runSteps(collaborationViewSteps(g)));
    await waiting;
    expect(b.step(() => false)).toBe(true);
  });
});
