/**
 * Per-file front end of the compiler: decode, convert markup (HTML, markdown) to text, and
 * normalise. Produces either a NormalisedDocument or the reason a file was failed or skipped.
 */
import { decode } from "./decode.ts";
import type { DecodeOptions } from "./decode.ts";
import { htmlToText } from "./html.ts";
import { markdownToText } from "./markdown.ts";
import { normalise } from "./normalise.ts";
import type { NormalisedDocument } from "./types.ts";

/** One input to the compiler: bytes to read, or a file the caller already failed to read. */
export type CorpusFile =
  { id: string; bytes: Uint8Array } | { id: string; error: string; status?: "failed" | "skipped" };

/** A file after the front end. */
export type PreparedFile =
  | { ok: true; doc: NormalisedDocument; warnings: string[] }
  | { ok: false; id: string; status: "failed" | "skipped"; reason: string };

/** Milliseconds spent in the front end's stages, accumulated across files. */
export interface PrepareTimings {
  decode: number;
  markup: number;
  normalise: number;
}

/** Runs decode → markup → normalise on one file, adding time spent to `timings`. */
export function prepareFile(
  file: CorpusFile,
  options: Partial<DecodeOptions>,
  timings: PrepareTimings,
): PreparedFile {
  if (!("bytes" in file))
    return { ok: false, id: file.id, status: file.status ?? "failed", reason: file.error };
  let t = performance.now();
  const decoded = decode(file.bytes, file.id, options);
  timings.decode += performance.now() - t;
  if (!decoded.ok)
    return { ok: false, id: file.id, status: decoded.status, reason: decoded.reason };

  t = performance.now();
  let text = decoded.text;
  let markupTitle: string | undefined;
  if (decoded.format === "html") {
    const html = htmlToText(text);
    text = html.text;
    markupTitle = html.markupTitle === undefined ? undefined : normalise(html.markupTitle);
  } else if (decoded.format === "markdown") {
    text = markdownToText(text);
  }
  timings.markup += performance.now() - t;

  t = performance.now();
  text = normalise(text);
  timings.normalise += performance.now() - t;
  if (text === "") return { ok: false, id: file.id, status: "failed", reason: "no text content" };
  const doc: NormalisedDocument = markupTitle
    ? { id: file.id, text, markupTitle }
    : { id: file.id, text };
  return { ok: true, doc, warnings: decoded.warnings };
}
