/**
 * Graph journeys against the built app and the compiled seeds: a click on a node where it is
 * drawn opens its panel; the "who worked with whom" switch redraws actors linked to actors;
 * without WebGL the graph area says so while search and the panel still work.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openApp } from "./harness.ts";
import { useBuiltApp } from "./use-app.ts";
import { largestNodeOnPage, waitForGraph } from "./graph-probe.ts";
import { countColours } from "./pixels.ts";
import { KIND_COLORS } from "../../src/app/graph/palette.ts";

const app = useBuiltApp();

interface Hook {
  renderer: {
    getGraph(): {
      order: number;
      nodes(): string[];
      edges(): string[];
      extremities(e: string): [string, string];
      getNodeAttributes(n: string): { kind: string; label: string; size: number };
    };
    getNodeDisplayData(
      n: string,
    ):
      { x: number; y: number; hidden: boolean; highlighted?: boolean; zIndex?: number } | undefined;
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  } | null;
  state: { view: { selected: string | null; mode: string } };
}

async function view(page: Page): Promise<{ selected: string | null; mode: string }> {
  return page.evaluate(() => {
    const { selected, mode } = (window as unknown as { __rabita: Hook }).__rabita.state.view;
    return { selected, mode };
  });
}

describe("the graph", () => {
  it("opens a node's panel when the node is clicked where it is drawn", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await waitForGraph(page);
    // The largest organisation, at its on-screen position.
    const target = await largestNodeOnPage(page, "organisation");
    const box = await page.getByTestId("graph").boundingBox();
    if (!box) throw new Error("graph not laid out");
    await page.mouse.click(target.x, target.y);
    await expect.poll(async () => (await view(page)).selected).toBe(target.key);
    await expect(page.locator("#panel-title").textContent()).resolves.toBe(target.label);
    expect(page.url()).toContain(`node=${encodeURIComponent(target.key)}`);

    // A click on empty background clears the selection and closes the panel (after sigma's
    // double-click delay, so that it is not read as the second click of a double click; the
    // wait runs on the page's own timers, so that sigma's reset has run even on a busy page).
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 350)));
    await page.mouse.click(box.x + 4, box.y + 4);
    await expect.poll(() => page.locator("[data-testid=entity-panel]").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws the chosen node as selected and the one chosen before as not, under the pointer", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await waitForGraph(page);
    const target = await largestNodeOnPage(page, "organisation");
    const other = await largestNodeOnPage(page, "event");
    /** How sigma draws a node now: raised and outlined when selected. */
    const look = (key: string): Promise<{ highlighted: boolean; zIndex: number }> =>
      page.evaluate((k) => {
        const d = (window as unknown as { __rabita: Hook }).__rabita.renderer?.getNodeDisplayData(
          k,
        );
        return { highlighted: !!d?.highlighted, zIndex: d?.zIndex ?? -1 };
      }, key);
    // Hovered, then clicked: the focus (the node under the pointer) stays the same.
    await page.mouse.move(target.x, target.y);
    await page.mouse.click(target.x, target.y);
    await expect.poll(async () => (await view(page)).selected).toBe(target.key);
    await expect.poll(() => look(target.key)).toEqual({ highlighted: true, zIndex: 2 });
    // Another node chosen while the pointer still rests on the first (the focus is unchanged).
    await page.evaluate((k) => {
      (
        window as unknown as { __rabita: { state: { select(k: string): void } } }
      ).__rabita.state.select(k);
    }, other.key);
    await expect.poll(async () => (await look(other.key)).highlighted).toBe(true);
    expect((await look(other.key)).zIndex).toBe(2);
    await expect.poll(async () => (await look(target.key)).highlighted).toBe(false);
    expect((await look(target.key)).zIndex).toBeLessThan(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("switches to the collaboration network: actors linked to actors, no events drawn", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await waitForGraph(page);
    const area = page.locator("[data-testid=graph]");
    const before = await countColours(page, area, [KIND_COLORS.event]);
    expect(before[KIND_COLORS.event]).toBeGreaterThan(50);

    await page.getByRole("button", { name: "Who worked with whom" }).click();
    await expect.poll(async () => (await view(page)).mode).toBe("collaboration");
    const links = await page.evaluate(() => {
      const g = (window as unknown as { __rabita: Hook }).__rabita.renderer?.getGraph();
      if (!g) return { actorLinks: 0, events: -1 };
      const actor = (n: string): boolean => g.getNodeAttributes(n).kind !== "event";
      return {
        actorLinks: g.edges().filter((e) => g.extremities(e).every(actor)).length,
        events: g.nodes().filter((n) => !actor(n)).length,
      };
    });
    expect(links.actorLinks).toBeGreaterThan(0);
    expect(links.events).toBe(0);
    // Visibly different: the event-coloured discs are gone.
    await page.waitForTimeout(300);
    const after = await countColours(page, area, [KIND_COLORS.event]);
    expect(after[KIND_COLORS.event]).toBeLessThan(before[KIND_COLORS.event]! / 5);
    expect(page.url()).toContain("mode=collaboration");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says when WebGL is unavailable, while search and the panel still work", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (type.includes("webgl")) return null;
        return (original as (t: string, ...r: unknown[]) => RenderingContext | null).call(
          this,
          type,
          ...rest,
        );
      } as typeof original;
    });
    await page.goto(app.url);
    await page.waitForSelector("main[data-ready]");
    await expect(page.getByRole("alert").textContent()).resolves.toContain("WebGL");
    await page.getByRole("combobox").fill("UNDP");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#panel-title").count()).toBe(1);
    await page.close();
  });
});
