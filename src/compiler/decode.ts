/**
 * Decode stage: file bytes and name → text, or a reason the file was failed or skipped.
 * Knows the document formats we read, refuses binary data and oversized files, honours
 * byte order marks, and falls back from invalid UTF-8 to a legacy code page with a warning.
 */
import { charsetFromMeta } from "./html.ts";
import { decodeLegacy } from "./legacy-encoding.ts";

/** The document formats the compiler reads, by extension. */
export type DocumentFormat = "text" | "markdown" | "html";

const FORMATS: Record<string, DocumentFormat> = {
  ".txt": "text",
  ".md": "markdown",
  ".html": "html",
  ".htm": "html",
};

/** Outcome of decoding one file. */
export type DecodeResult =
  | { ok: true; text: string; format: DocumentFormat; warnings: string[] }
  | { ok: false; status: "failed" | "skipped"; reason: string };

export interface DecodeOptions {
  /** Largest file read, in bytes. */
  maxBytes: number;
}

/** Default decode options: files up to 5 MB. */
export const DECODE_DEFAULTS: DecodeOptions = { maxBytes: 5 * 1024 * 1024 };

const SAMPLE = 8192;

const MAGIC: [string, number[]][] = [
  ["PDF", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["ZIP or Office", [0x50, 0x4b, 0x03, 0x04]],
  ["PNG", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG", [0xff, 0xd8, 0xff]],
  ["GIF", [0x47, 0x49, 0x46, 0x38]],
  ["OLE (old Office)", [0xd0, 0xcf, 0x11, 0xe0]],
];

/** Lower-case extension of a file name or path, with its dot; "" when it has none. */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/** The format a file name says it holds, or undefined when we do not read that kind. */
export function formatOf(name: string): DocumentFormat | undefined {
  return FORMATS[extensionOf(name)];
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Guesses UTF-16 without a BOM from where the NUL bytes fall in ASCII-heavy text. */
function sniffUtf16(sample: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const half = sample.length / 2;
  if (half < 2) return undefined;
  if (oddNul / half > 0.3 && evenNul / half < 0.05) return "utf-16le";
  if (evenNul / half > 0.3 && oddNul / half < 0.05) return "utf-16be";
  return undefined;
}

/** Why a sample looks like binary data rather than text, or undefined when it looks like text. */
function binaryReason(sample: Uint8Array): string | undefined {
  for (const [name, magic] of MAGIC) if (startsWith(sample, magic)) return `binary data (${name})`;
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return "binary data (NUL bytes)";
    if (
      (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) ||
      b === 0x7f
    )
      controls++;
  }
  return controls / sample.length > 0.05 ? "binary data (control characters)" : undefined;
}

function decodeUtf8(bytes: Uint8Array): { text: string; warnings: string[] } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    // Not valid UTF-8: mostly-UTF-8 text with a few broken bytes keeps its UTF-8 reading.
  }
  const lossy = new TextDecoder("utf-8").decode(bytes);
  let broken = 0;
  let good = 0;
  for (let i = 0; i < lossy.length; i++) {
    const c = lossy.charCodeAt(i);
    if (c === 0xfffd) broken++;
    else if (c > 0x7f) good++;
  }
  if (good > broken * 2) {
    return { text: lossy, warnings: [`invalid UTF-8: ${broken} broken sequence(s) replaced`] };
  }
  const legacy = decodeLegacy(bytes);
  const name = legacy.encoding === "windows-1256" ? "Windows-1256 (Arabic)" : "Windows-1252";
  return { text: legacy.text, warnings: [`not valid UTF-8; decoded as ${name}`] };
}

function decodeText(bytes: Uint8Array): { text: string; warnings: string[] } | string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), warnings: [] };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), warnings: [] };
  const sample = bytes.subarray(0, SAMPLE);
  const utf16 = sniffUtf16(sample);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    return { text, warnings: [`no byte order mark; decoded as ${utf16.toUpperCase()}`] };
  }
  return binaryReason(sample) ?? decodeUtf8(bytes);
}

/**
 * An HTML page without a byte order mark that names a legacy charset in `<meta>` ("windows-
 * 1256", "iso-8859-6") is read in it; UTF-8, unknown labels and pages with a BOM are not.
 */
function decodeByMeta(bytes: Uint8Array): { text: string; warnings: string[] } | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe])) return undefined;
  if (startsWith(bytes, [0xfe, 0xff])) return undefined;
  const label = charsetFromMeta(bytes);
  if (!label || label === "utf-8") return undefined;
  try {
    return { text: new TextDecoder(label).decode(bytes), warnings: [] };
  } catch {
    return undefined;
  }
}

/**
 * Decodes one file. Unsupported extensions are skipped; empty, oversized and binary files
 * fail with a reason; text comes back without its BOM but otherwise as decoded.
 */
export function decode(
  bytes: Uint8Array,
  fileName: string,
  options: Partial<DecodeOptions> = {},
): DecodeResult {
  const { maxBytes } = { ...DECODE_DEFAULTS, ...options };
  const format = formatOf(fileName);
  if (!format) {
    const ext = extensionOf(fileName);
    return { ok: false, status: "skipped", reason: `unsupported file type ${ext || "(none)"}` };
  }
  if (bytes.length === 0) return { ok: false, status: "failed", reason: "empty file" };
  if (bytes.length > maxBytes) {
    const reason = `file too large: ${bytes.length} bytes (limit ${maxBytes})`;
    return { ok: false, status: "failed", reason };
  }
  const decoded = (format === "html" ? decodeByMeta(bytes) : undefined) ?? decodeText(bytes);
  if (typeof decoded === "string") return { ok: false, status: "failed", reason: decoded };
  if (decoded.text.trim() === "") return { ok: false, status: "failed", reason: "no text" };
  return { ok: true, text: decoded.text, format, warnings: decoded.warnings };
}
