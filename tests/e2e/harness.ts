/**
 * Browser-test harness: finds a Chromium, launches it headless with software WebGL, and
 * serves the built app (`dist/`) on loopback, optionally with another folder as `data/`.
 *
 * API:
 *   findChromium(): string                       — CHROMIUM_PATH, then a system Chromium, then @sparticuz/chromium
 *   launchBrowser(): Promise<Browser>            — playwright-core Chromium, WebGL via SwiftShader
 *   serveApp({ dataDir? }): Promise<{ url, close }> — static server for dist/ (data/ from dataDir when given)
 *   openApp(browser, url, opts?): Promise<{ page, errors }> — opens a page, collects console errors,
 *                                                   waits for `main[data-ready]` unless waitReady is false
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";

const SYSTEM_CHROMIUMS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

/** Where the npm-shipped Chromium unpacks itself; set by `prepareChromium()`. */
let packagedChromium: string | null = null;

/** Resolves a browser: CHROMIUM_PATH, a system Chromium, or the one @sparticuz/chromium ships. */
export async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const system = SYSTEM_CHROMIUMS.find((p) => existsSync(p));
  if (system) return system;
  if (!packagedChromium) {
    const mod = await import("@sparticuz/chromium");
    packagedChromium = await mod.default.executablePath();
  }
  return packagedChromium;
}

/**
 * Launches headless Chromium with software WebGL and a closed network. Playwright gives each
 * launch a fresh temporary profile, so no `--user-data-dir` is passed.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = await findChromium();
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
      "--ignore-gpu-blocklist",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      "--disable-dev-shm-usage",
    ],
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** Resolves a URL path inside `root`, refusing anything that escapes it. */
function within(root: string, urlPath: string): string | null {
  const file = normalize(join(root, decodeURIComponent(urlPath)));
  return file === root || file.startsWith(root + sep) ? file : null;
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves `dist/` (or `root`) on 127.0.0.1; `/data/*` comes from `dataDir` when given. */
export async function serveApp(options: { root?: string; dataDir?: string } = {}): Promise<Served> {
  const root = resolve(options.root ?? "dist");
  if (!existsSync(join(root, "index.html")))
    throw new Error(`${root}/index.html missing: run \`npx vite build\` first`);
  const dataDir = options.dataDir ? resolve(options.dataDir) : null;
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const file =
      dataDir && path.startsWith("/data/")
        ? within(dataDir, path.slice("/data".length))
        : within(root, path === "/" ? "/index.html" : path);
    try {
      if (!file || !(await stat(file)).isFile()) throw new Error("not found");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    // (A page left open keeps its connections alive; closing them lets the server close.)
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

export interface OpenedApp {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

/** Opens the app at `url` in a fresh page and waits until it has loaded its data. */
export async function openApp(
  browser: Browser,
  url: string,
  options: { width?: number; height?: number; waitReady?: boolean } = {},
): Promise<OpenedApp> {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
  });
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  await page.goto(url);
  if (options.waitReady !== false)
    await page.waitForSelector("main[data-ready]", { timeout: 45_000 });
  return { page, errors };
}
