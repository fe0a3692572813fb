import { beforeAll, describe, expect, it } from "vitest";

// Sigma reads WebGL's constants when it loads (nothing here draws).
const g = globalThis as { WebGL2RenderingContext?: unknown; WebGLRenderingContext?: unknown };
g.WebGL2RenderingContext ??= Object;
g.WebGLRenderingContext ??= Object;
let Sigma: object;
let DirectSigma: object;
beforeAll(async () => {
  Sigma = (await import("sigma")).default;
  DirectSigma = (await import("../../../src/app/graph/direct-reducers.ts")).DirectSigma;
});
const protoOf = (c: object): object => (c as { prototype: object }).prototype;

type Attrs = Record<string, unknown>;

/** The parts of a sigma renderer its `addNode` and `addEdge` read and write. */
function internals(reduce: boolean): Record<string, unknown> {
  const nodes: Record<string, Attrs> = {
    a: { label: "Alpha", kind: "organisation", x: 1, y: 2, size: 5, mentions: [{ doc: "d" }] },
    b: { label: "", kind: "event", x: 3, y: 4, size: 0 },
  };
  const edges: Record<string, Attrs> = { e: { kind: "funded", evidence: [] } };
  return {
    graph: {
      getNodeAttributes: (k: string) => nodes[k],
      getEdgeAttributes: (k: string) => edges[k],
    },
    settings: {
      nodeReducer: reduce
        ? (key: string, a: Attrs) => ({
            x: a.x,
            y: a.y,
            size: a.size,
            label: key === "a" ? a.label : null,
            color: key === "a" ? "#123456" : "",
            hidden: false,
            forceLabel: key === "a",
            highlighted: key === "b",
            zIndex: key === "a" ? 2 : 0,
          })
        : null,
      edgeReducer: reduce
        ? () => ({ color: "#abcdef", size: 3, hidden: false, label: null, forceLabel: true })
        : null,
      zIndex: true,
      defaultNodeColor: "#999",
      defaultNodeType: "circle",
      defaultEdgeColor: "#ccc",
      defaultEdgeType: "line",
    },
    nodeDataCache: {},
    edgeDataCache: {},
    nodesWithForcedLabels: new Set(),
    edgesWithForcedLabels: new Set(),
    highlightedNodes: new Set(),
    nodeZExtent: [Infinity, -Infinity],
    edgeZExtent: [Infinity, -Infinity],
  };
}

type Adder = (this: Record<string, unknown>, key: string) => void;
const method = (proto: object, name: string): Adder =>
  (proto as Record<string, unknown>)[name] as Adder;

describe("DirectSigma", () => {
  for (const reduce of [true, false]) {
    it(`reduces nodes and edges as sigma does, without copying the attributes (${reduce ? "with" : "without"} reducers)`, () => {
      const ours = internals(reduce);
      const theirs = internals(reduce);
      for (const [name, keys] of [
        ["addNode", ["a", "b"]],
        ["addEdge", ["e"]],
      ] as const)
        for (const key of keys) {
          method(protoOf(DirectSigma), name).call(ours, key);
          method(protoOf(Sigma), name).call(theirs, key);
        }
      const drawn = (r: Record<string, unknown>): unknown[] => [
        r.nodeDataCache,
        r.edgeDataCache,
        r.nodesWithForcedLabels,
        r.edgesWithForcedLabels,
        r.highlightedNodes,
        r.nodeZExtent,
        r.edgeZExtent,
      ];
      expect(drawn(ours)).toEqual(drawn(theirs));
      expect(Object.getPrototypeOf(protoOf(DirectSigma))).toBe(protoOf(Sigma));
    });
  }

  it("never changes the attributes it reduces", () => {
    const ours = internals(true);
    const graph = ours.graph as { getNodeAttributes(k: string): Attrs };
    const before = structuredClone(graph.getNodeAttributes("a"));
    method(protoOf(DirectSigma), "addNode").call(ours, "a");
    expect(graph.getNodeAttributes("a")).toEqual(before);
  });
});
