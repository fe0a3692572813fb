/**
 * Identity before alias resolution: rewrites the refs of each document so that the union
 * across the corpus (resolve.ts) joins only what the evidence allows.
 *
 * - Events. A name ("Workshop on Youth Employment in Basra") names the same event in two
 *   documents only when their dates, and their places where both give one, agree. The
 *   occurrences of each name are grouped by date and place (see `groupSignatures`); a name
 *   held on several dates becomes one ref per group ("e:workshop on x@2019-05-03|basra").
 *   An event without a date of its own takes the date of the events its document links it
 *   to; a date that is only the release's own (dateline) date counts as "within two weeks".
 *   A description ("a follow-up meeting", "2009 conference in Italy") is no name: it stays
 *   in its document.
 * - Acronyms. An acronym means what the document that uses it defined ("Long Form (ACR)",
 *   or, without a definition, the one name of that document whose initials it spells).
 *   When the corpus gives one acronym two or more long forms (spellings of one body, and a
 *   long form inside a longer one, count once), the acronym ref of each defining document
 *   is qualified by its long form ("o:drc~danish refugee council"), and a bare use in a
 *   document without a definition stays its own node: the corpus does not say which body
 *   it means. The gazetteer's meaning counts as one of the corpus's: a bare well-known
 *   acronym keeps its well-known body unless some document defines it otherwise. A
 *   document that names two bodies with the acronym's initials and defines neither ties
 *   the acronym to neither.
 *
 * Every decision depends only on the set of documents, never on their order.
 */
import type { EventDate } from "../../model/types.ts";
import { BODIES, COUNTRIES } from "../gazetteer.ts";
import { initials } from "./acronyms.ts";
import { gazetteerLabel } from "./names.ts";
import type { DocAnalysis } from "./model.ts";
import { compareStrings, isAcronym, matchKey } from "./text.ts";

/** Union-find whose root is always the smallest member, so it is independent of order. */
export class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p === x) return x;
    p = this.find(p);
    this.parent.set(x, p);
    return p;
  }
  /** Joins the sets of a and b; returns the new root, or undefined when already joined. */
  union(a: string, b: string): string | undefined {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return undefined;
    if (compareStrings(ra, rb) < 0) {
      this.parent.set(rb, ra);
      return ra;
    }
    this.parent.set(ra, rb);
    return rb;
  }
}

/**
 * When and where an event happened, as a closed interval of days (`lo`..`hi`, ISO strings;
 * an undated event spans every day) and a place key. `date` and `place` keep the most
 * specific forms seen, for ids.
 */
export interface EventSig {
  lo: string;
  hi: string;
  placeKey?: string;
  /** True when the place is a country, which may hold a city named elsewhere. */
  country?: boolean;
  date?: EventDate;
  place?: string;
}

const NO_DATE = { lo: "0000-00-00", hi: "9999-99-99" };

/**
 * The signature of a date and place. A date that is only the release's own date (the
 * dateline, which recognition gives an event it finds no other date for, or the nearest
 * date of its sentence) bounds the event rather than dates it: it spans two weeks either way.
 */
function sigOf(date: EventDate | undefined, place: string | undefined, weak = false): EventSig {
  const placeKey = place ? matchKey(place) : undefined;
  const base: EventSig = date
    ? { lo: low(date.start), hi: high(date.end ?? date.start), date }
    : { ...NO_DATE };
  if (base.hi < base.lo) base.hi = base.lo;
  if (date && weak) {
    base.lo = shift(base.lo, -WEAK_DAYS);
    base.hi = shift(base.hi, WEAK_DAYS);
  }
  if (placeKey && place) {
    base.placeKey = placeKey;
    base.place = place;
    if (COUNTRY_KEYS.has(placeKey)) base.country = true;
  }
  return base;
}

const WEAK_DAYS = 14;
const DAY_MS = 86_400_000;

/** Days since 1970 of a full ISO date (months and days past their end roll over). */
const dayNumber = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/** A full ISO date `days` later (or earlier). */
function shift(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

const COUNTRY_KEYS = new Set([...COUNTRIES.keys()].map(matchKey));
/** The refs recognition gives the gazetteer's bodies. */
const GAZETTEER_REFS = new Set(BODIES.map((b) => `o:${matchKey(b.label)}`));

const low = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const high = (d: string): string =>
  d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;

/**
 * True when two signatures can name one event: their days overlap and their places agree.
 * Two cities (or two countries) agree only when they are the same; a country and a city
 * agree, as the gazetteer does not say which country holds which city.
 */
export function compatible(a: EventSig, b: EventSig): boolean {
  if (a.lo > b.hi || b.lo > a.hi) return false;
  if (!a.placeKey || !b.placeKey || a.placeKey === b.placeKey) return true;
  return !!a.country !== !!b.country;
}

/** 0 for a city, 1 for a country, 2 for no place: the order of specificity. */
const placeRank = (s: EventSig): number => (!s.placeKey ? 2 : s.country ? 1 : 0);

/** What two compatible signatures say together: the common days, the place either gives. */
export function meet(a: EventSig, b: EventSig): EventSig {
  const out: EventSig = { lo: a.lo > b.lo ? a.lo : b.lo, hi: a.hi < b.hi ? a.hi : b.hi };
  const date = a.date ?? b.date;
  if (date) out.date = date;
  const placed = placeRank(b) < placeRank(a) ? b : a;
  if (placed.placeKey) {
    out.placeKey = placed.placeKey;
    out.place = placed.place;
    if (placed.country) out.country = true;
  }
  return out;
}

/** Days an interval spans (an undated signature spans more than any date). */
function width(s: EventSig): number {
  return s.date ? dayNumber(s.hi) - dayNumber(s.lo) : Number.MAX_SAFE_INTEGER;
}

/** A stable text for a signature: its date (start/end at the text's precision) and place. */
export function sigText(s: EventSig): string {
  const date = s.date ? (s.date.end ? `${s.date.start}/${s.date.end}` : s.date.start) : "";
  return `${date}|${s.placeKey ?? ""}`;
}

/**
 * Groups the distinct signatures under which one name occurs. Signatures are taken from the
 * most specific (fewest days, a place given) to the least, ties by their text, so the result
 * does not depend on the order of documents. Each joins the one group it is compatible with;
 * one compatible with none, or with several (a bare "2019" between "3 May 2019" and
 * "8 June 2019", an undated mention between two dated editions), starts a group of its own.
 * Returns each signature's group (its first member's text) and the groups' signatures.
 */
export function groupSignatures(sigs: EventSig[]): {
  groupOf: Map<string, string>;
  groups: Map<string, EventSig>;
} {
  const byText = new Map<string, EventSig>();
  for (const s of sigs) if (!byText.has(sigText(s))) byText.set(sigText(s), s);
  const order = [...byText.entries()].sort(
    ([ta, a], [tb, b]) =>
      width(a) - width(b) || placeRank(a) - placeRank(b) || compareStrings(ta, tb),
  );
  const groups = new Map<string, EventSig>();
  const groupOf = new Map<string, string>();
  for (const [text, s] of order) {
    const fits = [...groups.entries()].filter(([, g]) => compatible(g, s));
    const only = fits.length === 1 ? fits[0] : undefined;
    if (only) {
      groups.set(only[0], meet(only[1], s));
      groupOf.set(text, only[0]);
    } else {
      groups.set(text, s);
      groupOf.set(text, text);
    }
  }
  return { groupOf, groups };
}

const PLACE_TAIL = /\s+\p{Lu}\p{Ll}+$/u;

/** The acronym a ref stands for in one document ("DRC", "EUAM Iraq" → "EUAM"), if it does. */
function acronymOf(an: DocAnalysis, ref: string): string | undefined {
  if (!ref.startsWith("o:")) return undefined;
  const names = an.names.get(ref);
  if (!names || names.size === 0) return undefined;
  let surface: string | undefined;
  for (const n of names) {
    const s = n.replace(PLACE_TAIL, "");
    if (!isAcronym(s)) return undefined;
    surface ??= s;
  }
  return surface;
}

/** Connector words, left out when two spellings of a long form are compared. */
const CONNECTORS = new Set(["of", "for", "the", "and", "in", "on", "to", "de", "al", "el"]);

/**
 * A spelling key of a long form: its words without connectors, each cut to five letters
 * ("Iraqi Al-Amal Associations" and "Iraqi Amal Association" agree).
 */
function spelling(key: string): string {
  return key
    .split(" ")
    .filter((w) => !CONNECTORS.has(w))
    .map((w) => w.slice(0, 5))
    .join(" ");
}

/** True when the document defines the acronym by this long form: "Long Form (ACR)". */
function definedIn(an: DocAnalysis, long: string, acronym: string): boolean {
  const after = new RegExp(`^\\s*[(/]\\s*${acronym.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`);
  for (const n of an.names.get(long) ?? [])
    for (let i = an.text.indexOf(n); i >= 0; i = an.text.indexOf(n, i + 1)) {
      const end = i + n.length;
      if (after.test(an.text.slice(end, end + acronym.length + 8))) return true;
    }
  return false;
}

/** True when every word of the shorter long form is a word of the longer (by spelling). */
function nested(a: string, b: string): boolean {
  const wa = spelling(a).split(" ");
  const wb = spelling(b).split(" ");
  const [small, large] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  return small.length > 0 && small.every((w) => large.has(w));
}

/** The organisation refs of one document by the initials of their names ("DRC" → refs). */
function initialsIndex(an: DocAnalysis): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of an.mentions) {
    if (m.kind !== "org") continue;
    const name = an.text.slice(m.start, m.end);
    if (!name.includes(" ") || isAcronym(name)) continue;
    const key = initials(name);
    out.set(key, (out.get(key) ?? new Set()).add(m.ref));
  }
  return out;
}

/** Rewrites refs throughout one document: mentions, events, names, links, main, tables. */
export function rewriteRefs(an: DocAnalysis, to: ReadonlyMap<string, string>): void {
  if (to.size === 0) return;
  const map = (r: string): string => to.get(r) ?? r;
  for (const m of an.mentions) m.ref = map(m.ref);
  const seen = new Set<string>();
  an.events = an.events.filter((e) => {
    e.ref = map(e.ref);
    if (seen.has(e.ref)) return false;
    seen.add(e.ref);
    return true;
  });
  const names = new Map<string, Set<string>>();
  for (const [r, set] of an.names) {
    const key = map(r);
    const into = names.get(key);
    if (into) for (const n of set) into.add(n);
    else names.set(key, new Set(set));
  }
  an.names = names;
  an.links = an.links.map(([a, b]) => [map(a), map(b)]);
  if (an.main) an.main = map(an.main);
  for (const t of an.tableFunding) t.ref = map(t.ref);
}

/** The key of an event ref without its document scope or date qualifier. */
export function eventKey(ref: string): string {
  const at = ref.indexOf("@");
  const bare = at < 0 ? ref : ref.slice(0, at);
  return bare.slice(bare.indexOf("#") + 1).replace(/^e:/, "");
}

/** Each event of one document with its signature, a linked event's date where it has none. */
function documentSigs(an: DocAnalysis): Map<string, EventSig> {
  const uf = new UnionFind();
  for (const [a, b] of an.links) if (a.startsWith("e:") && b.startsWith("e:")) uf.union(a, b);
  const dates = new Map<string, Map<string, EventDate>>();
  const places = new Map<string, Set<string>>();
  for (const ev of an.events) {
    const root = uf.find(ev.ref);
    if (ev.date) {
      const d = dates.get(root) ?? new Map<string, EventDate>();
      d.set(`${ev.date.start}/${ev.date.end ?? ""}`, ev.date);
      dates.set(root, d);
    }
    if (ev.place) places.set(root, (places.get(root) ?? new Set()).add(ev.place));
  }
  const out = new Map<string, EventSig>();
  for (const ev of an.events) {
    const root = uf.find(ev.ref);
    const shared = dates.get(root);
    const date = ev.date ?? (shared?.size === 1 ? [...shared.values()][0] : undefined);
    const placeSet = places.get(root);
    const place = ev.place ?? (placeSet?.size === 1 ? [...placeSet][0] : undefined);
    const released = an.seg.date?.date;
    const weak =
      !!date && !!released && !date.end && !released.end && date.start === released.start;
    out.set(ev.ref, sigOf(date, place, weak));
  }
  return out;
}

/** What the pre-pass learnt, for resolve. */
export interface Identity {
  /** Each event ref's signature. */
  eventSig: Map<string, EventSig>;
  /**
   * The acronym refs it qualified, or took from the gazetteer's body: the gazetteer's
   * label of their names does not apply to them.
   */
  ownAcronyms: Set<string>;
}

/**
 * Qualifies the refs of every document (in place) as the module comment describes, and
 * returns the signature of every event ref after the rewrite.
 */
export function qualifyRefs(docs: DocAnalysis[]): Identity {
  const rewrites = docs.map(() => new Map<string, string>());
  const eventSig = new Map<string, EventSig>();

  // Events: descriptions stay home; names are grouped by date and place.
  const occurrences = new Map<string, { doc: number; sig: EventSig }[]>();
  const local = docs.map(documentSigs);
  docs.forEach((an, i) => {
    for (const ev of an.events) {
      const sig = local[i]?.get(ev.ref) ?? sigOf(undefined, undefined);
      if (ev.ref.includes("#")) {
        eventSig.set(ev.ref, sig);
        continue;
      }
      const names = an.names.get(ev.ref);
      if (names && names.size > 0 && [...names].every((n) => !/^\p{Lu}/u.test(n))) {
        const scoped = `e:${an.id}#${ev.ref.slice(2)}`;
        rewrites[i]?.set(ev.ref, scoped);
        eventSig.set(scoped, sig);
        continue;
      }
      const list = occurrences.get(ev.ref) ?? [];
      list.push({ doc: i, sig });
      occurrences.set(ev.ref, list);
    }
  });
  for (const [ref, list] of occurrences) {
    const { groupOf, groups } = groupSignatures(list.map((o) => o.sig));
    if (groups.size === 1) {
      const only = [...groups.values()][0];
      if (only) eventSig.set(ref, only);
      continue;
    }
    for (const o of list) {
      const group = groupOf.get(sigText(o.sig)) ?? "";
      const qualified = `${ref}@${group}`;
      rewrites[o.doc]?.set(ref, qualified);
      const sig = groups.get(group);
      if (sig) eventSig.set(qualified, sig);
    }
  }

  // Acronyms: the long forms each acronym is given, as components of the links between
  // long forms and of their spellings (so two spellings of one body count once).
  const longForms = new UnionFind();
  const definitions: { doc: number; acronym: string; ref: string; long: string }[] = [];
  const dropped = docs.map(() => new Set<string>());
  docs.forEach((an, i) => {
    let byInitials: Map<string, Set<string>> | undefined;
    for (const [a, b] of an.links) {
      if (a === b || !a.startsWith("o:") || !b.startsWith("o:")) continue;
      const sa = acronymOf(an, a);
      const sb = acronymOf(an, b);
      if (!sa && !sb) longForms.union(a, b);
      if (!sa === !sb) continue;
      const d = sa
        ? { doc: i, acronym: sa, ref: a, long: b }
        : { doc: i, acronym: sb ?? "", ref: b, long: a };
      // A bare acronym tied to a name by its initials, where the document names two bodies
      // with those initials: the document does not say which, so it keeps neither.
      if (!definedIn(an, d.long, d.acronym)) {
        byInitials ??= initialsIndex(an);
        if ((byInitials.get(d.acronym)?.size ?? 0) > 1) {
          dropped[i]?.add(`${d.ref}\u0000${d.long}`);
          rewrites[i]?.set(d.ref, `o:${matchKey(d.acronym)}~${an.id}`);
          continue;
        }
      }
      definitions.push(d);
    }
  });
  const meaning = (long: string): string => {
    longForms.union(long, `~${spelling(long.slice(2))}`);
    return long;
  };
  const meanings = new Map<string, Set<string>>();
  for (const d of definitions) {
    const key = `o:${matchKey(d.acronym)}`;
    const set = meanings.get(key) ?? new Set<string>();
    set.add(meaning(d.long));
    const gaz = gazetteerLabel(d.acronym);
    if (gaz) set.add(meaning(`o:${matchKey(gaz)}`));
    meanings.set(key, set);
  }
  // A long form whose every word is in another long form of the same acronym names the
  // same body more fully ("European Union" in "Delegation of the European Union to Iraq").
  for (const set of meanings.values()) {
    const longs = [...set].sort(compareStrings);
    for (const a of longs)
      for (const b of longs) if (a < b && nested(a.slice(2), b.slice(2))) longForms.union(a, b);
  }
  const distinct = (longs: Iterable<string>): Set<string> =>
    new Set([...longs].map((l) => longForms.find(l)));
  const perDoc = new Map<string, Set<string>>();
  for (const d of definitions) {
    const k = `${d.doc}\u0000${d.ref}`;
    perDoc.set(k, (perDoc.get(k) ?? new Set()).add(d.long));
  }
  for (const d of definitions) {
    if (rewrites[d.doc]?.has(d.ref)) continue;
    if (distinct(meanings.get(`o:${matchKey(d.acronym)}`) ?? []).size < 2) continue;
    const an = docs[d.doc];
    if (!an) continue;
    const longs = perDoc.get(`${d.doc}\u0000${d.ref}`) ?? new Set<string>();
    let mine = distinct(longs);
    if (mine.size > 1) {
      // The document names two bodies with these initials: the one it defines ("Long
      // Form (ACR)") is its meaning; with none or several defined, the acronym keeps no
      // long form here rather than join two.
      const defined = distinct([...longs].filter((l) => definedIn(an, l, d.acronym)));
      mine = defined.size === 1 ? defined : new Set();
      for (const l of longs)
        if (!mine.has(longForms.find(l))) dropped[d.doc]?.add(`${d.ref}\u0000${l}`);
    }
    // Qualified by the long form's component (its smallest ref), else by the document.
    const only = mine.size === 1 ? [...mine][0] : undefined;
    const surface = [...(an.names.get(d.ref) ?? [])].sort(compareStrings)[0] ?? d.acronym;
    rewrites[d.doc]?.set(d.ref, `o:${matchKey(surface)}~${only ? only.slice(2) : an.id}`);
  }
  // A bare well-known acronym ("DRC" alone) where the corpus also defines it otherwise:
  // recognition gave it the gazetteer's body, but the corpus gives it two meanings.
  docs.forEach((an, i) => {
    for (const ref of an.names.keys()) {
      if (!GAZETTEER_REFS.has(ref)) continue;
      const surface = acronymOf(an, ref);
      const key = surface ? `o:${matchKey(surface)}` : "";
      if (!surface || ref === key || rewrites[i]?.has(ref)) continue;
      if (distinct(meanings.get(key) ?? []).size < 2) continue;
      const name = [...(an.names.get(ref) ?? [])].sort(compareStrings)[0] ?? surface;
      rewrites[i]?.set(ref, `o:${matchKey(name)}`);
    }
  });
  docs.forEach((an, i) => {
    const drop = dropped[i];
    if (drop?.size)
      an.links = an.links.filter(
        ([a, b]) => !drop.has(`${a}\u0000${b}`) && !drop.has(`${b}\u0000${a}`),
      );
  });
  docs.forEach((an, i) => rewriteRefs(an, rewrites[i] ?? new Map()));
  const ownAcronyms = new Set<string>();
  for (const map of rewrites)
    for (const to of map.values()) if (to.startsWith("o:")) ownAcronyms.add(to);
  return { eventSig, ownAcronyms };
}
