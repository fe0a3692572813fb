/**
 * The first-frame file, `frame.json`: what the explorer needs to draw a compiled graph before
 * `graph.json` is read. Every node with its label, kind, names, date, position, size and
 * degree, and every edge as a pair of node indices with its kind and amount, in graph.json's
 * order; the edge keys are left out where they are the content-derived key (`frameEdgeKey`).
 * It leaves out what only the panels and exports read (node `mentions` and `merges`, edge
 * `evidence`), which is most of graph.json's bytes. The compiler writes it beside graph.json
 * from the same graph; graph.json stays the contract, and this file only ever repeats it.
 */
import { ContractError } from "./schema.ts";
import { EDGE_KINDS, EVENT_TYPES, NODE_KINDS } from "./types.ts";
import type { EdgeKind, GraphAttributes } from "./types.ts";

/** The file's name beside graph.json. */
export const FRAME_FILE = "frame.json";

/** Version of the frame's layout; bump when a field changes meaning. */
export const FRAME_VERSION = 1;

/** Nodes as columns: entry `i` of each list is the `i`-th node of graph.json. */
export interface FrameNodes {
  key: string[];
  label: string[];
  /** Index in `NODE_KINDS`. */
  kind: number[];
  aliases: string[][];
  /** `[start]` or `[start, end]` (ISO dates); null when the node has no date. */
  date: (string[] | null)[];
  /** Index in `EVENT_TYPES`; null when the node has none. */
  eventType: (number | null)[];
  place: (string | null)[];
  x: number[];
  y: number[];
  size: number[];
  degree: number[];
}

/** Edges as columns: entry `i` of each list is the `i`-th edge of graph.json. */
export interface FrameEdges {
  /** Index of the source node. */
  source: number[];
  /** Index of the target node. */
  target: number[];
  /** Index in `EDGE_KINDS`. */
  kind: number[];
  /** `[edge index, amount or null, currency or null]` for each edge that has either. */
  amounts: [number, number | null, string | null][];
  /** `[edge index, key]` for each edge whose key is not `frameEdgeKey` of its content. */
  keys: [number, string][];
}

export interface GraphFrame {
  /** `FRAME_VERSION`. */
  frame: number;
  /** graph.json's graph attributes. */
  attributes: GraphAttributes;
  nodes: FrameNodes;
  edges: FrameEdges;
}

/** The content-derived key the compiler gives an edge (kind, ends, and amount if stated). */
export function frameEdgeKey(
  kind: EdgeKind,
  source: string,
  target: string,
  amount: number | undefined,
  currency: string | undefined,
): string {
  const base = `${kind}:${source}->${target}`;
  return amount === undefined ? base : `${base}:${amount}${currency ?? ""}`;
}

/*
 * A structural check in plain loops (the file is read on the main thread before the first
 * frame). Anything it lets through would still be refused by graphology (a duplicate key, a
 * self loop), and the whole graph is checked against the contract once graph.json is in.
 */
type Rec = Record<string, unknown>;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const CURRENCY = /^[A-Z]{3}$/;

const isRec = (x: unknown): x is Rec => typeof x === "object" && x !== null && !Array.isArray(x);
const isIndex = (x: unknown, n: number): boolean =>
  Number.isInteger(x) && (x as number) >= 0 && (x as number) < n;

class FrameCheck {
  constructor(private readonly file: string) {}

  fail(path: string, what: string): never {
    throw new ContractError(`${this.file}: ${path}: ${what}`);
  }

  /** `o[field]`, a list of `n` entries (any length when `n` is null) that each pass `ok`. */
  list<T>(
    o: Rec,
    path: string,
    field: string,
    n: number | null,
    ok: (x: unknown) => boolean,
    what: string,
  ): T[] {
    const list = o[field];
    if (!Array.isArray(list)) this.fail(`${path}.${field}`, "expected a list");
    if (n !== null && list.length !== n) this.fail(`${path}.${field}`, `expected ${n} entries`);
    for (let i = 0; i < list.length; i++)
      if (!ok(list[i] as unknown)) this.fail(`${path}.${field}.${i}`, what);
    return list as T[];
  }
}

const isString = (x: unknown): boolean => typeof x === "string";
const isFiniteNum = (x: unknown): boolean => typeof x === "number" && Number.isFinite(x);
const isDate = (x: unknown): boolean =>
  x === null ||
  (Array.isArray(x) &&
    (x.length === 1 || x.length === 2) &&
    x.every((d) => typeof d === "string" && ISO_DATE.test(d)));

function checkNodes(c: FrameCheck, nodes: unknown): FrameNodes {
  if (!isRec(nodes)) c.fail("nodes", "expected an object");
  const key = c.list<string>(nodes, "nodes", "key", null, isString, "expected a string");
  const col = <T>(field: string, ok: (x: unknown) => boolean, what: string): T[] =>
    c.list<T>(nodes, "nodes", field, key.length, ok, what);
  return {
    key,
    label: col("label", (x) => typeof x === "string" && x.length > 0, "expected a name"),
    kind: col("kind", (x) => isIndex(x, NODE_KINDS.length), "expected a node kind"),
    aliases: col(
      "aliases",
      (x) => Array.isArray(x) && x.every(isString),
      "expected a list of names",
    ),
    date: col("date", isDate, "expected null, [start] or [start, end]"),
    eventType: col(
      "eventType",
      (x) => x === null || isIndex(x, EVENT_TYPES.length),
      "expected null or an event type",
    ),
    place: col("place", (x) => x === null || isString(x), "expected null or a string"),
    x: col("x", isFiniteNum, "expected a finite number"),
    y: col("y", isFiniteNum, "expected a finite number"),
    size: col("size", (x) => isFiniteNum(x) && (x as number) >= 0, "expected a size"),
    degree: col("degree", (x) => Number.isInteger(x) && (x as number) >= 0, "expected a count"),
  };
}

function checkEdges(c: FrameCheck, edges: unknown, n: number): FrameEdges {
  if (!isRec(edges)) c.fail("edges", "expected an object");
  const node = (x: unknown): boolean => isIndex(x, n);
  const source = c.list<number>(edges, "edges", "source", null, node, "expected a node");
  const m = source.length;
  return {
    source,
    target: c.list<number>(edges, "edges", "target", m, node, "expected a node"),
    kind: c.list<number>(
      edges,
      "edges",
      "kind",
      m,
      (x) => isIndex(x, EDGE_KINDS.length),
      "expected an edge kind",
    ),
    amounts: c.list<[number, number | null, string | null]>(
      edges,
      "edges",
      "amounts",
      null,
      (x) =>
        Array.isArray(x) &&
        x.length === 3 &&
        isIndex(x[0], m) &&
        (x[1] === null || isFiniteNum(x[1])) &&
        (x[2] === null || (typeof x[2] === "string" && CURRENCY.test(x[2]))),
      "expected [edge, amount or null, currency or null]",
    ),
    keys: c.list<[number, string]>(
      edges,
      "edges",
      "keys",
      null,
      (x) => Array.isArray(x) && x.length === 2 && isIndex(x[0], m) && isString(x[1]),
      "expected [edge, key]",
    ),
  };
}

/** Checks a parsed frame.json; throws a `ContractError` naming the first wrong path. */
export function parseFrame(data: unknown, file = FRAME_FILE): GraphFrame {
  const c: FrameCheck = new FrameCheck(file);
  if (!isRec(data)) c.fail("(root)", "expected an object");
  if (data.frame !== FRAME_VERSION) c.fail("frame", `expected version ${FRAME_VERSION}`);
  const at = data.attributes;
  if (!isRec(at) || typeof at.version !== "number" || typeof at.generator !== "string")
    c.fail("attributes", "expected { version, generator }");
  const nodes = checkNodes(c, data.nodes);
  const edges = checkEdges(c, data.edges, nodes.key.length);
  return {
    frame: FRAME_VERSION,
    attributes: { version: at.version, generator: at.generator },
    nodes,
    edges,
  };
}
