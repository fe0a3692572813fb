// Decode stage: bad inputs first (empty, binary, broken encodings, oversized, unsupported).
import { describe, expect, it } from "vitest";
import { decode, extensionOf, formatOf } from "../../../src/compiler/decode.ts";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...xs: number[]): Uint8Array => new Uint8Array(xs);

function utf16(s: string, bigEndian: boolean, bom = true): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (bigEndian) out.push(c >> 8, c & 0xff);
    else out.push(c & 0xff, c >> 8);
  }
  return new Uint8Array(out);
}

function latin(s: string, extra: Record<string, number> = {}): Uint8Array {
  return new Uint8Array([...s].map((c) => extra[c] ?? c.charCodeAt(0)));
}

describe("decode: bad inputs", () => {
  it("fails an empty file", () => {
    expect(decode(new Uint8Array(), "a.txt")).toEqual({
      ok: false,
      status: "failed",
      reason: "empty file",
    });
  });

  it("fails a file of whitespace only", () => {
    expect(decode(utf8(" \n\t\n"), "a.txt")).toMatchObject({
      ok: false,
      status: "failed",
      reason: "no text",
    });
  });

  it("fails binary data with NUL bytes named .txt", () => {
    const result = decode(
      bytes(0x41, 0x00, 0x00, 0x00, 0x13, 0x88, 0x42, 0x00, 0x01, 0x02),
      "data.txt",
    );
    expect(result).toMatchObject({ ok: false, status: "failed" });
    expect(!result.ok && result.reason).toMatch(/binary/);
  });

  it("fails binary data made of control characters", () => {
    const noise = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x61));
    expect(decode(noise, "x.txt")).toMatchObject({
      ok: false,
      status: "failed",
      reason: "binary data (control characters)",
    });
  });

  it("names a PDF that pretends to be text", () => {
    expect(decode(utf8("%PDF-1.7\nhello"), "report.txt")).toMatchObject({
      ok: false,
      reason: "binary data (PDF)",
    });
  });

  it("fails a file over the size limit, naming sizes", () => {
    const result = decode(utf8("x".repeat(101)), "big.txt", { maxBytes: 100 });
    expect(result).toEqual({
      ok: false,
      status: "failed",
      reason: "file too large: 101 bytes (limit 100)",
    });
  });

  it("has a 5 MB default limit", () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61);
    expect(decode(big, "big.txt")).toMatchObject({ ok: false, status: "failed" });
    expect(decode(big.subarray(1), "big.txt")).toMatchObject({ ok: true });
  });

  it("skips unsupported extensions and files without one", () => {
    expect(decode(utf8("x"), "a.pdf")).toEqual({
      ok: false,
      status: "skipped",
      reason: "unsupported file type .pdf",
    });
    expect(decode(utf8("x"), "dir/README")).toMatchObject({
      ok: false,
      status: "skipped",
      reason: "unsupported file type (none)",
    });
  });
});

describe("decode: encodings", () => {
  it("reads UTF-8 with and without BOM, dropping the BOM", () => {
    expect(decode(utf8("Ünïcode — نص"), "a.txt")).toEqual({
      ok: true,
      text: "Ünïcode — نص",
      format: "text",
      warnings: [],
    });
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("hi")]), "a.txt")).toMatchObject({
      ok: true,
      text: "hi",
    });
  });

  it("reads UTF-16 LE and BE with BOM", () => {
    const text = "Beirut — بيروت, café";
    expect(decode(utf16(text, false), "a.txt")).toMatchObject({ ok: true, text, warnings: [] });
    expect(decode(utf16(text, true), "a.txt")).toMatchObject({ ok: true, text, warnings: [] });
  });

  it("recognises UTF-16 without BOM and says so", () => {
    const result = decode(
      utf16("Civil society organisations met in Amman.", false, false),
      "a.txt",
    );
    expect(result).toMatchObject({ ok: true, text: "Civil society organisations met in Amman." });
    expect(result.ok && result.warnings[0]).toMatch(/UTF-16LE/);
  });

  it("falls back from invalid UTF-8 to Windows-1252 with a warning", () => {
    const raw = latin("\u201cCaf\u00e9 r\u00e9sum\u00e9\u201d \u2013 \u20ac5", {
      "\u201c": 0x93,
      "\u201d": 0x94,
      "\u2013": 0x96,
      "\u20ac": 0x80,
    });
    const result = decode(raw, "a.txt");
    expect(result).toMatchObject({ ok: true, text: "\u201cCafé résumé\u201d \u2013 \u20ac5" });
    expect(result.ok && result.warnings).toEqual(["not valid UTF-8; decoded as Windows-1252"]);
  });

  it("falls back from invalid UTF-8 to Windows-1256 for Arabic", () => {
    // "المجتمع المدني" (civil society) in Windows-1256.
    const raw = bytes(
      0xc7,
      0xe1,
      0xe3,
      0xcc,
      0xca,
      0xe3,
      0xda,
      0x20,
      0xc7,
      0xe1,
      0xe3,
      0xcf,
      0xe4,
      0xed,
    );
    const result = decode(raw, "a.txt");
    expect(result).toMatchObject({ ok: true, text: "المجتمع المدني" });
    expect(result.ok && result.warnings).toEqual([
      "not valid UTF-8; decoded as Windows-1256 (Arabic)",
    ]);
  });

  it("keeps mostly valid UTF-8 as UTF-8, replacing the broken bytes", () => {
    const raw = new Uint8Array([...utf8("café crème brûlée naïve "), 0xff, ...utf8(" ok")]);
    const result = decode(raw, "a.txt");
    expect(result.ok && result.text).toBe("café crème brûlée naïve \ufffd ok");
    expect(result.ok && result.warnings[0]).toMatch(/1 broken sequence/);
  });

  it("tells formats apart by extension, case-insensitively", () => {
    expect(formatOf("a/B.HTM")).toBe("html");
    expect(formatOf("notes.md")).toBe("markdown");
    expect(formatOf(".txt")).toBeUndefined();
    expect(extensionOf("dir.d/file")).toBe("");
  });
});

describe("HTML charset from <meta>", () => {
  // "جمعية" in Windows-1256.
  const arabic = [0xcc, 0xe3, 0xda, 0xed, 0xc9];
  const page = (head: string) =>
    new Uint8Array([
      ...new TextEncoder().encode(`<html><head>${head}</head><body><p>`),
      ...arabic,
      ...new TextEncoder().encode("</p></body></html>"),
    ]);
  it("reads a page in the charset its <meta> names, in both spellings", () => {
    for (const head of [
      '<meta charset="windows-1256">',
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">',
      "<meta content='text/html;charset=WINDOWS-1256' http-equiv=content-type>",
    ]) {
      const r = decode(page(head), "page.html");
      expect(r.ok && r.text).toContain("جمعية");
    }
  });
  it("falls back to detection for a label it does not know", () => {
    const unknown = decode(page('<meta charset="x-no-such-charset">'), "page.html");
    expect(unknown.ok).toBe(true);
  });
  it("reads a page in ISO-8859-6 when its <meta> says so, which detection would not", () => {
    // "جمعية" in ISO-8859-6 differs from its Windows-1256 bytes.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="iso-8859-6"><p>'),
      0xcc,
      0xe5,
      0xd9,
      0xea,
      0xc9,
      ...new TextEncoder().encode("</p>"),
    ]);
    const r = decode(bytes, "page.html");
    expect(r.ok && r.text).toContain("جمعية");
  });
});
