/**
 * The one shared state of the explorer. Views read it and call its actions; they never call
 * each other. The persistent part (`view`) round-trips through the URL hash; `hovered` is
 * transient. Values are replaced, never mutated, so `$state.raw` is enough.
 */
import { getContext, setContext } from "svelte";
import type { NodeKind } from "../../model/types.ts";
import {
  DEFAULT_VIEW,
  hashToView,
  keepsAllButTransient,
  roundCamera,
  sameCamera,
  viewToHash,
} from "./view-state.ts";
import type {
  CameraView,
  MainView,
  NetworkMode,
  TableRows,
  TableSort,
  TextSpan,
  TimeWindow,
  ViewState,
} from "./view-state.ts";

export class AppState {
  view: ViewState = $state.raw({ ...DEFAULT_VIEW });
  /** Node under the pointer, in the graph or on the timeline. */
  hovered: string | null = $state.raw(null);
  /** A request to move the camera to a node (from search or the panel); `seq` makes repeated
   * requests for the same node distinct. Transient, not in the URL. */
  cameraTarget: { id: string; seq: number } | null = $state.raw(null);

  select(id: string | null): void {
    this.set({ selected: id, selectedEdge: null });
  }

  /** Selects a node and asks the graph to bring it into view. */
  selectAndFocus(id: string): void {
    this.select(id);
    this.cameraTarget = { id, seq: (this.cameraTarget?.seq ?? 0) + 1 };
  }

  selectEdge(key: string | null): void {
    this.set({ selectedEdge: key });
  }

  /** Selects a relation: its source node, with the edge chosen in the panel. */
  selectRelation(node: string, edge: string): void {
    this.set({ selected: node, selectedEdge: edge });
  }

  hover(id: string | null): void {
    if (this.hovered !== id) this.hovered = id;
  }

  toggleKind(kind: NodeKind): void {
    const kinds = this.view.kinds.includes(kind)
      ? this.view.kinds.filter((k) => k !== kind)
      : [...this.view.kinds, kind];
    this.set({ kinds });
  }

  setWindow(window: TimeWindow | null): void {
    const cur = this.view.window;
    if (cur === window || (cur && window && cur.start === window.start && cur.end === window.end))
      return;
    this.set({ window });
  }

  setHideFiltered(hideFiltered: boolean): void {
    this.set({ hideFiltered });
  }

  setQuery(query: string): void {
    this.set({ query });
  }

  setMode(mode: NetworkMode): void {
    this.set({ mode });
  }

  setMain(main: MainView): void {
    if (this.view.main !== main) this.set({ main });
  }

  setRows(rows: TableRows): void {
    if (this.view.rows !== rows) this.set({ rows, sort: null });
  }

  setSort(sort: TableSort | null): void {
    this.set({ sort });
  }

  setTableFilter(tableFilter: string): void {
    this.set({ tableFilter });
  }

  /** Records where the camera came to rest (replaces the history entry, never pushes one). */
  setCamera(camera: CameraView | null): void {
    if (sameCamera(camera, this.view.camera)) return;
    this.set({ camera: camera && roundCamera(camera) });
  }

  openDocument(id: string, focus = 0): void {
    this.set({ openDoc: { id, focus } });
  }

  /** Opens a document at a span of its text (a full-text search hit), marked. */
  openDocumentAt(id: string, hit: TextSpan): void {
    this.set({ openDoc: { id, focus: 0, hit: { start: hit.start, end: hit.end } } });
  }

  closeDocument(): void {
    this.set({ openDoc: null });
  }

  /** Counts views replaced from the URL, so that the camera is put back even where the view's
   * camera is unchanged but the camera itself has moved on (a flight under way). */
  restored = $state.raw(0);

  /** Replaces the whole view (from the URL). */
  replaceView(view: ViewState): void {
    this.view = view;
    this.restored++;
  }

  private set(patch: Partial<ViewState>): void {
    this.view = { ...this.view, ...patch };
  }
}

/** Transient changes reach the URL once they pause this long… */
const QUIET_MS = 250;
/** …or at least this often while they go on. */
const MAX_WAIT_MS = 1000;

/** Whether two views differ only in the query, the table filter, the time window or the
 * camera (or not at all). */
function onlyTransient(a: ViewState, b: ViewState): boolean {
  const strip = (v: ViewState): string =>
    viewToHash({ ...v, query: "", tableFilter: "", window: null, camera: null });
  return strip(a) === strip(b);
}

/**
 * Keeps the URL hash and the view in step: view changes push a history entry (typing in the
 * search box or the table filter, dragging the time brush or moving the camera replaces it
 * instead, so that back does not replay every keystroke, brush step or pan), and
 * back/forward or an edited hash replace the view.
 * Returns a function that stops syncing.
 */
export function syncWithUrl(state: AppState, win: Window = window): () => void {
  state.replaceView(hashToView(win.location.hash));
  /** The view the URL was last made to follow, and its hash (`stale` while a transient change
   * waits: the hash is made when it is written, not at each brush step or keystroke). */
  let shown = state.view;
  let last = viewToHash(shown);
  let stale = false;
  const current = (): string => {
    if (stale) {
      last = viewToHash(shown);
      stale = false;
    }
    return last;
  };
  const onHash = (): void => {
    const hash = win.location.hash.replace(/^#/, "");
    if (hash === current()) return;
    last = hash;
    state.replaceView(hashToView(hash));
  };
  win.addEventListener("hashchange", onHash);
  win.addEventListener("popstate", onHash);
  // Transient changes (typing, brushing) replace the entry instead, once they pause (browsers
  // refuse floods of history calls, and each costs the main thread), and at once when a
  // pointer is released so that the URL holds the brush's final window.
  let pending: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest change not yet written was made. */
  let firstPending = 0;
  const urlOf = (hash: string): string =>
    `${win.location.pathname}${win.location.search}${hash ? `#${hash}` : ""}`;
  const write = (): void => {
    clearTimeout(pending);
    pending = undefined;
    win.history.replaceState(null, "", urlOf(current()));
  };
  const flush = (): void => {
    setTimeout(() => pending !== undefined && write(), 0);
  };
  win.addEventListener("pointerup", flush);
  /** Writes the transient change once changes pause (at most MAX_WAIT_MS after the first). */
  const later = (): void => {
    // Written in a task of its own (history calls are slow: milliseconds each), never on the
    // brush's stack, and once the typing or brushing pauses (or at most every MAX_WAIT_MS
    // while it goes on), not between every two steps.
    if (pending === undefined) firstPending = Date.now();
    clearTimeout(pending);
    const wait = Math.min(QUIET_MS, Math.max(0, firstPending + MAX_WAIT_MS - Date.now()));
    pending = setTimeout(write, wait);
  };
  const stop = $effect.root(() => {
    $effect(() => {
      const view = state.view;
      if (view === shown) return;
      // A brush step or a keystroke: told apart without serialising the view.
      if (keepsAllButTransient(shown, view)) {
        shown = view;
        stale = true;
        later();
        return;
      }
      const prev = current();
      shown = view;
      const hash = viewToHash(view);
      if (hash === prev) return;
      last = hash;
      if (onlyTransient(hashToView(prev), view)) later();
      else {
        clearTimeout(pending);
        pending = undefined;
        win.history.pushState(null, "", urlOf(hash));
      }
    });
  });
  return () => {
    clearTimeout(pending);
    win.removeEventListener("pointerup", flush);
    stop();
    win.removeEventListener("hashchange", onHash);
    win.removeEventListener("popstate", onHash);
  };
}

const KEY = Symbol("app-state");

export function setAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

export function getAppState(): AppState {
  return getContext<AppState>(KEY);
}
