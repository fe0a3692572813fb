/** The first journey: the built app opens and draws the compiled seed graph. */
import { readFileSync, mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openApp, serveApp } from "./harness.ts";
import { useBuiltApp } from "./use-app.ts";
import { countColours } from "./pixels.ts";
import { KIND_COLORS } from "../../src/app/graph/palette.ts";

const app = useBuiltApp();

describe("the app", () => {
  it("draws the seed graph on a WebGL canvas without console errors", async () => {
    const graph = JSON.parse(readFileSync("dist/data/graph.json", "utf8")) as {
      nodes: { attributes: { kind: string } }[];
    };
    expect(graph.nodes.length).toBeGreaterThan(10);
    const { page, errors } = await openApp(app.browser, app.url);
    const canvas = page.locator("[data-testid=graph] canvas").first();
    await canvas.waitFor();
    await page.waitForTimeout(500);
    const counts = await countColours(page, page.locator("[data-testid=graph]"), [
      KIND_COLORS.organisation,
      KIND_COLORS.event,
    ]);
    // Nodes of both kinds are painted: the graph is drawn, not a blank canvas.
    expect(counts[KIND_COLORS.organisation]).toBeGreaterThan(50);
    expect(counts[KIND_COLORS.event]).toBeGreaterThan(50);
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/app.png" });
    expect(errors).toEqual([]);
  });

  it("tells the user to compile when the data is missing", async () => {
    const empty = await serveApp({ dataDir: "tests/e2e" });
    const { page } = await openApp(app.browser, empty.url, { waitReady: false });
    try {
      await expect
        .poll(() => page.getByRole("alert").textContent(), { timeout: 10_000 })
        .toContain("npm run compile");
    } finally {
      await page.close();
      await empty.close();
    }
  });
});
