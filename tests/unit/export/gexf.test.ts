// graph.gexf: GEXF 1.3 that graphology-gexf's own parser reads back with nothing lost.
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { beforeAll, describe, expect, it } from "vitest";
import { toGexf } from "../../../src/export/gexf.ts";
import {
  compileSeeds,
  expectedEdge,
  expectedNode,
  hostileData,
  KIND_HEX,
  xmlVisible,
} from "./fixtures.ts";
import type { Data } from "./fixtures.ts";

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

/** Parses the GEXF and checks every node and edge against the graph. */
function roundTrip({ graph, documents }: Data): void {
  const xml = toGexf(graph, documents);
  const back = parse(Graph, xml);
  expect(back.order).toBe(graph.nodes.length);
  expect(back.size).toBe(graph.edges.length);
  for (const n of graph.nodes) {
    const key = String(xmlVisible(n.key));
    expect(back.hasNode(key)).toBe(true);
    const got = back.getNodeAttributes(key);
    const want = expectedNode(n);
    for (const [name, value] of Object.entries(want))
      expect([name, got[name] ?? ""]).toEqual([name, xmlVisible(value)]);
    expect(got.color).toBe(rgb(KIND_HEX[n.attributes.kind]));
  }
  for (const e of graph.edges) {
    const key = String(xmlVisible(e.key));
    expect(back.hasEdge(key)).toBe(true);
    expect(back.source(key)).toBe(xmlVisible(e.source));
    expect(back.target(key)).toBe(xmlVisible(e.target));
    const got = back.getEdgeAttributes(key);
    for (const [name, value] of Object.entries(expectedEdge(e, documents)))
      expect([name, got[name] ?? ""]).toEqual([name, xmlVisible(value)]);
    expect(got.label).toBe(e.attributes.kind);
  }
}

describe("GEXF export", () => {
  let seeds: Data;
  beforeAll(async () => {
    seeds = await compileSeeds();
  });

  it("round-trips the seed graph through graphology-gexf's parser", () => {
    expect(seeds.graph.edges.some((e) => e.attributes.amount !== undefined)).toBe(true);
    roundTrip(seeds);
  });

  it("round-trips hostile strings: quotes, commas, newlines, <&>, Arabic, emoji", () => {
    roundTrip(hostileData());
  });

  it("writes a GEXF 1.3 header, viz namespace and a fixed typed model", () => {
    const xml = toGexf(seeds.graph, seeds.documents);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf version="1.3" xmlns="http:\/\/gexf.net\/1.3" xmlns:viz="http:\/\/gexf.net\/1.3\/viz"/,
    );
    expect(xml).toContain('<attribute id="date_end" title="date_end" type="string"/>');
    expect(xml).toContain('<attribute id="amount" title="amount" type="double"/>');
    expect(xml).toContain('<attribute id="mention_count" title="mention_count" type="integer"/>');
    expect(xml.match(/<attributes class="node">/g)).toHaveLength(1);
    expect(xml.match(/<attributes class="edge">/g)).toHaveLength(1);
    expect(xml).toMatch(/<viz:position x="[-\d.e]+" y="[-\d.e]+"\/>/);
    expect(xml).toMatch(
      /<edge id="[^"]+" source="[^"]+" target="[^"]+" kind="funded" label="funded">/,
    );
    expect(xml.endsWith("</gexf>\n")).toBe(true);
  });

  it("is byte-identical on a second run and escapes markup", () => {
    const { graph, documents } = hostileData();
    const xml = toGexf(graph, documents);
    expect(toGexf(graph, documents)).toBe(xml);
    expect(xml).toContain("Al-Amal &quot;Hope&quot;, &lt;Association> &amp; Co.");
    expect(xml).toContain("&#xD;&#xA;Baghdad");
    expect(xml).not.toContain("\u0007");
  });

  it("writes an empty graph", () => {
    const { documents } = hostileData();
    const graph = { ...hostileData().graph, nodes: [], edges: [] };
    const back = parse(Graph, toGexf(graph, documents));
    expect(back.order).toBe(0);
  });
});
