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
import { analyseDocument, extract, extractAnalysed } from "./extract/index.ts";
import type { DocAnalysis } from "./extract/model.ts";
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
export type { DocAnalysis } from "./extract/model.ts";

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

/** What the per-document map (`compileDocument`) yields for one file; structured-clone-safe. */
export interface DocumentResult {
  prepared: PreparedFile;
  /** The document's analysis (tokens parked), when it compiled and `analyse` was on. */
  analysis?: DocAnalysis;
  /** Milliseconds this file spent in the front end's stages and in recognition. */
  timings: PrepareTimings & { recognise: number };
}

/** The options `compileDocument` reads: plain data, so they can be posted to a worker. */
export interface DocumentOptions {
  maxBytes: number;
  keepContacts: boolean;
  maxHtmlDepth: number;
  /**
   * Run recognition (the per-document language stage) too (default true). Only the
   * compiler's own `extract` uses the result; with another extractor it is wasted work.
   */
  analyse: boolean;
}

/**
 * The files in the order they are compiled: sorted by id (stably), each repeat of an id
 * replaced by a failed entry, so every entry can then be compiled on its own.
 */
export function orderFiles(files: CorpusFile[]): CorpusFile[] {
  const sorted = [...files].sort((a, b) => compareStrings(a.id, b.id));
  const seen = new Set<string>();
  return sorted.map((file) => {
    const repeat = seen.has(file.id);
    seen.add(file.id);
    return repeat
      ? { id: file.id, error: "duplicate document id", status: "failed" as const }
      : file;
  });
}

/**
 * The per-document map: decode, markup, normalise, redact and recognise one file. Depends on
 * that file alone and returns plain data, so a caller may run it in worker threads; give its
 * results to `finishCompile`. Files come from `orderFiles` (which fails repeated ids).
 */
export function compileDocument(
  file: CorpusFile,
  options: Partial<DocumentOptions> = {},
): DocumentResult {
  const timings = { decode: 0, markup: 0, normalise: 0, redact: 0, recognise: 0 };
  const prepared = prepareFile(file, options, timings);
  if (!prepared.ok || options.analyse === false) return { prepared, timings };
  const start = performance.now();
  const analysis = analyseDocument(prepared.doc);
  timings.recognise = performance.now() - start;
  return { prepared, analysis, timings };
}

/**
 * Runs the language stages and builds the graph. A function of its own so the Extraction
 * becomes unreachable when it returns: layout and validation run without it in memory.
 * Takes the analyses out of `results` (so they go with the Extraction).
 */
function extractAndAssemble(
  results: DocumentResult[],
  opts: CompileOptions,
  timings: Record<string, number>,
): { graph: RabitaGraph; meta: Map<string, DocumentMeta> } {
  const report = opts.onProgress ?? (() => undefined);
  report({ stage: "extract", done: 0, total: 1 });
  const ok = results.flatMap((r) => (r.prepared.ok ? [{ r, doc: r.prepared.doc }] : []));
  const own = opts.extract === extract;
  const recognised = own ? (timings.recognise ?? 0) : 0;
  delete timings.recognise;
  const extraction = time(timings, "extract", () => {
    if (ok.length === 0) return { entities: [], relations: [], documents: [] };
    if (!own) return opts.extract(ok.map((o) => o.doc));
    const analysed = ok.map(({ r, doc }) => {
      const analysis = r.analysis ?? analyseDocument(doc);
      r.analysis = undefined;
      return { doc, analysis };
    });
    ok.length = 0;
    return extractAnalysed(analysed, { recognise: recognised });
  });
  timings.extract = (timings.extract ?? 0) + recognised;
  for (const [name, ms] of Object.entries(extraction.timings ?? {}))
    timings[`extract.${name}`] = ms;
  report({ stage: "assemble", done: 0, total: 1 });
  const graph = time(timings, "assemble", () => buildGraph(extraction, opts.assemble));
  return { graph, meta: new Map(extraction.documents.map((d) => [d.id, d])) };
}

/**
 * Compiles a corpus. Output depends only on the files' ids and bytes (never on their order,
 * the clock or the locale); failed and skipped files are kept in documents.json with a reason.
 * Exactly `finishCompile(orderFiles(files).map(compileDocument))`, with progress reported.
 */
export function compileCorpus(
  files: CorpusFile[],
  options: Partial<CompileOptions> = {},
): CompileResult {
  const opts = { ...COMPILE_DEFAULTS, ...options };
  const report = opts.onProgress ?? (() => undefined);
  const ordered = orderFiles(files);
  const docOptions = { ...opts, analyse: opts.extract === extract };
  const results = ordered.map((file, i) => {
    const result = compileDocument(file, docOptions);
    report({ stage: "prepare", done: i + 1, total: ordered.length });
    return result;
  });
  return finishCompile(results, opts);
}

/**
 * The corpus part of the compilation, from `compileDocument`'s results for every file of
 * `orderFiles` (in any order: they are sorted by id here, so the order in which workers
 * finished never matters): corpus names, resolution, relations, assembly, layout and
 * validation. Takes the analyses out of `results` as it goes.
 */
export function finishCompile(
  results: DocumentResult[],
  options: Partial<CompileOptions> = {},
): CompileResult {
  const opts = { ...COMPILE_DEFAULTS, ...options };
  const report = opts.onProgress ?? (() => undefined);
  const idOf = (p: PreparedFile): string => (p.ok ? p.doc.id : p.id);
  const sorted = [...results].sort((a, b) => compareStrings(idOf(a.prepared), idOf(b.prepared)));
  const timings: Record<string, number> = {
    decode: 0,
    markup: 0,
    normalise: 0,
    redact: 0,
    recognise: 0,
  };
  for (const r of sorted)
    for (const [name, ms] of Object.entries(r.timings)) timings[name] = (timings[name] ?? 0) + ms;
  const prepared = sorted.map((r) => r.prepared);

  const { graph, meta } = extractAndAssemble(sorted, opts, timings);
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
