/**
 * The first frame is drawn from frame.json, before graph.json is read: with graph.json's body
 * held back, the graph draws, names are searched and a node's panel opens saying that the
 * documents are loading (the documents wait for graph.json's mentions and evidence); once
 * graph.json is in, the same panel quotes the documents. A graph.json that is not the frame's
 * graph replaces the graph drawn first; one that turns out invalid gives the notice.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openApp } from "./harness.ts";
import { graphDrawn, openWhileDocumentsLoad, useBuiltApp, useProxy } from "./use-app.ts";
import { frameText } from "../../src/compiler/frame/index.ts";
import type { SerializedRabitaGraph } from "../../src/model/types.ts";

const app = useBuiltApp();

const panel = "[data-testid=entity-panel]";

/** Replies in place of the built app's files (by name), graph.json's body once `held`
 * settles. */
let replies: { frame?: () => string; graph?: () => string; held?: Promise<void> } = {};

const proxy = useProxy(app, (path, res) => {
  const json = { "content-type": "application/json" };
  if (path.endsWith("/data/frame.json") && replies.frame) {
    res.writeHead(200, json);
    res.end(replies.frame());
    return true;
  }
  if (path.endsWith("/data/graph.json") && (replies.graph || replies.held)) {
    const { graph, held } = replies;
    res.writeHead(200, json);
    res.flushHeaders();
    void (held ?? Promise.resolve()).then(() =>
      res.end(graph ? graph() : readFileSync("dist/data/graph.json")),
    );
    return true;
  }
  return false;
});

/** A node attribute of the graph drawn now. */
function attribute(page: Page, key: string, name: string): Promise<unknown> {
  return page.evaluate(
    ([k, n]) =>
      (
        window as unknown as {
          __rabita: { graph: { getNodeAttribute(k: string, n: string): unknown } };
        }
      ).__rabita.graph.getNodeAttribute(k, n),
    [key, name] as [string, string],
  );
}

const seedGraph = (): SerializedRabitaGraph =>
  JSON.parse(readFileSync("dist/data/graph.json", "utf8")) as SerializedRabitaGraph;

function undp(graph: SerializedRabitaGraph): string {
  const node = graph.nodes.find((n) => n.attributes.aliases.includes("UNDP"));
  if (!node) throw new Error("no UNDP in the seeds");
  return node.key;
}

describe("the graph drawn from frame.json", () => {
  it("draws and opens panels before graph.json is read, then quotes the documents", async () => {
    let release: () => void = () => {};
    replies = { held: new Promise<void>((resolve) => (release = resolve)) };
    const key = undp(seedGraph());
    const { page, errors } = await openApp(app.browser, proxy.url, { waitReady: false });
    await graphDrawn(page);
    // Drawn from the frame: the mentions are not in, nor (waiting for them) the documents.
    expect(await attribute(page, key, "mentions")).toEqual([]);
    expect(await page.locator("main[data-ready]").count()).toBe(0);
    await openWhileDocumentsLoad(page);

    // graph.json comes: its mentions are filled in, and the panel quotes the documents.
    release();
    await page.waitForSelector("main[data-ready]");
    const excerpt = page.locator(`${panel} blockquote`, { hasText: "UNDP" }).first();
    await excerpt.waitFor();
    expect(await excerpt.locator("mark").allTextContents()).toContain("UNDP");
    expect(((await attribute(page, key, "mentions")) as unknown[]).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("is replaced by graph.json's graph when the frame is not graph.json's", async () => {
    const key = undp(seedGraph());
    const stale = seedGraph();
    const node = stale.nodes.find((n) => n.key === key);
    if (!node) throw new Error("no such node");
    node.attributes.label = "A name from an older compile";
    let release: () => void = () => {};
    replies = {
      frame: () => frameText(stale),
      held: new Promise<void>((resolve) => (release = resolve)),
    };
    const { page, errors } = await openApp(app.browser, proxy.url, { waitReady: false });
    await graphDrawn(page);
    expect(await attribute(page, key, "label")).toBe("A name from an older compile");
    release();
    await expect.poll(() => attribute(page, key, "label")).toMatch(/United Nations Development/);
    await page.waitForSelector("main[data-ready]");
    expect(((await attribute(page, key, "mentions")) as unknown[]).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("gives the invalid-data notice when graph.json turns out invalid", async () => {
    replies = { graph: () => '{"nodes": [' };
    const { page } = await openApp(app.browser, proxy.url, { waitReady: false });
    await graphDrawn(page);
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("The compiled data is invalid");
    expect(await alert.textContent()).toContain("graph.json: not valid JSON");
    await page.close();
  });
});
