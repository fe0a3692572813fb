/**
 * App benchmark: `npx tsx bench/app-bench.ts [--sizes 1000,10000] [--runs 3] [--build]
 * [--reuse] [--root dist] [--out bench/results/app.json] [--only keystroke,brush]`. Generates
 * corpora of 1,000 and 10,000 documents with the bench generator, compiles each with
 * `scripts/compile.ts` (into a temp folder; `--reuse` keeps a compile made earlier), serves the
 * built app (`dist/`, built with `npx vite build`, or `--build`) with the compiled data as
 * `data/`, and drives it in headless Chromium (SwiftShader WebGL) through what users do: load
 * and first draw, click a node (→ panel), a search keystroke (→ suggestions), Enter on a
 * suggestion (→ panel), open a document from an excerpt, timeline brush steps dragged with the
 * mouse (each step: its pointer and frame tasks until the graph is drawn with the new window,
 * and, as measured before, until the frame after the window reached the app; then a
 * continuous drag: its longest task and frame gap; and, for comparison, the older step made by
 * calling state.setWindow, which also
 * rewrites the date fields and moves the brush), wheel zoom, switching to "Who worked with
 * whom" and back to the event network.
 *
 * Each interaction is recorded in a Chrome trace. Its **main** figure is the renderer main
 * thread's work on the interaction's critical path: busy time from the input event until the
 * result is in the page, plus the task of the frame that shows it (task intervals merged, so
 * nested events count once), less **gpu wait**: the time the main thread sat in a WebGL call
 * waiting for the GPU process to finish the frames queued before it (a canvas resize, a pixel
 * read), which is the SwiftShader frame showing through. **all** is every main-thread task
 * from the input to the end of that frame, including work that did not hold it back (slices of
 * background work run while the frame waited for the GPU); **wall** is that span by the clock;
 * **gpu** is the GPU process's busy time in it (the SwiftShader frame, which a real GPU does
 * elsewhere); **cpu** is **main** counted in the main thread's CPU time (each task's thread
 * time), which leaves out the time the thread waited for a core: steadier than **main** on a
 * loaded machine. Load and first draw count everything from navigation; the hit highlight (180 ms
 * after typing pauses) counts everything until it is drawn; wheel zoom reports its longest
 * main-thread task (wall: the longest gap between frames). `--profile` adds a CPU profile per
 * interaction (top functions); BENCH_DEBUG=1 prints every sample, BENCH_TRACE_DIR keeps the
 * traces (and with `--profile` the CPU profiles); `--only` measures some interactions after
 * the load. Medians per page, then over fresh pages, are printed as a table and written to
 * bench/results/app.json. Targets are reported, never asserted.
 */
import { execSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Browser, CDPSession, Page } from "playwright-core";
import { launchBrowser, serveApp } from "../tests/e2e/harness.ts";
import { generateCorpus } from "./corpus-generator.ts";
import { parseGraph } from "../src/model/schema.ts";
import { frameText } from "../src/compiler/frame/index.ts";

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    runs: { type: "string", default: "3" },
    build: { type: "boolean", default: false },
    reuse: { type: "boolean", default: false },
    root: { type: "string", default: "dist" },
    cache: { type: "string", default: join(tmpdir(), "rabita-app-bench") },
    out: { type: "string", default: "bench/results/app.json" },
    label: { type: "string", default: "" },
    profile: { type: "boolean", default: false },
    top: { type: "string", default: "12" },
    /** Comma-separated steps to run after the load (click, openDoc, keystroke, highlight,
     * brush, wheel, mode; "keystroke" also runs "enter", "mode" also switches back); default
     * all. */
    only: { type: "string", default: "" },
  },
});

const only = new Set(args.only.split(",").filter(Boolean));
/** Whether the interaction `step` is measured in this run (`--only`). */
const wanted = (step: string): boolean => only.size === 0 || only.has(step);

/** One measured interaction. */
interface Sample {
  /** Renderer main thread busy, input → the frame showing the result, less the time it sat
   * waiting for the GPU process (`gpuWait`). */
  main: number;
  /** Every main-thread task in the span, including work that did not hold the frame back (a
   * sweep's slices, idle-time building) while the frame waited for the GPU. */
  all: number;
  /** Main thread blocked on the GPU process in that span (a WebGL call that must wait for the
   * frames queued before it: the software GPU's frame time showing on the main thread). */
  gpuWait: number;
  /** Wall clock, input → the end of that frame. */
  wall: number;
  /** GPU process busy in the same span. */
  gpu: number;
  /** `main` as CPU time of the main thread (its tasks' thread time): what the work cost, less
   * the time the thread waited for a core on a loaded machine. */
  cpu: number;
}

type Step =
  | "load"
  | "firstDraw"
  | "documents"
  | "click"
  | "keystroke"
  | "highlight"
  | "enter"
  | "openDoc"
  | "brush"
  | "brushSpan"
  | "brushDrag"
  | "brushCall"
  | "wheelGap"
  | "mode"
  | "modeBack";

const STEPS: { step: Step; what: string; target: number | null }[] = [
  { step: "load", what: "navigation → data loaded", target: null },
  { step: "firstDraw", what: "navigation → first graph frame", target: null },
  {
    step: "documents",
    what: "navigation → documents in (all work)",
    target: null,
  },
  { step: "click", what: "click a node → panel", target: 100 },
  { step: "keystroke", what: "search keystroke → suggestions", target: 16 },
  { step: "highlight", what: "hits lit once typing pauses (all work)", target: null },
  { step: "enter", what: "Enter on a suggestion → panel", target: 100 },
  { step: "openDoc", what: "open a document from an excerpt", target: 100 },
  { step: "brush", what: "brush drag step (pointer) → graph drawn", target: 16 },
  { step: "brushSpan", what: "brush drag step, with the frame after (old)", target: null },
  { step: "brushDrag", what: "brush dragged: longest task (wall: frame gap)", target: null },
  { step: "brushCall", what: "brush step by state.setWindow (old, no drag)", target: null },
  { step: "wheelGap", what: "wheel zoom: longest task (wall: frame gap)", target: 100 },
  { step: "mode", what: 'switch to "Who worked with whom"', target: 300 },
  { step: "modeBack", what: 'switch back to "Event network"', target: 300 },
];

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event. */
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

const median = (xs: number[]): number => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** Generates and compiles `n` documents once into the cache folder; returns the data folder. */
function compiledData(n: number): { dir: string; compileMs: number | null } {
  const base = join(args.cache, String(n));
  const docs = join(base, "docs");
  const data = join(base, "data");
  if (args.reuse && existsSync(join(data, "graph.json"))) {
    writeFrame(data);
    return { dir: data, compileMs: null };
  }
  if (!existsSync(join(docs, `release-${"0".repeat(String(n).length)}.txt`))) {
    mkdirSync(docs, { recursive: true });
    for (const f of generateCorpus(n)) writeFileSync(join(docs, f.id), f.bytes);
  }
  process.stderr.write(`compiling ${n} generated documents…\n`);
  const t0 = performance.now();
  const run = spawnSync("npx", ["tsx", "scripts/compile.ts", docs, "--out", data], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, TZ: "UTC" },
  });
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`compiling ${n} documents failed (exit ${run.status})`);
  const compileMs = performance.now() - t0;
  writeFrame(data);
  return { dir: data, compileMs };
}

/** Writes frame.json beside a graph.json compiled before the compiler wrote it (a reused
 * compile), from that graph.json, as the compiler would. */
function writeFrame(data: string): void {
  if (existsSync(join(data, "frame.json"))) return;
  const graph = parseGraph(JSON.parse(readFileSync(join(data, "graph.json"), "utf8")) as unknown);
  writeFileSync(join(data, "frame.json"), frameText(graph));
}

/** Merged length of intervals (so nested trace events count once). */
function union(spans: [number, number][]): number {
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of spans) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

/** Busy time (ms) per role in [from, to] (trace µs), from complete events. */
/** The first frame after trace time `from` (before `to`): the main-thread task that runs the
 * animation-frame callbacks (the graph draws there) and then style, layout and paint, from
 * where it starts (or `from`, when it was already running) to its end, less the GPU waits
 * inside it. */
function frameTask(
  events: TraceEvent[],
  from: number,
  to: number,
): { main: number; gpuWait: number; cpu: number } {
  const main = mainThreadOf(events);
  const paints = events
    .filter(
      (e) =>
        e.ph === "X" &&
        `${e.pid}:${e.tid}` === main &&
        e.name === "FireAnimationFrame" &&
        e.ts >= from,
    )
    .sort((a, b) => a.ts - b.ts);
  for (const p of paints) {
    if (p.ts > to) break;
    const task = events.find(
      (e) =>
        e.ph === "X" &&
        e.pid === p.pid &&
        e.tid === p.tid &&
        e.name === "ThreadControllerImpl::RunTask" &&
        e.ts <= p.ts &&
        e.ts + (e.dur ?? 0) >= p.ts,
    );
    if (!task) continue;
    const inside = busy(events, Math.max(task.ts, from), task.ts + (task.dur ?? 0));
    return { main: inside.main, gpuWait: inside.gpuWait, cpu: inside.cpu };
  }
  return { main: 0, gpuWait: 0, cpu: 0 };
}

/** The main-thread tasks in [from, span] that handle the pointer or run a frame (a task with
 * an input event or animation-frame callbacks in it), less the GPU waits inside them: a drag
 * step's own work, without the timers and idle-time work that run between frames (which a
 * frame delayed by the software GPU lets pile up inside the span). With `drawn`, only those
 * until the task that first draws the graph after the window reached the app (`drawnBy`). */
function frameTasks(
  events: TraceEvent[],
  from: number,
  span: number,
  drawn = false,
): { main: number; gpuWait: number; cpu: number } {
  const main = mainThreadOf(events);
  const on = events.filter((e) => e.ph === "X" && `${e.pid}:${e.tid}` === main);
  const marks = on.filter(
    (e) =>
      e.name === "FireAnimationFrame" ||
      (e.name === "EventDispatch" && /^(pointer|mouse)/.test(e.args?.data?.type ?? "")),
  );
  const to = drawn ? drawnBy(events, on, from, span) : span;
  const tasks = on.filter(
    (e) =>
      e.name === "ThreadControllerImpl::RunTask" &&
      e.ts < to &&
      e.ts + (e.dur ?? 0) > from &&
      marks.some((m) => m.ts >= e.ts && m.ts <= e.ts + (e.dur ?? 0)),
  );
  let total = { main: 0, gpuWait: 0, cpu: 0 };
  for (const t of tasks) {
    const b = busy(events, Math.max(t.ts, from), Math.min(t.ts + (t.dur ?? 0), to));
    total = {
      main: total.main + b.main,
      gpuWait: total.gpuWait + b.gpuWait,
      cpu: total.cpu + b.cpu,
    };
  }
  return total;
}

/** The end of the task in which the graph was first drawn after the window reached the app
 * state (marks `bench:window` and `bench:draw`, set by the page's hooks), after `from`; `to`
 * when there is none. */
function drawnBy(events: TraceEvent[], on: TraceEvent[], from: number, to: number): number {
  const at = (name: string, after: number): number | undefined =>
    events
      .filter((e) => e.name === name && (e.ph === "R" || e.ph === "I" || e.ph === "n"))
      .map((e) => e.ts)
      .filter((ts) => ts >= after && ts <= to)
      .sort((a, b) => a - b)[0];
  const sent = at("bench:window", from);
  const draw = sent === undefined ? undefined : at("bench:draw", sent);
  if (draw === undefined) return to;
  const task = on.find(
    (e) =>
      e.name === "ThreadControllerImpl::RunTask" && e.ts <= draw && e.ts + (e.dur ?? 0) >= draw,
  );
  return task ? task.ts + (task.dur ?? 0) : to;
}

/** The page's renderer main thread ("pid:tid"): the CrRendererMain thread with the most
 * events. */
function mainThreadOf(events: TraceEvent[]): string {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === "M" && e.name === "thread_name")
      names.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
  const counts = new Map<string, number>();
  for (const e of events)
    if (names.get(`${e.pid}:${e.tid}`) === "CrRendererMain" && e.ph === "X")
      counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

/** Main-thread trace events that wait for the GPU process. */
const GPU_WAIT =
  /^(ImplementationBase::WaitForCmd|CommandBufferHelper::Finish|CommandBufferHelper::WaitForToken|CommandBufferProxyImpl::WaitFor\w+)$/;

function busy(
  events: TraceEvent[],
  from: number,
  to: number,
): {
  main: number;
  gpuWait: number;
  gpu: number;
  longest: number;
  longestWait: number;
  cpu: number;
  longestCpu: number;
} {
  const processes = new Map<number, string>();
  for (const e of events)
    if (e.ph === "M" && e.name === "process_name") processes.set(e.pid, e.args?.name ?? "");
  const mainThread = mainThreadOf(events);
  const gpuPids = new Set(
    [...processes.entries()].filter(([, n]) => /gpu/i.test(n)).map(([pid]) => pid),
  );
  const main: [number, number][] = [];
  const wait: [number, number][] = [];
  const gpu: [number, number][] = [];
  const tasks: [number, number, number][] = [];
  // CPU time: each top-level task's thread time, in proportion to the part of it in the span
  // (a task's events nest: "RunTask" around "ThreadControllerImpl::RunTask", or either alone).
  const top: { ts: number; dur: number; share: number }[] = [];
  for (const e of events) {
    if (e.ph !== "X" || !e.dur) continue;
    const s = Math.max(e.ts, from);
    const t = Math.min(e.ts + e.dur, to);
    if (t <= s) continue;
    if (`${e.pid}:${e.tid}` === mainThread) {
      main.push([s, t]);
      if (GPU_WAIT.test(e.name)) wait.push([s, t]);
      const share = ((e.tdur ?? e.dur) * (t - s)) / e.dur;
      if (e.name === "ThreadControllerImpl::RunTask" || e.name === "RunTask") {
        tasks.push([s, t, share]);
        top.push({ ts: e.ts, dur: e.dur, share });
      }
    } else if (gpuPids.has(e.pid)) gpu.push([s, t]);
  }
  let cpu = 0;
  let taskEnd = -Infinity;
  for (const t of top.sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    if (t.ts < taskEnd) continue;
    cpu += t.share;
    taskEnd = t.ts + t.dur;
  }
  const waited = union(wait);
  // The longest task, less the GPU waits inside it.
  let longest = 0;
  let longestWait = 0;
  let longestCpu = 0;
  for (const [s, t, c] of tasks) {
    const w = union(wait.filter(([a, b]) => a >= s && b <= t).map(([a, b]) => [a, b]));
    if (t - s - w > longest) [longest, longestWait, longestCpu] = [t - s - w, w, c];
  }
  return {
    main: (union(main) - waited) / 1000,
    gpuWait: waited / 1000,
    gpu: union(gpu) / 1000,
    longest: longest / 1000,
    longestWait: longestWait / 1000,
    cpu: cpu / 1000,
    longestCpu: longestCpu / 1000,
  };
}

const CATEGORIES = [
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "blink.user_timing",
  "v8.execute",
  "gpu",
  "viz",
];

/** In-page helpers, installed before the app runs. */
function probe(): void {
  const w = window as unknown as {
    __bench: {
      n: number;
      armed: string | null;
      arm(kind: string): number;
      until(cond: () => boolean, timeoutMs?: number): Promise<number>;
      /** Times of DOM mutation batches since the last input mark. */
      muts: number[];
    };
  };
  w.__bench = {
    n: 0,
    armed: null,
    muts: [],
    /** The next input event of `kind` marks `bench:in:<id>`. */
    arm(kind) {
      this.armed = kind;
      return ++this.n;
    },
    /** Waits for `cond`, then for the frame that shows it; marks `bench:out:<id>`. */
    async until(cond, timeoutMs = 180_000) {
      const t0 = performance.now();
      // Checked between tasks (not frames), so that the moment the result is in the page is
      // known; then the frame that shows it.
      while (!cond()) {
        if (performance.now() - t0 > timeoutMs) throw new Error("condition not met in time");
        await new Promise((r) => setTimeout(r, 0));
      }
      const n = this.n;
      // When the result reached the page: the last DOM change before it was seen (an upper
      // bound), else now.
      const seen = performance.now();
      const dom = this.muts.filter((t) => t <= seen).pop() ?? seen;
      performance.mark(`bench:dom:${n}`, { startTime: dom });
      await new Promise<void>((r) =>
        requestAnimationFrame(() => {
          performance.mark(`bench:raf:${n}`);
          r();
        }),
      );
      await new Promise((r) => setTimeout(r, 0));
      performance.mark(`bench:out:${n}`);
      return performance.now();
    },
  };
  for (const type of ["mousedown", "mousemove", "keydown", "wheel", "click"])
    addEventListener(
      type,
      (e) => {
        if (w.__bench.armed !== type) return;
        w.__bench.armed = null;
        performance.mark(`bench:in:${w.__bench.n}`, { startTime: e.timeStamp });
        w.__bench.muts = [];
      },
      { capture: true },
    );
  new MutationObserver(() => w.__bench.muts.push(performance.now())).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
}

interface Hook {
  renderer: {
    getGraph(): {
      order: number;
      nodes(): string[];
      degree(k: string): number;
      getNodeAttributes(k: string): { label: string; kind: string; mentions: unknown[] };
    };
    getNodeDisplayData(k: string): { x: number; y: number; hidden?: boolean } | undefined;
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
    getContainer(): HTMLElement;
    on(event: "afterRender", fn: () => void): void;
  };
  state: {
    setWindow(w: { start: string; end: string } | null): void;
    select(id: string | null): void;
    view: { mode: string; window: { start: string; end: string } | null };
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Self and inclusive time per function over the profiles of one step (`--profile`). */
const profiled = new Map<string, { self: Map<string, number>; incl: Map<string, number> }>();

function addProfile(label: string, profile: CpuProfile): void {
  const acc = profiled.get(label) ?? { self: new Map(), incl: new Map() };
  profiled.set(label, acc);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const ms = (deltas[i] ?? 0) / 1000;
    const f = byId.get(id)?.callFrame;
    if (!f) return;
    const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop() ?? ""}:${f.lineNumber + 1}`;
    acc.self.set(key, (acc.self.get(key) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const c = byId.get(at)?.callFrame;
      const name = c ? `${c.functionName || "(anonymous)"}:${c.lineNumber + 1}` : "";
      if (!c || !c.functionName || seen.has(name)) continue;
      seen.add(name);
      acc.incl.set(name, (acc.incl.get(name) ?? 0) + ms);
    }
  });
}

function printProfiles(top: number): void {
  for (const [label, acc] of profiled) {
    console.log(`\n== profile ${label}`);
    const rows = (m: Map<string, number>): string[] =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([k, ms]) => `${ms.toFixed(1).padStart(9)} ms  ${k}`);
    console.log(rows(acc.self).join("\n"));
    console.log("-- inclusive");
    console.log(rows(acc.incl).join("\n"));
  }
}

class Recorder {
  private cdp: CDPSession | null = null;
  constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  /** Runs `act` (which arms an input and waits for its frame) under a trace (and with
   * `--profile` a CPU profile filed under `label`); returns the main-thread, wall and GPU
   * figures of each id it marked. */
  async record(
    label: string,
    act: () => Promise<void>,
    measure: "critical" | "all" | "longest" | "frames" | "drawn" = "critical",
  ): Promise<(Sample & { span?: Sample })[]> {
    if (args.profile) {
      this.cdp ??= await this.page.context().newCDPSession(this.page);
      await this.cdp.send("Profiler.enable");
      await this.cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      await this.cdp.send("Profiler.start");
    }
    await this.browser.startTracing(this.page, { categories: CATEGORIES });
    try {
      await act();
    } catch (error) {
      await this.browser.stopTracing();
      throw error;
    }
    if (this.cdp) {
      const { profile } = (await this.cdp.send("Profiler.stop")) as unknown as {
        profile: CpuProfile;
      };
      addProfile(label, profile);
      if (process.env.BENCH_TRACE_DIR)
        writeFileSync(
          join(process.env.BENCH_TRACE_DIR, `${label}-${Date.now()}.cpuprofile`),
          JSON.stringify(profile),
        );
    }
    const buf = await this.browser.stopTracing();
    if (process.env.BENCH_TRACE_DIR)
      writeFileSync(join(process.env.BENCH_TRACE_DIR, `${label}-${Date.now()}.json`), buf);
    const { traceEvents } = JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] };
    // Trace time of each `bench:out` mark; the page's own clock for both marks (an input's
    // mark carries the event's time stamp, which the trace may not).
    const outTs = new Map<string, number>();
    for (const e of traceEvents)
      if (e.name.startsWith("bench:out:") && (e.ph === "R" || e.ph === "I" || e.ph === "n"))
        outTs.set(e.name, e.ts);
    const pageMarks = await this.page.evaluate(() =>
      performance
        .getEntriesByType("mark")
        .filter((m) => m.name.startsWith("bench:"))
        .map((m) => [m.name, m.startTime] as [string, number]),
    );
    const at = new Map(pageMarks);
    const out: (Sample & { span?: Sample })[] = [];
    for (const [name, ts] of outTs) {
      const to = at.get(name);
      const from = at.get(name.replace(":out:", ":in:"));
      if (to === undefined || from === undefined) continue;
      const origin = ts - to * 1000;
      const b = busy(traceEvents, origin + from * 1000, ts);
      if (measure === "longest") {
        out.push({
          main: b.longest,
          gpuWait: b.longestWait,
          all: b.main,
          wall: to - from,
          gpu: b.gpu,
          cpu: b.longestCpu,
        });
        continue;
      }
      // The critical path: work until the result is in the page, then the frame showing it
      // (tasks in between, such as slices of a sweep waiting for that frame, are left out).
      const dom = at.get(name.replace(":out:", ":dom:"));
      let main = b.main;
      let gpuWait = b.gpuWait;
      let cpu = b.cpu;
      if (measure === "frames" || measure === "drawn") {
        const f = frameTasks(traceEvents, origin + from * 1000, ts);
        const span = { ...f, all: b.main, wall: to - from, gpu: b.gpu };
        if (measure === "frames") out.push(span);
        else
          out.push({
            ...frameTasks(traceEvents, origin + from * 1000, ts, true),
            all: b.main,
            wall: to - from,
            gpu: b.gpu,
            span,
          });
        continue;
      }
      if (dom !== undefined && measure === "critical") {
        const before = busy(traceEvents, origin + from * 1000, origin + dom * 1000);
        const frame = frameTask(traceEvents, origin + dom * 1000, ts);
        main = before.main + frame.main;
        gpuWait = before.gpuWait + frame.gpuWait;
        cpu = before.cpu + frame.cpu;
      }
      out.push({ main, gpuWait, all: b.main, wall: to - from, gpu: b.gpu, cpu });
    }
    return out;
  }
}

const frames = (page: Page, n = 2): Promise<void> =>
  page.evaluate(async (k: number) => {
    for (let i = 0; i < k; i++) await new Promise((r) => requestAnimationFrame(r));
  }, n);

/** Waits until the main thread has had no task over 20 ms for `quietMs`. */
/** Starts recording the gaps between the page's frames (read from `__gaps`, stopped by
 * clearing `__gapOn`). */
async function watchFrameGaps(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __gaps: number[]; __gapOn: boolean };
    w.__gaps = [];
    w.__gapOn = true;
    let last = performance.now();
    const tick = (): void => {
      const now = performance.now();
      w.__gaps.push(now - last);
      last = now;
      if (w.__gapOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function settle(page: Page, quietMs = 500, maxMs = 15_000): Promise<void> {
  await page.evaluate(
    async ([quiet, max]: [number, number]) => {
      const t0 = performance.now();
      let last = performance.now();
      let calm = 0;
      while (performance.now() - t0 < max && calm < quiet) {
        await new Promise((r) => setTimeout(r, 10));
        const now = performance.now();
        calm = now - last > 30 ? 0 : calm + (now - last);
        last = now;
      }
    },
    [quietMs, maxMs] as [number, number],
  );
}

async function arm(page: Page, kind: string): Promise<void> {
  await page.evaluate(
    (k: string) => (window as unknown as { __bench: { arm(k: string): number } }).__bench.arm(k),
    kind,
  );
}

/** Nodes to click: the most connected organisations, funders and people drawn in view. */
async function targets(page: Page, count: number): Promise<{ key: string; label: string }[]> {
  return page.evaluate((k: number) => {
    const hook = (window as unknown as { __rabita: Hook }).__rabita;
    const g = hook.renderer.getGraph();
    const rect = hook.renderer.getContainer().getBoundingClientRect();
    const picked = g
      .nodes()
      .filter((n) => g.getNodeAttributes(n).kind !== "event")
      .sort((a, b) => g.degree(b) - g.degree(a))
      .slice(0, k * 3);
    return picked
      .filter((n) => {
        const d = hook.renderer.getNodeDisplayData(n);
        if (!d || d.hidden) return false;
        const p = hook.renderer.framedGraphToViewport(d);
        return p.x > 40 && p.y > 40 && p.x < rect.width - 40 && p.y < rect.height - 40;
      })
      .slice(0, k)
      .map((n) => ({ key: n, label: g.getNodeAttributes(n).label }));
  }, count);
}

async function nodePoint(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((k: string) => {
    const hook = (window as unknown as { __rabita: Hook }).__rabita;
    const d = hook.renderer.getNodeDisplayData(k);
    const rect = hook.renderer.getContainer().getBoundingClientRect();
    const p = hook.renderer.framedGraphToViewport(d ?? { x: 0, y: 0 });
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, key);
}

/** Waits for the entity panel (any node: a click may land on a neighbour drawn on top). */
async function waitPanel(page: Page): Promise<void> {
  await page.evaluate(() =>
    (window as unknown as { __bench: { until(c: () => boolean): Promise<number> } }).__bench.until(
      () => !!document.querySelector('[data-testid="entity-panel"] h2'),
    ),
  );
}

type PageResult = Partial<Record<Step, Sample[]>> & { errors: string[] };

async function runPage(browser: Browser, url: string): Promise<PageResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  const result: PageResult = { errors: [] };
  page.on("pageerror", (e) => result.errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") result.errors.push(m.text());
  });
  page.on("crash", () => result.errors.push("page crashed"));
  // tsx compiles with keepNames: functions sent to the page call its `__name` helper.
  await page.addInitScript({ content: "globalThis.__name = (f) => f;" });
  await page.addInitScript(probe);
  const rec = new Recorder(browser, page);
  const push = (step: Step, samples: Sample[]): void => {
    if (process.env.BENCH_DEBUG) process.stderr.write(`${step}: ${JSON.stringify(samples)}\n`);
    (result[step] ??= []).push(...samples);
  };
  try {
    // Load and first draw, traced from navigation.
    let nav: TraceEvent[] = [];
    const cdp = args.profile ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      await cdp.send("Profiler.start");
    }
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url);
    await page.waitForSelector("main[data-ready]", { timeout: 180_000 });
    await page.waitForFunction(
      () => performance.getEntriesByName("rabita:first-render").length > 0,
      undefined,
      { timeout: 120_000 },
    );
    await frames(page, 2);
    const navBuf = await browser.stopTracing();
    if (process.env.BENCH_TRACE_DIR)
      writeFileSync(join(process.env.BENCH_TRACE_DIR, `load-${Date.now()}.json`), navBuf);
    nav = (JSON.parse(navBuf.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    if (cdp) {
      const stopped = (await cdp.send("Profiler.stop")) as unknown as { profile: CpuProfile };
      addProfile("load", stopped.profile);
      await cdp.detach();
    }
    const marks = await page.evaluate(() => {
      const at = (n: string): number => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
      return {
        loaded: at("rabita:data-loaded"),
        drawn: at("rabita:first-render"),
        docs: at("rabita:documents-loaded"),
      };
    });
    // performance.now() 0 is the navigation start; trace times of the two marks.
    const traceMark = (n: string): number | undefined =>
      nav.find((e) => e.name === n && (e.ph === "R" || e.ph === "I" || e.ph === "n"))?.ts;
    const drawnTs = traceMark("rabita:first-render");
    const navTs = drawnTs !== undefined ? drawnTs - marks.drawn * 1000 : undefined;
    const at = (ms: number): Sample => {
      if (navTs === undefined)
        return { main: NaN, gpuWait: NaN, all: NaN, wall: ms, gpu: NaN, cpu: NaN };
      const b = busy(nav, navTs, navTs + ms * 1000);
      return { main: b.main, gpuWait: b.gpuWait, all: b.main, wall: ms, gpu: b.gpu, cpu: b.cpu };
    };
    push("load", [at(marks.loaded)]);
    push("firstDraw", [at(marks.drawn)]);
    if (Number.isFinite(marks.docs)) push("documents", [at(marks.docs)]);
    await settle(page, 800);

    // Click a node → its panel (then Esc closes it).
    const nodes = await targets(page, 3);
    for (const n of wanted("click") ? nodes : []) {
      const p = await nodePoint(page, n.key);
      push(
        "click",
        await rec.record("click", async () => {
          await arm(page, "mousedown");
          await page.mouse.click(p.x, p.y);
          await waitPanel(page);
        }),
      );
      await settle(page, 300);
      await page.evaluate(() =>
        (window as unknown as { __rabita: Hook }).__rabita.state.select(null),
      );
      await page.waitForSelector('[data-testid="entity-panel"]', { state: "detached" });
      await settle(page, 300);
    }

    // Open a document from the first excerpt of the first node's panel.
    const first = nodes[0];
    if (first && wanted("openDoc")) {
      await page.evaluate((k: string) => {
        (window as unknown as { __rabita: Hook }).__rabita.state.select(k);
      }, first.key);
      await page.waitForSelector('[data-testid="entity-panel"] figure button');
      await settle(page, 300);
      const button = page.locator('[data-testid="entity-panel"] figure button').first();
      await button.scrollIntoViewIfNeeded();
      await settle(page, 200);
      const box = await button.boundingBox();
      if (box) {
        push(
          "openDoc",
          await rec.record("openDoc", async () => {
            await arm(page, "mousedown");
            await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
            await page.evaluate(() =>
              (
                window as unknown as { __bench: { until(c: () => boolean): Promise<number> } }
              ).__bench.until(() => !!document.querySelector('[data-testid="reader"]')),
            );
          }),
        );
      }
      await settle(page, 300);
      await page.keyboard.press("Escape");
      await page.keyboard.press("Escape");
      await settle(page, 300);
    }

    // Type a name into search, key by key; then Enter on the first suggestion.
    const target = nodes[1] ?? nodes[0];
    if (target && wanted("keystroke")) {
      const input = page.getByRole("combobox");
      await input.click();
      const text = target.label.slice(0, 6);
      const keys: Sample[] = [];
      for (let i = 0; i < text.length; i++) {
        const typed = text.slice(0, i + 1);
        keys.push(
          ...(await rec.record("keystroke", async () => {
            await arm(page, "keydown");
            await page.keyboard.type(text[i] ?? "");
            await page.evaluate(
              (q: string) =>
                (
                  window as unknown as { __bench: { until(c: () => boolean): Promise<number> } }
                ).__bench.until(() => {
                  const box = document.querySelector<HTMLInputElement>('[role="combobox"]');
                  return box?.value === q && !!document.querySelector('[role="listbox"] li');
                }),
              typed,
            );
          })),
        );
        await page.waitForTimeout(60);
      }
      push("keystroke", keys);
      // The delayed highlight: main-thread time from the pause until the graph is quiet.
      const t = await page.evaluate(async () => {
        const t0 = performance.now();
        await new Promise((r) => setTimeout(r, 1200));
        return t0;
      });
      void t;
      // Enter: choose the suggestion that is the target (move to it first).
      const index = await page.evaluate(
        (label: string) =>
          Array.from(document.querySelectorAll('[role="listbox"] li')).findIndex((li) =>
            li.textContent?.includes(label),
          ),
        target.label,
      );
      for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
      const chosen = index >= 0 ? target.label : null;
      push(
        "enter",
        await rec.record("enter", async () => {
          await arm(page, "keydown");
          await page.keyboard.press("Enter");
          await page.evaluate(
            (label: string | null) =>
              (
                window as unknown as { __bench: { until(c: () => boolean): Promise<number> } }
              ).__bench.until(() => {
                const h = document.querySelector('[data-testid="entity-panel"] h2');
                return label === null ? !!h : h?.textContent === label;
              }),
            chosen,
          );
        }),
      );
      await settle(page, 600);
      await page.keyboard.press("Escape");
      await page.evaluate(() =>
        (window as unknown as { __rabita: Hook }).__rabita.state.select(null),
      );
      await settle(page, 300);
    }

    // Highlight: type a query and measure the work of the delayed hit highlight.
    if (wanted("highlight")) {
      const input = page.getByRole("combobox");
      await input.fill("");
      await settle(page, 300);
      push(
        "highlight",
        // Everything the main thread does from the keystroke until 400 ms after it and a frame
        // (the hits are lit in the graph 180 ms after typing pauses).
        await rec.record(
          "highlight",
          async () => {
            await arm(page, "keydown");
            await input.press("o");
            await page.evaluate(async () => {
              await new Promise((r) => setTimeout(r, 400));
              await (
                window as unknown as { __bench: { until(c: () => boolean): Promise<number> } }
              ).__bench.until(() => true);
            });
          },
          "all",
        ),
      );
      await input.fill("");
      await page.keyboard.press("Escape");
      await settle(page, 600);
    }

    // Brush steps as a user drags: a two-year window is set, then pressed inside and moved a
    // year and a half at a time with the mouse (d3's brush answers mousemove; the date fields
    // wait until it rests; the window goes to the app at most once a frame). Each step, from
    // the move until the graph is drawn with the window it set (brush), and as measured before,
    // until the frame after the window reached the app state (brushSpan): main and cpu count
    // the tasks that handle the pointer or run a frame (frameTasks), all counts every task.
    if (wanted("brush")) {
      await page.evaluate(() =>
        (window as unknown as { __rabita: Hook }).__rabita.state.setWindow({
          start: "2004-03-01",
          end: "2006-02-28",
        }),
      );
      await settle(page, 600);
      const timeline = page.getByTestId("timeline");
      const sel = await timeline.locator(".tl-brush .selection").boundingBox();
      const area = await timeline.locator(".tl-brush .overlay").boundingBox();
      if (!sel || !area || sel.width < 4) result.errors.push("brush: no window drawn to drag");
      else {
        const y = sel.y + sel.height / 2;
        let x = sel.x + sel.width / 2;
        const half = sel.width / 2;
        let dir = 1;
        /** The next pointer x, `dx` on, turning back at the plot's ends. */
        const next = (dx: number): number => {
          if (x + dir * dx + half > area.x + area.width - 1 || x + dir * dx - half < area.x + 1)
            dir = -dir;
          return (x += dir * dx);
        };
        // Marks for the step's end: the window reaching the app state, then the graph's next
        // draw (the frame that shows it).
        await page.evaluate(() => {
          const hook = (window as unknown as { __rabita: Hook }).__rabita;
          const set = hook.state.setWindow.bind(hook.state);
          hook.state.setWindow = (w) => {
            performance.mark("bench:window");
            set(w);
          };
          hook.renderer.on("afterRender", () => performance.mark("bench:draw"));
        });
        await page.mouse.move(x, y);
        await page.mouse.down();
        await settle(page, 200);
        const drag: (Sample & { span?: Sample })[] = [];
        let missed = 0;
        for (let i = 0; i < 8; i++) {
          // A year and a half: the window (whole years, floored and ceiled) always moves.
          const to = next(half * 1.5);
          drag.push(
            ...(await rec.record(
              "brush",
              async () => {
                const before = await page.evaluate(() =>
                  JSON.stringify(
                    (window as unknown as { __rabita: Hook }).__rabita.state.view.window,
                  ),
                );
                await arm(page, "mousemove");
                await page.mouse.move(to, y);
                const changed = await page.evaluate(async (was: string) => {
                  const w = window as unknown as {
                    __rabita: Hook;
                    __bench: { until(c: () => boolean): Promise<number> };
                  };
                  const now = (): string => JSON.stringify(w.__rabita.state.view.window);
                  const t0 = performance.now();
                  await w.__bench.until(() => now() !== was || performance.now() - t0 > 30_000);
                  return now();
                }, before);
                if (process.env.BENCH_DEBUG)
                  process.stderr.write(
                    `brush: pointer at ${to.toFixed(0)}, ${before} → ${changed}\n`,
                  );
                if (changed === before) missed++;
              },
              "drawn",
            )),
          );
          await page.waitForTimeout(40);
        }
        if (missed > 0) result.errors.push(`brush: ${missed} drag steps left the window as it was`);
        push(
          "brush",
          drag.map(({ span: _span, ...s }) => s),
        );
        push(
          "brushSpan",
          drag.flatMap((s) => (s.span ? [s.span] : [])),
        );
        // A continuous drag: 24 moves of a quarter of the window, sent every 16 ms without
        // waiting for the page to take each (as a hand moves; Chromium coalesces them per frame).
        // Main: the longest main-thread task, less GPU waits; wall: the longest frame gap.
        await settle(page, 600);
        await watchFrameGaps(page);
        const samples = await rec.record(
          "brushDrag",
          async () => {
            await page.evaluate(() => performance.mark("bench:in:2100"));
            const moves: Promise<void>[] = [];
            for (let i = 0; i < 24; i++) {
              moves.push(page.mouse.move(next(half / 2), y));
              await new Promise((r) => setTimeout(r, 16));
            }
            await Promise.all(moves);
            // Until the frame after the last window reached the app (seconds at 10,000
            // documents under SwiftShader), and 600 ms more.
            await frames(page, 2);
            await page.waitForTimeout(600);
            await page.evaluate(() => performance.mark("bench:out:2100"));
          },
          "longest",
        );
        const gap = await page.evaluate(() => {
          const w = window as unknown as { __gaps: number[]; __gapOn: boolean };
          w.__gapOn = false;
          return w.__gaps.length > 1 ? Math.max(...w.__gaps.slice(1)) : NaN;
        });
        push(
          "brushDrag",
          samples.map((s) => ({ ...s, wall: gap })),
        );
        await page.mouse.up();
        await settle(page, 600);
      }
    }

    // The old brush step, kept for comparison: the window set by state.setWindow from the page,
    // which also rewrites the date fields and moves the brush (d3's brush.move) on every step,
    // work a drag does not do. Each step: the call → the frame after it.
    const calls: Sample[] = [];
    for (let i = 0; i < (wanted("brush") ? 8 : 0); i++) {
      const y = 2004 + i * 2;
      calls.push(
        ...(await rec.record("brushCall", async () => {
          await page.evaluate(
            async ([n, start, end]: [number, string, string]) => {
              const w = window as unknown as {
                __rabita: Hook;
                __bench: { n: number; muts: number[]; until(c: () => boolean): Promise<number> };
              };
              w.__bench.n = n;
              w.__bench.muts = [];
              performance.mark(`bench:in:${n}`);
              w.__rabita.state.setWindow({ start, end });
              // The views answer the change in microtasks queued by the call (Svelte's
              // effects: the timeline, the counts, the graph's queue): the result is in the
              // page once they have run, still in this task, not when the call returns.
              for (let k = 0; k < 8; k++) await Promise.resolve();
              await w.__bench.until(() => true);
            },
            [1000 + i, `${y}-03-01`, `${y + 2}-02-28`] as [number, string, string],
          );
        })),
      );
      await page.waitForTimeout(40);
    }
    push("brushCall", calls);
    await page.evaluate(() =>
      (window as unknown as { __rabita: Hook }).__rabita.state.setWindow(null),
    );
    await settle(page, 600);

    // Wheel zoom over the graph: longest gap between frames while wheeling.
    if (wanted("wheel")) {
      const box = await page.getByTestId("graph").boundingBox();
      if (box) {
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await watchFrameGaps(page);
        // Main: the longest main-thread task while wheeling (less GPU waits); wall: the longest
        // gap between frames.
        const samples = await rec.record(
          "wheel",
          async () => {
            await page.evaluate(() => performance.mark("bench:in:2000"));
            for (let i = 0; i < 10; i++) {
              await page.mouse.wheel(0, i < 5 ? -240 : 240);
              await page.waitForTimeout(50);
            }
            await page.waitForTimeout(600);
            await page.evaluate(() => performance.mark("bench:out:2000"));
          },
          "longest",
        );
        const gap = await page.evaluate(() => {
          const w = window as unknown as { __gaps: number[]; __gapOn: boolean };
          w.__gapOn = false;
          return Math.max(...w.__gaps.slice(1));
        });
        push(
          "wheelGap",
          samples.map((x) => ({ ...x, wall: gap })),
        );
      }
      await settle(page, 600);
    }

    // Switch to "Who worked with whom", and (once the page is quiet) back to the event network.
    const switchMode = async (
      step: "mode" | "modeBack",
      button: string,
      mode: string,
    ): Promise<void> => {
      const box = await page.getByRole("button", { name: button }).boundingBox();
      if (!box) return;
      push(
        step,
        await rec.record(step, async () => {
          await arm(page, "mousedown");
          await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          await page.evaluate(
            ([m, label]: [string, string]) =>
              (
                window as unknown as {
                  __bench: { until(c: () => boolean): Promise<number> };
                  __rabita: Hook;
                }
              ).__bench.until(
                () =>
                  (window as unknown as { __rabita: Hook }).__rabita.state.view.mode === m &&
                  document
                    .querySelector('[aria-label="Network"] button[aria-pressed="true"]')
                    ?.textContent?.includes(label) === true,
              ),
            [mode, button] as [string, string],
          );
        }),
      );
    };
    if (wanted("mode")) {
      await switchMode("mode", "Who worked with whom", "collaboration");
      await settle(page, 800);
      await switchMode("modeBack", "Event network", "events");
    }
  } catch (error) {
    result.errors.push(String(error).split("\n")[0] ?? "failed");
  }
  await context.close();
  return result;
}

interface SizeResult {
  documents: number;
  nodes: number;
  edges: number;
  graphMb: number;
  documentsMb: number;
  compileMs: number | null;
  median: Record<Step, Sample & { n: number }>;
  errors: string[];
}

async function benchSize(browser: Browser, n: number, runs: number): Promise<SizeResult> {
  const { dir, compileMs } = compiledData(n);
  const graphText = readFileSync(join(dir, "graph.json"), "utf8");
  const graph = JSON.parse(graphText) as { nodes: unknown[]; edges: unknown[] };
  const docsBytes = readFileSync(join(dir, "documents.json")).length;
  const server = await serveApp({ dataDir: dir, root: args.root });
  const pages: PageResult[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      pages.push(await runPage(browser, server.url));
      process.stderr.write(".");
    }
  } finally {
    await server.close();
  }
  const med = {} as Record<Step, Sample & { n: number }>;
  for (const { step } of STEPS) {
    // Median per page, then the median of pages (a page's steps are not independent).
    const per = pages.map((p) => p[step] ?? []).filter((s) => s.length > 0);
    const pick = (k: keyof Sample): number => median(per.map((s) => median(s.map((x) => x[k]))));
    med[step] = {
      main: pick("main"),
      gpuWait: pick("gpuWait"),
      all: pick("all"),
      wall: pick("wall"),
      gpu: pick("gpu"),
      cpu: pick("cpu"),
      n: per.flat().length,
    };
  }
  return {
    documents: n,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    graphMb: graphText.length / 1e6,
    documentsMb: docsBytes / 1e6,
    compileMs,
    median: med,
    errors: [...new Set(pages.flatMap((p) => p.errors))].slice(0, 10),
  };
}

async function main(): Promise<void> {
  if (args.build || !existsSync(join(args.root, "index.html")))
    execSync(`npx vite build --outDir ${args.root} --emptyOutDir`, { stdio: "inherit" });
  const sizes = args.sizes
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  const runs = Math.max(1, Number(args.runs) || 3);
  const browser = await launchBrowser();
  const results: SizeResult[] = [];
  try {
    for (const n of sizes) results.push(await benchSize(browser, n, runs));
  } finally {
    await browser.close();
  }
  process.stderr.write("\n");
  const f = (x: number): string => (Number.isFinite(x) ? x.toFixed(0) : "–");
  for (const r of results) {
    console.log(
      `\n${r.documents} documents → ${r.nodes} nodes, ${r.edges} edges (graph.json ${r.graphMb.toFixed(1)} MB, documents.json ${r.documentsMb.toFixed(1)} MB)`,
    );
    console.log(
      `${"interaction".padEnd(46)} ${"main ms".padStart(8)} ${"gpu wait".padStart(8)} ${"all ms".padStart(8)} ${"wall ms".padStart(8)} ${"gpu ms".padStart(7)} ${"cpu ms".padStart(7)}  target (main)`,
    );
    for (const { step, what, target } of STEPS) {
      const m = r.median[step];
      const goal =
        step === "firstDraw" ? (r.documents >= 10_000 ? 1500 : 1000) : (target ?? undefined);
      const verdict =
        goal === undefined || !Number.isFinite(m.main)
          ? ""
          : `≤ ${goal} ${Number(m.main) <= goal ? "met" : "MISSED"}`;
      console.log(
        `${what.padEnd(46)} ${f(m.main).padStart(8)} ${f(m.gpuWait).padStart(8)} ${f(m.all).padStart(8)} ${f(m.wall).padStart(8)} ${f(m.gpu).padStart(7)} ${f(m.cpu).padStart(7)}  ${verdict}`,
      );
    }
    for (const e of r.errors) console.log(`  ! ${e}`);
  }
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    args.out,
    `${JSON.stringify(
      {
        note: "headless Chromium 1280x800, WebGL through SwiftShader (CPU); main = renderer main-thread work on the critical path (busy from the input until the result is in the page, plus the task of the frame showing it), less gpuWait = the main thread blocked in WebGL calls waiting for the GPU process; all = every main-thread task from the input to the end of that frame; wall = that span by the clock; gpu = GPU-process busy in it; cpu = main as the main thread's CPU (thread) time, which leaves out the time it waited for a core on a loaded machine; highlight: main = all; wheelGap: main = the longest main-thread task while wheel-zooming (less GPU waits), wall = the longest gap between frames; medians per page, then over fresh pages",
        label: args.label,
        runs,
        results,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nwrote ${args.out}`);
  if (args.profile) printProfiles(Number(args.top));
}

await main();
