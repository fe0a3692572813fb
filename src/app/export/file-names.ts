/**
 * Names of the files the app downloads: the corpus's name, what the file holds (the whole
 * graph or the view's filters) and the format, e.g. `press-graph.gexf` or
 * `press-2011-01-01_2015-12-31-organisation+funder-nodes.csv`. Pure.
 */
import { NODE_KINDS } from "../../model/types.ts";
import type { DocumentRecord } from "../../model/types.ts";
import type { ShownFilter } from "./shown.ts";

const FALLBACK = "rabita";
const MAX_LENGTH = 40;

/** Letters, digits, dot, dash and underscore; anything else becomes a dash. */
export function safeName(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}._-]+/gu, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, MAX_LENGTH)
    .replace(/[-.]+$/, "");
}

/** The corpus's name: the folder every compiled document sits in (its first path segment),
 * when they share one; otherwise "rabita". */
export function corpusName(documents: Iterable<Pick<DocumentRecord, "id" | "status">>): string {
  let folder: string | null = null;
  for (const d of documents) {
    if (d.status !== "compiled") continue;
    const slash = d.id.indexOf("/");
    const first = slash > 0 ? d.id.slice(0, slash) : "";
    if (!first || (folder !== null && folder !== first)) return FALLBACK;
    folder = first;
  }
  return (folder && safeName(folder)) || FALLBACK;
}

/** What a "what is shown" file holds, in a few words for its name; "" for the whole graph. */
export function scopeTag(filter: ShownFilter | null): string {
  if (!filter) return "";
  const parts: string[] = [];
  if (filter.mode === "collaboration") parts.push("collaboration");
  if (filter.window) parts.push(`${filter.window.start}_${filter.window.end}`);
  if (filter.kinds.length !== NODE_KINDS.length)
    parts.push(NODE_KINDS.filter((k) => filter.kinds.includes(k)).join("+") || "none");
  return parts.length > 0 ? parts.join("-") : "shown";
}

/** `corpus[-scope]-file`. */
export function exportFileName(corpus: string, filter: ShownFilter | null, file: string): string {
  return [corpus, scopeTag(filter), file].filter(Boolean).join("-");
}
