/**
 * Rendering benchmark: `npx tsx bench/render-bench.ts [--sizes 1000,10000,50000] [--runs 5]
 * [--build]`. Generates synthetic graphs into temp data folders, serves the built app
 * (`dist/`, built with `npx vite build`) with each as `data/`, opens it in headless Chromium
 * (SwiftShader WebGL, via the e2e harness) and measures, as medians over fresh pages:
 * data load + graph build, first render, one brush step (`state.setWindow`: synchronous work
 * plus the next frame's callbacks), frames per second while the camera moves, and the gzip
 * size of the production bundle. Prints a table and writes bench/results/render.json.
 * Targets are reported, never asserted.
 */
import { execSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, serveApp } from "../tests/e2e/harness.ts";
import { makeBenchGraph } from "./render-graph-generator.ts";

interface RunMetrics {
  /** Navigation start → data fetched, validated and the graph built (mark or `main[data-ready]`). */
  loadMs: number;
  /** Navigation start → the graph's first frame (mark, or sigma's first afterRender). */
  firstRenderMs: number;
  /** Main-thread time of one brush step: median over steps. */
  brushStepMs: number;
  brushSyncMs: number;
  brushFrameMs: number;
  fps: number;
  /** Frames per second with nothing moving: what the environment allows. */
  idleFps: number;
  /** Time to build and first draw the timeline (its own measure), when it is mounted. */
  timelineMs: number;
  /** Navigation start → graph.json received. */
  fetchMs: number;
  errors: number;
}

interface SizeResult {
  label: string;
  nodes: number;
  edges: number;
  runs: RunMetrics[];
  median: Omit<RunMetrics, "errors">;
  errors: string[];
}

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,50000" },
    runs: { type: "string", default: "5" },
    build: { type: "boolean", default: false },
  },
});

const median = (xs: number[]): number => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** Installed before the app runs: records marks when the app does not set its own. */
function probe(): void {
  const w = window as unknown as {
    __bench: Record<string, number>;
    __rabita?: unknown;
  };
  w.__bench = {};
  const obs = new MutationObserver(() => {
    if (!w.__bench.ready && document.querySelector("main[data-ready]")) {
      w.__bench.ready = performance.now();
    }
  });
  obs.observe(document, { childList: true, subtree: true, attributes: true });
  let hook: unknown;
  Object.defineProperty(window, "__rabita", {
    configurable: true,
    get: () => hook,
    set: (v: { renderer?: { once(e: string, f: () => void): void } | null }) => {
      hook = v;
      if (v?.renderer && !w.__bench.hook) {
        w.__bench.hook = performance.now();
        v.renderer.once("afterRender", () => (w.__bench.firstRender ??= performance.now()));
      }
    },
  });
}

async function measurePage(page: Page): Promise<Omit<RunMetrics, "errors">> {
  await page.waitForSelector("main[data-ready]", { timeout: 180_000 });
  await page.waitForFunction(
    () => {
      const b = (window as unknown as { __bench: Record<string, number> }).__bench;
      return (
        b.firstRender !== undefined ||
        performance.getEntriesByName("rabita:first-render").length > 0
      );
    },
    undefined,
    { timeout: 60_000 },
  );
  return page.evaluate(async () => {
    interface Hook {
      renderer: {
        getCamera(): {
          x: number;
          y: number;
          ratio: number;
          animate(s: object, o: object): Promise<void>;
          setState(s: object): void;
        };
      };
      state: { setWindow(w: { start: string; end: string } | null): void };
    }
    const b = (window as unknown as { __bench: Record<string, number> }).__bench;
    const mark = (name: string): number | undefined =>
      performance.getEntriesByName(name)[0]?.startTime;
    const loadMs = mark("rabita:data-loaded") ?? b.ready ?? NaN;
    const firstRenderMs = mark("rabita:first-render") ?? b.firstRender ?? NaN;
    const hook = (window as unknown as { __rabita: Hook }).__rabita;
    const frame = (): Promise<number> => new Promise((r) => requestAnimationFrame(r));
    await frame();
    await frame();

    // Brush steps: a two-year window moving through the years, then cleared.
    const sync: number[] = [];
    const work: number[] = [];
    for (let i = 0; i < 12; i++) {
      const y = 2002 + (i % 10) * 2;
      const win = i === 11 ? null : { start: `${y}-03-01`, end: `${y + 2}-02-28` };
      const t0 = performance.now();
      hook.state.setWindow(win);
      for (let k = 0; k < 4; k++) await Promise.resolve(); // let Svelte flush its effects
      const t1 = performance.now();
      const spent = await new Promise<number>((r) =>
        requestAnimationFrame((ts) => r(performance.now() - Math.max(ts, t1))),
      );
      sync.push(t1 - t0);
      work.push(spent);
      await new Promise((r) => setTimeout(r, 60));
    }
    const med = (xs: number[]): number => {
      const s = [...xs].sort((a, c) => a - c);
      return s[Math.floor(s.length / 2)] ?? NaN;
    };
    const steps = sync.map((s, i) => s + (work[i] ?? 0));

    // Idle frame rate, as the baseline the environment allows (after deferred work settles).
    await new Promise((r) => setTimeout(r, 1500));
    let idleFrames = 0;
    const tI = performance.now();
    while (performance.now() - tI < 1000) {
      await frame();
      idleFrames++;
    }
    const idleFps = (idleFrames * 1000) / (performance.now() - tI);

    // Camera motion: animate ~2 s and count frames.
    const camera = hook.renderer.getCamera();
    const start = { x: camera.x, y: camera.y, ratio: camera.ratio };
    let frames = 0;
    let counting = true;
    const count = (): void => {
      frames++;
      if (counting) requestAnimationFrame(count);
    };
    const tA = performance.now();
    requestAnimationFrame(count);
    await camera.animate(
      { x: start.x + 0.2, y: start.y - 0.1, ratio: start.ratio * 0.4 },
      { duration: 2000 },
    );
    counting = false;
    const fps = (frames * 1000) / (performance.now() - tA);
    camera.setState(start);

    return {
      loadMs,
      firstRenderMs,
      brushStepMs: med(steps),
      brushSyncMs: med(sync),
      brushFrameMs: med(work),
      fps,
      idleFps,
      timelineMs: performance.getEntriesByName("rabita:timeline-mount")[0]?.duration ?? NaN,
      fetchMs:
        (
          performance.getEntriesByName(new URL("data/graph.json", location.href).href)[0] as
            PerformanceResourceTiming | undefined
        )?.responseEnd ?? NaN,
    };
  });
}

async function benchSize(
  browser: Browser,
  label: string,
  dataDir: string,
  runs: number,
): Promise<SizeResult> {
  const graph = JSON.parse(readFileSync(join(dataDir, "graph.json"), "utf8")) as {
    nodes: unknown[];
    edges: unknown[];
  };
  const server = await serveApp({ dataDir });
  const results: RunMetrics[] = [];
  const allErrors: string[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("crash", () => errors.push("page crashed"));
      // tsx compiles with keepNames: functions sent to the page call its `__name` helper.
      await page.addInitScript({ content: "globalThis.__name = (f) => f;" });
      await page.addInitScript(probe);
      try {
        await page.goto(server.url);
        results.push({ ...(await measurePage(page)), errors: errors.length });
      } catch (error) {
        errors.push(String(error).split("\n")[0] ?? "failed");
      }
      allErrors.push(...errors);
      await context.close();
      process.stderr.write(".");
    }
  } finally {
    await server.close();
  }
  const pick = (k: keyof Omit<RunMetrics, "errors">): number => median(results.map((m) => m[k]));
  return {
    label,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    runs: results,
    median: {
      loadMs: pick("loadMs"),
      firstRenderMs: pick("firstRenderMs"),
      brushStepMs: pick("brushStepMs"),
      brushSyncMs: pick("brushSyncMs"),
      brushFrameMs: pick("brushFrameMs"),
      fps: pick("fps"),
      idleFps: pick("idleFps"),
      timelineMs: pick("timelineMs"),
      fetchMs: pick("fetchMs"),
    },
    errors: [...new Set(allErrors)].slice(0, 10),
  };
}

function bundleSize(): {
  files: { file: string; bytes: number; gzip: number }[];
  gzipTotal: number;
} {
  const dir = "dist/assets";
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".js") || f.endsWith(".css"))
    .map((f) => {
      const body = readFileSync(join(dir, f));
      return { file: f, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
    });
  return { files, gzipTotal: files.reduce((s, f) => s + f.gzip, 0) };
}

async function main(): Promise<void> {
  if (args.build || !existsSync("dist/index.html"))
    execSync("npx vite build", { stdio: "inherit" });
  const sizes = args.sizes
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  const runs = Math.max(1, Number(args.runs) || 5);
  const browser = await launchBrowser();
  const results: SizeResult[] = [];
  try {
    const seedDir = ["dist/data", "public/data"].find((d) => existsSync(join(d, "graph.json")));
    if (seedDir) results.push(await benchSize(browser, "seed", seedDir, runs));
    for (const n of sizes) {
      const dir = mkdtempSync(join(tmpdir(), `rabita-render-${n}-`));
      writeFileSync(join(dir, "graph.json"), JSON.stringify(makeBenchGraph(n)));
      writeFileSync(join(dir, "documents.json"), JSON.stringify({ version: 1, documents: [] }));
      results.push(await benchSize(browser, `${n / 1000}k`, dir, n >= 50_000 ? 1 : runs));
    }
  } finally {
    await browser.close();
  }
  process.stderr.write("\n");
  const bundle = bundleSize();
  const f = (x: number, d = 0): string => (Number.isFinite(x) ? x.toFixed(d) : "–");
  console.log(
    "graph    nodes    edges  fetch ms   load ms  1st render ms   brush ms (sync+frame)    fps  idle fps  timeline ms  errors",
  );
  for (const r of results) {
    const m = r.median;
    console.log(
      [
        r.label.padEnd(6),
        String(r.nodes).padStart(6),
        String(r.edges).padStart(7),
        f(m.fetchMs).padStart(8),
        f(m.loadMs).padStart(8),
        f(m.firstRenderMs).padStart(13),
        `${f(m.brushStepMs, 1)} (${f(m.brushSyncMs, 1)}+${f(m.brushFrameMs, 1)})`.padStart(22),
        f(m.fps, 1).padStart(5),
        f(m.idleFps, 1).padStart(8),
        f(m.timelineMs).padStart(11),
        `  ${r.errors.length}`,
      ].join("  "),
    );
    for (const e of r.errors) console.log(`        ! ${e}`);
  }
  console.log(`bundle: ${(bundle.gzipTotal / 1024).toFixed(1)} KB gzip (js + css)`);
  const at = (label: string): SizeResult | undefined => results.find((r) => r.label === label);
  const targets = {
    "seed interactive < 1 s": at("seed") ? (at("seed")?.median.firstRenderMs ?? NaN) < 1000 : null,
    "10k loaded + drawn < 1.2 s": at("10k")
      ? (at("10k")?.median.firstRenderMs ?? NaN) < 1200
      : null,
    "brush step at 10k < 16 ms": at("10k") ? (at("10k")?.median.brushStepMs ?? NaN) < 16 : null,
    "50k loads without crashing": at("50k") ? (at("50k")?.runs.length ?? 0) > 0 : null,
    "bundle < 300 KB gzip": bundle.gzipTotal < 300 * 1024,
  };
  for (const [k, v] of Object.entries(targets))
    console.log(`${v === null ? "skipped" : v ? "met    " : "MISSED "}  ${k}`);
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    "bench/results/render.json",
    `${JSON.stringify(
      {
        note: "headless Chromium, WebGL through SwiftShader (CPU); medians over fresh pages; 50k: one run (a survival check)",
        runs,
        results,
        bundle,
        targets,
      },
      null,
      2,
    )}\n`,
  );
  console.log("wrote bench/results/render.json");
}

await main();
