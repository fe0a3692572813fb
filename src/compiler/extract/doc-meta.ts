/**
 * What a document says about itself: its title (the markup title, else the headline, else
 * the opening words) and its own date (dateline, date line or post date), at the text's
 * precision.
 */
import type { DocumentMeta } from "../types.ts";
import type { DocAnalysis } from "./model.ts";

/** The title and date of an analysed document. */
export function documentMeta(an: DocAnalysis, markupTitle?: string): DocumentMeta {
  const headline = an.seg.headline?.text.trim();
  const first = an.seg.sentences[0];
  const opening = first ? an.text.slice(first.start, first.end).trim() : "";
  const raw = markupTitle?.trim() || headline || opening || an.id;
  const title = raw.length > 140 ? `${raw.slice(0, 137).trimEnd()}…` : raw;
  const meta: DocumentMeta = { id: an.id, title };
  if (an.seg.date) meta.date = an.seg.date.date.start;
  if (!an.text.trim()) meta.warnings = ["empty document"];
  return meta;
}
