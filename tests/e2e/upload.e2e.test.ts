/**
 * Your own documents in the browser, against the built app: documents picked with the file
 * input are compiled in a worker (no request leaves the page but the worker's own script),
 * replace the network shown, list the files that failed or were skipped, and export like any
 * compiled corpus; a graph.json with its documents.json opens as it is; broken compiled data
 * is refused with its reason and the network shown stays.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { compileCorpus } from "../../src/compiler/index.ts";
import { openApp, serveApp } from "./harness.ts";
import { useBuiltApp } from "./use-app.ts";
import { waitForGraph } from "./graph-probe.ts";

const app = useBuiltApp();

const PRESS = `Northwind Relief Network and Harbour Youth Forum hold a workshop on flood shelters

Port Elwyn, 12 March 2024 – The Northwind Relief Network and the Harbour Youth Forum held a two-day workshop on flood shelters in Port Elwyn on 11-12 March 2024. The workshop was funded by the Lakeside Foundation.

"Young volunteers are the first responders here," said Mara Quill, director of the Northwind Relief Network.
`;
const PROJECT = `# Coastal Kitchens project

The Lakeside Foundation funded the Coastal Kitchens project of the Harbour Youth Forum in 2023.
Partners include the Northwind Relief Network and the Saltmarsh Women's Cooperative.
`;
const ARCHIVE = `Archive note

The Quarry Valley Trust met the Old Mill Association in Dunmore on 2 June 2019.
`;

interface Hook {
  graph: { order: number; mapNodes<T>(fn: (key: string, attrs: { label: string }) => T): T[] };
  renderer: { getGraph(): { order: number } } | null;
}

/** Labels of the graph the app holds now (through its test hook). */
function labels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __rabita: Hook }).__rabita.graph.mapNodes((_k, a) => a.label),
  );
}

/** The report's words, spaces collapsed. */
async function reportText(page: Page): Promise<string> {
  return ((await page.getByTestId("open-report").textContent()) ?? "").replace(/\s+/g, " ");
}

/** Opens the Open panel and returns it. */
async function openPanel(page: Page) {
  await page.getByRole("button", { name: "Open…" }).click();
  const panel = page.getByRole("dialog", { name: "Open your own documents" });
  await panel.waitFor();
  return panel;
}

describe("your own documents in the browser", () => {
  it("compiles picked documents in a worker, shows their network and lists the failed files", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await waitForGraph(page);
    const before = await labels(page);
    expect(before).not.toContain("Northwind Relief Network");

    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    const panel = await openPanel(page);
    await page.getByTestId("open-files").setInputFiles([
      { name: "workshop.txt", mimeType: "text/plain", buffer: Buffer.from(PRESS) },
      { name: "coastal-kitchens.md", mimeType: "text/markdown", buffer: Buffer.from(PROJECT) },
      { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
      { name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n") },
    ]);

    await expect
      .poll(() => reportText(page), { timeout: 45_000 })
      .toMatch(/Compiled 2 documents; 2 files not compiled:/);
    const problems = page.getByTestId("open-problems");
    await expect(problems.textContent()).resolves.toMatch(/empty\.txt\s*failed\s*empty file/);
    await expect(problems.textContent()).resolves.toMatch(
      /scan\.pdf\s*skipped\s*unsupported file type \.pdf/,
    );
    expect(await panel.isVisible()).toBe(true);

    // The explorer now shows the new network, drawn.
    await waitForGraph(page);
    const after = await labels(page);
    expect(after).toEqual(
      expect.arrayContaining([
        "Northwind Relief Network",
        "Harbour Youth Forum",
        "Lakeside Foundation",
      ]),
    );
    expect(
      after.some((l) => before.includes(l) && !PRESS.includes(l) && !PROJECT.includes(l)),
    ).toBe(false);
    await expect(page.getByTestId("status").textContent()).resolves.toMatch(
      /2 documents.*2 failed/s,
    );
    // Nothing but the app's own worker scripts was fetched (the compiler's, and the one that
    // builds the collaboration network ahead).
    expect(requests.every((u) => u.startsWith(app.url))).toBe(true);
    expect(
      requests.filter((u) => !/\/assets\/(compile|collab)\.worker-[\w-]+\.js$/.test(u)),
    ).toEqual([]);
    expect(requests.some((u) => /\/assets\/compile\.worker-/.test(u))).toBe(true);

    // The status line's failed list names them too.
    await page.keyboard.press("Escape");
    await page
      .getByTestId("status")
      .getByRole("button", { name: /failed/ })
      .click();
    await expect(page.getByTestId("failed-list").textContent()).resolves.toMatch(/scan\.pdf/);

    // Exported like any compiled corpus.
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const menu = page.getByRole("dialog", { name: "Export" });
    await menu.getByRole("radio", { name: /Whole graph/ }).check();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      menu.getByRole("button", { name: "Nodes CSV" }).click(),
    ]);
    const csv = (await readFile(await download.path())).toString("utf8");
    expect(csv).toContain("Northwind Relief Network");
    expect(csv).toContain("Lakeside Foundation");
    expect(errors).toEqual([]);
  });

  it("opens a compiled graph.json with its documents.json", async () => {
    const compiled = compileCorpus([
      { id: "notes/archive.txt", bytes: new TextEncoder().encode(ARCHIVE) },
    ]);
    const { page, errors } = await openApp(app.browser, app.url);
    await waitForGraph(page);
    await openPanel(page);
    await page.getByTestId("open-files").setInputFiles([
      {
        name: "graph.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(compiled.graph)),
      },
      {
        name: "documents.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(compiled.documents)),
      },
    ]);
    await expect
      .poll(() => reportText(page), { timeout: 30_000 })
      .toMatch(/Opened the compiled data:\s*1 document\./);
    await waitForGraph(page);
    const after = await labels(page);
    expect(after.sort()).toEqual(compiled.graph.nodes.map((n) => n.attributes.label).sort());
    expect(after).toContain("Quarry Valley Trust");
    expect(errors).toEqual([]);
  });

  it("refuses compiled data that breaks the contract and keeps the network shown", async () => {
    const { page } = await openApp(app.browser, app.url);
    await waitForGraph(page);
    const before = await labels(page);
    await openPanel(page);
    await page.getByTestId("open-files").setInputFiles([
      { name: "graph.json", mimeType: "application/json", buffer: Buffer.from('{"nodes": 3}') },
      { name: "documents.json", mimeType: "application/json", buffer: Buffer.from("{oops") },
    ]);
    await expect
      .poll(() => reportText(page), { timeout: 30_000 })
      .toMatch(/Nothing was opened\. (graph|documents)\.json/);
    expect((await labels(page)).sort()).toEqual(before.sort());
  });

  it("compiles files dropped on the page", async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await waitForGraph(page);
    const drop = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "archive.txt", { type: "text/plain" }));
      return transfer;
    }, ARCHIVE);
    await page.dispatchEvent("main", "dragover", { dataTransfer: drop });
    await page.dispatchEvent("main", "drop", { dataTransfer: drop });
    await expect.poll(() => reportText(page), { timeout: 45_000 }).toMatch(/Compiled 1 document\./);
    await waitForGraph(page);
    expect(await labels(page)).toContain("Quarry Valley Trust");
    expect(errors).toEqual([]);
  });

  it("offers to open a folder where no compiled data is served, and explores it", async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), "rabita-nodata-"));
    const folder = path.join(empty, "picked", "field-notes");
    await mkdir(path.join(folder, "2024"), { recursive: true });
    await writeFile(path.join(folder, "2024", "workshop.txt"), PRESS);
    await writeFile(path.join(folder, "archive.txt"), ARCHIVE);
    await writeFile(path.join(folder, ".draft.txt"), "The Hidden Draft Council met.");
    const served = await serveApp({ dataDir: path.join(empty, "data") });
    try {
      const { page, errors } = await openApp(app.browser, served.url, { waitReady: false });
      await page.getByRole("heading", { name: "No compiled data" }).waitFor();
      await openPanel(page);
      await page.getByTestId("open-folder").setInputFiles(folder);
      await page.waitForSelector("main[data-ready]", { timeout: 45_000 });
      await expect.poll(() => reportText(page)).toMatch(/Compiled 2 documents\./);
      await waitForGraph(page);
      const after = await labels(page);
      expect(after).toEqual(
        expect.arrayContaining(["Northwind Relief Network", "Quarry Valley Trust"]),
      );
      expect(after.join(" ")).not.toContain("Hidden Draft");
      // Ids are relative to the folder picked, as `npm run compile -- field-notes` gives them.
      const ids = await page.evaluate(() =>
        (
          window as unknown as {
            __rabita: {
              graph: {
                reduceNodes<T>(
                  fn: (acc: T, k: string, a: { mentions: { doc: string }[] }) => T,
                  init: T,
                ): T;
              };
            };
          }
        ).__rabita.graph.reduceNodes<string[]>(
          (acc, _k, a) => [...acc, ...a.mentions.map((m) => m.doc)],
          [],
        ),
      );
      expect([...new Set(ids)].sort()).toEqual(["2024/workshop.txt", "archive.txt"]);
      // The status line names the folder compiled, as for data compiled by the command line.
      await expect(page.getByTestId("source").textContent()).resolves.toMatch(
        /^field-notes\/, compiled /,
      );
      // Some page errors are expected here: the missing data files answered 404.
      expect(errors.filter((e) => !/404|Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await served.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});
