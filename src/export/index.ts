/**
 * Exports of a compiled graph to the field's tools, pure (no Node or DOM APIs) so that the
 * command line (scripts/export.ts) and the app can share them:
 * graph.gexf (Gephi), graph.graphml (yEd, Cytoscape), nodes.csv and edges.csv (Kumu,
 * Palladio, spreadsheets), entities.ftm.json (FollowTheMoney, for Aleph).
 */
import type { DocumentsFile, SerializedRabitaGraph } from "../model/types.ts";
import { edgesCsv, nodesCsv } from "./csv.ts";
import { flatten } from "./flat.ts";
import { toFtm } from "./ftm.ts";
import { toGexf } from "./gexf.ts";
import { toGraphml } from "./graphml.ts";

export { toGexf } from "./gexf.ts";
export { toGraphml } from "./graphml.ts";
export { edgesCsv, nodesCsv, toCsv } from "./csv.ts";
export { toFtm, toFtmEntities } from "./ftm.ts";
export type { FtmEntity, FtmSchema } from "./ftm.ts";
export { flatten } from "./flat.ts";

export interface ExportFile {
  name: string;
  mediaType: string;
  content: string;
}

/** Every export of the graph, in a fixed order. */
export function exportAll(graph: SerializedRabitaGraph, documents: DocumentsFile): ExportFile[] {
  const flat = flatten(graph, documents);
  return [
    { name: "graph.gexf", mediaType: "application/gexf+xml", content: toGexf(graph, documents) },
    {
      name: "graph.graphml",
      mediaType: "application/graphml+xml",
      content: toGraphml(graph, documents),
    },
    { name: "nodes.csv", mediaType: "text/csv", content: nodesCsv(flat) },
    { name: "edges.csv", mediaType: "text/csv", content: edgesCsv(flat) },
    {
      name: "entities.ftm.json",
      mediaType: "application/x-ndjson",
      content: toFtm(graph, documents),
    },
  ];
}
