/**
 * Two or three capitalised words without a head noun ("Red Manantial", "Strong Roots",
 * "Dukorere Hamwe") are read as a person's name by their shape alone. Across the corpus the
 * same words are often a body's or a project's name: written with a head elsewhere, or read as
 * a body by another document. A name no document ever gives a person's title or honorific is
 * what the corpus otherwise reads it as.
 */
import { eventKey, rewriteRefs } from "./identity.ts";
import { CONNECTORS, GENERIC_WORDS, HONORIFICS, ORG_HEADS, ROLE_NOUNS } from "./lexicon.ts";
import type { DocAnalysis, LocalEvent, Mention } from "./model.ts";
import { compareStrings, matchKey } from "./text.ts";

const HONORIFIC_BEFORE = new RegExp(
  `(?:^|[\\s(])(?:${[...HONORIFICS].map((h) => h.replace(/\./g, "\\.?")).join("|")})\\.?\\s+$`,
  "u",
);
/** ", Director of …", " (programme officer, …": a role beside the name. Bodies are members
 * and partners too, so those words say nothing. */
const ROLE_AFTER = new RegExp(
  String.raw`^\s*(?:,|\(|–|—|-)\s*(?:the\s+|a\s+|an\s+|its\s+|our\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?!members?\b|staff\b|volunteers?\b)${ROLE_NOUNS}\b`,
  "iu",
);
const FIRST_WORD_HONORIFIC = new RegExp(
  `^(?:${[...HONORIFICS].map((h) => h.replace(/\./g, "\\.")).join("|")})\\s`,
  "u",
);

/** The generic heads a project's name may be written with or without. */
const GENERIC_HEAD = /^(.+) (?:project|programme|program|initiative|campaign)$/;

/** Heads as refs' keys spell them: lower-case, without accents ("asociacion", "associacao"). */
const LOWER_ORG_HEADS = new Set([...ORG_HEADS].map((h) => matchKey(h)));

/** Does this mention give its person an honorific or a role? */
function attested(an: DocAnalysis, m: Mention): boolean {
  const own = an.text.slice(m.start, m.end);
  if (FIRST_WORD_HONORIFIC.test(own)) return true;
  if (HONORIFIC_BEFORE.test(an.text.slice(Math.max(0, m.start - 24), m.start))) return true;
  return ROLE_AFTER.test(an.text.slice(m.end, m.end + 80));
}

/** Heads that open a body's name, and "NGO" in its languages, as keys spell them. */
const OPENING_KEYS = new Set([...LOWER_ORG_HEADS, "ong", "ngo", "asbl"]);
/** Generic words and places' adjectives, as keys spell them: never a body's own name. */
const GENERIC_KEYS = new Set([...GENERIC_WORDS].map((w) => matchKey(w)));

/**
 * The body's own name inside a name that opens with its head, as keys spell them: the words
 * that close it ("asociacion de mujeres migrantes nuevas raices" → "nuevas raices", "ong alafia
 * solidarite" → "alafia solidarite") or the word between the head and "de", "des", "of"
 * ("association dzidzo des conducteurs …" → "dzidzo").
 */
export function ownNames(key: string): string[] {
  const words = key.split(" ");
  if (words.length < 2 || !OPENING_KEYS.has(words[0] ?? "")) return [];
  const out: string[] = [];
  // (Two to four closing words, opening on no connector, with no head or generic word.)
  for (let k = 2; k <= 4 && k < words.length; k++) {
    const end = words.slice(-k);
    if (OPENING_KEYS.has(end[0] ?? "") || GENERIC_KEYS.has(end[0] ?? "")) break;
    if (!CONNECTORS.has(end[0] ?? "")) out.push(end.join(" "));
  }
  // (The closing words after the last connector: "association des cafeicultrices dukorere
  // hamwe" → "hamwe", "dukorere hamwe".)
  const lastConnector = Math.max(0, ...words.map((w, i) => (CONNECTORS.has(w) ? i : 0)));
  const tail = words.slice(lastConnector + 1);
  for (let k = 1; k <= Math.min(3, tail.length); k++) {
    const end = tail.slice(-k);
    if (end.some((w) => OPENING_KEYS.has(w) || GENERIC_KEYS.has(w))) break;
    if (k >= 2 || lastConnector > 0) out.push(end.join(" "));
  }
  if (words.length >= 4 && CONNECTORS.has(words[2] ?? "") && !GENERIC_KEYS.has(words[1] ?? ""))
    out.push(words[1] ?? "");
  return out;
}

interface Votes {
  org: number;
  person: number;
  kinds: Set<string>;
}

/**
 * Rewrites each shape-only person's ref that the corpus names otherwise: to the body's ref
 * ("o:key"), the project's ("e:key project"), or the one body whose name begins with it
 * (or ends with it after a foreign head: "Association des Caféicultrices Dukorere Hamwe").
 */
export function harmonisePersonBodyNames(docs: DocAnalysis[]): void {
  const votes = new Map<string, Votes>();
  const personAttested = new Set<string>();
  const bodyKeys = new Set<string>();
  const projects = new Map<string, { ref: string; event: LocalEvent }[]>();
  /** Each document's own projects (refs held to the document) by their bare names. */
  const localProjects = new Map<DocAnalysis, Map<string, LocalEvent>>();
  /** The documents holding a project of their own by each bare name. */
  const localHolders = new Map<string, Map<DocAnalysis, LocalEvent>>();
  for (const an of docs) {
    const refs = new Set(an.mentions.map((m) => m.ref));
    const bodies = [...refs].filter((r) => r.startsWith("o:"));
    for (const b of bodies) if (!/[~#]/.test(b)) bodyKeys.add(b.slice(2));
    for (const m of an.mentions)
      if (m.ref.startsWith("p:") && !personAttested.has(m.ref) && attested(an, m))
        personAttested.add(m.ref);
    for (const ev of an.events) {
      // (A project's name without a head, "Fumo Limpo", is its own bare name.)
      const key = eventKey(ev.ref);
      const bare =
        GENERIC_HEAD.exec(key)?.[1] ??
        (ev.type === "project" && key.includes(" ") ? key : undefined);
      if (!bare) continue;
      if (ev.ref.includes("#")) {
        const own = localProjects.get(an) ?? new Map<string, LocalEvent>();
        own.set(bare, ev);
        localProjects.set(an, own);
        const held = localHolders.get(bare) ?? new Map<DocAnalysis, LocalEvent>();
        held.set(an, ev);
        localHolders.set(bare, held);
        continue;
      }
      // (The project without its head is the one with it, whichever head that is: a headed
      // ref replaces the headless one, and a headless ref joins no list it would lengthen.)
      const list = projects.get(bare) ?? [];
      if (list.some((p) => p.ref === ev.ref)) continue;
      if (bare !== key)
        projects.set(bare, [
          ...list.filter((p) => eventKey(p.ref) !== bare),
          { ref: ev.ref, event: ev },
        ]);
      else if (list.length === 0) projects.set(bare, [{ ref: ev.ref, event: ev }]);
    }
    for (const ref of refs) {
      if (!/^[op]:/.test(ref) || /[~#]/.test(ref)) continue;
      const key = ref.slice(2);
      const v = votes.get(key) ?? { org: 0, person: 0, kinds: new Set<string>() };
      v.kinds.add(ref[0] ?? "");
      // (A document that also names a body whose name begins with it, "Qamasa Warmi –
      // Asociación de Mujeres …", reads it as that body's short name.)
      if (ref.startsWith("o:") || bodies.some((b) => b.startsWith(`o:${key} `))) v.org++;
      else v.person++;
      votes.set(key, v);
    }
  }
  const to = new Map<string, string>();
  /** The type of each project a person's ref moves to, by the project's ref. */
  const projectTypes = new Map<string, LocalEvent["type"]>();
  for (const [key, v] of votes) {
    if (v.kinds.size < 2) continue;
    // (Read as a body by some documents and a person by as many others, and the name of a
    // project elsewhere, "Blue Margins" of "the Blue Margins programme": the project's.)
    const project = projects.get(key);
    if (
      project?.length === 1 &&
      project[0] &&
      v.person >= v.org &&
      !personAttested.has(`p:${key}`)
    ) {
      projectTypes.set(project[0].ref, project[0].event.type);
      to.set(`p:${key}`, project[0].ref);
      to.set(`o:${key}`, project[0].ref);
      continue;
    }
    // (A tie goes to the body unless some document gives the person a title.)
    if (v.org > v.person || (v.org === v.person && !personAttested.has(`p:${key}`)))
      to.set(`p:${key}`, `o:${key}`);
    else if (v.person > v.org) to.set(`o:${key}`, `p:${key}`);
  }
  const sortedBodies = [...bodyKeys].sort(compareStrings);
  // Each body's own names, read once: the loop below asks them for every person's name.
  const ownNamesOf = new Map(sortedBodies.map((b) => [b, new Set(ownNames(b))]));
  for (const [key, v] of votes) {
    const ref = `p:${key}`;
    if (v.kinds.has("o") || to.has(ref) || personAttested.has(ref) || !key.includes(" ")) continue;
    const project = projects.get(key);
    if (project?.length === 1 && project[0]) {
      projectTypes.set(project[0].ref, project[0].event.type);
      to.set(ref, project[0].ref);
      continue;
    }
    // (The rest of the body's name closes with its head, or opens with it before the name.)
    const longer = sortedBodies.filter(
      (b) =>
        (b.startsWith(`${key} `) && LOWER_ORG_HEADS.has(b.slice(b.lastIndexOf(" ") + 1))) ||
        (b.endsWith(` ${key}`) && LOWER_ORG_HEADS.has(b.slice(0, b.indexOf(" ")))) ||
        !!ownNamesOf.get(b)?.has(key),
    );
    if (longer.length === 1) to.set(ref, `o:${longer[0] ?? ""}`);
  }
  if (to.size === 0 && localProjects.size === 0) return;
  /** The project each bare name stands for where one document alone holds it. */
  const lendable = new Map<string, LocalEvent>();
  for (const [bare, held] of localHolders) {
    const [ev] = held.values();
    if (held.size === 1 && ev) lendable.set(bare, ev);
  }
  for (const an of docs) {
    // (A document's own project takes the shape-only person of its name in that document;
    // where it holds none of that name, the one document that does lends it its project:
    // "Open Fridays" in a grant table, and a newsletter's "Open Fridays" elsewhere.)
    let docTo = to;
    const held = new Map(localProjects.get(an));
    for (const m of an.mentions) {
      const lent = m.ref.startsWith("p:") ? lendable.get(m.ref.slice(2)) : undefined;
      if (lent && !held.has(m.ref.slice(2))) held.set(m.ref.slice(2), lent);
    }
    for (const [bare, ev] of held) {
      const ref = `p:${bare}`;
      if (to.has(ref) || personAttested.has(ref) || votes.get(bare)?.kinds.has("o")) continue;
      if (docTo === to) docTo = new Map(to);
      docTo.set(ref, ev.ref);
      projectTypes.set(ev.ref, ev.type);
    }
    const moved = an.mentions.filter((m) => docTo.has(m.ref));
    if (moved.length === 0) continue;
    rewriteRefs(an, docTo);
    for (const m of an.mentions)
      if (m.kind !== "event") m.kind = m.ref.startsWith("o:") ? "org" : "person";
    for (const m of moved) {
      if (!m.ref.startsWith("e:")) continue;
      m.kind = "event";
      // (A document that names the project only without its head holds it as well.)
      const type = projectTypes.get(m.ref);
      if (type && !an.events.some((e) => e.ref === m.ref))
        an.events.push({ ref: m.ref, type, sentence: m.sentence });
    }
  }
}
