/**
 * Per-file front end of the compiler: decode, convert markup (HTML, markdown) to text,
 * normalise and redact contact details. Produces either a NormalisedDocument or the reason
 * a file was failed or skipped.
 */
import { DECODE_DEFAULTS, decode } from "./decode.ts";
import type { DecodeOptions } from "./decode.ts";
import { htmlToText } from "./html.ts";
import { markdownToText } from "./markdown.ts";
import { normalise } from "./normalise.ts";
import { redactContacts } from "./redact.ts";
import { unwrapHardWraps } from "./unwrap.ts";
import type { NormalisedDocument } from "./types.ts";

/** One input to the compiler: bytes to read, or a file the caller already failed to read. */
export type CorpusFile =
  { id: string; bytes: Uint8Array } | { id: string; error: string; status?: "failed" | "skipped" };

/** Options of the front end; see PREPARE_DEFAULTS. */
export interface PrepareOptions extends DecodeOptions {
  /**
   * Keep e-mail addresses and telephone numbers in the published text. The language stages
   * read the redacted text either way, so no mention falls inside an address.
   */
  keepContacts: boolean;
  /**
   * Deepest nesting of HTML elements read. The HTML parser's work grows with the square of
   * the depth, so a page nested deeper (never a real article) fails instead of hanging.
   */
  maxHtmlDepth: number;
}

/** Default front-end options: files up to 5 MB, contacts redacted, HTML up to 10,000 levels deep. */
export const PREPARE_DEFAULTS: PrepareOptions = {
  ...DECODE_DEFAULTS,
  keepContacts: false,
  maxHtmlDepth: 10_000,
};

/** A file after the front end. */
export type PreparedFile =
  | {
      ok: true;
      /** What the language stages read: contact details redacted. */
      doc: NormalisedDocument;
      /** What documents.json publishes: `doc`'s text, or the same text with its contacts kept. */
      published: { text: string; markupTitle?: string };
      warnings: string[];
      /** Contact details redacted from `doc`. */
      contacts: { emails: number; phones: number };
    }
  | { ok: false; id: string; status: "failed" | "skipped"; reason: string };

/** Milliseconds spent in the front end's stages, accumulated across files. */
export interface PrepareTimings {
  decode: number;
  markup: number;
  normalise: number;
  redact: number;
}

/** Elements that never hold others (no end tag). */
const VOID_ELEMENTS = new Set(
  "area base br col embed hr img input keygen link meta param source track wbr".split(" "),
);
/** Elements whose end tag may be left out: the parser closes them itself. */
const OPTIONAL_END = new Set(
  "p li dt dd tr td th option optgroup rb rt rp rtc thead tbody tfoot colgroup caption html head body".split(
    " ",
  ),
);
/** Elements whose content is text, not markup. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title"]);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(\/?)>/y;

/**
 * Nesting depth of an HTML page as its open and end tags say, in one linear pass (comments
 * and script or style content skipped; elements the parser closes itself not counted).
 */
export function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  let p = html.indexOf("<");
  while (p >= 0) {
    if (html.startsWith("<!--", p)) {
      const end = html.indexOf("-->", p + 4);
      if (end < 0) break;
      p = html.indexOf("<", end + 3);
      continue;
    }
    TAG.lastIndex = p;
    const m = TAG.exec(html);
    if (!m) {
      p = html.indexOf("<", p + 1);
      continue;
    }
    const name = (m[2] ?? "").toLowerCase();
    let next = p + m[0].length;
    if (m[1]) {
      if (!VOID_ELEMENTS.has(name) && !OPTIONAL_END.has(name)) depth = Math.max(0, depth - 1);
    } else if (!m[3] && !VOID_ELEMENTS.has(name)) {
      if (RAW_TEXT.has(name)) {
        const close = new RegExp(`</${name}\\b`, "gi");
        close.lastIndex = next;
        const end = close.exec(html);
        if (!end) break;
        next = end.index;
      } else if (!OPTIONAL_END.has(name)) {
        depth++;
        if (depth > deepest) deepest = depth;
      }
    }
    p = html.indexOf("<", next);
  }
  return deepest;
}

/** Runs decode → markup → normalise → redact on one file, adding time spent to `timings`. */
export function prepareFile(
  file: CorpusFile,
  options: Partial<PrepareOptions>,
  timings: PrepareTimings,
): PreparedFile {
  const opts = { ...PREPARE_DEFAULTS, ...options };
  if (!("bytes" in file))
    return { ok: false, id: file.id, status: file.status ?? "failed", reason: file.error };
  let t = performance.now();
  const decoded = decode(file.bytes, file.id, opts);
  timings.decode += performance.now() - t;
  if (!decoded.ok)
    return { ok: false, id: file.id, status: decoded.status, reason: decoded.reason };

  t = performance.now();
  let text = decoded.text;
  let markupTitle: string | undefined;
  if (decoded.format === "html") {
    const depth = htmlDepth(text);
    if (depth > opts.maxHtmlDepth) {
      timings.markup += performance.now() - t;
      const reason = `HTML nested too deeply: ${depth} levels (limit ${opts.maxHtmlDepth})`;
      return { ok: false, id: file.id, status: "failed", reason };
    }
    const html = htmlToText(text);
    text = html.text;
    markupTitle = html.markupTitle === undefined ? undefined : normalise(html.markupTitle);
  } else if (decoded.format === "markdown") {
    // (Unwrapped while its list markers still show where items start.)
    text = markdownToText(unwrapHardWraps(normalise(text)));
  }
  timings.markup += performance.now() - t;

  t = performance.now();
  text = normalise(text);
  // (Plain text may be hard-wrapped; HTML's lines are its blocks.)
  if (decoded.format === "text") text = normalise(unwrapHardWraps(text));
  timings.normalise += performance.now() - t;
  if (text === "") return { ok: false, id: file.id, status: "failed", reason: "no text content" };
  t = performance.now();
  const redacted = redactContacts(text);
  const title = markupTitle === undefined ? undefined : redactContacts(markupTitle).text;
  timings.redact += performance.now() - t;
  const doc: NormalisedDocument = title
    ? { id: file.id, text: redacted.text, markupTitle: title }
    : { id: file.id, text: redacted.text };
  const published = opts.keepContacts
    ? { text, ...(markupTitle && { markupTitle }) }
    : { text: doc.text, ...(doc.markupTitle && { markupTitle: doc.markupTitle }) };
  return {
    ok: true,
    doc,
    published,
    warnings: decoded.warnings,
    contacts: { emails: redacted.emails, phones: redacted.phones },
  };
}
