/**
 * Search that finds, against the built app and the compiled seeds: a word written only in a
 * document's text (in no name) is offered "In documents" with the title and a snippet, as
 * text; choosing it opens the reader at the hit, marked and in view, and the URL keeps it.
 * A misspelt name still finds its node.
 */
import { describe, expect, it } from "vitest";
import { openApp } from "./harness.ts";
import { useBuiltApp } from "./use-app.ts";
import { axeViolations } from "./axe.ts";

const app = useBuiltApp();

describe("full-text search", () => {
  it("opens the document at a word found only in its text, with the hit highlighted", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    const box = page.getByRole("combobox");
    // "dignitaries" is in the UNOPS press release's text, and in no node's name.
    await box.fill("dignitaries");
    const docHit = page.locator("[data-testid=doc-hit]");
    await expect.poll(() => docHit.count()).toBe(1);
    // No node is offered: the only option is the document.
    expect(await page.getByRole("option").count()).toBe(1);
    await expect(page.getByRole("listbox").textContent()).resolves.toContain("In documents");
    await expect(docHit.locator(".title").textContent()).resolves.toBe(
      "United Nations Office for Project Services",
    );
    await expect(docHit.locator("mark").textContent()).resolves.toMatch(/^dignitaries$/i);
    // The snippet is text and one mark, nothing parsed from the document.
    const tags = await docHit.evaluate((el) => [
      ...new Set(Array.from(el.querySelectorAll("*"), (e) => e.tagName)),
    ]);
    expect(tags.sort()).toEqual(["MARK", "SPAN"]);
    expect((await axeViolations(page)).map((v) => v.id)).toEqual([]);

    // Chosen by keyboard: the reader opens at the hit.
    await box.press("ArrowDown");
    await box.press("ArrowUp");
    await box.press("Enter");
    const reader = page.locator("[data-testid=reader]");
    await reader.waitFor();
    await expect(reader.locator("#reader-title").textContent()).resolves.toBe(
      "United Nations Office for Project Services",
    );
    const hit = reader.locator("mark[data-hit]");
    await expect(hit.textContent()).resolves.toMatch(/^dignitaries$/i);
    await expect(hit.getAttribute("class")).resolves.toContain("focus");
    await expect.poll(() => hit.isVisible()).toBe(true);
    await expect
      .poll(() =>
        hit.evaluate((el) => {
          const text = el.closest(".text")?.getBoundingClientRect();
          const r = el.getBoundingClientRect();
          return !!text && r.top >= text.top && r.bottom <= text.bottom;
        }),
      )
      .toBe(true);
    expect(new URL(page.url()).hash).toMatch(/hit=\d+-\d+/);
    expect(await box.inputValue()).toBe("");

    // Reloading keeps the reader at the hit.
    await page.reload();
    await page.waitForSelector("main[data-ready]");
    await expect(page.locator("mark[data-hit]").textContent()).resolves.toMatch(/^dignitaries$/i);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("finds a misspelt name and a misspelt word of the text", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    const box = page.getByRole("combobox");
    await box.fill("Devlopment Programme");
    await expect
      .poll(() => page.getByRole("option").first().textContent())
      .toMatch(/United Nations Development Programme/);
    await box.fill("dignitarise");
    await expect
      .poll(() => page.locator("[data-testid=doc-hit] mark").first().textContent())
      .toMatch(/^dignitaries$/i);
    expect(errors).toEqual([]);
    await page.close();
  });
});
