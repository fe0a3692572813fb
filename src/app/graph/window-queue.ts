/**
 * What a display change leaves to re-reduce, by position: each network's nodes and edges are
 * numbered once (`GraphIndex`), and what waits is a bit per item (`IndexQueue`), taken in
 * graph order a slice at a time. A time-window step at 10,000 documents flips a couple of
 * thousand nodes; their tens of thousands of edges were queued as keys, looked up, and taken
 * in no order. Here the edges a step must redraw are found through arrays (`queueFlips`): only
 * those whose look changes (an edge to a node left out both before and after the step looks
 * the same, about half of them), and a slice takes neighbouring items, so that the part of
 * the vertex arrays a frame sends to the GPU is a short run instead of blocks spread over
 * all of it (see buffer-uploads.ts). Pure, no DOM: unit-tested.
 */
import { NODE_KINDS } from "../../model/types.ts";
import type { NodeKind } from "../../model/types.ts";
import type { TimeIndex } from "../data/time-window.ts";

/** What is read from a network to number it (graphology's `Graph`). */
export interface IndexedGraph {
  readonly size: number;
  forEachNode(fn: (key: string, attrs: { kind: NodeKind }) => void): void;
  forEachEdge(fn: (key: string, attrs: unknown, source: string, target: string) => void): void;
}

/** A network's nodes and edges numbered in graph order, with each node's edges. */
export interface GraphIndex {
  keys: string[];
  kinds: NodeKind[];
  /** Each node's kind, as its place in `NODE_KINDS`. */
  kindCodes: Uint8Array;
  nodeOf: Map<string, number>;
  edgeKeys: string[];
  /** Each node's position in the time index, −1 when the time index has none. */
  toTime: Int32Array;
  /** Each time-index position's node here, −1 when this network has none. */
  fromTime: Int32Array;
  /** Node `i`'s edges are `edges[start[i]]` to `edges[start[i + 1] - 1]`, with the node at
   * their other end at the same place in `other`. */
  start: Int32Array;
  edges: Int32Array;
  other: Int32Array;
}

/** Numbers a network's nodes and edges (in the order it iterates over them). */
export function makeGraphIndex(graph: IndexedGraph, time: TimeIndex): GraphIndex {
  const keys: string[] = [];
  const kinds: NodeKind[] = [];
  graph.forEachNode((key, attrs) => {
    keys.push(key);
    kinds.push(attrs.kind);
  });
  const nodeOf = new Map<string, number>();
  keys.forEach((key, i) => nodeOf.set(key, i));
  const n = keys.length;
  const toTime = new Int32Array(n).fill(-1);
  const fromTime = new Int32Array(time.keys.length).fill(-1);
  keys.forEach((key, i) => {
    const t = time.indexOf.get(key);
    if (t === undefined) return;
    toTime[i] = t;
    fromTime[t] = i;
  });
  const kindCodes = Uint8Array.from(kinds, (kind) => NODE_KINDS.indexOf(kind));
  const edgeKeys: string[] = [];
  const ends = new Int32Array(2 * graph.size);
  graph.forEachEdge((key, _attrs, source, target) => {
    const e = edgeKeys.length;
    edgeKeys.push(key);
    ends[2 * e] = nodeOf.get(source) ?? -1;
    ends[2 * e + 1] = nodeOf.get(target) ?? -1;
  });
  // Incidence lists (compressed rows): counted, then filled.
  const start = new Int32Array(n + 1);
  for (const i of ends) if (i >= 0) start[i + 1] = (start[i + 1] as number) + 1;
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, n);
  const edges = new Int32Array(start[n] as number);
  const other = new Int32Array(start[n] as number);
  for (let e = 0; e < edgeKeys.length; e++) {
    const s = ends[2 * e] as number;
    const t = ends[2 * e + 1] as number;
    if (s >= 0) {
      const k = fill[s] as number;
      edges[k] = e;
      other[k] = t;
      fill[s] = k + 1;
    }
    // A loop is listed once.
    if (t >= 0 && t !== s) {
      const k = fill[t] as number;
      edges[k] = e;
      other[k] = s;
      fill[t] = k + 1;
    }
  }
  return { keys, kinds, kindCodes, nodeOf, edgeKeys, toTime, fromTime, start, edges, other };
}

/** Positions waiting to be re-reduced, each once, taken in ascending order from where the
 * last take stopped (then from the start again). */
export class IndexQueue {
  private readonly bits: Uint8Array;
  private count = 0;
  private cursor = 0;

  constructor(size: number) {
    this.bits = new Uint8Array(size);
  }

  get size(): number {
    return this.count;
  }

  add(i: number): void {
    if (this.bits[i] !== 0 || i < 0 || i >= this.bits.length) return;
    this.bits[i] = 1;
    this.count++;
  }

  has(i: number): boolean {
    return this.bits[i] === 1;
  }

  clear(): void {
    if (this.count > 0) this.bits.fill(0);
    this.count = 0;
    this.cursor = 0;
  }

  /** Takes up to `max` positions, in ascending order from where the last take stopped. */
  take(max: number): number[] {
    const out: number[] = [];
    const bits = this.bits;
    const n = bits.length;
    let at = this.cursor;
    // At most one pass over the bits, from the cursor round to it again.
    for (let seen = 0; seen < n && out.length < max && this.count > 0; seen++) {
      if (bits[at] === 1) {
        bits[at] = 0;
        this.count--;
        out.push(at);
      }
      at = at + 1 === n ? 0 : at + 1;
    }
    this.cursor = at;
    return out;
  }
}

/** A node's look as a number: drawn normally, dimmed, hidden (see `NodeLook`). */
export const NORMAL = 0;
export const DIM = 1;
export const HIDDEN = 2;
/** Not among the nodes that changed. */
const UNCHANGED = 3;
/** Not yet looked at. */
const UNKNOWN = 4;

/** Whether an edge with ends that look `a` and `b` is hidden, and dimmed. */
function edgeLook(a: number, b: number): number {
  return (a === HIDDEN || b === HIDDEN ? 2 : 0) | (a !== NORMAL || b !== NORMAL ? 1 : 0);
}

/**
 * Queues what a change of some nodes' looks redraws: each node in `changed` whose look differs
 * from `before(i)` (its look now is `now(i)`; looks as `NORMAL`, `DIM` or `HIDDEN`), and each of
 * its edges whose look then changes: an edge is hidden when an end is, and dimmed when an end
 * is not drawn normally, so an edge to a node hidden before and after looks the same, as does
 * one to a node dimmed before and after while neither end is hidden. `before` is only asked
 * about nodes in `changed`; an edge already queued is not looked at again.
 */
export function queueFlips(
  index: GraphIndex,
  changed: readonly number[],
  before: (i: number) => number,
  now: (i: number) => number,
  nodes: IndexQueue,
  edges: IndexQueue,
): void {
  const { start, other } = index;
  const n = index.keys.length;
  // Looks now, read once per node that is asked about (an edge's other end, many times over).
  const looks = new Uint8Array(n).fill(UNKNOWN);
  const was = new Uint8Array(n).fill(UNCHANGED);
  for (const i of changed) was[i] = before(i);
  const list = index.edges;
  for (const i of changed) {
    const a0 = was[i] as number;
    const a1 = (looks[i] = now(i));
    if (a0 === a1) continue;
    nodes.add(i);
    const to = start[i + 1] as number;
    for (let k = start[i] as number; k < to; k++) {
      const e = list[k] as number;
      if (edges.has(e)) continue;
      const j = other[k] as number;
      let b1 = looks[j] as number;
      if (b1 === UNKNOWN) b1 = looks[j] = now(j);
      const b = was[j] as number;
      if (edgeLook(a0, b === UNCHANGED ? b1 : b) !== edgeLook(a1, b1)) edges.add(e);
    }
  }
}
