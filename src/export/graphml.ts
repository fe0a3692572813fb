/**
 * GraphML for yEd, Cytoscape, Gephi and networkx. graphology-graphml only parses, so this is a
 * small writer of its own: every flat column (see flat.ts) declared once as a typed `<key>`
 * (string, int, double) whether or not any element has a value, values as `<data>`, empty
 * values left out. Node colour is written as `r`, `g`, `b` integers, which Gephi and
 * graphology-graphml read as the node colour. Text and attribute values are escaped; characters
 * XML cannot carry become U+FFFD (flat.ts `xmlSafe`).
 */
import type { DocumentsFile, SerializedRabitaGraph } from "../model/types.ts";
import { EDGE_COLUMNS, NODE_COLUMNS, flatten, xmlSafe } from "./flat.ts";
import type { ColumnType } from "./flat.ts";

/** Escapes element text; `\r` too, which XML parsers would otherwise turn into `\n`. */
function escapeText(value: string): string {
  return xmlSafe(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;");
}

/** Escapes an attribute value; whitespace as references, which parsers would normalise. */
function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

type Value = string | number | undefined;

interface KeySpec {
  id: string;
  name: string;
  type: ColumnType;
}

const NODE_KEYS: KeySpec[] = [
  ...NODE_COLUMNS.filter(([name]) => name !== "color").map(([name, type]) => ({
    id: `n_${name}`,
    name,
    type,
  })),
  ...(["r", "g", "b"] as const).map((name) => ({ id: `n_${name}`, name, type: "int" as const })),
];
const EDGE_KEYS: KeySpec[] = EDGE_COLUMNS.map(([name, type]) => ({ id: `e_${name}`, name, type }));

function keyLine(forWhat: "node" | "edge", key: KeySpec): string {
  return `  <key id="${key.id}" for="${forWhat}" attr.name="${key.name}" attr.type="${key.type}"/>`;
}

function dataLines(keys: KeySpec[], values: Record<string, Value>): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const value = values[key.name];
    if (value === undefined || value === "") continue;
    const text = typeof value === "number" ? String(value) : escapeText(value);
    lines.push(`      <data key="${key.id}">${text}</data>`);
  }
  return lines;
}

function channels(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

/** The graph as a GraphML document (UTF-8, newline-terminated). */
export function toGraphml(graph: SerializedRabitaGraph, documents: DocumentsFile): string {
  const flat = flatten(graph, documents);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map((k) => keyLine("node", k)),
    ...EDGE_KEYS.map((k) => keyLine("edge", k)),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const node of flat.nodes) {
    const values: Record<string, Value> = { ...node, ...channels(node.color) };
    out.push(`    <node id="${escapeAttribute(node.id)}">`, ...dataLines(NODE_KEYS, values));
    out.push("    </node>");
  }
  for (const edge of flat.edges) {
    const ends = `source="${escapeAttribute(edge.source)}" target="${escapeAttribute(edge.target)}"`;
    out.push(`    <edge id="${escapeAttribute(edge.id)}" ${ends}>`);
    out.push(...dataLines(EDGE_KEYS, { ...edge }), "    </edge>");
  }
  out.push("  </graph>", "</graphml>");
  return `${out.join("\n")}\n`;
}
