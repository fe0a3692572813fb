// The script's file side: sorted walk, unreadable files, atomic validated writes.
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  symlink,
  writeFile,
} from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFound, unwritable, walk, writeOutputs } from "../../../scripts/compile-io.ts";
import { ContractError } from "../../../src/model/schema.ts";
import type { DocumentsFile, SerializedRabitaGraph } from "../../../src/model/types.ts";

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "rabita-io-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const graph = (label: string): SerializedRabitaGraph => ({
  options: { type: "directed", multi: true, allowSelfLoops: false },
  attributes: { version: 1, generator: "test" },
  nodes: [
    {
      key: "a",
      attributes: {
        label,
        kind: "organisation",
        aliases: [],
        mentions: [],
        x: 0,
        y: 0,
        size: 3,
        degree: 0,
      },
    },
  ],
  edges: [],
});
const documents: DocumentsFile = {
  version: 1,
  documents: [{ id: "a.txt", title: "A", text: "x", status: "compiled" }],
};

describe("walk and read", () => {
  it("lists files recursively with / ids in plain sorted order, ignoring dot files", async () => {
    await mkdir(path.join(dir, "sub", "deeper"), { recursive: true });
    for (const name of ["b.txt", "B.txt", "a.md", ".hidden.txt", "sub/z.txt", "sub/deeper/y.htm"])
      await writeFile(path.join(dir, name), "x");
    expect((await walk(dir)).map((f) => f.id)).toEqual([
      "B.txt",
      "a.md",
      "b.txt",
      "sub/deeper/y.htm",
      "sub/z.txt",
    ]);
  });

  it("turns a dangling link into a failed entry naming the problem", async () => {
    await symlink(path.join(dir, "nowhere"), path.join(dir, "broken.txt"));
    const [found] = await walk(dir);
    expect(found?.problem).toBe("unreadable (ENOENT)");
    expect(found && (await readFound(found, 100))).toEqual({
      id: "broken.txt",
      error: "unreadable (ENOENT)",
    });
  });

  it("does not read files over the limit", async () => {
    await writeFile(path.join(dir, "big.txt"), "x".repeat(50));
    const [found] = await walk(dir);
    expect(found && (await readFound(found, 10))).toEqual({
      id: "big.txt",
      error: "file too large: 50 bytes (limit 10)",
    });
  });
});

describe("links", () => {
  let outside = "";
  beforeEach(async () => {
    outside = await mkdtemp(path.join(os.tmpdir(), "rabita-outside-"));
    await writeFile(path.join(outside, "passwd.txt"), "root:x:0:0");
    await mkdir(path.join(outside, "folder"));
    await writeFile(path.join(outside, "folder", "x.txt"), "x");
  });
  afterEach(async () => {
    await rm(outside, { recursive: true, force: true });
  });

  it("skips files and folders that links lead to outside the folder, reads links inside it", async () => {
    await mkdir(path.join(dir, "in"));
    await writeFile(path.join(dir, "in", "a.txt"), "a");
    await symlink(path.join(outside, "passwd.txt"), path.join(dir, "in", "notes.txt"));
    await symlink(path.join(outside, "folder"), path.join(dir, "in", "ext"));
    await symlink("a.txt", path.join(dir, "in", "alias.txt"));
    await symlink(".", path.join(dir, "in", "loop"));
    const found = await walk(path.join(dir, "in"));
    expect(found.map((f) => [f.id, f.status ?? "", f.problem ?? ""])).toEqual([
      ["a.txt", "", ""],
      ["alias.txt", "", ""],
      [
        "ext",
        "skipped",
        "link to a folder outside the input folder (not followed; --follow-links follows it)",
      ],
      [
        "loop",
        "skipped",
        "link to a folder inside the input folder (not followed: its files are read where they are)",
      ],
      [
        "notes.txt",
        "skipped",
        "link to a file outside the input folder (not read; --follow-links reads it)",
      ],
    ]);
    const notes = found.find((f) => f.id === "notes.txt");
    expect(notes && (await readFound(notes, 100))).toEqual({
      id: "notes.txt",
      error: "link to a file outside the input folder (not read; --follow-links reads it)",
      status: "skipped",
    });
    const alias = found.find((f) => f.id === "alias.txt");
    expect(alias && (await readFound(alias, 100))).toMatchObject({ id: "alias.txt" });
  });

  it("follows them with followLinks, without going round a loop", async () => {
    await symlink(path.join(outside, "passwd.txt"), path.join(dir, "notes.txt"));
    await symlink(path.join(outside, "folder"), path.join(dir, "ext"));
    await symlink(".", path.join(dir, "loop"));
    const found = await walk(dir, { followLinks: true });
    expect(found.map((f) => [f.id, f.status ?? "compiled"])).toEqual([
      ["ext/x.txt", "compiled"],
      ["loop", "skipped"],
      ["notes.txt", "compiled"],
    ]);
  });

  it("does not read a file swapped for a link to outside after the walk", async () => {
    await writeFile(path.join(dir, "a.txt"), "a");
    const [found] = await walk(dir);
    await rename(path.join(dir, "a.txt"), path.join(dir, "old.txt"));
    await symlink(path.join(outside, "passwd.txt"), path.join(dir, "a.txt"));
    expect(found && (await readFound(found, 100))).toMatchObject({ status: "skipped" });
  });
});

describe("unwritable", () => {
  it("accepts a writable folder, creating it when missing, and leaves no probe behind", async () => {
    expect(await unwritable(dir)).toBeUndefined();
    expect(await unwritable(path.join(dir, "new", "deeper"))).toBeUndefined();
    expect(await readdir(dir)).toEqual(["new"]);
    expect(await readdir(path.join(dir, "new", "deeper"))).toEqual([]);
  });

  it("names the problem with a file in the way", async () => {
    await writeFile(path.join(dir, "file"), "x");
    expect(await unwritable(path.join(dir, "file"))).toBe("not a folder");
    expect(await unwritable(path.join(dir, "file", "data"))).toBe(
      "cannot create the folder (ENOTDIR)",
    );
  });
});

describe("writeOutputs", () => {
  it("writes both files and leaves no temporary files", async () => {
    await writeOutputs(dir, graph("A"), documents);
    expect((await readdir(dir)).sort()).toEqual(["documents.json", "graph.json"]);
    expect(JSON.parse(await readFile(path.join(dir, "graph.json"), "utf8"))).toEqual(graph("A"));
  });

  it("writes nothing when validation fails, keeping the previous output", async () => {
    await writeOutputs(dir, graph("A"), documents);
    const before = await readFile(path.join(dir, "graph.json"), "utf8");
    await expect(writeOutputs(dir, graph(""), documents)).rejects.toBeInstanceOf(ContractError);
    expect((await readdir(dir)).sort()).toEqual(["documents.json", "graph.json"]);
    expect(await readFile(path.join(dir, "graph.json"), "utf8")).toBe(before);
  });

  it("cleans up temporary files when a write fails", async () => {
    await mkdir(path.join(dir, "graph.json"));
    await writeFile(path.join(dir, "graph.json", "keep"), "x");
    await expect(writeOutputs(dir, graph("A"), documents)).rejects.toThrow();
    expect((await readdir(dir)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    expect(await readdir(dir)).not.toContain("documents.json");
  });
});
