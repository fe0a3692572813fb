/**
 * Indexes derived from the dataset for the views: the collaboration network (whole, for
 * export, and as drawn), the time-window index and the search index. Never reactive. Only the
 * time index is needed for the first frame; the search index and the drawn collaboration
 * network are built in idle time after the first frame (`prefetch`, the network a slice per
 * idle period), or at once on first use, so that a large graph draws sooner and switching
 * mode finds its network ready; the documents' full-text index comes last, a slice of
 * documents per idle period, once the documents are in (they come after the graph: the text
 * index must not be read before). The whole collaboration network is built on first use only.
 */
import { whenDocuments } from "./dataset.ts";
import type { Dataset } from "./dataset.ts";
import { makeCollaborationGraph, runSteps } from "./collaboration.ts";
import { collabViewBuilder } from "./collab-view.ts";
import type { CollabGraph } from "./collaboration.ts";
import { makeTimeIndex } from "./time-window.ts";
import type { TimeIndex } from "./time-window.ts";
import { makeSearchIndex, warmUp } from "../search/search-index.ts";
import type { SearchIndex } from "../search/search-index.ts";
import { textIndexSteps } from "../search/text-index.ts";
import type { TextIndex } from "../search/text-index.ts";

export interface Indexes {
  /** Every worked-with link (export). */
  readonly collab: CollabGraph;
  /** The links drawn: each actor's strongest (see `collaborationViewSteps`). */
  readonly collabView: CollabGraph;
  readonly time: TimeIndex;
  readonly search: SearchIndex;
  /** Full-text search over the documents (built last in idle time, or on first use); read
   * once the dataset's documents are in. */
  readonly text: TextIndex;
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

/** A value computed by a step generator: a slice at a time (`step`), or at once on read. */
export function stepped<T>(make: () => Generator<void, T>): {
  readonly value: T;
  readonly ready: boolean;
  /** Runs slices while `more()` says there is time; true once the value is made. */
  step(more: () => boolean): boolean;
} {
  let steps: Generator<void, T> | null = null;
  let made: { v: T } | null = null;
  return {
    get value() {
      made ??= { v: runSteps((steps ??= make())) };
      return made.v;
    },
    get ready() {
      return made !== null;
    },
    step(more) {
      if (made) return true;
      steps ??= make();
      do {
        const next = steps.next();
        if (next.done) {
          made = { v: next.value };
          return true;
        }
      } while (more());
      return false;
    },
  };
}

/** Longest wait for an idle period, and the work done when it ran out. */
const IDLE_TIMEOUT_MS = 250;
const IDLE_SLICE_MS = 6;

/** Runs `fn` when the main thread is idle (or soon, where requestIdleCallback is missing),
 * with a function that says whether the idle period has time left. */
export function whenIdle(fn: (more: () => boolean) => void): () => void {
  if (typeof requestIdleCallback === "function") {
    // A busy page (a large graph drawing frame after frame) may never be idle: past the
    // timeout, the callback runs anyway, for a slice of a few milliseconds.
    const id = requestIdleCallback(
      (deadline) => {
        const end = performance.now() + IDLE_SLICE_MS;
        fn(
          deadline.didTimeout ? () => performance.now() < end : () => deadline.timeRemaining() > 2,
        );
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => {
    const end = performance.now() + IDLE_SLICE_MS;
    fn(() => performance.now() < end);
  }, 50);
  return () => clearTimeout(id);
}

export function makeIndexes(dataset: Dataset): Indexes {
  const { graph } = dataset;
  const time = lazy(() => makeTimeIndex(graph));
  const collab = lazy(() => makeCollaborationGraph(graph));
  const collabView = collabViewBuilder(graph);
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
  const text = stepped(() =>
    textIndexSteps(
      [...dataset.documents.values()]
        .filter((d) => d.status === "compiled" && d.text)
        .map((d) => ({ id: d.id, title: d.title, text: d.text })),
    ),
  );
  return {
    get collab() {
      return collab.value;
    },
    get collabView() {
      return collabView.value;
    },
    get time() {
      return time.value;
    },
    get search() {
      return search.value;
    },
    get text() {
      return text.value;
    },
    prefetch() {
      // The drawn collaboration network (hundreds of ms at 10,000 documents) is built a slice
      // per idle period; the whole one (for export) waits for its first use.
      const pending = [
        { step: () => (void time.value, true) },
        { step: () => (warmUp(search.value), true) },
        collabView,
        text,
      ];
      let cancel = (): void => {};
      let stopped = false;
      const later = (wait: Promise<void>): void => {
        void wait.then(() => {
          if (!stopped) cancel = whenIdle(next);
        });
      };
      const next = (more: () => boolean): void => {
        const item = pending[0];
        if (!item || stopped) return;
        // The text index waits for the documents (never built from none).
        if (item === text && dataset.documentsLoading) {
          later(whenDocuments(dataset));
          return;
        }
        // An item may wait for something (the collaboration worker's answer).
        const done = item.step(more);
        if (done instanceof Promise) {
          later(done);
          return;
        }
        if (done) pending.shift();
        cancel = whenIdle(next);
      };
      // Not before the first frames are out (an idle callback past its timeout runs anyway).
      if (typeof requestAnimationFrame === "function") {
        let frame = requestAnimationFrame(() => {
          frame = requestAnimationFrame(() => (cancel = whenIdle(next)));
        });
        cancel = () => cancelAnimationFrame(frame);
      } else cancel = whenIdle(next);
      return () => {
        stopped = true;
        cancel();
        collabView.cancel();
      };
    },
  };
}
