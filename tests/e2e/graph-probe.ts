/**
 * Reads the drawn graph through the app's test hook (`window.__rabita`): waits for the
 * renderer, and finds where the largest node (of a kind) is on the page.
 */
import type { Page } from "playwright-core";

interface ProbeHook {
  renderer: {
    getGraph(): {
      nodes(): string[];
      getNodeAttributes(n: string): { kind: string; size: number; label: string };
    };
    getNodeDisplayData(n: string): { x: number; y: number } | undefined;
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  } | null;
}

/** Waits until sigma has drawn, plus a moment for the first frame to settle. */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !!(window as unknown as { __rabita?: ProbeHook }).__rabita?.renderer,
  );
  await page.waitForTimeout(300);
}

/** The largest node (of `kind`, when given) and its position in page coordinates. */
export async function largestNodeOnPage(
  page: Page,
  kind?: string,
): Promise<{ key: string; label: string; x: number; y: number }> {
  const target = await page.evaluate((kind) => {
    const r = (window as unknown as { __rabita: ProbeHook }).__rabita.renderer;
    if (!r) throw new Error("no renderer");
    const g = r.getGraph();
    const key = g
      .nodes()
      .filter((n) => !kind || g.getNodeAttributes(n).kind === kind)
      .sort((a, b) => g.getNodeAttributes(b).size - g.getNodeAttributes(a).size)[0];
    const d = key ? r.getNodeDisplayData(key) : undefined;
    if (!key || !d) throw new Error("no such node drawn");
    return { key, label: g.getNodeAttributes(key).label, ...r.framedGraphToViewport(d) };
  }, kind);
  const box = await page.getByTestId("graph").boundingBox();
  if (!box) throw new Error("graph not laid out");
  return { ...target, x: box.x + target.x, y: box.y + target.y };
}
