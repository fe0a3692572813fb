/**
 * The graph is drawn before documents.json is read: with its body held back, the graph draws,
 * names can be searched and a node's panel opens, saying that the documents are loading; once
 * they are in, the excerpts, the documents found by search and the counts appear. The same
 * holds when documents.json has not even answered (its headers held back too), and its reader
 * opens once it does. Documents that turn out invalid or missing after the graph is drawn give
 * the notice.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openApp } from "./harness.ts";
import { graphDrawn, openWhileDocumentsLoad, useBuiltApp, useProxy } from "./use-app.ts";

const app = useBuiltApp();

const panel = "[data-testid=entity-panel]";

/** How the next documents.json is answered: its body once `held` settles, and its headers at
 * once unless `whole` (then they wait for `held` too). */
let answer: {
  status: number;
  type: string;
  body: () => Buffer;
  held: Promise<void>;
  whole?: boolean;
} | null = null;

/** Answers documents.json as `answer` says; anything else as the built app's server does. */
const proxy = useProxy(app, (path, res) => {
  if (!path.endsWith("/data/documents.json") || !answer) return false;
  const { status, type, body, held, whole } = answer;
  const head = (): void => {
    res.writeHead(status, { "content-type": type });
    res.flushHeaders();
  };
  if (!whole) head();
  void held.then(() => {
    if (whole) head();
    res.end(body());
  });
  return true;
});

/** Holds documents.json's body (its headers go at once) until the returned function runs. */
function holdDocuments(
  status = 200,
  type = "application/json",
  body: () => Buffer = () => readFileSync("dist/data/documents.json"),
  whole = false,
): () => void {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  answer = { status, type, body, held, whole };
  return release;
}

describe("documents after the graph", () => {
  it("draws the graph and opens panels before documents.json is read, then shows excerpts", async () => {
    const release = holdDocuments();
    const { page, errors } = await openApp(app.browser, proxy.url, { waitReady: false });
    await graphDrawn(page);
    await page.waitForSelector("main[data-graph-ready]");
    // Not ready: the documents are not in.
    expect(await page.locator("main[data-ready]").count()).toBe(0);
    await expect
      .poll(() => page.getByTestId("status").textContent())
      .toContain("loading documents…");
    expect(await page.getByTestId("status").textContent()).not.toMatch(/failed/);

    // Names are searched without the documents; the documents' part says they are loading.
    const box = page.getByRole("combobox");
    await box.fill("undp");
    await expect.poll(() => page.getByRole("option").count()).toBeGreaterThan(0);
    await page.getByTestId("doc-hits-loading").waitFor();
    await box.press("Enter");
    await page.locator(panel).waitFor();
    expect(await page.locator("#panel-title").textContent()).toMatch(/United Nations Development/);
    await page.locator(`${panel} [data-testid=documents-loading]`).waitFor();
    expect(await page.locator(`${panel} blockquote`).count()).toBe(0);

    // The documents come: the same panel quotes them, with the name marked.
    release();
    await page.waitForSelector("main[data-ready]");
    const excerpt = page.locator(`${panel} blockquote`, { hasText: "UNDP" }).first();
    await excerpt.waitFor();
    expect(await excerpt.locator("mark").allTextContents()).toContain("UNDP");
    expect(await page.locator(`${panel} [data-testid=documents-loading]`).count()).toBe(0);
    await expect
      .poll(() => page.getByTestId("status").textContent())
      .toMatch(/\d+ documents[\s\S]*\d+ failed/);

    // Full-text search finds documents now.
    await box.fill("development");
    await expect.poll(() => page.getByTestId("doc-hit").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("doc-hits-loading").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws the graph while documents.json has not answered at all, then opens its documents", async () => {
    // Not even its headers: the graph is drawn and a node's panel opens all the same.
    const release = holdDocuments(200, "application/json", undefined, true);
    const { page, errors } = await openApp(app.browser, proxy.url, { waitReady: false });
    await graphDrawn(page);
    await page.waitForSelector("main[data-graph-ready]");
    expect(await page.locator("main[data-ready]").count()).toBe(0);
    await openWhileDocumentsLoad(page);
    expect(await page.getByRole("alert").count()).toBe(0);

    // Once it answers, the panel quotes the documents and the reader opens one.
    release();
    await page.waitForSelector("main[data-ready]");
    const open = page.locator(`${panel} [data-opens]`).first();
    await open.waitFor();
    await open.click();
    const reader = page.getByTestId("reader");
    await reader.waitFor();
    expect((await reader.locator(".text").textContent())?.length ?? 0).toBeGreaterThan(0);
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("gives the invalid-data notice when documents.json turns out invalid", async () => {
    const release = holdDocuments(200, "application/json", () => Buffer.from("{oops"));
    const { page } = await openApp(app.browser, proxy.url, { waitReady: false });
    await graphDrawn(page);
    release();
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("The compiled data is invalid");
    expect(await alert.textContent()).toContain("documents.json: not valid JSON");
    await page.close();
  });

  it("says there is no compiled data when documents.json is missing", async () => {
    const release = holdDocuments(404, "text/plain", () => Buffer.from("not found"));
    // Known from its headers once the documents worker asks for it, after the first draw: the
    // graph gives way to the notice.
    const { page } = await openApp(app.browser, proxy.url, { waitReady: false });
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("No compiled data");
    expect(await alert.textContent()).toContain("documents.json");
    release();
    await page.close();
  });
});
