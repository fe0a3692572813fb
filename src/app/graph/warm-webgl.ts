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
      worker.terminate();
      if (!event.data) onfail();
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

/**
 * Warms WebGL up in a worker, or where that cannot be done, runs `warmWebGL` in a task of its
 * own unless `stillUseful()` says the data has arrived meanwhile (sigma then creates its
 * contexts itself; a context created while the GPU draws a large first frame would wait for
 * that frame). Returns a function that cancels.
 */
export function warmWebGLSoon(stillUseful: () => boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const here = (): void => {
    timer = setTimeout(() => {
      if (stillUseful()) warmWebGL();
    }, 0);
  };
  const worker = warmInWorker(here);
  if (!worker) here();
  return () => {
    clearTimeout(timer);
    worker?.terminate();
  };
}
