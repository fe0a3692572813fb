/**
 * A page's first WebGL context also starts the GPU side of WebGL, which takes hundreds of
 * milliseconds where WebGL is software-rendered (and a few elsewhere); later contexts take a
 * few. Creating and dropping one while the data downloads takes that off the first render.
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

/**
 * Runs `warmWebGL` in a task of its own, unless `stillUseful()` says the data has arrived
 * meanwhile (sigma then creates its contexts itself; a context created while the GPU draws a
 * large first frame would wait for that frame). Returns a function that cancels.
 */
export function warmWebGLSoon(stillUseful: () => boolean): () => void {
  const timer = setTimeout(() => {
    if (stillUseful()) warmWebGL();
  }, 0);
  return () => clearTimeout(timer);
}
