/**
 * What the graph view shows, read from the renderer the app exposes: the drawn nodes, those
 * outside the viewport, how much of it they span; and the camera once it has stopped moving.
 */
import type { Page } from "playwright-core";

interface Hook {
  renderer: {
    getGraph(): { nodes(): string[] };
    getNodeDisplayData(n: string): { x: number; y: number; hidden: boolean } | undefined;
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
    getDimensions(): { width: number; height: number };
    getCamera(): { isAnimated(): boolean; getState(): { x: number; y: number; ratio: number } };
  } | null;
}

/** Drawn nodes and whether each is inside the graph's viewport; plus how much of it they span. */
export async function drawn(
  page: Page,
): Promise<{ shown: number; outside: string[]; spanX: number; spanY: number }> {
  return page.evaluate(() => {
    const r = (window as unknown as { __rabita: Hook }).__rabita.renderer;
    if (!r) throw new Error("no renderer");
    const { width, height } = r.getDimensions();
    const outside: string[] = [];
    let shown = 0;
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const key of r.getGraph().nodes()) {
      const d = r.getNodeDisplayData(key);
      if (!d || d.hidden) continue;
      shown++;
      const p = r.framedGraphToViewport(d);
      [minX, maxX] = [Math.min(minX, p.x), Math.max(maxX, p.x)];
      [minY, maxY] = [Math.min(minY, p.y), Math.max(maxY, p.y)];
      if (p.x < 0 || p.x > width || p.y < 0 || p.y > height) outside.push(key);
    }
    return { shown, outside, spanX: (maxX - minX) / width, spanY: (maxY - minY) / height };
  });
}

/** Waits for the camera to stop moving and returns where it rests. */
export async function cameraAtRest(page: Page): Promise<{ x: number; y: number; ratio: number }> {
  await page.waitForTimeout(500);
  await page.waitForFunction(
    () => !(window as unknown as { __rabita: Hook }).__rabita.renderer?.getCamera().isAnimated(),
  );
  return page.evaluate(() => {
    const r = (window as unknown as { __rabita: Hook }).__rabita.renderer;
    if (!r) throw new Error("no renderer");
    return r.getCamera().getState();
  });
}
