// graph.json after the frame: read and checked against the contract and against the frame
// drawn, then its mentions, merges and evidence filled into the frame's graph in parts, which
// gives graph.json's graph; a graph.json of another graph is stale, a broken one invalid.
import { describe, expect, it } from "vitest";
import { frameText } from "../../../src/compiler/frame/index.ts";
import { parseFrame } from "../../../src/model/frame.ts";
import { graphFromFrame } from "../../../src/app/data/frame-graph.ts";
import { detailsMessages, fillPart } from "../../../src/app/data/graph-details.ts";
import type { DetailsMessage } from "../../../src/app/data/graph-details.ts";
import { compiledGraph } from "../frame/compiled-graph.ts";

const bytes = (data: unknown): ArrayBuffer => new TextEncoder().encode(JSON.stringify(data)).buffer;

describe("graph.json's details", () => {
  it("fill the frame's graph into graph.json's graph, a part at a time", () => {
    const graph = compiledGraph();
    const frame = frameText(graph);
    const built = graphFromFrame(parseFrame(JSON.parse(frame) as unknown));
    const messages = [...detailsMessages(bytes(graph), frame, 2)];
    expect(messages.map((m) => m.status)).toEqual([
      "docs",
      ...Array<string>(messages.length - 2).fill("part"),
      "ok",
    ]);
    // Parts hold whole items and at most 2 spans unless one item has more.
    for (const m of messages)
      if (m.status === "part") {
        const spans = m.part.offsets[m.part.offsets.length - 1]!;
        expect(spans <= 2 || m.part.offsets.length === 2).toBe(true);
      }
    let docs: string[] = [];
    for (const m of messages) {
      if (m.status === "docs") docs = m.docs;
      else if (m.status === "part") fillPart(m.part, docs, built);
      else if (m.status === "ok")
        for (const [i, merges] of m.merges) built.nodes[i]!.merges = merges;
    }
    const exported = JSON.parse(JSON.stringify(built.graph.export())) as typeof graph;
    expect(exported).toEqual(graph);
  });

  it("are stale when graph.json is not the frame's graph", () => {
    const graph = compiledGraph();
    const frame = frameText(graph);
    graph.nodes[3]!.attributes.label = "Ali Hasan";
    expect([...detailsMessages(bytes(graph), frame)]).toEqual([{ status: "stale" }]);
  });

  it("say why graph.json cannot be read", () => {
    const frame = frameText(compiledGraph());
    const [broken] = [...detailsMessages(new TextEncoder().encode('{"nodes": [').buffer, frame)];
    expect(broken).toMatchObject({ status: "invalid" });
    expect((broken as Extract<DetailsMessage, { status: "invalid" }>).message).toMatch(
      /^graph\.json: not valid JSON/,
    );
    const graph = compiledGraph();
    graph.edges[0]!.attributes.currency = "euro";
    const [wrong] = [...detailsMessages(bytes(graph), frame)];
    expect(wrong).toMatchObject({ status: "invalid" });
    expect((wrong as Extract<DetailsMessage, { status: "invalid" }>).message).toContain(
      "graph.json: edges.0.attributes.currency",
    );
  });
});
