/**
 * What the graph draws for the current view: the per-frame display rules behind sigma's
 * reducers, kept free of sigma so they read as plain decisions. `DisplayModel` holds the
 * precomputed sets (focus neighbourhood, kinds, search hits, time membership) that the
 * reducers consult in O(1) per item.
 */
import type Graph from "graphology";
import { NODE_KINDS } from "../../model/types.ts";
import type { EdgeKind, NodeKind } from "../../model/types.ts";
import type { NetworkMode, TimeWindow } from "../state/view-state.ts";
import { WindowMembership } from "../data/time-window.ts";
import type { TimeIndex } from "../data/time-window.ts";
import { EDGE_STYLES } from "./palette.ts";
import { DIM, HIDDEN, NORMAL } from "./window-queue.ts";
import type { GraphIndex } from "./window-queue.ts";

/** The slice of app state the graph draws. */
export interface DisplayState {
  mode: NetworkMode;
  selected: string | null;
  selectedEdge: string | null;
  hovered: string | null;
  kinds: readonly NodeKind[];
  window: TimeWindow | null;
  hideFiltered: boolean;
  /** Nodes matching the search query; null when there is no query. */
  hits: ReadonlySet<string> | null;
}

export type NodeLook = "normal" | "dim" | "hidden";

/** Most labels forced for a focus's neighbours, and for search hits: the largest of each. A
 * hub's thousands of neighbours, or a one-letter query's thousands of hits, cannot all be
 * placed, and each forced label costs every frame; the label grid still proposes the others. */
export const FORCED_LABELS = 80;

/** The `max` largest of `keys` (by the `size` attribute), in one pass without sorting all. */
export function largestOf(graph: Graph, keys: Iterable<string>, max: number): string[] {
  const best: string[] = [];
  const sizes: number[] = [];
  for (const key of keys) {
    if (!graph.hasNode(key)) continue;
    const size = Number(graph.getNodeAttribute(key, "size")) || 0;
    if (best.length >= max && size <= (sizes[sizes.length - 1] ?? 0)) continue;
    let at = best.length;
    while (at > 0 && (sizes[at - 1] ?? 0) < size) at--;
    best.splice(at, 0, key);
    sizes.splice(at, 0, size);
    if (best.length > max) {
      best.pop();
      sizes.pop();
    }
  }
  return best;
}

export class DisplayModel {
  state: DisplayState | null = null;
  focus = new Set<string>();
  /** Nodes whose labels are forced: the focused node, its largest neighbours and the largest
   * search hits (`FORCED_LABELS` of each). */
  forced = new Set<string>();
  kinds = new Set<NodeKind>();
  /** Collaboration links with at least one shared event inside the window. */
  collabInside = new Map<string, number>();

  private readTime: () => TimeIndex;
  private timeIndex: TimeIndex | null = null;
  private member: WindowMembership | null;

  /** `time` may be given as a function: the index (and the window membership) is then read
   * on first use, when a window is first set, not for a first frame without one. */
  constructor(time: TimeIndex | (() => TimeIndex), membership?: WindowMembership) {
    this.readTime = typeof time === "function" ? time : () => time;
    this.member = membership ?? null;
  }

  get time(): TimeIndex {
    return (this.timeIndex ??= this.readTime());
  }

  get membership(): WindowMembership {
    return (this.member ??= new WindowMembership(this.time));
  }

  /** Applies a window: the node and event indices whose membership flipped (none while no
   * window has ever been set). */
  setWindow(window: TimeWindow | null): { nodes: number[]; events: number[] } {
    if (window === null && !this.member) return { nodes: [], events: [] };
    return this.membership.setWindow(window);
  }

  /** Recomputes the focus neighbourhood (hovered, else selected, node and its neighbours). */
  setFocus(graph: Graph, state: DisplayState): void {
    const f = state.hovered ?? state.selected;
    this.focus = new Set();
    if (f && graph.hasNode(f)) {
      this.focus.add(f);
      graph.forEachNeighbor(f, (n) => this.focus.add(n));
    }
    this.setForced(graph, state);
  }

  /** Recomputes the forced labels (after the focus or the search hits changed); returns the
   * nodes whose forcing flipped. */
  setForced(graph: Graph, state: DisplayState): string[] {
    const before = this.forced;
    const f = state.hovered ?? state.selected;
    const next = new Set<string>();
    if (f && this.focus.has(f)) next.add(f);
    const around =
      this.focus.size > FORCED_LABELS + 1
        ? largestOf(graph, this.focus, FORCED_LABELS)
        : this.focus;
    for (const k of around) next.add(k);
    if (state.hits) for (const k of largestOf(graph, state.hits, FORCED_LABELS)) next.add(k);
    this.forced = next;
    const flipped: string[] = [];
    for (const k of before) if (!next.has(k)) flipped.push(k);
    for (const k of next) if (!before.has(k)) flipped.push(k);
    return flipped;
  }

  /** Whether kinds or the time window leave the node out. */
  filtered(key: string, kind: NodeKind): boolean {
    if (!this.kinds.has(kind)) return true;
    // Without a window nothing is outside it (no lookup per node and edge).
    const member = this.member;
    if (!member?.isActive) return false;
    const i = this.time.indexOf.get(key);
    return i !== undefined && member.inside[i] === 0;
  }

  nodeLook(key: string, kind: NodeKind): NodeLook {
    const s = this.state;
    if (!s) return "normal";
    if (this.filtered(key, kind)) return s.hideFiltered ? "hidden" : "dim";
    if (this.focus.size > 0) return this.focus.has(key) ? "normal" : "dim";
    if (s.hits && s.hits.size > 0 && !s.hits.has(key)) return "dim";
    return "normal";
  }

  /**
   * `nodeLook` by position in a numbered network, as a number (`NORMAL`, `DIM`, `HIDDEN`), read
   * from arrays: for the thousands of nodes a window step looks at. With `flip`, the look the
   * node would have on the other side of the window (what a node the step flipped had
   * before). The kinds, focus and hits are those of now (read once, here).
   */
  lookCodes(index: GraphIndex): (i: number, flip: boolean) => number {
    const s = this.state;
    if (!s) return () => NORMAL;
    const { keys, kindCodes, toTime } = index;
    const left = s.hideFiltered ? HIDDEN : DIM;
    let shown = 0;
    NODE_KINDS.forEach((kind, c) => {
      if (this.kinds.has(kind)) shown |= 1 << c;
    });
    const member = this.member;
    const active = !!member?.isActive;
    const inside = member?.inside;
    const focus = this.focus;
    const hits = s.hits && s.hits.size > 0 ? s.hits : null;
    return (i, flip) => {
      const t = toTime[i] as number;
      const out = active && t >= 0 && inside?.[t] === 0;
      if (((shown >> (kindCodes[i] as number)) & 1) === 0 || out !== flip) return left;
      if (focus.size > 0) return focus.has(keys[i] as string) ? NORMAL : DIM;
      if (hits && !hits.has(keys[i] as string)) return DIM;
      return NORMAL;
    };
  }
}

/** For each pair of nodes joined by several relations, the first edge gets a label naming
 * them all ("organised · funded") and the others an empty one, so a focused node's edges say
 * what they are without stacking labels. */
export function pairLabels(graph: Graph): Map<string, string> {
  const byPair = new Map<string, { edge: string; kind: EdgeKind }[]>();
  graph.forEachEdge((edge, attrs, s, t) => {
    const pair = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    const list = byPair.get(pair) ?? [];
    list.push({ edge, kind: attrs.kind as EdgeKind });
    byPair.set(pair, list);
  });
  const labels = new Map<string, string>();
  for (const list of byPair.values()) {
    const text = [...new Set(list.map((e) => EDGE_STYLES[e.kind].label))].join(" · ");
    list.forEach((e, i) => labels.set(e.edge, i === 0 ? text : ""));
  }
  return labels;
}

/** `pairLabels` for one edge, read around its two ends only: the pair's relations named once
 * each on its first edge (here in key order, there in graph order), an empty label on the
 * others. */
export function pairLabel(graph: Graph, edge: string): string | undefined {
  if (!graph.hasEdge(edge)) return undefined;
  const [s, t] = graph.extremities(edge);
  const [a, b] = s < t ? [s, t] : [t, s];
  const list = (a === b ? graph.edges(a, b) : [...graph.edges(a, b), ...graph.edges(b, a)]).sort();
  if (list[0] !== edge) return "";
  const kinds = list.map((e) => EDGE_STYLES[graph.getEdgeAttribute(e, "kind") as EdgeKind].label);
  return [...new Set(kinds)].join(" · ");
}
