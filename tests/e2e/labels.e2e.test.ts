/**
 * Labels that read: on the seed graph no two drawn labels overlap, none runs past the canvas
 * or under the zoom buttons or a sheet; long labels end in "…" and the hover shows them whole;
 * a selected hub labels its neighbours without overlap; the count follows zoom and setting.
 * Boxes are measured here again from the drawn text and font, in the page's own canvas.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openApp } from "./harness.ts";
import { useBuiltApp } from "./use-app.ts";
import { waitForGraph } from "./graph-probe.ts";
import { cameraAtRest } from "./viewport-probe.ts";

const app = useBuiltApp();

interface Drawn {
  key: string;
  text: string;
  left: number;
  baseline: number;
  font: string;
}
interface Hook {
  renderer: {
    getGraph(): {
      nodes(): string[];
      degree(n: string): number;
      neighbors(n: string): string[];
      getNodeAttributes(n: string): { label: string };
    };
    getNodeDisplayData(n: string): { x: number; y: number; hidden: boolean } | undefined;
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
    getDimensions(): { width: number; height: number };
    getCamera(): { isAnimated(): boolean };
  } | null;
  view: { labels: { drawn: Drawn[]; hovered: string | null } } | null;
}

interface Box {
  key: string;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The labels drawn now, each with its box measured from its text and font. */
async function labelBoxes(page: Page): Promise<{ boxes: Box[]; width: number; height: number }> {
  await page.waitForTimeout(250);
  return page.evaluate(() => {
    const hook = (window as unknown as { __rabita: Hook }).__rabita;
    if (!hook.renderer || !hook.view) throw new Error("no graph");
    const ctx = document.createElement("canvas").getContext("2d");
    if (!ctx) throw new Error("no 2d canvas");
    const boxes = hook.view.labels.drawn.map((d) => {
      ctx.font = d.font;
      const m = ctx.measureText(d.text);
      return {
        key: d.key,
        text: d.text,
        x: d.left - m.actualBoundingBoxLeft,
        y: d.baseline - m.actualBoundingBoxAscent,
        w: m.actualBoundingBoxLeft + m.actualBoundingBoxRight,
        h: m.actualBoundingBoxAscent + m.actualBoundingBoxDescent,
      };
    });
    return { boxes, ...hook.renderer.getDimensions() };
  });
}

function overlaps(boxes: Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as Box;
      const b = boxes[j] as Box;
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
        out.push(`${a.text} × ${b.text}`);
    }
  return out;
}

function outside(boxes: Box[], width: number, height: number): string[] {
  return boxes
    .filter((b) => b.x < 0 || b.y < 0 || b.x + b.w > width || b.y + b.h > height)
    .map((b) => b.text);
}

/** Boxes meeting a rectangle given in page pixels. */
async function under(page: Page, boxes: Box[], selector: string): Promise<string[]> {
  const graph = await page.getByTestId("graph").boundingBox();
  const cover = await page.locator(selector).first().boundingBox();
  if (!graph || !cover) throw new Error(`${selector} not laid out`);
  const c = { x: cover.x - graph.x, y: cover.y - graph.y, w: cover.width, h: cover.height };
  return boxes
    .filter((b) => b.x < c.x + c.w && c.x < b.x + b.w && b.y < c.y + c.h && c.y < b.y + b.h)
    .map((b) => b.text);
}

describe("graph labels", () => {
  it("never overlap, stay inside the canvas and clear of the zoom buttons", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await waitForGraph(page);
    const { boxes, width, height } = await labelBoxes(page);
    expect(boxes.length).toBeGreaterThanOrEqual(8);
    expect(overlaps(boxes)).toEqual([]);
    expect(outside(boxes, width, height)).toEqual([]);
    expect(await under(page, boxes, "[aria-label=Zoom]")).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("cuts long labels with an ellipsis and shows them whole on hover", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await waitForGraph(page);
    const { boxes } = await labelBoxes(page);
    const cut = boxes.find((b) => b.text.endsWith("…"));
    if (!cut) throw new Error(`no label cut among ${boxes.map((b) => b.text).join(", ")}`);
    const node = await page.evaluate((key) => {
      const r = (window as unknown as { __rabita: Hook }).__rabita.renderer;
      const d = r?.getNodeDisplayData(key);
      if (!r || !d) throw new Error("not drawn");
      return { label: r.getGraph().getNodeAttributes(key).label, ...r.framedGraphToViewport(d) };
    }, cut.key);
    expect(node.label.length).toBeGreaterThan(cut.text.length - 1);
    expect(node.label.startsWith(cut.text.slice(0, -1).trimEnd())).toBe(true);
    const graph = await page.getByTestId("graph").boundingBox();
    if (!graph) throw new Error("graph not laid out");
    await page.mouse.move(graph.x + node.x, graph.y + node.y);
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { __rabita: Hook }).__rabita.view?.labels.hovered ?? null,
        ),
      )
      .toBe(node.label);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("labels a selected hub's neighbours without overlap", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await waitForGraph(page);
    const hub = await page.evaluate(() => {
      const g = (window as unknown as { __rabita: Hook }).__rabita.renderer?.getGraph();
      if (!g) throw new Error("no graph");
      const key = g.nodes().sort((a, b) => g.degree(b) - g.degree(a))[0] ?? "";
      return { key, neighbours: g.neighbors(key) };
    });
    expect(hub.neighbours.length).toBeGreaterThanOrEqual(5);
    await page.evaluate((key) => {
      location.hash = `node=${encodeURIComponent(key)}`;
    }, hub.key);
    await page.getByTestId("entity-panel").waitFor();
    const { boxes, width, height } = await labelBoxes(page);
    const labelled = boxes.filter((b) => hub.neighbours.includes(b.key));
    expect(labelled.length).toBeGreaterThanOrEqual(Math.min(5, hub.neighbours.length));
    expect(boxes.some((b) => b.key === hub.key)).toBe(true);
    expect(overlaps(boxes)).toEqual([]);
    expect(outside(boxes, width, height)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows more labels as the camera zooms in, and as many as the setting asks", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await waitForGraph(page);
    const few = page.getByRole("group", { name: "How many labels" });
    await few.getByRole("button", { name: "Fewer" }).click();
    const fewer = (await labelBoxes(page)).boxes.length;
    await few.getByRole("button", { name: "All" }).click();
    const all = (await labelBoxes(page)).boxes.length;
    expect(all).toBeGreaterThan(fewer);

    // Back to fewer, then zoom in: the share of nodes on screen that are labelled grows.
    await few.getByRole("button", { name: "Fewer" }).click();
    const share = async (): Promise<number> => {
      const { boxes, width, height } = await labelBoxes(page);
      const onScreen = await page.evaluate(
        ({ width, height }) => {
          const r = (window as unknown as { __rabita: Hook }).__rabita.renderer;
          if (!r) return 0;
          return r
            .getGraph()
            .nodes()
            .filter((n) => {
              const d = r.getNodeDisplayData(n);
              if (!d || d.hidden) return false;
              const p = r.framedGraphToViewport(d);
              return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
            }).length;
        },
        { width, height },
      );
      return boxes.length / Math.max(1, onScreen);
    };
    const before = await share();
    await page.getByTestId("graph").focus();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("+");
      await page.waitForTimeout(300);
    }
    const after = await share();
    expect(after).toBeGreaterThan(before);
    // The setting stays for the next visit.
    await page.reload();
    await page.waitForSelector("main[data-ready]");
    await expect(
      few.getByRole("button", { name: "Fewer" }).getAttribute("aria-pressed"),
    ).resolves.toBe("true");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps labels out from under the sheet on a phone", async () => {
    const { page, errors } = await openApp(app.browser, app.url, { width: 390, height: 844 });
    await waitForGraph(page);
    const hub = await page.evaluate(() => {
      const g = (window as unknown as { __rabita: Hook }).__rabita.renderer?.getGraph();
      return g?.nodes().sort((a, b) => g.degree(b) - g.degree(a))[0] ?? "";
    });
    await page.evaluate((key) => {
      location.hash = `node=${encodeURIComponent(key)}`;
    }, hub);
    await page.locator("aside.panel").waitFor();
    // (The camera pans the hub clear of the sheet; on a loaded machine that takes longer than
    // a fixed wait, so the labels are read once it rests, and again until the sheet settles.)
    await cameraAtRest(page);
    const { boxes } = await labelBoxes(page);
    expect(boxes.length).toBeGreaterThan(0);
    await expect
      .poll(async () => under(page, (await labelBoxes(page)).boxes, "aside.panel"), {
        timeout: 5000,
      })
      .toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
