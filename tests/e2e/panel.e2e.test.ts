/**
 * Panel journeys against the built app and the compiled seeds: search selects UNDP and the
 * panel quotes it with the name marked; the document opens on the highlighted mention; a
 * connection shows its evidence; the URL restores the selection; Esc closes.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openApp } from "./harness.ts";
import { useBuiltApp } from "./use-app.ts";

const app = useBuiltApp();

const panel = "[data-testid=entity-panel]";

async function selectBySearch(page: Page, query: string): Promise<void> {
  const box = page.getByRole("combobox");
  await box.fill(query);
  await expect.poll(() => page.getByRole("option").count()).toBeGreaterThan(0);
  await box.press("Enter");
  await page.locator(panel).waitFor();
}

describe("the entity panel", () => {
  it("selects UNDP from the search and quotes it with the name marked", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await selectBySearch(page, "undp");
    const title = await page.locator("#panel-title").textContent();
    expect(title).toMatch(/United Nations Development/);
    await expect(page.locator(`${panel} .chip`).textContent()).resolves.toMatch(/\w/);
    // An excerpt contains "UNDP", and the name inside it is a <mark>.
    const excerpt = page.locator(`${panel} blockquote`, { hasText: "UNDP" }).first();
    await excerpt.waitFor();
    const marks = await excerpt.locator("mark").allTextContents();
    expect(marks).toContain("UNDP");
    // No markup leaks from the text: every excerpt holds only text, marks and the emphasis
    // written in it (as elements, its asterisks dropped).
    const tags = await page.$$eval(`${panel} blockquote *`, (els) => [
      ...new Set(els.map((e) => e.tagName)),
    ]);
    expect(tags).toContain("MARK");
    expect(tags.filter((t) => !["MARK", "EM", "STRONG"].includes(t))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens the document scrolled to the highlighted mention, and restores it all on reload", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await selectBySearch(page, "undp");
    const selected = new URL(page.url()).hash;
    expect(selected).toContain("node=");
    await page.getByRole("button", { name: "Open document" }).first().click();
    const reader = page.locator("[data-testid=reader]");
    await reader.waitFor();
    const focus = reader.locator("mark.focus");
    await expect(focus.textContent()).resolves.toMatch(/UNDP|United Nations Development/);
    await expect.poll(() => focus.isVisible()).toBe(true);
    expect(await reader.locator("mark").count()).toBeGreaterThan(0);

    // Esc closes the reader, then the panel.
    await page.keyboard.press("Escape");
    await expect.poll(() => reader.count()).toBe(0);
    await page.locator(panel).waitFor();

    // Reloading the URL restores the selection.
    await page.reload();
    await page.waitForSelector("main[data-ready]");
    await expect(page.locator("#panel-title").textContent()).resolves.toMatch(
      /United Nations Development/,
    );
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(panel).count()).toBe(0);
    expect(new URL(page.url()).hash).not.toContain("node=");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a connection's evidence sentence and selects the node at the other end", async () => {
    const { page } = await openApp(app.browser, app.url);
    await selectBySearch(page, "undp");
    const toggle = page.locator(`${panel} button.edge`).first();
    await toggle.click();
    const evidence = page.getByRole("region", { name: "Evidence" });
    await evidence.waitFor();
    expect((await evidence.textContent())?.trim().length).toBeGreaterThan(10);
    expect(page.url()).toContain("edge=");
    const other = page.locator(`${panel} .row button.link`).first();
    const name = (await other.textContent())?.trim();
    await other.click();
    await expect.poll(() => page.locator("#panel-title").textContent()).toBe(name);
    await page.close();
  });

  it("lists failed documents from the status line", async () => {
    const { page } = await openApp(app.browser, app.url);
    const status = page.locator("[data-testid=status]");
    await expect(status.textContent()).resolves.toMatch(/\d+ documents · \d+ entities/);
    await status.getByRole("button").click();
    await page.locator("[data-testid=failed-list]").waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("[data-testid=failed-list]").count()).toBe(0);
    await page.close();
  });
});
