// graph.graphml: our own writer, read back by graphology-graphml's parser with nothing lost.
import Graph from "graphology";
import { parse } from "graphology-graphml";
import { beforeAll, describe, expect, it } from "vitest";
import { toGraphml } from "../../../src/export/graphml.ts";
import {
  compileSeeds,
  expectedEdge,
  expectedNode,
  hostileData,
  KIND_HEX,
  xmlVisible,
} from "./fixtures.ts";
import type { Data } from "./fixtures.ts";

function roundTrip({ graph, documents }: Data): void {
  const back = parse(Graph, toGraphml(graph, documents));
  expect(back.order).toBe(graph.nodes.length);
  expect(back.size).toBe(graph.edges.length);
  expect(back.type).toBe("directed");
  for (const n of graph.nodes) {
    const key = String(xmlVisible(n.key));
    const got = back.getNodeAttributes(key);
    for (const [name, value] of Object.entries(expectedNode(n)))
      expect([name, got[name] ?? ""]).toEqual([name, xmlVisible(value)]);
    expect(got.color).toBe(KIND_HEX[n.attributes.kind].toLowerCase());
  }
  for (const e of graph.edges) {
    const key = String(xmlVisible(e.key));
    expect([back.source(key), back.target(key)]).toEqual([
      xmlVisible(e.source),
      xmlVisible(e.target),
    ]);
    const got = back.getEdgeAttributes(key);
    for (const [name, value] of Object.entries(expectedEdge(e, documents)))
      expect([name, got[name] ?? ""]).toEqual([name, xmlVisible(value)]);
  }
}

describe("GraphML export", () => {
  let seeds: Data;
  beforeAll(async () => {
    seeds = await compileSeeds();
  });

  it("round-trips the seed graph through graphology-graphml's parser", () => {
    roundTrip(seeds);
  });

  it("round-trips hostile strings: quotes, commas, newlines, CR, tabs, <&>, Arabic, emoji", () => {
    roundTrip(hostileData());
  });

  it("declares every column once as a typed key, even with no values", () => {
    const xml = toGraphml(seeds.graph, seeds.documents);
    expect(xml).toContain(
      '<key id="n_date_end" for="node" attr.name="date_end" attr.type="string"/>',
    );
    expect(xml).toContain(
      '<key id="n_mention_count" for="node" attr.name="mention_count" attr.type="int"/>',
    );
    expect(xml).toContain('<key id="n_x" for="node" attr.name="x" attr.type="double"/>');
    expect(xml).toContain('<key id="e_amount" for="edge" attr.name="amount" attr.type="double"/>');
    expect(xml.match(/<key /g)).toHaveLength(24);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns"/,
    );
    expect(xml).toContain('<graph id="G" edgedefault="directed">');
  });

  it("escapes text and attributes and is deterministic", () => {
    const { graph, documents } = hostileData();
    const xml = toGraphml(graph, documents);
    expect(toGraphml(graph, documents)).toBe(xml);
    expect(xml).toContain('<node id="org:&quot;quoted&quot;,&lt;&amp;&gt;">');
    expect(xml).toContain('Al-Amal "Hope", &lt;Association&gt; &amp; Co.');
    expect(xml).toContain('<node id="event:conf&#9;baghdad">');
    expect(xml).toContain("&#13;\nBaghdad");
    expect(xml).not.toContain("\u0007");
    expect(xml).not.toContain("\r");
  });
});
