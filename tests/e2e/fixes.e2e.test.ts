/**
 * Fixes from driving the explorer on real corpora: missing data under a server that answers
 * with index.html; the failed list gives way to a search; compiler warnings reach the UI;
 * kind counts fit with a window active; the timeline's colours are the graph's and its bars
 * stay inside the plot; on a phone the sheet leaves the tapped node in view and the reader
 * keeps Back and close in view; edges answer hover and click; "Worked with" sorts by shared
 * events; markdown emphasis shows as emphasis; the status line says which data it is.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openApp, serveApp } from "./harness.ts";
import type { Served } from "./harness.ts";
import { useBuiltApp, writeFrame } from "./use-app.ts";
import { waitForGraph } from "./graph-probe.ts";
import { KIND_COLORS } from "../../src/app/graph/palette.ts";
import type {
  DocumentsFile,
  NodeAttributes,
  SerializedRabitaGraph,
} from "../../src/model/types.ts";

const app = useBuiltApp();

interface Hook {
  renderer: {
    getGraph(): {
      nodes(): string[];
      edges(): string[];
      extremities(e: string): [string, string];
      source(e: string): string;
      getNodeAttributes(n: string): { kind: string; label: string; size: number };
    };
    getNodeDisplayData(
      n: string,
    ): { x: number; y: number; size: number; hidden: boolean; color: string } | undefined;
    getEdgeDisplayData(e: string): { hidden: boolean } | undefined;
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
    scaleSize(size: number): number;
  } | null;
  state: { view: { selected: string | null; selectedEdge: string | null } };
}

/** A node's position on the page, or null when it is not drawn. */
async function nodeOnPage(page: Page, key: string): Promise<{ x: number; y: number } | null> {
  const at = await page.evaluate((key) => {
    const r = (window as unknown as { __rabita: Hook }).__rabita.renderer;
    const d = r?.getNodeDisplayData(key);
    return r && d && !d.hidden ? r.framedGraphToViewport(d) : null;
  }, key);
  const box = await page.getByTestId("graph").boundingBox();
  if (!at || !box) return null;
  return { x: box.x + at.x, y: box.y + at.y };
}

/** Serves dist/ the way `vite preview` does: any path it lacks gets index.html, as HTML. */
async function serveWithFallback(): Promise<Served> {
  const root = resolve("dist");
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const file = normalize(join(root, decodeURIComponent(path)));
    const inside = file.startsWith(root + sep) && !file.startsWith(join(root, "data") + sep);
    const found = inside && (await stat(file).catch(() => null))?.isFile();
    const served = found ? file : join(root, "index.html");
    res.writeHead(200, {
      "content-type": extname(served) === ".js" ? "text/javascript" : "text/html",
    });
    res.end(await readFile(served));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** The compiled seeds, with a document that warns, one that failed, and 1,500 more
 * organisations (so that the kind counts run into four digits). */
function makeBigData(): string {
  const dir = mkdtempSync(join(tmpdir(), "rabita-fixes-"));
  const graph = JSON.parse(readFileSync("dist/data/graph.json", "utf8")) as SerializedRabitaGraph;
  const docs = JSON.parse(readFileSync("dist/data/documents.json", "utf8")) as DocumentsFile;
  const org = graph.nodes.find((n) => n.attributes.kind === "organisation");
  if (!org) throw new Error("no organisation in the seeds");
  for (let i = 0; i < 1500; i++) {
    const attributes: NodeAttributes = {
      ...org.attributes,
      label: `Filler Association ${i}`,
      aliases: [],
      x: Math.cos(i) * (i % 97),
      y: Math.sin(i) * (i % 89),
      size: 2,
    };
    graph.nodes.push({ key: `organisation:filler-${i}`, attributes });
  }
  const first = docs.documents[0];
  if (!first) throw new Error("no documents");
  first.warnings = ["not valid UTF-8; decoded as windows-1252"];
  docs.documents.push({
    id: "broken.txt",
    title: "",
    text: "",
    status: "failed",
    error: "binary file",
  });
  writeFileSync(join(dir, "graph.json"), JSON.stringify(graph));
  writeFrame(dir, graph);
  writeFileSync(join(dir, "documents.json"), JSON.stringify(docs));
  copyFileSync("dist/data/meta.json", join(dir, "meta.json"));
  return dir;
}

describe("data the app cannot read", () => {
  it("shows the compile screen, not 'invalid JSON', when the server answers with index.html", async () => {
    const preview = await serveWithFallback();
    try {
      const { page } = await openApp(app.browser, preview.url, { waitReady: false });
      const alert = page.getByRole("alert");
      await expect
        .poll(() => alert.textContent(), { timeout: 10_000 })
        .toContain("npm run compile");
      expect(await alert.textContent()).toContain("No compiled data");
      expect(await alert.textContent()).not.toMatch(/invalid|JSON/);
      await page.close();
    } finally {
      await preview.close();
    }
  });
});

describe("the failed list, warnings and counts", () => {
  let big: Served | undefined;
  beforeAll(async () => {
    big = await serveApp({ dataDir: makeBigData() });
  });
  afterAll(async () => {
    await big?.close();
  });
  const bigUrl = (): string => {
    if (!big) throw new Error("server not started");
    return big.url;
  };

  it("gives way to the entity panel when a search chooses a node", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await page.getByTestId("status").getByRole("button").click();
    await page.getByTestId("failed-list").waitFor();
    const box = page.getByRole("combobox");
    await box.fill("undp");
    await expect.poll(() => page.getByRole("option").count()).toBeGreaterThan(0);
    await box.press("Enter");
    await page.getByTestId("entity-panel").waitFor({ timeout: 5000 });
    expect(await page.getByTestId("failed-list").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists the compiler's warnings with the failed documents", async () => {
    const { page, errors } = await openApp(app.browser, bigUrl());
    const button = page.getByTestId("status").getByRole("button");
    await expect(button.textContent()).resolves.toBe("1 failed, 1 with warnings");
    await button.click();
    const list = page.getByTestId("failed-list");
    await expect(list.textContent()).resolves.toContain("binary file");
    const warnings = page.getByTestId("warnings-list");
    await expect(warnings.textContent()).resolves.toContain(
      "not valid UTF-8; decoded as windows-1252",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows every kind count whole while a time window is active", async () => {
    const { page } = await openApp(app.browser, `${bigUrl()}#window=2000-01-01..2030-12-31`);
    const counts = page.locator("#filters .count");
    await expect.poll(() => counts.count()).toBe(4);
    const texts = await counts.allTextContents();
    expect(texts.some((t) => /^\d+ of \d{4}$/.test(t))).toBe(true);
    const clipped = await page.$$eval("#filters label", (labels) =>
      labels.flatMap((label) => {
        const count = label.querySelector(".count");
        const aside = label.closest("aside");
        if (!count || !aside) return ["no count"];
        const c = count.getBoundingClientRect();
        const a = aside.getBoundingClientRect();
        const fits =
          c.right <= a.right - 1 && c.left >= a.left && aside.scrollWidth <= aside.clientWidth;
        return fits ? [] : [count.textContent ?? ""];
      }),
    );
    expect(clipped).toEqual([]);
    await page.close();
  });
});

describe("the timeline", () => {
  it("draws events and funding in the graph's colours", async () => {
    const { page } = await openApp(app.browser, app.url);
    await waitForGraph(page);
    const pairs = await page.evaluate(() => {
      const r = (window as unknown as { __rabita: Hook }).__rabita.renderer;
      return Array.from(document.querySelectorAll("[data-testid=timeline] .tl-item")).map((el) => ({
        id: el.getAttribute("data-id") ?? "",
        fill: (el.getAttribute("fill") ?? "").toLowerCase(),
        graph: (r?.getNodeDisplayData(el.getAttribute("data-id") ?? "")?.color ?? "").toLowerCase(),
      }));
    });
    expect(pairs.length).toBeGreaterThan(3);
    for (const p of pairs) expect({ id: p.id, fill: p.fill }).toEqual({ id: p.id, fill: p.graph });
    const funding = await page.$$eval("[data-testid=timeline] .tl-fund", (els) =>
      els.map((e) => (e.getAttribute("fill") ?? "").toLowerCase()),
    );
    for (const f of funding) expect(f).toBe(KIND_COLORS.funder.toLowerCase());
    await page.close();
  });

  it("keeps bars inside the plot when zoomed in", async () => {
    const { page } = await openApp(app.browser, app.url);
    const tl = page.getByTestId("timeline");
    await tl.locator('.tl-tick[data-period="2012"]').click();
    await tl.locator('.tl-tick[data-period="Jun"]').click();
    const out = await page.evaluate(() => {
      const stripe = document.querySelector("[data-testid=timeline] .tl-stripes rect");
      if (!stripe) return ["no plot"];
      const plot = stripe.getBoundingClientRect();
      const spans = document.querySelectorAll(
        "[data-testid=timeline] rect.tl-bar[data-visible=true], [data-testid=timeline] rect.tl-period[data-visible=true], [data-testid=timeline] rect.tl-fund[data-visible=true]",
      );
      if (spans.length === 0) return ["nothing visible"];
      return Array.from(spans).flatMap((el) => {
        const b = el.getBoundingClientRect();
        return b.left < plot.left - 0.5 || b.right > plot.right + 0.5
          ? [
              `${el.getAttribute("data-id")}: ${b.left}..${b.right} outside ${plot.left}..${plot.right}`,
            ]
          : [];
      });
    });
    expect(out).toEqual([]);
    await page.close();
  });
});

describe("on a phone", () => {
  it("pans the graph so that the sheet does not cover the tapped node", async () => {
    const { page, errors } = await openApp(app.browser, app.url, { width: 390, height: 844 });
    await waitForGraph(page);
    // The drawn node lowest in the graph area: where the sheet will come up.
    const target = await page.evaluate(() => {
      const r = (window as unknown as { __rabita: Hook }).__rabita.renderer;
      const el = document.querySelector("[data-testid=graph]");
      if (!r || !el) throw new Error("no graph");
      const h = el.getBoundingClientRect().height;
      const w = el.getBoundingClientRect().width;
      let best: { key: string; y: number } | null = null;
      for (const key of r.getGraph().nodes()) {
        const d = r.getNodeDisplayData(key);
        if (!d || d.hidden) continue;
        const p = r.framedGraphToViewport(d);
        if (p.y > h - 12 || p.x < 12 || p.x > w - 12) continue;
        if (!best || p.y > best.y) best = { key, y: p.y };
      }
      if (!best) throw new Error("no node drawn");
      return best.key;
    });
    const before = await nodeOnPage(page, target);
    if (!before) throw new Error("target not drawn");
    await page.mouse.click(before.x, before.y);
    const sheet = page.locator("aside.panel");
    await sheet.waitFor();
    const top = (await sheet.boundingBox())?.y ?? 0;
    // The node was where the sheet now is, so the test can fail.
    expect(before.y).toBeGreaterThan(top);
    await expect
      .poll(async () => (await nodeOnPage(page, target))?.y ?? Infinity, { timeout: 5000 })
      .toBeLessThan(top - 8);
    const graph = await page.getByTestId("graph").boundingBox();
    const after = await nodeOnPage(page, target);
    expect(after && graph && after.y > graph.y).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the reader's Back and close buttons in view however far it scrolls", async () => {
    const doc = "000_5b3e6c8b5de41b5c.txt";
    const { page, errors } = await openApp(app.browser, `${app.url}#doc=0:${doc}`, {
      width: 390,
      height: 844,
    });
    const reader = page.getByTestId("reader");
    await reader.waitFor();
    await page.evaluate(() => {
      const scrollers = document.querySelectorAll<HTMLElement>("aside.panel, aside.panel .text");
      for (const el of Array.from(scrollers)) el.scrollTop = el.scrollHeight;
    });
    await page.waitForTimeout(100);
    const scrolled = await page.evaluate(
      () => document.querySelector("aside.panel")?.scrollTop ?? 0,
    );
    expect(scrolled).toBeGreaterThan(100);
    for (const name of ["‹ Back", "Close document"]) {
      const button = reader.getByRole("button", { name, exact: true });
      const box = await button.boundingBox();
      if (!box) throw new Error(`${name} not laid out`);
      const hit = await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest("button")?.textContent ?? null,
        { x: box.x + box.width / 2, y: box.y + box.height / 2 },
      );
      expect(hit, name).toBe(await button.textContent());
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("edges", () => {
  it("answer the pointer: hovering highlights an edge, clicking shows its evidence", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await waitForGraph(page);
    // An edge whose middle is clear of nodes and of every other edge.
    const pick = await page.evaluate(() => {
      const r = (window as unknown as { __rabita: Hook }).__rabita.renderer;
      if (!r) throw new Error("no renderer");
      const g = r.getGraph();
      const at = (n: string) => {
        const d = r.getNodeDisplayData(n);
        return d ? { ...r.framedGraphToViewport(d), size: r.scaleSize(d.size) } : null;
      };
      const segs = g.edges().flatMap((e) => {
        const [s, t] = g.extremities(e);
        const a = at(s);
        const b = at(t);
        return a && b ? [{ e, a, b }] : [];
      });
      const dist = (
        p: { x: number; y: number },
        a: { x: number; y: number },
        b: { x: number; y: number },
      ) => {
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const t = Math.max(
          0,
          Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)),
        );
        return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
      };
      const nodes = g.nodes().flatMap((n) => {
        const p = at(n);
        return p ? [p] : [];
      });
      let best: { e: string; x: number; y: number; clear: number } | null = null;
      for (const s of segs) {
        const m = { x: (s.a.x + s.b.x) / 2, y: (s.a.y + s.b.y) / 2 };
        let clear = Infinity;
        for (const n of nodes) clear = Math.min(clear, Math.hypot(m.x - n.x, m.y - n.y) - n.size);
        for (const o of segs) {
          const [os, ot] = g.extremities(o.e);
          const [ss, st] = g.extremities(s.e);
          if (o.e === s.e || (os === ss && ot === st) || (os === st && ot === ss)) continue;
          clear = Math.min(clear, dist(m, o.a, o.b));
        }
        if (!best || clear > best.clear) best = { e: s.e, ...m, clear };
      }
      if (!best) throw new Error("no edge drawn");
      return best;
    });
    expect(pick.clear).toBeGreaterThan(8);
    const box = await page.getByTestId("graph").boundingBox();
    if (!box) throw new Error("graph not laid out");
    await page.mouse.move(box.x + pick.x, box.y + pick.y);
    await expect
      .poll(() =>
        page.evaluate(
          () => document.querySelector<HTMLElement>("[data-testid=graph]")?.style.cursor,
        ),
      )
      .toBe("pointer");
    await page.mouse.click(box.x + pick.x, box.y + pick.y);
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { __rabita: Hook }).__rabita.state.view.selectedEdge,
        ),
      )
      .not.toBeNull();
    const evidence = page.getByRole("region", { name: "Evidence" });
    await evidence.waitFor();
    expect(await evidence.isVisible()).toBe(true);
    expect(page.url()).toContain("edge=");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the panel", () => {
  it("sorts 'Worked with' by the number of shared events", async () => {
    // The actor with the most collaborators.
    const { page, errors } = await openApp(app.browser, `${app.url}#mode=collaboration`);
    await waitForGraph(page);
    const key = await page.evaluate(() => {
      const r = (window as unknown as { __rabita: Hook }).__rabita.renderer;
      const g = r?.getGraph() as unknown as { nodes(): string[]; degree(n: string): number };
      return g.nodes().sort((a, b) => g.degree(b) - g.degree(a))[0] ?? "";
    });
    await page.goto(`${app.url}#node=${encodeURIComponent(key)}`);
    const section = page.getByRole("region", { name: "Worked with" });
    await section.waitFor();
    const showAll = section.getByRole("button", { name: /^Show all/ });
    if ((await showAll.count()) > 0) await showAll.click();
    const counts = (await section.locator(":scope > ul > li > .num").allTextContents()).map((t) =>
      Number(/(\d+) shared events?/.exec(t)?.[1] ?? NaN),
    );
    expect(counts.length).toBeGreaterThan(1);
    expect(counts.every((n) => Number.isInteger(n))).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows markdown emphasis in document text as emphasis, without asterisks", async () => {
    const { page, errors } = await openApp(
      app.browser,
      `${app.url}#doc=0:000_5b3e6c8b5de41b5c.txt`,
    );
    const text = page.getByTestId("reader").locator(".text");
    await text.waitFor();
    const content = (await text.textContent()) ?? "";
    expect(content).toContain("Un Ponte Per");
    expect(content).not.toMatch(/\*Un Ponte Per\*|“\*/);
    const emphasised = await text.locator("em").allTextContents();
    expect(emphasised).toContain("Un Ponte Per");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says in the status line which folder was compiled and when", async () => {
    const meta = JSON.parse(readFileSync("dist/data/meta.json", "utf8")) as {
      input: string;
      compiledAt: string;
    };
    const { page } = await openApp(app.browser, app.url);
    const source = page.getByTestId("source");
    await expect(source.textContent()).resolves.toMatch(/^seeds\/, compiled \d{1,2} \w{3} \d{4}/);
    await expect(source.locator("time").getAttribute("datetime")).resolves.toBe(meta.compiledAt);
    await expect(page.getByTestId("status").textContent()).resolves.toMatch(
      /5 documents · \d+ entities/,
    );
    await page.close();
  });
});
