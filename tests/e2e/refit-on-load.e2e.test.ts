/**
 * A link that opens with "Hide filtered" is framed to what remains, as any later change is;
 * a camera the link carries is kept as it is.
 */
import { describe, expect, it } from "vitest";
import { openApp } from "./harness.ts";
import { useBuiltApp } from "./use-app.ts";
import { waitForGraph } from "./graph-probe.ts";
import { cameraAtRest, drawn } from "./viewport-probe.ts";

const app = useBuiltApp();

describe("opening a link with hide=1", () => {
  it("frames the nodes that remain, every one inside the view", async () => {
    // Funders sit in one corner of the seed graph: the whole-graph view leaves them small.
    const { page, errors } = await openApp(app.browser, `${app.url}#kinds=funder&hide=1`);
    await waitForGraph(page);
    const camera = await cameraAtRest(page);
    const after = await drawn(page);
    expect(after.shown).toBeGreaterThan(1);
    expect(after.outside).toEqual([]);
    // Framed, not left where the whole graph put them: they span a good part of the view.
    expect(Math.max(after.spanX, after.spanY)).toBeGreaterThan(0.4);
    expect(camera.ratio).toBeLessThan(1);
    // The framing is in the URL, so the link now restores it.
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/cam=/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps a camera the link carries", async () => {
    const { page, errors } = await openApp(
      app.browser,
      `${app.url}#kinds=funder&hide=1&cam=0.3,0.6,0.9`,
    );
    await waitForGraph(page);
    const camera = await cameraAtRest(page);
    expect(camera.x).toBeCloseTo(0.3, 3);
    expect(camera.y).toBeCloseTo(0.6, 3);
    expect(camera.ratio).toBeCloseTo(0.9, 3);
    expect(errors).toEqual([]);
    await page.close();
  });
});
