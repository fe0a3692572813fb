/**
 * The app's one I/O module: fetches the compiled data and validates it against the contract.
 * Every outcome is a value the shell can show, never a blank page.
 */
import { parseDocuments, parseGraph } from "../../model/schema.ts";
import { makeDataset } from "./dataset.ts";
import type { Dataset } from "./dataset.ts";

export type LoadResult =
  | { status: "ok"; dataset: Dataset }
  | { status: "missing"; file: string }
  | { status: "invalid"; message: string };

async function fetchJson(
  base: string,
  file: string,
): Promise<{ ok: true; data: unknown } | LoadResult> {
  let response: Response;
  try {
    response = await fetch(`${base}${file}`);
  } catch {
    return { status: "missing", file };
  }
  if (!response.ok) return { status: "missing", file };
  const type = response.headers.get("content-type") ?? "";
  // A static server without the file (`vite preview`) answers with the app's index.html.
  if (/^text\/html\b/i.test(type)) return { status: "missing", file };
  // Declared JSON is parsed straight from the body: one pass, no intermediate string.
  if (/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    try {
      return { ok: true, data: (await response.json()) as unknown };
    } catch (error) {
      return { status: "invalid", message: `${file}: not valid JSON (${String(error)})` };
    }
  }
  // Any other type (or none): an HTML page served as something else is missing data too.
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { status: "missing", file };
  }
  if (looksLikeHtml(text)) return { status: "missing", file };
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    return { status: "invalid", message: `${file}: not valid JSON (${String(error)})` };
  }
}

/** Whether a body is an HTML page rather than data (`<!doctype html>`, `<html>`). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype\s+html|html[\s>])/i.test(text.slice(0, 64).replace(/^\uFEFF/, ""));
}

/** Loads `graph.json` and `documents.json` from `base` (default `data/`). */
export async function loadData(base = "data/"): Promise<LoadResult> {
  const [graphRes, docsRes] = await Promise.all([
    fetchJson(base, "graph.json"),
    fetchJson(base, "documents.json"),
  ]);
  if (!("ok" in graphRes)) return graphRes;
  if (!("ok" in docsRes)) return docsRes;
  try {
    performance.mark("rabita:data-fetched");
    const graph = parseGraph(graphRes.data);
    const docs = parseDocuments(docsRes.data);
    performance.mark("rabita:data-valid");
    const dataset = makeDataset(graph, docs);
    performance.mark("rabita:data-loaded");
    return { status: "ok", dataset };
  } catch (error) {
    return { status: "invalid", message: error instanceof Error ? error.message : String(error) };
  }
}

/** What `meta.json` says about the compiled data: the folder, when, and the documents. */
export interface DataMeta {
  input: string;
  compiledAt: string;
  documents: { compiled: number; failed: number; skipped: number };
}

function isCount(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

/** Reads `meta.json` when it is there and well formed; null otherwise (older compiles have none). */
export function parseMeta(data: unknown): DataMeta | null {
  if (!data || typeof data !== "object") return null;
  const { input, compiledAt, documents } = data as Record<string, unknown>;
  if (typeof input !== "string" || typeof compiledAt !== "string") return null;
  if (Number.isNaN(Date.parse(compiledAt)) || !documents || typeof documents !== "object")
    return null;
  const { compiled, failed, skipped } = documents as Record<string, unknown>;
  if (!isCount(compiled) || !isCount(failed) || !isCount(skipped)) return null;
  return { input, compiledAt, documents: { compiled, failed, skipped } };
}

/** Loads `meta.json` from `base`; null when it is missing or not meta. Never throws. */
export async function loadMeta(base = "data/"): Promise<DataMeta | null> {
  const res = await fetchJson(base, "meta.json");
  return "ok" in res ? parseMeta(res.data) : null;
}
