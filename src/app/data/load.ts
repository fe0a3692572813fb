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
  try {
    return { ok: true, data: await response.json() };
  } catch (error) {
    return { status: "invalid", message: `${file}: not valid JSON (${String(error)})` };
  }
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
