/**
 * Keyboard and screen reader, against the built app and the compiled seeds: axe-core finds no
 * violation in any state of the app (WCAG 2.2 A and AA and best practices); a skip link leads
 * to the graph; the time window is set and moved from its fields; focus goes into the document
 * reader and back to what opened it; `]` and `[` step from a node to its neighbours.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openApp, serveApp } from "./harness.ts";
import { useBuiltApp } from "./use-app.ts";
import { waitForGraph } from "./graph-probe.ts";
import { axeViolations } from "./axe.ts";
import type { AxeViolation } from "./axe.ts";

const app = useBuiltApp();

/** Runs axe and gives the violations as lines, so a failure names the rule and elements. */
async function violations(page: Page, state: string): Promise<string[]> {
  const found: AxeViolation[] = await axeViolations(page);
  return found.map((v) => `${state}: ${v.id} (${v.impact}) ${v.help}: ${v.targets.join(", ")}`);
}

interface Hook {
  state: { hovered: string | null; view: { selected: string | null; window: unknown } };
  graph: { neighbors(n: string): string[]; getNodeAttribute(n: string, a: "label"): string };
}

function hook<T>(page: Page, read: (h: Hook) => T): Promise<T> {
  return page.evaluate((src) => {
    const h = (window as unknown as { __rabita: Hook }).__rabita;
    return (new Function("h", `return (${src})(h)`) as (h: Hook) => T)(h);
  }, read.toString());
}

async function selectBySearch(page: Page, query: string): Promise<void> {
  const box = page.getByRole("combobox");
  await box.fill(query);
  await expect.poll(() => page.getByRole("option").count()).toBeGreaterThan(0);
  await box.press("Enter");
  await page.locator("[data-testid=entity-panel]").waitFor();
}

const focusedTestId = (page: Page): Promise<string | null> =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? null);

describe("axe-core in every state of the app", () => {
  it("finds no violation in the graph, search, panel, reader, table and menus", async () => {
    const { page } = await openApp(app.browser, app.url);
    await waitForGraph(page);
    const found: string[] = [];
    found.push(...(await violations(page, "graph")));
    await page.keyboard.press("Tab");
    found.push(...(await violations(page, "skip link focused")));
    await page.getByRole("combobox").fill("undp");
    await expect.poll(() => page.getByRole("option").count()).toBeGreaterThan(0);
    found.push(...(await violations(page, "search suggestions")));
    await page.getByRole("combobox").press("Enter");
    await page.locator("[data-testid=entity-panel]").waitFor();
    found.push(...(await violations(page, "entity panel")));
    await page.getByRole("button", { name: "Open document" }).first().click();
    await page.locator("[data-testid=reader]").waitFor();
    found.push(...(await violations(page, "document reader")));
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Table", exact: true }).click();
    await page.getByTestId("table-view").waitFor();
    found.push(...(await violations(page, "table of entities")));
    await page.getByRole("button", { name: "Relations", exact: true }).click();
    found.push(...(await violations(page, "table of relations")));
    await page.getByRole("button", { name: "Graph", exact: true }).click();
    await page
      .getByTestId("status")
      .getByRole("button", { name: /failed/ })
      .click();
    await page.getByTestId("failed-list").waitFor();
    found.push(...(await violations(page, "failed list")));
    for (const [name, button] of [
      ["export menu", "Export"],
      ["open panel", "Open…"],
      ["keys help", "Keyboard shortcuts"],
    ] as const) {
      await page.getByRole("button", { name: button, exact: true }).click();
      found.push(...(await violations(page, name)));
      await page.keyboard.press("Escape");
    }
    expect(found).toEqual([]);
  });

  it("finds no violation with a time window, in collaboration mode, with undated events listed, and on a phone", async () => {
    const { page } = await openApp(
      app.browser,
      `${app.url}#mode=collaboration&window=2012-01-01..2013-12-31`,
    );
    await waitForGraph(page);
    const found: string[] = [];
    found.push(...(await violations(page, "collaboration with a window")));
    const undated = page.locator(".tl-undated");
    if (await undated.isEnabled()) {
      await undated.click();
      found.push(...(await violations(page, "undated list")));
      await page.keyboard.press("Escape");
    }
    await page.setViewportSize({ width: 390, height: 800 });
    await selectBySearch(page, "undp");
    found.push(...(await violations(page, "phone with the panel")));
    expect(found).toEqual([]);
  });

  // Once in three full runs this journey hung past its minute on the busy CI machine (the
  // page never became ready after the picked files); alone it takes 2 s. Retried once while
  // the cause is looked for (see the closing note).
  it(
    "finds no violation where no data is served, nor after opening documents there",
    { retry: 1 },
    async () => {
      const empty = await mkdtemp(path.join(os.tmpdir(), "rabita-a11y-"));
      const served = await serveApp({ dataDir: empty });
      try {
        const { page } = await openApp(app.browser, served.url, { waitReady: false });
        await page.getByRole("heading", { name: "No compiled data" }).waitFor();
        const found = await violations(page, "no data");
        await page.getByRole("button", { name: "Open…" }).click();
        await page.getByTestId("open-files").setInputFiles([
          {
            name: "note.txt",
            mimeType: "text/plain",
            buffer: Buffer.from(
              "The Quarry Valley Trust met the Old Mill Association in Dunmore on 2 June 2019.\n",
            ),
          },
          { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
        ]);
        await page.waitForSelector("main[data-ready]", { timeout: 45_000 });
        await page.getByTestId("open-problems").waitFor();
        found.push(...(await violations(page, "open report")));
        expect(found).toEqual([]);
      } finally {
        await served.close();
        await rm(empty, { recursive: true, force: true });
      }
    },
  );
});

describe("the keyboard", () => {
  it("reaches the graph through the skip link", async () => {
    const { page } = await openApp(app.browser, app.url);
    await waitForGraph(page);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("button", { name: "Skip to the graph" });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    // Visible once focused (it sits above the page until then).
    const box = await skip.boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press("Enter");
    expect(await focusedTestId(page)).toBe("graph");
  });

  it("sets the time window from its fields and moves it by its length", async () => {
    const { page } = await openApp(app.browser, app.url);
    await waitForGraph(page);
    const tl = page.getByTestId("timeline");
    await tl.getByLabel("From").fill("2012-01-01");
    await tl.getByLabel("to", { exact: true }).fill("2012-12-31");
    await expect.poll(() => new URL(page.url()).hash).toContain("window=2012-01-01..2012-12-31");
    await expect(tl.locator(".tl-window-text").textContent()).resolves.toContain("2012");
    const later = tl.getByRole("button", { name: "Move the window later by its length" });
    await later.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).hash).toContain("window=2013-01-01..2013-12-31");
    await expect(tl.getByLabel("From").inputValue()).resolves.toBe("2013-01-01");
    await tl.getByRole("button", { name: "Move the window earlier by its length" }).click();
    await expect.poll(() => new URL(page.url()).hash).toContain("window=2012-01-01..2012-12-31");
    // An emptied field opens the window on that side, to the timeline's first year.
    await tl.getByLabel("From").fill("");
    await expect
      .poll(() => new URL(page.url()).hash)
      .toMatch(/window=(?!2012)\d{4}-01-01\.\.2012-12-31/);
    // Clear takes the window away, and the moves with it.
    await tl.getByRole("button", { name: "Clear the time window" }).click();
    await expect.poll(() => new URL(page.url()).hash).not.toContain("window=");
    await expect(tl.getByLabel("From").inputValue()).resolves.toBe("");
    expect(await later.isDisabled()).toBe(true);
  });

  it("moves focus into the document reader and back to the button that opened it", async () => {
    const { page } = await openApp(app.browser, app.url);
    await selectBySearch(page, "undp");
    const open = page.locator("[data-testid=entity-panel] [data-opens]").first();
    const key = await open.getAttribute("data-opens");
    await open.focus();
    await page.keyboard.press("Enter");
    await page.locator("[data-testid=reader]").waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.matches("[data-testid=reader] .text")),
      )
      .toBe(true);
    // The focused text scrolls by keyboard.
    const text = page.locator("[data-testid=reader] .text");
    expect(await text.getAttribute("tabindex")).toBe("0");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("[data-testid=reader]").count()).toBe(0);
    await expect
      .poll(() =>
        page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.opens),
      )
      .toBe(key);
  });

  it("steps from the selected node to its neighbours with ] and [, and Enter selects one", async () => {
    const { page } = await openApp(app.browser, app.url);
    await waitForGraph(page);
    await selectBySearch(page, "undp");
    const undp = await hook(page, (h) => h.state.view.selected);
    expect(undp).toBeTruthy();
    const neighbours = await hook(page, (h) => h.graph.neighbors(h.state.view.selected ?? ""));
    expect(neighbours.length).toBeGreaterThan(1);
    await page.getByTestId("graph").focus();
    await page.keyboard.press("]");
    const first = await hook(page, (h) => h.state.hovered);
    expect(neighbours).toContain(first);
    const said = page.getByTestId("graph-steps");
    await expect(said.textContent()).resolves.toMatch(
      new RegExp(`1 of ${neighbours.length} linked to United Nations Development Programme`),
    );
    await page.keyboard.press("]");
    const second = await hook(page, (h) => h.state.hovered);
    expect(neighbours).toContain(second);
    expect(second).not.toBe(first);
    await page.keyboard.press("[");
    expect(await hook(page, (h) => h.state.hovered)).toBe(first);
    await page.keyboard.press("Enter");
    await expect.poll(() => hook(page, (h) => h.state.view.selected)).toBe(first);
  });
});
