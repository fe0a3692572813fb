// The first-frame file: made from graph.json by a pure function (same graph, same bytes), read
// back into the same graph less its mentions, merges and evidence, and refused with the path
// of the first wrong value when it is not a frame.
import { describe, expect, it } from "vitest";
import { frameText, makeFrame } from "../../../src/compiler/frame/index.ts";
import { FRAME_VERSION, frameEdgeKey, parseFrame } from "../../../src/model/frame.ts";
import type { GraphFrame } from "../../../src/model/frame.ts";
import { ContractError } from "../../../src/model/schema.ts";
import type { SerializedRabitaGraph } from "../../../src/model/types.ts";
import { graphFromFrame } from "../../../src/app/data/frame-graph.ts";
import { compiledGraph } from "./compiled-graph.ts";

/** The graph as the frame carries it: no mentions, merges or evidence. */
function withoutDetails(graph: SerializedRabitaGraph): SerializedRabitaGraph {
  return {
    ...graph,
    nodes: graph.nodes.map(({ key, attributes }) => {
      const { merges, ...rest } = attributes;
      void merges;
      return { key, attributes: { ...rest, mentions: [] } };
    }),
    edges: graph.edges.map((e) => ({ ...e, attributes: { ...e.attributes, evidence: [] } })),
  };
}

describe("makeFrame", () => {
  it("gives the same bytes for the same graph, and a compact file", () => {
    const text = frameText(compiledGraph());
    expect(frameText(compiledGraph())).toBe(text);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.length).toBeLessThan(JSON.stringify(compiledGraph()).length);
  });

  it("keeps only the keys that are not derived from the edge's content", () => {
    const frame = makeFrame(compiledGraph());
    expect(frame.frame).toBe(FRAME_VERSION);
    expect(frame.edges.keys).toEqual([[2, "a key of another tool"]]);
    expect(frame.edges.amounts).toEqual([
      [0, 1200000.5, "EUR"],
      [2, null, "USD"],
    ]);
    expect(frameEdgeKey("funded", "a", "b", 5, "EUR")).toBe("funded:a->b:5EUR");
    expect(frameEdgeKey("funded", "a", "b", 5, undefined)).toBe("funded:a->b:5");
  });
});

describe("graphFromFrame", () => {
  it("builds graph.json's graph, in its order, less mentions, merges and evidence", () => {
    const graph = compiledGraph();
    const frame = parseFrame(JSON.parse(frameText(graph)) as unknown);
    const { graph: built, nodes, edges } = graphFromFrame(frame);
    expect(JSON.parse(JSON.stringify(built.export()))).toEqual(withoutDetails(graph));
    // Attribute keys in graph.json's order.
    expect(Object.keys(built.getNodeAttributes("event:forum-2019"))).toEqual(
      Object.keys(graph.nodes[0]!.attributes),
    );
    // The attribute objects handed back are the graph's own.
    expect(nodes[2]).toBe(built.getNodeAttributes("org:undp"));
    expect(edges[3]).toBe(built.getEdgeAttributes("participated:person:ali->event:forum-2019"));
  });

  it("refuses what graphology refuses: a duplicate key, a self loop", () => {
    const dup = makeFrame(compiledGraph());
    dup.nodes.key[1] = dup.nodes.key[0]!;
    expect(() => graphFromFrame(dup)).toThrow();
    const loop = makeFrame(compiledGraph());
    loop.edges.target[0] = loop.edges.source[0]!;
    expect(() => graphFromFrame(loop)).toThrow();
  });
});

describe("parseFrame", () => {
  /** The message parseFrame gives for the compiler's frame changed by `change`. */
  const bad = (change: (f: GraphFrame, loose: Record<string, unknown>) => void): string => {
    const frame = JSON.parse(frameText(compiledGraph())) as GraphFrame;
    change(frame, frame as unknown as Record<string, unknown>);
    try {
      parseFrame(frame);
    } catch (error) {
      expect(error).toBeInstanceOf(ContractError);
      return (error as Error).message;
    }
    return "accepted";
  };
  const set = (list: unknown[], i: number, value: unknown): void => void (list[i] = value);

  it("accepts the compiler's frame", () => {
    expect(bad(() => {})).toBe("accepted");
  });

  it("names the first wrong path", () => {
    expect(bad((f) => (f.frame = 99))).toBe("frame.json: frame: expected version 1");
    expect(bad((_f, l) => (l.nodes = []))).toBe("frame.json: nodes: expected an object");
    expect(bad((f) => f.nodes.label.pop())).toBe("frame.json: nodes.label: expected 4 entries");
    expect(bad((f) => set(f.nodes.label, 1, ""))).toBe(
      "frame.json: nodes.label.1: expected a name",
    );
    expect(bad((f) => set(f.nodes.kind, 0, 4))).toBe(
      "frame.json: nodes.kind.0: expected a node kind",
    );
    expect(bad((f) => set(f.nodes.x, 3, "1"))).toBe(
      "frame.json: nodes.x.3: expected a finite number",
    );
    expect(bad((f) => set(f.nodes.date, 0, ["March 2019"]))).toMatch(
      /^frame\.json: nodes\.date\.0:/,
    );
    expect(bad((f) => set(f.edges.source, 1, 4))).toBe(
      "frame.json: edges.source.1: expected a node",
    );
    expect(bad((f) => f.edges.kind.push(0))).toBe("frame.json: edges.kind: expected 4 entries");
    expect(bad((f) => set(f.edges.amounts, 0, [0, 5, "euro"]))).toMatch(
      /^frame\.json: edges\.amounts\.0:/,
    );
    expect(bad((f) => (f.edges.keys = [[9, "k"]]))).toMatch(/^frame\.json: edges\.keys\.0:/);
  });
});
