/** What the progress bar says at each step of a browser compile. Pure. */
import type { BrowserProgress } from "./compile-files.ts";

export interface ProgressView {
  label: string;
  /** Share of the whole compile done, 0 to 1. */
  fraction: number;
}

/** Where each step starts and how much of the bar it takes. */
const SPANS: Record<BrowserProgress["stage"], [number, number, string]> = {
  read: [0, 0.2, "Reading"],
  prepare: [0.2, 0.4, "Decoding"],
  extract: [0.6, 0.25, "Extracting entities and relations"],
  assemble: [0.85, 0.05, "Assembling the graph"],
  layout: [0.9, 0.07, "Laying out"],
  validate: [0.97, 0.03, "Validating"],
};

export function progressView(progress: BrowserProgress): ProgressView {
  const [start, span, name] = SPANS[progress.stage];
  const share = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  const counted = progress.stage === "read" || progress.stage === "prepare";
  const of = progress.total === 1 ? "file" : "files";
  return {
    label: counted ? `${name} ${progress.done} of ${progress.total} ${of}` : `${name}…`,
    fraction: Math.round((start + span * share) * 1000) / 1000,
  };
}
