/**
 * Minutes name the people present by their initials ("CW opened the call", "Action: EMO to
 * send the list"). Capitals that spell the initials of one person the document names, and
 * that the document defines as no body's short name, are that person.
 */
import { rewriteRefs } from "./identity.ts";
import type { DocAnalysis } from "./model.ts";
import { gazetteerLabel } from "./names.ts";

/** Initials a person's name may be written with: every word's, and the first and last word's. */
function initialsOf(key: string): string[] {
  const words = key.split(" ").filter((w) => !/^(?:al|el|de|da|do|dos|van|von|bin|ibn)$/.test(w));
  if (words.length < 2) return [];
  const every = words.map((w) => w[0] ?? "").join("");
  const ends = `${words[0]?.[0] ?? ""}${words[words.length - 1]?.[0] ?? ""}`;
  return [...new Set([every, ends])];
}

export function initialsAsPeople(an: DocAnalysis): void {
  const people = new Map<string, string | null>();
  for (const ref of an.names.keys()) {
    if (!ref.startsWith("p:")) continue;
    for (const i of initialsOf(ref.slice(ref.indexOf(":") + 1).replace(/^.*#/, "")))
      people.set(i, people.has(i) && people.get(i) !== ref ? null : ref);
  }
  if (people.size === 0) return;
  // (A short name the document spells out, "Women's Union (WU)", is the body's.)
  const defined = new Set(an.links.flat());
  const to = new Map<string, string>();
  for (const m of an.mentions) {
    if (m.kind !== "org" || defined.has(m.ref) || to.has(m.ref)) continue;
    const text = an.text.slice(m.start, m.end);
    if (!/^\p{Lu}{2,4}$/u.test(text) || gazetteerLabel(text)) continue;
    const person = people.get(text.toLowerCase());
    if (person) to.set(m.ref, person);
  }
  if (to.size === 0) return;
  rewriteRefs(an, to);
  for (const m of an.mentions) if (m.ref.startsWith("p:")) m.kind = "person";
}
