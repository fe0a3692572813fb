// nodes.csv and edges.csv: d3-dsv's csvParse reads back every value of the graph.
import { csvParse } from "d3-dsv";
import { beforeAll, describe, expect, it } from "vitest";
import { toCsv } from "../../../src/export/csv.ts";
import { compileSeeds, expectedEdge, expectedNode, hostileData, KIND_HEX } from "./fixtures.ts";
import type { Data } from "./fixtures.ts";

const NUMERIC = new Set([
  "mention_count",
  "document_count",
  "degree",
  "x",
  "y",
  "size",
  "amount",
  "evidence_count",
]);

function cell(name: string, raw: string | undefined): string | number {
  if (raw === undefined) throw new Error(`missing column ${name}`);
  return NUMERIC.has(name) && raw !== "" ? Number(raw) : raw;
}

function roundTrip({ graph, documents }: Data): void {
  const { nodes, edges } = toCsv(graph, documents);
  const nodeRows = csvParse(nodes);
  expect(nodeRows).toHaveLength(graph.nodes.length);
  const labels = new Map(graph.nodes.map((n) => [n.key, n.attributes.label]));
  for (const [i, n] of graph.nodes.entries()) {
    const row = nodeRows[i]!;
    expect(row.Id).toBe(n.key);
    expect(row.Label).toBe(n.attributes.label);
    for (const [name, value] of Object.entries(expectedNode(n)))
      if (name !== "label") expect([name, cell(name, row[name])]).toEqual([name, value]);
    expect(row.color).toBe(KIND_HEX[n.attributes.kind]);
  }
  const edgeRows = csvParse(edges);
  expect(edgeRows).toHaveLength(graph.edges.length);
  for (const [i, e] of graph.edges.entries()) {
    const row = edgeRows[i]!;
    expect([row.Id, row.Source, row.Target]).toEqual([e.key, e.source, e.target]);
    expect([row.From, row.To]).toEqual([labels.get(e.source), labels.get(e.target)]);
    for (const [name, value] of Object.entries(expectedEdge(e, documents)))
      expect([name, cell(name, row[name])]).toEqual([name, value]);
  }
}

describe("CSV export", () => {
  let seeds: Data;
  beforeAll(async () => {
    seeds = await compileSeeds();
  });

  it("round-trips the seed graph through d3-dsv's csvParse", () => {
    roundTrip(seeds);
  });

  it("round-trips hostile strings: quotes, commas, newlines, CR, tabs, <&>, Arabic, emoji", () => {
    roundTrip(hostileData());
  });

  it("writes the documented header rows, UTF-8 without a byte-order mark", () => {
    const { nodes, edges } = toCsv(seeds.graph, seeds.documents);
    expect(nodes.split("\n")[0]).toBe(
      "Id,Label,kind,event_type,place,date_start,date_end,aliases,mention_count,documents,document_count,degree,x,y,size,color",
    );
    expect(edges.split("\n")[0]).toBe(
      "Id,Source,Target,From,To,kind,amount,currency,evidence,evidence_count,documents,document_count",
    );
    expect(nodes.charCodeAt(0)).toBe("I".charCodeAt(0));
    expect(nodes.endsWith("\n")).toBe(true);
  });

  it("quotes cells with quotes, commas and line breaks and is deterministic", () => {
    const { graph, documents } = hostileData();
    const first = toCsv(graph, documents);
    expect(toCsv(graph, documents)).toEqual(first);
    expect(first.nodes).toContain('"Al-Amal ""Hope"", <Association> & Co."');
    expect(first.nodes).toContain("جمعية الأمل 🌱");
    expect(first.edges).toContain("1234567.89,EUR");
  });

  it("writes header-only files for an empty graph", () => {
    const { graph, documents } = hostileData();
    const { nodes, edges } = toCsv({ ...graph, nodes: [], edges: [] }, documents);
    expect(csvParse(nodes)).toHaveLength(0);
    expect(csvParse(edges).columns).toContain("Source");
  });
});
