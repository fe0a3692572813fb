/**
 * Headings and posts shout ordinary words ("3. RESULTS", "UPDATE from Marsa", "NEXT STEPS"):
 * a capitalised word of five letters or more that the same document also writes in lower
 * case, and never spells out, is that word, not a body's short name.
 */
import type { DocAnalysis } from "./model.ts";
import { gazetteerLabel } from "./names.ts";

export function dropShoutedWords(an: DocAnalysis): void {
  const defined = new Set(an.links.flat());
  let lower: Set<string> | undefined;
  const dropped = new Set<string>();
  an.mentions = an.mentions.filter((m) => {
    if (m.kind !== "org" || defined.has(m.ref)) return true;
    const text = an.text.slice(m.start, m.end);
    if (!/^\p{Lu}{5,}$/u.test(text) || gazetteerLabel(text)) return true;
    lower ??= new Set(an.text.match(/(?<![\p{L}])\p{Ll}{5,}(?![\p{L}])/gu) ?? []);
    if (!lower.has(text.toLowerCase())) return true;
    dropped.add(m.ref);
    return false;
  });
  for (const ref of dropped) if (!an.mentions.some((m) => m.ref === ref)) an.names.delete(ref);
}
