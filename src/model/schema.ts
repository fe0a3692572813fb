/**
 * Runtime schemas for the compiled data, used by the compiler before it writes and by the
 * app when it loads. Errors name the path of the first wrong value.
 */
import * as v from "valibot";
import { DOCUMENT_STATUSES, EDGE_KINDS, EVENT_TYPES, NODE_KINDS } from "./types.ts";
import type { DocumentsFile, SerializedRabitaGraph } from "./types.ts";

const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD"),
);
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const span = v.pipe(
  v.object({ doc: v.string(), start: offset, end: offset }),
  v.check((s) => s.end > s.start, "span end must be after its start"),
);

const nodeAttributes = v.object({
  label: v.pipe(v.string(), v.nonEmpty()),
  kind: v.picklist(NODE_KINDS),
  aliases: v.array(v.string()),
  mentions: v.array(span),
  date: v.optional(v.object({ start: isoDate, end: v.optional(isoDate) })),
  eventType: v.optional(v.picklist(EVENT_TYPES)),
  place: v.optional(v.string()),
  x: v.pipe(v.number(), v.finite()),
  y: v.pipe(v.number(), v.finite()),
  size: v.pipe(v.number(), v.finite(), v.minValue(0)),
  degree: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const edgeAttributes = v.object({
  kind: v.picklist(EDGE_KINDS),
  evidence: v.array(span),
  amount: v.optional(v.pipe(v.number(), v.finite())),
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, "expected an ISO 4217 code"))),
});

export const graphSchema = v.object({
  options: v.object({
    type: v.literal("directed"),
    multi: v.literal(true),
    allowSelfLoops: v.literal(false),
  }),
  attributes: v.object({ version: v.number(), generator: v.string() }),
  nodes: v.array(v.object({ key: v.string(), attributes: nodeAttributes })),
  edges: v.array(
    v.object({
      key: v.string(),
      source: v.string(),
      target: v.string(),
      attributes: edgeAttributes,
    }),
  ),
});

export const documentsSchema = v.object({
  version: v.number(),
  documents: v.array(
    v.object({
      id: v.pipe(v.string(), v.nonEmpty()),
      title: v.string(),
      date: v.optional(isoDate),
      text: v.string(),
      status: v.picklist(DOCUMENT_STATUSES),
      warnings: v.optional(v.array(v.string())),
      error: v.optional(v.string()),
    }),
  ),
});

/** Thrown when compiled data breaks the contract; `message` names the path. */
export class ContractError extends Error {
  override name = "ContractError";
}

function describe(issues: v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return "invalid";
  const path = (first.path ?? []).map((p) => String(p.key)).join(".");
  return `${path || "(root)"}: ${first.message}`;
}

/** Validates a parsed graph.json, including that every edge end is a node. */
export function parseGraph(data: unknown, file = "graph.json"): SerializedRabitaGraph {
  const result = v.safeParse(graphSchema, data);
  if (!result.success) throw new ContractError(`${file}: ${describe(result.issues)}`);
  const graph = result.output as SerializedRabitaGraph;
  const keys = new Set(graph.nodes.map((n) => n.key));
  for (const e of graph.edges) {
    if (!keys.has(e.source) || !keys.has(e.target))
      throw new ContractError(`${file}: edge ${e.key} points to a missing node`);
  }
  return graph;
}

/** Validates a parsed documents.json. */
export function parseDocuments(data: unknown, file = "documents.json"): DocumentsFile {
  const result = v.safeParse(documentsSchema, data);
  if (!result.success) throw new ContractError(`${file}: ${describe(result.issues)}`);
  return result.output as DocumentsFile;
}
