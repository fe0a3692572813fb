/**
 * The app's export formats, loaded on demand (a dynamic import from the Export menu, so the
 * writers and their libraries stay out of the first load). The graph files come from
 * src/export, the same writers as `npm run export`; the worked-with links of the
 * collaboration network are written here (GEXF by graphology's writer, CSV by d3-dsv).
 */
import { UndirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import { csvFormat } from "d3-dsv";
import { edgesCsv, flatten, nodesCsv, toFtm, toGexf, toGraphml } from "../../export/index.ts";
import { KIND_COLORS, LIST_SEPARATOR, xmlSafe } from "../../export/flat.ts";
import type { NodeAttributes, NodeKind } from "../../model/types.ts";
import type { RabitaGraph } from "../data/dataset.ts";
import type { CollaborationLink, ExportData } from "./shown.ts";

export type DataFormat = "gexf" | "graphml" | "nodes" | "edges" | "ftm";

export interface RenderedFile {
  /** The format's own file name (`nodes.csv`), before the corpus and scope are added. */
  file: string;
  mediaType: string;
  content: string;
}

/** One of the compiled-graph formats of `data`. */
export function renderData(format: DataFormat, data: ExportData): RenderedFile {
  const { graph, documents } = data;
  switch (format) {
    case "gexf":
      return {
        file: "graph.gexf",
        mediaType: "application/gexf+xml",
        content: toGexf(graph, documents),
      };
    case "graphml":
      return {
        file: "graph.graphml",
        mediaType: "application/graphml+xml",
        content: toGraphml(graph, documents),
      };
    case "nodes":
      return {
        file: "nodes.csv",
        mediaType: "text/csv",
        content: nodesCsv(flatten(graph, documents)),
      };
    case "edges":
      return {
        file: "edges.csv",
        mediaType: "text/csv",
        content: edgesCsv(flatten(graph, documents)),
      };
    case "ftm":
      return {
        file: "entities.ftm.json",
        mediaType: "application/x-ndjson",
        content: toFtm(graph, documents),
      };
  }
}

/** Columns of collaboration.csv. */
export const COLLABORATION_COLUMNS = [
  "Source",
  "Target",
  "From",
  "To",
  "weight",
  "events",
  "event_ids",
  "relations",
] as const;

/** The worked-with links, one row each (`From`/`To` are labels, for Kumu and Palladio). */
export function collaborationCsv(links: readonly CollaborationLink[]): RenderedFile {
  const rows = links.map((l) => ({
    Source: l.source,
    Target: l.target,
    From: l.sourceLabel,
    To: l.targetLabel,
    weight: l.weight,
    events: l.eventLabels.join(LIST_SEPARATOR),
    event_ids: l.events.join(LIST_SEPARATOR),
    relations: l.relations.join(LIST_SEPARATOR),
  }));
  return {
    file: "collaboration.csv",
    mediaType: "text/csv",
    content: `${csvFormat(rows, [...COLLABORATION_COLUMNS])}\n`,
  };
}

/** `#RRGGBB` as the `rgb(r,g,b)` the writer turns into viz:color r/g/b attributes. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

interface LinkAttributes {
  weight: number;
  events: string;
  relations: string;
}

/** The worked-with network as GEXF 1.3: the linked actors (with layout and colour by kind)
 * and one weighted, undirected edge per link. */
export function collaborationGexf(
  graph: RabitaGraph,
  links: readonly CollaborationLink[],
): RenderedFile {
  const out = new UndirectedGraph<NodeAttributes, LinkAttributes>();
  for (const l of links) {
    for (const key of [l.source, l.target])
      if (!out.hasNode(xmlSafe(key))) out.addNode(xmlSafe(key), graph.getNodeAttributes(key));
    const key = xmlSafe(`${l.source}|${l.target}`);
    if (out.hasEdge(key)) continue;
    out.addEdgeWithKey(key, xmlSafe(l.source), xmlSafe(l.target), {
      weight: l.weight,
      events: xmlSafe(l.eventLabels.join(LIST_SEPARATOR)),
      relations: l.relations.join(LIST_SEPARATOR),
    });
  }
  const content = write(out, {
    version: "1.3",
    pretty: true,
    formatNode: (_key, a) => ({
      label: xmlSafe(a.label),
      viz: { x: a.x, y: a.y, size: a.size, color: rgb(KIND_COLORS[a.kind as NodeKind]) },
      attributes: { kind: a.kind },
    }),
    formatEdge: (_key, a) => ({
      weight: a.weight,
      attributes: { weight: a.weight, events: a.events, relations: a.relations },
    }),
  });
  return { file: "collaboration.gexf", mediaType: "application/gexf+xml", content };
}
