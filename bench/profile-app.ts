/**
 * CPU profile of the built app: `npx tsx bench/profile-app.ts [--nodes 10000] [--idle 3000]
 * [--phase load|idle|brush|mode|all] [--root dist] [--data folder] [--trace]`. Serves `--root`
 * (build an unminified copy with `npx vite build --minify false --outDir /tmp/dist-dev` for
 * readable names) with a generated graph as `data/`, or with `--data` a compiled data folder
 * (the app bench's are in the temp folder's `rabita-app-bench/<n>/data`), records a CDP
 * `Profiler` session over the chosen phases and prints the top self-time and inclusive
 * functions, or with `--trace` a Chrome trace summed per thread and event (GPU, layout,
 * paint). Raw files go to a temp folder for DevTools.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { launchBrowser, serveApp } from "../tests/e2e/harness.ts";
import { makeBenchGraph } from "./render-graph-generator.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

const { values: args } = parseArgs({
  options: {
    nodes: { type: "string", default: "10000" },
    idle: { type: "string", default: "3000" },
    phase: { type: "string", default: "all" },
    top: { type: "string", default: "25" },
    root: { type: "string", default: "dist" },
    trace: { type: "boolean", default: false },
    data: { type: "string" },
  },
});

function summarise(label: string, profile: Profile, top: number): void {
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const f = n.callFrame;
    const file = f.url.split("/").pop() ?? "";
    const key = `${f.functionName || "(anonymous)"} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  // Inclusive time per function (each sample counted once per function on its stack).
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName;
      if (!name || seen.has(name)) continue;
      seen.add(name);
      incl.set(name, (incl.get(name) ?? 0) + (deltas[i] ?? 0) / 1000);
    }
  });
  const total = (profile.endTime - profile.startTime) / 1000;
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`\n== ${label}: ${total.toFixed(0)} ms profiled`);
  for (const [k, ms] of rows) console.log(`${ms.toFixed(1).padStart(9)} ms  ${k}`);
  console.log(`-- inclusive`);
  for (const [k, ms] of [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${ms.toFixed(1).padStart(9)} ms  ${k}`);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** Total duration of complete events per thread and name (nested events double count). */
function summariseTrace(label: string, trace: { traceEvents: TraceEvent[] }, top: number): void {
  const threads = new Map<string, string>();
  for (const e of trace.traceEvents)
    if (e.ph === "M" && e.name === "thread_name")
      threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
  const totals = new Map<string, { ms: number; n: number }>();
  for (const e of trace.traceEvents) {
    if (e.ph !== "X" || !e.dur) continue;
    const key = `${threads.get(`${e.pid}:${e.tid}`) ?? e.tid} ${e.name}`;
    const t = totals.get(key) ?? { ms: 0, n: 0 };
    t.ms += e.dur / 1000;
    t.n++;
    totals.set(key, t);
  }
  console.log(`\n== trace ${label}`);
  for (const [k, t] of [...totals.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, top))
    console.log(`${t.ms.toFixed(1).padStart(9)} ms ${String(t.n).padStart(6)}x  ${k}`);
}

async function main(): Promise<void> {
  const n = Number(args.nodes);
  const top = Number(args.top);
  const phase = args.phase;
  // A compiled data folder (`--data`, e.g. the app bench's), else a generated graph.
  let dir = args.data;
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), `rabita-profile-${n}-`));
    writeFileSync(join(dir, "graph.json"), JSON.stringify(makeBenchGraph(n)));
    writeFileSync(join(dir, "documents.json"), JSON.stringify({ version: 1, documents: [] }));
  }
  const server = await serveApp({ dataDir: dir, root: args.root });
  const browser = await launchBrowser();
  const outDir = mkdtempSync(join(tmpdir(), "rabita-profiles-"));
  console.log(`raw profiles and traces go to ${outDir}`);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("pageerror", (e) => console.error("pageerror", String(e)));
    page.on("console", (m) => {
      if (m.type() === "error") console.error("console", m.text());
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    const record = async (label: string, run: () => Promise<void>): Promise<void> => {
      if (args.trace) {
        await browser.startTracing(page, {
          categories: [
            "devtools.timeline",
            "disabled-by-default-devtools.timeline",
            "gpu",
            "cc",
            "viz",
          ],
        });
        await run();
        const buf = await browser.stopTracing();
        writeFileSync(join(outDir, `trace-${label}.json`), buf);
        summariseTrace(label, JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }, top);
        return;
      }
      await cdp.send("Profiler.start");
      await run();
      const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
      writeFileSync(join(outDir, `profile-${label}.cpuprofile`), JSON.stringify(profile));
      summarise(label, profile, top);
    };
    const load = async (): Promise<void> => {
      await page.goto(server.url);
      await page.waitForSelector("main[data-ready]", { timeout: 180_000 });
      await page.waitForTimeout(500);
    };
    if (phase === "all" || phase === "load") await record("load", load);
    else await load();
    const marks = await page.evaluate(() =>
      performance
        .getEntries()
        .filter((e) => e.entryType === "mark" || e.entryType === "measure")
        .map((e) => `${e.name} ${e.startTime.toFixed(0)} +${e.duration.toFixed(0)}`),
    );
    console.log("marks:", marks.join(" | "));
    if (phase === "all" || phase === "idle")
      await record("idle", async () => {
        const fps = await page.evaluate(async (ms: number) => {
          let frames = 0;
          const t0 = performance.now();
          while (performance.now() - t0 < ms) {
            await new Promise((r) => requestAnimationFrame(r));
            frames++;
          }
          return (frames * 1000) / (performance.now() - t0);
        }, Number(args.idle));
        console.log(`idle rAF fps: ${fps.toFixed(1)}`);
      });
    if (phase === "all" || phase === "brush")
      await record("brush", async () => {
        await page.evaluate(async () => {
          const hook = (
            window as unknown as {
              __rabita: { state: { setWindow(w: { start: string; end: string } | null): void } };
            }
          ).__rabita;
          for (let i = 0; i < 10; i++) {
            const y = 2002 + i * 2;
            hook.state.setWindow({ start: `${y}-03-01`, end: `${y + 2}-02-28` });
            await new Promise((r) => requestAnimationFrame(r));
            await new Promise((r) => setTimeout(r, 60));
          }
        });
      });
    if (phase === "all" || phase === "mode") {
      // Switching to "Who worked with whom" once the page is quiet (what idle time builds is
      // built), to the frame that shows it.
      await page.waitForTimeout(Number(args.idle));
      await record("mode", async () => {
        await page.evaluate(async () => {
          const hook = (
            window as unknown as {
              __rabita: { state: { setMode(m: "events" | "collaboration"): void } };
            }
          ).__rabita;
          const t0 = performance.now();
          hook.state.setMode("collaboration");
          await new Promise((r) => requestAnimationFrame(r));
          performance.measure("mode-switch", { start: t0 });
        });
      });
      console.log(
        "mode switch →frame:",
        await page.evaluate(() =>
          performance.getEntriesByName("mode-switch")[0]?.duration.toFixed(0),
        ),
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
