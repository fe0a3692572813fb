// scripts/compile.ts end to end: exit codes 0/1/2, stderr lines, byte-identical output
// whatever the listing order, time zone or locale.
import { spawnSync } from "node:child_process";
import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile,
} from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocuments, parseGraph } from "../../../src/model/schema.ts";

const root = path.resolve(import.meta.dirname, "../../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const seeds = path.join(root, "seeds");
let tmp = "";

function compile(
  args: string[],
  env: Record<string, string> = {},
): { status: number | null; stderr: string } {
  const result = spawnSync(tsx, [path.join(root, "scripts/compile.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC", LANG: "C", ...env },
  });
  return { status: result.status, stderr: result.stderr };
}

async function seedFolder(name: string, order: "forward" | "reverse" = "forward"): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(dir, { recursive: true });
  const names = (await readdir(seeds)).filter((n) => n.endsWith(".txt")).slice(0, 3);
  if (order === "reverse") names.reverse();
  for (const n of names) await copyFile(path.join(seeds, n), path.join(dir, n));
  return dir;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "rabita-compile-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("scripts/compile.ts", () => {
  it("exits 0 and writes valid output when every document compiles", async () => {
    const input = await seedFolder("good");
    const out = path.join(tmp, "out-good");
    const { status, stderr } = compile([input, "--out", out]);
    expect(stderr).toMatch(/documents: 3 compiled, 0 failed, 0 skipped/);
    expect(stderr).toMatch(/^nodes: \d+ \(organisation \d+, funder \d+, person \d+, event \d+\)$/m);
    expect(status).toBe(0);
    expect((await readdir(out)).sort()).toEqual(["documents.json", "graph.json"]);
    parseGraph(JSON.parse(await readFile(path.join(out, "graph.json"), "utf8")));
    parseDocuments(JSON.parse(await readFile(path.join(out, "documents.json"), "utf8")));
  });

  it("exits 1 and names each failed or skipped file on stderr", async () => {
    const input = await seedFolder("mixed");
    await writeFile(
      path.join(input, "binary.txt"),
      new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]),
    );
    await writeFile(path.join(input, "empty.md"), "");
    await writeFile(path.join(input, "scan.pdf"), "%PDF-1.4");
    await symlink(path.join(input, "nowhere"), path.join(input, "broken.txt"));
    const out = path.join(tmp, "out-mixed");
    const { status, stderr } = compile([input, "--out", out]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^rabita: failed binary\.txt: binary data \(NUL bytes\)$/m);
    expect(stderr).toMatch(/^rabita: failed empty\.md: empty file$/m);
    expect(stderr).toMatch(/^rabita: skipped scan\.pdf: unsupported file type \.pdf$/m);
    expect(stderr).toMatch(/^rabita: cannot read broken\.txt: unreadable \(ENOENT\)$/m);
    const docs = parseDocuments(
      JSON.parse(await readFile(path.join(out, "documents.json"), "utf8")),
    );
    expect(
      docs.documents.filter((d) => d.status !== "compiled").map((d) => [d.id, d.status]),
    ).toEqual([
      ["binary.txt", "failed"],
      ["broken.txt", "failed"],
      ["empty.md", "failed"],
      ["scan.pdf", "skipped"],
    ]);
  });

  it("exits 2 for a missing input folder", () => {
    const { status, stderr } = compile([
      path.join(tmp, "no-such-folder"),
      "--out",
      path.join(tmp, "o1"),
    ]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/input folder not found/);
  });

  it("exits 2 and writes nothing when there are no documents", async () => {
    const input = path.join(tmp, "nodocs");
    await mkdir(input);
    await writeFile(path.join(input, "image.png"), "x");
    const out = path.join(tmp, "o2");
    const { status, stderr } = compile([input, "--out", out]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/no documents/);
    await expect(readdir(out)).rejects.toThrow();
  });

  it("exits 2 when the output folder cannot be written", async () => {
    const input = await seedFolder("unwritable");
    const blocker = path.join(tmp, "a-file");
    await writeFile(blocker, "x");
    const { status, stderr } = compile([input, "--out", path.join(blocker, "data")]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/could not write/);
  });

  it("writes byte-identical output whatever the listing order, time zone and locale", async () => {
    const a = await seedFolder("order-a", "forward");
    const b = await seedFolder("order-b", "reverse");
    const outA = path.join(tmp, "out-a");
    const outB = path.join(tmp, "out-b");
    expect(compile([a, "--out", outA]).status).toBe(0);
    const other = { TZ: "Asia/Baghdad", LANG: "ar_IQ.UTF-8", LC_ALL: "tr_TR.UTF-8" };
    expect(compile([b, "--out", outB], other).status).toBe(0);
    for (const name of ["graph.json", "documents.json"])
      expect(await readFile(path.join(outB, name))).toEqual(await readFile(path.join(outA, name)));
  });
});
