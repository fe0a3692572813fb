/**
 * Fixes from the drive that fixes.e2e.test.ts leaves open, against the built app and the
 * compiled seeds: markdown emphasis in the search's "In documents" snippets shows as emphasis
 * (text nodes in <em>, never parsed as HTML), not as raw asterisks.
 */
import { describe, expect, it } from "vitest";
import { openApp } from "./harness.ts";
import { useBuiltApp } from "./use-app.ts";

const app = useBuiltApp();

describe("markdown emphasis", () => {
  it("shows in a full-text search snippet as emphasis, without asterisks", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    // The seeds' first document writes "the Italian NGO *Un Ponte Per* and …".
    await page.getByRole("combobox").fill("ponte");
    const hit = page.locator("[data-testid=doc-hit]");
    await expect.poll(() => hit.count()).toBe(1);
    const snippet = hit.locator(".snippet");
    const text = (await snippet.textContent()) ?? "";
    expect(text).toContain("NGO Un Ponte Per and");
    expect(text).not.toContain("*");
    // The hit stays marked, inside the emphasis around the name.
    await expect(snippet.locator("mark").textContent()).resolves.toMatch(/^ponte$/i);
    const emphasised = (await snippet.locator("em").allTextContents()).join("");
    expect(emphasised).toBe("Un Ponte Per");
    // Elements only: no markup taken from the document.
    const tags = await snippet.evaluate((el) => [
      ...new Set(Array.from(el.querySelectorAll("*"), (e) => e.tagName)),
    ]);
    expect(tags.sort()).toEqual(["EM", "MARK"]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
