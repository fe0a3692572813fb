/**
 * Alias resolution across documents: one entity per real-world body, person or event.
 * References are joined by union-find on evidence (acronym definitions, initials, the
 * gazetteer, "Iraqi Government" ↔ "Government of Iraq", "UNDP Iraq" ↔ "UNDP",
 * "X University" ↔ "University of X", a name and its shorter form before "for/of"),
 * keyed by normalised names so the work stays linear in the number of names.
 */
import type { NodeKind } from "../../model/types.ts";
import type { ExtractedEntity } from "../types.ts";
import { COUNTRIES, DEMONYMS } from "../gazetteer.ts";
import type { DocAnalysis } from "./model.ts";
import { gazetteerLabel, isPlace } from "./names.ts";
import { compareStrings, isAcronym, matchKey, slug } from "./text.ts";

/** Resolution result: entities (kind funder decided later) and each ref's entity id. */
export interface Resolution {
  entities: Map<string, ExtractedEntity>;
  idOf: Map<string, string>;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p === x) return x;
    p = this.find(p);
    this.parent.set(x, p);
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (compareStrings(ra, rb) < 0) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

const COUNTRY_KEYS = new Map([...COUNTRIES.keys()].map((c) => [matchKey(c), c]));
const DEMONYM_KEYS = new Map([...DEMONYMS].map(([d, c]) => [matchKey(d), c]));

/** A key shared by the variants of a name: government forms, head inversions, "the". */
function variantKey(key: string): string | undefined {
  // "Office of the Minister of State for X", "Ministry of State for X", "Ministry of X".
  const ministry =
    /^(?:office of (?:the )?minister of state for|minist(?:er|ry) of state for|office of state for|ministry (?:of|for)) (?:the )?(.+)$/.exec(
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
  if (/ of the /.test(key)) return key.replace(/ of the /g, " of ");
  return undefined;
}

function kindOf(refs: string[]): NodeKind {
  if (refs.some((r) => r.startsWith("e:"))) return "event";
  if (refs.some((r) => r.startsWith("p:"))) return "person";
  return "organisation";
}

function pickLabel(names: string[], kind: NodeKind): string {
  const gaz =
    kind === "organisation" ? names.map((n) => gazetteerLabel(n)).find(Boolean) : undefined;
  if (gaz) return gaz;
  const full = names.filter((n) => !isAcronym(n.replace(/\s+\p{Lu}\p{Ll}+$/u, "")));
  const pool = full.length ? full : names;
  return [...pool].sort((a, b) => b.length - a.length || compareStrings(a, b))[0] ?? "";
}

/** Joins the references of all documents into entities with stable ids. */
export function resolve(docs: DocAnalysis[]): Resolution {
  const uf = new UnionFind();
  const names = new Map<string, Set<string>>();
  for (const an of docs) {
    for (const [a, b] of an.links) uf.union(a, b);
    for (const [ref, set] of an.names) {
      const all = names.get(ref) ?? new Set<string>();
      for (const n of set) all.add(n);
      names.set(ref, all);
    }
  }
  const refs = [...names.keys()].sort(compareStrings);
  const byVariant = new Map<string, string>();
  const refSet = new Set(refs);
  for (const ref of refs) {
    if (!ref.startsWith("o:")) continue;
    const key = ref.slice(2);
    const v = variantKey(key);
    if (v) {
      const seen = byVariant.get(v);
      if (seen) uf.union(seen, ref);
      else byVariant.set(v, ref);
      if (refSet.has(`o:${v}`)) uf.union(`o:${v}`, ref);
    }
    const placeTail = /^(\S+) (?:in )?(\S+(?: \S+)?)$/.exec(key);
    if (placeTail?.[1] && placeTail[2] && isPlace(placeTail[2]) && refSet.has(`o:${placeTail[1]}`))
      uf.union(`o:${placeTail[1]}`, ref);
    const short = /^(.+?) (?:for|of) /.exec(key)?.[1];
    if (short && short.includes(" ") && refSet.has(`o:${short}`)) uf.union(`o:${short}`, ref);
  }
  const byPlaceTail = new Map<string, string>();
  for (const ref of refs) {
    if (!ref.startsWith("e:")) continue;
    const key = ref.slice(ref.indexOf("#") + 1).replace(/^e:/, "");
    const core = key.replace(/(?: (?:[ivx]+|\d))? (?:program|project|initiative)$/, "");
    if (core !== key && refSet.has(`o:${core}`)) uf.union(ref, `o:${core}`);
    // "Clean Water Project in Oman" ↔ "Clean Water Project": a place tail.
    const tail = / in (\S+(?: \S+)?)$/.exec(key);
    if (tail?.[1] && isPlace(tail[1]) && !ref.includes("#")) {
      const base = `e:${key.slice(0, tail.index)}`;
      if (base.includes(" ") && refSet.has(base)) uf.union(base, ref);
      const seen = byPlaceTail.get(base);
      if (seen) uf.union(seen, ref);
      else if (base.includes(" ")) byPlaceTail.set(base, ref);
    }
  }
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
    const label = pickLabel(all, kind).replace(/^(?:the|The)\s+/, "");
    const id = `${kind === "event" ? "event" : kind === "person" ? "person" : "org"}:${slug(label)}`;
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
    for (const r of members) idOf.set(r, id);
  }
  for (const [id, aliases] of aliasSets) {
    const e = entities.get(id);
    if (!e) continue;
    aliases.delete(e.label);
    e.aliases = [...aliases].sort(compareStrings);
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
