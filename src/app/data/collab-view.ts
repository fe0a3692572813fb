/**
 * The drawn collaboration network, built ahead of its first use: the main thread reads the
 * numbers it is chosen from out of the graph (`collabInput`), a worker picks the links (the
 * long part), and the main thread builds the network from them a slice at a time. Where no
 * worker runs, the links are picked here too, a slice per step. Read before it is built (the
 * mode chosen before idle time came, or a URL that opens in that mode), it is finished at once.
 */
import {
  COLLAB_VIEW_DEFAULTS,
  collabFromLinks,
  collabInput,
  collabLinkSteps,
  runSteps,
} from "./collaboration.ts";
import type { CollabGraph, CollabInput, CollabLinks, CollabNames } from "./collaboration.ts";
import type { RabitaGraph } from "./dataset.ts";

export interface CollabViewBuilder {
  readonly value: CollabGraph;
  readonly ready: boolean;
  /** Does a slice of the work while `more()` says there is time: true once built, or a
   * promise to wait for (the worker's answer) before the next step. */
  step(more: () => boolean): boolean | Promise<void>;
  /** Stops the worker, if one runs. */
  cancel(): void;
}

export function collabViewBuilder(
  graph: RabitaGraph,
  startWorker: (() => Worker) | null = defaultWorker,
): CollabViewBuilder {
  let read: { input: CollabInput; names: CollabNames } | null = null;
  let links: CollabLinks | null = null;
  let worker: Worker | null = null;
  let waiting: Promise<void> | null = null;
  /** Settles `waiting` (the worker answered, failed or was stopped). */
  let settle = (): void => {};
  let steps: Generator<void, CollabGraph> | null = null;
  let made: CollabGraph | null = null;

  const stopWorker = (): void => {
    worker?.terminate();
    worker = null;
    waiting = null;
    settle();
  };
  /** The remaining work, from the links when the worker gave them, else from the input. */
  const remaining = (r: {
    input: CollabInput;
    names: CollabNames;
  }): Generator<void, CollabGraph> =>
    links
      ? collabFromLinks(graph, r.input.n, r.names, links)
      : (function* () {
          const l = yield* collabLinkSteps(r.input, COLLAB_VIEW_DEFAULTS.linksPerActor);
          return yield* collabFromLinks(graph, r.input.n, r.names, l);
        })();

  /** Sends the input to a worker; the promise settles with its links, or with none when the
   * worker cannot run (the links are then picked here). */
  const ask = (input: CollabInput): Promise<void> | null => {
    if (!startWorker) return null;
    let w: Worker;
    try {
      w = startWorker();
    } catch {
      return null;
    }
    worker = w;
    return new Promise<void>((resolve) => {
      settle = resolve;
      const done = (): void => {
        w.terminate();
        if (worker === w) worker = null;
        waiting = null;
        resolve();
      };
      w.onmessage = (event: MessageEvent<CollabLinks>) => {
        if (worker === w) links = event.data;
        done();
      };
      w.onerror = (event) => {
        event.preventDefault();
        done();
      };
      w.postMessage({ input, linksPerActor: COLLAB_VIEW_DEFAULTS.linksPerActor });
    });
  };

  return {
    get value() {
      if (made) return made;
      // Needed now: the worker's answer is not waited for.
      stopWorker();
      read ??= collabInput(graph);
      made = runSteps((steps ??= remaining(read)));
      return made;
    },
    get ready() {
      return made !== null;
    },
    step(more) {
      if (made) return true;
      if (waiting) return waiting;
      if (!read) {
        read = collabInput(graph);
        waiting = ask(read.input);
        if (waiting) return waiting;
      }
      steps ??= remaining(read);
      do {
        const next = steps.next();
        if (next.done) {
          made = next.value;
          return true;
        }
      } while (more());
      return false;
    },
    cancel: stopWorker,
  };
}

function defaultWorker(): Worker {
  if (typeof Worker !== "function") throw new Error("no workers here");
  return new Worker(new URL("./collab.worker.ts", import.meta.url), {
    type: "module",
    name: "collaboration",
  });
}
