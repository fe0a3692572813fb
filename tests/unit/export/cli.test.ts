// scripts/export.ts end to end: --help, one-line errors with exit 2, atomic byte-identical
// output with exit 0.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileData, root } from "./fixtures.ts";

const tsx = path.join(root, "node_modules/.bin/tsx");
const FILES = ["edges.csv", "entities.ftm.json", "graph.gexf", "graph.graphml", "nodes.csv"];
let tmp = "";
let data = "";

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tsx, [path.join(root, "scripts/export.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC", LANG: "C" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function dataFolder(name: string, graph: string, documents: string): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "graph.json"), graph);
  await writeFile(path.join(dir, "documents.json"), documents);
  return dir;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "rabita-export-"));
  const { graph, documents } = hostileData();
  data = await dataFolder("data", JSON.stringify(graph), JSON.stringify(documents));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function expectOneLineError(result: ReturnType<typeof run>, pattern: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(/^rabita export: [^\n]+\n$/);
  expect(result.stderr).toMatch(pattern);
}

describe("scripts/export.ts", () => {
  it("prints usage with --help and exits 0", () => {
    const { status, stdout } = run(["--help"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run export -- \[data folder\] --out <folder>/);
    for (const file of FILES) expect(stdout).toContain(file);
  });

  it("writes the five files atomically, byte-identical on a second run, and exits 0", async () => {
    const out = path.join(tmp, "out", "nested");
    const first = run([data, "--out", out]);
    const order = ["graph.gexf", "graph.graphml", "nodes.csv", "edges.csv", "entities.ftm.json"];
    expect(first.stderr.trimEnd().split("\n")).toEqual(
      order.map((f) =>
        expect.stringMatching(new RegExp(`^wrote .*/${f.replace(".", "\\.")} \\(\\d+ bytes\\)$`)),
      ),
    );
    expect(first.status).toBe(0);
    expect((await readdir(out)).sort()).toEqual(FILES);
    const before = await Promise.all(FILES.map((f) => readFile(path.join(out, f))));
    const second = run([data, "--out", out]);
    expect(second.status).toBe(0);
    expect((await readdir(out)).sort()).toEqual(FILES);
    const after = await Promise.all(FILES.map((f) => readFile(path.join(out, f))));
    for (const [i, f] of FILES.entries())
      expect([f, after[i]!.equals(before[i]!)]).toEqual([f, true]);
  });

  it("rejects bad arguments with one line and exit 2", () => {
    expectOneLineError(run([data]), /missing --out <folder>/);
    expectOneLineError(run([data, "--out"]), /--out/);
    expectOneLineError(run([data, "--out", tmp, "--bogus"]), /bogus/);
    expectOneLineError(run([data, data, "--out", tmp]), /expected one data folder, got 2/);
    expectOneLineError(
      run([path.join(tmp, "nowhere"), "--out", tmp]),
      /data folder not found: .*nowhere/,
    );
  });

  it("names the unreadable or invalid file and writes nothing", async () => {
    const { documents } = hostileData();
    const docs = JSON.stringify(documents);
    const out = path.join(tmp, "never");
    const noGraph = path.join(tmp, "no-graph");
    await mkdir(noGraph, { recursive: true });
    expectOneLineError(
      run([noGraph, "--out", out]),
      /cannot read .*no-graph\/graph\.json \(ENOENT\)/,
    );
    const truncated = await dataFolder("truncated", '{"nodes": [', docs);
    expectOneLineError(run([truncated, "--out", out]), /truncated\/graph\.json is not valid JSON/);
    const wrong = await dataFolder("wrong", JSON.stringify({ nodes: 3 }), docs);
    expectOneLineError(run([wrong, "--out", out]), /invalid data: .*wrong\/graph\.json: /);
    const badDocs = await dataFolder("bad-docs", JSON.stringify(hostileData().graph), "[]");
    expectOneLineError(run([badDocs, "--out", out]), /bad-docs\/documents\.json: /);
    await expect(readdir(out)).rejects.toThrow();
  });
});
