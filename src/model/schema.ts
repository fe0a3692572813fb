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
  merges: v.optional(
    v.array(
      v.object({ rule: v.string(), names: v.array(v.string()), doc: v.optional(v.string()) }),
    ),
  ),
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

/*
 * A fast structural check of the same rules as `graphSchema`, for large graphs: plain loops,
 * no allocation per value. It only ever accepts what the schema accepts, with no keys beyond
 * the schema's (so the data is what the schema would output); anything else, including every
 * invalid graph, goes through valibot, which names the path of the first wrong value.
 */
type Rec = Record<string, unknown>;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const CURRENCY = /^[A-Z]{3}$/;
const NODE_KIND_SET = new Set<unknown>(NODE_KINDS);
const EDGE_KIND_SET = new Set<unknown>(EDGE_KINDS);
const EVENT_TYPE_SET = new Set<unknown>(EVENT_TYPES);
const NODE_KEYS = new Set([
  "label",
  "kind",
  "aliases",
  "mentions",
  "date",
  "eventType",
  "place",
  "merges",
  "x",
  "y",
  "size",
  "degree",
]);
const EDGE_KEYS = new Set(["kind", "evidence", "amount", "currency"]);

const isRec = (x: unknown): x is Rec => typeof x === "object" && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === "number" && !Number.isNaN(x);
const isFinite = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const isCount = (x: unknown): boolean => Number.isInteger(x) && (x as number) >= 0;
const isIso = (x: unknown): boolean => typeof x === "string" && ISO_DATE.test(x);

function onlyKeys(o: Rec, allowed: ReadonlySet<string>): boolean {
  for (const k in o) if (!allowed.has(k)) return false;
  return true;
}

function spansOk(list: unknown): boolean {
  if (!Array.isArray(list)) return false;
  for (const s of list as unknown[]) {
    if (!isRec(s) || typeof s.doc !== "string" || !isCount(s.start) || !isCount(s.end))
      return false;
    if ((s.end as number) <= (s.start as number)) return false;
    for (const k in s) if (k !== "doc" && k !== "start" && k !== "end") return false;
  }
  return true;
}

function mergesOk(list: unknown): boolean {
  if (!Array.isArray(list)) return false;
  for (const m of list as unknown[]) {
    if (!isRec(m) || typeof m.rule !== "string" || !Array.isArray(m.names)) return false;
    if (!(m.names as unknown[]).every((x) => typeof x === "string")) return false;
    if (m.doc !== undefined && typeof m.doc !== "string") return false;
    for (const k in m) if (k !== "rule" && k !== "names" && k !== "doc") return false;
  }
  return true;
}

function nodeOk(n: unknown): boolean {
  if (!isRec(n) || typeof n.key !== "string" || !isRec(n.attributes)) return false;
  for (const k in n) if (k !== "key" && k !== "attributes") return false;
  const a = n.attributes;
  if (typeof a.label !== "string" || a.label.length === 0 || !NODE_KIND_SET.has(a.kind))
    return false;
  if (!Array.isArray(a.aliases) || !(a.aliases as unknown[]).every((x) => typeof x === "string"))
    return false;
  if (!spansOk(a.mentions)) return false;
  if (a.date !== undefined) {
    const d = a.date;
    if (!isRec(d) || !isIso(d.start) || (d.end !== undefined && !isIso(d.end))) return false;
    for (const k in d) if (k !== "start" && k !== "end") return false;
  }
  if (a.eventType !== undefined && !EVENT_TYPE_SET.has(a.eventType)) return false;
  if (a.place !== undefined && typeof a.place !== "string") return false;
  if (a.merges !== undefined && !mergesOk(a.merges)) return false;
  if (!isFinite(a.x) || !isFinite(a.y) || !isFinite(a.size) || a.size < 0) return false;
  if (!isCount(a.degree)) return false;
  return onlyKeys(a, NODE_KEYS);
}

function edgeOk(e: unknown): boolean {
  if (!isRec(e) || typeof e.key !== "string" || typeof e.source !== "string") return false;
  if (typeof e.target !== "string" || !isRec(e.attributes)) return false;
  for (const k in e)
    if (k !== "key" && k !== "source" && k !== "target" && k !== "attributes") return false;
  const a = e.attributes;
  if (!EDGE_KIND_SET.has(a.kind) || !spansOk(a.evidence)) return false;
  if (a.amount !== undefined && !isFinite(a.amount)) return false;
  if (a.currency !== undefined && !(typeof a.currency === "string" && CURRENCY.test(a.currency)))
    return false;
  return onlyKeys(a, EDGE_KEYS);
}

/** True only when `graphSchema` would accept `data` and output it unchanged. */
function fastGraphOk(data: unknown): data is SerializedRabitaGraph {
  if (!isRec(data) || !onlyKeys(data, new Set(["options", "attributes", "nodes", "edges"])))
    return false;
  const o = data.options;
  if (!isRec(o) || o.type !== "directed" || o.multi !== true || o.allowSelfLoops !== false)
    return false;
  if (!onlyKeys(o, new Set(["type", "multi", "allowSelfLoops"]))) return false;
  const at = data.attributes;
  if (!isRec(at) || !isNum(at.version) || typeof at.generator !== "string") return false;
  if (!onlyKeys(at, new Set(["version", "generator"]))) return false;
  if (!Array.isArray(data.nodes) || !Array.isArray(data.edges)) return false;
  for (const n of data.nodes as unknown[]) if (!nodeOk(n)) return false;
  for (const e of data.edges as unknown[]) if (!edgeOk(e)) return false;
  return true;
}

/** Validates a parsed graph.json, including that every edge end is a node. */
export function parseGraph(data: unknown, file = "graph.json"): SerializedRabitaGraph {
  let graph: SerializedRabitaGraph;
  if (fastGraphOk(data)) graph = data;
  else {
    const result = v.safeParse(graphSchema, data);
    if (!result.success) throw new ContractError(`${file}: ${describe(result.issues)}`);
    graph = result.output as SerializedRabitaGraph;
  }
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
