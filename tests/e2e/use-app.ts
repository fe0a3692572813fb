/**
 * One browser and one server per test file: registers the vitest hooks that start and stop
 * them, and returns accessors for the tests.
 */
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, serveApp } from "./harness.ts";
import { frameText } from "../../src/compiler/frame/index.ts";
import { parseGraph } from "../../src/model/schema.ts";
import type { Served } from "./harness.ts";

export interface AppFixture {
  readonly browser: Browser;
  readonly url: string;
}

/** Serves the built app (with `dataDir` as its data when given) and launches Chromium. */
export function useBuiltApp(options: { dataDir?: () => string } = {}): AppFixture {
  let browser: Browser | undefined;
  let server: Served | undefined;
  beforeAll(async () => {
    server = await serveApp(options.dataDir ? { dataDir: options.dataDir() } : {});
    browser = await launchBrowser();
  });
  // Each test's pages go when it ends, so renderers do not pile up in one browser.
  afterEach(async () => {
    for (const context of browser?.contexts() ?? []) await context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error("browser not started");
      return browser;
    },
    get url(): string {
      if (!server) throw new Error("server not started");
      return server.url;
    },
  };
}

/** Writes the frame.json the compiler writes beside `graph` (without it the app's request for
 * it is a 404, and graph.json is drawn from). */
export function writeFrame(dir: string, graph: unknown): void {
  writeFileSync(join(dir, "frame.json"), frameText(parseGraph(graph)));
}

/**
 * Writes a data folder that serves `graph` with no documents, and the frame.json and
 * meta.json the compiler writes beside them (without them the app's requests for them are
 * 404s); returns its path.
 */
export function fixtureDataDir(graph: unknown, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `rabita-${name}-`));
  writeFileSync(join(dir, "graph.json"), JSON.stringify(graph));
  writeFrame(dir, graph);
  writeFileSync(join(dir, "documents.json"), JSON.stringify({ version: 1, documents: [] }));
  const documents = { compiled: 0, failed: 0, skipped: 0 };
  const meta = { version: 1, input: "fixture", compiledAt: "2024-01-01T00:00:00Z", documents };
  writeFileSync(join(dir, "meta.json"), JSON.stringify(meta));
  return dir;
}

/**
 * A server in front of the built app: `answer` replies to the requests it takes (by path, it
 * returns true), anything else is passed through to the app's own server. Returns the
 * server's address once it listens (read it in tests, after beforeAll).
 */
export function useProxy(
  app: AppFixture,
  answer: (path: string, res: ServerResponse, req: IncomingMessage) => boolean,
): { readonly url: string } {
  let server: Server | undefined;
  let url = "";
  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      if (answer(path, res, req)) return;
      void fetch(new URL(path, app.url)).then(async (r) => {
        res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "" });
        res.end(Buffer.from(await r.arrayBuffer()));
      });
    });
    await new Promise<void>((ok) => server?.listen(0, "127.0.0.1", ok));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  });
  return {
    get url() {
      return url;
    },
  };
}

/** Waits until sigma has drawn the graph. */
export async function graphDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      performance.getEntriesByName("rabita:first-render").length > 0 &&
      !!(window as unknown as { __rabita?: { renderer: unknown } }).__rabita?.renderer,
  );
}

/**
 * While the documents load: the status says so, a search for UNDP offers its node, Enter opens
 * its panel, and the panel says the documents are loading.
 */
export async function openWhileDocumentsLoad(page: Page): Promise<void> {
  const panel = "[data-testid=entity-panel]";
  await expect.poll(() => page.getByTestId("status").textContent()).toContain("loading documents…");
  const box = page.getByRole("combobox");
  await box.fill("undp");
  await expect.poll(() => page.getByRole("option").count()).toBeGreaterThan(0);
  await box.press("Enter");
  await page.locator(panel).waitFor();
  await page.locator(`${panel} [data-testid=documents-loading]`).waitFor();
}
