/**
 * GEXF 1.3 for Gephi and Gephi Lite, written by graphology-gexf's own writer from a flattened
 * copy of the graph: node labels, `viz:` position, size and colour (by kind, as r/g/b, which
 * every GEXF reader knows), and the flat columns (flat.ts) as attributes. Edges also carry their
 * kind as GEXF's edge `kind` and as their label, so Gephi keeps parallel edges of different
 * kinds apart. The writer emits the 1.3 header and namespaces itself (`version: "1.3"`).
 *
 * What this module adds is only what the writer cannot do. The writer infers each attribute's
 * type from the values and leaves out attributes no element has a value for, so the model would
 * change from corpus to corpus (`amount` integer here, double there; no `date_end` without a
 * date range): its `<attributes>` blocks are replaced with a fixed, typed declaration of every
 * flat column (counts integer, amount double, the rest string). Characters XML cannot carry
 * become U+FFFD (flat.ts `xmlSafe`).
 */
import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import type { DocumentsFile, SerializedRabitaGraph } from "../model/types.ts";
import { EDGE_COLUMNS, NODE_COLUMNS, flatten, xmlSafe } from "./flat.ts";
import type { ColumnType, FlatEdge, FlatNode } from "./flat.ts";

type GexfNode = Omit<FlatNode, "id">;
type GexfEdge = Omit<FlatEdge, "id" | "source" | "target" | "source_label" | "target_label">;
interface GexfMeta {
  creator: string;
  description: string;
}

/** Node columns that GEXF carries as the label and `viz:` elements rather than attributes. */
const NODE_INTRINSIC = new Set(["label", "x", "y", "size", "color"]);
const GEXF_TYPES: Record<ColumnType, string> = {
  string: "string",
  int: "integer",
  double: "double",
};

function declaration(
  cls: "node" | "edge",
  columns: readonly (readonly [string, ColumnType])[],
): string {
  const lines = columns.map(
    ([name, type]) => `      <attribute id="${name}" title="${name}" type="${GEXF_TYPES[type]}"/>`,
  );
  return [`    <attributes class="${cls}">`, ...lines, "    </attributes>"].join("\n");
}

const MODEL = [
  declaration(
    "node",
    NODE_COLUMNS.filter(([name]) => !NODE_INTRINSIC.has(name)),
  ),
  declaration("edge", EDGE_COLUMNS),
].join("\n");

/**
 * Replaces the writer's inferred `<attributes>` blocks with MODEL. Attribute values are
 * escaped, so neither tag can occur inside one.
 */
function declareModel(xml: string): string {
  const open = /^ {2}<graph [^>]*>$/m.exec(xml);
  if (!open) throw new Error("graphology-gexf wrote no <graph> element");
  const end = open.index + open[0].length;
  const rest = xml
    .slice(end)
    .replace(/\n\s*<attributes class="(?:node|edge)">[\s\S]*?<\/attributes>/g, "");
  return `${xml.slice(0, end)}\n${MODEL}${rest}`;
}

/** `#RRGGBB` as the `rgb(r,g,b)` the writer turns into viz:color r/g/b attributes. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

function safeStrings<T extends object>(record: T): T {
  const out = { ...record };
  for (const key of Object.keys(out) as (keyof T)[]) {
    const value = out[key];
    if (typeof value === "string") out[key] = xmlSafe(value) as T[keyof T];
  }
  return out;
}

/** The graph as a GEXF 1.3 document (UTF-8, pretty-printed, newline-terminated). */
export function toGexf(graph: SerializedRabitaGraph, documents: DocumentsFile): string {
  const flat = flatten(graph, documents);
  const copy = new MultiDirectedGraph<GexfNode, GexfEdge, GexfMeta>();
  const compiled = documents.documents.filter((d) => d.status === "compiled").length;
  copy.replaceAttributes({
    creator: `${graph.attributes.generator} (data format ${graph.attributes.version})`,
    description: `Who worked with whom, from ${compiled} documents: ${flat.nodes.length} nodes, ${flat.edges.length} edges.`,
  });
  for (const { id, ...node } of flat.nodes) copy.addNode(xmlSafe(id), safeStrings(node));
  for (const e of flat.edges) {
    const edge: GexfEdge = {
      kind: e.kind,
      amount: e.amount,
      currency: e.currency,
      evidence: e.evidence,
      evidence_count: e.evidence_count,
      documents: e.documents,
      document_count: e.document_count,
    };
    copy.addDirectedEdgeWithKey(
      xmlSafe(e.id),
      xmlSafe(e.source),
      xmlSafe(e.target),
      safeStrings(edge),
    );
  }
  const xml = write(copy, {
    version: "1.3",
    pretty: true,
    formatNode: (_key, a) => ({
      label: a.label,
      viz: { x: a.x, y: a.y, size: a.size, color: rgb(a.color) },
      attributes: {
        kind: a.kind,
        event_type: a.event_type,
        place: a.place,
        date_start: a.date_start,
        date_end: a.date_end,
        aliases: a.aliases,
        mention_count: a.mention_count,
        documents: a.documents,
        document_count: a.document_count,
        degree: a.degree,
      },
    }),
    formatEdge: (_key, a) => ({
      label: a.kind,
      kind: a.kind,
      attributes: {
        kind: a.kind,
        amount: a.amount,
        currency: a.currency,
        evidence: a.evidence,
        evidence_count: a.evidence_count,
        documents: a.documents,
        document_count: a.document_count,
      },
    }),
  });
  const typed = declareModel(xml);
  return typed.endsWith("\n") ? typed : `${typed}\n`;
}
