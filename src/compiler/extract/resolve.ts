/**
 * Alias resolution across documents: one entity per real-world body, person or event.
 * identity.ts first qualifies each document's refs (events by date and place, acronyms by
 * the long form their document defined). References are then joined by union-find on
 * evidence (acronym definitions, initials, the gazetteer, "Iraqi Government" ↔
 * "Government of Iraq", "UNDP Iraq" ↔ "UNDP", "X University" ↔ "University of X", a name
 * and its shorter form before "for/of"), keyed by normalised names so the work stays
 * linear in the number of names. No union joins two events whose dates or places
 * disagree, a short form joins a long form only when it has one, and every union is kept
 * as evidence on the entity it made (`merges`).
 *
 * Names as users write them: an Arabic name beside its English form is one of that
 * entity's names (arabic.ts), and spellings of one transliterated name ("Al-Noor Society",
 * "Alnour Society", "El-Nour Society") join when their transliteration keys agree (see
 * translit.ts): the same kind, the English words (head nouns, connectors) exactly equal, the
 * other words equal after the folds. A name held on several dates keeps its editions apart.
 */
import type { MergeEvidence, NodeKind } from "../../model/types.ts";
import { pickMerges } from "../assemble.ts";
import type { ExtractedEntity } from "../types.ts";
import { BODIES, COUNTRIES, DEMONYMS } from "../gazetteer.ts";
import type { DocAnalysis } from "./model.ts";
import { gazetteerLabel, isPlace } from "./names.ts";
import { compatible, eventKey, meet, qualifyRefs, sigText, UnionFind } from "./identity.ts";
import type { EventSig } from "./identity.ts";
import { compareStrings, isAcronym, matchKey, slug } from "./text.ts";
import { pairArabicNames } from "./arabic.ts";
import { initialsAsPeople } from "./initials.ts";
import { dropShoutedWords } from "./shouted-words.ts";
import { readSpeakerTurns } from "./speaker-turns.ts";
import {
  BODY_LIKE_EVENT,
  CONNECTORS,
  EVENT_HEADS,
  GENERIC_WORDS,
  HONORIFICS,
  INITIAL_DIGRAPHS,
  ORG_HEADS,
  ROLE_WORDS,
} from "./lexicon.ts";
import { hasArabic, translitKey } from "./translit.ts";
import { harmonisePersonBodyNames, ownNames } from "./person-or-body.ts";

/** Resolution result: entities (kind funder decided later) and each ref's entity id. */
export interface Resolution {
  entities: Map<string, ExtractedEntity>;
  idOf: Map<string, string>;
}

const COUNTRY_PLACES = new Set([...COUNTRIES.keys()].map(matchKey));
const COUNTRY_KEYS = new Map([...COUNTRIES.keys()].map((c) => [matchKey(c), c]));
const DEMONYM_KEYS = new Map([...DEMONYMS].map(([d, c]) => [matchKey(d), c]));

/** Heads that open a body's name in its own language: foundations and associations. */
const FOUNDATION_HEADS =
  /^(?:stiftelsen|stichting|fondation|fundacion|fundacao|fondazione|fundacja|fondacija|yayasan)$/;
const FOREIGN_HEADS =
  /^(stiftelsen|stichting|fondation|fundacion|fundacao|fondazione|fundacja|fondacija|yayasan|asociacion|associacao|associazione|association|udruzenje|udruga|stowarzyszenie|perkumpulan) (.+)$/;
/** A name that goes on with a connector after its head ("Association of X", "Fundación para"). */
const CONNECTOR_START =
  /^(?:of|for|de|des|du|della|di|da|do|dos|das|para|por|pour|la|le|el|les|los|las|za|na|untuk|bagi)\b/;

/** An event's name and its generic head ("oasis schools project"), as match keys. */
const GENERIC_HEAD_TAIL = /^(.+) (?:project|programme|program|initiative|campaign)$/;
/** The same in a name's own case: a title before its lower-case head ("Safe Roads project"). */
const LOWER_HEAD_TAIL = /^((?:\S+ )*\p{Lu}\S*) (?:project|programme|program|initiative|campaign)$/u;

/** A key shared by the variants of a name: government forms, head inversions, "the". */
function variantKey(key: string): string | undefined {
  // "Office of the Minister of State for X", "Ministry of State for X", "Ministry of X".
  const ministry =
    /^(?:office of (?:the )?minister of state for|minist(?:er|ry) of state for|office of state for|minist(?:ry|er) (?:of|for)) (?:the )?(.+)$/.exec(
      key,
    );
  if (ministry?.[1]) return `ministry ${ministry[1]}`;
  const gov =
    /^(?:(?:federal|royal|national|central) )?government of (?:the )?(?:(?:republic|kingdom|hashemite kingdom|state|federal republic) of )?(.+)$/.exec(
      key,
    );
  if (gov?.[1] && COUNTRY_KEYS.has(gov[1]))
    return `gov ${matchKey(COUNTRY_KEYS.get(gov[1]) ?? "")}`;
  const dem = /^(\S+) (?:federal )?government$/.exec(key);
  const country = dem?.[1] ? DEMONYM_KEYS.get(dem[1]) : undefined;
  if (country) return `gov ${matchKey(country)}`;
  const uni = /^university of (.+)$/.exec(key);
  if (uni?.[1]) return `${uni[1]} university`;
  // "Stiftelsen Brennholt" ↔ "Brennholt Foundation", "Udruzenje Most Mira" ↔ "Most Mira
  // Association": a body's own-language head is the English head after the name.
  const head = FOREIGN_HEADS.exec(key);
  if (head?.[1] && head[2] && !CONNECTOR_START.test(head[2]))
    return `${head[2]} ${FOUNDATION_HEADS.test(head[1]) ? "foundation" : "association"}`;
  // ("Ravnsborg Fonden", "Lindqvist Stiftelse", "Fjord Forening": a Nordic or German head
  // after the name.)
  const tail =
    /^(.+) (stiftung|vakf[iı]|derne[gğ][iı]|fonden|fond|stiftelsen?|forening(?:en)?|verein|vereniging)$/.exec(
      key,
    );
  if (tail?.[1])
    return `${tail[1]} ${/^(?:dern|foren|vere)/.test(tail[2] ?? "") ? "association" : "foundation"}`;
  if (/ of the /.test(key)) return key.replace(/ of the /g, " of ");
  return undefined;
}

function kindOf(refs: string[]): NodeKind {
  if (refs.some((r) => r.startsWith("e:"))) return "event";
  if (refs.some((r) => r.startsWith("p:"))) return "person";
  return "organisation";
}

/**
 * The label of a set: the gazetteer's label of a well-known name (`known`: the names
 * other than acronyms whose meaning this corpus decides), else the fullest name.
 */
function pickLabel(all: string[], kind: NodeKind, known: string[]): string {
  const gaz =
    kind === "organisation" ? known.map((n) => gazetteerLabel(n)).find(Boolean) : undefined;
  if (gaz) return gaz;
  // An Arabic name is an alias beside an English one, the label only of a body named in
  // Arabic alone.
  const latin = all.filter((n) => !hasArabic(n));
  const names = latin.length ? latin : all;
  const full = names.filter((n) => !isAcronym(n.replace(/\s+\p{Lu}\p{Ll}+$/u, "")));
  // ("MWANGAZA FOUNDATION" on a letterhead, "Mwangaza Foundation" in the text: the text's.)
  const cased = full.filter((n) => n !== n.toUpperCase());
  const pool = cased.length ? cased : full.length ? full : names;
  // An event is labelled by a name or a description before a headline's clause ("Community
  // Peace Programme", not "Support for the peace programme" or "X trains midwives in Y").
  const rank = kind === "event" ? eventNameRank : () => 0;
  return (
    [...pool].sort((a, b) => rank(b) - rank(a) || b.length - a.length || compareStrings(a, b))[0] ??
    ""
  );
}

/** Verbs of headlines, in either case: a name holding one is a clause, not a name. */
const CLAUSE_VERB =
  /(?<!\bto)\s(?:holds?|hosts?|launch(?:es)?|opens?|signs?|meets?|trains?|calls?|urges?|gathers?|brings?|puts?|marks?|celebrates?|welcomes?|announces?|takes?|joins?|sits?|held|hosted|launched|opened|signed|met|trained|gathered|celebrated|welcomed|concludes?|concluded|kicks?|wraps?|asks?|demands?|warns?|backs?|funds?|awards?|receives?|visits?|discuss(?:es)?|speaks|spoke|supports|supported|helps|helped|empowers|strengthens|equips|provides|gives|reaches|boosts|builds|hands|handed|delivers|delivered|completes|completed|ended|began|starts|started)\s/i;

function eventNameRank(name: string): number {
  // ("an event organised by X" names nothing: even a headline's clause says more.)
  if (/^\p{Ll}+$/u.test(name)) return -1;
  if (CLAUSE_VERB.test(` ${name} `) || /:\s/.test(name)) return 0;
  // "Support for the peace programme": a sentence-case headline, not a name.
  const rest = name
    .split(/\s+/)
    .slice(1)
    .filter((w) => w.length > 3);
  if (/^\p{Lu}\p{Ll}/u.test(name) && rest.length >= 2 && rest.every((w) => /^\p{Ll}/u.test(w)))
    return 0;
  return 1;
}

/** Why two refs were joined: a rule, the refs, and the document whose text says so. */
interface Join {
  rule: string;
  a: string;
  b: string;
  doc?: string;
}

/**
 * Union-find that never joins two events whose dates or places disagree: each set keeps
 * the signature its events share (see identity.ts), and a union that would leave it empty
 * is refused. A document's own link is the exception where one side is named in that
 * document only (a headline dated by the release and the event its body dates): the
 * document says they are one, and no other document's event is carried along. Successful
 * unions are recorded with their rule.
 */
class Joiner {
  private readonly uf = new UnionFind();
  readonly joins: Join[] = [];
  /**
   * @param sig each event ref's signature, then each set's (kept at its root)
   * @param home the one document each ref (then each set) is named in, or "*" for several
   */
  constructor(
    private readonly sig: Map<string, EventSig>,
    private readonly home: Map<string, string>,
  ) {}
  find(x: string): string {
    return this.uf.find(x);
  }
  /** The signature the events of x's set share, if it holds events. */
  sigAt(x: string): EventSig | undefined {
    return this.sig.get(this.uf.find(x));
  }
  union(a: string, b: string, rule: string, doc?: string): boolean {
    const ra = this.uf.find(a);
    const rb = this.uf.find(b);
    if (ra === rb) return true;
    const sa = this.sig.get(ra);
    const sb = this.sig.get(rb);
    const ha = this.home.get(ra) ?? "*";
    const hb = this.home.get(rb) ?? "*";
    let merged = sa && sb ? meet(sa, sb) : (sa ?? sb);
    if (sa && sb && !compatible(sa, sb)) {
      if (!doc || (ha !== doc && hb !== doc)) return false;
      merged = ha === doc ? sb : sa;
    }
    const root = this.uf.union(ra, rb) ?? ra;
    if (merged) this.sig.set(root, merged);
    this.home.set(root, ha === hb ? ha : "*");
    this.joins.push(doc ? { rule, a, b, doc } : { rule, a, b });
    return true;
  }
}

/**
 * "Adnan al-Tamimi" ↔ "Adnan Ibrahim al-Tamimi", "Hadiya Khalaf" ↔ "Hadiya Khalaf Elias": a
 * person's given and family name (or given and father's name) without the middle names
 * another document writes is that person, where the corpus holds one such full name.
 */
function shortPersonNames(refs: readonly string[], addShort: (s: string, l: string) => void) {
  const people = refs.filter((r) => r.startsWith("p:") && !r.includes("#"));
  const byFirst = new Map<string, string[][]>();
  for (const r of people) {
    const w = r.slice(2).split(" ");
    if (w.length < 3) continue;
    const list = byFirst.get(w[0] ?? "") ?? [];
    list.push(w);
    byFirst.set(w[0] ?? "", list);
  }
  for (const r of people) {
    const w = r.slice(2).split(" ");
    // (A particle is no name: "al tamimi" is one family name.)
    const named = w.filter((x) => !/^(?:al|el|abu|abd|bin|ibn|bint)$/.test(x));
    if (w.length < 2 || w.length > 3 || named.length < 2) continue;
    const longs = (byFirst.get(w[0] ?? "") ?? []).filter(
      (l) =>
        l.length > w.length &&
        // (A name that goes on in English words is no one's: "Civic Space Day".)
        !l.some((x) => isEnglishWord(x) || /^(?:day|days|week|month|year|night)$/.test(x)) &&
        (prefixOf(w, l) || (subsequence(w, l) && l.at(-1) === w.at(-1))),
    );
    const only = longs.length === 1 ? longs[0] : undefined;
    if (only) addShort(r, `p:${only.join(" ")}`);
  }
  // "Boubacar S. Koné" ↔ "Boubacar Sidibé Koné": a middle initial stands for the one middle
  // name of that given and family name that starts with it.
  for (const r of people) {
    const w = r.slice(2).split(" ");
    const initial = w[1] ?? "";
    if (w.length !== 3 || initial.length !== 1) continue;
    const full = (byFirst.get(w[0] ?? "") ?? []).filter(
      (l) =>
        l.length === 3 &&
        l[2] === w[2] &&
        (l[1] ?? "").length > 1 &&
        (l[1] ?? "").startsWith(initial),
    );
    const only = full.length === 1 ? full[0] : undefined;
    if (only) addShort(r, `p:${only.join(" ")}`);
  }
  // "J. Nayak" ↔ "Jamuna Nayak", "R. K. Sethi" ↔ "Ranjan K. Sethi", "C. Hernández" ↔
  // "Citlali Hernández Ruiz", "S. Pinheiro Gaspar" ↔ "Sofia Pinheiro Gaspar": initials before
  // the family names stand for the one person whose given names start with them and whose
  // family names go on from there.
  const byWord = new Map<string, string[][]>();
  for (const r of people) {
    const w = r.slice(2).split(" ");
    if (w.length < 2 || (w[0] ?? "").length < 3) continue;
    for (const x of new Set(w.slice(1))) {
      const list = byWord.get(x) ?? [];
      list.push(w);
      byWord.set(x, list);
    }
  }
  for (const r of people) {
    const w = r.slice(2).split(" ");
    let k = 0;
    while (k < w.length - 1 && INITIAL_KEY.test(w[k] ?? "")) k++;
    const rest = w.slice(k);
    if (k === 0 || rest.length === 0) continue;
    const full = (byWord.get(rest[0] ?? "") ?? []).filter(
      (l) =>
        l.length >= k + rest.length &&
        w.slice(0, k).every((x, i) => (l[i] ?? "").startsWith(x)) &&
        rest.every((x, i) => l[k + i] === x),
    );
    const only = full.length === 1 ? full[0] : undefined;
    if (only) addShort(r, `p:${only.join(" ")}`);
  }
}

/** A name's initial as its key writes it: one letter, or a transliteration's two ("ts"). */
const INITIAL_KEY = new RegExp(
  `^(?:\\p{L}|${INITIAL_DIGRAPHS.map((d) => d.toLowerCase()).join("|")})$`,
  "u",
);

function prefixOf(a: readonly string[], b: readonly string[]): boolean {
  return a.every((x, i) => b[i] === x);
}

function subsequence(a: readonly string[], b: readonly string[]): boolean {
  let i = 0;
  for (const x of b) if (x === a[i]) i++;
  return i === a.length;
}

/** The rule that names a link found inside one document. */
function linkRule(a: string, b: string): string {
  if (hasArabic(a) !== hasArabic(b)) return "arabic-and-english-name";
  if (a.startsWith("e:") && b.startsWith("e:")) return "same-event-in-document";
  if (a.startsWith("o:") && b.startsWith("o:")) return "acronym-or-initials";
  if (a.startsWith("p:") && b.startsWith("p:")) return "same-person-in-document";
  return "named-in-document";
}

/**
 * Joins `short` to the one set among `longs` (a short form to its long form) only when all
 * of them are already one set: a short form between two different long forms joins neither,
 * so it never carries one long form into another.
 */
function joinShort(j: Joiner, short: string, longs: string[], rule: string): void {
  const a = j.sigAt(short);
  const fitting = longs.filter((l) => {
    const b = j.sigAt(l);
    return !a || !b || compatible(a, b);
  });
  const roots = new Set(fitting.map((l) => j.find(l)));
  const first = fitting[0];
  if (roots.size === 1 && first) j.union(short, first, rule);
}

/** English words of names (heads, connectors, titles): never folded by the translit key. */
const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  [
    ...ORG_HEADS,
    ...EVENT_HEADS.keys(),
    ...CONNECTORS,
    ...GENERIC_WORDS,
    ...ROLE_WORDS,
    ...HONORIFICS,
  ]
    .map((w) => matchKey(w))
    .filter((w) => w && w !== "al" && w !== "el"),
);
const isEnglishWord = (w: string): boolean => ENGLISH_WORDS.has(w);

/**
 * A looser key of a person's name of three words or more, for the spellings one Somali,
 * Arabic or Pashto name takes in Latin letters: Somali writes the ayn "c" and the pharyngeal
 * h "x" ("Maxamed Xasan Jaamac", "Cabdi"); English renderings drop or respell them and vary
 * the vowels ("Mohamed Hassan Jama", "Abdi"; "Muhammad", "Mohammed"; "Rehman", "Rahman").
 * Each word keeps its first letter (after a dropped "c"), its consonants, doubled letters
 * once, and of each run of vowels only whether it holds an "i" or "y" ("Hassan" and "Hussein"
 * differ, as do "Samir" and "Samar"). Three words or more, so that two short names stay apart.
 */
function nameSkeleton(key: string): string | undefined {
  const words = key.split(" ");
  if (words.length < 3 || words.some((w) => !/^[a-z]+$/.test(w))) return undefined;
  const skeleton = words.map((w) => {
    const folded = w
      .replace(/x/g, "h")
      .replace(/c(?!h)/g, "")
      .replace(/(.)\1+/g, "$1");
    const rest = folded.slice(1).replace(/[aeiouy]+/g, (run) => (/[iy]/.test(run) ? "i" : "a"));
    return (folded[0] ?? "") + rest;
  });
  return skeleton.some((w) => w.length < 2) ? undefined : `~${skeleton.join(" ")}`;
}

/**
 * The transliteration keys of a ref: of its key, and of each of its names that spells that
 * key (so an apostrophe inside a word, "Sa'ad", is read as the name wrote it). None for a
 * ref that names no body in words of its own: an acronym, a qualified acronym, a
 * document's own description of an event, a name held on several dates.
 */
function translitKeys(ref: string, names: ReadonlySet<string> | undefined): Set<string> {
  const out = new Set<string>();
  if (ref.includes("~") || ref.includes("#") || ref.includes("@")) return out;
  if (names && names.size > 0 && [...names].every((n) => isAcronym(n))) return out;
  const key = ref.startsWith("e:") ? eventKey(ref) : ref.slice(2);
  out.add(translitKey(key, isEnglishWord));
  const skeleton = ref.startsWith("p:") ? nameSkeleton(key) : undefined;
  if (skeleton) out.add(skeleton);
  for (const n of names ?? [])
    if (matchKey(n) === key && /['’‘`ʿʾ]/.test(n)) out.add(translitKey(n, isEnglishWord));
  return out;
}

/**
 * Joins the refs of one kind whose transliteration keys agree ("o:al noor society",
 * "o:alnour society"): each joins the first of its key's refs it can (an event whose dates
 * disagree with every one stays apart).
 */
function joinSpellings(uf: Joiner, refs: readonly string[], names: Map<string, Set<string>>): void {
  const byKey = new Map<string, string[]>();
  for (const ref of refs)
    for (const k of translitKeys(ref, names.get(ref))) {
      const bucket = `${ref.slice(0, 2)}${k}`;
      const list = byKey.get(bucket);
      if (!list) byKey.set(bucket, [ref]);
      else if (!list.includes(ref)) list.push(ref);
    }
  for (const [, list] of [...byKey].sort(([a], [b]) => compareStrings(a, b)))
    for (let i = 1; i < list.length; i++)
      for (let j = 0; j < i; j++)
        if (uf.union(list[j] ?? "", list[i] ?? "", "transliteration")) break;
}

/** Joins the references of all documents into entities with stable ids. */
/**
 * "the Arab Forum for Rule of Law" read as a body in one document (a partner, represented, an
 * agent) and as a gathering in another, by its head alone: it is the body everywhere (not
 * where it is a document's own event).
 */
function harmoniseBodyNames(docs: DocAnalysis[]): void {
  const bodies = new Set<string>();
  for (const an of docs)
    for (const ref of an.names.keys()) if (ref.startsWith("o:")) bodies.add(ref.slice(2));
  for (const an of docs) {
    const moved = new Map<string, string>();
    for (const m of an.mentions) {
      if (m.kind !== "event" || m.ref === an.main || !m.ref.startsWith("e:")) continue;
      const key = m.ref.slice(2);
      if (!bodies.has(key) || !BODY_LIKE_EVENT.test(an.text.slice(m.start, m.end))) continue;
      moved.set(m.ref, `o:${key}`);
      m.kind = "org";
      m.ref = `o:${key}`;
    }
    for (const [from, to] of moved) {
      const names = an.names.get(to) ?? new Set<string>();
      for (const n of an.names.get(from) ?? []) names.add(n);
      an.names.set(to, names);
      if (!an.mentions.some((m) => m.ref === from)) {
        an.names.delete(from);
        an.events = an.events.filter((e) => e.ref !== from);
        // (A link of the gathering joins nothing now: a body and an event are never one.)
        an.links = an.links.filter(([a, b]) => a !== from && b !== from);
      }
    }
  }
}

/**
 * "Fatouma Ali Dini … Ms Ali Dini", "Hasna Mohamed Houmed … H. Mohamed Houmed": in one
 * document, a person's two last names are that person, where one full name there ends so.
 */
function familyNameTails(an: DocAnalysis): [string, string][] {
  const people = [...an.names.keys()].filter((r) => r.startsWith("p:") && !r.includes("#"));
  const out: [string, string][] = [];
  for (const short of people) {
    const key = short.slice(2);
    if (key.split(" ").length !== 2) continue;
    const longs = people.filter((r) => r.endsWith(` ${key}`) && r.slice(2).split(" ").length >= 3);
    if (longs.length === 1 && longs[0]) out.push([short, longs[0]]);
  }
  return out;
}

/**
 * "Mesa de Diálogo" in a table's wrapped cell and "Mesa de Diálogo por la Cuenca del Lago
 * Poopó" in the text, both dated 4 March 2025: in one document, an event's name that opens
 * another event's name of the same day is that event.
 */
function sameDayPrefixes(an: DocAnalysis): [string, string][] {
  const dated = an.events.filter((e) => e.date?.start && e.date.start.length >= 10);
  const out: [string, string][] = [];
  for (const short of dated) {
    const key = eventKey(short.ref);
    if (key.split(" ").length < 2) continue;
    const longs = dated.filter(
      (e) =>
        e.ref !== short.ref &&
        e.date?.start === short.date?.start &&
        eventKey(e.ref).startsWith(`${key} `),
    );
    if (longs.length === 1 && longs[0]) out.push([longs[0].ref, short.ref]);
  }
  return out;
}

/** Numerals of a numbered edition, as keys spell them ("9th", "ninth"). */
const EDITION_NUMBERS = new Map(
  [
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
    "1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th",
  ].flatMap((row) => row.split(" ").map((w, i) => [w, i + 1] as const)),
);

/**
 * "Our 9th General Assembly in Oujda" over "FADO's 9th Ordinary General Assembly met …": in
 * one document, events of one number and one head noun are one edition.
 */
function sameEditions(an: DocAnalysis): [string, string][] {
  const first = new Map<string, string>();
  const out: [string, string][] = [];
  const mentions = an.mentions
    .filter((m) => m.kind === "event")
    .sort((a, b) => a.start - b.start || compareStrings(a.ref, b.ref));
  for (const m of mentions) {
    const words = eventKey(m.ref)
      .replace(/ in \S+(?: \S+)?$/, "")
      .split(" ");
    // (The number is in the name, "9th General Assembly", or just before it: "the 3rd X".)
    const before = /(\S+)\s+$/.exec(an.text.slice(Math.max(0, m.start - 16), m.start))?.[1];
    const n = [...words, (before ?? "").toLowerCase()]
      .map((w) => EDITION_NUMBERS.get(w))
      .find((x) => x !== undefined);
    if (n === undefined || words.length < 2) continue;
    const key = `${n} ${words[words.length - 1] ?? ""}`;
    const seen = first.get(key);
    if (seen && seen !== m.ref) out.push([seen, m.ref]);
    else first.set(key, m.ref);
  }
  return out;
}

/**
 * "the first public hearing on river salinity" told by two publishers, each dated to the same
 * day: one description of four words or more, held to its document, in several documents that
 * all date it to one day, is one event.
 */
function joinSameDayDescriptions(uf: Joiner, refs: readonly string[]): void {
  const byKey = new Map<string, string[]>();
  for (const ref of refs) {
    const at = ref.indexOf("#");
    if (!ref.startsWith("e:") || at < 0 || ref.includes("@")) continue;
    const key = ref.slice(at + 1);
    if (key.split(" ").length >= 4) byKey.set(key, [...(byKey.get(key) ?? []), ref]);
  }
  for (const list of byKey.values()) {
    const days = new Set(list.map((r) => uf.sigAt(r)?.date?.start));
    const [day] = days;
    if (list.length < 2 || days.size !== 1 || !day || day.length < 10) continue;
    for (const r of list.slice(1)) uf.union(list[0] ?? r, r, "same-description-same-day");
  }
}

/** "delegation of the european union to guatemala": an envoy body's head, its sender, its place. */
const ENVOY_OF =
  /^(delegation|mission|permanent mission|embassy|representation) of (?:the )?(.+?)(?: to .+)?$/;

/** The acronyms the gazetteer knows a body by, by the key of its label ("european union" → "eu"). */
const GAZETTEER_ACRONYMS = new Map(
  BODIES.map((b) => [matchKey(b.label), b.aliases.filter((a) => isAcronym(a)).map(matchKey)]),
);
const gazetteerAcronyms = (key: string): string[] => GAZETTEER_ACRONYMS.get(key) ?? [];

export function resolve(docs: DocAnalysis[]): Resolution {
  for (const an of docs) {
    readSpeakerTurns(an);
    dropShoutedWords(an);
    initialsAsPeople(an);
  }
  harmoniseBodyNames(docs);
  harmonisePersonBodyNames(docs);
  for (const an of docs) pairArabicNames(an);
  const { eventSig, ownAcronyms } = qualifyRefs(docs);
  const homes = new Map<string, string>();
  for (const an of docs)
    for (const ref of an.names.keys()) homes.set(ref, homes.has(ref) ? "*" : an.id);
  const uf = new Joiner(eventSig, homes);
  const names = new Map<string, Set<string>>();
  for (const an of docs) {
    for (const [a, b] of an.links) uf.union(a, b, linkRule(a, b), an.id);
    for (const [a, b] of sameEditions(an)) uf.union(a, b, "same-edition-in-document", an.id);
    for (const [a, b] of familyNameTails(an)) uf.union(a, b, "same-person-in-document", an.id);
    for (const [a, b] of sameDayPrefixes(an)) uf.union(a, b, "same-day-prefix-in-document", an.id);
    for (const [ref, set] of an.names) {
      const all = names.get(ref) ?? new Set<string>();
      for (const n of set) all.add(n);
      names.set(ref, all);
    }
  }
  const refs = [...names.keys()].sort(compareStrings);
  joinSpellings(uf, refs, names);
  joinSameDayDescriptions(uf, refs);
  // A place the gazetteer knows, or one the corpus writes as a place ("met in Gopalpur").
  const learnt = new Set(docs.flatMap((an) => an.placeKeys ?? []));
  const inPlaceOf = (key: string): boolean => isPlace(key) || learnt.has(key);
  const byVariant = new Map<string, string>();
  const refSet = new Set(refs);
  const shortOf = new Map<string, string[]>();
  const addShort = (short: string, long: string): void => {
    const list = shortOf.get(short) ?? [];
    list.push(long);
    shortOf.set(short, list);
  };
  // An event's acronym ("the Safe Nights programme (SNP)") used bare elsewhere, where no
  // document defines it as a body's, is the event's ("SNP reporting is due in May").
  const eventAcronyms = new Map<string, string[]>();
  for (const ref of refs)
    if (ref.startsWith("e:") && !/[#@]/.test(ref))
      for (const n of names.get(ref) ?? [])
        if (isAcronym(n)) {
          const key = matchKey(n);
          eventAcronyms.set(key, [...(eventAcronyms.get(key) ?? []), ref]);
        }
  for (const [key, events] of eventAcronyms)
    if (refSet.has(`o:${key}`) && !ownAcronyms.has(`o:${key}`) && !gazetteerLabel(key))
      joinShort(uf, `o:${key}`, events, "event-acronym");
  for (const ref of refs) {
    if (!ref.startsWith("o:") || ref.includes("~")) continue;
    const key = ref.slice(2);
    const v = variantKey(key);
    if (v) {
      const seen = byVariant.get(v);
      if (seen) uf.union(seen, ref, "name-variant");
      else byVariant.set(v, ref);
      if (refSet.has(`o:${v}`)) uf.union(`o:${v}`, ref, "name-variant");
    }
    // "Norwegian Brennholt Foundation" ↔ "Brennholt Foundation": a demonym before the name of
    // the one body so named ("Refugee Council" between two councils joins neither).
    const demonym = /^(\S+) (\S+ .+)$/.exec(key);
    if (demonym?.[1] && demonym[2] && DEMONYM_KEYS.has(demonym[1]) && refSet.has(`o:${demonym[2]}`))
      addShort(`o:${demonym[2]}`, ref);
    // "UNDP Iraq" ↔ "UNDP": offices of one body in several places all join the body.
    const placeTail = /^(\S+) (?:in )?(\S+(?: \S+)?)$/.exec(key);
    if (
      placeTail?.[1] &&
      placeTail[2] &&
      inPlaceOf(placeTail[2]) &&
      refSet.has(`o:${placeTail[1]}`)
    )
      uf.union(`o:${placeTail[1]}`, ref, "body-and-place");
    // "Embassy of Japan in Iraq" ↔ "Embassy of Japan": a body's name and its place, where the
    // corpus names the body in one place only.
    const inPlace = /^(.+ .+) in (\S+(?: \S+)?)$/.exec(key);
    // (Not a programme's: "X Programme in Basra" may be one edition of several.)
    if (
      inPlace?.[1] &&
      inPlace[2] &&
      inPlaceOf(inPlace[2]) &&
      !/ (?:program|programme|project|initiative|campaign)$/.test(inPlace[1]) &&
      refSet.has(`o:${inPlace[1]}`)
    )
      addShort(`o:${inPlace[1]}`, ref);
    // "Delegation of the European Union to Guatemala" ↔ "Delegation of the European Union" ↔
    // "EU Delegation": an envoy body, where the corpus sends it to one place only.
    const envoy = ENVOY_OF.exec(key);
    if (envoy?.[1] && envoy[2]) {
      const head = envoy[1];
      const sender = envoy[2];
      const shorts = [`${head} of the ${sender}`, `${head} of ${sender}`, `${sender} ${head}`];
      for (const acronym of gazetteerAcronyms(sender)) shorts.push(`${acronym} ${head}`);
      for (const s of new Set(shorts))
        if (`o:${s}` !== ref && refSet.has(`o:${s}`)) addShort(`o:${s}`, ref);
    }
    const short = /^(.+?) (?:for|of) /.exec(key)?.[1];
    if (short && short.includes(" ") && refSet.has(`o:${short}`)) addShort(`o:${short}`, ref);
    for (const own of ownNames(key))
      if (refSet.has(`o:${own}`) && !inPlaceOf(own)) addShort(`o:${own}`, ref);
  }
  shortPersonNames(refs, addShort);
  const eventsByKey = new Map<string, string[]>();
  const byTail = new Map<string, { ref: string; country: boolean }[]>();
  for (const ref of refs) {
    if (!ref.startsWith("e:") || ref.includes("#")) continue;
    const list = eventsByKey.get(eventKey(ref)) ?? [];
    list.push(ref);
    eventsByKey.set(eventKey(ref), list);
  }
  for (const ref of refs) {
    if (!ref.startsWith("e:")) continue;
    const key = eventKey(ref);
    const core = key.replace(/(?: (?:[ivx]+|\d))? (?:program|project|initiative)$/, "");
    // "Tamkeen Project", "Tamkeen II Project" ↔ "Tamkeen": names that differ only by their
    // generic head are one name, so the body joins each (where the dates agree).
    if (core !== key && refSet.has(`o:${core}`))
      uf.union(`o:${core}`, ref, "event-named-after-body");
    // "the Oasis Schools project" ↔ "Oasis Schools": an event's name with and without its
    // generic head (not a numbered phase's: "Tamkeen II project" is not "Tamkeen").
    const bare = GENERIC_HEAD_TAIL.exec(key)?.[1];
    if (bare?.includes(" ") && !ref.includes("#"))
      for (const b of eventsByKey.get(bare) ?? []) uf.union(b, ref, "event-generic-head");
    // "Learning Exchange 2025" ↔ "Learning Exchange": an edition's year after the name of
    // the one edition so named (the dates of both must agree).
    const year = / (?:19|20)\d\d$/.exec(key);
    if (year && !ref.includes("#")) {
      const base = key.slice(0, year.index);
      if (base.includes(" ")) for (const b of eventsByKey.get(base) ?? []) addShort(b, ref);
    }
    // "Clean Water Project in Oman" ↔ "Clean Water Project": a place tail. Two events named
    // with different places are different events, so the base joins only one of them.
    const tail = / in (\S+(?: \S+)?)$/.exec(key);
    if (tail?.[1] && inPlaceOf(tail[1]) && !ref.includes("#")) {
      const base = key.slice(0, tail.index);
      if (base.includes(" ")) {
        for (const b of eventsByKey.get(base) ?? []) addShort(b, ref);
        const list = byTail.get(base) ?? [];
        list.push({ ref, country: COUNTRY_PLACES.has(tail[1]) });
        byTail.set(base, list);
      }
    }
  }
  // "X in Tunisia" ↔ "X in Tunis": a name with a country joins the one name with a city
  // (the gazetteer does not say which country holds which city, so two cities join none).
  for (const [, list] of [...byTail].sort(([a], [b]) => compareStrings(a, b))) {
    const cities = list.filter((t) => !t.country).map((t) => t.ref);
    for (const t of list) if (t.country) joinShort(uf, t.ref, cities, "event-and-place");
  }
  for (const [short, longs] of [...shortOf].sort(([a], [b]) => compareStrings(a, b)))
    joinShort(uf, short, longs, short.startsWith("e:") ? "event-and-place" : "short-form");
  const clusters = new Map<string, string[]>();
  for (const ref of refs) {
    const root = uf.find(ref);
    const list = clusters.get(root) ?? [];
    list.push(ref);
    clusters.set(root, list);
  }
  const entities = new Map<string, ExtractedEntity>();
  const idOf = new Map<string, string>();
  // Clusters whose labels share a slug become one entity: the last label wins, and every
  // other name and earlier label is an alias (gathered in a set, sorted once at the end).
  const aliasSets = new Map<string, Set<string>>();
  for (const members of clusters.values()) {
    const kind = kindOf(members);
    const all = [...new Set(members.flatMap((r) => [...(names.get(r) ?? [])]))].sort(
      compareStrings,
    );
    const known = members
      .filter((r) => !ownAcronyms.has(r))
      .flatMap((r) => [...(names.get(r) ?? [])])
      .sort(compareStrings);
    const label = pickLabel(all, kind, known).replace(/^(?:the|The)\s+/, "");
    // An event whose name was held on several dates carries its date (and place) in its id.
    const sig =
      kind === "event" && members.some((r) => r.startsWith("e:") && r.includes("@"))
        ? uf.sigAt(members[0] ?? "")
        : undefined;
    // An event only one document names, by a description ("the workshop"), is that
    // document's own: its id carries the document, so another's "workshop" stays apart.
    // (So is one labelled by such a description: "one-day seminar" is no name to share.)
    const labelRef = members.find((r) => names.get(r)?.has(label));
    const scoped = members.every((r) => r.includes("#"))
      ? members[0]
      : labelRef?.includes("#")
        ? labelRef
        : undefined;
    const home = scoped?.slice(2, scoped.indexOf("#"));
    const suffix = sig
      ? `-${slug(sigText(sig)).replace(/^x$/, "undated")}`
      : home && kind === "event"
        ? `-${slug(home)}`
        : "";
    const id = `${kind === "event" ? "event" : kind === "person" ? "person" : "org"}:${slug(label)}${suffix}`;
    const prior = entities.get(id);
    const aliases = aliasSets.get(id) ?? new Set<string>();
    if (prior) {
      aliases.add(prior.label);
      prior.label = label;
    } else {
      aliasSets.set(id, aliases);
      entities.set(id, { id, label, kind, aliases: [], mentions: [] });
    }
    for (const n of all) aliases.add(n);
    // ("the Safe Roads project": its name without the generic head is an alias too.)
    if (kind === "event")
      for (const n of all) {
        const bare = LOWER_HEAD_TAIL.exec(n)?.[1];
        // (Not a body's: "the Centre for Peace Studies project" is the centre's project, as is
        // one named after a body the corpus names.)
        if (
          bare?.includes(" ") &&
          !ORG_HEADS.has(bare.slice(0, bare.indexOf(" "))) &&
          !refSet.has(`o:${matchKey(bare)}`)
        )
          aliases.add(bare);
      }
    for (const r of members) idOf.set(r, id);
  }
  for (const [id, aliases] of aliasSets) {
    const e = entities.get(id);
    if (!e) continue;
    aliases.delete(e.label);
    e.aliases = [...aliases].sort(compareStrings);
  }
  // The evidence of each join, on the entity it made: the two names (each ref's first name).
  const nameOf = (ref: string): string =>
    [...(names.get(ref) ?? [])].sort(compareStrings)[0] ?? ref.slice(2);
  const merges = new Map<string, MergeEvidence[]>();
  for (const j of uf.joins) {
    const id = idOf.get(j.a);
    const pair = [nameOf(j.a), nameOf(j.b)].sort(compareStrings);
    if (!id || pair[0] === pair[1]) continue;
    const list = merges.get(id) ?? [];
    list.push(j.doc ? { rule: j.rule, names: pair, doc: j.doc } : { rule: j.rule, names: pair });
    merges.set(id, list);
  }
  for (const [id, list] of merges) {
    const e = entities.get(id);
    if (e) e.merges = pickMerges(list);
  }
  const seen = new Set<string>();
  for (const an of docs) {
    for (const m of an.mentions) {
      const id = idOf.get(m.ref);
      const e = id ? entities.get(id) : undefined;
      const k = `${id}|${an.id}|${m.start}|${m.end}`;
      if (!e || seen.has(k)) continue;
      seen.add(k);
      e.mentions.push({ doc: an.id, start: m.start, end: m.end });
    }
  }
  return { entities, idOf };
}
