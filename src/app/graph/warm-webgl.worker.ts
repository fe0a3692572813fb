/**
 * Starts the GPU side of WebGL off the main thread: a page's first WebGL context takes
 * hundreds of milliseconds where WebGL is software-rendered (the GPU process sets WebGL up),
 * and blocks the thread that asks for it; once one context has been made anywhere in the
 * page, the graph's own contexts take a few milliseconds. Posts `true` when done (`false`
 * where no context could be made here).
 */
interface WorkerScope {
  postMessage(message: boolean): void;
}

const scope = self as unknown as WorkerScope;

let made = false;
try {
  if (typeof OffscreenCanvas === "function") {
    const canvas = new OffscreenCanvas(1, 1);
    const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
    made = gl !== null;
    // Kept, not lost (`loseContext()`), and this worker is left to idle, not terminated: both
    // wait for the GPU process, which may be drawing a large first frame by then (seconds with
    // a software GPU), and while this worker waits there, the page's main thread was seen
    // blocked as workers ended (warm-webgl.ts).
  }
} catch {
  made = false;
}
scope.postMessage(made);
