/**
 * A large network's first frame draws its nodes only; its edges are indexed, reduced and drawn
 * right after, a slice per task. Sigma indexes every edge of a network when it draws it first
 * (at load, or after `setGraph`): it reduces each one and gives it a place in its edge program,
 * which at 10,000 documents (about 90,000 edges) costs hundreds of milliseconds before the first
 * frame, even with every edge hidden. Here sigma first sees the network without its edges
 * (`withoutEdges`), and `HeldEdges` then does for the edges what sigma's `process` would have
 * done (an index and a place each, in graph order, the order sigma draws them in), a slice at a
 * time: the edge program is sized for every edge at once, and a place not yet filled draws
 * nothing, as a hidden edge does.
 *
 * Until every edge has its place, sigma must not be asked to draw an edge label (it would read
 * the display data of edges it has not seen) nor to refresh an edge not yet placed: `placed`
 * leaves those out (they are reduced when their turn comes, with the view as it is then).
 * Sigma indexing the whole network itself meanwhile (a full refresh, after a window resize)
 * places every edge: `HeldEdges` then has nothing left to do.
 */
import type Sigma from "sigma";
import type { Attributes } from "graphology-types";

/** What a graph exposes for iterating over its edges (what sigma reads them through). */
interface EdgeIteration {
  edges(...args: unknown[]): string[];
  forEachEdge(...args: unknown[]): void;
}

/**
 * Runs `make` (a sigma constructor or `setGraph`) while `graph` shows no edges to whoever
 * iterates over all of them, so that sigma indexes and draws its nodes alone. The graph is
 * not changed: the two iteration methods are shadowed on the instance and restored after.
 */
export function withoutEdges<T>(graph: object, make: () => T): T {
  const own = graph as Partial<EdgeIteration>;
  const proto = Object.getPrototypeOf(graph) as EdgeIteration;
  // Only the whole graph's edges are hidden (a node's edges are still there).
  own.edges = (...args: unknown[]) => (args.length > 0 ? proto.edges.apply(graph, args) : []);
  own.forEachEdge = (...args: unknown[]) => {
    if (args.length > 1) proto.forEachEdge.apply(graph, args);
  };
  try {
    return make();
  } finally {
    delete own.edges;
    delete own.forEachEdge;
  }
}

/** What sigma 3 keeps per edge and per program, read and written here. */
interface SigmaInternals {
  edgeProgramIndex: Record<string, number>;
  edgeIndices: Record<string, number>;
  itemIDsIndex: Record<number, { type: "node" | "edge"; id: string }>;
  edgeDataCache: Record<string, { type?: string }>;
  edgePrograms: Record<string, { reallocate(capacity: number): void }>;
  settings: { defaultEdgeType: string };
}

function internalsOf(renderer: object): SigmaInternals | null {
  const r = renderer as Partial<SigmaInternals>;
  const type = r.settings?.defaultEdgeType;
  if (
    !r.edgeProgramIndex ||
    !r.edgeIndices ||
    !r.itemIDsIndex ||
    !r.edgeDataCache ||
    !r.edgePrograms ||
    typeof type !== "string" ||
    typeof r.edgePrograms[type]?.reallocate !== "function"
  )
    return null;
  return r as SigmaInternals;
}

export class HeldEdges {
  /** Every edge, in graph order (its place in the edge program). */
  private readonly all: string[];
  /** Places already filled. */
  private readonly done: Uint8Array;
  /** Places to fill first (the focused node's edges), then every place in order. */
  private readonly first: number[];
  private firstAt = 0;
  private at = 0;
  private left: number;
  /** Sigma's id of the first edge (ids after the nodes', as sigma gives them). */
  private readonly firstId: number;
  private readonly internals: SigmaInternals;

  private constructor(
    private readonly renderer: Sigma<Attributes, Attributes>,
    internals: SigmaInternals,
    first: Iterable<string>,
  ) {
    const graph = renderer.getGraph();
    this.internals = internals;
    this.all = graph.edges();
    this.done = new Uint8Array(this.all.length);
    this.left = this.all.length;
    this.firstId = graph.order + 1;
    const wanted = new Set(first);
    this.first = [];
    if (wanted.size > 0)
      for (let i = 0; i < this.all.length; i++)
        if (wanted.has(this.all[i] as string)) this.first.push(i);
    // Every place at once: those not yet filled are zeros, which draw nothing.
    internals.edgePrograms[internals.settings.defaultEdgeType]?.reallocate(this.all.length);
  }

  /**
   * Starts placing the edges of the network that `renderer` drew without them (`withoutEdges`),
   * `first` first; null where sigma's internals are not as expected (the caller then lets sigma
   * index the network itself).
   */
  static start<N extends Attributes, E extends Attributes>(
    renderer: Sigma<N, E>,
    first: Iterable<string> = [],
  ): HeldEdges | null {
    const internals = internalsOf(renderer);
    if (!internals) return null;
    return new HeldEdges(renderer as unknown as Sigma<Attributes, Attributes>, internals, first);
  }

  /** Whether edges are still to be placed. */
  get pending(): boolean {
    return this.left > 0;
  }

  /** Whether sigma has an edge's place (so that it can be refreshed). */
  placed(edge: string): boolean {
    return this.internals.edgeProgramIndex[edge] !== undefined;
  }

  /** The edges of `edges` that sigma has placed. */
  placedOf(edges: string[]): string[] {
    return this.left === 0 ? edges : edges.filter((e) => this.placed(e));
  }

  /** Sigma placed every edge itself (a full refresh): nothing is left to do here. */
  indexedBySigma(): void {
    this.left = 0;
  }

  /** Gives the next `max` edges their places; returns them, for sigma to reduce and draw
   * (`refresh` with `skipIndexation`). */
  take(max: number): string[] {
    const out: string[] = [];
    const { edgeProgramIndex, edgeIndices, itemIDsIndex } = this.internals;
    while (out.length < max && this.left > 0) {
      let i: number;
      if (this.firstAt < this.first.length) i = this.first[this.firstAt++] as number;
      else if (this.at < this.all.length) i = this.at++;
      else break;
      if (this.done[i]) continue;
      this.done[i] = 1;
      this.left--;
      const edge = this.all[i] as string;
      const id = this.firstId + i;
      edgeIndices[edge] = id;
      itemIDsIndex[id] = { type: "edge", id: edge };
      edgeProgramIndex[edge] = i;
      out.push(edge);
    }
    return out;
  }

  /** Whether every edge of `edges` (just refreshed) is drawn by the program sized for them all
   * (an edge of another type would need sigma's own indexing). */
  fits(edges: string[]): boolean {
    const { edgeDataCache, settings } = this.internals;
    for (const e of edges) {
      const type = edgeDataCache[e]?.type;
      if (type !== undefined && type !== settings.defaultEdgeType) return false;
    }
    return true;
  }
}
