/**
 * Filtering that shows its result: with "Hide filtered" the camera refits to what remains;
 * a brushed window snaps to the units the axis counts and is written as a person would.
 */
import { describe, expect, it } from "vitest";
import { openApp } from "./harness.ts";
import { useBuiltApp } from "./use-app.ts";
import { waitForGraph } from "./graph-probe.ts";
import { cameraAtRest, drawn } from "./viewport-probe.ts";

const app = useBuiltApp();

interface Hook {
  state: { view: { window: { start: string; end: string } | null } };
}

describe("hide filtered", () => {
  it("refits the camera so that every node that remains is in view", async () => {
    const { page, errors } = await openApp(app.browser, `${app.url}#cam=0.2,0.8,0.2`);
    await waitForGraph(page);
    // Zoomed into a corner: some nodes are out of view, so the test can fail.
    expect((await drawn(page)).outside.length).toBeGreaterThan(0);

    await page.getByLabel("Hide filtered").check();
    await page.locator("#filters label", { hasText: "Organisation" }).locator("input").uncheck();
    await expect.poll(async () => (await drawn(page)).outside, { timeout: 8000 }).toEqual([]);
    await cameraAtRest(page);
    const after = await drawn(page);
    expect(after.shown).toBeGreaterThan(3);
    expect(after.outside).toEqual([]);
    // Framed, not lost in empty space: what remains spans a good part of the view.
    expect(Math.max(after.spanX, after.spanY)).toBeGreaterThan(0.4);

    // A time window, with the filtered hidden, refits to what the window keeps.
    // (Only the window changes: the camera the link was opened at, if the address still holds
    // it, is not set again.)
    await page.evaluate(() => {
      const rest = location.hash.replace(/^#/, "").replace(/(?:^|&)cam=[^&]*/, "");
      location.hash = `${rest}&window=2023-01-01..2023-12-31`;
    });
    await expect
      .poll(async () => (await drawn(page)).shown, { timeout: 8000 })
      .toBeLessThan(after.shown);
    // (The refit may start a frame after the window lands: read the view once the camera
    // has come to rest, until it has.)
    await expect
      .poll(
        async () => {
          await cameraAtRest(page);
          return (await drawn(page)).outside;
        },
        { timeout: 8000 },
      )
      .toEqual([]);
    const windowed = await drawn(page);
    expect(windowed.shown).toBeGreaterThan(0);
    expect(windowed.shown).toBeLessThan(after.shown);
    expect(windowed.outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a brushed window", () => {
  it("snaps to whole months when the axis counts months, and reads as dates", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    const tl = page.getByTestId("timeline");
    await tl.locator('.tl-tick[data-period="2023"]').click();
    // The axis now counts months; brush from inside March to inside June.
    const mar = await tl.locator('.tl-tick[data-period="Mar"]').boundingBox();
    const jun = await tl.locator('.tl-tick[data-period="Jun"]').boundingBox();
    const overlay = await tl.locator(".tl-brush .overlay").boundingBox();
    if (!mar || !jun || !overlay) throw new Error("timeline not laid out");
    const y = overlay.y + overlay.height / 2;
    await page.mouse.move(mar.x + mar.width / 2 + 9, y);
    await page.mouse.down();
    await page.mouse.move(jun.x + jun.width / 2 + 9, y, { steps: 6 });
    await page.mouse.up();
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { __rabita: Hook }).__rabita.state.view.window),
      )
      .toEqual({ start: "2023-03-01", end: "2023-06-30" });
    await expect(tl.locator(".tl-window-text").textContent()).resolves.toBe("Mar – Jun 2023");
    // The brush shows the snapped window: it starts on the March tick.
    const selection = await tl.locator(".tl-brush .selection").boundingBox();
    expect(selection && Math.abs(selection.x - (mar.x + mar.width / 2))).toBeLessThan(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
