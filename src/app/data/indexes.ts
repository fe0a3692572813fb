/**
 * Indexes derived from the dataset for the views: the collaboration network, the time-window
 * index and the search index. Never reactive. Only the time index is needed for the first
 * frame; the search index is built in idle time after the first frame (`prefetch`), or on first
 * use, and the collaboration network on first use, so that a large graph draws sooner.
 */
import type { Dataset } from "./dataset.ts";
import { makeCollaborationGraph } from "./collaboration.ts";
import type { CollabGraph } from "./collaboration.ts";
import { makeTimeIndex } from "./time-window.ts";
import type { TimeIndex } from "./time-window.ts";
import { makeSearchIndex } from "../search/search-index.ts";
import type { SearchIndex } from "../search/search-index.ts";

export interface Indexes {
  readonly collab: CollabGraph;
  readonly time: TimeIndex;
  readonly search: SearchIndex;
  /** Builds what is still unbuilt, one index per idle slot; returns a function that cancels. */
  prefetch(): () => void;
}

/** A value computed once, on first read. */
export function lazy<T>(make: () => T): { readonly value: T; readonly ready: boolean } {
  let made: { v: T } | null = null;
  return {
    get value() {
      made ??= { v: make() };
      return made.v;
    },
    get ready() {
      return made !== null;
    },
  };
}

/** Runs `fn` when the main thread is idle (or soon, where requestIdleCallback is missing). */
export function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(fn, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 50);
  return () => clearTimeout(id);
}

export function makeIndexes(dataset: Dataset): Indexes {
  const { graph } = dataset;
  const time = lazy(() => makeTimeIndex(graph));
  const collab = lazy(() => makeCollaborationGraph(graph));
  const search = lazy(() =>
    makeSearchIndex(
      graph.mapNodes((key, a) => ({
        key,
        label: a.label,
        kind: a.kind,
        weight: a.degree,
        names: [a.label, ...a.aliases],
      })),
    ),
  );
  return {
    get collab() {
      return collab.value;
    },
    get time() {
      return time.value;
    },
    get search() {
      return search.value;
    },
    prefetch() {
      // The collaboration network (hundreds of ms at 10,000 nodes) waits for its first use.
      const pending = [time, search];
      let cancel = (): void => {};
      const next = (): void => {
        const item = pending.shift();
        if (!item) return;
        if (!item.ready) void item.value;
        cancel = whenIdle(next);
      };
      cancel = whenIdle(next);
      return () => cancel();
    },
  };
}
