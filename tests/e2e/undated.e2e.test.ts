/**
 * The timeline's undated list on a corpus with many undated events: it lists a page of them at
 * a time with a "Show more" button (thousands of rows made every frame of the page slower), and
 * each listed row selects its event by click or by keyboard. Labels are text, never HTML.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openApp } from "./harness.ts";
import { fixtureDataDir, useBuiltApp } from "./use-app.ts";
import type { SerializedRabitaGraph } from "../../src/model/types.ts";
import { UNDATED_PAGE } from "../../src/app/timeline/timeline-controls.ts";

const UNDATED = 130;
const HOSTILE = `A <img src="x" onerror="window.__pwned = 1"> meeting`;

/** Undated events named so that their sorted order is their number; one dated event. */
function fixture(): SerializedRabitaGraph {
  const base = { aliases: [], mentions: [], size: 6, degree: 1 };
  const nodes: SerializedRabitaGraph["nodes"] = [
    {
      key: "org",
      attributes: { ...base, label: "Organisation", kind: "organisation", x: 0, y: 0 },
    },
    {
      key: "ev-dated",
      attributes: {
        ...base,
        label: "Dated conference",
        kind: "event",
        eventType: "conference",
        date: { start: "2015-03" },
        x: 1,
        y: 0,
      },
    },
    {
      key: "ev-hostile",
      attributes: { ...base, label: HOSTILE, kind: "event", eventType: "meeting", x: 0, y: 1 },
    },
  ];
  for (let i = 1; i < UNDATED; i++) {
    const a = (i / UNDATED) * 2 * Math.PI;
    nodes.push({
      key: `ev-${i}`,
      attributes: {
        ...base,
        label: `Undated meeting ${String(i).padStart(3, "0")}`,
        kind: "event",
        eventType: "meeting",
        x: 2 * Math.cos(a),
        y: 2 * Math.sin(a),
      },
    });
  }
  const edges: SerializedRabitaGraph["edges"] = nodes
    .filter((n) => n.key !== "org")
    .map((n) => ({
      key: `p-${n.key}`,
      source: "org",
      target: n.key,
      attributes: { kind: "participated", evidence: [] },
    }));
  return {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: { version: 1, generator: "undated e2e fixture" },
    nodes,
    edges,
  };
}

const app = useBuiltApp({ dataDir: () => fixtureDataDir(fixture(), "undated") });

const TL = "[data-testid=timeline]";
const ROWS = `${TL} .tl-undated-list .tl-undated-item`;
const MORE = `${TL} .tl-undated-list .tl-undated-more`;

interface Hook {
  state: { view: { selected: string | null } };
}

function selected(page: Page): Promise<string | null> {
  return page.evaluate(
    () => (window as unknown as { __rabita: Hook }).__rabita.state.view.selected,
  );
}

function rowIds(page: Page): Promise<string[]> {
  return page.$$eval(ROWS, (els) => els.map((e) => (e as HTMLElement).dataset.id ?? ""));
}

/** The ids in the list's order: the hostile label first ("A …"), then by number. */
const ORDER = ["ev-hostile", ...Array.from({ length: UNDATED - 1 }, (_, i) => `ev-${i + 1}`)];

describe("the undated list", () => {
  it("lists a page of rows at a time, with a button that reveals the rest", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    const toggle = page.locator(`${TL} .tl-undated`);
    await expect.poll(() => toggle.textContent()).toBe(`${UNDATED} undated`);
    // Before the list opens, only its first page exists in the page.
    expect(await page.locator(ROWS).count()).toBe(UNDATED_PAGE);

    await toggle.click();
    await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await rowIds(page)).toEqual(ORDER.slice(0, UNDATED_PAGE));
    const more = page.locator(MORE);
    expect(await more.textContent()).toBe(`Show more (${UNDATED - UNDATED_PAGE})`);
    // Focus starts on the first row.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id)).toBe(
      ORDER[0],
    );

    // By keyboard: the button shows the next page and focus moves on to its first row.
    await more.focus();
    await page.keyboard.press("Enter");
    expect(await rowIds(page)).toEqual(ORDER.slice(0, 2 * UNDATED_PAGE));
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id)).toBe(
      ORDER[UNDATED_PAGE],
    );
    expect(await more.textContent()).toBe(`Show more (${UNDATED - 2 * UNDATED_PAGE})`);

    // By click: the last page, and the button goes.
    await more.click();
    expect(await rowIds(page)).toEqual(ORDER);
    expect(await page.locator(MORE).count()).toBe(0);
    // The list stayed open throughout.
    expect(await page.locator(`${TL} .tl-undated-list`).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("selects a listed event by click and by keyboard, and shows labels as text", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    const toggle = page.locator(`${TL} .tl-undated`);
    await toggle.click();
    // The hostile label is text: no image was made and its handler never ran.
    const first = page.locator(ROWS).first();
    expect(await first.textContent()).toBe(HOSTILE);
    expect(await page.locator(`${TL} .tl-undated-list img`).count()).toBe(0);

    await page.locator(`${ROWS}[data-id="ev-7"]`).click();
    await expect.poll(() => selected(page)).toBe("ev-7");
    expect(await page.locator(`${TL} .tl-undated-list`).isVisible()).toBe(false);
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");

    // Keyboard: open, go down one row, choose it.
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(`${TL} .tl-undated-list`).isVisible()).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id)).toBe(
      ORDER[1],
    );
    await page.keyboard.press("Enter");
    await expect.poll(() => selected(page)).toBe(ORDER[1]);
    // A row revealed by "Show more" selects too.
    await toggle.click();
    await page.locator(MORE).click();
    await page.locator(`${ROWS}[data-id="${ORDER[UNDATED_PAGE + 3]}"]`).click();
    await expect.poll(() => selected(page)).toBe(ORDER[UNDATED_PAGE + 3]);

    expect(await page.evaluate(() => "__pwned" in window)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
