// The seed graph's exports, kept in test-results/exports/ as artifacts of the test run.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportAll } from "../../../src/export/index.ts";
import { compileSeeds, root } from "./fixtures.ts";

describe("export artifacts", () => {
  it("writes every format of the seed graph to test-results/exports/", async () => {
    const { graph, documents } = await compileSeeds();
    const files = exportAll(graph, documents);
    expect(files.map((f) => f.name)).toEqual([
      "graph.gexf",
      "graph.graphml",
      "nodes.csv",
      "edges.csv",
      "entities.ftm.json",
    ]);
    const dir = path.join(root, "test-results", "exports");
    await mkdir(dir, { recursive: true });
    for (const file of files) {
      await writeFile(path.join(dir, file.name), file.content);
      expect(await readFile(path.join(dir, file.name), "utf8")).toBe(file.content);
      expect(file.content.length).toBeGreaterThan(0);
    }
  });
});
