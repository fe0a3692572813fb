/**
 * The compiler's entry point: files in, graph.json and documents.json data out. Pure and
 * synchronous, with no Node APIs, so it runs in a script and in a browser worker alike.
 * decode → markup → normalise → redact contacts (per file) → extract (corpus) → assemble →
 * lay out → validate.
 */
import { parseDocuments } from "../model/schema.ts";
import { FORMAT_VERSION } from "../model/types.ts";
import type { DocumentRecord, DocumentsFile, SerializedRabitaGraph } from "../model/types.ts";
import { ASSEMBLE_DEFAULTS, buildGraph, compareStrings, serialiseGraph } from "./assemble.ts";
import type { AssembleOptions, RabitaGraph } from "./assemble.ts";
import { extract } from "./extract/index.ts";
import { LAYOUT_DEFAULTS, layout } from "./layout.ts";
import type { LayoutOptions } from "./layout.ts";
import { PREPARE_DEFAULTS, prepareFile } from "./prepare.ts";
import type { CorpusFile, PreparedFile, PrepareTimings } from "./prepare.ts";
import { REDACTION_MARK } from "./redact.ts";
import { summarise } from "./summary.ts";
import type { CompileSummary } from "./summary.ts";
import type { DocumentMeta, Extraction, NormalisedDocument } from "./types.ts";

export type { CorpusFile } from "./prepare.ts";
export type { CompileSummary } from "./summary.ts";

/** A step of the compilation, reported as it happens. */
export interface CompileProgress {
  stage: "prepare" | "extract" | "assemble" | "layout" | "validate";
  done: number;
  total: number;
}

/** Compiler options, one typed object; see COMPILE_DEFAULTS. */
export interface CompileOptions {
  /** Largest file read, in bytes (default 5 MB). */
  maxBytes: number;
  /**
   * Keep e-mail addresses and telephone numbers in documents.json (default false: each is
   * replaced by a placeholder of the same length). Extraction never reads them either way.
   */
  keepContacts: boolean;
  /** Deepest HTML nesting read (default 10,000); a deeper page fails with its depth. */
  maxHtmlDepth: number;
  assemble: Partial<AssembleOptions>;
  layout: Partial<LayoutOptions>;
  /** Called after each file is prepared and at each later stage. */
  onProgress?: (progress: CompileProgress) => void;
  /** The language stages; defaults to the compiler's own `extract`. */
  extract: (docs: NormalisedDocument[]) => Extraction;
}

export const COMPILE_DEFAULTS: CompileOptions = {
  maxBytes: PREPARE_DEFAULTS.maxBytes,
  keepContacts: PREPARE_DEFAULTS.keepContacts,
  maxHtmlDepth: PREPARE_DEFAULTS.maxHtmlDepth,
  assemble: ASSEMBLE_DEFAULTS,
  layout: LAYOUT_DEFAULTS,
  extract,
};

export interface CompileResult {
  graph: SerializedRabitaGraph;
  documents: DocumentsFile;
  summary: CompileSummary;
  /** Contact details redacted from the published texts (zero with `keepContacts`). */
  redacted: { emails: number; phones: number };
  /** Milliseconds per stage; `extract.<name>` entries are the language stages' own. */
  timings: Record<string, number>;
}

function baseName(id: string): string {
  return id.slice(id.lastIndexOf("/") + 1);
}

function firstLine(text: string): string {
  const line = text.split("\n", 20).find((l) => l.trim() !== "") ?? "";
  return line.trim().slice(0, 200);
}

/**
 * The published form of a title taken from the analysed (redacted) text: the same span of
 * the published text, which differs only where contact details were kept.
 */
function publishedTitle(
  title: string,
  doc: NormalisedDocument,
  published: { text: string; markupTitle?: string },
): string {
  if (!title.includes(REDACTION_MARK) || published.text === doc.text) return title;
  if (title === doc.markupTitle) return published.markupTitle ?? title;
  const at = doc.text.indexOf(title);
  return at < 0 ? title : published.text.slice(at, at + title.length);
}

function toRecord(file: PreparedFile, meta: Map<string, DocumentMeta>): DocumentRecord {
  if (!file.ok)
    return {
      id: file.id,
      title: baseName(file.id),
      text: "",
      status: file.status,
      error: file.reason,
    };
  const { doc } = file;
  const m = meta.get(doc.id);
  const title = publishedTitle(
    m?.title || doc.markupTitle || firstLine(doc.text) || baseName(doc.id),
    doc,
    file.published,
  );
  const warnings = [...file.warnings, ...(m?.warnings ?? [])];
  // Keys in the contract's order, so the JSON reads the same as the schema.
  const record: DocumentRecord = {
    id: doc.id,
    title,
    ...(m?.date && { date: m.date }),
    text: file.published.text,
    status: "compiled",
    ...(warnings.length > 0 && { warnings }),
  };
  return record;
}

function time<T>(timings: Record<string, number>, name: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  timings[name] = (timings[name] ?? 0) + performance.now() - start;
  return result;
}

/**
 * Runs the language stages and builds the graph. A function of its own so the Extraction
 * becomes unreachable when it returns: layout and validation run without it in memory.
 */
function extractAndAssemble(
  docs: NormalisedDocument[],
  opts: CompileOptions,
  timings: Record<string, number>,
): { graph: RabitaGraph; meta: Map<string, DocumentMeta> } {
  const report = opts.onProgress ?? (() => undefined);
  report({ stage: "extract", done: 0, total: 1 });
  const extraction = time(timings, "extract", () =>
    docs.length > 0 ? opts.extract(docs) : { entities: [], relations: [], documents: [] },
  );
  for (const [name, ms] of Object.entries(extraction.timings ?? {}))
    timings[`extract.${name}`] = ms;
  report({ stage: "assemble", done: 0, total: 1 });
  const graph = time(timings, "assemble", () => buildGraph(extraction, opts.assemble));
  return { graph, meta: new Map(extraction.documents.map((d) => [d.id, d])) };
}

/**
 * Compiles a corpus. Output depends only on the files' ids and bytes (never on their order,
 * the clock or the locale); failed and skipped files are kept in documents.json with a reason.
 */
export function compileCorpus(
  files: CorpusFile[],
  options: Partial<CompileOptions> = {},
): CompileResult {
  const opts = { ...COMPILE_DEFAULTS, ...options };
  const report = opts.onProgress ?? (() => undefined);
  const sorted = [...files].sort((a, b) => compareStrings(a.id, b.id));
  const front: PrepareTimings = { decode: 0, markup: 0, normalise: 0, redact: 0 };
  const seen = new Set<string>();
  const prepared = sorted.map((file, i): PreparedFile => {
    const result = seen.has(file.id)
      ? {
          ok: false as const,
          id: file.id,
          status: "failed" as const,
          reason: "duplicate document id",
        }
      : prepareFile(file, opts, front);
    seen.add(file.id);
    report({ stage: "prepare", done: i + 1, total: sorted.length });
    return result;
  });
  const timings: Record<string, number> = { ...front };
  const docs = prepared.flatMap((p) => (p.ok ? [p.doc] : []));

  const { graph, meta } = extractAndAssemble(docs, opts, timings);
  report({ stage: "layout", done: 0, total: 1 });
  time(timings, "layout", () => layout(graph, opts.layout));
  report({ stage: "validate", done: 0, total: 1 });
  const serialised = time(timings, "validate", () => serialiseGraph(graph));
  const documents: DocumentsFile = {
    version: FORMAT_VERSION,
    documents: prepared.map((p) => toRecord(p, meta)),
  };
  time(timings, "validate", () => parseDocuments(documents));
  const redacted = { emails: 0, phones: 0 };
  if (!opts.keepContacts)
    for (const p of prepared)
      if (p.ok) {
        redacted.emails += p.contacts.emails;
        redacted.phones += p.contacts.phones;
      }
  return {
    graph: serialised,
    documents,
    summary: summarise(serialised, documents),
    redacted,
    timings,
  };
}
