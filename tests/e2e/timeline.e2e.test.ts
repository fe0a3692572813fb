/**
 * Timeline journeys against the built app: clicking a year zooms the axis to that year;
 * brushing a window leaves the other events out of the graph; reloading the URL restores the
 * window. Served with a small fixture graph (seed-like dates) so that each check is exact.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openApp } from "./harness.ts";
import { fixtureDataDir, useBuiltApp } from "./use-app.ts";
import { KIND_COLORS } from "../../src/app/graph/palette.ts";
import type { NodeAttributes, SerializedRabitaGraph } from "../../src/model/types.ts";
import { describeWindow, parseIsoPeriod, windowToPeriod } from "../../src/app/timeline/periods.ts";

const EVENTS: [string, string, NodeAttributes["date"], NodeAttributes["eventType"]][] = [
  ["ev-2007", "Founding conference", { start: "2007-11-22" }, "conference"],
  ["ev-2009", "Annual meeting", { start: "2009" }, "meeting"],
  ["ev-2011", "Regional forum", { start: "2011-10" }, "conference"],
  ["ev-2012", "Training cycle", { start: "2012" }, "training"],
  ["ev-2013", "Media programme", { start: "2013-05", end: "2014-04" }, "programme"],
  ["ev-2015", "Report launch", { start: "2015-01" }, "launch"],
  ["ev-2023a", "Spring workshop", { start: "2023-03-14" }, "workshop"],
  ["ev-2023b", "Human rights day", { start: "2023-12-10" }, "other"],
  ["ev-undated", "Roundtable", undefined, "meeting"],
];

function fixture(): SerializedRabitaGraph {
  const nodes: SerializedRabitaGraph["nodes"] = [];
  const edges: SerializedRabitaGraph["edges"] = [];
  const base = { aliases: [], mentions: [], size: 8, degree: 1 };
  EVENTS.forEach(([key, label, date, eventType], i) => {
    const a = (i / EVENTS.length) * 2 * Math.PI;
    nodes.push({
      key,
      attributes: {
        ...base,
        label,
        kind: "event",
        date,
        eventType,
        x: Math.cos(a),
        y: Math.sin(a),
      },
    });
    nodes.push({
      key: `org-${i}`,
      attributes: {
        ...base,
        label: `Organisation ${i}`,
        kind: "organisation",
        x: 1.6 * Math.cos(a),
        y: 1.6 * Math.sin(a),
      },
    });
    edges.push({
      key: `p-${i}`,
      source: `org-${i}`,
      target: key,
      attributes: { kind: "participated", evidence: [] },
    });
  });
  nodes.push({ key: "fund", attributes: { ...base, label: "A Fund", kind: "funder", x: 0, y: 0 } });
  edges.push({
    key: "f-1",
    source: "fund",
    target: "ev-2013",
    attributes: { kind: "funded", evidence: [], amount: 500_000, currency: "EUR" },
  });
  return {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: { version: 1, generator: "timeline e2e fixture" },
    nodes,
    edges,
  };
}

interface Hook {
  renderer: { getNodeDisplayData(key: string): { hidden?: boolean; color: string } | undefined };
  state: {
    view: { window: { start: string; end: string } | null };
    setWindow(w: { start: string; end: string } | null): void;
    select(id: string | null): void;
  };
}

const app = useBuiltApp({ dataDir: () => fixtureDataDir(fixture(), "timeline") });

const TL = "[data-testid=timeline]";

async function visibleEvents(page: Page): Promise<string[]> {
  return page.$$eval(`${TL} .tl-item[data-visible=true]`, (els) =>
    els.map((e) => e.getAttribute("data-id") ?? "").sort(),
  );
}

/** Events whose date overlaps a period, computed here from the fixture. */
function eventsIn(period: { start: number; end: number }): string[] {
  return EVENTS.filter(([, , date]) => {
    if (!date) return false;
    const a = parseIsoPeriod(date.start);
    const b = parseIsoPeriod(date.end ?? date.start);
    return !!a && !!b && a.start < period.end && b.end > period.start;
  })
    .map(([key]) => key)
    .sort();
}

/** For each event: drawn at full strength (true) or dimmed/hidden (false). */
async function graphShows(page: Page): Promise<Record<string, boolean>> {
  const keys = EVENTS.map(([key]) => key);
  return page.evaluate(
    ({ keys, colour }) => {
      const hook = (window as unknown as { __rabita: Hook }).__rabita;
      const out: Record<string, boolean> = {};
      for (const k of keys) {
        const d = hook.renderer.getNodeDisplayData(k);
        out[k] = !!d && !d.hidden && d.color.toLowerCase() === colour.toLowerCase();
      }
      return out;
    },
    { keys, colour: KIND_COLORS.event },
  );
}

interface Point {
  x: number;
  y: number;
}

/** The colour (r, g, b) the page shows at each point, from one screenshot. */
async function pixels(page: Page, points: Point[]): Promise<number[][]> {
  const png = await page.screenshot();
  return page.evaluate(
    async ({ data, points }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d");
      if (!ctx) throw new Error("no 2d context");
      ctx.drawImage(img, 0, 0);
      const scale = img.width / window.innerWidth;
      return points.map((p) =>
        Array.from(ctx.getImageData(p.x * scale, p.y * scale, 1, 1).data.slice(0, 3)),
      );
    },
    { data: png.toString("base64"), points },
  );
}

async function brushYears(page: Page, from: string, to: string): Promise<void> {
  const a = await page.locator(`${TL} .tl-tick`, { hasText: from }).first().boundingBox();
  const b = await page.locator(`${TL} .tl-tick`, { hasText: to }).first().boundingBox();
  const overlay = await page.locator(`${TL} .tl-brush .overlay`).boundingBox();
  if (!a || !b || !overlay) throw new Error("timeline not laid out");
  const y = overlay.y + overlay.height / 2;
  // Just inside both years' boundaries (a tick sits on 1 January).
  await page.mouse.move(a.x + a.width / 2 + 6, y);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2 - 6, y, { steps: 8 });
  await page.mouse.up();
}

describe("the timeline", () => {
  it("zooms to a year when its label is clicked, showing only that year's events", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await page.locator(`${TL} .tl-item`).first().waitFor({ state: "attached" });
    const year2023 = eventsIn({ start: Date.UTC(2023, 0, 1), end: Date.UTC(2024, 0, 1) });
    expect(year2023).toEqual(["ev-2023a", "ev-2023b"]);
    // Before: every dated event is on screen.
    expect(await visibleEvents(page)).toEqual(eventsIn({ start: -Infinity, end: Infinity }));

    await page.locator(`${TL} .tl-tick`, { hasText: "2023" }).first().click();
    await expect.poll(() => visibleEvents(page), { timeout: 5000 }).toEqual(year2023);
    // The axis now counts months.
    await expect
      .poll(() => page.$$eval(`${TL} .tl-tick`, (els) => els.map((e) => e.textContent)))
      .toContain("Jun");

    await page.locator(`${TL} .tl-reset`).click();
    await expect.poll(() => visibleEvents(page)).toHaveLength(8);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("brushes a window that leaves the other events out of the graph, and keeps it on reload", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await page.waitForFunction(
      () => !!(window as unknown as { __rabita?: Hook }).__rabita?.renderer,
    );
    const everything = await graphShows(page);
    expect(Object.values(everything).every(Boolean)).toBe(true);

    await brushYears(page, "2012", "2016");
    const win = await page.evaluate(
      () => (window as unknown as { __rabita: Hook }).__rabita.state.view.window,
    );
    expect(win).not.toBeNull();
    if (!win) return;
    // Zoomed out the axis counts years: the window snaps to whole years, written as such.
    expect(win).toEqual({ start: "2012-01-01", end: "2015-12-31" });
    expect(describeWindow(win)).toBe("2012 – 2015");
    await expect
      .poll(() => page.locator(`${TL} .tl-window-text`).textContent())
      .toBe(describeWindow(win));
    const period = windowToPeriod(win);
    if (!period) throw new Error("bad window");
    const inside = eventsIn(period);
    expect(inside).toEqual(expect.arrayContaining(["ev-2012", "ev-2013", "ev-2015"]));
    const expected = Object.fromEntries(EVENTS.map(([k]) => [k, inside.includes(k)]));
    await expect.poll(() => graphShows(page), { timeout: 5000 }).toEqual(expected);

    // The window is in the URL: a reload restores it, in the state, the text and the graph.
    await expect.poll(() => page.url()).toContain(`window=${win.start}..${win.end}`);
    await page.reload();
    await page.waitForSelector("main[data-ready]");
    await page.waitForFunction(
      () => !!(window as unknown as { __rabita?: Hook }).__rabita?.renderer,
    );
    expect(
      await page.evaluate(
        () => (window as unknown as { __rabita: Hook }).__rabita.state.view.window,
      ),
    ).toEqual(win);
    await expect
      .poll(() => page.locator(`${TL} .tl-window-text`).textContent())
      .toBe(describeWindow(win));
    const selection = page.locator(`${TL} .tl-brush .selection`);
    await expect.poll(async () => (await selection.boundingBox())?.width ?? 0).toBeGreaterThan(20);
    await expect.poll(() => graphShows(page), { timeout: 5000 }).toEqual(expected);

    // One click clears it.
    await page.locator(`${TL} .tl-clear`).click();
    await expect.poll(() => graphShows(page)).toEqual(everything);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("dims what the window leaves out under a shade, and draws the focused node's events whole over it", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await page.locator(`${TL} .tl-item`).first().waitFor({ state: "attached" });
    const win = { start: "2012-01-01", end: "2015-12-31" };
    await page.evaluate(
      (w) => (window as unknown as { __rabita: Hook }).__rabita.state.setWindow(w),
      win,
    );
    const period = windowToPeriod(win);
    if (!period) throw new Error("bad window");
    const inside = eventsIn(period);
    /** Each visible event: covered by the shade (wholly), or not. */
    const shaded = (): Promise<Record<string, boolean>> =>
      page.evaluate((tl) => {
        const shades = Array.from(document.querySelectorAll(`${tl} .tl-shade rect`))
          .filter((r) => r.closest(".tl-shade")?.getAttribute("display") !== "none")
          .map((r) => r.getBoundingClientRect());
        const out: Record<string, boolean> = {};
        for (const el of Array.from(
          document.querySelectorAll(`${tl} .tl-item[data-visible=true]`),
        )) {
          const b = el.getBoundingClientRect();
          out[el.getAttribute("data-id") ?? ""] = shades.some(
            (s) =>
              s.width > 0 &&
              b.left >= s.left - 0.5 &&
              b.right <= s.right + 0.5 &&
              b.top >= s.top - 0.5 &&
              b.bottom <= s.bottom + 0.5,
          );
        }
        return out;
      }, TL);
    const dated = eventsIn({ start: -Infinity, end: Infinity });
    const expected = Object.fromEntries(dated.map((k) => [k, !inside.includes(k)]));
    expect(Object.values(expected)).toContain(true);
    expect(Object.values(expected)).toContain(false);
    await expect.poll(shaded, { timeout: 5000 }).toEqual(expected);

    // Organisation 0 took part in the 2007 conference, outside the window: selected, its
    // event is drawn again over the shade, where the event is.
    expect(inside).not.toContain("ev-2007");
    const lifted = (): Promise<{ at: string; item: string }[]> =>
      page.evaluate((tl) => {
        const box = (el: Element | null): string => {
          if (!el) return "none";
          const b = el.getBoundingClientRect();
          return [b.x, b.y, b.width, b.height].map((v) => Math.round(v)).join(",");
        };
        return Array.from(document.querySelectorAll(`${tl} .tl-lifted .tl-lift`))
          .filter((el) => (el as SVGElement).style.display !== "none")
          .map((el) => ({
            at: box(el),
            item: box(document.querySelector(`${tl} .tl-item[data-id="ev-2007"]`)),
          }));
      }, TL);
    await page.evaluate(() =>
      (window as unknown as { __rabita: Hook }).__rabita.state.select("org-0"),
    );
    await expect.poll(lifted, { timeout: 5000 }).toHaveLength(1);
    const [copy] = await lifted();
    expect(copy?.at).toBe(copy?.item);
    // Nothing is lifted once the node is let go; without a window, the focused node's event
    // stays lifted (over the focus veil), where the event is.
    await page.evaluate(() =>
      (window as unknown as { __rabita: Hook }).__rabita.state.select(null),
    );
    await expect.poll(lifted, { timeout: 5000 }).toHaveLength(0);
    await page.evaluate(() =>
      (window as unknown as { __rabita: Hook }).__rabita.state.select("org-0"),
    );
    await expect.poll(lifted, { timeout: 5000 }).toHaveLength(1);
    await page.evaluate(() =>
      (window as unknown as { __rabita: Hook }).__rabita.state.setWindow(null),
    );
    await expect.poll(lifted, { timeout: 5000 }).toHaveLength(1);
    const [unmasked] = await lifted();
    expect(unmasked?.at).toBe(unmasked?.item);
    await expect
      .poll(shaded, { timeout: 5000 })
      .toEqual(Object.fromEntries(dated.map((k) => [k, false])));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fades what a focused node is not linked to, changing only the items whose highlight changes", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await page.locator(`${TL} .tl-item`).first().waitFor({ state: "attached" });
    await page.waitForTimeout(300);
    /** Pixels (page coordinates): the centre of an item, and the stripe just left of it. */
    const spots = async (id: string): Promise<{ item: Point; stripe: Point }> => {
      const box = await page.locator(`${TL} .tl-item[data-id="${id}"]`).boundingBox();
      if (!box) throw new Error(`${id} is not drawn`);
      const item = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
      return { item, stripe: { x: Math.round(box.x) - 8, y: item.y } };
    };
    const other = await spots("ev-2009");
    const linked = await spots("ev-2007");
    const all = [other.item, other.stripe, linked.item];
    const [item0, stripe0, linked0] = await pixels(page, all);
    // Every change the focus makes in the timeline, as it is made.
    await page.evaluate((tl) => {
      const w = window as unknown as { __changed: string[] };
      w.__changed = [];
      const root = document.querySelector(tl);
      if (!root) return;
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target as Element;
          if (r.type !== "attributes" || r.attributeName !== "class") continue;
          w.__changed.push(
            el.getAttribute("data-id") ?? `<${el.tagName}.${el.getAttribute("class") ?? ""}>`,
          );
        }
      }).observe(root, { subtree: true, attributes: true });
    }, TL);
    await page.evaluate(() =>
      (window as unknown as { __rabita: Hook }).__rabita.state.select("org-0"),
    );
    await expect
      .poll(() => page.locator(`${TL} .tl-lifted .tl-lift`).count(), { timeout: 5000 })
      .toBe(1);
    await page.waitForTimeout(100);
    const [item1, stripe1, linked1] = await pixels(page, all);
    // The other event shows at 15 % of its strength over its row, the row as it was, and the
    // linked event whole.
    const faded = item0?.map((c, i) => 0.15 * c + 0.85 * (stripe0?.[i] ?? 0));
    item1?.forEach((c, i) => expect(Math.abs(c - (faded?.[i] ?? 0))).toBeLessThanOrEqual(4));
    stripe1?.forEach((c, i) => expect(Math.abs(c - (stripe0?.[i] ?? 0))).toBeLessThanOrEqual(2));
    linked1?.forEach((c, i) => expect(Math.abs(c - (linked0?.[i] ?? 0))).toBeLessThanOrEqual(4));
    expect(item1).not.toEqual(item0);
    // Only the linked event's item changed its classes: nothing that holds every item did.
    const changed = await page.evaluate(
      () => (window as unknown as { __changed: string[] }).__changed,
    );
    expect([...new Set(changed)]).toEqual(["ev-2007"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("recounts the kinds once a burst of windows rests, not at each of its steps", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await page.locator(`${TL} .tl-item`).first().waitFor({ state: "attached" });
    const burst = [
      { start: "2007-01-01", end: "2009-12-31" },
      { start: "2011-01-01", end: "2012-12-31" },
      { start: "2013-01-01", end: "2015-12-31" },
      { start: "2023-01-01", end: "2023-12-31" },
    ];
    const last = burst[burst.length - 1] as { start: string; end: string };
    const counts = (p: Page): Promise<string> =>
      p.$$eval("#filters .count", (els) => els.map((e) => e.textContent ?? "").join(" | "));
    // The counts as a page opened on the last window shows them.
    const other = await openApp(app.browser, `${app.url}#window=${last.start}..${last.end}`);
    const expected = await counts(other.page);
    expect(expected).toContain(" of ");
    await other.page.close();

    const before = await counts(page);
    // Each window set as the brush sets it, the views' answers (their effects) run between
    // steps, all in one task: what the counts and the window's fields show after each step.
    const during = await page.evaluate(
      async ({ burst, tl }) => {
        const hook = (window as unknown as { __rabita: Hook }).__rabita;
        const shown: string[] = [];
        for (const w of burst) {
          hook.state.setWindow(w);
          for (let k = 0; k < 8; k++) await Promise.resolve();
          const counts = Array.from(document.querySelectorAll("#filters .count"))
            .map((e) => e.textContent ?? "")
            .join(" | ");
          const from = document.querySelector<HTMLInputElement>(`${tl} .tl-from`)?.value;
          shown.push(`${counts} / ${from ?? "no field"}`);
        }
        return shown;
      },
      { burst, tl: TL },
    );
    // The counts are not recounted at each step (the fields follow each one)…
    expect(during).toEqual(burst.map((w) => `${before} / ${w.start}`));
    // …but once the burst rests, they count its last window.
    await expect.poll(() => counts(page), { timeout: 5000 }).toBe(expected);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fills the window's date fields once a drag of the brush ends, not at each move", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await page.locator(`${TL} .tl-item`).first().waitFor({ state: "attached" });
    // A drag across the plot, as mouse events, in one task: the fields and the window's text
    // after each move, and after the release.
    const seen = await page.evaluate((tl) => {
      const overlay = document.querySelector(`${tl} .tl-brush .overlay`);
      const from = document.querySelector<HTMLInputElement>(`${tl} .tl-from`);
      const text = document.querySelector(`${tl} .tl-window-text`);
      if (!overlay || !from || !text) return null;
      const box = overlay.getBoundingClientRect();
      const y = box.top + box.height / 2;
      const at = (f: number): number => box.left + f * box.width;
      const mouse = (type: string, target: EventTarget, x: number): void => {
        target.dispatchEvent(
          new MouseEvent(type, {
            bubbles: true,
            cancelable: true,
            view: window,
            clientX: x,
            clientY: y,
          }),
        );
      };
      const after: string[] = [];
      mouse("mousedown", overlay, at(0.2));
      for (const f of [0.4, 0.6, 0.8]) {
        mouse("mousemove", window, at(f));
        after.push(`${text.textContent ?? ""} / ${from.value}`);
      }
      mouse("mouseup", window, at(0.8));
      return { moves: after, released: from.value };
    }, TL);
    if (!seen) throw new Error("no brush");
    // The window's text follows each move; the fields wait…
    expect(seen.moves.map((m) => m.split(" / ")[1])).toEqual(["", "", ""]);
    expect(new Set(seen.moves.map((m) => m.split(" / ")[0])).size).toBe(3);
    // …and show the window the release leaves.
    const win = await page.evaluate(
      () => (window as unknown as { __rabita: Hook }).__rabita.state.view.window,
    );
    expect(win).not.toBeNull();
    expect(seen.released).toBe(win?.start);
    await expect(page.locator(`${TL} .tl-to`).inputValue()).resolves.toBe(win?.end);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("gives the app a dragged window at once, and at most one a frame", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await page.locator(`${TL} .tl-item`).first().waitFor({ state: "attached" });
    // A press and two moves in one task (as two moves within one frame), a frame (which sends
    // the held move), another, a third move and the release: the app's window after each.
    const seen = await page.evaluate(async (tl) => {
      const hook = (window as unknown as { __rabita: Hook }).__rabita;
      const overlay = document.querySelector(`${tl} .tl-brush .overlay`);
      if (!overlay) return null;
      const box = overlay.getBoundingClientRect();
      const y = box.top + box.height / 2;
      const mouse = (type: string, target: EventTarget, f: number): void => {
        target.dispatchEvent(
          new MouseEvent(type, {
            bubbles: true,
            cancelable: true,
            view: window,
            clientX: box.left + f * box.width,
            clientY: y,
          }),
        );
      };
      const now = (): string => JSON.stringify(hook.state.view.window);
      mouse("mousedown", overlay, 0.1);
      mouse("mousemove", window, 0.45);
      const first = now();
      mouse("mousemove", window, 0.9);
      const second = now();
      await new Promise((r) => requestAnimationFrame(r));
      const framed = now();
      // A frame with nothing held to send: the next move goes at once.
      await new Promise((r) => requestAnimationFrame(r));
      mouse("mousemove", window, 0.6);
      const third = now();
      mouse("mouseup", window, 0.6);
      return { first, second, framed, third, released: now() };
    }, TL);
    if (!seen) throw new Error("no brush");
    // The first move's window is the app's before the move returns (the graph answers it in
    // the frame that draws the brush)…
    expect(seen.first).not.toBe("null");
    // …a second move in the same frame waits for the next one, which brings it…
    expect(seen.second).toBe(seen.first);
    expect(seen.framed).not.toBe(seen.first);
    // …and a move after a frame that sent nothing goes at once again; the release leaves it.
    expect(seen.third).not.toBe(seen.framed);
    expect(seen.released).toBe(seen.third);
    expect(errors).toEqual([]);
    await page.close();
  });
});
