/**
 * Framework-free sigma adapter: `createGraphView(el, data, handlers)` mounts a renderer once;
 * `update(state)` pushes display state through reducers; `destroy()` kills sigma.
 *
 * Nothing here mutates graph attributes: every transient look (hover, selection, search hits,
 * kinds, time window, network mode) is decided in `nodeReducer`/`edgeReducer`. A time-window
 * change, the one update that must stay under a frame at 10,000 nodes, re-reduces only the
 * nodes whose membership flipped and their edges (`refresh({ partialGraph, skipIndexation })`),
 * in slices of a few milliseconds per frame so that a large flip never blocks a frame; a full
 * refresh follows once the brush rests so that the label grid catches up. A refined search
 * re-reduces only the nodes whose hit status flipped, the same way. Large graphs hide
 * edges and labels while the camera moves.
 */
import Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type Graph from "graphology";
import type { EdgeAttributes, NodeAttributes } from "../../model/types.ts";
import type { RabitaGraph } from "../data/dataset.ts";
import type { CollabEdgeAttributes, CollabGraph } from "../data/collaboration.ts";
import { WindowMembership } from "../data/time-window.ts";
import type { TimeIndex } from "../data/time-window.ts";
import { DisplayModel, pairLabels } from "./graph-display.ts";
import type { DisplayState } from "./graph-display.ts";
import type { CameraView } from "../state/view-state.ts";
import {
  COLLAB_EDGE_COLOR,
  DIM_COLORS,
  DIM_EDGE_COLOR,
  EDGE_STYLES,
  KIND_COLORS,
  SELECTED_EDGE_COLOR,
} from "./palette.ts";

export interface GraphViewHandlers {
  onselect: (id: string | null) => void;
  onhover: (id: string | null) => void;
  /** The camera came to rest (CAMERA_REST_MS after its last move). */
  oncamera?: (camera: CameraView) => void;
}

export interface GraphData {
  graph: RabitaGraph;
  collab: CollabGraph;
  time: TimeIndex;
}

export interface GraphView {
  renderer: RabitaSigma;
  /** Milliseconds the last `update` took on the main thread (for the bench). */
  readonly lastUpdateMs: number;
  update(state: DisplayState): void;
  /** Animates the camera to a node, if it is drawn. */
  focus(id: string): void;
  zoom(direction: 1 | -1): void;
  fit(): void;
  /** Pans by a fraction of the view (dx right, dy up). */
  pan(dx: number, dy: number): void;
  /** Moves the camera without animation; null resets it to the whole graph. */
  setCamera(camera: CameraView | null): void;
  getCamera(): CameraView;
  destroy(): void;
}

type AnyEdge = EdgeAttributes | CollabEdgeAttributes;
type AnyGraph = Graph<NodeAttributes, AnyEdge>;
export type RabitaSigma = Sigma<NodeAttributes, AnyEdge>;

/** Labels always drawn: the largest nodes, whatever the zoom. */
const ALWAYS_LABELLED = 12;
const SETTLE_MS = 200;
/** Main-thread budget per frame for re-reducing what a window change flipped. */
const SLICE_MS = 6;
/** Above this many edges, edges and labels are hidden while the camera moves. */
const LARGE_EDGES = 5000;
/** How long the camera must be still before it is reported. */
const CAMERA_REST_MS = 300;
/** One arrow-key step, as a fraction of the visible graph. */
const PAN_STEP = 0.15;

function largest(graph: RabitaGraph, n: number): Set<string> {
  const nodes = graph.mapNodes((key, a) => ({ key, size: a.size }));
  return new Set(
    nodes
      .sort((a, b) => b.size - a.size)
      .slice(0, n)
      .map((d) => d.key),
  );
}

/**
 * Mounts the renderer. With `initial`, the first frame is drawn in that state (sigma's own
 * first refresh), and a later `update` with the same values costs nothing.
 */
export function createGraphView(
  el: HTMLElement,
  data: GraphData,
  handlers: GraphViewHandlers,
  initial?: DisplayState,
): GraphView {
  const model = new DisplayModel(data.time, new WindowMembership(data.time));
  const always = largest(data.graph, ALWAYS_LABELLED);
  // Edge labels are only shown for a focused node's edges: built on first use.
  let pairs: Map<string, string> | null = null;
  const labelOf = (key: string): string | undefined => (pairs ??= pairLabels(data.graph)).get(key);
  let graph: AnyGraph = data.graph as AnyGraph;
  if (initial) {
    model.state = initial;
    model.membership.setWindow(initial.window);
    if (initial.mode === "collaboration") {
      graph = data.collab as AnyGraph;
      resetCollabInside();
    }
    model.kinds = new Set(initial.kinds);
    model.setFocus(graph, initial);
  }
  const large = data.graph.size > LARGE_EDGES;

  // Sigma hands reducers a shallow copy of the attributes, so they fill it in place instead
  // of allocating another object per item (tens of thousands per full refresh).
  const nodeReducer = (key: string, a: NodeAttributes): Partial<NodeDisplayData> => {
    const look = model.nodeLook(key, a.kind);
    const s = model.state;
    const selected = s?.selected === key;
    const d = a as Omit<NodeAttributes, "label"> & Partial<NodeDisplayData>;
    d.color = look === "normal" ? KIND_COLORS[a.kind] : DIM_COLORS[a.kind];
    d.hidden = look === "hidden";
    d.forceLabel =
      look === "normal" && (always.has(key) || model.focus.has(key) || !!s?.hits?.has(key));
    d.label = look === "normal" ? d.label : null;
    d.highlighted = selected;
    d.zIndex = selected ? 2 : look === "normal" ? 1 : 0;
    return d;
  };

  const edgeReducer = (key: string, attrs: AnyEdge): Partial<EdgeDisplayData> => {
    const s = model.state;
    const [src, tgt] = graph.extremities(key);
    const sa = graph.getNodeAttributes(src);
    const ta = graph.getNodeAttributes(tgt);
    const ls = model.nodeLook(src, sa.kind);
    const lt = model.nodeLook(tgt, ta.kind);
    const collab = s?.mode === "collaboration";
    const weight = collab ? (attrs as CollabEdgeAttributes).weight : 0;
    const style = collab
      ? { color: COLLAB_EDGE_COLOR, size: 1 + Math.log2(weight), label: `${weight} shared` }
      : EDGE_STYLES[(attrs as EdgeAttributes).kind];
    let out = collab && s?.window && (model.collabInside.get(key) ?? 0) === 0;
    const focused =
      model.focus.size > 0 &&
      (src === (s?.hovered ?? s?.selected) || tgt === (s?.hovered ?? s?.selected));
    const hidden = ls === "hidden" || lt === "hidden" || (!!out && !!s?.hideFiltered);
    out = out || ls !== "normal" || lt !== "normal" || (model.focus.size > 0 && !focused);
    const chosen = s?.selectedEdge === key;
    const d = attrs as Omit<AnyEdge, "label"> & Partial<EdgeDisplayData>;
    d.color = chosen ? SELECTED_EDGE_COLOR : out ? DIM_EDGE_COLOR : style.color;
    d.size = chosen ? style.size + 2 : style.size;
    d.hidden = hidden;
    d.label = focused || chosen ? (collab ? style.label : (labelOf(key) ?? style.label)) : null;
    d.forceLabel = chosen;
    d.zIndex = chosen ? 10 : -style.size;
    return d;
  };

  const renderer: RabitaSigma = new Sigma(graph, el, {
    nodeReducer,
    edgeReducer,
    zIndex: true,
    renderEdgeLabels: true,
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.6,
    labelFont: 'system-ui, "Segoe UI", "Noto Sans", "Noto Sans Arabic", sans-serif',
    edgeLabelSize: 11,
    defaultEdgeType: "line",
    minCameraRatio: 0.02,
    maxCameraRatio: 4,
    allowInvalidContainer: true,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
  });
  renderer.on("clickNode", ({ node }) => handlers.onselect(node));
  renderer.on("clickStage", () => handlers.onselect(null));
  renderer.on("enterNode", ({ node }) => handlers.onhover(node));
  renderer.on("leaveNode", () => handlers.onhover(null));

  const camera = renderer.getCamera();
  let cameraRest: ReturnType<typeof setTimeout> | undefined;
  const onCameraUpdated = (): void => {
    clearTimeout(cameraRest);
    cameraRest = setTimeout(() => handlers.oncamera?.(getCamera()), CAMERA_REST_MS);
  };
  camera.on("updated", onCameraUpdated);
  const getCamera = (): CameraView => {
    const { x, y, ratio } = camera.getState();
    return { x, y, ratio };
  };

  // Panels resize the graph area without resizing the window, which is all sigma listens to.
  // The observer also reports the size it starts with: that one was drawn already (a full
  // refresh of a large graph costs hundreds of milliseconds), so only real changes refresh.
  let size = `${el.offsetWidth}x${el.offsetHeight}`;
  const resizes = new ResizeObserver(() => {
    const now = `${el.offsetWidth}x${el.offsetHeight}`;
    if (now === size) return;
    size = now;
    renderer.scheduleRefresh();
  });
  resizes.observe(el);

  let settle: ReturnType<typeof setTimeout> | undefined;
  // Nodes and edges still to re-reduce after window changes, drained a slice per frame.
  const pendingNodes = new Set<string>();
  const pendingEdges = new Set<string>();
  let pump = 0;
  /** Items re-reduced per millisecond, measured as slices run. */
  let rate = 200;
  const fullRefresh = (): void => {
    clearTimeout(settle);
    cancelAnimationFrame(pump);
    pump = 0;
    pendingNodes.clear();
    pendingEdges.clear();
    renderer.refresh({ skipIndexation: true });
  };

  function take(from: Set<string>, max: number): string[] {
    const out: string[] = [];
    if (max <= 0) return out;
    for (const k of from) {
      out.push(k);
      if (out.length >= max) break;
    }
    for (const k of out) from.delete(k);
    return out;
  }

  /** Re-reduces one slice of what the window flipped and draws it; reschedules the rest. */
  function drain(): void {
    pump = 0;
    const budget = Math.max(64, Math.round(rate * SLICE_MS));
    const nodes = take(pendingNodes, budget);
    // A flipped node's edges follow it (queued here, not on the brush's own call stack).
    for (const key of nodes)
      graph.forEachEdge(key, (e) => {
        pendingEdges.add(e);
      });
    const edges = take(pendingEdges, budget - nodes.length);
    const t0 = performance.now();
    renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
    const spent = performance.now() - t0;
    if (spent > 0.5) rate = 0.5 * rate + (0.5 * (nodes.length + edges.length)) / spent;
    if (pendingNodes.size > 0 || pendingEdges.size > 0) pump = requestAnimationFrame(drain);
    else {
      clearTimeout(settle);
      settle = setTimeout(fullRefresh, SETTLE_MS);
    }
  }

  /** Queues only what a window change flipped; returns false when nothing did. */
  function applyWindow(state: DisplayState): boolean {
    const flipped = model.membership.setWindow(state.window);
    const before = pendingNodes.size + pendingEdges.size;
    for (const i of flipped.nodes) {
      const key = data.time.keys[i];
      if (key !== undefined && graph.hasNode(key)) pendingNodes.add(key);
    }
    if (state.mode === "collaboration") collabFlips(flipped.events, pendingEdges);
    if (pendingNodes.size + pendingEdges.size === before) return before > 0;
    clearTimeout(settle);
    if (!pump) pump = requestAnimationFrame(drain);
    return true;
  }

  /** Queues only the nodes whose search-hit status flipped (a refined query changes a few);
   * returns false when every node's look changes (hits appear or go), which needs a full
   * refresh. */
  function applyHits(
    before: ReadonlySet<string> | null,
    after: ReadonlySet<string> | null,
  ): boolean {
    const was = !!before && before.size > 0;
    const now = !!after && after.size > 0;
    // With a focus, hits only force labels; without, they dim every other node.
    if (was !== now && model.focus.size === 0) return false;
    const flip = (from: ReadonlySet<string> | null, to: ReadonlySet<string> | null): void => {
      for (const key of from ?? []) if (!to?.has(key) && graph.hasNode(key)) pendingNodes.add(key);
    };
    flip(before, after);
    flip(after, before);
    clearTimeout(settle);
    if (!pump && (pendingNodes.size > 0 || pendingEdges.size > 0))
      pump = requestAnimationFrame(drain);
    return true;
  }

  let eventLinks: Map<string, string[]> | null = null;
  function collabFlips(events: number[], edges: Set<string>): void {
    if (!eventLinks) {
      eventLinks = new Map();
      data.collab.forEachEdge((edge, attrs) => {
        for (const ev of attrs.events) eventLinks?.set(ev, [...(eventLinks.get(ev) ?? []), edge]);
      });
    }
    for (const e of events) {
      const ev = data.time.keys[e];
      const inside = model.membership.eventInside[e] ? 1 : -1;
      for (const link of (ev && eventLinks.get(ev)) || []) {
        model.collabInside.set(link, (model.collabInside.get(link) ?? 0) + inside);
        edges.add(link);
      }
    }
  }

  function resetCollabInside(): void {
    model.collabInside = new Map();
    data.collab.forEachEdge((edge, attrs) => {
      let n = 0;
      for (const ev of attrs.events) {
        const i = data.time.indexOf.get(ev);
        if (i !== undefined && model.membership.eventInside[i]) n++;
      }
      model.collabInside.set(edge, attrs.events.length === 0 ? 1 : n);
    });
  }

  let lastUpdateMs = 0;
  function update(state: DisplayState): void {
    const t0 = performance.now();
    apply(state);
    lastUpdateMs = performance.now() - t0;
  }

  function apply(state: DisplayState): void {
    const prev = model.state;
    model.state = state;
    if (
      prev &&
      prev.mode === state.mode &&
      prev.window === state.window &&
      prev.selected === state.selected &&
      prev.selectedEdge === state.selectedEdge &&
      prev.hovered === state.hovered &&
      prev.kinds === state.kinds &&
      prev.hideFiltered === state.hideFiltered &&
      prev.hits === state.hits
    )
      return;
    if (!prev || prev.mode !== state.mode) {
      model.membership.setWindow(state.window);
      graph = (state.mode === "collaboration" ? data.collab : data.graph) as AnyGraph;
      if (state.mode === "collaboration") resetCollabInside();
      model.kinds = new Set(state.kinds);
      model.setFocus(graph, state);
      if (prev) {
        cancelAnimationFrame(pump);
        pump = 0;
        pendingNodes.clear();
        pendingEdges.clear();
        renderer.setGraph(graph);
      } else fullRefresh();
      return;
    }
    const onlyWindow =
      prev.window !== state.window &&
      prev.selected === state.selected &&
      prev.selectedEdge === state.selectedEdge &&
      prev.hovered === state.hovered &&
      prev.kinds === state.kinds &&
      prev.hideFiltered === state.hideFiltered &&
      prev.hits === state.hits;
    if (onlyWindow) {
      applyWindow(state);
      return;
    }
    const onlyHits =
      prev.hits !== state.hits &&
      prev.window === state.window &&
      prev.selected === state.selected &&
      prev.selectedEdge === state.selectedEdge &&
      prev.hovered === state.hovered &&
      prev.kinds === state.kinds &&
      prev.hideFiltered === state.hideFiltered;
    if (onlyHits && applyHits(prev.hits, state.hits)) return;
    if (prev.window !== state.window) {
      model.membership.setWindow(state.window);
      if (state.mode === "collaboration") resetCollabInside();
    }
    model.kinds = new Set(state.kinds);
    model.setFocus(graph, state);
    fullRefresh();
  }

  function focus(id: string): void {
    const d = renderer.getNodeDisplayData(id);
    if (!d || d.hidden) return;
    const camera = renderer.getCamera();
    void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.5) }, { duration: 400 });
  }

  return {
    renderer,
    get lastUpdateMs() {
      return lastUpdateMs;
    },
    update,
    focus,
    zoom: (direction) => {
      const camera = renderer.getCamera();
      void (direction > 0
        ? camera.animatedZoom({ duration: 200 })
        : camera.animatedUnzoom({ duration: 200 }));
    },
    fit: () => void renderer.getCamera().animatedReset({ duration: 300 }),
    pan: (dx, dy) => {
      const { x, y, ratio } = camera.getState();
      const step = PAN_STEP * ratio;
      void camera.animate({ x: x + dx * step, y: y + dy * step }, { duration: 150 });
    },
    setCamera: (c) => {
      const state = c ?? { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
      // A flight still under way would carry on over the new state: replace it instead.
      if (camera.isAnimated()) void camera.animate(state, { duration: 1 });
      else camera.setState(state);
    },
    getCamera,
    destroy: () => {
      clearTimeout(cameraRest);
      camera.removeListener("updated", onCameraUpdated);
      clearTimeout(settle);
      cancelAnimationFrame(pump);
      resizes.disconnect();
      renderer.kill();
    },
  };
}
