/**
 * One browser and one server per test file: registers the vitest hooks that start and stop
 * them, and returns accessors for the tests.
 */
import { afterAll, afterEach, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, serveApp } from "./harness.ts";
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
