/**
 * Lay-out stage: deterministic ForceAtlas2 positions. Each connected component is seeded
 * on a phyllotaxis spiral in breadth-first order (with jitter from a seeded PRNG), run
 * through ForceAtlas2 for an iteration count derived from its size alone, scaled to a common
 * density, then packed in rings around the largest, so small components stay close.
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { AbstractGraph } from "graphology-types";
import { connectedComponents } from "./components.ts";

/** Layout options; every field has a default in LAYOUT_DEFAULTS. */
export interface LayoutOptions {
  /** Seed of the jitter added to initial positions. */
  seed: number;
  /** Components with more nodes than this use the Barnes-Hut approximation. */
  barnesHutAbove: number;
  /** Barnes-Hut accuracy (higher is faster and coarser). */
  barnesHutTheta: number;
  /** Work per component in pair interactions; iterations = budget / cost per iteration. */
  workBudget: number;
  minIterations: number;
  maxIterations: number;
  /** Radius of a component of n nodes is `density * sqrt(n)` layout units. */
  density: number;
  /** Space between packed components, in layout units. */
  gap: number;
  /** Decimals kept in coordinates, for byte-stable output. */
  decimals: number;
}

/**
 * Defaults measured on 2 cores: exact FA2 costs ~1.5e-5 ms per node pair per iteration;
 * Barnes-Hut (theta 1) about 27·n·log2(n) pair-equivalents, so it wins well below 1,000
 * nodes. The budget keeps any component under ~1 s up to a few thousand nodes; a
 * 10,000-node component gets the 50-iteration floor (~2.5 s).
 */
export const LAYOUT_DEFAULTS: LayoutOptions = {
  seed: 1,
  barnesHutAbove: 1000,
  barnesHutTheta: 1,
  workBudget: 5e7,
  minIterations: 50,
  maxIterations: 300,
  density: 10,
  gap: 5,
  decimals: 3,
};

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, for per-component seeds that do not depend on other components. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** ForceAtlas2 iterations for a component of n nodes, from its size alone. */
export function iterationsFor(n: number, options: LayoutOptions = LAYOUT_DEFAULTS): number {
  const cost = n > options.barnesHutAbove ? 27 * n * Math.log2(n) : n * n;
  const iterations = Math.floor(options.workBudget / Math.max(1, cost));
  return Math.min(options.maxIterations, Math.max(options.minIterations, iterations));
}

interface Placed {
  members: string[];
  xs: Float64Array;
  ys: Float64Array;
  radius: number;
}

/** Positions one component around (0, 0), scaled so its radius is density·sqrt(n). */
function layoutComponent(graph: AbstractGraph, members: string[], options: LayoutOptions): Placed {
  const n = members.length;
  const random = makeRandom(options.seed ^ hash(members[0] ?? ""));
  const sub = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  members.forEach((key, i) => {
    const r = Math.sqrt(i + 0.5);
    const angle = i * GOLDEN_ANGLE;
    const x = r * Math.cos(angle) + (random() - 0.5) * 0.5;
    const y = r * Math.sin(angle) + (random() - 0.5) * 0.5;
    sub.addNode(key, { x, y });
  });
  if (n > 3) {
    for (const key of members) {
      graph.forEachNeighbor(key, (other) => {
        if (key < other && !sub.hasEdge(key, other)) sub.addEdge(key, other);
      });
    }
    const settings = {
      ...forceAtlas2.inferSettings(n),
      barnesHutOptimize: n > options.barnesHutAbove,
      barnesHutTheta: options.barnesHutTheta,
    };
    forceAtlas2.assign(sub, {
      iterations: iterationsFor(n, options),
      settings,
      getEdgeWeight: null,
    });
  }
  return centre(sub, members, options.density * Math.sqrt(n));
}

function centre(sub: AbstractGraph, members: string[], targetRadius: number): Placed {
  const n = members.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let cx = 0;
  let cy = 0;
  members.forEach((key, i) => {
    xs[i] = sub.getNodeAttribute(key, "x") as number;
    ys[i] = sub.getNodeAttribute(key, "y") as number;
    cx += xs[i] as number;
    cy += ys[i] as number;
  });
  cx /= n;
  cy /= n;
  let reach = 0;
  for (let i = 0; i < n; i++)
    reach = Math.max(reach, Math.hypot((xs[i] as number) - cx, (ys[i] as number) - cy));
  const scale = reach > 0 ? targetRadius / reach : 0;
  for (let i = 0; i < n; i++) {
    xs[i] = ((xs[i] as number) - cx) * scale;
    ys[i] = ((ys[i] as number) - cy) * scale;
  }
  return { members, xs, ys, radius: n > 1 ? targetRadius : targetRadius / 2 };
}

/** Centres for components (largest first): the first at the origin, the rest in rings. */
function pack(placed: Placed[], gap: number): [number, number][] {
  const centres: [number, number][] = [];
  let inner = (placed[0]?.radius ?? 0) + gap;
  let distance = 0;
  let ringWidth = 0;
  let angle = Infinity;
  placed.forEach((component, i) => {
    if (i === 0) return void centres.push([0, 0]);
    const r = component.radius;
    let width = (2 * (r + gap / 2)) / Math.max(distance, 1);
    if (angle + width > 2 * Math.PI) {
      inner += ringWidth;
      distance = inner + r;
      ringWidth = 2 * r + gap;
      angle = 0;
      width = Math.min(2 * Math.PI, (2 * (r + gap / 2)) / distance);
    }
    const at = angle + width / 2;
    centres.push([distance * Math.cos(at), distance * Math.sin(at)]);
    angle += width;
  });
  return centres;
}

/**
 * Assigns `x` and `y` to every node of the graph, in place. The same graph (same keys and
 * edges inserted in the same order) and options always give the same coordinates.
 */
export function layout(graph: AbstractGraph, options: Partial<LayoutOptions> = {}): void {
  const resolved = { ...LAYOUT_DEFAULTS, ...options };
  const placed = connectedComponents(graph).map((members) =>
    layoutComponent(graph, members, resolved),
  );
  const centres = pack(placed, resolved.gap);
  const factor = 10 ** resolved.decimals;
  const round = (v: number): number => Math.round(v * factor) / factor || 0;
  placed.forEach((component, c) => {
    const [cx, cy] = centres[c] as [number, number];
    component.members.forEach((key, i) => {
      graph.setNodeAttribute(key, "x", round(cx + (component.xs[i] as number)));
      graph.setNodeAttribute(key, "y", round(cy + (component.ys[i] as number)));
    });
  });
}
