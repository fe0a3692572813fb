/**
 * `nodes.csv` and `edges.csv` for Kumu, Palladio and Gephi's spreadsheet import, formatted by
 * d3-dsv (RFC 4180 quoting, `\n` line ends, UTF-8 without a byte-order mark, a header row).
 *
 * nodes.csv: `Id`, `Label`, then the flat node columns (flat.ts) from `kind` on.
 * edges.csv: `Id`, `Source`, `Target` (node ids, as Gephi reads them), `From`, `To` (node
 * labels, as Kumu and Palladio read them), then the flat edge columns from `kind` on.
 */
import { csvFormat } from "d3-dsv";
import type { DocumentsFile, SerializedRabitaGraph } from "../model/types.ts";
import { EDGE_COLUMNS, NODE_COLUMNS, flatten } from "./flat.ts";
import type { FlatGraph } from "./flat.ts";

type Cell = string | number | undefined;

export const NODE_CSV_COLUMNS: readonly string[] = [
  "Id",
  "Label",
  ...NODE_COLUMNS.map(([name]) => name).filter((name) => name !== "label"),
];
export const EDGE_CSV_COLUMNS: readonly string[] = [
  "Id",
  "Source",
  "Target",
  "From",
  "To",
  ...EDGE_COLUMNS.map(([name]) => name),
];

function withNewline(csv: string): string {
  return `${csv}\n`;
}

/** nodes.csv, one row per node in graph order. */
export function nodesCsv(flat: FlatGraph): string {
  const rows = flat.nodes.map(({ id, label, ...rest }): Record<string, Cell> => ({
    Id: id,
    Label: label,
    ...rest,
  }));
  return withNewline(csvFormat(rows, [...NODE_CSV_COLUMNS]));
}

/** edges.csv, one row per edge in graph order. */
export function edgesCsv(flat: FlatGraph): string {
  const rows = flat.edges.map((e): Record<string, Cell> => {
    const { id, source, target, source_label, target_label, ...rest } = e;
    return {
      Id: id,
      Source: source,
      Target: target,
      From: source_label,
      To: target_label,
      ...rest,
    };
  });
  return withNewline(csvFormat(rows, [...EDGE_CSV_COLUMNS]));
}

/** Both CSV files of a graph. */
export function toCsv(
  graph: SerializedRabitaGraph,
  documents: DocumentsFile,
): { nodes: string; edges: string } {
  const flat = flatten(graph, documents);
  return { nodes: nodesCsv(flat), edges: edgesCsv(flat) };
}
