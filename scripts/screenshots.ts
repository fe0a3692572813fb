/**
 * `npx tsx scripts/screenshots.ts [--root dist] [--out docs] [--node <key>]`: the README's
 * screenshots, taken from the built app (`npx vite build` first; its `data/` is what `npm run
 * compile` wrote into public/data, the seeds by default) in headless Chromium:
 *   screenshot.png  1280×800, the event network with an entity selected and its panel open;
 *   table.png       1440×860, the table view with the same entity selected.
 * The entity is the actor (not an event) with the most connections unless `--node` names one.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { launchBrowser, serveApp } from "../tests/e2e/harness.ts";

const { values: args } = parseArgs({
  options: {
    root: { type: "string", default: "dist" },
    out: { type: "string", default: "docs" },
    node: { type: "string" },
  },
});

interface Hook {
  renderer: { getCamera(): { isAnimated(): boolean } } | null;
  graph: {
    nodes(): string[];
    degree(n: string): number;
    getNodeAttribute(n: string, a: "kind"): string;
  };
  state: { selectAndFocus(id: string): void };
}

/** Waits until the camera has stopped and two more frames are drawn. */
async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(600);
  await page.waitForFunction(
    () => !(window as unknown as { __rabita: Hook }).__rabita.renderer?.getCamera().isAnimated(),
  );
  await page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

async function main(): Promise<void> {
  mkdirSync(args.out, { recursive: true });
  const served = await serveApp({ root: args.root });
  const browser = await launchBrowser();
  try {
    // The event network, one entity selected and brought to the middle.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(served.url);
    await page.waitForSelector("main[data-ready]", { timeout: 60_000 });
    await page.waitForFunction(
      () => !!(window as unknown as { __rabita?: Hook }).__rabita?.renderer,
    );
    const node =
      args.node ??
      (await page.evaluate(() => {
        const g = (window as unknown as { __rabita: Hook }).__rabita.graph;
        const actors = g.nodes().filter((n) => g.getNodeAttribute(n, "kind") !== "event");
        return actors.reduce((a, b) => (g.degree(b) > g.degree(a) ? b : a));
      }));
    await page.evaluate(
      (id) => (window as unknown as { __rabita: Hook }).__rabita.state.selectAndFocus(id),
      node,
    );
    await page.locator("aside.panel").waitFor();
    await settled(page);
    // The search box takes focus on load: leave it, so that no focus ring is in the picture.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: join(args.out, "screenshot.png") });
    await page.close();

    // The table view beside the same entity's panel.
    const table = await browser.newPage({ viewport: { width: 1440, height: 860 } });
    await table.goto(`${served.url}#view=table&node=${encodeURIComponent(node)}`);
    await table.waitForSelector("main[data-ready]", { timeout: 60_000 });
    await table.locator("aside.panel").waitFor();
    await table.locator("table").first().waitFor();
    await table.waitForTimeout(600);
    await table.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await table.screenshot({ path: join(args.out, "table.png") });
    await table.close();
    process.stdout.write(`wrote ${args.out}/screenshot.png and ${args.out}/table.png (${node})\n`);
  } finally {
    await browser.close();
    await served.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
