/** Lookups over a document's mentions, and the names seen for each. */
import type { DocAnalysis, Mention } from "./model.ts";

/** The mentions inside [start, end) of `byStart` (mentions sorted by start), by binary search. */
export function mentionsWithin(byStart: readonly Mention[], start: number, end: number): Mention[] {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((byStart[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < byStart.length; i++) {
    const m = byStart[i];
    if (!m || m.start >= end) break;
    if (m.end <= end) out.push(m);
  }
  return out;
}

/** Records a display name for a ref. */
export function addName(an: DocAnalysis, ref: string, name: string): void {
  let names = an.names.get(ref);
  if (!names) an.names.set(ref, (names = new Set()));
  // ('"Shoqata ""Ura"" Shkodër"': a CSV cell's doubled quote is one quote of the name.)
  names.add(name.includes('""') ? name.replace(/""/g, '"') : name);
}
