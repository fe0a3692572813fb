// Lay-out stage: determinism, finite rounded coordinates, components kept close, speed.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/compiler/assemble.ts";
import { iterationsFor, layout, makeRandom } from "../../../src/compiler/layout.ts";
import { randomExtraction, smallExtraction } from "./fixtures.ts";

function positions(n: number, m: number, seed: number): string {
  const graph = buildGraph(randomExtraction(n, m, seed));
  layout(graph);
  return JSON.stringify(graph.mapNodes((key, a) => [key, a.x, a.y]));
}

describe("layout", () => {
  it("is deterministic", () => {
    expect(positions(400, 800, 5)).toBe(positions(400, 800, 5));
  });

  it("never uses Math.random", () => {
    const original = Math.random;
    Math.random = () => {
      throw new Error("Math.random used");
    };
    try {
      expect(() => positions(50, 100, 1)).not.toThrow();
    } finally {
      Math.random = original;
    }
  });

  it("gives finite coordinates rounded to 3 decimals, spread out", () => {
    const graph = buildGraph(randomExtraction(300, 600, 2));
    layout(graph);
    const seen = new Set<string>();
    graph.forEachNode((_, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(Math.round(a.x * 1000) / 1000).toBe(a.x);
      seen.add(`${a.x},${a.y}`);
    });
    expect(seen.size).toBe(graph.order);
  });

  it("keeps small disconnected components near the main one", () => {
    const graph = buildGraph(smallExtraction());
    graph.addNode("lonely", { ...graph.getNodeAttributes("org:eu"), label: "Lonely" });
    layout(graph);
    const xs = graph.mapNodes((_, a) => Math.hypot(a.x, a.y));
    expect(Math.max(...xs)).toBeLessThan(100);
  });

  it("lays out an empty graph and a single node", () => {
    const empty = buildGraph({ entities: [], relations: [], documents: [] });
    expect(() => layout(empty)).not.toThrow();
    const one = buildGraph({
      entities: smallExtraction().entities.slice(0, 1),
      relations: [],
      documents: [],
    });
    layout(one);
    expect(one.getNodeAttributes("org:undp")).toMatchObject({ x: 0, y: 0 });
  });

  it("budgets iterations by size", () => {
    expect(iterationsFor(10)).toBe(300);
    expect(iterationsFor(10_000)).toBe(50);
    expect(iterationsFor(500)).toBe(200);
  });

  it("seeds a PRNG deterministically", () => {
    const a = makeRandom(42);
    const b = makeRandom(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
