// scripts/compile.ts end to end: exit codes 0/1/2, stderr lines, byte-identical output
// whatever the listing order, time zone or locale; usage, version and argument errors; links
// that lead out of the input folder; redacted contacts.
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
): { status: number | null; stderr: string; stdout: string } {
  const result = spawnSync(tsx, [path.join(root, "scripts/compile.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC", LANG: "C", ...env },
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

async function documentsIn(out: string) {
  return parseDocuments(JSON.parse(await readFile(path.join(out, "documents.json"), "utf8")));
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
    const before = Date.now();
    const { status, stderr } = compile([input, "--out", out]);
    const after = Date.now();
    expect(stderr).toMatch(/documents: 3 compiled, 0 failed, 0 skipped/);
    expect(stderr).toMatch(/^nodes: \d+ \(organisation \d+, funder \d+, person \d+, event \d+\)$/m);
    expect(status).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      "documents.json",
      "frame.json",
      "graph.json",
      "meta.json",
    ]);
    parseGraph(JSON.parse(await readFile(path.join(out, "graph.json"), "utf8")));
    parseDocuments(JSON.parse(await readFile(path.join(out, "documents.json"), "utf8")));
    // meta.json names the folder (by name only, outside the working folder), the time and counts.
    const meta = JSON.parse(await readFile(path.join(out, "meta.json"), "utf8")) as {
      input: string;
      compiledAt: string;
      documents: Record<string, number>;
    };
    expect(meta.input).toBe("good");
    expect(Date.parse(meta.compiledAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(meta.compiledAt)).toBeLessThanOrEqual(after);
    expect(meta.documents).toEqual({ compiled: 3, failed: 0, skipped: 0 });
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

  it("exits 2 when the output folder cannot be written, before compiling anything", async () => {
    const input = await seedFolder("unwritable");
    const blocker = path.join(tmp, "a-file");
    await writeFile(blocker, "x");
    const { status, stderr } = compile([input, "--out", path.join(blocker, "data")]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/could not write/);
    expect(stderr).not.toMatch(/reading|decoding|extracting/);
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

describe("the command line", () => {
  it("prints usage for --help and -h, and the version for --version", async () => {
    const help = compile(["--help"]);
    expect(help.status).toBe(0);
    for (const part of [
      /^Usage: npm run compile -- \[input folder\] \[options\]/,
      /input folder .*\(default: seeds\)/,
      /--out <folder> .*\(default: public\/data\)/,
      /--max-bytes <n> .*\(default: 5242880/,
      /--follow-links/,
      /--keep-contacts/,
      /Exit status:\n {2}0 .*\n {2}1 .*\n[^]*\n {2}2 /,
      /Example:\n {2}npm run compile -- /,
      /npm run build && npm run preview/,
    ])
      expect(help.stdout).toMatch(part);
    expect(compile(["-h"]).stdout).toBe(help.stdout);
    const pkg = JSON.parse(await readFile(path.join(root, "package.json"), "utf8")) as {
      version: string;
    };
    const version = compile(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`rabita ${pkg.version}\n`);
  });

  it("answers a bad argument with one line and the usage hint, exit 2, no stack trace", async () => {
    const file = path.join(tmp, "a-document.txt");
    await writeFile(file, "The Alpha Foundation met.");
    const cases: [string[], RegExp][] = [
      [["--bogus"], /^rabita: unknown option --bogus$/],
      [["seeds", "--out"], /^rabita: option --out needs a value$/],
      [["--max-bytes", "lots"], /^rabita: --max-bytes must be a positive whole number/],
      [[file], /^rabita: input is a file, not a folder: /],
    ];
    for (const [args, message] of cases) {
      const { status, stderr, stdout } = compile(args);
      expect(status).toBe(2);
      const lines = stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(message);
      expect(lines[1]).toBe("Try 'npm run compile -- --help' for usage.");
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(stdout).toBe("");
    }
  });
});

describe("links and contacts", () => {
  it("skips links that lead outside the input folder and names them; --follow-links reads them", async () => {
    const input = await seedFolder("links");
    const outside = path.join(tmp, "outside");
    await mkdir(path.join(outside, "folder"), { recursive: true });
    await writeFile(path.join(outside, "secret.txt"), "The Secret Passwords Foundation met.");
    await writeFile(path.join(outside, "folder", "x.txt"), "The Hidden Network met in Amman.");
    await symlink(path.join(outside, "secret.txt"), path.join(input, "notes.txt"));
    await symlink(path.join(outside, "folder"), path.join(input, "elsewhere"));
    const out = path.join(tmp, "out-links");
    const { status, stderr } = compile([input, "--out", out]);
    expect(status).toBe(0);
    expect(stderr).toMatch(
      /^rabita: skipped notes\.txt: link to a file outside the input folder \(not read; --follow-links reads it\)$/m,
    );
    expect(stderr).toMatch(
      /^rabita: skipped elsewhere: link to a folder outside the input folder/m,
    );
    expect(stderr).toMatch(/documents: 3 compiled, 0 failed, 2 skipped/);
    const docs = await documentsIn(out);
    expect(
      docs.documents.filter((d) => d.status !== "compiled").map((d) => [d.id, d.status, d.text]),
    ).toEqual([
      ["elsewhere", "skipped", ""],
      ["notes.txt", "skipped", ""],
    ]);
    expect(JSON.stringify(docs)).not.toMatch(/Secret Passwords|Hidden Network/);

    const followed = path.join(tmp, "out-followed");
    expect(compile([input, "--out", followed, "--follow-links"]).status).toBe(0);
    const all = await documentsIn(followed);
    expect(all.documents.map((d) => [d.id, d.status])).toContainEqual(["notes.txt", "compiled"]);
    expect(all.documents.map((d) => [d.id, d.status])).toContainEqual([
      "elsewhere/x.txt",
      "compiled",
    ]);
  });

  it("redacts e-mail addresses and telephone numbers unless --keep-contacts", async () => {
    const input = path.join(tmp, "contacts");
    await mkdir(input);
    const text =
      "UNOPS organised the Amman Conference on Human Rights.\n\nContact Laetitia Kraus, UNOPS laetitiak@unops.org, +962 6 555 1234.";
    await writeFile(path.join(input, "a.txt"), text);
    const out = path.join(tmp, "out-contacts");
    const { status, stderr } = compile([input, "--out", out]);
    expect(status).toBe(0);
    expect(stderr).toMatch(/contacts: 1 e-mail address\(es\) and 1 telephone number\(s\) redacted/);
    const [doc] = (await documentsIn(out)).documents;
    expect(doc?.text).toHaveLength(text.length);
    expect(doc?.text).not.toMatch(/laetitiak|unops\.org|555 1234/);
    const graph = parseGraph(JSON.parse(await readFile(path.join(out, "graph.json"), "utf8")));
    const at = text.indexOf("laetitiak@");
    for (const node of graph.nodes)
      for (const m of node.attributes.mentions)
        expect(m.end <= at || m.start >= at + "laetitiak@unops.org".length).toBe(true);

    const kept = path.join(tmp, "out-kept");
    expect(compile([input, "--out", kept, "--keep-contacts"]).status).toBe(0);
    expect((await documentsIn(kept)).documents[0]?.text).toBe(text);
  });
});
