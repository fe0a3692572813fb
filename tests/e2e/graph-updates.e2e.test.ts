/**
 * What the graph's cheaper update paths must still draw. A large graph's first frame shows its
 * nodes and the edges follow in slices: every edge ends up drawn, in its colour, also after a
 * switch to the collaboration network and back (its first frame after a switch holds its
 * edges back too). In the
 * collaboration network, a time window dims the links whose shared events it leaves out
 * (the links' counts are made when a window is first set, not on switching mode): set after
 * the switch, before it, and moved. Served with fixture graphs (one per server) so that each
 * check is exact.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openApp } from "./harness.ts";
import { fixtureDataDir, useBuiltApp } from "./use-app.ts";
import {
  COLLAB_EDGE_COLOR,
  DIM_COLORS,
  DIM_EDGE_COLOR,
  EDGE_STYLES,
  KIND_COLORS,
} from "../../src/app/graph/palette.ts";
import type { NodeAttributes, SerializedRabitaGraph } from "../../src/model/types.ts";

type Nodes = SerializedRabitaGraph["nodes"];
type Edges = SerializedRabitaGraph["edges"];

const BASE = { aliases: [], mentions: [], size: 6, degree: 1 };

function graphOf(nodes: Nodes, edges: Edges): SerializedRabitaGraph {
  return {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: { version: 1, generator: "graph updates e2e fixture" },
    nodes,
    edges,
  };
}

/** Writes a data folder serving `graph`. */
const dataDir = (graph: SerializedRabitaGraph): string => fixtureDataDir(graph, "updates");

/** Edges of the drawn network, and those drawn (not hidden) in `colour`. */
function drawnEdges(page: Page, colour: string): Promise<{ edges: number; shown: number }> {
  return page.evaluate((colour) => {
    const r = (window as unknown as { __rabita: Hook }).__rabita.renderer;
    if (!r) return { edges: -1, shown: 0 };
    const g = r.getGraph();
    let shown = 0;
    for (const e of g.edges()) {
      const d = r.getEdgeDisplayData(e);
      if (d && !d.hidden && d.color.toLowerCase() === colour) shown++;
    }
    return { edges: g.size, shown };
  }, colour.toLowerCase());
}

/** 100 events dated 2000–2019 on an inner ring, 300 organisations on an outer one. */
function ringsOfNodes(): Nodes {
  const nodes: Nodes = [];
  for (let i = 0; i < 100; i++) {
    const a = (i / 100) * 2 * Math.PI;
    nodes.push({
      key: `ev-${i}`,
      attributes: {
        ...BASE,
        label: `Event ${i}`,
        kind: "event",
        eventType: "meeting",
        date: { start: `${2000 + (i % 20)}` },
        x: Math.cos(a),
        y: Math.sin(a),
      },
    });
  }
  for (let i = 0; i < 300; i++) {
    const a = (i / 300) * 2 * Math.PI;
    nodes.push({
      key: `org-${i}`,
      attributes: {
        ...BASE,
        label: `Organisation ${i}`,
        kind: "organisation",
        x: 2 * Math.cos(a),
        y: 2 * Math.sin(a),
      },
    });
  }
  return nodes;
}

/** 300 organisations taking part in 100 events: 6,000 edges, more than the graph draws in
 * its first frame. */
function largeGraph(): SerializedRabitaGraph {
  const nodes = ringsOfNodes();
  const edges: Edges = [];
  for (let i = 0; i < 300; i++) {
    for (let j = 0; j < 20; j++)
      edges.push({
        key: `p-${i}-${j}`,
        source: `org-${i}`,
        target: `ev-${(i * 7 + j * 13) % 100}`,
        attributes: { kind: "participated", evidence: [] },
      });
  }
  return graphOf(nodes, edges);
}

/** Actors A–D and four events: A and B met in 2010; C and D, A and C, B and D in 2020. Between
 * 2019 and 2021, B is inside (through its 2020 event) as A is, but the link A–B (2010 only)
 * is not. */
const COLLAB_EVENTS: [string, string, string[]][] = [
  ["e1", "2010", ["A", "B"]],
  ["e2", "2020", ["C", "D"]],
  ["e3", "2020", ["A", "C"]],
  ["e4", "2020", ["B", "D"]],
];

function collabGraph(): SerializedRabitaGraph {
  const nodes: Nodes = [];
  const edges: Edges = [];
  ["A", "B", "C", "D"].forEach((k, i) => {
    const a = (i / 4) * 2 * Math.PI;
    nodes.push({
      key: k,
      attributes: {
        ...BASE,
        label: `Actor ${k}`,
        kind: "organisation",
        x: Math.cos(a),
        y: Math.sin(a),
      },
    });
  });
  COLLAB_EVENTS.forEach(([key, year, actors], i) => {
    const a = ((i + 0.5) / 4) * 2 * Math.PI;
    const attributes: NodeAttributes = {
      ...BASE,
      label: `Event ${key}`,
      kind: "event",
      eventType: "meeting",
      date: { start: year },
      x: 0.5 * Math.cos(a),
      y: 0.5 * Math.sin(a),
    };
    nodes.push({ key, attributes });
    for (const actor of actors)
      edges.push({
        key: `${actor}-${key}`,
        source: actor,
        target: key,
        attributes: { kind: "participated", evidence: [] },
      });
  });
  return graphOf(nodes, edges);
}

interface Hook {
  renderer: {
    getGraph(): {
      size: number;
      edges(): string[];
      extremities(e: string): [string, string];
      getEdgeAttributes(e: string): { kind?: string };
    };
    getEdgeDisplayData(e: string): { hidden?: boolean; color: string } | undefined;
    getNodeDisplayData(n: string): { hidden?: boolean; color: string } | undefined;
  } | null;
  view: { labels: { drawn: { key: string }[] } } | null;
  state: {
    setWindow(w: { start: string; end: string } | null): void;
    setHideFiltered(hide: boolean): void;
    setMode(m: "events" | "collaboration"): void;
    view: { mode: string };
  };
}

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => !!(window as unknown as { __rabita?: Hook }).__rabita?.renderer);
}

describe("a large graph", () => {
  const app = useBuiltApp({ dataDir: () => dataDir(largeGraph()) });

  it("draws every edge, in its colour, right after the nodes' first frame", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await ready(page);
    const drawn = () => drawnEdges(page, EDGE_STYLES.participated.color);
    await expect.poll(drawn, { timeout: 10_000 }).toEqual({ edges: 6000, shown: 6000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws every link after switching to the collaboration network, and every edge back", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await ready(page);
    const drawn = (colour: string) => drawnEdges(page, colour);
    const events = EDGE_STYLES.participated.color;
    await expect
      .poll(() => drawn(events), { timeout: 10_000 })
      .toEqual({ edges: 6000, shown: 6000 });
    await page.getByRole("button", { name: "Who worked with whom" }).click();
    // Each link drawn, in its colour.
    await expect
      .poll(
        async () => {
          const d = await drawn(COLLAB_EDGE_COLOR);
          return d.edges > 0 && d.shown === d.edges;
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await page.getByRole("button", { name: "Event network" }).click();
    await expect
      .poll(() => drawn(events), { timeout: 10_000 })
      .toEqual({ edges: 6000, shown: 6000 });
    expect(errors).toEqual([]);
    await page.close();
  });
  it("opens on a selected node: every edge drawn, its links in their colour and labelled, the others dimmed", async () => {
    const { page, errors } = await openApp(app.browser, `${app.url}#node=org-0`);
    await ready(page);
    const looks = () =>
      page.evaluate(
        ({ normal, dim }) => {
          const hook = (window as unknown as { __rabita: Hook }).__rabita;
          const r = hook.renderer;
          if (!r) return null;
          let own = 0;
          let dimmed = 0;
          for (const e of r.getGraph().edges()) {
            const d = r.getEdgeDisplayData(e);
            if (!d || d.hidden) continue;
            const colour = d.color.toLowerCase();
            if (e.startsWith("p-0-") && colour === normal) own++;
            else if (!e.startsWith("p-0-") && colour === dim) dimmed++;
          }
          const labelled = (hook.view?.labels.drawn ?? []).filter((l) =>
            l.key.startsWith("p-0-"),
          ).length;
          return { own, dimmed, labelled: labelled > 0 };
        },
        {
          normal: EDGE_STYLES.participated.color.toLowerCase(),
          dim: DIM_EDGE_COLOR.toLowerCase(),
        },
      );
    await expect
      .poll(looks, { timeout: 10_000 })
      .toEqual({ own: 20, dimmed: 5980, labelled: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("gives every edge the look of a window set as the graph first draws", async () => {
    const { page, errors } = await openApp(app.browser, app.url, { waitReady: false });
    // Set as soon as the graph is there (its edges may still be on their way).
    await page.waitForFunction(() => {
      const hook = (window as unknown as { __rabita?: Hook }).__rabita;
      if (!hook?.renderer) return false;
      hook.state.setWindow({ start: "2000-01-01", end: "2004-12-31" });
      return true;
    });
    // Events of 2000–2004 are ev-i with i % 20 < 5: their edges drawn in colour, the others
    // dimmed with their events.
    const counts = () =>
      page.evaluate(
        ({ normal, dim }) => {
          const r = (window as unknown as { __rabita: Hook }).__rabita.renderer;
          if (!r) return null;
          const g = r.getGraph();
          let right = 0;
          for (const e of g.edges()) {
            const d = r.getEdgeDisplayData(e);
            const [, target] = g.extremities(e);
            const inside = Number(target.slice(3)) % 20 < 5;
            if (d && !d.hidden && d.color.toLowerCase() === (inside ? normal : dim)) right++;
          }
          return right;
        },
        {
          normal: EDGE_STYLES.participated.color.toLowerCase(),
          dim: DIM_EDGE_COLOR.toLowerCase(),
        },
      );
    await expect.poll(counts, { timeout: 10_000 }).toBe(6000);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** 100 events a year apart in turn (2000 + i % 20), 300 organisations each at two events of
 * one year and part of the next organisation: a window moving over the years flips
 * organisations and events alike, and edges between two nodes that both flip. */
function yearsGraph(): SerializedRabitaGraph {
  const nodes = ringsOfNodes();
  const edges: Edges = [];
  for (let i = 0; i < 300; i++) {
    for (const ev of [i % 100, (i + 20) % 100])
      edges.push({
        key: `p-${i}-${ev}`,
        source: `org-${i}`,
        target: `ev-${ev}`,
        attributes: { kind: "participated", evidence: [] },
      });
    edges.push({
      key: `o-${i}`,
      source: `org-${i}`,
      target: `org-${(i + 1) % 300}`,
      attributes: { kind: "part_of", evidence: [] },
    });
  }
  return graphOf(nodes, edges);
}

/** Nodes and edges that do not look as the window `[from, to]` (years) says, with or without
 * "Hide filtered": an event is inside when its year is, an organisation when one of its
 * events is; an edge is drawn in its colour when both ends are inside, else dimmed (hidden
 * with "Hide filtered"). */
function wrongLooks(page: Page, from: number, to: number, hide: boolean): Promise<string[]> {
  return page.evaluate(
    ({ from, to, hide, colours }) => {
      const r = (window as unknown as { __rabita: Hook }).__rabita.renderer;
      if (!r) return ["no renderer"];
      const g = r.getGraph();
      const inside = new Set<string>();
      for (let i = 0; i < 100; i++) {
        const year = 2000 + (i % 20);
        if (year >= from && year <= to) inside.add(`ev-${i}`);
      }
      for (const e of g.edges()) {
        const [source, target] = g.extremities(e);
        if (inside.has(target) && target.startsWith("ev-")) inside.add(source);
      }
      const wrong: string[] = [];
      const check = (
        key: string,
        d: { hidden?: boolean; color: string } | undefined,
        colour: string,
        kept: boolean,
      ): void => {
        const shown = kept || !hide;
        if (!d || !!d.hidden === shown || (shown && d.color.toLowerCase() !== colour))
          wrong.push(key);
      };
      for (const key of [...Array(100).keys()].map((i) => `ev-${i}`)) {
        const kept = inside.has(key);
        check(key, r.getNodeDisplayData(key), kept ? colours.event : colours.dimEvent, kept);
      }
      for (const key of [...Array(300).keys()].map((i) => `org-${i}`)) {
        const kept = inside.has(key);
        check(key, r.getNodeDisplayData(key), kept ? colours.org : colours.dimOrg, kept);
      }
      for (const e of g.edges()) {
        const [source, target] = g.extremities(e);
        const kept = inside.has(source) && inside.has(target);
        const kind = g.getEdgeAttributes(e).kind ?? "";
        check(
          e,
          r.getEdgeDisplayData(e),
          kept ? (colours.edges[kind] ?? "") : colours.dimEdge,
          kept,
        );
      }
      return wrong;
    },
    {
      from,
      to,
      hide,
      colours: {
        event: KIND_COLORS.event.toLowerCase(),
        dimEvent: DIM_COLORS.event.toLowerCase(),
        org: KIND_COLORS.organisation.toLowerCase(),
        dimOrg: DIM_COLORS.organisation.toLowerCase(),
        edges: {
          participated: EDGE_STYLES.participated.color.toLowerCase(),
          part_of: EDGE_STYLES.part_of.color.toLowerCase(),
        } as Record<string, string>,
        dimEdge: DIM_EDGE_COLOR.toLowerCase(),
      },
    },
  );
}

describe("a graph under a moving window", () => {
  const app = useBuiltApp({ dataDir: () => dataDir(yearsGraph()) });

  it("ends every burst of window steps with each node and edge as the last window says", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await ready(page);
    await expect.poll(() => wrongLooks(page, 2000, 2019, false), { timeout: 10_000 }).toEqual([]);
    /** Sets each window as the brush does, with "Hide filtered" as given: with `frames`, a
     * frame apart (the graph part way through redrawing the one before), else all at once. */
    const burst = (windows: [number, number][], hide: boolean, frames: boolean): Promise<void> =>
      page.evaluate(
        async ({ windows, hide, frames }) => {
          const hook = (window as unknown as { __rabita: Hook }).__rabita;
          hook.state.setHideFiltered(hide);
          for (const [a, b] of windows) {
            hook.state.setWindow({ start: `${a}-01-01`, end: `${b}-12-31` });
            if (frames) await new Promise((r) => requestAnimationFrame(r));
            else for (let k = 0; k < 8; k++) await Promise.resolve();
          }
        },
        { windows, hide, frames },
      );
    const steps: [number, number][] = [
      [2000, 2004],
      [2003, 2008],
      [2006, 2007],
      [2010, 2012],
    ];
    await burst(steps, false, false);
    await expect.poll(() => wrongLooks(page, 2010, 2012, false), { timeout: 10_000 }).toEqual([]);
    await burst(steps.slice().reverse(), false, true);
    await expect.poll(() => wrongLooks(page, 2000, 2004, false), { timeout: 10_000 }).toEqual([]);
    // Moved again with "Hide filtered": what is left out is hidden, edges and all.
    await burst(steps, true, false);
    await expect.poll(() => wrongLooks(page, 2010, 2012, true), { timeout: 10_000 }).toEqual([]);
    await burst(steps.slice().reverse(), true, true);
    await expect.poll(() => wrongLooks(page, 2000, 2004, true), { timeout: 10_000 }).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the collaboration network with a time window", () => {
  const app = useBuiltApp({ dataDir: () => dataDir(collabGraph()) });

  /** Each link's look: "dim" or "normal" (by colour), keyed "A|B". */
  const looks = (page: Page): Promise<Record<string, string>> =>
    page.evaluate(
      ({ normal, dim }) => {
        const r = (window as unknown as { __rabita: Hook }).__rabita.renderer;
        const out: Record<string, string> = {};
        if (!r) return out;
        const g = r.getGraph();
        for (const e of g.edges()) {
          const colour = r.getEdgeDisplayData(e)?.color.toLowerCase();
          out[[...g.extremities(e)].sort().join("|")] =
            colour === normal ? "normal" : colour === dim ? "dim" : String(colour);
        }
        return out;
      },
      { normal: COLLAB_EDGE_COLOR.toLowerCase(), dim: DIM_EDGE_COLOR.toLowerCase() },
    );
  const setWindow = (page: Page, w: { start: string; end: string } | null): Promise<void> =>
    page.evaluate((w) => (window as unknown as { __rabita: Hook }).__rabita.state.setWindow(w), w);
  const setMode = (page: Page, m: "events" | "collaboration"): Promise<void> =>
    page.evaluate((m) => (window as unknown as { __rabita: Hook }).__rabita.state.setMode(m), m);

  const IN_2020 = { "A|B": "dim", "A|C": "normal", "B|D": "normal", "C|D": "normal" };
  const IN_2010 = { "A|B": "normal", "A|C": "dim", "B|D": "dim", "C|D": "dim" };

  it("dims the links whose shared events a window set after the switch leaves out", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await ready(page);
    await setMode(page, "collaboration");
    const all = { "A|B": "normal", "A|C": "normal", "B|D": "normal", "C|D": "normal" };
    await expect.poll(() => looks(page), { timeout: 5000 }).toEqual(all);
    await setWindow(page, { start: "2019-01-01", end: "2021-12-31" });
    await expect.poll(() => looks(page), { timeout: 5000 }).toEqual(IN_2020);
    // Moved: what it keeps now is counted from what it kept before.
    await setWindow(page, { start: "2009-01-01", end: "2011-12-31" });
    await expect.poll(() => looks(page), { timeout: 5000 }).toEqual(IN_2010);
    await setWindow(page, null);
    await expect.poll(() => looks(page), { timeout: 5000 }).toEqual(all);
    await setWindow(page, { start: "2019-01-01", end: "2021-12-31" });
    await expect.poll(() => looks(page), { timeout: 5000 }).toEqual(IN_2020);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("dims them the same when the window was set before the switch", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await ready(page);
    await setWindow(page, { start: "2019-01-01", end: "2021-12-31" });
    await setMode(page, "collaboration");
    await expect.poll(() => looks(page), { timeout: 5000 }).toEqual(IN_2020);
    await setWindow(page, { start: "2009-01-01", end: "2011-12-31" });
    await expect.poll(() => looks(page), { timeout: 5000 }).toEqual(IN_2010);
    expect(errors).toEqual([]);
    await page.close();
  });
});
