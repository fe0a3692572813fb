/**
 * A page's first WebGL context also starts the GPU side of WebGL, which takes hundreds of
 * milliseconds where WebGL is software-rendered (and a few elsewhere); later contexts take a
 * few. Making and dropping one while the data downloads takes that off the first render: in a
 * worker (an `OffscreenCanvas`), so that the main thread is not blocked meanwhile, else here.
 */
export function warmWebGL(): void {
  try {
    const canvas = document.createElement("canvas");
    const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
    gl?.getExtension("WEBGL_lose_context")?.loseContext();
  } catch {
    // The graph reports an unavailable WebGL itself when it mounts.
  }
}

/** Starts the worker that warms WebGL up; null where workers cannot run here. */
function warmInWorker(onfail: () => void): Worker | null {
  if (typeof Worker !== "function" || typeof OffscreenCanvas !== "function") return null;
  try {
    const worker = new Worker(new URL("./warm-webgl.worker.ts", import.meta.url), {
      type: "module",
      name: "warm-webgl",
    });
    worker.onmessage = (event: MessageEvent<boolean>) => {
      // Left idle with its context once it made one (see the worker); ended only when none
      // could be made (no context to release).
      if (event.data) return;
      worker.terminate();
      onfail();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      onfail();
    };
    return worker;
  } catch {
    return null;
  }
}

/** The warm-up worker, kept while the page lives (a worker no longer referenced may be
 * collected, which ends it). */
let warmer: Worker | null = null;

/**
 * Warms WebGL up in a worker, or where that cannot be done, runs `warmWebGL` in a task of its
 * own unless `stillUseful()` says the data has arrived meanwhile (sigma then creates its
 * contexts itself; a context created while the GPU draws a large first frame would wait for
 * that frame). Returns a function that cancels what has not started. The worker is never
 * terminated once it has made its context: ending a worker whose context is alive, or losing
 * that context, waits for the GPU process, and at 10,000 documents (the GPU drawing the first
 * frames) the main thread was blocked 0.1–4 s meanwhile, in the task that follows a worker's
 * end (`DidTerminateWorkerThread` in traces).
 */
export function warmWebGLSoon(stillUseful: () => boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const here = (): void => {
    timer = setTimeout(() => {
      if (stillUseful()) warmWebGL();
    }, 0);
  };
  warmer ??= warmInWorker(here);
  if (!warmer) here();
  return () => clearTimeout(timer);
}
