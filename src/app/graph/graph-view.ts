/**
 * Framework-free sigma adapter: `createGraphView(el, data, handlers)` mounts a renderer once;
 * `update(state)` pushes display state through reducers; `destroy()` kills sigma.
 *
 * Nothing here mutates graph attributes: every transient look (hover, selection, search hits,
 * kinds, time window, network mode) is decided in `nodeReducer`/`edgeReducer`. A time-window
 * change, the one update that must stay under a frame at 10,000 nodes, re-reduces only the
 * nodes whose look it changed and those of their edges whose look changes with them (found by
 * position, see window-queue.ts; `refresh({ partialGraph, skipIndexation })`), a slice of about
 * two milliseconds per frame in graph order, so that a large flip never blocks a frame and a
 * frame sends the GPU a short run of each vertex array. A refined search re-reduces only the
 * nodes whose hit status flipped, and their edges, the same way. Any other display
 * change (selection, hover, kinds) re-reduces what is around the focus at once and the rest in
 * slices (`fullRefresh`); only a new network or a new size re-indexes (positions, label grid).
 * A large network's first frame, at load or after a mode switch, draws its nodes, and its edges
 * follow in slices. Large graphs hide edges and labels while the camera moves. Picking is
 * geometric (picking.ts); a draw uploads only the vertex data that changed (buffer-uploads.ts).
 */
import type Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type Graph from "graphology";
import type { EdgeAttributes, NodeAttributes } from "../../model/types.ts";
import type { RabitaGraph } from "../data/dataset.ts";
import type { CollabEdgeAttributes, CollabGraph } from "../data/collaboration.ts";
import type { TimeIndex } from "../data/time-window.ts";
import { DisplayModel, pairLabel } from "./graph-display.ts";
import { pickOnCpu } from "./picking.ts";
import { whenIdle } from "../data/indexes.ts";
import { uploadChangesOnly } from "./buffer-uploads.ts";
import { HeldEdges, withoutEdges } from "./held-edges.ts";
import { DirectSigma } from "./direct-reducers.ts";
import { IndexQueue, makeGraphIndex, queueFlips } from "./window-queue.ts";
import type { GraphIndex } from "./window-queue.ts";
import type { DisplayState } from "./graph-display.ts";
import { LABEL_LEVELS, LabelLayer } from "./labels.ts";
import type { LabelLevel } from "./labels.ts";
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
  /** An edge was clicked (its key and its source node). */
  onselectedge?: (edge: string, source: string) => void;
}

/** The part of the graph area left in view (pixels from its top left), e.g. above a sheet. */
export interface ViewArea {
  top: number;
  left: number;
  width: number;
  height: number;
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
  /** Leaves the next frame to the page (the suggestions answering a keystroke): a re-reduction
   * still queued (the last query's highlight, a window change), or a sweep under way and its
   * draw, resumes at the frame after. */
  yieldFrame(): void;
  /** Animates the camera to a node, if it is drawn: to the middle of `area` when given (the
   * part of the graph not covered), else of the view. */
  focus(id: string, area?: ViewArea | null): void;
  /** Moves the camera, without zooming, so that a node out of `area` comes to its middle. */
  reveal(id: string, area: ViewArea): void;
  /** The node labels: what the last frame drew (for tests). */
  readonly labels: LabelLayer;
  /** How many labels to show. */
  setLabelLevel(level: LabelLevel): void;
  /** Parts of the graph area that something covers (zoom buttons, a sheet): no label there. */
  setCovered(boxes: ViewArea[]): void;
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
/** Main-thread time per task for re-reducing every item after a display change. */
const SWEEP_SLICE_MS = 8;
/** A focused node's links are labelled when it has at most this many neighbours. */
const EDGE_LABELS_UP_TO = 40;
/** Main-thread budget per frame for re-reducing what a change left to do (the draw that
 * follows in the same frame not counted). */
const SLICE_MS = 2;
/** The programs every node and every edge is drawn with (sigma's defaults). */
const NODE_TYPE = "circle";
const EDGE_TYPE = "line";
/** Above this many edges, edges and labels are hidden while the camera moves. */
const LARGE_EDGES = 5000;
/** How long the camera must be still before it is reported. */
const CAMERA_REST_MS = 300;
/** One arrow-key step, as a fraction of the visible graph. */
const PAN_STEP = 0.15;

/** Whether the user's input waits for the main thread (Chromium's `isInputPending`; false
 * where the browser cannot tell): a sweep's slice then ends early, so that a keystroke or a
 * click is not held back by a slice already under way. */
function inputPending(): boolean {
  const scheduling = (navigator as { scheduling?: { isInputPending?: () => boolean } }).scheduling;
  return scheduling?.isInputPending?.() ?? false;
}

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
  // The time index is read when a window is first set (not for a first frame without one).
  const model = new DisplayModel(() => data.time);
  const always = largest(data.graph, ALWAYS_LABELLED);
  // Edge labels are only shown for a focused node's edges: each is read around the edge's two
  // ends (not for the whole graph at once: a focus labels a few).
  const labelOf = (key: string): string | undefined => pairLabel(data.graph, key);
  let graph: AnyGraph = data.graph as AnyGraph;
  /** Whether `model.collabInside` counts the links' events inside the window (only read while
   * a window is set: without one, switching mode does not count them). */
  let collabCounted = false;
  if (initial) {
    model.state = initial;
    model.setWindow(initial.window);
    if (initial.mode === "collaboration") {
      graph = data.collab as AnyGraph;
      resetCollabInside(initial);
    }
    model.kinds = new Set(initial.kinds);
    model.setFocus(graph, initial);
  }
  const large = data.graph.size > LARGE_EDGES;
  const labels = new LabelLayer();
  /** The edge under the pointer. */
  let hoveredEdge: string | null = null;

  // The reducers never change the attributes they are given: each returns the item's display
  // data as a new object of one shape, every value sigma reads in it (see direct-reducers.ts:
  // the renderer hands them the attributes without copying them first).
  const nodeReducer = (key: string, a: NodeAttributes): Partial<NodeDisplayData> => {
    const look = model.nodeLook(key, a.kind);
    const selected = model.state?.selected === key;
    const normal = look === "normal";
    return {
      x: a.x,
      y: a.y,
      size: a.size,
      label: normal ? a.label : null,
      color: normal ? KIND_COLORS[a.kind] : DIM_COLORS[a.kind],
      hidden: look === "hidden",
      forceLabel: normal && (always.has(key) || model.forced.has(key)),
      highlighted: selected,
      zIndex: selected ? 2 : normal ? 1 : 0,
      type: NODE_TYPE,
    };
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
    // No object or string made per edge (a sweep reduces tens of thousands).
    const style = collab ? null : EDGE_STYLES[(attrs as EdgeAttributes).kind];
    const color = style ? style.color : COLLAB_EDGE_COLOR;
    const size = style ? style.size : 1 + Math.log2(weight);
    let out = collab && s?.window && (model.collabInside.get(key) ?? 0) === 0;
    const focused =
      model.focus.size > 0 &&
      (src === (s?.hovered ?? s?.selected) || tgt === (s?.hovered ?? s?.selected));
    const hidden = ls === "hidden" || lt === "hidden" || (!!out && !!s?.hideFiltered);
    out = out || ls !== "normal" || lt !== "normal" || (model.focus.size > 0 && !focused);
    const chosen = s?.selectedEdge === key;
    const hot = hoveredEdge === key;
    // A hub's hundreds of links stay unlabelled (the labels would pile up unread, and cost
    // the frame); the chosen and hovered ones keep theirs.
    const labelled = (focused && model.focus.size <= EDGE_LABELS_UP_TO) || chosen || hot;
    return {
      color: chosen || hot ? SELECTED_EDGE_COLOR : out ? DIM_EDGE_COLOR : color,
      size: chosen || hot ? size + 2 : size,
      hidden,
      label: labelled ? (style ? labelOf(key) || style.label : `${weight} shared`) : null,
      forceLabel: chosen || hot,
      // One level for every edge but the chosen one: sigma then draws them in graph order
      // instead of sorting tens of thousands of edges each time it re-indexes.
      zIndex: chosen || hot ? 10 : 0,
      type: EDGE_TYPE,
    };
  };

  /** A large network's first frame draws its nodes (and their labels) only: sigma sees it
   * without its edges, which are then placed, reduced and drawn a slice per task (the sweep),
   * instead of holding that frame back (tens of thousands of edges at 10,000 documents; see
   * held-edges.ts). */
  const holds = (g: AnyGraph): boolean => g.size > LARGE_EDGES;
  const firstGraph = graph;
  const make = (): RabitaSigma =>
    new DirectSigma(firstGraph, el, {
      nodeReducer,
      edgeReducer,
      zIndex: true,
      renderEdgeLabels: true,
      // Labels: the grid proposes (more as the camera zooms in), the label layer places them
      // without overlap and draws them (see labels.ts).
      labelRenderedSizeThreshold: LABEL_LEVELS.normal.threshold,
      labelDensity: LABEL_LEVELS.normal.density,
      labelGridCellSize: 80,
      defaultDrawNodeLabel: labels.collect,
      defaultDrawNodeHover: labels.hover,
      defaultDrawEdgeLabel: labels.collectEdge,
      labelFont: 'system-ui, "Segoe UI", "Noto Sans", "Noto Sans Arabic", sans-serif',
      edgeLabelSize: 11,
      defaultNodeType: NODE_TYPE,
      defaultEdgeType: EDGE_TYPE,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      allowInvalidContainer: true,
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      // Edges answer the pointer: hovering shows what they are, a click their evidence.
      enableEdgeEvents: true,
    });
  const renderer = holds(graph) ? withoutEdges(graph, make) : make();
  /** The edges still to be placed after a large network's first frame (see held-edges.ts). */
  let held: HeldEdges | null = null;
  /** The edges of `edges` that sigma can refresh (all but those still to be placed, which
   * are reduced when placed, with the view as it is then). */
  const placed = (edges: string[]): string[] => (held?.pending ? held.placedOf(edges) : edges);
  // Sigma indexing the whole network itself (a full refresh) places every edge.
  renderer.on("afterProcess", () => held?.indexedBySigma());
  // Picking from drawn positions, not by reading pixels back from the GPU (see picking.ts).
  pickOnCpu(renderer);
  // Each draw sends the GPU only the part of the vertex arrays that changed since the last.
  uploadChangesOnly(renderer);
  // Edge labels are drawn only when some edge has one (a focused node with few links, a chosen
  // or hovered edge): otherwise sigma would still walk every edge between labelled nodes.
  const internals = renderer as unknown as {
    settings?: {
      renderEdgeLabels: boolean;
      labelDensity: number;
      labelRenderedSizeThreshold: number;
    };
  };
  renderer.on("beforeRender", () => {
    if (!internals.settings) return;
    const s = model.state;
    // Not while edges are still to be placed (sigma would read edges it has not seen).
    internals.settings.renderEdgeLabels =
      !held?.pending &&
      (!!hoveredEdge ||
        !!s?.selectedEdge ||
        (model.focus.size > 0 && model.focus.size <= EDGE_LABELS_UP_TO));
  });
  renderer.on("beforeRender", () => labels.begin());
  renderer.on("afterRender", () => {
    const context = renderer.getCanvases().labels?.getContext("2d");
    const { width, height } = renderer.getDimensions();
    if (context) labels.flush(context, renderer.getSettings(), width, height);
  });
  renderer.on("clickNode", ({ node }) => handlers.onselect(node));
  renderer.on("clickStage", () => handlers.onselect(null));
  renderer.on("enterNode", ({ node }) => handlers.onhover(node));
  renderer.on("leaveNode", () => handlers.onhover(null));
  // The edge under the pointer, drawn highlighted with its label (only that edge re-reduced).
  const hoverEdge = (edge: string | null): void => {
    const before = hoveredEdge;
    hoveredEdge = edge;
    el.style.cursor = edge ? "pointer" : "";
    const edges = placed([before, edge].filter((e): e is string => !!e && graph.hasEdge(e)));
    if (edges.length > 0)
      renderer.refresh({ partialGraph: { edges }, skipIndexation: true, schedule: true });
  };
  renderer.on("enterEdge", ({ edge }) => hoverEdge(edge));
  renderer.on("leaveEdge", () => hoverEdge(null));
  renderer.on("clickEdge", ({ edge }) => {
    if (graph.hasEdge(edge)) handlers.onselectedge?.(edge, graph.source(edge));
  });

  const camera = renderer.getCamera();
  let cameraRest: ReturnType<typeof setTimeout> | undefined;
  const onCameraUpdated = (): void => {
    clearTimeout(cameraRest);
    // Not in mid-flight (frames slower than the rest time, as the first ones can be): the
    // flight's last step reports where it lands.
    cameraRest = setTimeout(() => {
      if (!camera.isAnimated()) handlers.oncamera?.(getCamera());
    }, CAMERA_REST_MS);
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
    // Drawn again at the new size at the next frame; nothing is re-reduced or re-indexed
    // (the camera matrix follows the size; the label grid keeps its cells until the network
    // changes).
    renderer.scheduleRender();
  });
  resizes.observe(el);

  let settle: ReturnType<typeof setTimeout> | undefined;
  /** Each network numbered, with each node's edges (built when first needed, or in idle time
   * after the first frame). */
  const numbered = new WeakMap<AnyGraph, GraphIndex>();
  const indexOf = (g: AnyGraph): GraphIndex => {
    let index = numbered.get(g);
    if (!index) numbered.set(g, (index = makeGraphIndex(g, data.time)));
    return index;
  };
  /** Nodes and edges of the network drawn still to re-reduce after a window change (or a
   * refined search), by position, drained a slice per frame. */
  let queue: { graph: AnyGraph; index: GraphIndex; nodes: IndexQueue; edges: IndexQueue } | null =
    null;
  function queueOf(g: AnyGraph): NonNullable<typeof queue> {
    if (queue?.graph === g) return queue;
    const index = indexOf(g);
    queue = {
      graph: g,
      index,
      nodes: new IndexQueue(index.keys.length),
      edges: new IndexQueue(index.edgeKeys.length),
    };
    return queue;
  }
  const pendingCount = (): number => (queue ? queue.nodes.size + queue.edges.size : 0);
  function clearPending(): void {
    queue?.nodes.clear();
    queue?.edges.clear();
  }
  let pump = 0;
  /** The next frame is left to the page (`yieldFrame`): the queued slice waits for the one
   * after. */
  let yielding = false;
  /** Items re-reduced per millisecond, measured as slices run. */
  let rate = 100;

  // A sweep: every node and edge re-reduced after a display change, a slice per task.
  let sweepNodes: string[] = [];
  let sweepEdges: string[] = [];
  let sweepAt = 0;
  let sweepPosted = false;
  const sweepChannel = new MessageChannel();
  sweepChannel.port1.onmessage = () => sweepSlice();
  const sweepLeft = (): boolean =>
    !!held?.pending || sweepAt < sweepNodes.length + sweepEdges.length;

  /** The next `max` keys of the sweep: edges still to be placed first (given their places),
   * then nodes, then edges. */
  function sweepTake(max: number): { nodes: string[]; edges: string[] } {
    if (held?.pending) return { nodes: [], edges: held.take(max) };
    const n = sweepNodes.length;
    const from = sweepAt;
    const to = Math.min(from + max, n + sweepEdges.length);
    sweepAt = to;
    return {
      nodes: from < n ? sweepNodes.slice(from, Math.min(to, n)) : [],
      edges: to > n ? placed(sweepEdges.slice(Math.max(from - n, 0), to - n)) : [],
    };
  }

  /** Re-reduces a few milliseconds' worth of the sweep; the drawing waits for the next frame
   * (one draw per frame however many slices ran), and input is handled between slices. */
  function sweepSlice(): void {
    sweepPosted = false;
    if (!sweepLeft() || sweepHeld) return;
    const t0 = performance.now();
    // At least one part a slice, so that the sweep always moves on.
    do {
      const part = sweepTake(256);
      redraw(part);
    } while (sweepLeft() && performance.now() - t0 < SWEEP_SLICE_MS && !inputPending());
    if (sweepLeft()) postSweep();
  }

  function postSweep(): void {
    if (sweepPosted) return;
    sweepPosted = true;
    sweepChannel.port2.postMessage(null);
  }

  /** The sweep waits while the page's next frame is left to it (`yieldFrame`). */
  let sweepHeld = false;
  let heldFrame = 0;
  /** Leaves the next frame to the page: a sweep under way, and the draw it asked for, resume
   * at the frame after. */
  function holdSweep(): void {
    if (!sweepLeft() || sweepHeld) return;
    sweepHeld = true;
    const pending = renderer as unknown as { renderFrame?: number | null };
    const drawAsked = !!pending.renderFrame;
    if (drawAsked) {
      cancelAnimationFrame(pending.renderFrame as number);
      pending.renderFrame = null;
    }
    heldFrame = requestAnimationFrame(() => {
      heldFrame = 0;
      sweepHeld = false;
      // Asked from this frame's callbacks: drawn at the next one.
      if (drawAsked) renderer.scheduleRender();
      postSweep();
    });
  }

  /** Re-reduces and draws (at the next frame) a part of the sweep; the last edges placed
   * also bring back the edge labels, which wait for them. */
  function redraw(part: { nodes: string[]; edges: string[] }): void {
    const placing = !!held?.pending;
    renderer.refresh({ partialGraph: part, skipIndexation: true, schedule: true });
    if (!held || !placing) return;
    // An edge of a type the placed program does not draw: sigma indexes the network itself.
    if (!held.fits(part.edges)) renderer.refresh({ schedule: true });
    if (!held.pending) held = null;
  }

  /** Places, reduces and draws the edges of a network that sigma drew without them
   * (`withoutEdges`): the focused node's first, then all of them, in the sweep's slices. */
  function holdEdges(): void {
    const f = model.state?.hovered ?? model.state?.selected;
    const first: string[] = [];
    if (f && graph.hasNode(f)) graph.forEachEdge(f, (e) => void first.push(e));
    held = HeldEdges.start(renderer, first);
    // Sigma's internals are not as expected: it indexes the network itself.
    if (!held) renderer.refresh({ schedule: true });
    else postSweep();
  }

  function stopSweep(): void {
    held = null;
    cancelAnimationFrame(heldFrame);
    heldFrame = 0;
    sweepHeld = false;
    sweepNodes = [];
    sweepEdges = [];
    sweepAt = 0;
  }

  /**
   * Re-reduces every node and edge after a display change (selection, hover, kinds, search
   * hits, "Hide filtered"): what changes where the eye is (the focused node, its neighbours
   * and links) at once, drawn at the next frame, and the rest in slices of a few milliseconds
   * in tasks of their own, drawn once per frame. Items are re-reduced in place (no
   * re-indexation: positions, sizes and the label grid do not change), so no frame waits for
   * all of a large graph, nor the GPU for a draw per slice. A panel opening with the same
   * change resizes the canvas before that frame, so the graph is drawn once, at its new size.
   */
  const fullRefresh = (): void => {
    clearTimeout(settle);
    cancelAnimationFrame(pump);
    pump = 0;
    yielding = false;
    clearPending();
    const nodes = [...model.focus].filter((k) => graph.hasNode(k));
    const edges: string[] = [];
    const f = model.state?.hovered ?? model.state?.selected;
    if (f && graph.hasNode(f)) graph.forEachEdge(f, (e) => void edges.push(e));
    renderer.refresh({
      partialGraph: { nodes, edges: placed(edges) },
      skipIndexation: true,
      schedule: true,
    });
    // The rest (the focused items again too: cheaper than leaving them out).
    sweepNodes = graph.nodes();
    sweepEdges = graph.edges();
    sweepAt = 0;
    postSweep();
  };

  /** Completes what is still queued at once (before reading every item's display data). */
  const flushPending = (): void => {
    // Edges still to be placed, then the rest of the sweep.
    while (sweepLeft()) redraw(sweepTake(Infinity));
    if (!pump) return;
    cancelAnimationFrame(pump);
    pump = 0;
    yielding = false;
    const q = queue;
    if (!q || q.graph !== graph) return;
    const nodes = q.nodes.take(Infinity).map((i) => q.index.keys[i] as string);
    const edges = q.edges.take(Infinity).map((e) => q.index.edgeKeys[e] as string);
    renderer.refresh({
      partialGraph: { nodes, edges: placed(edges) },
      skipIndexation: true,
      schedule: true,
    });
  };

  /** Re-reduces one slice of what a window change flipped and draws it; reschedules the
   * rest. */
  function drain(): void {
    pump = 0;
    if (yielding) {
      yielding = false;
      pump = requestAnimationFrame(drain);
      return;
    }
    const q = queue;
    if (!q || q.graph !== graph) return;
    const budget = Math.max(64, Math.round(rate * SLICE_MS));
    // Nodes first, then edges (at least half the slice), each in graph order from where the
    // last slice stopped: neighbouring places in the vertex arrays.
    const nodeAt = q.nodes.take(budget);
    const edgeAt = q.edges.take(Math.max(budget - nodeAt.length, budget >> 1));
    const nodes = nodeAt.map((i) => q.index.keys[i] as string);
    const edges = placed(edgeAt.map((e) => q.index.edgeKeys[e] as string));
    // Re-reduced, timed (the rate counts reducing alone), then drawn in this frame.
    const t0 = performance.now();
    renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: true, schedule: true });
    const spent = performance.now() - t0;
    renderer.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
    if (spent > 0.5) rate = 0.5 * rate + (0.5 * (nodes.length + edges.length)) / spent;
    if (pendingCount() > 0) pump = requestAnimationFrame(drain);
    else {
      // A window change came to rest: refit to what it keeps (with "Hide filtered").
      clearTimeout(settle);
      settle = setTimeout(() => {
        if (refitPending) fitShown();
      }, SETTLE_MS);
    }
  }

  /** Queues only what a window change flipped (the nodes whose look changes and those of their
   * edges that change with them); returns false when nothing did. */
  function applyWindow(state: DisplayState): boolean {
    const flipped = model.setWindow(state.window);
    const q = queueOf(graph);
    const before = pendingCount();
    const { fromTime } = q.index;
    const changed: number[] = [];
    for (const t of flipped.nodes) {
      const i = fromTime[t] as number;
      if (i >= 0) changed.push(i);
    }
    // A flipped node was on the other side of the window before.
    const look = model.lookCodes(q.index);
    queueFlips(
      q.index,
      changed,
      (i) => look(i, true),
      (i) => look(i, false),
      q.nodes,
      q.edges,
    );
    if (state.mode === "collaboration") {
      // Counted from scratch when no window was set before (nothing counted them then).
      const counted = collabCounted;
      if (!counted) resetCollabInside(state);
      collabFlips(flipped.events, q, counted);
    }
    if (pendingCount() === before) return before > 0;
    clearTimeout(settle);
    if (!pump) pump = requestAnimationFrame(drain);
    return true;
  }

  /** Queues only the nodes whose search-hit status flipped (a refined query changes a few);
   * returns false when every node's look changes (hits appear or go), which needs a full
   * refresh. */
  function applyHits(state: DisplayState, before: ReadonlySet<string> | null): boolean {
    const after = state.hits;
    const was = !!before && before.size > 0;
    const now = !!after && after.size > 0;
    // With a focus, hits only force labels; without, they dim every other node.
    if (was !== now && model.focus.size === 0) return false;
    const q = queueOf(graph);
    const { nodeOf, start, edges } = q.index;
    // A node that became or stopped being a hit, and its edges.
    const flip = (from: ReadonlySet<string> | null, to: ReadonlySet<string> | null): void => {
      for (const key of from ?? []) {
        const i = to?.has(key) ? undefined : nodeOf.get(key);
        if (i === undefined) continue;
        q.nodes.add(i);
        for (let k = start[i] as number; k < (start[i + 1] as number); k++)
          q.edges.add(edges[k] as number);
      }
    };
    flip(before, after);
    flip(after, before);
    // The largest hits' labels are forced: those that came or went are re-reduced too.
    for (const key of model.setForced(graph, state)) {
      const i = nodeOf.get(key);
      if (i !== undefined) q.nodes.add(i);
    }
    clearTimeout(settle);
    if (!pump && pendingCount() > 0) pump = requestAnimationFrame(drain);
    return true;
  }

  /** The collaboration links (by position) that share each event. */
  let eventLinks: Map<string, number[]> | null = null;
  /** Queues the collaboration links that share a flipped event; with `count`, updates how many
   * of their events the window keeps. */
  function collabFlips(events: number[], q: NonNullable<typeof queue>, count: boolean): void {
    const { edgeKeys } = q.index;
    if (!eventLinks) {
      const links = (eventLinks = new Map<string, number[]>());
      edgeKeys.forEach((edge, e) => {
        for (const ev of data.collab.getEdgeAttributes(edge).events) {
          const list = links.get(ev);
          if (list) list.push(e);
          else links.set(ev, [e]);
        }
      });
    }
    const keys = data.time.keys;
    for (const e of events) {
      const ev = keys[e];
      const inside = model.membership.eventInside[e] ? 1 : -1;
      for (const link of (ev && eventLinks.get(ev)) || []) {
        if (count) {
          const key = edgeKeys[link] as string;
          model.collabInside.set(key, (model.collabInside.get(key) ?? 0) + inside);
        }
        q.edges.add(link);
      }
    }
  }

  function resetCollabInside(state: DisplayState): void {
    collabCounted = state.window !== null;
    model.collabInside = new Map();
    if (!collabCounted) return;
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
      model.setWindow(state.window);
      graph = (state.mode === "collaboration" ? data.collab : data.graph) as AnyGraph;
      if (state.mode === "collaboration") resetCollabInside(state);
      model.kinds = new Set(state.kinds);
      model.setFocus(graph, state);
      if (prev) {
        cancelAnimationFrame(pump);
        pump = 0;
        yielding = false;
        clearPending();
        stopSweep();
        // A large network's first frame draws its nodes; its edges follow in slices.
        const g = graph;
        if (holds(g)) {
          withoutEdges(g, () => renderer.setGraph(g));
          holdEdges();
        } else renderer.setGraph(g);
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
      // With "Hide filtered", the camera refits to what the window keeps once it settles.
      refitPending = state.hideFiltered;
      applyWindow(state);
      return;
    }
    // The node under the pointer clicked (or the pointer leaving the selected node): the focus
    // (hovered, else selected) stays the same node, so every item looks as it did but the
    // selected nodes and edges that changed.
    const sameFocus =
      (prev.hovered ?? prev.selected) === (state.hovered ?? state.selected) &&
      prev.window === state.window &&
      prev.kinds === state.kinds &&
      prev.hideFiltered === state.hideFiltered &&
      prev.hits === state.hits;
    if (sameFocus) {
      applySelection(prev, state);
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
    if (onlyHits && applyHits(state, prev.hits)) return;
    if (prev.window !== state.window) {
      model.setWindow(state.window);
      if (state.mode === "collaboration") resetCollabInside(state);
    }
    model.kinds = new Set(state.kinds);
    model.setFocus(graph, state);
    fullRefresh();
    const shownChanged =
      prev.hideFiltered !== state.hideFiltered ||
      prev.kinds !== state.kinds ||
      prev.window !== state.window;
    if (state.hideFiltered && shownChanged) fitShown();
    else if (!state.hideFiltered && prev.hideFiltered && refitted) {
      refitted = false;
      void camera.animatedReset({ duration: 300 });
    }
  }

  /** Re-reduces only the nodes and edges whose selection changed (the focus is unchanged). */
  function applySelection(prev: DisplayState, state: DisplayState): void {
    const nodes = [prev.selected, state.selected].filter(
      (k, i, all): k is string => !!k && all.indexOf(k) === i && graph.hasNode(k),
    );
    const edges = placed(
      [prev.selectedEdge, state.selectedEdge].filter(
        (e, i, all): e is string => !!e && all.indexOf(e) === i && graph.hasEdge(e),
      ),
    );
    if (nodes.length + edges.length === 0) return;
    renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: true, schedule: true });
  }

  /** A window change waits to settle before the camera refits. */
  let refitPending = false;
  /** The camera was refitted to what "Hide filtered" left (reset when it is turned off). */
  let refitted = false;
  /** Room kept around the refitted nodes, in pixels. */
  const FIT_MARGIN = 36;

  /** Animates the camera to frame the nodes drawn (after "Hide filtered" took some away). */
  function fitShown(): void {
    flushPending();
    refitPending = false;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    let biggest = 0;
    // What is hidden is read from the model (the display data may await a scheduled refresh;
    // positions and sizes do not change with it).
    graph.forEachNode((key, a) => {
      const d = renderer.getNodeDisplayData(key);
      if (!d || model.nodeLook(key, a.kind) === "hidden") return;
      minX = Math.min(minX, d.x);
      maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y);
      maxY = Math.max(maxY, d.y);
      biggest = Math.max(biggest, d.size);
    });
    if (minX > maxX) return;
    const { width, height } = renderer.getDimensions();
    // Pixels per framed-graph unit at ratio 1 (the framing keeps the aspect ratio).
    const unit = { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } };
    const o = renderer.framedGraphToViewport({ x: 0, y: 0 }, unit);
    const u = renderer.framedGraphToViewport({ x: 1, y: 0 }, unit);
    const scale = Math.hypot(u.x - o.x, u.y - o.y);
    const room = FIT_MARGIN + biggest;
    const fit = Math.max(
      ((maxX - minX) * scale) / Math.max(1, width - 2 * room),
      ((maxY - minY) * scale) / Math.max(1, height - 2 * room),
    );
    const ratio = Math.min(1.2, Math.max(0.08, fit));
    refitted = true;
    void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 300 });
  }

  /** The camera state that puts framed-graph point `p` at viewport point `at`, at `ratio`. */
  function cameraPutting(
    p: { x: number; y: number },
    at: { x: number; y: number },
    ratio: number,
  ): { x: number; y: number; ratio: number } {
    const angle = camera.getState().angle;
    const q = renderer.viewportToFramedGraph(at, { cameraState: { x: p.x, y: p.y, ratio, angle } });
    return { x: 2 * p.x - q.x, y: 2 * p.y - q.y, ratio };
  }

  const middle = (a: ViewArea): { x: number; y: number } => ({
    x: a.left + a.width / 2,
    y: a.top + a.height / 2,
  });

  function focus(id: string, area?: ViewArea | null): void {
    const d = renderer.getNodeDisplayData(id);
    if (!d || d.hidden) return;
    const ratio = Math.min(camera.ratio, 0.5);
    const target = area ? cameraPutting(d, middle(area), ratio) : { x: d.x, y: d.y, ratio };
    void camera.animate(target, { duration: 400 });
  }

  function reveal(id: string, area: ViewArea): void {
    const d = renderer.getNodeDisplayData(id);
    if (!d || d.hidden) return;
    const at = renderer.framedGraphToViewport(d);
    const margin = Math.min(24, area.height / 4, area.width / 4);
    const inside =
      at.x >= area.left + margin &&
      at.x <= area.left + area.width - margin &&
      at.y >= area.top + margin &&
      at.y <= area.top + area.height - margin;
    if (inside) return;
    void camera.animate(cameraPutting(d, middle(area), camera.ratio), { duration: 300 });
  }

  // The edges held back from the first frame: the focused node's first, then all of them.
  if (holds(graph)) holdEdges();
  // The network is numbered in idle time, before a window step or a refined search needs it.
  const stopNumbering = whenIdle(() => void indexOf(graph));

  // Opened with "Hide filtered" (a link that carries it): framed to what remains, as after any
  // later change. A camera the link carries replaces this flight (`setCamera`).
  if (initial?.hideFiltered && graph.someNode((k, a) => model.nodeLook(k, a.kind) === "hidden"))
    fitShown();

  return {
    renderer,
    get lastUpdateMs() {
      return lastUpdateMs;
    },
    update,
    yieldFrame: () => {
      // A slice already queued waits, and so do a sweep under way and the draw it asked for;
      // a draw asked for later (a selection) is still made at once.
      if (pump) yielding = true;
      holdSweep();
    },
    focus,
    reveal,
    labels,
    setLabelLevel: (level) => {
      const { density, threshold } = LABEL_LEVELS[level];
      const settings = internals.settings;
      if (
        renderer.getSetting("labelDensity") === density &&
        renderer.getSetting("labelRenderedSizeThreshold") === threshold
      )
        return;
      // Both are read when labels are drawn: a redraw is enough (`setSetting` would re-reduce
      // and re-index every item, hundreds of milliseconds at 10,000 documents).
      if (settings) {
        settings.labelDensity = density;
        settings.labelRenderedSizeThreshold = threshold;
        renderer.scheduleRender();
      } else {
        renderer.setSetting("labelDensity", density);
        renderer.setSetting("labelRenderedSizeThreshold", threshold);
      }
    },
    setCovered: (boxes) => {
      const next = boxes.map((b) => ({ x: b.left, y: b.top, w: b.width, h: b.height }));
      if (JSON.stringify(next) === JSON.stringify(labels.occluders)) return;
      labels.occluders = next;
      renderer.scheduleRender();
    },
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
      stopNumbering();
      clearTimeout(cameraRest);
      camera.removeListener("updated", onCameraUpdated);
      clearTimeout(settle);
      cancelAnimationFrame(pump);
      stopSweep();
      sweepChannel.port1.close();
      resizes.disconnect();
      renderer.kill();
    },
  };
}
