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
    gl?.getExtension("WEBGL_lose_context")?.loseContext();
  }
} catch {
  made = false;
}
scope.postMessage(made);
