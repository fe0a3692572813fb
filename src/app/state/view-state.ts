/**
 * The explorer's view as plain data, and its round trip through the URL hash.
 * Pure: no Svelte, no DOM beyond URLSearchParams, so it is unit-testable in Node.
 */
import { NODE_KINDS } from "../../model/types.ts";
import type { NodeKind } from "../../model/types.ts";

/** Which network is drawn: actors ↔ events, or actors linked to each other. */
export type NetworkMode = "events" | "collaboration";

/** A closed time window in ISO dates (`YYYY-MM-DD`), inclusive. */
export interface TimeWindow {
  start: string;
  end: string;
}

/** What fills the main area: the network graph or the table of the same data. */
export type MainView = "graph" | "table";

/** Which rows the table lists. */
export type TableRows = "entities" | "relations";

/** A table sort: a column id and its direction. */
export interface TableSort {
  column: string;
  desc: boolean;
}

/** The graph camera (sigma's framed coordinates), rounded to 3 decimals. */
export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** A span of a document's text (UTF-16 offsets, end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
}

export interface ViewState {
  selected: string | null;
  /** Selected edge key, when a connection was chosen in the panel. */
  selectedEdge: string | null;
  /** Kinds shown; all four by default. */
  kinds: NodeKind[];
  window: TimeWindow | null;
  /** Hide (true) or dim (false) what the time window or filters leave out. */
  hideFiltered: boolean;
  query: string;
  mode: NetworkMode;
  /** Document open in the reader, and the mention index to scroll to; `hit`, a span of its
   * text to mark and scroll to instead (a full-text search hit). */
  openDoc: { id: string; focus: number; hit?: TextSpan } | null;
  /** Where the graph camera rests; null for the default (the whole graph). */
  camera: CameraView | null;
  /** The graph, or the table of the same data. */
  main: MainView;
  /** The table's rows, sort (null: the table's default) and text filter. */
  rows: TableRows;
  sort: TableSort | null;
  tableFilter: string;
}

export const DEFAULT_VIEW: ViewState = {
  selected: null,
  selectedEdge: null,
  kinds: [...NODE_KINDS],
  window: null,
  hideFiltered: false,
  query: "",
  mode: "events",
  openDoc: null,
  camera: null,
  main: "graph",
  rows: "entities",
  sort: null,
  tableFilter: "",
};

const round3 = (n: number): number => Math.round(n * 1000) / 1000 || 0;

/** Rounds a camera to 3 decimals; the default camera (0.5, 0.5, 1) becomes null. */
export function roundCamera(c: CameraView): CameraView | null {
  const r = { x: round3(c.x), y: round3(c.y), ratio: round3(c.ratio) };
  return r.x === 0.5 && r.y === 0.5 && r.ratio === 1 ? null : r;
}

/** Whether two cameras are the same once rounded. */
export function sameCamera(a: CameraView | null, b: CameraView | null): boolean {
  const ra = a && roundCamera(a);
  const rb = b && roundCamera(b);
  return ra === rb || (!!ra && !!rb && ra.x === rb.x && ra.y === rb.y && ra.ratio === rb.ratio);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const SORT_COLUMN = /^[a-z_]{1,32}$/;

/** Serialises a view into a URL hash (without `#`); defaults are left out. */
export function viewToHash(view: ViewState): string {
  const p = new URLSearchParams();
  if (view.selected) p.set("node", view.selected);
  if (view.selectedEdge) p.set("edge", view.selectedEdge);
  if (view.kinds.length !== NODE_KINDS.length) p.set("kinds", view.kinds.join(","));
  if (view.window) p.set("window", `${view.window.start}..${view.window.end}`);
  if (view.hideFiltered) p.set("hide", "1");
  if (view.query) p.set("q", view.query);
  if (view.mode !== "events") p.set("mode", view.mode);
  if (view.openDoc) p.set("doc", `${view.openDoc.focus}:${view.openDoc.id}`);
  if (view.openDoc?.hit) p.set("hit", `${view.openDoc.hit.start}-${view.openDoc.hit.end}`);
  const cam = view.camera && roundCamera(view.camera);
  if (cam) p.set("cam", `${cam.x},${cam.y},${cam.ratio}`);
  if (view.main !== "graph") p.set("view", view.main);
  if (view.rows !== "entities") p.set("rows", view.rows);
  if (view.sort) p.set("sort", `${view.sort.desc ? "-" : ""}${view.sort.column}`);
  if (view.tableFilter) p.set("tf", view.tableFilter);
  return p.toString();
}

/** Parses a URL hash into a view; anything malformed falls back to the default. */
export function hashToView(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const view: ViewState = { ...DEFAULT_VIEW, kinds: [...DEFAULT_VIEW.kinds] };
  view.selected = p.get("node") || null;
  view.selectedEdge = p.get("edge") || null;
  const kinds = p.get("kinds");
  if (kinds !== null) {
    view.kinds = NODE_KINDS.filter((k) => kinds.split(",").includes(k));
  }
  const win = p.get("window");
  if (win) {
    const [start, end] = win.split("..");
    if (start && end && ISO_DAY.test(start) && ISO_DAY.test(end) && start <= end) {
      view.window = { start, end };
    }
  }
  view.hideFiltered = p.get("hide") === "1";
  view.query = p.get("q") ?? "";
  view.mode = p.get("mode") === "collaboration" ? "collaboration" : "events";
  const doc = p.get("doc");
  if (doc) {
    const colon = doc.indexOf(":");
    const focus = Number(doc.slice(0, colon));
    const id = doc.slice(colon + 1);
    if (colon > 0 && Number.isInteger(focus) && focus >= 0 && id) {
      view.openDoc = { id, focus };
      const hit = /^(\d{1,9})-(\d{1,9})$/.exec(p.get("hit") ?? "");
      const [start, end] = [Number(hit?.[1]), Number(hit?.[2])];
      if (hit && start < end) view.openDoc.hit = { start, end };
    }
  }
  const cam = (p.get("cam") ?? "").split(",");
  if (cam.length === 3 && cam.every((v) => v.trim() !== "")) {
    const [x, y, ratio] = cam.map(Number) as [number, number, number];
    if ([x, y, ratio].every(Number.isFinite) && ratio > 0) {
      view.camera = roundCamera({ x, y, ratio });
    }
  }
  view.main = p.get("view") === "table" ? "table" : "graph";
  view.rows = p.get("rows") === "relations" ? "relations" : "entities";
  const sort = p.get("sort") ?? "";
  const column = sort.replace(/^-/, "");
  if (SORT_COLUMN.test(column)) view.sort = { column, desc: sort.startsWith("-") };
  view.tableFilter = p.get("tf") ?? "";
  return view;
}

/** What changes as a user types, brushes the timeline or moves the camera: the URL follows
 * these by replacing its history entry, once they pause. */
const TRANSIENT: ReadonlySet<keyof ViewState> = new Set<keyof ViewState>([
  "query",
  "tableFilter",
  "window",
  "camera",
]);

/**
 * Whether `next` keeps every field of `prev` but the transient ones (query, table filter, time
 * window, camera) as the same values, by identity: an action replaces the view with its other
 * fields carried over, so a brush step is told from a selection without serialising either.
 * False does not mean that some other field changed its value (one may have been replaced by
 * an equal one); the URL's hash tells that.
 */
export function keepsAllButTransient(prev: ViewState, next: ViewState): boolean {
  for (const key of Object.keys(next) as (keyof ViewState)[])
    if (!TRANSIENT.has(key) && prev[key] !== next[key]) return false;
  return true;
}
