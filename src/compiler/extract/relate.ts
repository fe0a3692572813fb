/**
 * Relations, read sentence by sentence from cue words: subject + verb (hosted, attended,
 * said, funds), passive "by" phrases, and forward phrases ("brought together", "in
 * partnership with", "with support from"), each distributing over the coordinated list it
 * governs; titles and possessives give person → organisation and unit → parent; funding
 * tables give amounts. Each relation cites its sentence.
 */
import type { EdgeKind, EventType } from "../../model/types.ts";
import type { ExtractedRelation } from "../types.ts";
import { currencyOf, findAmounts } from "./amounts.ts";
import {
  ACTIVITY_COLUMN,
  amountColumnOf,
  BODY_COLUMN,
  DONOR_COLUMN,
  LEAD_COLUMN,
  PERSON_COLUMN,
  columnOf,
  isGrantTable,
  tablesOf,
  type Cell,
} from "./tables.ts";
import { isProjectPage, referent, referents, sectionAt } from "./events.ts";
import {
  EVENT_HEADS,
  FUNDING_CUES,
  FUNDING_VERBS,
  ORG_HEADS,
  ORGANISE_VERBS,
  PARTICIPATE_VERBS,
  ROLE_NOUNS,
  ROLE_WORDS,
  RUNNING_HEADER,
  SPEECH_VERBS,
} from "./lexicon.ts";
import { runsOverPeriod, type DocAnalysis, type Mention } from "./model.ts";
import { speakerLines } from "./speakers.ts";
import { legalFormAfter } from "./names.ts";
import { mentionsWithin } from "./mentions.ts";
import { attendance } from "./attendance.ts";
import { eventParts } from "./event-parts.ts";
import { COUNTRIES, DEMONYMS } from "../gazetteer.ts";
import { REDACTION_MARK } from "../redact.ts";

interface Item {
  id: string;
  kind: "org" | "person" | "event";
  start: number;
  end: number;
}

/** Records a relation from `a` to `b` citing span `s`, with a funding amount if known. */
type AddRelation = (
  a: string,
  b: string,
  k: EdgeKind,
  s: { start: number; end: number },
  amt?: { amount: number; currency?: string },
) => void;

interface Cue {
  start: number;
  end: number;
  kind: EdgeKind;
  dir: "forward" | "backward";
  /** A cue that announces a list ("the winners are A; B; and C"): its scope is the list. */
  list?: boolean;
  /** "funded by A, which …; by B, …": a "by" that carries on the cue before it. */
  carries?: boolean;
}

/** Nouns that announce the members of a programme: winners, grantees, beneficiaries. */
const LIST_RE =
  /\b(?:winners|grantees|beneficiaries|recipients|awardees|laureates|selected (?:organi[sz]ations|NGOs|projects))(?:\s+(?:are|were|include|included|is))?\b:?/giu;
/** A sentence that opens a list told over the following sentences ("the NGOs listed below"). */
const LIST_OPENER =
  /\b(?:listed below|(?:are|were) as follows|the following (?:organi[sz]ations|NGOs|associations|grantees|winners|beneficiaries|partners))\b/i;
/** A sentence ending on a colon that announces who took part ("The officials who participated were:"). */
const PEOPLE_LIST_OPENER =
  /\b(?:participated|attended|took part|spoke|joined|were present|answered|(?:participants|speakers|attendees|guests) (?:were|included))\b[^.:]{0,100}:\s*$/i;

/** What may stand between a list separator and the next member: "and", "finally", "the". */
const LIST_GAP = /^\s*(?:and\s*,?\s*)?(?:finally\s*,?\s*|also\s+|lastly\s*,?\s*)?(?:the\s+)?$/i;

/** The agents after `from` that open a list member (after "A;", "B,", "and finally the"). */
function listMembers<T extends { start: number; end: number }>(
  text: string,
  from: number,
  agents: T[],
): T[] {
  return agents.filter((x) => {
    if (x.start < from) return false;
    const gap = text.slice(from, x.start);
    const sep = Math.max(gap.lastIndexOf(";"), gap.lastIndexOf(","), gap.lastIndexOf(":"));
    return LIST_GAP.test(gap.slice(sep + 1));
  });
}

const BY_PARTICIPLES: Record<string, EdgeKind> = {
  organised: "organised",
  organized: "organised",
  hosted: "organised",
  implemented: "organised",
  run: "organised",
  led: "organised",
  managed: "organised",
  administered: "organised",
  convened: "organised",
  conducted: "organised",
  facilitated: "organised",
  coordinated: "organised",
  attended: "participated",
  joined: "participated",
  supervised: "participated",
  presented: "participated",
  completed: "organised",
  concluded: "organised",
  held: "organised",
  launched: "organised",
  "co-organised": "organised",
  "co-organized": "organised",
  "co-hosted": "organised",
  initiated: "organised",
  chaired: "participated",
  "co-chaired": "participated",
  signed: "participated",
  "co-signed": "participated",
  countersigned: "participated",
  moderated: "participated",
  opened: "participated",
  addressed: "participated",
  represented: "participated",
  given: "participated",
  delivered: "participated",
  made: "participated",
};
const FORWARD_RE =
  /\b(?:brought together|bringing together|in (?:close )?(?:partnership|cooperation|collaboration|coordination) with|together with|coordinated with|partnered with|partners?(?: organi[sz]ations?)?(?: are| were| include[ds]?| included)?[:,]?|representatives? (?:of|from)|with the participation of|(?:participants?|attendees|trainees|delegates)(?: (?:came|come|were drawn|were selected|were invited))? (?:from|included)|attending were|attended by|among the (?:prominent )?guests were|with (?:the )?(?:technical|logistical|in-kind|expert|advisory|organi[sz]ational) (?:support|assistance|expertise|input|backstopping) (?:of|from))\b/giu;
/**
 * What each cue pattern needs, tested before the pattern runs: every listed pattern must
 * match somewhere in the sentence. No word holds "s" or "k", which case-insensitive Unicode
 * patterns also match as "ſ" and the Kelvin sign.
 */
const FUNDING_CUE_NEEDS: readonly (readonly RegExp[])[] = [
  [/by/i, /funded|financed|ored|upported|underwritten|paid|borne|bankrolled/i],
  [/with|than/i, /upport|fund|grant|contribution|financing/i],
  [/from/i, /grant|funding|contribution|donation/i],
  [/from/i, /receiv|with/i, /\d|million|thousand|dollar|euro/i],
  [/from/i, /came|come|coming|provided/i, /contribution|grant|funding|budget|money|\d/i],
  [/possible/],
  [/ponsoring|unding|inancing|upporting|acking/, /\b(?:was|were|is|are)\b/],
  [/covered|met/, /cost|expense|fee|budget/i],
];
const FORWARD_NEEDS =
  /together|ion with|ated with|partner|entative|particip|attend|trainee|delegate|among|technical|logistical|in-kind|expert|advisory|organi[sz]ational/i;
/**
 * Fronted and inverted frames whose agents follow the verb: "Participating in the forum were
 * A, B and C", "Among those taking part were", "Joining the meeting were", "Present at the
 * launch were", "Speakers included", "The panel featured". The event may sit inside the frame.
 */
const FRONTED_RE =
  /\b(?:(?:participating|taking part|joining|present|represented|attending|speaking|involved|invited to speak|invited)\b(?: (?:in|at|on)\b)?[^.;]{0,140}?\b(?:were|was|are|included)|(?:among|joining) (?:the |those |them )?(?:[\p{L}-]+ ){0,3}?(?:(?:in|at|of) [^.;]{0,80}? )?(?:were|was|are|included)|(?:speakers|panellists|panelists|participants|attendees|guests|delegates|partners)(?: at [^.;]{0,60}?)? (?:included|were|are|include)|(?:panel|session|programme|agenda) (?:featured|included|brought together)|featur(?:ed|ing)|(?:was|were) (?:also )?joined by)\b:?/giu;
const FRONTED_NEEDS =
  /partic|part|join|present|represent|attend|speak|involv|among|included|includ|featur|were|was/i;
/** Light-verb frames: "gave a presentation", "delivered a keynote", "sent two delegates to". */
const LIGHT_RE =
  /\b(?:cut|cuts|cutting)\s+the\s+(?:ribbon|cake)\b|\b(?:gave|give|gives|giving|made|makes|making|delivered|delivers|delivering|presented|held|offered)\s+(?:an?\s+|the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+){0,2}?(?:presentation|talk|speech|lecture|keynote|address|briefing|statement|remarks|testimony|overview|intervention|word)(?:s|es)?\b|\b(?:sent|sends|dispatched|delegated|nominated)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:delegates?|representatives?|delegations?|staff|members?|experts?|observers?|speakers?|trainers?)\b(?:\s+to\b)?/giu;
/** An aside closing just before ", and": ", through its X", ", in partnership with Y". */
const ASIDE_BEFORE_AND =
  /,\s*(?:through|via|with|in\s+partnership\s+with|in\s+cooperation\s+with|together\s+with|along\s+with|supported\s+by|backed\s+by|represented\s+by)\s+[^,;]{2,90}$/;
/** "extended its support for", "renewed their funding to": a funder continuing to fund. */
const SUPPORT_FOR_RE =
  /\b(?:extended|extends|renewed|renews|continued|continues|increased|increases|confirmed|confirms|expanded|expands|doubled|pledged|pledges|committed|commits|announced|announces)\s+(?:its|their|his|her)\s+(?:financial\s+|continued\s+)?(?:support|funding|backing|contribution)\s+(?:for|to)\b/giu;
const LIGHT_NEEDS =
  /ribbon|cake|presentation|talk|speech|lecture|keynote|address|briefing|statement|remarks|testimony|overview|intervention|delegat|representative|staff|member|expert|observer|speaker|trainer/i;
const UNIT_HEADS =
  /^(?:Department|Directorate|Office|Committee|Unit|Division|Bureau|Section|Team|Board|Secretariat|Cell)\b/;

function cuesOf(
  text: string,
  start: number,
  end: number,
  tokens: { text: string; start: number; end: number }[],
): Cue[] {
  const body = text.slice(start, end);
  const cues: Cue[] = [];
  // Phrase cues found by a pattern over the sentence; `list` marks those announcing a list.
  const addMatches = (re: RegExp, kind: EdgeKind, list = false): void => {
    for (const m of body.matchAll(re)) {
      const at = start + (m.index ?? 0);
      cues.push({ start: at, end: at + m[0].length, kind, dir: "forward", ...(list && { list }) });
    }
  };
  FUNDING_CUES.forEach((re, ri) => {
    if ((FUNDING_CUE_NEEDS[ri] ?? []).every((need) => need.test(body))) addMatches(re, "funded");
  });
  // "made possible by A, which gave X; by B, with Y; and by C": each later "by" carries on.
  const firstFunding = cues.find(
    (c) => c.kind === "funded" && /\bby$/.test(text.slice(c.start, c.end)),
  );
  if (firstFunding)
    for (const m of text.slice(firstFunding.end, end).matchAll(/[;,]\s+(?:and\s+)?by\b/g)) {
      const at = firstFunding.end + (m.index ?? 0);
      cues.push({
        start: at,
        end: at + m[0].length,
        kind: "funded",
        dir: "forward",
        carries: true,
      });
    }
  if (/winners|grantees|beneficiaries|recipients|awardees|laureates|selected/i.test(body))
    addMatches(LIST_RE, "participated", true);
  if (FORWARD_NEEDS.test(body)) addMatches(FORWARD_RE, "participated");
  if (FRONTED_NEEDS.test(body)) addMatches(FRONTED_RE, "participated");
  // "thanks to A and B for sponsoring the prizes": the bodies thanked fund what follows.
  if (/\bfor\s+(?:sponsoring|funding|financing|supporting)\b/.test(body))
    for (const m of body.matchAll(/\bfor\s+(?:sponsoring|funding|financing|supporting)\b/g)) {
      const at = start + (m.index ?? 0);
      cues.push({ start: at, end: at + m[0].length, kind: "funded", dir: "backward" });
    }
  // "X has extended its support for the programme": the subject funds what follows.
  if (/support|funding|backing|contribution/i.test(body))
    for (const m of body.matchAll(SUPPORT_FOR_RE)) {
      const at = start + (m.index ?? 0);
      cues.push({ start: at, end: at + m[0].length, kind: "funded", dir: "backward" });
    }
  if (LIGHT_NEEDS.test(body))
    for (const m of body.matchAll(LIGHT_RE)) {
      const at = start + (m.index ?? 0);
      cues.push({ start: at, end: at + m[0].length, kind: "participated", dir: "backward" });
    }
  tokens.forEach((t, i) => {
    const w = t.text;
    const next = tokens[i + 1]?.text;
    // "Organised by X" opening a line reads like "organised by X".
    const participle = BY_PARTICIPLES[w] ?? BY_PARTICIPLES[w.toLowerCase()];
    // ("signed on behalf of the organisations by A, B and C": the aside before "by".)
    const behalf =
      participle &&
      next === "on" &&
      tokens[i + 2]?.text === "behalf" &&
      tokens[i + 3]?.text === "of"
        ? tokens.slice(i + 4, i + 12).find((x) => x.text === "by")
        : undefined;
    if (behalf && participle)
      cues.push({ start: t.start, end: behalf.end, kind: participle, dir: "forward" });
    else if (next === "by" && participle)
      cues.push({
        start: t.start,
        end: tokens[i + 1]?.end ?? t.end,
        kind: participle,
        dir: "forward",
      });
    else if (cues.some((c) => t.start >= c.start && t.end <= c.end)) return;
    else if (FUNDING_VERBS.has(w) && next !== "by" && !NOUN_BEFORE.test(tokens[i - 1]?.text ?? ""))
      cues.push({ start: t.start, end: t.end, kind: "funded", dir: "backward" });
    else if (ORGANISE_VERBS.has(w) && next !== "by")
      cues.push({ start: t.start, end: t.end, kind: "organised", dir: "backward" });
    else if (PARTICIPATE_VERBS.has(w) && next !== "by")
      cues.push({ start: t.start, end: t.end, kind: "participated", dir: "backward" });
    else if (
      SPEECH_VERBS.has(w) ||
      // ("called for domestic workers to be included", "called on donors to …")
      (/^(?:called|calls|demanded|appealed)$/.test(w) && /^(?:for|on|to)$/.test(next ?? ""))
    )
      cues.push({ start: t.start, end: t.end, kind: "spoke_at", dir: "backward" });
  });
  return cues.sort((a, b) => a.start - b.start);
}

/** Reads the relations of one document; `idOf` maps refs to entity ids. */
export function relate(an: DocAnalysis, idOf: ReadonlyMap<string, string>): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const main = an.main ? idOf.get(an.main) : undefined;
  // (A sentence without an event falls back on the main event only in a document about it.)
  const mainIfAbout = main && isAbout(an, idOf, main) ? main : undefined;
  const { text } = an;
  const add = (
    source: string,
    target: string,
    kind: EdgeKind,
    s: { start: number; end: number },
    amount?: { amount: number; currency?: string },
  ): void => {
    if (source === target) return;
    const rel: ExtractedRelation = {
      source,
      target,
      kind,
      evidence: [{ doc: an.id, start: s.start, end: s.end }],
    };
    if (amount) {
      rel.amount = amount.amount;
      if (amount.currency) rel.currency = amount.currency;
    }
    out.push(rel);
  };
  // (An event the document names twice, by a headline and as a programme, is a programme.)
  const typeById = new Map<string, EventType>();
  for (const e of an.events) {
    const id = idOf.get(e.ref);
    if (id && (!typeById.has(id) || (runsOverPeriod(e.type) && !runsOverPeriod(typeById.get(id)))))
      typeById.set(id, e.type);
  }
  let lastEvent: string | undefined;
  /** The line (paragraph) of the sentence that set `lastEvent`. */
  let lastEventLine: number | undefined;
  let lastSubject: string | undefined;
  /** The body the document speaks for, once looked up ("we", "us"). */
  let publisher: string | undefined | null = null;
  /** The bodies of the last sentence that named two or three ("Both organisations" means them). */
  let lastBodies: string[] = [];
  /** The sentence that opened a list told over the following sentences, and its last line. */
  let listOpen: number | undefined;
  let lastListLine: number | undefined;
  /** The open list names the people who took part ("The officials who attended were:"). */
  let listPeople = false;
  const bySentence = new Map<number, typeof an.mentions>();
  for (const m of an.mentions) {
    const si =
      m.sentence >= 0
        ? m.sentence
        : an.seg.sentences.findIndex((s) => m.start >= s.start && m.end <= s.end);
    const list = bySentence.get(si) ?? [];
    list.push(m);
    bySentence.set(si, list);
  }
  const colonLines = new Map<number, boolean>();
  const colonLine = (i: number, lineText: string): boolean => {
    let hit = colonLines.get(i);
    if (hit === undefined) colonLines.set(i, (hit = /:\s*$/.test(lineText)));
    return hit;
  };
  const refsBySentence = new Map<number, typeof an.references>();
  for (const r of an.references) {
    const list = refsBySentence.get(r.sentence);
    if (list) list.push(r);
    else refsBySentence.set(r.sentence, [r]);
  }
  // (A table of donors is read by its columns: its rows tell no sentence's relations.)
  const donorRows = donorRowsOf(an);
  const grantRows = grantRowBodies(an);
  an.seg.sentences.forEach((s, si) => {
    if (donorRows.has(an.seg.lines[s.line]?.start ?? -1)) return;
    const bodyCell = grantRows.get(an.seg.lines[s.line]?.start ?? -1);
    const items: Item[] = [];
    for (const m of bySentence.get(si) ?? []) {
      // (A grant table's row names its bodies in the body column; a place or group named in
      // its purpose or town cell takes no part.)
      if (bodyCell && m.kind !== "event" && (m.start < bodyCell.start || m.end > bodyCell.end))
        continue;
      const id = idOf.get(m.ref);
      if (id && !items.some((x) => x.id === id && x.start === m.start))
        items.push({ id, kind: m.kind, start: m.start, end: m.end });
    }
    const alsoOf = new Map<string, string[]>();
    const referenceStarts = new Set<number>();
    for (const r of refsBySentence.get(si) ?? []) {
      const refs = r.plural ? referents(an, r) : [referent(an, r)];
      const ids = [...new Set(refs.map((x) => (x ? idOf.get(x) : undefined)))].filter(
        (x): x is string => !!x,
      );
      const id = ids[0];
      if (!id) continue;
      items.push({ id, kind: "event", start: r.start, end: r.end });
      referenceStarts.add(r.start);
      if (ids.length > 1) alsoOf.set(id, ids.slice(1));
    }
    for (const r of bodyReferences(an, s, idOf))
      if (!items.some((x) => x.start === r.start)) items.push(r);
    const named = [...new Set(items.filter((x) => x.kind === "org").map((x) => x.id))];
    for (const r of pluralBodyReferences(text, s, lastBodies)) items.push(r);
    // ("which we co-organised with X", "organised by us": the body the document speaks for.)
    if (/\b(?:[Ww]e|us)\b/.test(text.slice(s.start, s.end))) {
      if (publisher === null) publisher = authorOf(an, idOf);
      if (publisher)
        for (const m of text.slice(s.start, s.end).matchAll(/\b(?:[Ww]e|us)\b/g)) {
          const at = s.start + (m.index ?? 0);
          items.push({ id: publisher, kind: "org", start: at, end: at + m[0].length });
        }
    }
    if (named.length >= 2 && named.length <= 3) lastBodies = named;
    items.sort((a, b) => a.start - b.start);
    const [tf, tt] = an.sentTokens[si] ?? [0, 0];
    const cues = cuesOf(text, s.start, s.end, an.tokens.slice(tf, tt));
    const appositive = affiliations(an, s, items, idOf, add);
    memberships(text, s, items, lastSubject, add);
    // (The body a sentence opens on is what "It" and "The organisation" mean in the next.)
    const opening = items.find(
      (x) => x.kind === "org" && /^[\s*#_-]*(?:the\s+)?$/i.test(text.slice(s.start, x.start)),
    );
    if (opening) lastSubject = opening.id;
    else if (!SUBJECT_PRONOUN.test(text.slice(s.start, s.start + 20))) lastSubject = undefined;
    ambassadors(an, s, items, idOf, add);
    const events = items.filter((x) => x.kind === "event");
    eventParts(
      text,
      s,
      events,
      (id) => typeById.get(id),
      (part, whole) => add(part, whole, "part_of", s),
    );
    const agents = items.filter((x) => x.kind !== "event" && !appositive.has(x));
    const amounts = findAmounts(text, s.start, s.end);
    // ("Participants came from …", "Among those attending were …": the people of the event
    // just told of.)
    const pronoun =
      /^(?:It|They|This|These|Its|Their)\b/.test(text.slice(s.start, s.start + 6)) ||
      CONTINUES_EVENT.test(text.slice(s.start, s.start + 40));
    // (Funding told without its event goes to the document's main event all the same.)
    // (In a section headed by an event, the section's event stands in for the main one.)
    const section = sectionAt(an, s.start);
    const sectionId = section ? idOf.get(section) : undefined;
    // "PDMA, UNICEF, WFP and nine NGOs attended.": a sentence that ends on its verb of taking
    // part, without an object, takes part in the event the sentence before told of.
    const objectless = !events.length && OBJECTLESS_END.test(text.slice(s.start, s.end));
    // ("… for the dialogue. Daw Khin spoke about …": within a paragraph, who speaks or takes
    // part without an event of their own does so at the event the paragraph is telling of.)
    const sameParagraph = lastEventLine === s.line;
    const fallbackOf = (kind: EdgeKind): string | undefined => {
      const m = sectionId ?? (kind === "funded" ? main : mainIfAbout);
      const id =
        pronoun || (kind !== "funded" && (objectless || sameParagraph)) ? (lastEvent ?? m) : m;
      // ("…," says X, the Foundation's director, in a programme's section: a voice quoted
      // about a programme spoke at no gathering.)
      const t = id ? typeById.get(id) : undefined;
      return kind === "spoke_at" && t === "programme" ? undefined : id;
    };
    const owned = events.filter((e) =>
      /\b(?:its|their)\s+(?:\S+\s+){0,3}[“"*_]*$/.test(
        text.slice(Math.max(s.start, e.start - 30), e.start),
      ),
    );
    let carried: string | undefined;
    cues.forEach((c, ci) => {
      const prevEnd = cues[ci - 1]?.end ?? s.start;
      const nextStart = cues[ci + 1]?.start ?? s.end;
      let scope: Item[];
      let target: string | undefined;
      if (c.list) {
        scope = listMembers(text, c.end, agents);
        target = fallbackOf(c.kind);
      } else if (c.dir === "forward") {
        // ("was attended by A; the director of B, C; and D": a list of guests runs on
        // through semicolons.)
        // (So does a fronted one: "Present at the signing were A, director of B; C; and D".)
        const guests =
          c.kind !== "funded" &&
          /\b(?:by|were|was|are|included|include|featured):?$/.test(text.slice(c.start, c.end));
        let stop = Math.min(nextStart, clauseEnd(text, c.end, s.end, guests));
        // "funded by X and equipped with the help of Y": a second verb ends the agents.
        // ("funded by X and shows forty portraits": so does a present tense.)
        const verbAfter =
          /\s(?:and|but)\s+(?:(?:was|were)\s+\p{Ll}+(?:ed|en)\b|(?!(?:the|a|an|its|their|other|several|many|local|international|national|regional|private|individual|various|partners|donors|others)\b)\p{Ll}+(?:ed|en|s)\b)/u.exec(
            text.slice(c.end, stop),
          );
        if (verbAfter) stop = c.end + verbAfter.index;
        scope = agents.filter(
          (x) =>
            x.start >= c.end &&
            x.end <= stop &&
            // ("made possible by Sida, through the coalition's programme X": the programme's
            // owner funds nothing.)
            !(c.kind === "funded" && OWNER_OF_CHANNEL.test(text.slice(x.end, x.end + 50))),
        );
        // "The fund is financed by X": a body that opens the sentence is what X funds.
        const opening = agents.find((x) => x.kind === "org" && x.start - s.start < 8);
        const bodySubject =
          c.kind === "funded" &&
          opening &&
          !events.some((e) => e.start < c.start) &&
          // ("X's work in 2023 was made possible by Y": the body whose work it is.)
          (/^(?:['’]s\s+(?:work|activities|operations|programmes|programs|efforts|core costs|running costs)(?:\s+in\s+\d{4})?)?\s*(?:is|was|are|were|has been|have been|had been|will be)\s+(?:made\s+possible\s+)?$/.test(
            text.slice(opening.end, c.start),
          ) ||
            // ("FKF is managed by FTF and financed by DFAT": a second passive of the subject.)
            /^(?:\s*\([^()]{1,20}\))?\s+(?:is|was|are|were)\s+\p{Ll}+(?:\s+up)?\s+by\s+[^.;]{1,80}?\s+and\s+(?:is\s+|was\s+)?$/u.test(
              text.slice(opening.end, c.start),
            ))
            ? opening
            : undefined;
        // "CAJB received USD 150,000 from the LHF", "CAJB: received …": the body that received
        // it, where no event stands before the verb.
        const recipient =
          c.kind === "funded" &&
          /\b(?:received|receives|receiving|secured|obtained)\b/.test(
            text.slice(Math.max(s.start, c.start - 20), c.end),
          ) &&
          !events.some((e) => e.end <= c.start)
            ? [...agents].reverse().find((x) => x.kind === "org" && x.end <= c.start)
            : undefined;
        // ("The grant to Uma Mahon is co-financed by UN Women": whom the grant goes to.)
        const grantee =
          c.kind === "funded"
            ? agents.find(
                (x) =>
                  x.kind === "org" &&
                  x.end <= c.start &&
                  /\bgrants?\s+(?:of\s+[^;]{1,30}?\s+)?to\s+(?:the\s+)?$/i.test(
                    text.slice(Math.max(s.start, x.start - 40), x.start),
                  ),
              )
            : undefined;
        target =
          (c.carries ? carried : undefined) ??
          bodySubject?.id ??
          recipient?.id ??
          grantee?.id ??
          events.find((e) => e.start >= c.start && e.end <= c.end)?.id ??
          [...events].reverse().find((e) => e.end <= c.start)?.id ??
          events.find((e) => e.start >= stop)?.id ??
          // ("Funded by X (EUR 800,000), the programme placed …": the event after the agents.)
          events.find((e) => e.start >= c.end)?.id ??
          fallbackOf(c.kind);
        if (c.kind === "funded" && !c.carries) carried = target;
      } else {
        let from = Math.max(prevEnd, clauseStart(text, s.start, c.start));
        // "A, trainer B, and the coordinators C and D supervised": ", and" closes a list.
        const and = /,\s+and\s*$/.exec(text.slice(s.start, from));
        if (and) {
          const lo = Math.max(prevEnd, clauseStart(text, s.start, s.start + and.index));
          if (isList(text, lo, s.start + and.index, agents)) from = lo;
        }
        scope = agents.filter((x) => x.start >= from && x.end <= c.start);
        // "UNDP, through its stabilisation facility, and the governorate held": the subject
        // before the aside is one of the agents; the aside's own bodies are not.
        if (and) {
          const aside = ASIDE_BEFORE_AND.exec(text.slice(s.start, s.start + and.index));
          if (aside) {
            const asideStart = s.start + aside.index;
            const lo = Math.max(prevEnd, clauseStart(text, s.start, asideStart));
            const subject = agents.filter((x) => x.start >= lo && x.end <= asideStart);
            if (new Set(subject.map((x) => x.id)).size === 1) scope = [...subject, ...scope];
          }
        }
        if (!scope.length && /,\s*(?:which|who)\s+$/.test(text.slice(s.start, c.start))) {
          const prior = agents.filter((x) => x.end <= c.start).pop();
          // (", which pays": an event just before "which" is what it says of.)
          const eventBefore = events.filter((x) => x.end <= c.start).pop();
          if (prior && !(eventBefore && eventBefore.end > prior.end)) scope = [prior];
        }
        // "A and B, with financial support from C, hosted": the subject is before the aside.
        const prev = cues[ci - 1];
        if (
          prev?.dir === "forward" &&
          /,\s*$/.test(text.slice(s.start, prev.start)) &&
          /^[^,]*,\s*$/.test(text.slice(prev.end, c.start))
        ) {
          const lo = Math.max(cues[ci - 2]?.end ?? s.start, clauseStart(text, s.start, prev.start));
          const subject = agents.filter((x) => x.start >= lo && x.end <= prev.start);
          if (subject.length) scope = subject;
        }
        // '"…," said Ms. X': a speech verb after a quote names its speaker after it.
        if (!scope.some((x) => x.kind === "person") && c.kind === "spoke_at") {
          const speaker = agents.find(
            (x) =>
              x.kind === "person" &&
              x.start >= c.end &&
              /^\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E|Eng|Sheikh)\.?\s*)*$/.test(
                text.slice(c.end, x.start),
              ),
          );
          if (speaker) scope = [speaker];
        }
        // "By financing the clinic, Norway shows": the subject after the adjunct acts.
        if (
          !scope.length &&
          /\b(?:[Ii]n|[Bb]y|[Tt]hrough)\s+$/.test(text.slice(s.start, c.start))
        ) {
          const subject = agents.find(
            (x) => x.start > c.end && SUBJECT_AFTER.test(text.slice(x.end, x.end + 30)),
          );
          if (subject) scope = [subject];
        }
        target =
          events.find((e) => e.start >= c.end)?.id ??
          [...events].reverse().find((e) => e.end <= c.start)?.id ??
          fallbackOf(c.kind);
        if (c.kind === "organised" || c.kind === "participated")
          for (const o of owned)
            if (o.start > c.end && o.id !== target)
              for (const a of scope) if (a.kind === "org") add(a.id, o.id, "participated", s);
      }
      if (!target) return;
      const targets = [target, ...(alsoOf.get(target) ?? [])];
      // "ran a Conference called X in March and a Workshop called Y in June": coordinated
      // objects of the verb share its subject.
      if (c.dir === "backward") {
        let last = events.find((e) => e.id === target && e.start >= c.end);
        for (const e of events) {
          if (!last || e.start < last.end || e.start >= nextStart) continue;
          if (targets.includes(e.id) || e.start < last.end + 12) {
            // "a Conference called “X”": the title names the same event.
            if (
              !targets.includes(e.id) &&
              !/^\s*(?:called|entitled|titled|named)?\s*[“"]?$/.test(text.slice(last.end, e.start))
            )
              break;
            if (!targets.includes(e.id)) targets.push(e.id);
            last = e;
            continue;
          }
          if (!/(?:,|\band\b|;)/.test(text.slice(last.end, e.start))) break;
          if (!targets.includes(e.id)) targets.push(e.id);
          last = e;
        }
      }
      for (const a of scope) {
        if (c.kind === "spoke_at" && a.kind !== "person") continue;
        const kind = c.kind === "funded" && a.kind === "person" ? "participated" : c.kind;
        // "Japan (JPY 60 million), the Swiss agency (CHF 400,000) and …": each funder's own
        // amount follows its name, before the next funder's.
        const nextAgent = scope.find((x) => x.start > a.end && x.id !== a.id)?.start ?? s.end;
        const own = amounts.find((m) => m.start >= a.end && m.start < nextAgent);
        const given = kind === "funded" ? (own ?? nearest(amounts, a.start)) : undefined;
        const amount = given && !isTotal(text, s.start, given) ? given : undefined;
        for (const t of targets) add(a.id, t, kind, s, amount);
      }
    });
    // (A grant table's row gives its amount by its columns: grantTables reads it.)
    if (!bodyCell) {
      fundingByAmount(text, s, cues, agents, events, amounts, main, out, add);
      amountGivenTo(text, agents, amounts, s, add);
      grantsAwardedTo(text, s, agents, amounts, add);
      namedGrantFor(text, agents, events, amounts, s, add);
      grantOfGiverAfter(text, agents, events, amounts, s, add);
    }
    cooccurrence(s, agents, events, out, add);
    // (The event a sentence tells of, not the one it refers back to: "Under the project, X
    // organised a training": the training.)
    if (events.length)
      lastEvent = (events.filter((e) => !referenceStarts.has(e.start)).pop() ?? events.at(-1))?.id;
    if (events.length) lastEventLine = s.line;
    if (listOpen !== undefined && listOpen < si) {
      const listLine = an.seg.lines[s.line];
      // (A list of the people who took part runs over its items, bullets and all.)
      const item = !!listLine && /^\s*(?:[-*•]|\d+[.)])\s/.test(listLine.text);
      const members = agents.filter((x) => x.kind === "org" || (listPeople && x.kind === "person"));
      if (
        (listLine?.kind !== "body" && !(listPeople && item)) ||
        (!members.length && s.line !== lastListLine)
      )
        listOpen = undefined;
      else if (sectionId ?? main) {
        for (const o of members) add(o.id, sectionId ?? main ?? "", "participated", s);
        lastListLine = s.line;
      }
    }
    if (listOpen === undefined) {
      const said = text.slice(s.start, s.end);
      listPeople = !LIST_OPENER.test(said) && PEOPLE_LIST_OPENER.test(said);
      if (listPeople || LIST_OPENER.test(said)) {
        listOpen = si;
        lastListLine = s.line;
      }
    }
    const line = an.seg.lines[s.line];
    if (line && main && colonLine(s.line, line.text)) {
      const speaker = items.find((x) => x.kind === "person" && x.start - s.start < 20);
      if (speaker) add(speaker.id, main, "spoke_at", s);
    }
  });
  const byStart = [...an.mentions].sort((a, b) => a.start - b.start);
  tableFunding(an, byStart, idOf, main, grantRows, add);
  factBoxes(an, byStart, idOf, main, donorRows, add);
  speakers(an, byStart, idOf, main, add);
  attendance(an, byStart, idOf, main, add);
  activityLeads(an, byStart, idOf, add);
  tableAffiliations(an, byStart, idOf, add);
  tableSignatories(an, byStart, idOf, main, add);
  donorTables(an, byStart, idOf, main, add);
  amountsAcrossSentences(an, out);
  // (A donor of the grant-maker, with its amount, funds the grant-maker, not the event the
  // sentence's cue reached: "The allocation was made possible by contributions from X (…)".)
  const donors = grantees(an, idOf, add);
  if (donors.size)
    for (let i = out.length - 1; i >= 0; i--) {
      const r = out[i];
      const to = donors.get(`${r?.source}|${r?.evidence[0]?.start}`);
      if (r?.kind === "funded" && to && r.target !== to) out.splice(i, 1);
    }
  cardGrants(an, idOf, out, add);
  untiedTakePart(an, idOf, mainIfAbout, out, add, typeById);
  projectActivities(an, idOf, main, typeById, add);
  grantTableProgramme(an, idOf, typeById, add);
  return out;
}

/** A job's title that opens with a programme's noun: "Program Officer", "Programme Manager". */
const PROGRAMME_TITLE =
  /^(?:programmes?|programs?|projects?)\s+(?:officers?|managers?|directors?|coordinators?|assistants?|associates?|leads?|staff|team)$/i;

/**
 * A grant table's projects in a document of one programme ("the first grantees of the X
 * programme", then "| Grantee | Project | DKK |"): each row's project is part of the programme.
 */
function grantTableProgramme(
  an: DocAnalysis,
  idOf: ReadonlyMap<string, string>,
  typeById: ReadonlyMap<string, EventType>,
  add: AddRelation,
): void {
  const rows: { id: string; evidence: { start: number; end: number } }[] = [];
  const grantees: { id: string; evidence: { start: number; end: number } }[] = [];
  // (In the order of the text, as mentionsWithin searches them.)
  const orgs = an.mentions.filter((m) => m.kind === "org").sort((a, b) => a.start - b.start);
  for (const table of tablesOf(an.seg.lines)) {
    if (!isGrantTable(table)) continue;
    const project = columnOf(table, ACTIVITY_COLUMN);
    const bodies = columnOf(table, BODY_COLUMN);
    for (const row of table.rows) {
      const evidence = { start: row.line.start, end: row.line.end };
      const cell = project < 0 ? undefined : row.cells[project];
      const m = cell && an.mentions.find((x) => x.kind === "event" && x.start === cell.start);
      const id = m && idOf.get(m.ref);
      if (id) rows.push({ id, evidence });
      // (A table without projects: its grantees take part in the programme itself.)
      const body = project < 0 ? row.cells[bodies] : undefined;
      for (const o of body ? mentionsWithin(orgs, body.start, body.end) : []) {
        const grantee = idOf.get(o.ref);
        if (grantee) grantees.push({ id: grantee, evidence });
      }
    }
  }
  if (!rows.length && !grantees.length) return;
  const projects = new Set(rows.map((r) => r.id));
  // (Not a search form's "Filter: Program = International", nor a title: "Program Officer".)
  const named = an.mentions.filter((m) => {
    const name = an.text.slice(m.start, m.end);
    return m.kind === "event" && !/[=:|]/.test(name) && !PROGRAMME_TITLE.test(name);
  });
  const programmes = new Set(
    named
      .map((m) => idOf.get(m.ref) ?? "")
      .filter((id) => typeById.get(id) === "programme" && !projects.has(id)),
  );
  // (Of several, the one the grants are told to be made under: the first named in a
  // sentence of awards or grants.)
  const granted = an.seg.sentences.filter((x) =>
    /\b(?:awards?|grants?)\b/i.test(an.text.slice(x.start, x.end)),
  );
  const told = named
    .filter(
      (m) =>
        programmes.has(idOf.get(m.ref) ?? "") &&
        granted.some((x) => x.start <= m.start && m.end <= x.end),
    )
    .sort((a, b) => a.start - b.start)[0];
  const programme = programmes.size === 1 ? [...programmes][0] : told && idOf.get(told.ref);
  if (!programme) return;
  for (const r of rows) add(r.id, programme, "part_of", r.evidence);
  for (const g of grantees) add(g.id, programme, "participated", g.evidence);
  // The body that makes the grants runs the programme it makes them under.
  const giver = grantMakerOf(an, idOf);
  const first = an.mentions.find((m) => m.kind === "event" && idOf.get(m.ref) === programme);
  const said = first && an.seg.sentences[first.sentence];
  if (giver && said) add(giver, programme, "organised", said);
}

/**
 * A project's page (a fact box, then its news or milestones): each dated activity it tells of
 * is part of the project.
 */
function projectActivities(
  an: DocAnalysis,
  idOf: ReadonlyMap<string, string>,
  main: string | undefined,
  typeById: ReadonlyMap<string, EventType>,
  add: AddRelation,
): void {
  const frame = main ? typeById.get(main) : undefined;
  if (!main || (frame !== "project" && frame !== "programme") || !isProjectPage(an)) return;
  for (const e of an.events) {
    const id = idOf.get(e.ref);
    if (!id || id === main || !e.date || e.type === "project" || e.type === "programme") continue;
    const s = an.seg.sentences[e.sentence];
    if (s) add(id, main, "part_of", s);
  }
}

/** Before a body that carries a card's project out beside its grantee: "jointly with the ". */
const JOINTLY_BEFORE =
  /\b(?:jointly|together|in\s+partnership|in\s+cooperation|in\s+consortium)\s+with\s+(?:the\s+)?[*_]*$/i;

/**
 * A grants page's cards: the page's grant-maker funds each card's project with the card's
 * grant; the body the card names first, and any named "jointly with" it, carry the project
 * out. A grantee is never the funder of its own card.
 */
function cardGrants(
  an: DocAnalysis,
  idOf: ReadonlyMap<string, string>,
  out: ExtractedRelation[],
  add: AddRelation,
): void {
  if (!an.cards?.size || !an.sections) return;
  const orgs = an.mentions.filter((m) => m.kind === "org").sort((a, b) => a.start - b.start);
  const giver = grantMakerOf(an, idOf);
  const sentenceOf = (pos: number) =>
    an.seg.sentences.find((s) => s.start <= pos && pos < s.end) ?? { start: pos, end: pos };
  an.sections.forEach((section, k) => {
    const grant = an.cards?.get(section.ref);
    const project = idOf.get(section.ref);
    if (!grant || !project) return;
    const headingEnd = an.text.indexOf("\n", section.start);
    const end = an.sections?.[k + 1]?.start ?? an.text.length;
    const inside = orgs.filter((m) => m.start > headingEnd && m.end <= end);
    const first = inside[0];
    const grantees = new Set<string>();
    for (const m of inside) {
      const id = idOf.get(m.ref);
      if (!id || id === giver) continue;
      if (m === first || JOINTLY_BEFORE.test(an.text.slice(Math.max(0, m.start - 40), m.start)))
        grantees.add(id);
    }
    // (Told inside the card, a grantee funds nothing: the grant is given to it.)
    for (let i = out.length - 1; i >= 0; i--) {
      const r = out[i];
      const at = r?.evidence[0]?.start ?? -1;
      if (
        r?.kind === "funded" &&
        grantees.has(r.source) &&
        (r.target === project || (at > headingEnd && at < end))
      )
        out.splice(i, 1);
    }
    for (const id of grantees)
      add(id, project, "organised", sentenceOf(first?.start ?? grant.start));
    const amount = findAmounts(an.text, grant.start, grant.end)[0];
    if (giver && amount)
      add(giver, project, "funded", sentenceOf(grant.start), {
        amount: amount.amount,
        ...(amount.currency && { currency: amount.currency }),
      });
  });
}

/** Nouns of bodies that "the consortium", "the network" refer back to. */
const BODY_NOUNS =
  "consortium|network|coalition|alliance|federation|union|platform|group|council|association|foundation|organisation|organization|centre|center|institute|society|league|committee|trust|fund|agency|ministry|cooperative|collective|syndicate|initiative|forum|directorate|commission|authority|department|municipality|university|embassy|clinic|hospital|school|library|museum|bank|court";
// ("the Centre's director", "a fellow at the Centre": the noun may be capitalised.)
const BODY_NOUNS_ANY_CASE = BODY_NOUNS.split("|")
  .flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)])
  .join("|");
const BODY_REFERENCE = new RegExp(
  String.raw`\b[Tt]he (${BODY_NOUNS_ANY_CASE})\b(?!\s+(?:of|for)\b)(?!\s+\p{Lu})`,
  "gu",
);
const HEAD_CACHE = new WeakMap<DocAnalysis, Map<string, { id: string; end: number }[]>>();

/**
 * "The consortium is led by …", "the network's members": a definite body noun refers back to
 * the one body named before it in the document whose name has that head.
 */
function bodyReferences(
  an: DocAnalysis,
  s: { start: number; end: number },
  idOf: ReadonlyMap<string, string>,
): Item[] {
  const body = an.text.slice(s.start, s.end);
  if (!/\b[Tt]he [A-Za-z]/.test(body)) return [];
  let heads = HEAD_CACHE.get(an);
  if (!heads) {
    heads = new Map();
    for (const m of an.mentions) {
      if (m.kind !== "org") continue;
      const name = an.text.slice(m.start, m.end);
      const head = (/^(.+?)\s+(?:of|for|on|in)\s/.exec(name)?.[1] ?? name).split(/\s+/).pop();
      const id = idOf.get(m.ref);
      if (!head || !id) continue;
      const key = head.toLowerCase();
      const list = heads.get(key) ?? [];
      list.push({ id, end: m.end });
      heads.set(key, list);
    }
    HEAD_CACHE.set(an, heads);
  }
  const out: Item[] = [];
  for (const m of body.matchAll(BODY_REFERENCE)) {
    const at = s.start + (m.index ?? 0);
    const before = (heads.get((m[1] ?? "").toLowerCase()) ?? []).filter((x) => x.end <= at);
    const ids = new Set(before.map((x) => x.id));
    const id = [...ids][0];
    if (ids.size === 1 && id) out.push({ id, kind: "org", start: at, end: at + m[0].length });
  }
  return out;
}

/** Words before "grants", "funds", "funding" that make it a noun ("its small grants window"). */
const NOUN_BEFORE =
  /^(?:the|a|an|its|their|our|his|her|['’]s|own|small|new|these|those|such|other|several|many|any|no|\d+)$/i;

/** A body's possessive before the channel money goes through ("the coalition's programme"). */
const OWNER_OF_CHANNEL =
  /^['’]s?\s+(?:own\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:programme|program|project|initiative|facility|window|budget)\b/u;

/** A sentence that goes on about the people of the event told just before it. */
const CONTINUES_EVENT =
  /^(?:(?:The\s+)?(?:Participants|Attendees|Trainees|Delegates|Guests|Speakers|Panellists|Panelists|Facilitators)|Those\s+(?:attending|present|taking\s+part)|Among\s+(?:those|the\s+(?:participants|attendees|guests|speakers))|Participating|Attending|Taking\s+part)\b/i;

/** "Both organisations", "the two partners", "Together, they": the bodies just named. */
const PLURAL_BODY_REFERENCE =
  /\b(?:[Bb]oth|[Tt]he\s+(?:two|three)|[Aa]ll\s+three)\s+(?:(?:partner|local|civil[- ]society|non-governmental)\s+)?(?:organi[sz]ations|groups|partners|bodies|NGOs|networks|associations|institutions|agencies|unions|cooperatives)\b|^\W*Together,?\s+they\b/gu;

/**
 * "A and B trained … Both organisations also hosted …": a plural back-reference to bodies
 * stands for the two or three bodies the last sentence naming several of them named.
 */
function pluralBodyReferences(
  text: string,
  s: { start: number; end: number },
  bodies: readonly string[],
): Item[] {
  if (bodies.length < 2) return [];
  const out: Item[] = [];
  for (const m of text.slice(s.start, s.end).matchAll(PLURAL_BODY_REFERENCE)) {
    const at = s.start + (m.index ?? 0);
    // ("the three organisations" after two bodies means others.)
    const count = /three/i.test(m[0]) ? 3 : /both|two/i.test(m[0]) ? 2 : bodies.length;
    if (count !== bodies.length) continue;
    for (const id of bodies) out.push({ id, kind: "org", start: at, end: at + m[0].length });
  }
  return out;
}

/** Collective bodies whose members are listed after "includes", "brings together", "led by". */
const COLLECTIVE =
  /\b(?:Consortium|Network|Coalition|Alliance|Federation|Union|Platform|Group|Forum|Committee|Council|League|Cluster|Partnership)\b/;
const MEMBERS_CUE =
  /\b(?:includes|included|including|comprises|comprised|consists of|is made up of|brings together|brought together|unites|united|gathers|is led by|was led by|led by)\b/g;
/** "is a member of the", "are also founding members of", "as an associate member of". */
const MEMBER_OF =
  /\b(?:is|are|was|were|became|become|becomes|has\s+been|have\s+been|itself|themselves|(?<!well\s)as)\s+(?:also\s+|now\s+|still\s+|already\s+)?(?:an?\s+|the\s+)?(?:founding\s+|full\s+|active\s+|lead\s+|associate\s+|proud\s+|longstanding\s+|long-standing\s+)?members?(?:\s+(?:organi[sz]ations?|associations?|groups?|bodies))?\s+of\s+(?:the\s+)?/g;
/** "joined the X Network": joining a collective body is becoming its member. */
const JOINED = /\b(?:joined|joins|has\s+joined|have\s+joined)\s+(?:the\s+)?/g;
/** Between the bodies of a list after "member of": "X and of the Y", "X, Y and Z". */
const MEMBER_LIST_GAP =
  /^\s*\)?\s*(?:\([^()\n]{1,24}\)\s*)?(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:of\s+|in\s+)?(?:the\s+)?$/;
/** What may stand between a member and the cue: "X, which", "X, itself", "X". */
const MEMBER_BEFORE_CUE = /^\s*(?:,\s*(?:which|that)?\s*)?$/;
/** A sentence whose subject stands for the body the last sentence was about. */
const SUBJECT_PRONOUN =
  /^\s*(?:It|They|The\s+(?:organi[sz]ation|association|group|NGO|network|centre|center|foundation|society|initiative|collective|union))\b/;
/** "the network, of which X is a member": the body before "of which". */
const OF_WHICH_BEFORE = /,?\s*of\s+which\s+(?:the\s+)?$/;
const OF_WHICH_AFTER =
  /^\s+(?:is|are|was|were|has\s+been|have\s+been|became)\s+(?:also\s+)?(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+)?members?\b/u;

/**
 * Membership: "The consortium includes A, B and C", "X Network, led by A," → A part_of the
 * collective body; "A and B are members of X" → each part_of X.
 */
function memberships(
  text: string,
  s: { start: number; end: number },
  items: Item[],
  subject: string | undefined,
  add: AddRelation,
): void {
  const orgs = items.filter((x) => x.kind === "org");
  if (!orgs.length) return;
  const body = text.slice(s.start, s.end);
  // "The consortium, led by X, includes A and B": X heads an aside; A and B are the
  // consortium's, not X's.
  const leader = new Map<string, Item>();
  for (const m of body.matchAll(MEMBERS_CUE)) {
    const at = s.start + (m.index ?? 0);
    const nearest = [...orgs].reverse().find((x) => x.end <= at);
    const owner = (nearest && leader.get(nearest.id)) ?? nearest;
    if (
      !owner ||
      (!COLLECTIVE.test(text.slice(owner.start, owner.end)) &&
        !/^the /i.test(text.slice(owner.start, owner.end)))
    )
      continue;
    if (!/^[\s,]*(?:(?:is|was|has|also|,)\s*)*$/.test(text.slice(owner.end, at))) continue;
    // ("brings together: A; B; and C": a colon opens a list that semicolons divide.)
    const listed = /^\s*:/.test(text.slice(at + m[0].length, at + m[0].length + 3));
    const stop = clauseEnd(text, at + m[0].length, s.end, listed);
    for (const o of orgs)
      if (o.start >= at + m[0].length && o.end <= stop && o.id !== owner.id) {
        add(o.id, owner.id, "part_of", s);
        if (/led by$/.test(m[0]) && /^\s*,/.test(text.slice(o.end, o.end + 3)))
          leader.set(o.id, owner);
      }
  }
  if (/\bmembers?\b|\bjoin/.test(body)) membersOf(text, s, orgs, subject, add);
  // "The X Consortium (XC) was set up in March 2023 by A, B and C": its founders are members.
  for (const m of body.matchAll(FOUNDED_BY)) {
    const at = s.start + (m.index ?? 0);
    const owner = [...orgs].reverse().find((x) => x.end <= at);
    // ("The X Consortium (XC) was set up": the acronym's long form says what kind of body.)
    const long =
      owner && [...orgs].reverse().find((x) => x.end <= owner.start && owner.start - x.end <= 3);
    const named = (x: Item | undefined): boolean =>
      !!x && COLLECTIVE.test(text.slice(x.start, x.end));
    if (!owner || !(named(owner) || named(long))) continue;
    if (!/^[\s)]*(?:\([^()\n]{1,20}\)\s*)?$/.test(text.slice(owner.end, at))) continue;
    const from = at + m[0].length;
    const stop = clauseEnd(text, from, s.end);
    for (const o of orgs)
      if (o.start >= from && o.end <= stop && o.id !== owner.id) add(o.id, owner.id, "part_of", s);
  }
}

/** "was set up in 2023 by", "was founded by", "were jointly established by". */
const FOUNDED_BY =
  /\b(?:was|were|has\s+been|had\s+been)\s+(?:jointly\s+|first\s+|originally\s+)?(?:set\s+up|founded|co-founded|formed|established|created)\s+(?:in\s+[^,;.()]{1,25}?\s+)?by\s+/g;

/**
 * "A and B are members of X and of Y", "A, which is a member of X", "It is a member of X"
 * (the body the last sentence was about), "X, of which A is a member", "A joined the X
 * Network": each member part_of each body.
 */
function membersOf(
  text: string,
  s: { start: number; end: number },
  orgs: Item[],
  subject: string | undefined,
  add: AddRelation,
): void {
  const body = text.slice(s.start, s.end);
  const cues = [
    ...[...body.matchAll(MEMBER_OF)].map((m) => ({ m, joined: false })),
    ...[...body.matchAll(JOINED)].map((m) => ({ m, joined: true })),
  ];
  for (const { m, joined } of cues) {
    const at = s.start + (m.index ?? 0);
    const after = at + m[0].length;
    const targets: Item[] = [];
    let edge = after;
    for (const o of orgs) {
      if (o.start < edge) continue;
      // ("the X Network (XN) and of …": the acronym after a body is the same body.)
      if (targets.length && o.id === targets[targets.length - 1]?.id) {
        edge = o.end;
        continue;
      }
      const gap = text.slice(edge, o.start);
      if (targets.length ? !MEMBER_LIST_GAP.test(gap) : !/^\s*$/.test(gap)) break;
      if (joined && !COLLECTIVE.test(text.slice(o.start, o.end))) break;
      targets.push(o);
      edge = o.end;
    }
    if (!targets.length) continue;
    const from = clauseStart(text, s.start, at);
    let members = orgs.filter((o) => o.end <= at && o.start >= from);
    if (!members.length) {
      const last = [...orgs].reverse().find((o) => o.end <= at);
      if (last && MEMBER_BEFORE_CUE.test(text.slice(last.end, at))) members = [last];
    }
    const memberIds = members.map((o) => o.id);
    if (!memberIds.length && subject && SUBJECT_PRONOUN.test(text.slice(s.start, at)))
      memberIds.push(subject);
    for (const id of memberIds) for (const t of targets) add(id, t.id, "part_of", s);
  }
  for (const o of orgs) {
    if (!OF_WHICH_BEFORE.test(text.slice(Math.max(s.start, o.start - 16), o.start))) continue;
    if (!OF_WHICH_AFTER.test(text.slice(o.end, o.end + 60))) continue;
    const cut = text.slice(s.start, o.start).search(OF_WHICH_BEFORE) + s.start;
    const owner = [...orgs].reverse().find((x) => x.end <= cut);
    if (owner && /^[\s)]*$/.test(text.slice(owner.end, cut))) add(o.id, owner.id, "part_of", s);
  }
}

/** What stands between a funder and its amount: "has added", "will cover the cost … with". */
const GIVES_AMOUNT =
  /^\s*(?:,[^,]{0,40},\s*)?(?:has|have|had|will|would|also|further|then|now|again|\s)*(?:added|gave|gives|give|provided|provides|provide|committed|commits|commit|pledged|pledges|pledge|contributed|contributes|contribute|allocated|allocates|allocate|donated|donates|donate|offered|offers|awarded|awards|granted|grants|disbursed|disburses|earmarked|set aside|cover|covers|covered|put|puts|invested|invests|approved|approves|made available)\b[^.;]{0,60}?$|^\s*(?:,[^,]{0,40},\s*)?(?:has|have|had|will|would|also|\s)*(?:made|makes|signed|signs|concluded)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:grant|agreement|contract|contribution|award|donation|gift)\s+(?:worth\s+|of\s+)$/;

/**
 * "The Government of Japan has added JPY 60 million", "X will cover the transport with QAR
 * 900,000": a body whose verb gives an amount funds the event at hand, with that amount.
 */
/** "(Sida), which": a giver's acronym and a relative pronoun before its verb. */
const RELATIVE_GIVER = /^\s*(?:\([^()\n]{0,20}\)\s*)?,\s*(?:which|who)\s+/;
/** Between an amount and the body it goes to: "to the", "(about NOK 3.7 million) to". */
const AMOUNT_TO = /^\s*(?:\([^()\n]{0,40}\)\s*)?(?:in\s+\d{4}\s+)?to\s+(?:the\s+)?$/;

/**
 * The amount body `a` gives in its own clause ("X has added JPY 60 million", with `relative`
 * also "X (XA), which contributed USD 200,000"), no other body standing between the two.
 */
function amountGivenBy<A extends { start: number }>(
  text: string,
  a: Item,
  agents: Item[],
  amounts: A[],
  relative: boolean,
): A | undefined {
  if (a.kind !== "org") return undefined;
  const amount = amounts.find((m) => m.start > a.end && m.start - a.end <= 90);
  if (!amount) return undefined;
  const between = text.slice(a.end, amount.start);
  if (!GIVES_AMOUNT.test(relative ? between.replace(RELATIVE_GIVER, " ") : between))
    return undefined;
  // (A relative clause may name the giver again: "Sida, which … (Sida)".)
  const other = (x: Item): boolean =>
    x.start > a.end && x.end <= amount.start && (!relative || x.id !== a.id);
  return agents.some(other) ? undefined : amount;
}

/**
 * "The Andes Fund gave COP 500 million to the Cauca Women's Network", "X has granted USD
 * 40,000 to Y": a body that gives an amount to another body funds it, with that amount.
 */
function amountGivenTo(
  text: string,
  agents: Item[],
  amounts: { start: number; end: number; amount: number; currency?: string }[],
  s: { start: number; end: number },
  add: AddRelation,
): void {
  if (!amounts.length) return;
  for (const a of agents) {
    // ("Sida, which contributed USD 200,000 to the Fund": the giver before a relative clause.)
    const amount = amountGivenBy(text, a, agents, amounts, true);
    if (!amount) continue;
    const to = agents.find((x) => x.start >= amount.end && x.kind === "org");
    if (to && AMOUNT_TO.test(text.slice(amount.end, to.start)))
      add(a.id, to.id, "funded", s, amount);
  }
}

/** After a giver's name, its grant as a noun: "'s grant", " contribution of EUR 55,000". */
const GIVERS_GRANT =
  /^(?:['’]s)?\s+(?:(?:new|first|second|third|core|two-year|three-year|annual)\s+)?(?:grant|contribution|donation|award|allocation)\s+(?:of\s+([^.;()]{1,30}?)\s+)?(?:for|to)\s+(?:the\s+)?$/;

/**
 * "The EED grant for SafeDesk (EUR 210,000 for 2024–2025)", "the Trust's contribution of
 * £40,000 to the Harbour Fund": a grant named by its giver funds what it is for, with the
 * amount it states after "of" or in brackets right after what it is for.
 */
function namedGrantFor(
  text: string,
  agents: Item[],
  events: Item[],
  amounts: { start: number; end: number; amount: number; currency?: string }[],
  s: { start: number; end: number },
  add: AddRelation,
): void {
  if (
    !amounts.length ||
    !/grant|contribution|donation|award|allocation/.test(text.slice(s.start, s.end))
  )
    return;
  for (const giver of agents) {
    if (giver.kind !== "org") continue;
    const target = [...agents, ...events]
      .filter((x) => x.start > giver.end && x.start - giver.end <= 80 && x.id !== giver.id)
      .sort((a, b) => a.start - b.start)[0];
    if (!target) continue;
    const between = GIVERS_GRANT.exec(text.slice(giver.end, target.start));
    if (!between) continue;
    const gap = giver.end + (between.index ?? 0);
    const amount =
      amounts.find((a) => a.start > gap && a.end <= target.start) ??
      amounts.find(
        (a) => a.start > target.end && /^\s*\(\s*$/.test(text.slice(target.end, a.start)),
      );
    if (amount) add(giver.id, target.id, "funded", s, amount);
  }
}

/** Before a giver's grant that pays for what the sentence told of: "with a", "thanks to an". */
const WITH_A_BEFORE = /\b(?:with|through|thanks\s+to|under|via|using)\s+(?:a|an|the)\s+$/i;
/** After that giver: "grant of", "new contribution of". */
const GRANT_OF_AFTER =
  /^(?:['’]s)?\s+(?:(?:new|first|second|core|multi-year|two-year|three-year|four-year|annual|small)\s+)?(?:grant|contribution|donation|award|allocation)\s+(?:\([^()]{1,40}\)\s+)?of\s+$/i;

/**
 * "Its programme Kayd runs from 2024 to 2027 with a Norad grant of NOK 6.2 million", "The
 * library reopened in May thanks to a UNESCO contribution of USD 80,000": a grant named by
 * its giver, after what it pays for, funds the event the sentence told of before it (else
 * the body it opens with) with its amount.
 */
function grantOfGiverAfter(
  text: string,
  agents: Item[],
  events: Item[],
  amounts: { start: number; end: number; amount: number; currency?: string }[],
  s: { start: number; end: number },
  add: AddRelation,
): void {
  for (const giver of agents) {
    if (giver.kind !== "org" || !WITH_A_BEFORE.test(text.slice(s.start, giver.start))) continue;
    const amount = amounts.find(
      (a) => a.start >= giver.end && GRANT_OF_AFTER.test(text.slice(giver.end, a.start)),
    );
    if (!amount) continue;
    const before = (xs: Item[]): Item[] =>
      xs.filter((x) => x.end <= giver.start && x.id !== giver.id);
    const event = before(events).at(-1);
    const subject = before(agents).find((a) => a.kind === "org");
    const target = event ?? subject;
    if (target) add(giver.id, target.id, "funded", s, amount);
  }
}

/** "awarded A and B a grant of", "gave C a small grant": a verb, its recipients, the grant. */
const AWARDED_A_GRANT =
  /\b(?:awarded|awards|granted|grants|gave|gives|offered|offers)\s+([^.;]{2,160}?)\s+(?:a|an|two|three|four|five|\d+)\s+(?:[\p{Ll}\d-]+\s+|(?:\p{Lu}{3}|[€$£])\s?[\d.,]+(?:\s+(?:million|m|k))?\s+){0,3}?(?:grants?|awards?|sum|subsidy|subsidies)\b/gu;

/**
 * "The EU Delegation has awarded A and our partner B a grant of EUR 320,000", "X gave Y a
 * small grant": the giver before the verb funds each body between the verb and the grant.
 */
function grantsAwardedTo(
  text: string,
  s: { start: number; end: number },
  agents: Item[],
  amounts: { start: number; end: number; amount: number; currency?: string }[],
  add: AddRelation,
): void {
  if (!/award|grant|gave|give|offer/.test(text.slice(s.start, s.end))) return;
  for (const m of text.slice(s.start, s.end).matchAll(AWARDED_A_GRANT)) {
    const at = s.start + (m.index ?? 0);
    const end = at + m[0].length;
    const innerStart = at + m[0].indexOf(m[1] ?? "");
    const giver = [...agents].reverse().find((x) => x.kind === "org" && x.end <= at);
    const recipients = agents.filter(
      (x) => x.kind === "org" && x.start >= innerStart && x.end <= end,
    );
    if (!giver || !recipients.length) continue;
    const amount =
      amounts.find((x) => x.start >= innerStart && x.end <= end) ??
      amounts.find((x) => x.start >= end && x.start - end <= 12);
    for (const r of recipients) add(giver.id, r.id, "funded", s, amount);
  }
}

/** Words that make an amount the sum of several grants: "grants worth", "in total". */
const TOTAL_BEFORE =
  /\b(?:grants|awards|allocations|projects)\b[^.;]{0,25}$|\b(?:total(?:ling|ing)?|combined|overall|altogether)\b[^.;]{0,15}$/i;
const TOTAL_AFTER = /^\s*(?:in\s+total|altogether|overall|combined|in\s+all)\b/i;

/** "approved five new grants, worth USD 1.4 million in total": the sum of many grants. */
function isTotal(text: string, from: number, amount: { start: number; end: number }): boolean {
  return (
    TOTAL_BEFORE.test(text.slice(Math.max(from, amount.start - 50), amount.start)) ||
    TOTAL_AFTER.test(text.slice(amount.end, amount.end + 20))
  );
}

function fundingByAmount(
  text: string,
  s: { start: number; end: number },
  cues: Cue[],
  agents: Item[],
  events: Item[],
  amounts: { start: number; end: number; amount: number; currency?: string }[],
  main: string | undefined,
  out: ExtractedRelation[],
  add: AddRelation,
): void {
  if (!amounts.length) return;
  for (const a of agents) {
    const amount = amountGivenBy(text, a, agents, amounts, false);
    if (!amount) continue;
    if (cues.some((c) => c.kind === "funded" && c.start > a.end && c.end <= amount.start)) continue;
    if (isTotal(text, s.start, amount)) continue;
    const target = events.find((e) => e.start > amount.start)?.id ?? events[0]?.id ?? main;
    if (
      !target ||
      out.some((r) => r.source === a.id && r.kind === "funded" && r.evidence[0]?.start === s.start)
    )
      continue;
    add(a.id, target, "funded", s, amount);
  }
}

/**
 * A body or person named in the same sentence as an event, and tied to nothing there by a
 * cue, takes part in the nearest event: the genre names an event's participants around it
 * in more phrasings than any list of verbs holds.
 */
function cooccurrence(
  s: { start: number; end: number },
  agents: Item[],
  events: Item[],
  out: ExtractedRelation[],
  add: AddRelation,
): void {
  if (!events.length) return;
  const tied = new Set<string>();
  for (let i = out.length - 1; i >= 0; i--) {
    const e = out[i]?.evidence[0];
    if (!e || e.start !== s.start) break;
    tied.add(out[i]?.source ?? "");
    tied.add(out[i]?.target ?? "");
  }
  for (const a of agents) {
    if (tied.has(a.id)) continue;
    // A name inside an event's name ("the UNDP workshop") is its owner, not a participant.
    if (events.some((e) => a.start >= e.start && a.end <= e.end)) continue;
    let best: Item | undefined;
    for (const e of events)
      if (!best || Math.abs(e.start - a.start) < Math.abs(best.start - a.start)) best = e;
    if (best) add(a.id, best.id, "participated", s);
  }
}

/** Words that make a sentence's amount a grant's: "budget", "worth", "a total of". */
const MONEY_CONTEXT =
  /\b(?:budget|grant|worth|total|funding|contribution|award|allocat|financ|cost|value|donat)/i;

/**
 * "The project is funded by Sida. … Its budget is SEK 9.4 million.": a funding relation
 * stated without an amount takes the one amount the document gives for money elsewhere,
 * when there is exactly one such amount and one funding relation without it.
 */
/** A body that gives grants: "The X Fund has awarded grants worth …", "X announced its grants". */
const GIVES_GRANTS =
  /^\s*(?:\([^()]{1,60}\)\s*|\)\s*)?(?:,[^,]{0,80},\s*|,\s*(?=announc|award|grant))?(?:['’]s\s+(?:[\w-]+\s+)?(?:board|trustees|jury|panel|committee|council)(?:\s+of\s+\w+)?\s+)?(?:has\s+|have\s+|had\s+|today\s+|also\s+|(?:is|are)\s+(?:pleased|proud|happy|delighted|glad)\s+to\s+)*(?:(?:selected|selects|chose|chosen)\b[^.;]{0,80}?\b(?:projects|organi[sz]ations|initiatives|proposals|applicants|grantees)\b[^.;]{0,60}?\bfor\s+(?:support|funding|a\s+grant)\b|(?:awarded|awards|award|announced|announces|announce|granted|grants|gave|gives|distributed|distributes|disbursed|approved|approves|selected|selects|extends|extended|provides|provided)\b(?:[^.;]|\.\d){0,60}?\bgrants?\b|(?:released|releases|allocated|allocates|disbursed|disburses|committed|commits)\s+(?:a\s+(?:total\s+)?of\s+)?(?:US\$|\$|€|£|[A-Z]{3}\s?)\s?\d(?:[^.;]|\.\d){0,80}?\b(?:allocation|grants?|partners)\b|(?:awarded|awards|granted|grants|gave|gives|allocated|allocates|distributed|distributes|disbursed|disburses|committed|commits|announced|announces)\s+(?:a\s+total\s+of\s+)?(?:US\$|\$|€|£|[A-Z]{3}\s?)\s?\d[\d.,]*(?:\s+(?:million|billion|thousand|lakh|crore))?\s+(?:in\s+(?:new\s+)?(?:grants|awards|funding)\s+)?to\s+(?:\w+[\s-]+){0,3}(?:organi[sz]ations|partners|groups|projects|grantees|initiatives|NGOs|associations|cooperatives|networks|collectives)\b|(?:invested|invests|spent|spends)\s+(?:a\s+total\s+of\s+)?(?:US\$|\$|€|£|[A-Z]{3}\s?)\s?\d[\d.,]*(?:\s+(?:million|billion|thousand|lakh|crore))?\s+(?:in|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:communities|projects|programmes|programs|partners|organi[sz]ations|initiatives|groups)\b|signed\s+(?:[a-z][a-z-]*\s+){0,3}(?:agreements?|contracts?)\s+(?:worth|of|totalling|totaling|with|for)\b|announc\w*\s+the\s+(?:results|winners|grantees|recipients)\s+of\s+(?:the|its|our|a)\b[^.;]{0,40}?\bcall\b|announc\w*\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:grantees|grant\s+recipients|organi[sz]ations\s+selected))/i;
/** "X received USD 35,000", "X was awarded a grant of €20,000", "and X (USD 25,000)". */
const RECEIVES_AMOUNT =
  /^\s*(?:in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+)?(?:,\s*)?(?:(?:has|have|was|were|will)\s+)?(?:(?:received|receives|receive|awarded|granted|given|got|gets|obtained|won|use|uses|used)\s+(?:a\s+grant\s+of\s+|grants?\s+of\s+)?|implement\s+an?\s+)?(?:\(\s*)?$/u;
/** Before the donors of a fund: "contributions received in 2024 from", "thanks to donations by". */
const DONOR_BEFORE =
  /\b(?:contribut\w*|donations?|pledges?|made possible)\b[^.;]{0,80}\b(?:from|by)\b[^.;]*$/i;

/** An amount given again in another currency: "(about NOK 3.7 million)", "(≈ CHF 260,000)". */
const EQUIVALENT =
  /\(\s*(?:about|approx\.?|approximately|roughly|around|some|nearly|almost|equivalent to|equal to|≈|~)?\s*$/i;

/**
 * A list item that leads with the grantee and gives its amount after a dash or colon
 * ("**Sanad Network (Mosul)** – USD 40,000 for …", "- Amal Association: €25,000 …", "2. Sawa
 * Youth Club (SYC), Irbid, Jordan - USD 30,000 - …").
 */
const LEADS_AMOUNT =
  /^(?:\s*\([^()\n]{1,40}\)|,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}){0,4}\s*[*_]{0,2}\s*[–—:-]\s*(?:an?\s+grant\s+of\s+)?$/u;
const ITEM_START = /^[ \t]*(?:[-*•+]\s+|\d{1,2}[.)]\s+)?[*_]{0,2}$/;
/** "a cooperative agreement of $1.2 million to X", "a grant of EUR 40,000 to the X". */
const GRANT_OF_TO =
  /\b(?:grants?|awards?|agreements?|contracts?|allocations?|contributions?|donations?|gifts?|sub-grants?|subgrants?)\s+of\s+(?:US\$|\$|€|£|[A-Z]{3}\s?)?\s?\d[\d.,\s]*(?:\s*(?:million|billion|thousand|m|k))?\s*(?:[A-Z]{3}|€|\$)?\s+to\s+(?:the\s+)?$/i;
/** "USD 60,000 goes to X", "a grant of €5,000 went to X". */
const GOES_TO =
  /\b(?:(?:goes|go|went|going|awarded|granted|given|paid)\s+to|(?:provides?|provided|gives|gave|allocates?|allocated|awards?|transfers?|transferred)\s+[^.;]{0,30}?\bto)\s+(?:the\s+)?$/;

/**
 * A grant announcement: the body that awards the grants funds each grantee named with an
 * amount ("The Cedar Water Fund has awarded grants …. The Baalbek Women's Cooperative received
 * USD 35,000"). Grantees are bodies, not events.
 */
function grantees(
  an: DocAnalysis,
  idOf: ReadonlyMap<string, string>,
  add: AddRelation,
): Map<string, string> {
  const donors = new Map<string, string>();
  const { text } = an;
  if (
    !/\bgrant|\bagreements?\b|\bcontracts?\b|\ballocations?\b|\bawards?\b|\bcall\b|\binvest(?:ed|s|ment)\b|\bspen(?:ds?|t)\b/i.test(
      text,
    ) &&
    !RECEIVED_LEAD.test(text)
  )
    return donors;
  const orgs = an.mentions.filter((m) => m.kind === "org").sort((a, b) => a.start - b.start);
  const giver = grantMakerOf(an, idOf);
  if (!giver) {
    receivedGrants(an, orgs, idOf, add);
    return donors;
  }
  grantTables(an, orgs, idOf, giver, add);
  grantSections(an, orgs, idOf, giver, add);
  // (A table's rows are read by their columns, never as sentences.)
  const rows = new Set(tablesOf(an.seg.lines).flatMap((t) => t.rows.map((r) => r.line.start)));
  for (const s of an.seg.sentences) {
    if (rows.has(an.seg.lines[s.line]?.start ?? -1)) continue;
    const inside = mentionsWithin(orgs, s.start, s.end);
    if (!inside.length) continue;
    const amounts = findAmounts(text, s.start, s.end);
    if (!amounts.length) continue;
    for (const m of inside) {
      const id = idOf.get(m.ref);
      if (!id || id === giver) continue;
      // "made possible by contributions from Sweden (SEK 60 million), Norway (…)": donors to
      // the grant-maker, each with its amount in brackets.
      if (DONOR_BEFORE.test(text.slice(s.start, m.start))) {
        const own = amounts.find(
          (a) => a.start >= m.end && /^\s*\(\s*$/.test(text.slice(m.end, a.start)),
        );
        if (own) {
          add(id, giver, "funded", s, {
            amount: own.amount,
            ...(own.currency && { currency: own.currency }),
          });
          donors.set(`${id}|${s.start}`, giver);
        }
        continue;
      }
      // The amount right after the grantee's verb, or the one before "goes to" the grantee.
      const after = amounts.find(
        (a) => a.start >= m.end && RECEIVES_AMOUNT.test(text.slice(m.end, a.start)),
      );
      // ("worth IQD 455 million (about NOK 3.7 million), goes to X": not the equivalent.)
      const before =
        GOES_TO.test(text.slice(Math.max(s.start, m.start - 30), m.start)) ||
        GRANT_OF_TO.test(text.slice(Math.max(s.start, m.start - 60), m.start))
          ? [...amounts]
              .reverse()
              .find(
                (a) =>
                  a.end <= m.start &&
                  !EQUIVALENT.test(text.slice(Math.max(0, a.start - 24), a.start)),
              )
          : undefined;
      const item =
        ITEM_START.test(text.slice(text.lastIndexOf("\n", m.start - 1) + 1, m.start)) &&
        amounts.find((a) => a.start >= m.end && LEADS_AMOUNT.test(text.slice(m.end, a.start)));
      const amount = after ?? before ?? (item || undefined);
      if (amount)
        add(giver, id, "funded", s, {
          amount: amount.amount,
          ...(amount.currency && { currency: amount.currency }),
        });
    }
  }
  return donors;
}

/** An amount told as a grant in prose: "A grant of", "Its grant of", "It receives", "award,". */
const GRANT_AMOUNT_CUE =
  /\b(?:grants?|award|awarded|receives?|received|gets|got|allocation|support)\b(?:\s+of)?[\s,:]*(?:of\s+)?(?:some\s+|about\s+|nearly\s+|up\s+to\s+)?$/i;

/**
 * A grant announcement in sections, one per grantee: a heading names the grantee ("Sudan –
 * Nafeer Women's Association (NWAD)", "Casa Speranței Association") and its paragraph the
 * grant ("A grant of USD 250,000 …", "It receives USD 300,000 …"): the grant-maker funds the
 * heading's body with the section's first grant amount.
 */
function grantSections(
  an: DocAnalysis,
  orgs: readonly Mention[],
  idOf: ReadonlyMap<string, string>,
  giver: string,
  add: AddRelation,
): void {
  const { text } = an;
  const lines = an.seg.lines;
  lines.forEach((line, i) => {
    if (line.kind !== "title" || i === 0) return;
    const inside = mentionsWithin(orgs, line.start, line.end);
    // ("Sudan – X (XA)": after a dash, the grantee; before it, its country.)
    const dash = line.text.search(/\s[–—-]\s/);
    const head = inside.find((m) => dash < 0 || m.start > line.start + dash);
    const grantee = head && idOf.get(head.ref);
    if (!grantee || grantee === giver) return;
    for (let j = i + 1; j < lines.length && lines[j]?.kind !== "title"; j++) {
      const body = lines[j];
      if (!body || body.kind !== "body") continue;
      const amount = findAmounts(text, body.start, body.end).find(
        (a) =>
          GRANT_AMOUNT_CUE.test(text.slice(Math.max(body.start, a.start - 40), a.start)) &&
          !EQUIVALENT.test(text.slice(Math.max(0, a.start - 24), a.start)),
      );
      if (!amount) continue;
      const sentence = an.seg.sentences.find((s) => s.start <= amount.start && amount.end <= s.end);
      add(giver, grantee, "funded", sentence ?? body, amount);
      return;
    }
  });
}

/** A table of bodies and their amounts. */
const hasGrantTable = (an: DocAnalysis): boolean => tablesOf(an.seg.lines).some(isGrantTable);

/** "has awarded NOK 2 million to six community radio stations": a sum given to a counted group. */
const AWARDS_TO_GROUP =
  /^\s*(?:\([^()]{1,30}\)\s*)?(?:has\s+|have\s+|had\s+|today\s+|also\s+)*(?:awarded|awards|granted|grants|gave|gives|allocated|allocates|distributed|distributes|disbursed|disburses|committed|commits)\s+(?:a\s+total\s+of\s+)?(?:US\$|\$|€|£|[A-Z]{3}\s?)\s?\d[\d.,]*(?:\s+(?:million|billion|thousand))?\s+to\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|a\s+dozen)\s+(?:[\p{L}'’-]+\s+){0,4}?([\p{L}-]+s)(?![\p{L}'’])/iu;
/** Plurals of people: a sum given to them is pay or support, not a round of grants. */
const PEOPLE_PLURAL =
  /^(?:people|persons|individuals|volunteers|lawyers|families|households|women|men|children|girls|boys|students|pupils|youths|participants|beneficiaries|farmers|workers|residents|refugees|teachers|journalists|artists|mothers|survivors|patients|elders|trainees|fellows|scholars)$/i;

/** The text after a body gives a sum to a counted group of bodies (not of people). */
function awardsToGroup(after: string): boolean {
  const group = AWARDS_TO_GROUP.exec(after)?.[1];
  return !!group && !PEOPLE_PLURAL.test(group);
}

/** Each document's grant-maker, found once for the readers that ask for it. */
const GRANT_MAKERS = new WeakMap<
  DocAnalysis,
  { idOf: ReadonlyMap<string, string>; giver?: string }
>();

/** The document's grant-maker (see grantMaker), over its bodies in the order of the text. */
function grantMakerOf(an: DocAnalysis, idOf: ReadonlyMap<string, string>): string | undefined {
  const known = GRANT_MAKERS.get(an);
  if (known && known.idOf === idOf) return known.giver;
  const orgs = an.mentions.filter((m) => m.kind === "org").sort((a, b) => a.start - b.start);
  const giver = grantMaker(an, orgs, idOf);
  GRANT_MAKERS.set(an, { idOf, giver });
  return giver;
}

/** The one body of the document that gives grants ("X has awarded grants", "X announces the results of its call"). */
function grantMaker(
  an: DocAnalysis,
  orgs: readonly Mention[],
  idOf: ReadonlyMap<string, string>,
): string | undefined {
  const table = hasGrantTable(an);
  const giving = orgs.filter((m) => {
    const from = m.end + legalFormAfter(an.text.slice(m.end, m.end + 12));
    const after = an.text.slice(from, from + 140);
    return GIVES_GRANTS.test(after) || (table && awardsToGroup(after));
  });
  const givers = new Set(giving.map((m) => idOf.get(m.ref)));
  if (givers.size === 1) return [...givers][0];
  // ("HHS, through HRSA, announced $9.6 million in awards": bodies of one subject, the one
  // nearest the verb gives.)
  if (givers.size > 1 && new Set(giving.map((m) => m.sentence)).size === 1)
    return idOf.get(giving[giving.length - 1]?.ref ?? "");
  if (givers.size > 1) return undefined;
  // ("the Foundation's board approved six grants": the one body of the document whose name
  // ends on that head.)
  for (const m of an.text.matchAll(HEAD_REFERENCE)) {
    if (!GIVES_GRANTS.test(an.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + 160)))
      continue;
    const named = bodyOfHead(orgs, an.text, m[1] ?? "", idOf);
    if (named) return named;
  }
  // ("We have awarded GBP 240,000 to five groups" over the table: the body the page speaks for.)
  if (table && WE_GIVE.test(an.text) && !RECEIVED_LEAD.test(an.text)) {
    const own = ownBody(an, orgs, idOf);
    if (own) return own;
  }
  // A grant-maker's own release: the body named alone on a letterhead line (one of the
  // first lines, above the headline: "Norway in Iraq / Royal Norwegian Embassy in Baghdad").
  // (Not in a body's list of the grants it received: the letterhead's body is their recipient.)
  const head = letterheadBody(an, orgs);
  // (Or anywhere, over a table of partners and amounts: "Table 4 – Grants approved in 2024".)
  if (
    head &&
    (/\bgrants?\b/i.test(an.text.slice(head.end, head.end + 400)) ||
      (GRANTS_MADE.test(an.text) && hasGrantTable(an))) &&
    !RECEIVED_LEAD.test(an.text)
  )
    return idOf.get(head.ref);
  return undefined;
}

/** "the Foundation", "The Trust's": a body referred to by its head alone. */
const HEAD_REFERENCE = /\b[Tt]he\s+(\p{Lu}\p{Ll}+)\b/gu;

/** The one body of the document whose name ends on `head` ("Foundation"), if that is a body's head. */
function bodyOfHead(
  orgs: readonly Mention[],
  text: string,
  head: string,
  idOf: ReadonlyMap<string, string>,
): string | undefined {
  if (!ORG_HEADS.has(head)) return undefined;
  const named = new Set(
    orgs.filter((o) => text.slice(o.start, o.end).endsWith(` ${head}`)).map((o) => idOf.get(o.ref)),
  );
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * "we have awarded", "this year we approved", "In 2024 we granted": the page's own body gives.
 * ("all our grants there are made under …", "used our 2024 grant to": the page's own grants.)
 */
const WE_GIVE =
  /\b[Oo]ur\s+(?:(?:19|20)\d\d\s+|first\s+|new\s+|small\s+)?grants?\b(?!\s+(?:from|of|by|received|income)\b)|\b(?:[Ww]e|[Oo]ur\s+(?:[Bb]oard(?:\s+of\s+(?:[Dd]irectors|[Tt]rustees|[Gg]overnors))?|[Tt]rustees|[Gg]rants?\s+[Cc]ommittee|[Jj]ury|[Pp]anel))\s+(?:have\s+|has\s+|had\s+|also\s+|today\s+|then\s+)*(?:awarded|granted|approved|gave|distributed|allocated|disbursed|funded|committed)\b/;

/** A footer line's copyright mark and year, before the body it names. */
const COPYRIGHT = /^\s*(?:©|\([Cc]\)|[Cc]opyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[–-]\s*\d{4})?,?\s*)?/;
/** What ends the body's name on a footer line: " · ", " | ", ", ", " – ", ". All rights". */
const FOOTER_SEPARATOR = /\s+[·•|–—-]\s+|,\s|\.\s/;

/** After the body a footer line opens on: "Kestrel Trust · 14 Mill Lane", "X – Via Roma 12". */
const FOOTER_TAIL = /^\s*(?:$|[·•|,–—-]\s)/;

/**
 * The body a page speaks for: named alone on its letterhead or first line, opening one of its
 * last lines (the footer), or the one body "the Foundation" can mean.
 */
function ownBody(
  an: DocAnalysis,
  orgs: readonly Mention[],
  idOf: ReadonlyMap<string, string>,
): string | undefined {
  const head = letterheadBody(an, orgs);
  if (head) return idOf.get(head.ref);
  for (const line of an.seg.lines.filter((l) => l.kind !== "blank").slice(-4)) {
    // ("© 2025 Kestrel Trust · …": a copyright line names the page's body; such a line is
    // furniture, so the body is the one named so elsewhere.)
    const mark = COPYRIGHT.exec(line.text);
    if (mark) {
      const named = line.text.slice(mark[0].length).split(FOOTER_SEPARATOR)[0]?.trim();
      const body = orgs.find((m) => an.text.slice(m.start, m.end) === named);
      if (body) return idOf.get(body.ref);
    }
    const lead = line.start + (line.text.length - line.text.trimStart().length);
    const body = orgs.find((m) => m.start === lead);
    if (body && FOOTER_TAIL.test(an.text.slice(body.end, line.end))) return idOf.get(body.ref);
  }
  const meant = new Set<string>();
  for (const m of an.text.matchAll(HEAD_REFERENCE)) {
    const id = bodyOfHead(orgs, an.text, m[1] ?? "", idOf);
    if (id) meant.add(id);
  }
  return meant.size === 1 ? [...meant][0] : undefined;
}

/** A grant-maker's own account of its grants: "grants approved in 2024", "new grants". */
const GRANTS_MADE =
  /\b(?:grants?\s+(?:approved|awarded|made|committed)|(?:approved|awarded|made)\s+(?:\w+\s+){0,3}grants)\b/i;

/** The body named alone on one of the document's first lines, above its first paragraph. */
function letterheadBody(an: DocAnalysis, orgs: readonly Mention[]): Mention | undefined {
  for (const line of an.seg.lines.filter((l) => l.kind !== "blank").slice(0, 3)) {
    if (line.kind === "body") break;
    const start = line.start + (line.text.length - line.text.trimStart().length);
    const end = line.start + line.text.trimEnd().length;
    // ("Fondation X – Annual Report 2024   14": a report's running header names its body.)
    const head = orgs.find(
      (m) => m.start === start && (m.end === end || RUNNING_HEADER.test(an.text.slice(m.end, end))),
    );
    if (head) return head;
  }
  return undefined;
}

/** A list of the grants a body received: "Grants received in 2023", "Donor - Amount - Purpose". */
const RECEIVED_LEAD =
  /\b(?:grants?|funding|income|contributions?|donations?)\s+(?:received|secured)\b|\bdonors?\s*[-–—:|/]\s*amount\b|\bour\s+(?:donors|funders)\b/i;

/**
 * A body's own list of the grants it received ("- European Union - EUR 95,000 - …" under
 * "Grants received in 2023"): each donor leading an item with an amount funds the body on the
 * letterhead.
 */
function receivedGrants(
  an: DocAnalysis,
  orgs: readonly Mention[],
  idOf: ReadonlyMap<string, string>,
  add: AddRelation,
): void {
  const { text } = an;
  const lead = an.seg.lines.findIndex((l) => l.kind !== "blank" && RECEIVED_LEAD.test(l.text));
  if (lead < 0) return;
  const head = letterheadBody(an, orgs);
  const recipient = head && idOf.get(head.ref);
  if (!recipient) return;
  for (const line of an.seg.lines.slice(lead + 1, lead + 40)) {
    if (line.kind === "blank") continue;
    const inside = mentionsWithin(orgs, line.start, line.start + line.text.length);
    const donor = inside[0];
    if (!donor) continue;
    if (!ITEM_START.test(text.slice(line.start, donor.start))) continue;
    const amount = findAmounts(text, donor.end, line.start + line.text.length).find((a) =>
      LEADS_AMOUNT.test(text.slice(donor.end, a.start)),
    );
    const id = idOf.get(donor.ref);
    if (!amount || !id || id === recipient) continue;
    const s = { start: line.start, end: line.start + line.text.length };
    add(id, recipient, "funded", s, {
      amount: amount.amount,
      ...(amount.currency && { currency: amount.currency }),
    });
  }
}

/**
 * A table of grants ("| Lead organisation | Project | Grant (JOD) |"): the grant-maker funds
 * the body of each row, with the row's amount in the header's currency.
 */
function grantTables(
  an: DocAnalysis,
  orgs: readonly Mention[],
  idOf: ReadonlyMap<string, string>,
  giver: string,
  add: AddRelation,
): void {
  for (const table of tablesOf(an.seg.lines)) {
    const bodies = columnOf(table, BODY_COLUMN);
    const amounts = amountColumnOf(table);
    if (bodies < 0 || amounts < 0) continue;
    const head = table.header[amounts]?.text ?? "";
    const currency = [...head.matchAll(/[\p{L}$€£]+/gu)].map((m) => currencyOf(m[0])).find(Boolean);
    for (const row of table.rows) {
      const cell = row.cells[bodies];
      const money = row.cells[amounts];
      if (!cell || !money) continue;
      const amount = findAmounts(an.text, money.start, money.end, currency)[0];
      const evidence = { start: row.line.start, end: row.line.end };
      for (const m of mentionsWithin(orgs, cell.start, cell.end)) {
        const id = idOf.get(m.ref);
        if (id && id !== giver)
          add(
            giver,
            id,
            "funded",
            evidence,
            amount && {
              amount: amount.amount,
              ...(amount.currency && { currency: amount.currency }),
            },
          );
      }
    }
  }
}

function amountsAcrossSentences(an: DocAnalysis, out: ExtractedRelation[]): void {
  const bare = out.filter((r) => r.kind === "funded" && r.amount === undefined);
  const pairs = new Set(bare.map((r) => `${r.source}|${r.target}`));
  if (pairs.size !== 1) return;
  if (out.some((r) => r.kind === "funded" && r.amount !== undefined)) return;
  const found = new Map<string, { amount: number; currency?: string }>();
  for (const s of an.seg.sentences) {
    const here = findAmounts(an.text, s.start, s.end);
    if (!here.length || !MONEY_CONTEXT.test(an.text.slice(s.start, s.end))) continue;
    for (const m of here) found.set(`${m.amount}|${m.currency ?? ""}`, m);
  }
  const only = found.size === 1 ? [...found.values()][0] : undefined;
  if (!only) return;
  for (const r of bare) {
    r.amount = only.amount;
    if (only.currency) r.currency = only.currency;
  }
}

/**
 * A document about its event names it in the headline or its first three sentences; an update
 * that mentions a meeting at its end is not about that meeting.
 */
function isAbout(an: DocAnalysis, idOf: ReadonlyMap<string, string>, main: string): boolean {
  const early = new Set(
    an.seg.sentences
      .map((x, i) => [x, i] as const)
      .filter(([x]) => an.seg.lines[x.line]?.kind === "body")
      .slice(0, 3)
      .map(([, i]) => i),
  );
  return an.mentions.some(
    (m) =>
      m.kind === "event" &&
      idOf.get(m.ref) === main &&
      (m.sentence < 0 ||
        early.has(m.sentence) ||
        an.seg.lines[an.seg.sentences[m.sentence]?.line ?? -1]?.kind === "title"),
  );
}

/**
 * A document about one event: a body or person it names in its body that no cue ties to
 * anything took part in that event (the genre names little else). Documents with several
 * events leave them untied, since which event is theirs is unknown. `main` is given only
 * when the document is about it (see isAbout).
 */
function untiedTakePart(
  an: DocAnalysis,
  idOf: ReadonlyMap<string, string>,
  main: string | undefined,
  out: ExtractedRelation[],
  add: AddRelation,
  typeById: ReadonlyMap<string, EventType>,
): void {
  if (!main && !an.sections) return;
  // (A person a programme's account names, unlisted, is a voice about it, not at it.)
  const programme = !!main && typeById.get(main) === "programme";
  const eventIds = new Set(an.events.map((e) => idOf.get(e.ref)).filter(Boolean));
  if (eventIds.size > 3 && !an.sections) return;
  const tied = new Set<string>();
  const takesPart = new Set<string>();
  for (const r of out) {
    tied.add(r.source);
    tied.add(r.target);
    if (r.kind !== "part_of" && r.kind !== "funded") takesPart.add(r.source);
  }
  const eventSpans = an.mentions.filter((e) => e.kind === "event");
  for (const m of an.mentions) {
    // With several events, only bodies: a person named there is more often a quoted voice;
    // but a person on a programme's list of speakers ("- Panel 1: … with X") takes part.
    const line = an.seg.lines[an.seg.sentences[m.sentence]?.line ?? -1];
    // (A list item, an agenda line "Panel 1: … with X" whose bullet Markdown took away, or a
    // programme table's row "| 11:00 | Panel 1 | Moderator: X, Title, Body |".)
    const listed =
      !!line &&
      ((line.text.length < 240 && /^\s*(?:[-*•]|\d+[.)])\s|^[^:.\n]{2,40}:\s/.test(line.text)) ||
        (line.text.length < 800 && /^\s*\|.*\|\s*$/.test(line.text)));
    if (
      m.kind === "event" ||
      m.sentence < 0 ||
      (m.kind === "person" && (eventIds.size > 1 || programme) && !listed)
    )
      continue;
    const id = idOf.get(m.ref);
    const s = an.seg.sentences[m.sentence];
    // (A listed speaker tied only to their body still takes part.)
    const free = listed && m.kind === "person" ? !takesPart.has(id ?? "") : !tied.has(id ?? "");
    if (!id || !free || !s || an.seg.lines[s.line]?.kind !== "body") continue;
    // "launched the NGO Advisory Board": a body inside an event's name is its subject.
    if (eventSpans.some((e) => e.start <= m.start && e.end >= m.end)) continue;
    // (A section's bodies take part in its event; before the first section, in the main one.)
    const section = sectionAt(an, m.start);
    const target = section ? idOf.get(section) : main;
    if (!target) continue;
    tied.add(id);
    add(id, target, "participated", s);
  }
}

function nearest<A extends { start: number }>(amounts: A[], pos: number): A | undefined {
  return [...amounts].sort((a, b) => Math.abs(a.start - pos) - Math.abs(b.start - pos))[0];
}

function clauseStart(text: string, from: number, to: number): number {
  const body = text.slice(from, to);
  const m = [...body.matchAll(/;|,\s+(?:which|who|where|while|but|and)\b|\bwhich\b/g)].pop();
  return m ? from + (m.index ?? 0) + m[0].length : from;
}

/** What may stand around the members of a list: commas and up to two lower-case words. */
const LIST_FILLER = /^[\s,]*(?:\p{Ll}[\p{Ll}-]*\s+){0,2}[\s,]*$/u;

/** True when `text[lo, hi)` is only agents joined by commas and short role nouns. */
function isList(
  text: string,
  lo: number,
  hi: number,
  agents: { start: number; end: number }[],
): boolean {
  const inside = agents.filter((x) => x.start >= lo && x.end <= hi);
  if (!inside.length) return false;
  let at = lo;
  for (const x of inside) {
    if (!LIST_FILLER.test(text.slice(at, x.start))) return false;
    at = x.end;
  }
  return LIST_FILLER.test(text.slice(at, hi));
}

function clauseEnd(text: string, from: number, to: number, throughSemicolons = false): number {
  const re = throughSemicolons
    ? /\s(?:which|who|where|whose|while)\s|,\s+(?:and\s+)?(?:it|they|he|she)\s/
    : /;|\s(?:which|who|where|whose|while)\s|,\s+(?:and\s+)?(?:it|they|he|she)\s/;
  let at = from;
  for (;;) {
    const m = re.exec(text.slice(at, to));
    if (!m) return to;
    // ("A, who heads B; C of D; and E": a list item's relative clause ends at its semicolon.)
    const semi =
      throughSemicolons && /^\s(?:who|whose)\s/.test(m[0]) ? text.indexOf(";", at + m.index) : -1;
    if (semi < 0 || semi >= to) return at + m.index;
    at = semi + 1;
  }
}

/** A name in subject position: a verb or an auxiliary follows it. */
/** A sentence that ends on a verb of taking part: "… attended.", "… took part as observers.". */
const OBJECTLESS_END =
  /\b(?:attended|took\s+part|participated|joined(?:\s+in)?|(?:was|were)\s+(?:also\s+)?present|joined\s+too)\s*(?:as\s+well|too|also|in\s+person|online|remotely|as\s+observers?)?\s*[.;!]?\s*$/;
const SUBJECT_AFTER = /^\s+(?:is|are|was|were|has|have|had|will|also|\p{Ll}+(?:s|ed))\b/u;

const ENVOY = String.raw`(?:Ambassador|Consul(?:[- ]General)?|Chargé d['’]Affaires|Envoy)`;
const PLACE_NAME = String.raw`\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?`;
const HONOURS = String.raw`(?:(?:H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s*)*`;
/** "the French Ambassador to Jordan, H.E. X" / "Ambassador of France X": the envoy's country. */
const ENVOY_BEFORE = new RegExp(
  String.raw`(?:\b(${PLACE_NAME}) ${ENVOY}(?: to (?:the )?${PLACE_NAME})?|\b${ENVOY} of (?:the )?(${PLACE_NAME})(?: to (?:the )?${PLACE_NAME})?),?\s*${HONOURS}$`,
  "u",
);
/** "X, the French Ambassador": the same after the name. */
const ENVOY_AFTER = new RegExp(
  String.raw`^,\s*(?:the\s+)?(?:(${PLACE_NAME}) ${ENVOY}\b|${ENVOY} of (?:the )?(${PLACE_NAME}))`,
  "u",
);
const STATE_BODY = /\b(?:Embassy|Consulate|Government|Kingdom|Republic|Ministry)\b/;

/**
 * An ambassador or consul belongs to the embassy or government of the state that sends them,
 * when the document names it ("the French Ambassador to Jordan, X" → the Embassy of France).
 */
function ambassadors(
  an: DocAnalysis,
  s: { start: number; end: number },
  items: Item[],
  idOf: ReadonlyMap<string, string>,
  add: AddRelation,
): void {
  const { text } = an;
  for (const p of items) {
    if (p.kind !== "person") continue;
    const m =
      ENVOY_BEFORE.exec(text.slice(Math.max(s.start, p.start - 90), p.start)) ??
      ENVOY_AFTER.exec(text.slice(p.end, Math.min(s.end, p.end + 60)));
    const named = m?.[1] ?? m?.[2];
    if (!named) continue;
    const last = named.split(" ").pop() ?? named;
    const country = [named, last]
      .map((n) => (COUNTRIES.has(n) ? n : DEMONYMS.get(n)))
      .find(Boolean);
    if (!country) continue;
    const demonym = COUNTRIES.get(country) ?? country;
    let best: { id: string; rank: number } | undefined;
    for (const o of an.mentions) {
      if (o.kind !== "org") continue;
      const name = text.slice(o.start, o.end);
      if (!name.includes(country) && !name.includes(demonym)) continue;
      const rank = /Embassy|Consulate/.test(name) ? 0 : STATE_BODY.test(name) ? 1 : 2;
      const id = idOf.get(o.ref);
      if (id && (!best || rank < best.rank)) best = { id, rank };
    }
    if (best) add(p.id, best.id, "part_of", s);
  }
}

const ROLE_NOUN_WORD = new RegExp(String.raw`^${ROLE_NOUNS}$`, "iu");
const ROLE_AFTER = new RegExp(String.raw`^,?\s*(?:[\p{L}-]+\s+){0,3}?${ROLE_NOUNS}\b`, "iu");
/** A title: "Director", "Programme Officer", "Head of Programmes", "Director for Advocacy". */
const TITLE_PHRASE = String.raw`(?:[\p{L}-]+\s+){0,3}?${ROLE_NOUNS}(?:\s+(?:of|for)\s+(?:[\p{Lu}&][\p{L}&-]*\s+){0,2}[\p{Lu}][\p{L}-]*)?`;
/** ", Director, " / ", Head of Programmes, " between a person and the body they work for. */
const TITLE_COMMA = new RegExp(String.raw`^(?:,\s*|-)${TITLE_PHRASE}\s*,\s*(?:the\s+)?$`, "iu");
/** " (Protection Manager, " between a person and their body in the same bracket. */
const TITLE_IN_BRACKET = new RegExp(String.raw`^\s*\(\s*${TITLE_PHRASE}\s*,\s*(?:the\s+)?$`, "iu");
/**
 * "its president, ", "its own director ", "our chairman Mr. " just before a name: the title of
 * the body named last before it ("its"), or of the body the document speaks for ("our").
 */
const OWNED_TITLE = new RegExp(
  String.raw`\b([Ii]ts(?: own)?|[Oo]ur)\s+(?:[\p{Ll}-]+\s+){0,3}?${ROLE_NOUNS},?\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Eng)\.?\s+)*$`,
  "u",
);

/** The body a document speaks for: the one named alone on its first line ("X - Town"). */
function authorOf(an: DocAnalysis, idOf: ReadonlyMap<string, string>): string | undefined {
  const first = an.seg.lines.find((l) => l.kind !== "blank");
  if (!first) return undefined;
  const lead = first.start + (first.text.length - first.text.trimStart().length);
  const body = an.mentions.find(
    (m) =>
      m.kind === "org" &&
      m.start === lead &&
      /^\s*(?:[-–—|,]\s+[^\n]*)?$/.test(an.text.slice(m.end, first.end)),
  );
  return body ? idOf.get(body.ref) : undefined;
}

/** Between a person and their body: "is a member of the", "serves on the Board of", "works for". */
const ROLE_PREDICATE_GAP = new RegExp(
  String.raw`^,?\s+(?:(?:is|was|has\s+been|had\s+been|became|remains)\s+(?:(?:also|now|still|currently)\s+)?(?:an?\s+|the\s+|one\s+of\s+the\s+)?(?:[\p{Ll}-]+\s+){0,3}?${ROLE_NOUNS}\s+(?:of|at|for|with|in|on)|(?:sits|sat|serves|served|has\s+served|works|worked|volunteers|volunteered)\s+(?:(?:also|now|currently)\s+)?(?:on|at|for|with))\s+(?:the\s+)?(?:(?:(?:Executive|Advisory|Governing)\s+)?(?:Board(?:\s+of\s+(?:Directors|Trustees|Governors))?|Steering\s+Committee|Executive\s+Committee|Secretariat)\s+of\s+(?:the\s+)?)?$`,
  "iu",
);

/** A title and its preposition just before a body's name ("the director of the "). */
const ROLE_OF_BEFORE = new RegExp(
  String.raw`\b${ROLE_NOUNS}(?:[\s-]general)?\s+(?:of|at|for)\s+(?:the\s+)?$`,
  "iu",
);
/** A capitalised title between a body and its holder: " Deputy Director in Larkhall, ". */
const ROLE_BEFORE_NAME = new RegExp(
  String.raw`^(?:['’]s)?\s+(?:(?:\p{Lu}[\p{L}-]*|of|for|in|on|and|the|branch|office|sub-office|chapter|field|country|regional|area|district|provincial|state|programme|program|project|senior|deputy)\s+){0,6}?${ROLE_NOUNS}(?:\s+(?:of|for|in|at|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,3})?,?\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E|Eng)\.?\s+)*$`,
  "iu",
);

/** Between a body and who represents it: " was represented by its director, Dr. ". */
const REPRESENTED_BY = new RegExp(
  String.raw`^\s+(?:(?:was|were|is|are|will\s+be|had\s+been|has\s+been)\s+)?(?:also\s+|ably\s+)?represented\s+(?:(?:at|in)\s+[^,;.()]{1,80}?\s+)?by\s+(?:(?:its|their|the)\s+(?:[\p{L}-]+\s+){0,4}?${ROLE_NOUNS}(?:\s+(?:of|for)\s+[\p{L}-]+)?,?\s+)?${HONOURS}$`,
  "iu",
);
/** Between two of its representatives: ", ", " and ", ", its adviser, and Mr. ". */
const REPRESENTATIVE_LIST_GAP = new RegExp(
  String.raw`^(?:,\s+(?:(?:its|their|the|a|an)\s+[^,;()]{1,50},\s+)?)?(?:and\s+)?${HONOURS}$`,
  "u",
);

/** A body's own fund or facility: "its Community Voices for Resilience Fund". */
const OWNED_FUND = /\b(?:Fund|Facility|Window|Trust Fund|Grants? Programme)\b/;

/** What follows a contact's body: an e-mail address (perhaps redacted) or the line's end. */
const CONTACT_AFTER = new RegExp(String.raw`^(?:\s+\S+@|[\s,–—-]*${REDACTION_MARK}|\s*$|\s*\n)`);

/** Before a list item "NAME, BODY": the start of a line, a cell, or a list's label or delimiter. */
const LIST_ITEM_BEFORE =
  /(?:^|[|;:(•\n])\s*(?:[-*•]\s+)?[*_]*(?:(?:Prof|Dr|Mr|Mrs|Ms|Eng|H\.\s?E)\.?\s+)*$/;
/** After it: the body's acronym perhaps, then the item's end (a delimiter or the line's end). */
const LIST_ITEM_AFTER = /^[*_]*(?:\s*\([^()\n]{1,40}\))?[*_]*\s*(?:[|;)]|\.?\s*$|\.?[ \t]*\n)/;

/** An event's lower-case description that ends in its noun ("grantee convening", "workshop"). */
const OWNED_DESCRIPTION = new RegExp(
  String.raw`^(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:${[...EVENT_HEADS.keys()].join("|")})$`,
  "u",
);

/** Titles and possessives: "X, Director of Y", "Y's Advisor X", "X from Y"; unit → parent. */
function affiliations(
  an: DocAnalysis,
  s: { start: number; end: number },
  items: Item[],
  idOf: ReadonlyMap<string, string>,
  add: AddRelation,
): Set<Item> {
  const { text } = an;
  const appositive = new Set<Item>();
  items.forEach((p, i) => {
    if (p.kind !== "person") return;
    for (let j = i + 1; j < items.length && j <= i + 3; j++) {
      const o = items[j];
      // ("Dr. A, activist B of C": C is B's, not A's.)
      if (o?.kind === "person") break;
      if (!o || o.kind !== "org") continue;
      // ("Halima Sheikh, 43, chairperson of the X": an age between commas is no title.)
      const gap = text.slice(p.end, o.start).replace(/^,\s*(?:aged\s+)?\d{1,3}\s*,/, ",");
      const after = text.slice(o.end, o.end + 4);
      // ("A, and the director of B" coordinates two people: the title is the next one's.)
      const titled =
        /^(?:,\s*|-)(?:the\s+)?(?:[\p{L}'’-]+\s+){0,8}?(?:of|at|in|for|to|with|within)\s+(?:the\s+)?$/u.test(
          gap,
        ) &&
        !/^,\s*and\s/.test(gap) &&
        // ("X, together with staff of Y": a companion's body, not X's title.)
        !/^,?\s*(?:together\s+with|along\s+with|alongside|accompanied\s+by|joined\s+by|as\s+well\s+as)\s/.test(
          gap,
        ) &&
        gap
          .split(/\s+/)
          .some(
            (w) =>
              ROLE_WORDS.has(w.replace(/^-|,/g, "")) ||
              /^(?:heads?|founder|president|director|chair)/i.test(w) ||
              ROLE_NOUN_WORD.test(w),
          );
      const heads =
        /^,?\s*(?:(?:an?|the)\s+[^,]{1,60}?\s+)?who\s+(?:(?:also|now|currently)\s+)?(?:heads|headed|leads|led|directs|chairs|chaired|runs|ran|manages|coordinates|founded|co-founded|represents|advises|advised|(?:works|worked|volunteers|serves)\s+(?:for|at|with|in))\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){1,4}(?:of|at|for)\s+(?:the\s+)?)?$/u.test(
          gap,
        );
      // "Ali Musa is a member of the Y Council", "Grace Achieng serves on the Board of Trustees
      // of the Y", "Z was the programme coordinator at Y": a role told in the predicate.
      const predicate = ROLE_PREDICATE_GAP.test(gap);
      // "X, an agronomist with the Y Committee", "X, a herder from the Y cooperative": an agent
      // noun of any trade, then the body.
      const agentNoun =
        /^,\s*(?:an?|the|one)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+(?:ist|er|or|ian|ant|ent|man|woman|person)s?\s+(?:with|at|of|for|in|from)\s+(?:the\s+)?$/u.test(
          gap,
        );
      // ("Omar Saleh of the Hebron-based X": the body's place before its name.)
      const from =
        /^,?\s+(?:from|of|at|with|representing)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*-based\s+)?$/u.test(
          gap,
        );
      // "X, ORG senior auditor", "X (ORG, Director)": the body names the title's holder.
      const roleAfter =
        /^\s*(?:,|\(|–|—)\s*(?:the\s+)?$/.test(gap) &&
        ROLE_AFTER.test(text.slice(o.end, Math.min(s.end, o.end + 60)));
      const possessive = /^,\s*(?:the\s+)?$/.test(gap) && /^['’]s\s/.test(after);
      // "Dr. Rima Habib, Director, Migration Research Unit": a title between commas, then the body.
      const titleCommaBody = TITLE_COMMA.test(gap);
      // "Dr. Ali Hassan (Karbala University)": the body in brackets after a name.
      // ("Leila Haddad, Chair (ATTL)": a title may stand between the name and the bracket.)
      // ("Fatima Bello (Protection Manager, DRC)": or the title inside the bracket.)
      const bracketed =
        (/^\s*(?:,\s*[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s*)?\(\s*(?:the\s+)?$/u.test(gap) ||
          TITLE_IN_BRACKET.test(gap)) &&
        /^\s*[),;]/.test(after);
      const contact = /^,\s*$/.test(gap) && CONTACT_AFTER.test(text.slice(o.end, o.end + 40));
      // "Panellists: Ana Ruiz, Vanni Legal Aid Network; Omar Said, …": a name and its body alone
      // between a list's delimiters.
      // ("Dr. Levan Abashidze, Institute of Water Management, Georgian Technical University;":
      // a unit, then the body it belongs to.)
      const parentItem = items[j + 1];
      const itemEnd =
        parentItem?.kind === "org" && /^,\s*(?:the\s+)?$/.test(text.slice(o.end, parentItem.start))
          ? parentItem.end
          : o.end;
      const listed =
        /^,\s*$/.test(gap) &&
        LIST_ITEM_BEFORE.test(text.slice(Math.max(s.start, p.start - 40), p.start)) &&
        (LIST_ITEM_AFTER.test(text.slice(o.end, Math.min(s.end + 2, o.end + 60))) ||
          (itemEnd !== o.end &&
            LIST_ITEM_AFTER.test(text.slice(itemEnd, Math.min(s.end + 2, itemEnd + 60)))));
      if (
        listed ||
        titled ||
        heads ||
        predicate ||
        agentNoun ||
        from ||
        possessive ||
        bracketed ||
        titleCommaBody ||
        contact ||
        roleAfter
      ) {
        // ("Sara Lind, DTM Coordinator, IOM Mozambique": a unit's acronym qualifies the title;
        // the body after the title's comma is the person's.)
        const next = items[j + 1];
        const unitTitle =
          roleAfter &&
          !titled &&
          next?.kind === "org" &&
          /^\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+,\s*(?:the\s+)?$/u.test(
            text.slice(o.end, next.start),
          ) &&
          ROLE_AFTER.test(text.slice(o.end, next.start));
        if (unitTitle && next) {
          add(p.id, next.id, "part_of", s);
          appositive.add(next);
          break;
        }
        add(p.id, o.id, "part_of", s);
        appositive.add(o);
        // "Lina Haddad, Omar Saleh and Huda Karim from SWN": the body is every member's.
        if (from)
          for (let k = i - 1, next = p; k >= 0; k--) {
            const q = items[k];
            if (
              q?.kind !== "person" ||
              !/^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(q.end, next.start))
            )
              break;
            add(q.id, o.id, "part_of", s);
            next = q;
          }
        const parent = items[j + 1];
        if (
          parent?.kind === "org" &&
          /^,\s*(?:the\s+)?$|^\s+(?:in|at|of|within)\s+(?:the\s+)?$/.test(
            text.slice(o.end, parent.start),
          ) &&
          UNIT_HEADS.test(text.slice(o.start, o.end))
        ) {
          add(o.id, parent.id, "part_of", s);
          appositive.add(parent);
        }
        break;
      }
    }
  });
  // "… at its headquarters, where its president, Fadi Masri, spoke": "its" is the body named
  // last before the title; "our chairman Mr. X" in a body's own post, the body on its first line.
  let author: string | undefined | null = null;
  for (const p of items) {
    if (p.kind !== "person") continue;
    const owned = OWNED_TITLE.exec(text.slice(Math.max(0, p.start - 60), p.start));
    if (!owned) continue;
    let id: string | undefined;
    if (/^[Oo]ur$/.test(owned[1] ?? "")) {
      if (author === null) author = authorOf(an, idOf);
      id = author;
    } else {
      const owner = [...an.mentions]
        .filter((m) => m.kind === "org" && m.end <= p.start && p.start - m.end < 300)
        .pop();
      id = owner && idOf.get(owner.ref);
    }
    if (id) add(p.id, id, "part_of", s);
  }
  // "The X Foundation … under its Community Voices Fund", "Y supports schools through its Safe
  // Learning Programme": the body that the sentence opens on owns what "its" names.
  const subject = items.find((x) => x.kind === "org");
  for (const p of items) {
    if (!subject || p === subject || p.start < subject.end) continue;
    if (!/\bits\s+$/.test(text.slice(Math.max(s.start, p.start - 5), p.start))) continue;
    if (
      items.some(
        (x) => x.kind === "org" && x !== subject && x.end <= p.start && x.start > subject.end,
      )
    )
      continue;
    if (p.kind === "event") add(subject.id, p.id, "organised", s);
    else if (p.kind === "org" && OWNED_FUND.test(text.slice(p.start, p.end)))
      add(subject.id, p.id, "funded", s);
  }
  representatives(text, items, (person, body) => {
    add(person.id, body.id, "part_of", s);
    appositive.add(body);
  });
  items.forEach((o, i) => {
    const p = items[i + 1];
    if (o.kind !== "org" || !p) return;
    const gap = text.slice(o.end, p.start);
    // "QF's Safe Schools Programme": the owner runs its programme; so does a body named before
    // an event's lower-case description ("the UNICEF workshop").
    if (
      p.kind === "event" &&
      (/^['’]s\s+$/.test(gap) ||
        (/^ $/.test(gap) && OWNED_DESCRIPTION.test(text.slice(p.start, p.end))))
    )
      add(o.id, p.id, "organised", s);
    if (
      p.kind === "person" &&
      /^['’]s\s+(?:[\p{L}-]+\s+){1,7}$/u.test(gap) &&
      gap.split(/\s+/).some((w) => ROLE_WORDS.has(w))
    ) {
      add(p.id, o.id, "part_of", s);
      appositive.add(o);
    }
    // "the head of the Irbid Water Authority, Basel Khatib": a title of the body, then its holder.
    if (
      p.kind === "person" &&
      // ("the Director General of the X Commission Dr. Suhad Hassan": an honorific, no comma.)
      /^\s*(?:,\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Eng|H\.\s?E)\.?\s+)*|(?:(?:Mr|Mrs|Ms|Dr|Prof|Eng|H\.\s?E)\.?\s+)+)$/.test(
        gap,
      ) &&
      ROLE_OF_BEFORE.test(text.slice(Math.max(s.start, o.start - 60), o.start))
    ) {
      add(p.id, o.id, "part_of", s);
      appositive.add(o);
    }
    // "the Vesper Foundation Deputy Director in Larkhall, Piet Okafor": title, then holder.
    if (p.kind === "person" && ROLE_BEFORE_NAME.test(gap)) {
      add(p.id, o.id, "part_of", s);
      appositive.add(o);
    }
    // "the Ridgeway Legal Institute at Halden University": a body housed by another.
    if (p.kind === "org" && /^\s+at\s+(?:the\s+)?$/.test(gap)) {
      add(o.id, p.id, "part_of", s);
      appositive.add(p);
    }
    if (
      p.kind === "org" &&
      UNIT_HEADS.test(text.slice(o.start, o.end)) &&
      /^,?\s+(?:in|at|of|within)\s+the\s+$/.test(gap)
    )
      add(o.id, p.id, "part_of", s);
  });
  return appositive;
}

/**
 * "The Ministry of Labour was represented at the meeting by Dr. Lina Aziz, its legal adviser,
 * and Mr. Omar Saad": whoever represents a body belongs to it.
 */
function representatives(
  text: string,
  items: readonly Item[],
  link: (person: Item, body: Item) => void,
): void {
  items.forEach((body, i) => {
    if (body.kind !== "org") return;
    const first = items.slice(i + 1).findIndex((x) => x.kind !== "event");
    const person = items[i + 1 + first];
    if (first < 0 || person?.kind !== "person") return;
    if (!REPRESENTED_BY.test(text.slice(body.end, person.start))) return;
    link(person, body);
    for (let k = i + 2 + first, prev = person; k < items.length; k++) {
      const next = items[k];
      if (
        next?.kind !== "person" ||
        !REPRESENTATIVE_LIST_GAP.test(text.slice(prev.end, next.start))
      )
        break;
      link(next, body);
      prev = next;
    }
  });
}

/** Labels of a project page's fact box and the relation each gives its value's bodies. */
const FACT_LABELS: [RegExp, EdgeKind][] = [
  [
    /^(?:donors?|funders?|funding(?: partners?| agency| source)?|funded by|financed by|supported by|sponsors?|sponsored by|financial partners?|grantors?)$/i,
    "funded",
  ],
  [
    /^(?:organi[sz]ers?|organi[sz]ed by|implemented by|implementers?|implementing (?:organi[sz]ations?|agency|agencies)|lead (?:organi[sz]ation|partner|agency)|hosts?|hosted by|convened by|executing agency|grantees?)$/i,
    "organised",
  ],
  [
    /^(?:partners?|implementing partners?|local partners?|partner organi[sz]ations?|participants?|participating (?:organi[sz]ations|bodies)|(?:(?:signatory|participating) )?members?(?: of (?:the |our )?[a-z ]{2,40})?|consortium(?: members)?|beneficiar(?:y|ies)(?: organi[sz]ations)?|in (?:partnership|cooperation|collaboration) with|with|signatories|signatory organi[sz]ations|signed|(?:the )?undersigned(?: organi[sz]ations| groups| bodies)?|signed by|co-signed by|endorsed by|endorsing organi[sz]ations|supporting organi[sz]ations|present|(?:those )?in attendance|attendees|attendance|attended by|delegates)$/i,
    "participated",
  ],
  [
    /^(?:speakers?|panell?ists?|moderators?|facilitators?|trainers?|presenters?|keynote(?: speakers?)?)$/i,
    "spoke_at",
  ],
];
const HEADING_LINE =
  /^\s*(?:#{1,6}\s*|\*\*)?([\p{L}][\p{L} ]{1,40}?)(?:\s*\([\p{L} ,]{1,40}\))?(?:\*\*)?\s*:?\s*$/u;
const FACT_LINE = /^\s*(?:[-*•]\s*)?(?:\*\*)?([\p{L}][\p{L} ]{1,40}?)\s*:\s*(?:\*\*)?\s*(.*)$/u;

/**
 * Fact boxes ("Donor: X", "Partners: A; B", "Speakers:" and a list below): each body or
 * person named in the value, or in the list items right under an empty value, relates to
 * the document's main event with the label's relation.
 */
/** "We, the undersigned member organisations of the": a statement signed by a body's members. */
const UNDERSIGNED_MEMBERS =
  /\b(?:the\s+)?undersigned\s+(?:member\s+)?(?:organi[sz]ations|members|groups|associations|NGOs|CSOs)\s+(?:of|in)\s+(?:the\s+)?$/i;

/** A heading over a list of a collective body's members: "Signatory members of the coalition". */
const MEMBERS_HEADING =
  /^\s*(?:#{1,6}\s*)?[*_]{0,2}(?:signatory\s+|participating\s+)?(?:members?|member\s+organi[sz]ations)\s+of\s+(?:the|our)\s+(coalition|network|alliance|platform|consortium|federation|union|forum|collective)\s*[*_]{0,2}:?\s*$/i;
/**
 * A heading over a list of members that names its body ("Member organisations of the PCCS")
 * or none ("Annex 2 – Member organisations represented in person"): group 1 is the name.
 */
const MEMBER_LIST_HEADING =
  /^\s*(?:#{1,6}\s*)?[*_]{0,2}(?:annex\s*[\dIVX]*\s*[–—:.-]\s*)?(?:(?:signatory|participating|our)\s+)?(?:members|member\s+(?:organi[sz]ations|associations|groups|bodies))(?:\s+of\s+(?:the\s+|our\s+)?(\S[^\n]{0,60}?)|\s+(?:represented|present|attending)\b[^\n]{0,40})?\s*[*_]{0,2}:?\s*$/i;

/** The body a list of members under a heading belongs to, or undefined. */
function memberListOwner(
  an: DocAnalysis,
  line: { start: number; end: number; text: string },
  byStart: readonly Mention[],
  idOf: ReadonlyMap<string, string>,
): string | undefined {
  const m = MEMBER_LIST_HEADING.exec(line.text);
  if (!m) return undefined;
  if (m[1]) {
    const named = mentionsWithin(byStart, line.start, line.end).filter((x) => x.kind === "org");
    const ids = new Set(named.map((x) => idOf.get(x.ref)));
    return ids.size === 1 ? [...ids][0] : undefined;
  }
  // (No name: the collective body the document names most, where one is named most.)
  const counts = new Map<string, number>();
  for (const x of byStart)
    if (x.kind === "org" && COLLECTIVE.test(an.text.slice(x.start, x.end))) {
      const id = idOf.get(x.ref);
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
}

/** The body whose members signed the document ("the undersigned members of the X Network"). */
function undersignedOf(
  an: DocAnalysis,
  byStart: readonly Mention[],
  idOf: ReadonlyMap<string, string>,
): string | undefined {
  // "Signatory members of the coalition", "Members of the network": a heading over the list
  // names the one body of the document so called.
  for (const line of an.seg.lines) {
    const noun = MEMBERS_HEADING.exec(line.text)?.[1]?.toLowerCase();
    if (!noun) continue;
    const word = new RegExp(`(?:^|\\s)${noun}(?:\\s|$)`, "i");
    const ids = new Set(
      byStart
        .filter((m) => m.kind === "org" && word.test(an.text.slice(m.start, m.end)))
        .map((m) => idOf.get(m.ref)),
    );
    if (ids.size === 1) return [...ids][0];
  }
  if (!/undersigned/i.test(an.text)) return undefined;
  const body = byStart.find(
    (m) =>
      m.kind === "org" &&
      UNDERSIGNED_MEMBERS.test(an.text.slice(Math.max(0, m.start - 80), m.start)),
  );
  return body ? idOf.get(body.ref) : undefined;
}

function factBoxes(
  an: DocAnalysis,
  byStart: readonly Mention[],
  idOf: ReadonlyMap<string, string>,
  main: string | undefined,
  donorRows: ReadonlySet<number>,
  add: AddRelation,
): void {
  const network = undersignedOf(an, byStart, idOf);
  if (!main && !network) return;
  const budget = budgetOf(an);
  let open: EdgeKind | undefined;
  /** Whether the open list has begun: a blank line after its items closes it. */
  let items = false;
  /** The body whose members the open list names, if its heading says so. */
  let listOwner: string | undefined;
  for (const line of an.seg.lines) {
    if (donorRows.has(line.start)) continue;
    // "Member organisations of the PCCS", "Annex – Member organisations represented": the
    // lines below are members, who take part in what the document tells of.
    const owner = memberListOwner(an, line, byStart, idOf);
    if (owner) {
      open = "participated";
      listOwner = owner;
      items = false;
      continue;
    }
    // (A two-column table row, "| Donor | X |", is a fact line too.)
    const m = FACT_LINE.exec(line.text) ?? TABLE_ROW.exec(line.text);
    // "## Speakers", "**Partners**" (markdown markers may be gone): a heading that labels
    // the lines below it, up to the next blank line after them.
    const heading = HEADING_LINE.exec(line.text)?.[1];
    const label = heading ? FACT_LABELS.find(([re]) => re.test(heading.trim()))?.[1] : undefined;
    let kind: EdgeKind | undefined;
    if (label && !m) {
      open = label;
      listOwner = undefined;
      items = false;
      continue;
    }
    // "Budget: USD 220,000 (Corvina Fund); LKR 18,500,000 (Netherlands Embassy)": each share
    // and the body in brackets after it.
    if (m && main && BUDGET_LABEL.test(factLabel(m[1])))
      for (const a of findAmounts(an.text, line.start, line.end)) {
        const inside = /^\s*\(\s*(?:from\s+|by\s+)?(?:the\s+)?/.exec(
          an.text.slice(a.end, a.end + 12),
        );
        if (!inside) continue;
        const funder = mentionsWithin(byStart, a.end, line.end).find(
          (x) => x.kind === "org" && x.start === a.end + inside[0].length,
        );
        const id = funder && idOf.get(funder.ref);
        if (id && /^\s*\)/.test(an.text.slice(funder.end, funder.end + 3)))
          add(id, main, "funded", { start: line.start, end: line.end }, a);
      }
    if (m) {
      kind = FACT_LABELS.find(([re]) => re.test(factLabel(m[1])))?.[1];
      open = kind && !(m[2] ?? "").trim() ? kind : undefined;
      listOwner = undefined;
      items = false;
    } else if (open && line.kind === "blank") {
      if (items) open = undefined;
    } else if (open && line.text.length <= 160 && !/[.!?]["”’]?\s*$/.test(line.text)) {
      kind = open;
      items = true;
    } else open = undefined;
    if (!open) listOwner = undefined;
    if (!kind) continue;
    const within = mentionsWithin(byStart, line.start, line.end).filter((x) => x.kind !== "event");
    // "Donor: X" and "Budget: NOK 12 million": the page's one donor gives its budget.
    const amount =
      kind === "funded"
        ? (findAmounts(an.text, line.start, line.end)[0] ??
          (new Set(within.map((x) => idOf.get(x.ref))).size === 1 && budget?.lines === 1
            ? budget.amount
            : undefined))
        : undefined;
    for (const x of within) {
      if (kind === "spoke_at" && x.kind !== "person") continue;
      const id = idOf.get(x.ref);
      if (id && main) add(id, main, kind, { start: line.start, end: line.end }, amount);
      // ("We, the undersigned member organisations of the X Network": each signatory is a
      // member of X.)
      const of = listOwner ?? network;
      if (id && of && id !== of && kind === "participated" && x.kind === "org")
        add(id, of, "part_of", { start: line.start, end: line.end });
    }
  }
}

const BUDGET_LABEL =
  /^(?:total\s+|project\s+|programme\s+|overall\s+)?(?:budget|grant(?:\s+amount)?|amount|funding(?:\s+amount)?|value|cost|total cost)$/i;
const TABLE_ROW = /^\s*\|\s*([^|]{2,40}?)\s*\|\s*([^|]+?)\s*\|/;

/** A fact's label as written ("**Donor:**" in a table's cell): its words alone. */
function factLabel(raw: string | undefined): string {
  return (raw ?? "").replace(/[*_]/g, "").replace(/:\s*$/, "").trim();
}

/**
 * The amount of a page's "Budget:" fact (or "| Budget | EGP 3.2 million |" table row), with the
 * number of donor lines it may go to.
 */
function budgetOf(
  an: DocAnalysis,
): { amount: ReturnType<typeof findAmounts>[number]; lines: number } | undefined {
  let amount: ReturnType<typeof findAmounts>[number] | undefined;
  let lines = 0;
  for (const line of an.seg.lines) {
    const m = FACT_LINE.exec(line.text) ?? TABLE_ROW.exec(line.text);
    const label = factLabel(m?.[1]);
    if (FACT_LABELS[0]?.[0].test(label)) lines++;
    if (!amount && BUDGET_LABEL.test(label)) amount = findAmounts(an.text, line.start, line.end)[0];
  }
  return amount ? { amount, lines } : undefined;
}

/** The body cell of each row of a grant table, by the row's line start. */
function grantRowBodies(an: DocAnalysis): Map<number, Cell> {
  const out = new Map<number, Cell>();
  for (const table of tablesOf(an.seg.lines)) {
    if (!isGrantTable(table)) continue;
    const bodies = columnOf(table, BODY_COLUMN);
    for (const row of table.rows) {
      const cell = row.cells[bodies];
      if (cell) out.set(row.line.start, cell);
    }
  }
  return out;
}

/** The starts of the lines that are rows of a table of donors. */
function donorRowsOf(an: DocAnalysis): Set<number> {
  return new Set(
    tablesOf(an.seg.lines)
      .filter((t) => columnOf(t, DONOR_COLUMN) >= 0)
      .flatMap((t) => t.rows.map((r) => r.line.start)),
  );
}

/**
 * A table of donors ("Donor | Project | Amount | Period"): each row's donor funds the row's
 * project (the page's main event when no project column is given) with the row's amount.
 */
function donorTables(
  an: DocAnalysis,
  byStart: readonly Mention[],
  idOf: ReadonlyMap<string, string>,
  main: string | undefined,
  add: AddRelation,
): void {
  for (const table of tablesOf(an.seg.lines)) {
    const donor = columnOf(table, DONOR_COLUMN);
    if (donor < 0) continue;
    const project = columnOf(table, ACTIVITY_COLUMN);
    const money = amountColumnOf(table);
    for (const row of table.rows) {
      const who = row.cells[donor];
      if (!who) continue;
      const funder = mentionsWithin(byStart, who.start, who.end).find((m) => m.kind === "org");
      const funderId = funder && idOf.get(funder.ref);
      const cell = project >= 0 ? row.cells[project] : undefined;
      const event =
        cell && mentionsWithin(byStart, cell.start, cell.end).find((m) => m.kind === "event");
      const target = (event && idOf.get(event.ref)) ?? (project < 0 ? main : undefined);
      if (!funderId || !target) continue;
      const amountCell = money >= 0 ? row.cells[money] : undefined;
      const amount = amountCell && findAmounts(an.text, amountCell.start, amountCell.end)[0];
      add(funderId, target, "funded", { start: row.line.start, end: row.line.end }, amount);
    }
  }
}

/**
 * The rows of the document's tables that have both columns (their headers matched by `a` and
 * `b`): each row's mentions in the two cells, and the row's line as evidence.
 */
function pairedCells(
  an: DocAnalysis,
  byStart: readonly Mention[],
  a: RegExp,
  b: RegExp,
  each: (first: Mention[], second: Mention[], evidence: { start: number; end: number }) => void,
): void {
  for (const table of tablesOf(an.seg.lines)) {
    const ca = columnOf(table, a);
    const cb = columnOf(table, b);
    if (ca < 0 || cb < 0) continue;
    for (const row of table.rows) {
      const x = row.cells[ca];
      const y = row.cells[cb];
      if (!x || !y) continue;
      each(mentionsWithin(byStart, x.start, x.end), mentionsWithin(byStart, y.start, y.end), {
        start: row.line.start,
        end: row.line.end,
      });
    }
  }
}

/** A work plan's "Lead" column: each body named there organises its row's activity. */
function activityLeads(
  an: DocAnalysis,
  byStart: readonly Mention[],
  idOf: ReadonlyMap<string, string>,
  add: AddRelation,
): void {
  pairedCells(an, byStart, ACTIVITY_COLUMN, LEAD_COLUMN, (activity, leads, evidence) => {
    const event = activity.find((m) => m.kind === "event");
    const eventId = event && idOf.get(event.ref);
    if (!eventId) return;
    for (const m of leads) {
      const id = m.kind === "org" ? idOf.get(m.ref) : undefined;
      if (id) add(id, eventId, "organised", evidence);
    }
  });
}

/** The header of a column of those who signed for each row's body. */
const SIGNER_COLUMN =
  /^(?:signed\s+by|signator(?:y|ies)|signed\s+for\s+the\s+(?:grantee|partner|organi[sz]ation))\b/i;

/**
 * A table of grants signed at the document's event ("Recipient organization | … | Signed by"):
 * each row's signer belongs to the row's body, and both take part in the signing.
 */
function tableSignatories(
  an: DocAnalysis,
  byStart: readonly Mention[],
  idOf: ReadonlyMap<string, string>,
  main: string | undefined,
  add: AddRelation,
): void {
  pairedCells(an, byStart, SIGNER_COLUMN, BODY_COLUMN, (signers, bodies, evidence) => {
    const body = bodies.find((m) => m.kind === "org");
    const bodyId = body && idOf.get(body.ref);
    if (bodyId && main) add(bodyId, main, "participated", evidence);
    for (const m of signers) {
      const id = m.kind === "person" ? idOf.get(m.ref) : undefined;
      if (!id) continue;
      if (bodyId) add(id, bodyId, "part_of", evidence);
      if (main) add(id, main, "participated", evidence);
    }
  });
}

/** A table of people and their bodies ("| Organisation | Name | Position |"): each row's. */
function tableAffiliations(
  an: DocAnalysis,
  byStart: readonly Mention[],
  idOf: ReadonlyMap<string, string>,
  add: AddRelation,
): void {
  pairedCells(an, byStart, PERSON_COLUMN, BODY_COLUMN, (names, bodies, evidence) => {
    const person = names.find((m) => m.kind === "person");
    const owner = bodies.find((m) => m.kind === "org");
    const a = person && idOf.get(person.ref);
    const b = owner && idOf.get(owner.ref);
    if (a && b) add(a, b, "part_of", evidence);
  });
}

/**
 * A programme's speaker lines ("- Dr. Rana Aziz — Director, Tigris Institute"): the person is
 * the body's, and speaks at the event of the line's section, else the page's main event.
 */
function speakers(
  an: DocAnalysis,
  byStart: readonly Mention[],
  idOf: ReadonlyMap<string, string>,
  main: string | undefined,
  add: AddRelation,
): void {
  const idIn = (
    span: { start: number; end: number },
    kind: Mention["kind"],
  ): string | undefined => {
    const m = mentionsWithin(byStart, span.start, span.end).find((x) => x.kind === kind);
    return m && idOf.get(m.ref);
  };
  for (const sp of speakerLines(an.seg.lines)) {
    const person = idIn(sp.name, "person");
    if (!person) continue;
    const body = idIn(sp.body, "org");
    const evidence = { start: sp.line.start, end: sp.line.end };
    if (body) add(person, body, "part_of", evidence);
    if (!sp.speaks) continue;
    const section = sectionAt(an, sp.line.start);
    const event = section ? idOf.get(section) : main;
    if (event) add(person, event, "spoke_at", evidence);
  }
}

/** A column of those who receive grants: "Grantee", "Recipient", "Beneficiary", "Awardee". */
const GRANTEE_COLUMN = /\b(?:grantees?|recipients?|beneficiar(?:y|ies)|awardees?|applicants?)\b/i;

/**
 * "Partner Agency / Amount in US$" tables: each named body funds the main event (unless the
 * document names a grant-maker, whose grants the rows of a grant table are).
 */
function tableFunding(
  an: DocAnalysis,
  byStart: readonly Mention[],
  idOf: ReadonlyMap<string, string>,
  main: string | undefined,
  grantRows: ReadonlyMap<number, Cell>,
  add: AddRelation,
): void {
  if (!main) return;
  const granteeRows = new Set(
    tablesOf(an.seg.lines)
      .filter((t) => GRANTEE_COLUMN.test(t.header[columnOf(t, BODY_COLUMN)]?.text ?? ""))
      .flatMap((t) => t.rows.map((r) => r.line.start)),
  );
  let currency: string | undefined;
  for (const line of an.seg.lines) {
    // (A header names its column; a sentence, "The total amount … is USD 412,690.", none.)
    const head =
      line.text.length < 100 && !/[.!?]\s*$/.test(line.text)
        ? /\bamount\b[^\n]*?(US\$|USD|\$|EUR|€|GBP|£)/i.exec(line.text)
        : null;
    if (head) {
      currency = /€|EUR/i.test(head[1] ?? "")
        ? "EUR"
        : /£|GBP/i.test(head[1] ?? "")
          ? "GBP"
          : "USD";
      continue;
    }
    if (!currency || line.kind === "blank") continue;
    // (A grant row whose giver the document names is read by grantTables; a row of grantees
    // gives to no one.)
    if (grantRows.has(line.start) && (grantMakerOf(an, idOf) || granteeRows.has(line.start)))
      continue;
    const org = mentionsWithin(byStart, line.start, line.end).find((m) => m.kind === "org");
    const amount = findAmounts(an.text, line.start, line.end, currency)[0];
    const id = org ? idOf.get(org.ref) : undefined;
    if (id && amount) add(id, main, "funded", { start: line.start, end: line.end }, amount);
  }
}
