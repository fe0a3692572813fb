/**
 * Speaker turns of a transcript: "[00:01:24] FAADUMO: Yes, on Monday …", "DRA. MARISOL
 * CÉSPEDES ARANA: Let me be practical", "10:42 HOST: Welcome back". The label in capitals
 * before the colon names who speaks, and shouting made it read as a body. It is the person
 * the document names: by the whole name, or by a first or last name that only one of its
 * persons has; a label of two to four name words is a person in its own right. In a
 * transcript (two turns or more that name persons), a label that names none of its persons
 * ("JINGLE:", "MUSIC:", "CALLER:") names nothing.
 */
import { ORG_HEADS } from "./lexicon.ts";
import type { DocAnalysis, Mention } from "./model.ts";
import { gazetteerLabel, isPersonShape } from "./names.ts";
import { matchKey } from "./text.ts";

/** From the line's start to the label: a time stamp and a short title in capitals ("DR."). */
const TURN_OPEN =
  /(?:^|\n)[ \t]*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?(?:\*\*|__)?(?:\p{Lu}{1,5}\.[ \t]+)?$/u;
/** After the label: a stage note in brackets ("(laughs)"), then the colon. */
const TURN_CLOSE = /^(?:\*\*|__)?[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?:(?:\*\*|__)?\s+\S/u;
const SHOUTED = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

const titleCase = (s: string): string =>
  s
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase());

function isTurnLabel(text: string, m: Mention): boolean {
  const label = text.slice(m.start, m.end);
  if (!SHOUTED.test(label)) return false;
  const lineStart = text.lastIndexOf("\n", m.start - 1) + 1;
  return (
    TURN_OPEN.test(text.slice(lineStart, m.start)) && TURN_CLOSE.test(text.slice(m.end, m.end + 40))
  );
}

/** The document's persons named in ordinary case: by full key, first and last name key. */
function personIndex(an: DocAnalysis): {
  full: Map<string, string>;
  part: Map<string, Set<string>>;
} {
  const full = new Map<string, string>();
  const part = new Map<string, Set<string>>();
  for (const m of an.mentions) {
    if (m.kind !== "person") continue;
    const name = an.text.slice(m.start, m.end);
    if (SHOUTED.test(name)) continue;
    const key = matchKey(name);
    const words = key.split(" ");
    if (!full.has(key)) full.set(key, m.ref);
    if (words.length < 2) continue;
    for (const w of [words[0], words[words.length - 1]]) {
      if (!w) continue;
      const refs = part.get(w) ?? new Set<string>();
      refs.add(m.ref);
      part.set(w, refs);
    }
  }
  return { full, part };
}

export function readSpeakerTurns(an: DocAnalysis): void {
  const turns = an.mentions.filter((m) => isTurnLabel(an.text, m));
  if (turns.length === 0) return;
  const { full, part } = personIndex(an);
  const defined = new Set(an.links.flat());
  const moved = new Map<string, string>();
  const unnamed: Mention[] = [];
  let named = 0;
  for (const m of turns) {
    const label = an.text.slice(m.start, m.end);
    const key = matchKey(label);
    const words = key.split(" ");
    const byPart = words.length === 1 ? part.get(key) : undefined;
    const person = full.get(key) ?? (byPart?.size === 1 ? [...byPart][0] : undefined) ?? undefined;
    const shaped =
      words.length >= 2 &&
      words.length <= 4 &&
      !words.some((w) => ORG_HEADS.has(titleCase(w))) &&
      isPersonShape(titleCase(label).split(/\s+/));
    if (person) {
      named++;
      if (m.ref !== person) moved.set(m.ref, person);
      continue;
    }
    if (shaped && m.kind !== "person") {
      named++;
      moved.set(m.ref, `p:${key}`);
      continue;
    }
    // ("NIMCO: …" where the text says "Thank you, Nimco": a first name of its own.)
    const called = an.mentions.some(
      (o) => o.ref === m.ref && an.text.slice(o.start, o.end) === titleCase(label),
    );
    if (words.length === 1 && called) {
      named++;
      moved.set(m.ref, `p:${key}`);
      continue;
    }
    if (m.kind !== "person" && !defined.has(m.ref) && !gazetteerLabel(label)) unnamed.push(m);
  }
  // The name a turn opens with, before a comma, is whom it speaks to ("NIMCO: Hodan, the
  // training was …"): that person, not the event an apposition would make of it.
  const labelEnds = new Set(turns.map((m) => m.end));
  for (const m of an.mentions) {
    if (m.kind === "person" || !/^,/.test(an.text.slice(m.end, m.end + 1))) continue;
    const open = /(?:\*\*|__)?[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?:(?:\*\*|__)?[ \t]+$/.exec(
      an.text.slice(Math.max(0, m.start - 90), m.start),
    );
    if (!open || !labelEnds.has(m.start - open[0].length)) continue;
    const refs = part.get(matchKey(an.text.slice(m.start, m.end)));
    const person = refs?.size === 1 ? [...refs][0] : undefined;
    if (person && !moved.has(m.ref)) moved.set(m.ref, person);
  }
  for (const m of an.mentions) {
    const to = moved.get(m.ref);
    if (!to) continue;
    const names = an.names.get(m.ref);
    if (names) {
      const into = an.names.get(to) ?? new Set<string>();
      for (const n of names) into.add(n);
      an.names.set(to, into);
    }
    m.ref = to;
    m.kind = "person";
  }
  an.events = an.events.filter((e) => !moved.has(e.ref));
  if (an.main && moved.has(an.main)) an.main = undefined;
  an.links = an.links.map(([a, b]) => [moved.get(a) ?? a, moved.get(b) ?? b]);
  for (const from of moved.keys())
    if (!an.mentions.some((m) => m.ref === from)) an.names.delete(from);
  if (named < 2 || unnamed.length === 0) return;
  const drop = new Set(unnamed);
  const refs = new Set(unnamed.map((m) => m.ref));
  an.mentions = an.mentions.filter((m) => !drop.has(m));
  for (const ref of refs) if (!an.mentions.some((m) => m.ref === ref)) an.names.delete(ref);
}
