/**
 * Events of one document: titles in quotes after a cue noun ("the project “X”", "entitled
 * “X”"), capitalised chunks headed by an event noun, a headline that names an event,
 * numbered or dated descriptions ("the third conference of X", "a 2009 conference in Y"),
 * and definite references ("the conference") that point at the document's main event.
 */
import type { EventDate, EventType } from "../../model/types.ts";
import { findAmounts } from "./amounts.ts";
import { findDates, monthLabel, yearOf } from "./dates.ts";
import {
  COMPOUND_EVENT_HEADS,
  EVENT_HEADS,
  FOREIGN_EVENT_HEADS,
  GENERIC_WORDS,
  ORDINALS,
  LANGUAGES,
  ORG_HEADS,
  RUNNING_HEADER,
  SPEECH_VERBS,
} from "./lexicon.ts";
import type { DocAnalysis, EventReference, LocalEvent, Mention } from "./model.ts";
import { addName } from "./mentions.ts";
import { gazetteerLabel, isPlace } from "./names.ts";
import { DOCUMENT_KIND_LINE, PART_OR_CAPTION_LINE } from "./segment.ts";
import { isAcronym, isLowerInitial, matchKey } from "./text.ts";
import {
  ACTIVITY_COLUMN,
  DATE_COLUMN,
  DONOR_COLUMN,
  columnOf,
  isGrantTable,
  tablesOf,
} from "./tables.ts";

const QUOTE_RE =
  /“([^”\n]{2,220})”|"([^"\n]{2,220})"|(?<![\p{L}*])\*([^*\n]{2,220})\*(?![\p{L}*])/gu;
const TITLE_CUES = new Set(["titled", "entitled", "called", "named", "dubbed", "theme", "themed"]);
const DETERMINERS = new Set([
  "the",
  "its",
  "their",
  "his",
  "her",
  "our",
  "this",
  "that",
  "’s",
  "'s",
]);
const STOP = new Set([
  "which",
  "that",
  "who",
  "was",
  "were",
  "is",
  "are",
  "took",
  "will",
  "has",
  "had",
  "brought",
  "to",
  "where",
  "when",
  "with",
  "and",
  "as",
  "held",
  "organised",
  "organized",
  "implemented",
  "by",
  "marked",
  "aimed",
]);

const TYPE_CACHE = new Map<string, EventType | null>();

/** The event type a cue noun implies, cached by surface word. */
function typeOf(w: string): EventType | undefined {
  let t = TYPE_CACHE.get(w);
  if (t === undefined) {
    const lower = w.toLowerCase();
    t =
      ((EVENT_HEADS.get(lower) ??
        (/^\p{Lu}/u.test(w) ? FOREIGN_EVENT_HEADS.get(lower) : undefined)) as
        EventType | undefined) ?? null;
    if (TYPE_CACHE.size > 50_000) TYPE_CACHE.clear();
    TYPE_CACHE.set(w, t);
  }
  return t ?? undefined;
}

/** Before an event's noun, words that make it another one than the report's ("Next in the series: a roundtable"). */
const ANOTHER_EVENT = /\b(?:[Nn]ext|[Uu]pcoming|[Ff]orthcoming|[Ff]ollow-up|[Ss]ubsequent)\b/;

/** The type of the document's event `ref`. */
function typeOfName(an: DocAnalysis, ref: string): string | undefined {
  return an.events.find((e) => e.ref === ref)?.type;
}

/**
 * "First Youth Peace Gathering (*Encuentro Juvenil por la Paz*)": an event's name in another
 * language, in brackets right after it, is the same event.
 */
function bracketedNames(an: DocAnalysis): void {
  const events = an.mentions.filter((m) => m.kind === "event");
  // ("# Provincial Conference on X" over "## Conferência Provincial sobre X": a title in
  // another language right under the headline names the headline's event.)
  const headline = an.seg.headline;
  const under =
    headline && an.seg.lines.find((l) => l.start > headline.start && l.kind !== "blank");
  const named = (line: { start: number; end: number } | undefined) =>
    line && events.find((m) => m.start >= line.start && m.end <= line.end);
  const top = named(headline);
  const sub = under?.kind === "title" ? named(under) : undefined;
  if (top && sub && top.ref !== sub.ref && typeOfName(an, top.ref) === typeOfName(an, sub.ref))
    sameEvent(an, top.ref, sub.ref);
  for (let i = 1; i < events.length; i++) {
    const a = events[i - 1];
    const b = events[i];
    if (!a || !b || a.ref === b.ref) continue;
    if (
      /^\s*\(\s*[*_"“]*$/.test(an.text.slice(a.end, b.start)) &&
      /^[*_"”]*\s*\)/.test(an.text.slice(b.end, b.end + 4))
    )
      sameEvent(an, a.ref, b.ref);
  }
}

/** Makes `other` a name of `ref`: its mentions and names move over, its event goes. */
function sameEvent(an: DocAnalysis, ref: string, other: string): void {
  for (const m of an.mentions) if (m.ref === other) m.ref = ref;
  for (const n of an.names.get(other) ?? []) addName(an, ref, n);
  an.names.delete(other);
  an.events = an.events.filter((e) => e.ref !== other);
  an.links = an.links.map(([a, b]) => [a === other ? ref : a, b === other ? ref : b]);
}

/**
 * "Mikono Pamoja, a joint project of …. Mikono Pamoja is funded by …": a project's or an
 * event's own name, said again where no other name was read, names it again.
 */
function repeatedNames(an: DocAnalysis): void {
  const { text } = an;
  const taken = (start: number, end: number) =>
    an.mentions.some((m) => m.start < end && m.end > start);
  for (const e of an.events) {
    for (const name of an.names.get(e.ref) ?? []) {
      const words = name.split(/\s+/);
      if (
        words.length < 2 ||
        words.length > 8 ||
        !words.every((w) => /^\p{Lu}/u.test(w) || NAME_CONNECTORS.has(w)) ||
        !/^\p{Lu}/u.test(words[words.length - 1] ?? "")
      )
        continue;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const end = at + name.length;
        if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") || /[\p{L}\p{N}]/u.test(text[end] ?? ""))
          continue;
        if (taken(at, end)) continue;
        const sentence = sentenceAt(an, at);
        if (sentence >= 0)
          an.mentions.push({ start: at, end, ref: e.ref, kind: "event", sentence });
      }
    }
  }
}

/** True when the words up to the event's mention in its sentence make it another event. */
function anotherEvent(an: DocAnalysis, e: LocalEvent): boolean {
  const s = an.seg.sentences[e.sentence];
  if (!s) return false;
  const m = an.mentions.find((x) => x.ref === e.ref && x.start >= s.start && x.end <= s.end);
  return ANOTHER_EVENT.test(an.text.slice(s.start, m?.end ?? s.end));
}

const LAUNCH_VERBS = new Set(["launched", "inaugurated", "established", "founded"]);

/**
 * An event's ref. A short name (two words at most) stays its document's own, since short
 * names are mostly descriptions another document may use for another event ("Annual
 * Meeting", "launch ceremony"); not an acronym, nor a proper name: capitalised words none of
 * which is an event's or a generic noun ("Fumo Limpo", "Zém Assurance", "Diaspora Match"),
 * which names the same project wherever it recurs (dates still keep two editions apart).
 */
function eventRef(an: DocAnalysis, name: string): string {
  const key = matchKey(name);
  const words = name.split(/\s+/);
  const proper = words.every(
    (w) =>
      /^\p{Lu}/u.test(w) &&
      !typeOf(w) &&
      ![GENERIC_WORDS, ORG_HEADS, COMPOUND_EVENT_HEADS].some((s) => s.has(w.toLowerCase())),
  );
  const scoped = words.length <= 2 && !/[A-Z]{2}/.test(name) && !proper;
  return scoped ? `e:${an.id}#${key}` : `e:${key}`;
}

function pushEvent(
  an: DocAnalysis,
  start: number,
  end: number,
  sentence: number,
  type: EventType,
  extra: Partial<LocalEvent> = {},
): LocalEvent {
  const name = an.text.slice(start, end);
  const ref = eventRef(an, name);
  an.mentions.push({ start, end, ref, kind: "event", sentence });
  addName(an, ref, name);
  let ev = an.events.find((e) => e.ref === ref);
  if (!ev) an.events.push((ev = { ref, type, sentence, ...extra }));
  return ev;
}

/** A name in brackets after an event's: two to eight capitalised words and their joiners. */
const BRACKETED_NAME =
  /^[*_]*\s*\(\s*(?:in\s+English\s*:?\s*|English\s*:\s*)?[*_“"‘]*(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|\p{Ll}[\p{L}'’-]*)){1,7})[*_”"’]*\s*\)/u;

/** " in French", " in Bislama" after a name given in another language. */
const LANGUAGE_GLOSS = new RegExp(String.raw`\s+in\s+${LANGUAGES}$`, "u");

/**
 * "the project Tejiendo Derechos (Weaving Rights)", "the Feria de la Fibra (Fibre Fair)": the
 * name in brackets after an event's name is the same event's, not a body's.
 */
function bracketedEventNames(an: DocAnalysis): void {
  for (const m of [...an.mentions]) {
    if (m.kind !== "event") continue;
    const b = BRACKETED_NAME.exec(an.text.slice(m.end, m.end + 120));
    // ("(Terres Communes in French)": the language the name is given in is no part of it.)
    const inner = b?.[1]?.replace(/['’]+$/, "").replace(LANGUAGE_GLOSS, "");
    if (!b || !inner) continue;
    const words = inner.split(/\s+/);
    if (words.some((w) => ORG_HEADS.has(w)) || gazetteerLabel(inner)) continue;
    // (Words in lower case, "The water is ours", only in quotes: "(see annex)" is no name.)
    const quoted = /[“"‘]/.test(b[0]);
    if (
      !quoted &&
      words.some((w) => /^\p{Ll}/u.test(w) && !NAME_CONNECTORS.has(w) && !/^(?:y|e|et)$/.test(w))
    )
      continue;
    const start = m.end + b[0].indexOf(inner);
    const end = start + inner.length;
    // (A person or body already read there keeps its name.)
    const inside = an.mentions.filter((x) => x.start >= start && x.end <= end && x !== m);
    if (inside.some((x) => x.kind === "person")) continue;
    for (const x of inside) {
      x.kind = "event";
      x.ref = m.ref;
    }
    if (!inside.some((x) => x.start === start && x.end === end))
      an.mentions.push({ start, end, ref: m.ref, kind: "event", sentence: m.sentence });
    addName(an, m.ref, inner);
  }
}

/**
 * A name of two to four words in another language, then a gloss in lower-case English whose
 * last word is an event's noun ("Kopano ya maloko (members' meeting)", "Asamblea comunitaria
 * (community assembly)").
 */
const GLOSSED_EVENT =
  /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+(?:[ ][\p{L}'’-]+){1,3})\s*\(\s*(?:the\s+|an?\s+)?(?:[\p{Ll}'’-]+\s+){0,3}([\p{Ll}-]+)\s*\)/gu;
/** English words that no name in another language holds. */
const ENGLISH_WORDS =
  /^(?:the|a|an|of|and|or|for|our|their|his|her|its|in|on|at|with|to|from|by|we|they|is|was|were|are|has|had|have|this|that|these|held|last|next|first|new)$/i;

/** A name in another language that a gloss in brackets calls an event is that event's name. */
function glossedEvents(an: DocAnalysis): void {
  if (!an.text.includes("(")) return;
  for (const g of an.text.matchAll(GLOSSED_EVENT)) {
    const name = g[1] ?? "";
    // (A gloss's "assembly" is a meeting: the numbered or standing Assembly is read elsewhere.)
    const type = g[2] === "assembly" ? "meeting" : typeOf(g[2] ?? "");
    const words = name.split(" ");
    // (An English name with its own event noun is read as such: "Youth meeting (first round)".)
    if (!type || words.some((w) => ENGLISH_WORDS.test(w) || typeOf(w.toLowerCase()))) continue;
    const start = g.index ?? 0;
    const end = start + name.length;
    const inside = an.mentions.filter((m) => m.start < end && m.end > start);
    if (inside.some((m) => m.kind !== "person" || m.start !== start || m.end !== end)) continue;
    an.mentions = an.mentions.filter((m) => !inside.includes(m));
    pushEvent(an, start, end, sentenceAt(an, start), type);
  }
}

function sentenceAt(an: DocAnalysis, pos: number): number {
  return an.seg.sentences.findIndex((s) => pos >= s.start && pos < s.end);
}

/** Quoted titles: a cue noun before ("the project “X”") or after ("the “X” program"). */
function quotedTitles(an: DocAnalysis, definiteTitled: LocalEvent[]): void {
  const { text } = an;
  an.seg.sentences.forEach((s, si) => {
    QUOTE_RE.lastIndex = 0;
    const body = text.slice(s.start, s.end);
    let m: RegExpExecArray | null;
    while ((m = QUOTE_RE.exec(body)) !== null) {
      const raw = m[1] ?? m[2] ?? m[3] ?? "";
      const inner = raw.replace(/^[\s*_]+/, "");
      const lead = raw.length - inner.length;
      const trimmed = inner.replace(/[\s*_,.;:]+$/, "");
      if (!/^[\p{Lu}\p{N}]/u.test(trimmed) || trimmed.split(/\s+/).length > 30) continue;
      const qs = s.start + m.index + 1 + lead;
      const qe = qs + trimmed.length;
      const qStart = s.start + m.index;
      const qEnd = qStart + m[0].length;
      const [from, to] = an.sentTokens[si] ?? [0, 0];
      // ("Event report: “X” – …": a section label's noun gives the quoted title no type.)
      const label = SECTION_LABEL.exec(text.slice(s.start, qStart).replace(/^#{1,6}\s+/, ""));
      const labelEnd = label
        ? qStart - (text.slice(s.start, qStart).replace(/^#{1,6}\s+/, "").length - label[0].length)
        : s.start;
      const toks = an.tokens.slice(from, to).filter((t) => t.end <= qStart && t.start >= labelEnd);
      const prev = toks.slice(-6).map((t) => t.text);
      // ('said: "…"' is a quotation; 'said its project "Safe Roofs"' names the project.)
      if (prev.slice(-3).some((w) => SPEECH_VERBS.has(w)) && !typeOf(prev[prev.length - 1] ?? ""))
        continue;
      const afterToks = an.tokens
        .slice(from, to)
        .filter((t) => t.start >= qEnd)
        .slice(0, 3);
      // ('"…," said the festival director': a quotation, not a title.)
      // ('"…," festival director Omar Saleh said': a quotation closed by a comma, its verb later.)
      const closedByComma = /,\s*$/.test(raw);
      const verbSoon = an.tokens
        .slice(from, to)
        .filter((t) => t.start >= qEnd)
        .slice(0, closedByComma ? 7 : 2)
        .some((t) => SPEECH_VERBS.has(t.text));
      if (verbSoon) continue;
      const cueBefore = [...prev].reverse().find((w) => typeOf(w) || TITLE_CUES.has(w));
      // '"She Trades Local" market day', '"Open Doors" campaign': the noun after the title.
      let afterType: EventType | undefined;
      for (let k = 0; k < afterToks.length && !afterType; k++) {
        const w = afterToks[k]?.text ?? "";
        // ('"Water Without Borders" Forum': a capitalised noun right after the title counts.)
        if (k > 0 && !/^\p{Ll}/u.test(w)) break;
        afterType = typeOf(w) ?? compoundType(afterToks[k - 1]?.text, w);
        if (!/^\p{Ll}/u.test(w)) break;
      }
      const prevEvent = an.mentions.find(
        (x) => x.kind === "event" && x.end <= qStart && /^[\s,:]*$/.test(text.slice(x.end, qStart)),
      );
      if (prevEvent) {
        const ev = pushEvent(an, qs, qe, si, "other");
        an.links.push([prevEvent.ref, ev.ref]);
        continue;
      }
      // ('"The Project for Equipping a Therapy Unit"': a title that opens on its own noun.)
      const opening =
        /^(?:The\s+)?(Project|Programme|Program|Campaign|Initiative|Conference|Forum|Workshop)\b/.exec(
          trimmed,
        )?.[1];
      let type =
        afterType ??
        (cueBefore ? typeOf(cueBefore) : undefined) ??
        (opening ? typeOf(opening) : undefined);
      if (!type && cueBefore && TITLE_CUES.has(cueBefore))
        type = prev.map(typeOf).filter(Boolean).pop() ?? "other";
      if (!type) continue;
      const ev = pushEvent(an, qs, qe, si, type);
      const ti = prev.length - 1 - [...prev].reverse().findIndex((w) => TITLE_CUES.has(w));
      if (
        cueBefore &&
        TITLE_CUES.has(cueBefore) &&
        DETERMINERS.has((prev[ti - 2] ?? "").toLowerCase())
      )
        definiteTitled.push(ev);
    }
  });
}

const SECTION_LABEL =
  /^(?:press release|media release|news(?: release)?|(?:flash )?update(?: no\.? ?\d+)?|annual report(?: \d{4})?|(?:workshop|conference|seminar|forum|mission|activity|event|meeting|training|field|visit|progress|monitoring|project) report|situation report(?: no\.? ?\d+)?|sitrep(?: no\.? ?\d+)?|bulletin(?: no\.? ?\d+)?|newsletter|statement|announcement|event|events|photo story|feature|story|report|blog|op-ed|opinion|invitation|save the date|breaking|(?:open )?call for (?:applications|proposals|participants|nominations|expressions of interest)|open call|request for proposals|project (?:record|profile|summary|brief|page|sheet|description|overview)|fact ?sheet|case study)\s*(?::|\||–|—|-)\s*/i;
/** True inside a closing note about the publishers ("About the conveners", "Notes to editors"). */
function inAboutNote(an: DocAnalysis, pos: number): boolean {
  const heading = an.seg.lines.filter((l) => l.kind === "title" && l.end <= pos).pop();
  return (
    !!heading &&
    heading !== an.seg.headline &&
    /^[\s#*_]*(?:about\b|notes?\s+(?:to|for)\s+editors|who we are|background\s+on)/i.test(
      heading.text,
    )
  );
}

/** A headline that states something rather than names an event ("X was the capital of Y"). */
const STATEMENT_HEADLINE =
  /\b(?:was|were|is|are|has been|have been|will be)\s+(?:the|a|an|now|still|not|our|their)\b/i;
/** A minutes header's label before the meeting's name ("**Meeting:**", "Event:", "Title:"). */
const FACT_LABEL_FIRST =
  /^[*_]*(?:meeting|event|activity|title|subject|name of (?:the )?(?:meeting|event))[*_]*\s*:[*_]*\s*/i;
/** How a meeting met, in brackets after its name ("(hybrid)", "(online)"). */
// (… and the period it reports on: "(Q3 2025)", "(2nd quarter)".)
const HOW_HELD =
  /\s*\((?:hybrid|online|virtual|in[- ]person|remote|face[- ]to[- ]face|Q[1-4]\s*\d{4}|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+\d{4})?)\)\s*$/i;
/** Head nouns of bodies, for telling a headline's acting subject from its event. */
const ORG_HEAD_WORDS =
  /^(?:Network|Association|Foundation|Organi[sz]ation|Society|Union|Council|Centre|Center|Institute|Ministry|Coalition|Alliance|Federation|Trust|Fund|Agency|Office|Group|League|Committee|Commission|Forum)$/;

/** A headline's verb between its subject and its object ("X Holds Y", "X asks for Y"). */
const HEADLINE_VERB = new RegExp(
  String.raw`\s(?:${"Inaugurates|inaugurates|Celebrated|Celebrates|celebrated|celebrates|Announces|Committed|Concluded|Concludes|Discusses|Organised|Organises|Organized|Organizes|Validates|announces|committed|concluded|concludes|discusses|organised|organises|organized|organizes|validates|Approves|Conducts|Convened|Convenes|Gathered|Launched|Launches|Presents|Receives|Supports|Validate|Welcomed|Welcomes|approves|conducts|convened|convenes|gathered|launched|launches|presents|receives|supports|validate|welcomed|welcomes|Brought|Commits|Demands|Discuss|Gathers|Reaches|Unveils|Wrapped|brought|commits|demands|discuss|gathers|reaches|unveils|wrapped|Adopts|Agrees|Awards|Brings|Demand|Hosted|Kicked|Marked|Opened|Shares|Signed|Trains|Visits|adopts|agrees|awards|brings|demand|hosted|kicked|marked|opened|shares|signed|trains|visits|Backs|Calls|Funds|Holds|Hosts|Joins|Kicks|Marks|Meets|Opens|Signs|Takes|Urges|Warns|Wraps|backs|calls|funds|holds|hosts|joins|kicks|marks|meets|opens|signs|takes|urges|warns|wraps|Asks|Held|Meet|Puts|Runs|Sign|Sits|Took|asks|held|meet|puts|runs|sign|sits|took|Sit|sit|Attend|Attends|Attended|attend|attends|attended|Celebrate|celebrate|Join|join|Draws|draws|Drew|drew|Attracts|attracts"})(?:\s+(?:Off|Up|off|up|Together|together))?\s+(?:(?:a|an|the|its|their|his|her)\s+)?`,
  "u",
);

/**
 * The headline of an interview, a profile or a quote ('"We trust our neighbours": a
 * conversation with X', "Q&A: …", "Meet the women who …") names a person or a voice, no event;
 * one that counts events ("two dialogue sessions on …") names no one event.
 */
const FEATURE_HEADLINE =
  /^[\s#*_]*[“"‘]|\b(?:(?:a|in) conversation with|(?:an )?interview with|Q\s?&\s?A\b|meet the\b|profile of|portrait of)|\b(?:two|three|four|five|six|several|\d+)\s+(?:[\p{Ll}-]+\s+)?(?:sessions|workshops|meetings|trainings|dialogues|events|consultations|conferences|forums|hearings|activities|visits)\b/iu;

/** Emoji (and their joiners) before and after a post's title. */
const EMOJI_BEFORE = /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+/u;
const EMOJI_AFTER = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+$/u;

/** Headlines of several stories, set apart by semicolons ("A wins; B opens; C returns"). */
const DIGEST_HEADLINE = /\S(?:\s+\S+){2,};\s+\S+(?:\s+\S+){2,}/u;
/** A social page's counts of likes or followers. */
const PAGE_COUNTS = /\b\d[\d.,]*\s?[KkMm]?\s+(?:likes|followers|members|subscribers)\b/;

/** A state's formal name heading an official letter ("State of Libya", "Republic of Iraq"). */
const STATE_NAME =
  /^(?:(?:The\s+)?(?:(?:Hashemite|Federal|Islamic|Arab|Democratic|Lebanese|Syrian)\s+)*(?:State|Republic|Kingdom|Sultanate|Emirate|Government)\s+of\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s*$/u;

/** A letterhead line: a state's name, or a line that is one body's name and nothing else. */
function letterhead(an: DocAnalysis, line: { start: number; end: number; text: string }): boolean {
  const text = line.text.trim();
  if (STATE_NAME.test(text)) return true;
  // ("Yobe Women & Children Dev. Initiative" over "@YOWCDI_Nigeria": a post's account.)
  if (accountName(an, line)) return true;
  const start = line.start + line.text.indexOf(text);
  // ("Al-Amal Youth Society - Mafraq": a body's name and its town, a page's or post's author.)
  const place = /(?:\s+[-–—|]|,)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)$/u.exec(text);
  // ("North-East Resilience Consortium (NERC)": and the acronym it goes by.)
  const acronym = /\s*\(\p{Lu}[\p{Lu}\d&.-]{1,11}\)$/u.exec(text);
  const end =
    start +
    (place && isPlace(place[1] ?? "") ? place.index : acronym ? acronym.index : text.length);
  return an.mentions.some(
    (m) =>
      m.kind === "org" &&
      m.start === start &&
      (m.end === end || RUNNING_HEADER.test(an.text.slice(m.end, start + text.length))),
  );
}

/** Whether the line is a social post's account name: the next line is its "@handle". */
export function accountName(
  an: { seg: { lines: readonly { start: number; text: string; kind: string }[] } },
  line: { end: number },
): boolean {
  const next = an.seg.lines.find((l) => l.start > line.end && l.kind !== "blank");
  return !!next && /^\s*@[A-Za-z0-9_]{2,}(?:\s*[·•|].*)?\s*$/.test(next.text);
}

/** The headline names an event when it holds an event noun; a date in it becomes the date. */
/** A document's kind after its event's name: " - MINUTES", ": Summary report", " (Agenda)". */
const DOCUMENT_KIND_AFTER =
  /\s*(?:[-–—:|]\s*|\()(?:minutes|summary(?: report)?|report|agenda|concept note|press release|programme|program|outcome document|final communiqu[eé])\)?\s*$/i;

/** The document's kind opening a headline: "Minutes of the", "Summary report of the". */
const DOCUMENT_KIND_BEFORE =
  /^(?:(?:draft|final|official)\s+)?(?:minutes|summary(?:\s+report)?|report|proceedings|outcome|record|notes|conclusions|communiqu[eé])\s+(?:of|from|on)\s+(?:the\s+)?/i;

/** A document's kind, then a dash or colon: "Minutes - ", "Notes: ". */
const KIND_THEN_DASH = /^(?:minutes|notes|meeting notes|summary|agenda)\s*[-–—:]\s+/i;

/** What an e-mail's subject that sends minutes opens with: "Minutes - …", "Notes: …". */
const MINUTES_DASH = /^(?:minutes|notes)\s*[-–—:]\s+/i;

/** A page number set apart at a line's end or start by a wide gap. */
const PAGE_SET_APART = /\S\s{4,}\d{1,3}\s*$|^\s*\d{1,3}\s{4,}\S/;

/** An e-mail's subject label, its reply and forward marks and a mailing list's tag. */
const EMAIL_SUBJECT =
  /^\s*Subject:\s*(?:(?:Re|Fwd?|FW|AW|TR|RV)\s*:\s*)*(?:\[[^\]\n]{1,30}\]\s*)?/i;

/** A line that holds the minutes of a gathering, told by its ordinal or its occasion. */
const MINUTES_OF_LINE =
  /^\s*(?:minutes|notes|summary record)\s+of\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|monthly|weekly|quarterly|annual|extraordinary|ordinary|joint)\b/i;

/** Event nouns that are as often adjectives ("a fair deal", "fair elections"). */
const ADJECTIVAL = new Set(["fair"]);

/**
 * True for such a word after a determiner (not after a noun it heads: "a book fair") and
 * before a lower-case noun (not a preposition or a verb): "a fair drought recovery".
 */
function adjectival(w: string, next: string | undefined, prev: string | undefined): boolean {
  return (
    ADJECTIVAL.has(w.toLowerCase()) &&
    (prev === undefined || /^(?:a|an|the|more|most|and|for|of|to|[Aa]|An|The|For|,)$/.test(prev)) &&
    /^\p{Ll}+$/u.test(next ?? "") &&
    !NAME_PREPS.test(next ?? "") &&
    // ("the fair opens", "the fair attracted": a verb after the noun.)
    !/ed$/.test(next ?? "") &&
    !(/^(?:the|The)$/.test(prev ?? "") && /s$/.test(next ?? ""))
  );
}

/** A name given again in Arabic script after a separator: " · ميزانيتنا". */
const ARABIC_AGAIN = /\s+[·|–—/]\s+(?=[\u0600-\u06FF])/;
/**
 * A quoted gloss of a project's name in brackets, or a description after its name and a dash
 * (case matters, so not in the tail's): "Fumo Limpo ("clean smoke") – improved ovens".
 */
const DESCRIPTION_AFTER_DASH = /\s*\(["“‘'][^()]*\)|\s[–—-]\s+(?=\p{Ll})/u;
/** What follows a project's name on its fact line: its period, its grant, its Arabic name. */
const PROJECT_LINE_TAIL = new RegExp(
  String.raw`\s*\((?=[^()]*\d)|[;,]\s+(?:grant|budget|amount|funded|total)\b|;\s|${ARABIC_AGAIN.source}`,
  "iu",
);

/** A place, alone between separators after an event's name: " · Lira, Uganda", " – Gulu". */
const PLACE_AFTER_NAME = /\s+[·•|–—-]\s+(\p{Lu}[\p{L}'’.-]*(?:,?\s\p{Lu}[\p{L}'’.-]*){0,3})$/u;

/** True when a line holds nothing but the names of bodies (and their acronyms in brackets). */
function onlyBodies(an: DocAnalysis, line: { start: number; end: number }): boolean {
  let rest = "";
  let at = line.start;
  let any = false;
  for (const m of an.mentions) {
    if (m.start < line.start || m.end > line.end || m.start < at) continue;
    if (m.kind !== "org") return false;
    rest += an.text.slice(at, m.start);
    at = m.end;
    any = true;
  }
  rest += an.text.slice(at, line.end);
  return any && !/\p{L}{2,}/u.test(rest.replace(/\(\s*\p{Lu}[\p{L}&-]*\s*\)/gu, ""));
}

function headlineEvent(
  an: DocAnalysis,
  forceType?: EventType,
  onlyHeadline = false,
): LocalEvent | undefined {
  for (const line of an.seg.titles) {
    if (onlyHeadline && line !== an.seg.headline) continue;
    if (FEATURE_HEADLINE.test(line.text) || letterhead(an, line)) continue;
    // ("Radio station · Merthyr Tydfil 2.4K likes · 2.6K followers": a social page's furniture.)
    if (PAGE_COUNTS.test(line.text)) continue;
    // ("WEBINAR TRANSCRIPT (edited)": the document's kind, over its title.)
    if (DOCUMENT_KIND_LINE.test(line.text) || PART_OR_CAPTION_LINE.test(line.text)) continue;
    // (Of "Basra holds first public hearing on salinity; governorate allocates funds", the
    // first story is the headline's own: a cue there names its event.)
    const digest = DIGEST_HEADLINE.test(line.text);
    // ("Harbour Forum – Report of the Second Assembly      2": a page's running header.)
    if (PAGE_SET_APART.test(line.text)) continue;
    // ("3.1  The programme in 2024": a numbered section about what the text has named.)
    if (/^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?:The|Our|Its|Their)\s+\p{Ll}/u.test(line.text)) continue;
    // (A fact box's "Project: X" or "Donor: Y" line is read by the fact box, not as a headline,
    // and a report's "Reporting period:" names nothing.)
    if ([PROJECT_NAME_LINE, PROJECT_FACT, REPORT_COVER].some((fact) => fact.test(line.text)))
      continue;
    // ("Tanàna Mahery – Resilient Villages in Brickaville" over a fact box's project "Tanàna
    // Mahery – Resilient Villages": the headline names the project it opens with.)
    const opened = an.events.find(
      (e) =>
        (e.type === "project" || e.type === "programme") &&
        [...(an.names.get(e.ref) ?? [])].some(
          (n) =>
            n.split(/\s+/).length >= 2 &&
            line.text
              .trimStart()
              .replace(/^#{1,6}\s+/, "")
              .toLowerCase()
              .startsWith(n.toLowerCase()),
        ),
    );
    if (opened) return opened;
    // ("About the project", "Background": a section's heading names nothing.)
    if (
      /^\s*(?:#{1,6}\s+)?(?:about|more about|background|overview|context|summary)\b/i.test(
        line.text,
      )
    )
      continue;
    // (A section label's noun, "Event report:", is no cue of the headline's event.)
    const mailed = line.text.replace(/^\s*#{1,6}\s+/, "");
    const unmailed = mailed.replace(EMAIL_SUBJECT, "");
    const unlabelled = unmailed.replace(SECTION_LABEL, "").replace(/;\s.*$/, "");
    const words = unlabelled.split(/[\s:“”"]+/);
    if (words.filter(Boolean).length < 3) continue;
    const orgWords = new Set<string>();
    for (const m of an.mentions)
      if (m.kind === "org" && m.start >= line.start && m.end <= line.end)
        for (const w of an.text.slice(m.start, m.end).split(/\s+/)) orgWords.add(w);
    const inOrg = (w: string): boolean => orgWords.has(w);
    // "youth dialogue forum": the last cue noun of a compound is its head.
    const free = words.filter((w) => !inOrg(w));
    // ("call for a fair drought recovery": an adjective spelled as an event noun.)
    const cue = free
      .map((w, i) =>
        adjectival(w, free[i + 1], free[i - 1])
          ? undefined
          : (typeOf(w) ?? compoundType(free[i - 1], w)),
      )
      .find((t, i) => t && !typeOf(free[i + 1] ?? ""));
    // ("Call for Applications: X Grants – Round 4": a call names the programme it opens.)
    const call = /^\s*(?:#{1,6}\s+)?(?:open call|(?:open )?call for|request for proposals)\b/i.test(
      line.text,
    );
    // ("Minutes of the 4th call of the X Group": what minutes are of is a meeting.)
    // ("Subject: Minutes - Partners call": an e-mail's subject that sends minutes.)
    const minutesOf =
      !cue &&
      (MINUTES_OF_LINE.test(unlabelled) || (unmailed !== mailed && MINUTES_DASH.test(unmailed)));
    // ("Norwegian Agency for Development Cooperation (Norad)": a line that only names a body
    // names no event, whatever a later "the project" asks for.)
    if (!cue && !call && !minutesOf && onlyBodies(an, line)) continue;
    let type = call ? "programme" : (cue ?? (minutesOf ? "meeting" : forceType));
    if (!type || (!cue && !call && !minutesOf && line !== an.seg.headline)) continue;
    // ("Young reporters take to the air; Linden talks under the house; sun powers Nappi
    // radio": three stories or more without an event noun in the first, a page of news.)
    if (digest && !cue && line.text.split(/;\s/).length > 2) continue;
    const lead = line.text.length - line.text.trimStart().length;
    let start = line.start + lead;
    let end = line.start + (digest ? line.text.indexOf(";") : line.text.trimEnd().length);
    // ("Event report: "X" – conference in Tunis": the section label goes before the colon's cut.)
    const labelFirst = SECTION_LABEL.exec(an.text.slice(start, end).replace(/^#{1,6}\s+/, ""));
    const colon = an.text.slice(start, end).search(/:\s*[“"]/);
    if (colon > 0 && !(labelFirst && colon <= labelFirst[0].length + 8)) end = start + colon;
    const dates = findDates(an.text, start, end);
    const date = dates.find((d) => d.date.end || !cue);
    if (date && date.start > start + 10) end = date.start;
    // ("Minutes of the meeting of the Bureau, 4 October 2025": a day set off after the name.)
    const setOff = dates.find(
      (d) => d.start > start + 10 && /[,–—·|(]\s*$/.test(an.text.slice(start, d.start)),
    );
    if (!date && setOff) end = setOff.start;
    // ("Monthly Coordination Meeting - MINUTES": the document's kind is no part of the name.)
    const kind = DOCUMENT_KIND_AFTER.exec(an.text.slice(start, end));
    if (kind) end = start + kind.index;
    // ("Mizaniyatuna · ميزانيتنا": the name again in Arabic script is no part of it.)
    const script = ARABIC_AGAIN.exec(an.text.slice(start, end));
    if (script && script.index > 0) end = start + script.index;
    while (end > start && /[\s–—\-,:·•|(]/.test(an.text[end - 1] ?? "")) end--;
    // ("2nd Valley Forum · Lira, Uganda · 3–4 May 2025": the place between name and date.)
    const place = date ? PLACE_AFTER_NAME.exec(an.text.slice(start, end)) : null;
    if (place && !place[1]?.split(/[\s,]+/).some((w) => typeOf(w) || ORG_HEADS.has(w)))
      end = start + place.index;
    if (/^(?:Home|Menu)\b/.test(an.text.slice(start, end))) start = end;
    // "Press release: X", "News | X": a section label is no part of the event's name (nor
    // is a Markdown heading's "##").
    const hashes = /^#{1,6}\s+/.exec(an.text.slice(start, end));
    if (hashes) start += hashes[0].length;
    // ("Subject: Re: [SG-list] Minutes of the 7th …": an e-mail's label, replies and list tag.)
    const subject = EMAIL_SUBJECT.exec(an.text.slice(start, end));
    if (subject) start += subject[0].length;
    const label = SECTION_LABEL.exec(an.text.slice(start, end));
    if (label) start += label[0].length;
    // ("Minutes of the Quarterly Coordination Meeting", "Report of the X Forum": the
    // document's kind before the event's name.)
    const kindBefore = DOCUMENT_KIND_BEFORE.exec(an.text.slice(start, end));
    if (kindBefore) start += kindBefore[0].length;
    // ("**Meeting:** Monthly coordination meeting (hybrid)": a fact's label and the way it met.)
    const fact = FACT_LABEL_FIRST.exec(an.text.slice(start, end));
    if (fact) start += fact[0].length;
    // ("Subject: Minutes - Partners call 09/09 + action points": an e-mail's subject names the
    // document's kind, then the gathering, then its day and what else the mail holds.)
    const kindDash = KIND_THEN_DASH.exec(an.text.slice(start, end));
    if (kindDash) {
      start += kindDash[0].length;
      const extra = /\s+(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?(?!\d)|[+&]\s).*$/.exec(
        an.text.slice(start, end),
      );
      if (extra && extra.index > 0) end = start + extra.index;
    }
    const how = HOW_HELD.exec(an.text.slice(start, end));
    if (how) end -= how[0].length;
    // ("Our 9th General Assembly in Oujda": a newsletter's "our" is no part of the name.)
    // ("🌴💧 Our first public hearing 💧🌴": a post's emoji frame no name.)
    start += EMOJI_BEFORE.exec(an.text.slice(start, end))?.[0].length ?? 0;
    end -= EMOJI_AFTER.exec(an.text.slice(start, end))?.[0].length ?? 0;
    const ours = /^(?:Our|Their|Its)\s+(?=\S)/.exec(an.text.slice(start, end));
    if (ours) start += ours[0].length;
    // A headline is a clause: "Anbar reconstruction forum asks for a say" names its event
    // before the verb; "Marsh Women Network Convenes Ebbvale Consultation" after it.
    const verb = HEADLINE_VERB.exec(an.text.slice(start, end));
    if (verb) {
      const cueIn = (from: number, to: number): EventType | undefined =>
        an.text
          .slice(from, to)
          .split(/[\s,;:]+/)
          .map((w) => typeOf(w))
          .filter(Boolean)
          .pop();
      // "Anbar reconstruction forum asks …" where the body names the Anbar Reconstruction
      // Forum as a body: the subject is that body, not the event.
      const subjectIsBody = orgKeys(an).has(matchKey(an.text.slice(start, start + verb.index)));
      const subjectType = subjectIsBody ? undefined : cueIn(start, start + verb.index);
      const objectStart = start + verb.index + verb[0].length;
      const objectType = cueIn(objectStart, end);
      // A body's name holds the only event noun: the headline names no event.
      if (subjectIsBody && !objectType) continue;
      if (subjectType && !orgWords.size) {
        end = start + verb.index;
        type = subjectType;
      } else if (objectType) {
        start = objectStart;
        type = objectType;
      } else if (subjectType) {
        end = start + verb.index;
        type = subjectType;
      } else {
        // No event noun: a subject that is no body names the event ("Basra Water Week puts
        // farmers and engineers in one room"); a body as subject keeps the whole headline.
        const subject = an.text.slice(start, start + verb.index);
        const bodyLike =
          orgWords.size > 0 ||
          /\b(?:organi[sz]ations|groups|NGOs|partners)\b/.test(subject) ||
          subject.split(/\s+/).some((w) => ORG_HEAD_WORDS.test(w));
        // "Farmers meet in Zarqa": a bare plural noun names no event.
        const named = subject.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length >= 2;
        if (!bodyLike && named) end = start + verb.index;
      }
    }
    if (end - start < 6) continue;
    const ev = pushEvent(
      an,
      start,
      end,
      sentenceAt(an, start),
      type,
      date ? { date: date.date } : {},
    );
    return ev;
  }
  return undefined;
}

const SIGN_VERBS = new Set([
  "signed",
  "sign",
  "signs",
  "co-signed",
  "countersigned",
  "concluded",
  "inked",
]);
const SIGNED_THINGS =
  /^(?:[Mm]emorand(?:um|a)|MoU|MOU|MoUs|[Aa]greements?|[Aa]ccord|[Pp]rotocol|[Cc]harter|pledge|[Dd]eclaration|compact|[Cc]onvention|[Cc]ontracts?)$/;

/**
 * "A and B signed a partnership agreement on 14 September": the signing is an event of the
 * document ("signing of the partnership agreement"), dated by its sentence.
 */
function signings(an: DocAnalysis): void {
  const titled = (si: number): boolean => {
    const s = an.seg.sentences[si];
    return !!s && an.seg.titles.some((l) => s.start >= l.start && s.start < l.end);
  };
  let first: LocalEvent | undefined;
  an.sentTokens.forEach(([from, to], si) => {
    // A headline's "X and Y sign agreement" is the headline's clause, read with the headline.
    if (titled(si)) return;
    for (let i = from; i < to; i++) {
      const t = an.tokens[i];
      if (!t || !SIGN_VERBS.has(t.text)) continue;
      const signed = signedThing(an, i, from, to);
      if (!signed) continue;
      // ("The memorandum was signed for the council by its mayor" tells who signed, not a
      // signing: a passive one is an event when it says when, where or with whom.)
      const sentence = an.seg.sentences[si];
      if (
        signed.passive &&
        !/^\s+(?:with|between|in|at|on)\b/.test(an.text.slice(t.end, t.end + 9)) &&
        !(sentence && findDates(an.text, sentence.start, sentence.end).length)
      )
        continue;
      let { end } = signed;
      // ("a Memorandum of Understanding", "an Agreement of Partnership")
      const of = /^ of (?:understanding|co-?operation|collaboration|partnership)\b/i.exec(
        an.text.slice(end, end + 30),
      );
      if (of) end += of[0].length;
      const start = Math.min(t.start, signed.start);
      if (an.mentions.some((m) => m.kind === "event" && m.start < end && m.end > start)) continue;
      // ("signed the Central Market Accord": the document signed is no body.)
      an.mentions = an.mentions.filter(
        (m) =>
          m.kind !== "org" ||
          m.start < signed.start ||
          m.end > end ||
          !SIGNED_THINGS.test(an.text.slice(m.start, m.end).split(/\s+/).pop() ?? ""),
      );
      const ev = pushDescribed(an, start, end, si, "other");
      const what = an.text.slice(signed.start, end).replace(/^(?:a|an|the)\s+/i, "");
      // ("X and Y signed a memorandum … The memorandum was signed in the presence of …": a
      // document's signings are told again and again, one event, named the first time.)
      if (first) an.links.push([first.ref, ev.ref]);
      else {
        an.names.get(ev.ref)?.add(`signing of the ${what}`);
        first = ev;
      }
    }
  });
}

/**
 * "signed grant contracts … at a ceremony held at the Residence": the ceremony told in the
 * signing's sentence is the signing, not a second event.
 */
function ceremonyOfSigning(an: DocAnalysis, described: LocalEvent[]): void {
  const firstBody = an.seg.sentences.findIndex((x) => an.seg.lines[x.line]?.kind === "body");
  for (const signing of an.events) {
    if (!signing.described || signing.type !== "other") continue;
    if (![...(an.names.get(signing.ref) ?? [])].some((n) => /^(?:signing|handover) of/.test(n)))
      continue;
    // ("Japan hands over trucks to X" over "… were handed over last Thursday in a ceremony":
    // a headline's handover is the ceremony its first body sentence tells.)
    const titled = an.seg.titles.some((l) => l.start === an.seg.sentences[signing.sentence]?.start);
    // (Or in a later sentence that tells the same signing again: "… were signed at a ceremony".)
    const told = new Set(
      an.events
        .filter((e) => e === signing || an.links.some(([a, b]) => a === signing.ref && b === e.ref))
        .map((e) => e.sentence),
    );
    // ("The agreements, worth …, were signed at a ceremony": a ceremony told with "signed".)
    const signedIn = (si: number): boolean => {
      const x = an.seg.sentences[si];
      return !!x && /\b(?:signed|signing)\b/i.test(an.text.slice(x.start, x.end));
    };
    for (const d of described)
      if (
        d !== signing &&
        (told.has(d.sentence) || signedIn(d.sentence) || (titled && d.sentence === firstBody)) &&
        [...(an.names.get(d.ref) ?? [])].some((n) => /\bceremony\b/i.test(n))
      )
        an.links.push([signing.ref, d.ref]);
  }
}

/**
 * Words between "signed" and what was signed: "a new multi-year partnership agreement", and
 * a named one's words: "the Suva Market Vendors' Charter", "the Reef Access Accord".
 */
const SIGN_MODIFIER = /^(?:[a-z][a-z]*(?:-[a-z]+)*|\d{1,2}|MoU|\p{Lu}[\p{L}'’-]*|['’]s?)$/u;
const NOT_MODIFIER =
  /^(?:with|on|in|to|by|for|at|and|or|of|that|which|who|was|were|is|are|has|have|had|been|will|would|between|during|today|yesterday)$/;

/**
 * What a signing verb at token `i` signed: the noun and its modifiers after it ("signed a
 * new partnership agreement"), or before a passive one ("The two agreements were signed").
 */
function signedThing(
  an: DocAnalysis,
  i: number,
  from: number,
  to: number,
): { start: number; end: number; passive?: boolean } | undefined {
  const word = (k: number): string => an.tokens[k]?.text ?? "";
  let k = i + 1;
  // ("signed on Monday a memorandum", "signed yesterday in Amman an agreement")
  if (/^(?:on|in|at|last|this|yesterday|today)$/.test(word(k))) {
    let d = k;
    while (d < to && d - k < 5 && !/^(?:a|an|the|two|three|four|five)$/.test(word(d))) d++;
    if (/^(?:a|an|the|two|three|four|five)$/.test(word(d))) k = d;
  }
  const first = k;
  while (k < to && k - first <= 5 && !SIGNED_THINGS.test(word(k))) {
    if (!SIGN_MODIFIER.test(word(k)) || NOT_MODIFIER.test(word(k))) break;
    k++;
  }
  const noun = an.tokens[k];
  if (noun && SIGNED_THINGS.test(noun.text))
    return { start: an.tokens[first]?.start ?? noun.start, end: noun.end };
  // Passive: "The agreements were signed in Rabat", "a memorandum … has been signed".
  if (!/^(?:was|were|been|be)$/.test(word(i - 1))) return undefined;
  let n = i - 2;
  if (/^(?:has|have|had)$/.test(word(n))) n--;
  // ("A Memorandum of Partnership between X and Y was signed": the subject's noun, further back.)
  const subject = an.tokens.slice(from, n + 1).findIndex((x) => SIGNED_THINGS.test(x.text));
  const reach = subject >= 0 && subject <= 1 ? n - (from + subject) : 2;
  for (let back = n; back >= from && n - back <= reach; back--) {
    if (!SIGNED_THINGS.test(word(back))) continue;
    let s = back;
    while (
      s - 1 >= from &&
      back - s < 4 &&
      SIGN_MODIFIER.test(word(s - 1)) &&
      !NOT_MODIFIER.test(word(s - 1))
    )
      s--;
    const at = an.tokens[s];
    const end = an.tokens[back]?.end;
    return at && end !== undefined ? { start: at.start, end, passive: true } : undefined;
  }
  return undefined;
}

/** Fact-box labels of a project page. */
const PROJECT_FACT =
  /^\s*(?:[-*•|]\s*)?(?:\*\*)?(?:(?:donors?|funders?|funded by|partners?|implementing partners?|period|duration|budget|project period)(?:\*\*)?\s*(?::|\|)|(?:project\s+)?(?:duration|period|start date|end date|starting date|budget)(?:\*\*)?(?:\s*(?::|\||\t)|\s{2,}|\s+(?=\d)))/i;
/** True for a project's page: a fact box gives its donor, partners, period or budget. */
export function isProjectPage(an: DocAnalysis): boolean {
  return an.seg.lines.some((l) => PROJECT_FACT.test(l.text));
}

/** A report's cover lines to its donor: "Grant reference:", "Reporting period:". */
const REPORT_COVER =
  /^\s*(?:[-*•|]\s*)?(?:\*\*)?(?:reporting period|grant (?:reference|ref\.?|number|no\.?|agreement|code)|contract (?:number|no\.?|reference))(?:\*\*)?\s*(?::|\|)/i;

/** A fact box's line that names the project ("Project: Ard wa Mai – Restoring Land"). */
const PROJECT_NAME_LINE =
  /^(\s*(?:[-*•|]\s*)?(?:\*\*)?(?:project|programme|program|project title|project name|programme title|programme name|initiative|action title)(?:\*\*)?\s*(?::|\|)(?:\*\*)?\s*)(\S[^\n]{2,160}?)[\s*_.;|]*$/i;

/**
 * A fact box that names its project ("Project: X" beside "Donor:", "Duration:", "Budget:"):
 * the named project is an event of the document, whatever its name looks like.
 */
function factBoxProjects(an: DocAnalysis): LocalEvent | undefined {
  const projectPage = isProjectPage(an);
  // (A report's cover names its project beside the grant's reference or the period; a
  // "Programme:" there is the donor's, which the report is not about.)
  const cover = !projectPage && an.seg.lines.some((l) => REPORT_COVER.test(l.text));
  if (!projectPage && !cover) return undefined;
  const named = projectPage ? headlineProject(an) : undefined;
  for (const line of an.seg.lines) {
    const m = PROJECT_NAME_LINE.exec(line.text);
    if (!m?.[2] || (cover && !/^\W*project/i.test(m[1] ?? ""))) continue;
    // (An acronym after the name is read with the name: "Safe Homes (SH)" keeps "Safe Homes".)
    // ("X (01.01.2024 - 31.12.2025), grant CHF 120,000": its period and grant follow the name.)
    // (So does its name again in Arabic script: "Mizaniyatuna · ميزانيتنا".)
    // (So do its gloss and what it does: "Agua Viva ("living water") – clean water kiosks".)
    const cut = PROJECT_LINE_TAIL.exec(m[2]) ?? DESCRIPTION_AFTER_DASH.exec(m[2]);
    const name = (cut ? m[2].slice(0, cut.index) : m[2]).replace(/\s*\([^()]*\)\s*$/, "");
    if (!/^[\p{Lu}"“'‘\d]/u.test(name) || /[.!?]\s/.test(name)) continue;
    const start = line.start + (m[1]?.length ?? 0);
    const si = sentenceAt(an, start);
    if (si < 0) continue;
    if (an.mentions.some((x) => x.kind === "event" && x.start === start)) continue;
    // ("Strong Gardens, Strong Islands / Gaden i Strong, Aelan i Strong": one name, two
    // languages.)
    // (A report's cover gives the name, a dash and its gloss: "Ciepłe Klatki – Warm Stairwells".)
    const [own = name, other] = name.split(
      cover ? /\s+[/–—]\s+(?=\p{Lu})/u : /\s+\/\s+(?=\p{Lu})/u,
    );
    const ev = pushEvent(an, start, start + own.length, si, "project");
    if (other) addName(an, ev.ref, other);
    const period = cut ? findDates(an.text, start + (cut.index ?? 0), line.end)[0] : undefined;
    if (period?.date.end && !ev.date) ev.date = period.date;
  }
  return named;
}

/** "- Basra's Salinity Crisis: What Can Cities Do? (Roundtable, 2023/05/16)": a typed, dated title. */
const TYPED_ITEM =
  /^(\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)?(?:\*\*|__|\*|_)?)(\S[^\n]{3,160}?)(?:\*\*|__|\*|_)?\s+\((\p{L}[\p{L} -]{1,30}?),\s+([^()\n]{4,40})\)[\s.]*$/u;

/**
 * A list of events by title, each followed by its kind and date in brackets ("Related events",
 * "Past webinars"): each line is an event of that kind on that date.
 */
function typedItems(an: DocAnalysis): void {
  for (const line of an.seg.lines) {
    const m = TYPED_ITEM.exec(line.text);
    if (!m?.[2] || !m[3] || !m[4]) continue;
    const words = m[3].toLowerCase().split(/\s+/);
    const type = words.length <= 3 ? typeOf(words[words.length - 1] ?? "") : undefined;
    const bracket = line.start + line.text.lastIndexOf("(");
    const date = findDates(an.text, bracket, line.end)[0];
    if (!type || !date) continue;
    const start = line.start + (m[1]?.length ?? 0);
    const si = sentenceAt(an, start);
    if (si < 0 || an.mentions.some((x) => x.kind === "event" && x.start === start)) continue;
    pushEvent(an, start, start + m[2].length, si, type, { date: date.date });
  }
}

/** A headline that names its subject before a colon or dash: "Tejiendo Futuro: youth and peace". */
const NAMED_HEADLINE =
  /^\s*(?:#{1,6}\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|de|del|al|el|for|of|and)){0,4})\s*(?::|\s[–—]\s)/u;

/**
 * A project page (a fact box beside it) whose headline names its subject before a colon,
 * and whose body speaks of "the project": the name is the project's, wherever it stands.
 */
function headlineProject(an: DocAnalysis): LocalEvent | undefined {
  const head = an.seg.headline;
  if (!head || an.seg.lines.some((l) => PROJECT_NAME_LINE.test(l.text))) return undefined;
  const m = NAMED_HEADLINE.exec(head.text);
  const name = m?.[1];
  if (!m || !name || !/\b[Tt]he (?:project|programme|program|initiative)\b/.test(an.text))
    return undefined;
  const key = matchKey(name);
  // (A body's name before the colon — "Sawa Network: our year" — names no project.)
  if (name.split(/\s+/).some((w) => ORG_HEADS.has(w) && !/^(?:Programme|Program|Project)$/.test(w)))
    return undefined;
  const start = head.start + m[0].indexOf(name);
  const si = sentenceAt(an, start);
  if (si < 0) return undefined;
  const ev = pushEvent(an, start, start + name.length, si, "project");
  // Its name in the body is the project's too, not a body's or a person's (nor is the
  // surname read off that "person").
  const misread = new Set<string>();
  for (const x of an.mentions)
    if (x.kind !== "event" && matchKey(an.text.slice(x.start, x.end)) === key) {
      misread.add(x.ref);
      x.kind = "event";
      x.ref = ev.ref;
    }
  if (misread.size) an.mentions = an.mentions.filter((x) => !misread.has(x.ref));
  return ev;
}

/** "1. Safe Families. With funding from X, the programme …": a numbered item names its programme. */
const NUMBERED_TITLE =
  /^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+(?:\*\*)?(\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|of|for|and|the|in|on|to)){0,6})(?:\*\*)?[.:–—][ \t]+/u;
const ITEM_REFERENCE = /\b[Tt]he\s+(programme|program|project|initiative|campaign)\b/;

/**
 * A report that lists its programmes one per numbered item, each item's title followed by a
 * text that calls it "the programme": the title is that programme.
 */
function numberedProgrammes(an: DocAnalysis): void {
  for (const line of an.seg.lines) {
    const m = NUMBERED_TITLE.exec(line.text);
    const title = m?.[1];
    if (!m || !title || title.split(/\s+/).length < 2) continue;
    const ref = ITEM_REFERENCE.exec(line.text.slice(m[0].length));
    if (!ref) continue;
    const start = line.start + m[0].indexOf(title);
    const si = an.seg.sentences.findIndex((x) => start >= x.start && start < x.end);
    if (
      si < 0 ||
      an.mentions.some((x) => x.start < start + title.length && x.end > start && x.kind === "event")
    )
      continue;
    const type = typeOf(ref[1] ?? "") ?? "programme";
    // The item's own mentions of a body in its title are not bodies: the title is the event.
    an.mentions = an.mentions.filter((x) => !(x.start >= start && x.end <= start + title.length));
    pushEvent(an, start, start + title.length, si, type);
  }
}

/** Short words a title holds between its capitalised words ("Justice at the Doorstep"). */
const TITLE_JOINERS = new Set(
  "a an and at by for from in into of on the to with without against beyond & de du des la le".split(
    " ",
  ),
);
/** Lower-case nouns after a title that make it a project's or a campaign's. */
const TITLED_HEADS = /^(?:project|programme|program|campaign|initiative)$/;
const TITLE_TOKENS = 9;

/**
 * "NWLAN's Justice at the Doorstep programme", "the Roads to School project": a title whose
 * capitalised words are joined by short words ("at the", "to", "on") before a lower-case
 * project noun names that project (the owner's possessive is no part of it).
 */
function titledActivities(an: DocAnalysis): void {
  const { tokens } = an;
  const capital = (w: string): boolean => /^\p{Lu}/u.test(w) && !/['’]s$/.test(w);
  an.sentTokens.forEach(([from, to], si) => {
    for (let i = from + 2; i < to; i++) {
      const head = tokens[i];
      if (!head || !TITLED_HEADS.test(head.text) || !capital(tokens[i - 1]?.text ?? "")) continue;
      let first = i;
      while (first > from && i - first < TITLE_TOKENS) {
        const w = tokens[first - 1]?.text ?? "";
        if (!capital(w) && !TITLE_JOINERS.has(w)) break;
        // "In Basra the Water for All programme": "the" after a capitalised word opens the title.
        if (w === "the" && capital(tokens[first - 2]?.text ?? "")) break;
        first--;
      }
      while (first < i && TITLE_JOINERS.has((tokens[first]?.text ?? "").toLowerCase())) first++;
      // "Funding for the Eyes on the Budget initiative": a capitalised word that opens the
      // sentence is no part of a title that a "the" begins after it.
      const the = tokens.slice(first, i).findIndex((t) => t.text === "the");
      if (first === from && the > 0) first += the + 1;
      const words = tokens.slice(first, i).map((t) => t.text);
      const joined = words.some((w) => TITLE_JOINERS.has(w));
      // ("the Ministry of Health programme", "the Union of Bakers Hall Relief project": a
      // body's head noun opens or ends a body's name; "Roads to School" is a title.)
      const last = words.length - 1;
      const body =
        ORG_HEADS.has(words[0] ?? "") ||
        (ORG_HEADS.has(words[last] ?? "") && capital(words[last - 1] ?? ""));
      if (!joined || words.filter(capital).length < 2 || body) continue;
      const start = tokens[first]?.start ?? head.start;
      if (an.mentions.some((m) => m.start < head.end && m.end > start)) continue;
      pushEvent(an, start, head.end, si, typeOf(head.text) ?? "project");
    }
  });
}

/**
 * A work plan's table ("No. | Activity | Date | Lead | Status"): each row's activity is an
 * event of its own, dated by its row ("22/04/2024", "10–14 June 2024", "from July 2024").
 */
function activityTables(an: DocAnalysis): void {
  const refYear = an.seg.date?.date.start;
  const undated: { ev: LocalEvent; months: number | undefined }[] = [];
  for (const table of tablesOf(an.seg.lines)) {
    const what = columnOf(table, ACTIVITY_COLUMN);
    const when = columnOf(table, DATE_COLUMN);
    // (A donors' table names its projects, dated or not.)
    const donors = columnOf(table, DONOR_COLUMN) >= 0;
    // (So does a table of grants: "Organisation | Initiative | Grant".)
    const grants = isGrantTable(table);
    if (what < 0 || (when < 0 && !donors && !grants)) continue;
    for (const row of table.rows) {
      const cell = row.cells[what];
      const date = when >= 0 ? row.cells[when] : undefined;
      if (!cell || !/^\p{L}/u.test(cell.text)) continue;
      // ("Mobile land clinics (monthly, 12 rounds)": the bracket is no part of the name.)
      // ("Mama Amani – mediation and support in …": a project's name, then what it does.)
      // ("Safe Harbour: shade, water and first aid at …": the name, then what it buys.)
      // ("Llys a Chyngor (Court and Council) – Welsh-language reporting of …": a capital may
      // open the description when it runs on for three words or more.)
      const described = cell.text
        .replace(/^(\p{Lu}[^:]{1,60}?):\s.*$/u, "$1")
        .replace(/^(\p{Lu}[^–—]{1,60}?)\s+[–—-]\s+(?:\p{Ll}|\p{Lu}\S*(?:\s+\S+){2,}$).*$/u, "$1");
      // ("Studio v knjižnici (Studio in the Library)": a bracketed title is the name's gloss.)
      const gloss = GLOSS_AT_END.exec(described)?.[1];
      const name = described.replace(/\s*\([^()]*\)?\s*$/, "").replace(/[.;:]+$/, "");
      // ("Zajedno kroz sjećanje / Together through Memory": one name in two languages.)
      const [own = name, other = gloss] = name.split(/\s+\/\s+(?=\p{Lu})/u);
      if (name.split(/\s+/).length > 14 || (grants && describesWork(own))) continue;
      if (an.mentions.some((m) => m.kind === "event" && m.start === cell.start)) continue;
      // (A column of projects makes each row's name a project's.)
      const projects = /^(?:projects?|programmes?|programs?)\b/i.test(
        table.header[what]?.text ?? "",
      );
      const type =
        name
          .split(/\s+/)
          .map((w) => typeOf(w.toLowerCase()))
          .find(Boolean) ?? (projects ? "project" : "other");
      // (A project cell's name is no person's, whatever its shape: "Clean Taps", nor a body's,
      // whatever its head: "Polar Night League".)
      an.mentions = an.mentions.filter(
        (m) =>
          !(
            (m.kind === "person" || (m.kind === "org" && projects)) &&
            m.start === cell.start &&
            m.end === cell.start + own.length
          ),
      );
      const ev = pushEvent(
        an,
        cell.start,
        cell.start + own.length,
        sentenceAt(an, cell.start),
        type,
      );
      if (other) an.names.get(ev.ref)?.add(other);
      const d = date && findDates(an.text, date.start, date.end, refYear)[0];
      if (d && !ev.date) ev.date = d.date;
      if (!ev.date && grants) {
        const months = DURATION_CELL.exec(
          row.cells[columnOf(table, /^(?:duration|length|months)\b/i)]?.text ?? "",
        );
        undated.push({ ev, months: months ? Number(months[1]) : undefined });
      }
    }
  }
  // ("All projects start on 1 August 2024": the day a table's undated projects start, and
  // with their duration in months, the month they end.)
  const start = ALL_START.exec(an.text);
  const begins =
    start &&
    findDates(
      an.text,
      start.index + start[0].length,
      start.index + start[0].length + 40,
      refYear,
    )[0];
  const day = begins && !begins.date.end ? begins.date.start : undefined;
  if (day)
    for (const { ev, months } of undated) {
      const end = months && day.length >= 7 ? addMonths(day.slice(0, 7), months - 1) : undefined;
      ev.date = end ? { start: day.slice(0, 7), end } : { start: day };
    }
}

/**
 * A cell of a grants table that says what the grant pays for rather than naming a project:
 * five words or more, joined by English prepositions, whose longer words after the first are
 * mostly lower-case ("Rainwater tanks and gutters for two clinics", "A cold room at the fish
 * market"); a project's name capitalises its words ("Safe Water for Mosul Schools").
 */
function describesWork(name: string): boolean {
  const words = name.split(/\s+/);
  // (Sentence case is how French and Spanish write names: "Miel de la paix".)
  if (words.length < 5 || !/\s(?:and|for|at|in|with|to|on)\s/.test(name)) return false;
  const long = words.slice(1).filter((w) => /^\p{L}[\p{L}'’-]{3,}/u.test(w));
  const capitals = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitals * 2 < long.length;
}

/** A bracket at a cell's end that holds a title of two to six words: a name's gloss. */
const GLOSS_AT_END = /\s\((\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){1,5})\)\s*$/u;

/**
 * The document's first event that no row of a grant table names: a grant table's projects are
 * its rows' items, not what the page is about.
 */
function firstOutsideGrantRows(an: DocAnalysis): LocalEvent | undefined {
  const grantRows = new Set(
    tablesOf(an.seg.lines)
      .filter((t) => isGrantTable(t) && t.rows.length >= 2)
      .flatMap((t) => t.rows.map((r) => r.line.start)),
  );
  const inGrantRow = (e: LocalEvent): boolean =>
    grantRows.has(an.seg.lines[an.seg.sentences[e.sentence]?.line ?? -1]?.start ?? -1);
  return an.events.filter((e) => !inGrantRow(e)).sort((a, b) => a.sentence - b.sentence)[0];
}

/** A cell giving a duration in months: "18 months". */
const DURATION_CELL = /^(\d{1,2})\s+months?$/i;
/** "All projects start on ", "The initiatives will begin in ". */
const ALL_START =
  /\b(?:all|the)\s+(?:(?:selected|funded|new)\s+)?(?:projects|initiatives|grants)\s+(?:will\s+)?(?:start|starts|begin|begins|commence|commences|run\s+from)\s+(?:on\s+|in\s+|from\s+)?/i;

/** "2024-08" plus 17 months: "2026-01". */
function addMonths(month: string, n: number): string {
  const [y = 0, m = 1] = month.split("-").map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
}

const OPEN_VERBS = new Set([
  "opened",
  "opens",
  "inaugurated",
  "inaugurates",
  "reopened",
  "unveiled",
]);
/** Places and services that open: "a new trauma care unit", "the rehabilitated health centre". */
const OPENED_THINGS =
  /^(?:unit|ward|centre|center|clinic|hospital|school|office|shelter|library|space|hub|branch|facility|laboratory|lab|museum|archive|market|station|kitchen|park|garden|bridge|road)$/;

/**
 * "The hospital opened a new trauma care unit on Sunday": the opening is an event of the
 * document ("opening of the trauma care unit"), dated by its sentence.
 */
function openings(an: DocAnalysis): void {
  an.sentTokens.forEach(([from, to], si) => {
    for (let i = from; i < to; i++) {
      const t = an.tokens[i];
      if (!t || !OPEN_VERBS.has(t.text)) continue;
      const det = an.tokens[i + 1]?.text ?? "";
      if (!/^(?:a|an|the|its|their|his|her)$/i.test(det)) continue;
      let k = i + 2;
      while (k < to && k - i <= 6 && /^\p{Ll}[\p{Ll}-]*$/u.test(an.tokens[k]?.text ?? "")) {
        if (OPENED_THINGS.test(an.tokens[k]?.text ?? "")) break;
        k++;
      }
      const noun = an.tokens[k];
      if (!noun || !OPENED_THINGS.test(noun.text)) continue;
      if (an.mentions.some((m) => m.kind === "event" && m.start < noun.end && m.end > t.start))
        continue;
      const what = an.text
        .slice(an.tokens[i + 2]?.start ?? noun.start, noun.end)
        .replace(/^(?:new|newly built|rehabilitated|renovated|first)\s+/, "");
      const ev = pushDescribed(an, t.start, noun.end, si, "launch");
      an.names.get(ev.ref)?.add(`opening of the ${what}`);
    }
  });
}

const COUNTED_EVENTS =
  /\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|2|3|4|5)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+)s\b/u;
const ORDINAL_PART =
  /\b(?:the\s+)?(?:first|second|third|fourth|fifth|last|other)\b(?:\s+(?:one|session|meeting|workshop))?/g;

/**
 * "Two dialogue sessions took place: the first in the Shorja quarter on 3 June and the second
 * in Rahimawa on 10 June": each ordinal part is an event of the counted kind, named by its
 * place ("session in Shorja") and dated by its own date.
 */
function countedEvents(an: DocAnalysis): void {
  an.seg.sentences.forEach((s, si) => {
    const body = an.text.slice(s.start, s.end);
    const counted = COUNTED_EVENTS.exec(body);
    const type = counted ? typeOf(counted[1] ?? "") : undefined;
    if (!counted || !type) return;
    const after = counted.index + counted[0].length;
    const parts = [...body.slice(after).matchAll(ORDINAL_PART)].map((m) => after + (m.index ?? 0));
    if (parts.length < 2) return;
    parts.forEach((at, k) => {
      const end = parts[k + 1] ?? body.length;
      const part = body.slice(at, end);
      const place = /\bin\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u.exec(part);
      const placeName = place?.[1];
      if (!place || !placeName) return;
      const pStart = s.start + at + place.index + place[0].length - placeName.length;
      const pEnd = pStart + placeName.length;
      if (an.mentions.some((m) => m.kind === "event" && m.start < pEnd && m.end > pStart)) return;
      // The place stays no body: its mention names the event now.
      an.mentions = an.mentions.filter((m) => !(m.start >= pStart && m.end <= pEnd));
      const ev = pushDescribed(an, pStart, pEnd, si, type);
      an.names.get(ev.ref)?.add(`${counted[1] ?? "event"} in ${placeName}`);
      const date = findDates(an.text, s.start + at, s.start + end, an.seg.date?.date.start)[0];
      if (date) ev.date = date.date;
    });
  });
}

/** "X launched (in January 2015) the Y": the launch of a named body is an event. */
function launches(an: DocAnalysis): void {
  an.sentTokens.forEach(([from, to], si) => {
    for (let i = from; i < to; i++) {
      const t = an.tokens[i];
      if (!t || !LAUNCH_VERBS.has(t.text)) continue;
      const limit = an.tokens[Math.min(to - 1, i + 10)]?.end ?? t.end;
      const org = an.mentions.find((m) => m.kind === "org" && m.start > t.end && m.end <= limit);
      // "was launched by X", "established by X": X is the agent, not the body launched.
      if (an.tokens[i + 1]?.text === "by") continue;
      // ("X, which was founded in 2011 by women from Y": the body's own founding, long ago.)
      if (
        /^(?:founded|established)$/.test(t.text) &&
        /^(?:was|were|been|is)$/.test(an.tokens[i - 1]?.text ?? "")
      )
        continue;
      if (!org || /[.;,]/.test(an.text.slice(t.end, org.start).replace(/\b\d{1,2},\s*\d{4}/g, "")))
        continue;
      // ("was launched in May 2024 by X": a date or place, then the agent.)
      if (/\bby\s+(?:the\s+)?$/.test(an.text.slice(t.end, org.start))) continue;
      // ("launched the Clean Shores project with the X Union": the project was launched.)
      if (an.mentions.some((m) => m.kind === "event" && m.start >= t.end && m.end <= org.start))
        continue;
      const ev = pushEvent(an, t.start, org.end, si, "launch");
      an.names.get(ev.ref)?.add(`Launch of the ${an.text.slice(org.start, org.end)}`);
    }
  });
}

/** "two-day", "3-day", "week-long": a duration that introduces an event of its own. */
const DURATION_RE =
  /^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-(?:day|week|month|hour)s?|week-long|day-long|month-long|half-day|full-day)$/i;
/** Cue nouns that name a thing as often as an event ("a platform for", "a dialogue between"). */
const AMBIGUOUS_HEADS = new Set(["platform", "dialogue", "course", "opening", "closure", "series"]);
/** Prepositions that open the part of a described event's name after its head noun. */
const NAME_PREPS = /^(?:of|in|between|for|on|within|about|with|against|among|under)$/;
const MONTH_WORD =
  /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)$/;
const DAY_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|last|next)$/;
const WH_WORDS = new Set(
  "how what why whether whose whom if followed began started ended continued came opened closed concluded attracted drew gathered brought featured included".split(
    " ",
  ),
);
/** Words that announce a title ("under the title", "with the theme"). */
const TITLE_WORDS = new Set(["title", "theme", "heading", "slogan", "motto", "name"]);
/** Words after which a described event's name stops: a date, a clause, a place of time. */
/** What follows a verb that ends a name: its object's determiner or number, or "by". */
const VERB_OBJECT_START =
  /^(?:the|a|an|by|its|their|more|over|some|all|about|nearly|almost|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|dozens)$/i;

function endsName(w: string, next: string): boolean {
  if (STOP.has(w) || /^\d/.test(w) || MONTH_WORD.test(w) || WH_WORDS.has(w) || DAY_WORD.test(w))
    return true;
  if (w === "on" && DAY_WORD.test(next)) return true;
  // ("a training for relays prepared sixty volunteers": a verb and its object end the name.)
  if (/\p{Ll}ed$/u.test(w) && VERB_OBJECT_START.test(next)) return true;
  if (/^(?:on|from|at|since|until|last|next|this|during)$/.test(w) && /^(?:\d|the\s)/.test(next))
    return true;
  return (
    /^(?:on|from|last|next|this|during)$/.test(w) && (MONTH_WORD.test(next) || /^\d/.test(next))
  );
}

/**
 * "is funding the Programme", "This Conference calls on": a formal text's capitalised noun
 * after "the" or "this", outside any name, refers to its named event of that type.
 */
function capitalisedReference(an: DocAnalysis, i: number, si: number): void {
  const t = an.tokens[i];
  const before = an.tokens[i - 1]?.text ?? "";
  const next = an.tokens[i + 1]?.text ?? "";
  if (!t || !/^(?:the|this|The|This)$/.test(before) || /^\p{Lu}/u.test(next)) return;
  const type = typeOf(t.text);
  if (!type || t.text.endsWith("s")) return;
  if (an.mentions.some((m) => t.start >= m.start && t.end <= m.end)) return;
  if (!an.events.some((e) => e.type === type && !e.described)) return;
  an.references.push({ start: t.start, end: t.end, sentence: si, type });
}

/** After a name and its comma: "the Foundation's 2024–2027 programme", "its flagship project". */
const OWNED_PROJECT_AFTER =
  /^,\s+(?:(?:the|The)\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+['’]s|its|our|their|the|an?)\s+(?:[\p{L}\d–-]+\s+){0,4}?(project|programme|program|initiative|campaign)\b(?!\s+(?!(?:for|on|in|to|of|with|against|that|which|across|through|about|aimed|run|led|funded)\b)\p{Ll})(?![-\p{L}'’])/u;
/** Lower-case words that may stand inside a programme's name ("Peace from Below"). */
const NAME_INNER = new Set([
  "from",
  "to",
  "for",
  "of",
  "the",
  "and",
  "with",
  "in",
  "on",
  "beyond",
  "without",
  "de",
  "la",
  "del",
  "con",
  "y",
]);

/**
 * "under Peace from Below, the Foundation's 2024–2027 programme for …", "Voices Rising, the
 * Trust's flagship programme": the name before the comma is the programme's.
 */
function namedByApposition(an: DocAnalysis): void {
  const { tokens, text } = an;
  an.sentTokens.forEach(([from, to], si) => {
    for (let c = from + 1; c < to; c++) {
      if (tokens[c]?.text !== ",") continue;
      const m = OWNED_PROJECT_AFTER.exec(
        text.slice(tokens[c]?.start ?? 0, (tokens[c]?.start ?? 0) + 120),
      );
      if (!m?.[1]) continue;
      let first = c;
      while (first > from) {
        const w = tokens[first - 1]?.text ?? "";
        const capital = /^\p{Lu}/u.test(w);
        if (!capital && !(NAME_INNER.has(w) && /^\p{Lu}/u.test(tokens[first - 2]?.text ?? "")))
          break;
        first--;
      }
      while (
        first < c &&
        (NAME_INNER.has(tokens[first]?.text ?? "") ||
          (first === from &&
            /^(?:The|A|An|This|In|On|At|For|With|Under|Through|By)$/.test(
              tokens[first]?.text ?? "",
            )))
      )
        first++;
      // ("goes to MWDC for Thozhi, a project": a body before the connector is no part of it.)
      const inner = an.mentions.filter(
        (x) =>
          x.kind !== "event" &&
          x.start >= (tokens[first]?.start ?? 0) &&
          x.end < (tokens[c - 1]?.end ?? 0),
      );
      const lastBody = inner[inner.length - 1];
      if (lastBody) {
        while (first < c && (tokens[first]?.start ?? 0) < lastBody.end) first++;
        while (first < c && NAME_INNER.has(tokens[first]?.text ?? "")) first++;
      }
      const startTok = tokens[first];
      const endTok = tokens[c - 1];
      if (!startTok || !endTok || first >= c) continue;
      const name = text.slice(startTok.start, endTok.end);
      const words = name.split(/\s+/);
      if (
        words.some((w) => ORG_HEADS.has(w) && !/^(?:Programme|Program|Project)$/.test(w)) ||
        isAcronym(name) ||
        gazetteerLabel(name) ||
        isPlace(name) ||
        // (An event read inside the name, "Dignity" of "Return with Dignity", gives way.)
        an.mentions.some(
          (x) =>
            x.kind === "event" &&
            x.start < endTok.end &&
            x.end > startTok.start &&
            (x.start < startTok.start ||
              x.end > endTok.end ||
              (x.start === startTok.start && x.end === endTok.end)),
        )
      )
        continue;
      const ev = pushEvent(an, startTok.start, endTok.end, si, typeOf(m[1]) ?? "project");
      // (Recognition may have read the name, or a part, as a person, a body or an event: it is
      // the programme's.)
      an.mentions = an.mentions.filter(
        (x) => x.ref === ev.ref || x.end <= startTok.start || x.start >= endTok.end,
      );
      // The noun of the apposition refers to it (no description of another programme).
      const nounEnd = (tokens[c]?.start ?? 0) + m[0].length;
      an.references.push({
        start: nounEnd - m[1].length,
        end: nounEnd,
        sentence: si,
        type: ev.type,
      });
    }
  });
}

/**
 * "at the Civic Resilience Fund grantee convening in Amman on 11–13 June", "the UNICEF
 * workshop on 4 May": a body's name, perhaps lower-case modifiers, then an event noun, after
 * "the": the body's own event, a new one where the sentence dates it right after or the
 * document has no other of its kind (otherwise "the UNICEF workshop" refers to that one).
 */
function ownedEvents(an: DocAnalysis): void {
  const { tokens, text } = an;
  const orgEnds = new Map<number, Mention>();
  for (const m of an.mentions) if (m.kind === "org") orgEnds.set(m.end, m);
  an.sentTokens.forEach(([from, to], si) => {
    for (let i = from + 1; i < to; i++) {
      const t = tokens[i];
      if (!t || !isLowerInitial(t.text) || t.text.endsWith("s")) continue;
      const type = typeOf(t.text);
      // ("the SLP-BY programme", "the Tamkeen project": a project's noun after its own name.)
      if (!type || type === "project" || type === "programme" || typeOf(tokens[i + 1]?.text ?? ""))
        continue;
      let first = i;
      while (
        first > from &&
        i - first < 3 &&
        /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[first - 1]?.text ?? "")
      ) {
        const w = tokens[first - 1]?.text ?? "";
        // (Verbs and adverbs are no modifiers: "the X Society facilitated every session".)
        if (
          STOP.has(w) ||
          DETERMINERS.has(w) ||
          /^(?:of|in|on|for|at|from|to|by|and|or|a|an|every|each|all|some|any|its|their|his|her)$/.test(
            w,
          ) ||
          /(?:ed|ly)$/.test(w)
        )
          break;
        first--;
      }
      const owner = orgEnds.get(tokens[first - 1]?.end ?? -1);
      if (
        !owner ||
        !/\b(?:the|The)\s+$/.test(text.slice(Math.max(0, owner.start - 5), owner.start))
      )
        continue;
      if (an.mentions.some((m) => m.kind === "event" && m.start < t.end && m.end > owner.start))
        continue;
      const s = an.seg.sentences[si];
      // (Within the phrase: not the next cell of a table's row.)
      const stop = Math.min(s?.end ?? t.end, t.end + 60);
      const cell = /[|\n]/.exec(text.slice(t.end, stop));
      const datedAfter = !!s && findDates(text, t.end, cell ? t.end + cell.index : stop).length > 0;
      if (!datedAfter && an.events.some((e) => e.type === type && !e.described)) continue;
      const start = tokens[first]?.start ?? t.start;
      const ev = pushEvent(an, start, t.end, si, type);
      an.names.get(ev.ref)?.add(text.slice(owner.start, t.end));
    }
  });
}

/**
 * Lower-case cue nouns. Numbered, dated and indefinite ones ("a writing workshop for
 * reporters", "a two-day training", "the third conference of X", "a 2009 seminar") introduce
 * an event of their own; definite ones ("the workshop") refer to one already introduced.
 */
function descriptions(an: DocAnalysis): LocalEvent[] {
  const found: LocalEvent[] = [];
  const { tokens, text } = an;
  an.sentTokens.forEach(([from, to], si) => {
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      if (!t) continue;
      if (!isLowerInitial(t.text)) {
        capitalisedReference(an, i, si);
        continue;
      }
      if (pluralReference(an, from, i, si)) continue;
      const type = adjectival(t.text, tokens[i + 1]?.text, tokens[i - 1]?.text)
        ? undefined
        : (typeOf(t.text) ?? compoundType(tokens[i - 1]?.text, t.text));
      if (!type || (t.text.endsWith("s") && t.text !== "series")) continue;
      // "youth dialogue forum": only the last cue noun of a compound heads it.
      // ("a beach clean-up day": so does the head of a compound it modifies.)
      if (
        (typeOf(tokens[i + 1]?.text ?? "") || compoundType(t.text, tokens[i + 1]?.text ?? "")) &&
        isLowerInitial(tokens[i + 1]?.text ?? "")
      )
        continue;
      // ("the Council's project approval procedure", "the training materials": a cue noun that
      // modifies a noun after it names no event.)
      if (COMPOUND_TAILS.has(tokens[i + 1]?.text ?? "")) continue;
      if (
        an.mentions.some((m) => m.kind === "event" && t.start >= m.start && t.end <= m.end) ||
        an.references.some((r) => t.start >= r.start && t.end <= r.end)
      )
        continue;
      let j = i - 1;
      let ordinal: string | undefined;
      let year: number | undefined;
      let duration = false;
      let det = "";
      while (j >= from && i - j <= 6) {
        const w = tokens[j]?.text ?? "";
        if (ORDINALS.has(w.toLowerCase())) ordinal = w.toLowerCase();
        else if (/^(?:19|20)\d\d$/.test(w)) year = Number(w);
        else if (DURATION_RE.test(w)) duration = true;
        else if (DETERMINERS.has(w.toLowerCase()) || /^an?$/i.test(w)) {
          det = w;
          break;
        } else if (
          !/^\p{Ll}[\p{Ll}-]*$/u.test(w) ||
          STOP.has(w) ||
          /^(?:of|in|on|for|at|from|to|by)$/.test(w)
        )
          break;
        j--;
      }
      const first = j + 1;
      const startTok = tokens[first];
      if (!startTok) continue;
      // "a legal literacy course", "a national dialogue": modifiers make an ambiguous noun an event.
      const modified = first < i && MODIFIABLE_HEADS.has(t.text);
      // ("a dialogue with the camp committees on 18 March": a complement and a date too.)
      const complemented =
        t.text !== "platform" && NAME_PREPS.test(tokens[i + 1]?.text ?? "") && dated(an, si);
      const indefinite =
        (!AMBIGUOUS_HEADS.has(t.text) || duration || modified || complemented) &&
        !ordinal &&
        year === undefined &&
        (/^an?$/i.test(det) || (duration && !DETERMINERS.has(det.toLowerCase())));
      // "a workshop entitled “X”", "a forum, “X”": the title names it, not the description.
      // "a campaign, Derna Deserves the Truth,", "a project called Safe Roads": the name after
      // the noun is the event's.
      if (indefinite && namedAfter(an, i, to, si, type)) continue;
      const titledAfter = tokens
        .slice(i + 1, i + 6)
        .some((x) => TITLE_CUES.has(x.text) || TITLE_WORDS.has(x.text) || /^["“]$/.test(x.text));
      // "The inauguration of the Nyalenda shelter was led by …": a definite description with a
      // complement of its own, before any event of its type, introduces its event.
      // "The participatory mapping workshop was organised by …", "The seed fair, held on …":
      // a modified definite description that a predicate tells as happening does too.
      const toldModified = first < i && TOLD_AS_HAPPENING.test(text.slice(t.end, t.end + 90));
      const introduced =
        !indefinite &&
        !ordinal &&
        year === undefined &&
        /^(?:the|The)$/.test(det) &&
        ((first === i && /^(?:of|for|on|between|among|against)$/.test(tokens[i + 1]?.text ?? "")) ||
          toldModified) &&
        // (A session or panel is a part of a larger event; "since the signing of X" recalls one.)
        !/^(?:session|panel|plenary)$/.test(t.text) &&
        !/^(?:since|after|before|following|until|till|prior)$/i.test(tokens[i - 2]?.text ?? "") &&
        (!AMBIGUOUS_HEADS.has(t.text) || complemented || toldModified) &&
        firstOfType(an, i, to, type);
      // ("The X workshop was the second annual gathering of the Y project": a predicate says
      // what the event before the verb is; it names no other.)
      const detTok = tokens[j];
      if (
        detTok &&
        (ordinal || year || indefinite) &&
        COPULA_AFTER_EVENT.test(text.slice(Math.max(0, detTok.start - 16), detTok.start)) &&
        an.mentions.some(
          (m) =>
            m.kind === "event" &&
            /^(?:\s+(?:on|in|at)\s+[^,.;]{1,30}?)?\s+(?:is|was|will\s+be|has\s+been)\s+(?:also\s+)?$/.test(
              text.slice(m.end, detTok.start),
            ),
        )
      )
        continue;
      if ((ordinal || year || indefinite || introduced) && !(indefinite && titledAfter)) {
        let k = i + 1;
        // ("a dialogue with the Basra Women Network", "a training session with Omar Saleh": who
        // it was held with takes part in it; they are no part of its name.)
        const withName =
          tokens[k]?.text === "with" &&
          /^\p{Lu}/u.test(tokens[tokens[k + 1]?.text === "the" ? k + 2 : k + 1]?.text ?? "");
        if (NAME_PREPS.test(tokens[k]?.text ?? "") && !withName) {
          k++;
          // ("a dialogue between farmers and district officials": "between" takes its "and".)
          const between = tokens[i + 1]?.text === "between";
          let pairs = 0;
          while (k < to && k - i <= 9 && /[\p{L}\p{N}’']/u.test(tokens[k]?.text ?? "")) {
            const w = tokens[k]?.text ?? "";
            const paired = between && w === "and" && pairs++ === 0;
            if (!paired && endsName(w, tokens[k + 1]?.text ?? "")) break;
            k++;
          }
        }
        while (
          k > i + 1 &&
          /^(?:of|in|between|for|on|within|about|with|against|among|under|the|a|an|and|its|their)$/.test(
            tokens[k - 1]?.text ?? "",
          )
        )
          k--;
        let end = tokens[k - 1]?.end ?? t.end;
        // "the third seminar within the programme “X”": the title completes the name.
        const titled = typeOf(tokens[k - 1]?.text ?? "")
          ? /^\s+[“"][^”"\n]{2,120}[”"]/.exec(text.slice(end, end + 130))
          : null;
        if (titled && k > i + 1) end += titled[0].length;
        // "the third workshop of the series": a number alone names no event; a name, a
        // title or a date in the sentence does.
        const named =
          indefinite ||
          (introduced && (k > i + 2 || toldModified)) ||
          year !== undefined ||
          (titled && k > i + 1) ||
          tokens.slice(i + 1, k).some((x) => /^\p{Lu}/u.test(x.text)) ||
          findDates(text, an.seg.sentences[si]?.start, an.seg.sentences[si]?.end).length > 0 ||
          // ("The second session, hosted by X, brought together …": told as it happened.)
          (ordinal !== undefined &&
            ordinal !== "annual" &&
            HAPPENED.test(text.slice(t.end, an.seg.sentences[si]?.end ?? t.end)));
        if (!named) {
          if (introduced)
            an.references.push({ start: startTok.start, end: t.end, sentence: si, type });
          continue;
        }
        // "implementing a project": a bare noun introduces an event only where the sentence
        // dates it or the document has no other event of its kind.
        const bare = indefinite && k === i + 1 && first === i;
        // "Green Canals, a water-sharing project,": an apposition describes the name.
        // ("Finally, an exhibition …" opens a clause: the word before the comma is no name.)
        // ("Organised by the X Forum, a one-day conference …": a body before the comma is the
        // agent of a fronted participle, not a name the description describes.)
        // (Markdown emphasis may close the name: "**Digital Rights School**, a programme".)
        let bc = first - 3;
        while (bc > from && /^[*_]+$/.test(tokens[bc]?.text ?? "")) bc--;
        const beforeComma = tokens[bc];
        // ("the first Kalilintad Café, an open dialogue on …": after an ordinal, a name read as a
        // body's or a person's is the event its apposition describes.)
        const numberedBody =
          indefinite && tokens[first - 2]?.text === "," && bc > from
            ? an.mentions.find(
                (m) =>
                  (m.kind === "org" || m.kind === "person") &&
                  beforeComma &&
                  m.end === beforeComma.end &&
                  ORDINAL_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)),
              )
            : undefined;
        if (numberedBody) bodyToEvent(an, numberedBody, type);
        const appositive =
          indefinite &&
          tokens[first - 2]?.text === "," &&
          bc > from &&
          /^\p{Lu}/u.test(beforeComma?.text ?? "") &&
          !an.mentions.some((m) => m.kind !== "event" && beforeComma && m.end === beforeComma.end);
        // "A session on X was chaired by Y" in a conference's report: part of the conference.
        const partOfConference =
          indefinite &&
          /^(?:session|panel|plenary)$/.test(t.text) &&
          an.events.some((e) => e.type === "conference" && !e.described);
        if (
          appositive ||
          partOfConference ||
          (indefinite &&
            !dated(an, si) &&
            (bare || an.events.some((e) => e.type === type && !e.described))) ||
          (indefinite &&
            (type === "project" || type === "programme") &&
            an.events.some((e) => !e.described))
        ) {
          an.references.push({ start: startTok.start, end: t.end, sentence: si, type });
          continue;
        }
        // "A campaign against evictions in Beirut, Stay Home Beirut, held …": the name set
        // after the description names the event.
        const title = indefinite ? NAME_AFTER_DESCRIPTION.exec(text.slice(end, end + 90)) : null;
        if (title?.[1]) {
          const at = end + title[0].indexOf(title[1]);
          found.push(pushEvent(an, at, at + title[1].length, si, type));
          continue;
        }
        // ("A follow-up meeting is planned to review progress": another one, undated and
        // unnamed, is no event to show.)
        if (indefinite && !dated(an, si) && ANOTHER_EVENT.test(text.slice(startTok.start, t.end)))
          continue;
        const ev =
          indefinite || introduced
            ? pushDescribed(an, startTok.start, end, si, type)
            : pushEvent(an, startTok.start, end, si, type, { ordinal, year });
        found.push(ev);
      } else if (
        /^(?:the|its|their|our|his|her)$/i.test(det) &&
        /^(?:project|programme|program|campaign|initiative)$/.test(t.text) &&
        namedDirectly(an, i, to, si, type)
      ) {
        continue;
      } else if (det && !/^an?$/i.test(det)) {
        // ("a dialogue", undated and unnamed: a new thing, not a reference to one told before.)
        an.references.push({ start: startTok.start, end: t.end, sentence: si, type });
      }
    }
  });
  return found;
}

/**
 * Whether the event noun at token i is the first of its type in the document, and what follows
 * it ("of the Nyalenda shelter") names no event or body of its own type: "the opening of the
 * conference" is part of the conference, "the workshop" after a workshop refers to it.
 */
function firstOfType(an: DocAnalysis, i: number, to: number, type: EventType): boolean {
  const t = an.tokens[i];
  if (!t) return false;
  // (Events told before it; of the catch-all type, only those called by the same noun: a
  // signing told before is no planting day.)
  const ofType = an.events.filter((e) => e.type === type);
  if (ofType.length) {
    // (One pass over the mentions, not one per event.)
    const told = new Set<string>();
    for (const m of an.mentions) if (m.start < t.start) told.add(m.ref);
    const sameNoun = (e: LocalEvent): boolean =>
      type !== "other" ||
      [...(an.names.get(e.ref) ?? [])].some((n) => n.toLowerCase().split(/\s+/).includes(t.text));
    if (ofType.some((e) => told.has(e.ref) && sameNoun(e))) return false;
  }
  const after = an.tokens.slice(i + 1, Math.min(to, i + 8));
  if (after.some((x) => typeOf(x.text))) return false;
  const end = after[after.length - 1]?.end ?? t.end;
  return !an.mentions.some((m) => m.kind === "event" && m.start >= t.end && m.start < end);
}

/** A project's noun just before its name: "the project ", "The programme ". */
const PROJECT_NOUN_BEFORE =
  /\b(?:the|The|a|A|its|their|our|Our)\s+(?:(?:new|joint|regional|national|pilot|EU-funded|three-year|two-year)\s+)?(project|programme|program)\s+$/;

/**
 * "the project Civil Society for Inclusive Social Services (CSISS)", "The programme Youth
 * Employment Services Initiative": a name set right after "the project" is the project's,
 * whatever head noun it ends on.
 */
function projectsNamedAfterNoun(an: DocAnalysis): void {
  for (const m of [...an.mentions]) {
    if (m.kind !== "org" || gazetteerLabel(an.text.slice(m.start, m.end))) continue;
    const noun = PROJECT_NOUN_BEFORE.exec(an.text.slice(Math.max(0, m.start - 40), m.start));
    if (!noun) continue;
    const old = m.ref;
    const type = noun[1] === "project" ? "project" : "programme";
    bodyToEvent(an, m, type);
    // (Its acronym, "(CSISS)", names the project too.)
    for (const [a, b] of an.links) {
      const other = a === old ? b : b === old ? a : undefined;
      const short = other && an.mentions.find((x) => x.ref === other && x.kind === "org");
      if (!short) continue;
      bodyToEvent(an, short, type);
      an.links.push([m.ref, short.ref]);
    }
  }
}

/** An ordinal before a name: "the first ", "its 3rd ", "the inaugural ". */
const ORDINAL_BEFORE =
  /\b(?:the|its|our|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|inaugural)\s+$/i;

/** Every mention of the body (or person) `m` names an event of `type` instead. */
function bodyToEvent(an: DocAnalysis, m: Mention, type: EventType): void {
  const old = m.ref;
  const name = an.text.slice(m.start, m.end);
  const ref = eventRef(an, name);
  for (const x of an.mentions)
    if (x.ref === old) {
      x.kind = "event";
      x.ref = ref;
      addName(an, ref, an.text.slice(x.start, x.end));
    }
  if (!an.events.some((e) => e.ref === ref)) an.events.push({ ref, type, sentence: m.sentence });
}

/** Nouns an event noun modifies ("project approval", "training materials", "meeting room"). */
const COMPOUND_TAILS = new Set(
  `approval approvals procedure procedures materials manual manuals room rooms hall venue
  participants report reports budget budgets cycle documents fees costs proposal proposals
  period cards notes agenda minutes modules module curriculum`.split(/\s+/),
);

/** Ambiguous cue nouns that a modifier before them makes an event ("a training course"). */
const MODIFIABLE_HEADS = new Set(["course", "dialogue"]);

/** The type of a compound event noun ("open day", "study visit", "mock trial"), if it is one. */
function compoundType(modifier: string | undefined, head: string): EventType | undefined {
  const entry = COMPOUND_EVENT_HEADS.get(head.toLowerCase());
  return entry && modifier && entry[0].has(modifier.toLowerCase())
    ? (entry[1] as EventType)
    : undefined;
}

/** Connectors allowed inside an unquoted title ("Derna Deserves the Truth"). */
const TITLE_CONNECTORS = new Set(["of", "the", "and", "for", "to", "in", "on", "a", "with", "&"]);

/**
 * "a campaign, X," / "a project called X": pushes X (capitalised words, connectors inside)
 * as the event the noun at `i` introduces; false when no such name follows.
 */
function namedAfter(an: DocAnalysis, i: number, to: number, si: number, type: EventType): boolean {
  const { tokens } = an;
  let k = i + 1;
  const cue = tokens[k]?.text ?? "";
  if (cue === "," || cue === "called" || cue === "named" || cue === "dubbed") k++;
  else return false;
  const first = k;
  if (!/^\p{Lu}/u.test(tokens[k]?.text ?? "")) return false;
  let last = k;
  while (k < to && k - first < 12) {
    const w = tokens[k]?.text ?? "";
    if (/^\p{Lu}/u.test(w)) last = k;
    else if (!TITLE_CONNECTORS.has(w)) break;
    k++;
  }
  const words = last - first + 1;
  const startTok = tokens[first];
  const endTok = tokens[last];
  if (!startTok || !endTok || words < 2) return false;
  // "a meeting, UNDP said": a name followed by a verb is the clause's subject.
  if (cue === "," && !/^[\s]*(?:[,(–—.;:]|$)/.test(an.text.slice(endTok.end, endTok.end + 2)))
    return false;
  if (
    an.mentions.some(
      (m) => m.kind !== "event" && m.start === startTok.start && m.end === endTok.end,
    )
  )
    return false;
  pushEvent(an, startTok.start, endTok.end, si, type);
  return true;
}

/** Lower-case words inside a project's name ("Vozes de Cabo Delgado", "Roads to School"). */
const NAME_CONNECTORS = new Set([...TITLE_CONNECTORS, "de", "del", "do", "da", "des", "du", "la"]);

/**
 * "the 24-month project Vozes de Cabo Delgado", "its programme Safe Futures": a name right
 * after a definite project noun is the project's, even where the name alone read as a body
 * (a name with no body's head word). Pushes it and returns true.
 */
function namedDirectly(
  an: DocAnalysis,
  i: number,
  to: number,
  si: number,
  type: EventType,
): boolean {
  const { tokens } = an;
  const first = i + 1;
  // ("About the project\n\nThe dialogue …": a heading's noun names nothing on the next line.)
  if (
    !/^\p{Lu}/u.test(tokens[first]?.text ?? "") ||
    /^(?:The|A|An|This|These|Its|It|In|On)$/.test(tokens[first]?.text ?? "") ||
    /\n/.test(an.text.slice(tokens[i]?.end ?? 0, tokens[first]?.start ?? 0))
  )
    return false;
  let last = first;
  for (let k = first; k < to && k - first < 8; k++) {
    const w = tokens[k]?.text ?? "";
    // ("its programme Safe Futures in Kenya": the place where it runs is no part of it.)
    if (w === "in" && isPlace(tokens[k + 1]?.text ?? "")) break;
    if (/^\p{Lu}/u.test(w)) last = k;
    else if (!NAME_CONNECTORS.has(w)) break;
  }
  const startTok = tokens[first];
  const endTok = tokens[last];
  if (!startTok || !endTok) return false;
  const words = tokens.slice(first, last + 1).map((x) => x.text);
  if (
    words.some((w) => ORG_HEADS.has(w) && !/^(?:Programme|Program|Project)$/.test(w)) ||
    isAcronym(words.join(" ")) ||
    gazetteerLabel(words.join(" "))
  )
    return false;
  // ("the project UNICEF funds": a known body or a person after the noun is the clause's.)
  const taken = an.mentions.filter(
    (m) => m.kind !== "event" && m.start < endTok.end && m.end > startTok.start,
  );
  if (taken.some((m) => m.start !== startTok.start || m.end !== endTok.end)) return false;
  // ("the three-year project Tejiendo Derechos": a name read as a person's is the project's
  // unless a verb follows it, "the project Ana Pop leads".)
  const verbAfter = /^\s+\p{Ll}+s\b/u.test(an.text.slice(endTok.end, endTok.end + 20));
  if (
    taken.some(
      (m) =>
        (m.kind !== "org" && (m.kind !== "person" || verbAfter)) ||
        gazetteerLabel(an.text.slice(m.start, m.end)) ||
        isAcronym(an.text.slice(m.start, m.end)),
    )
  )
    return false;
  const ev = pushEvent(an, startTok.start, endTok.end, si, type);
  // The name's other mentions in the document are the project's too; a part of it read as
  // a person's surname ("Derechos") names nothing.
  const refs = new Set(taken.map((m) => m.ref));
  const full = matchKey(words.join(" "));
  an.mentions = an.mentions.filter(
    (m) =>
      !refs.has(m.ref) || m.kind !== "person" || matchKey(an.text.slice(m.start, m.end)) === full,
  );
  for (const m of an.mentions)
    if (refs.has(m.ref)) {
      m.kind = "event";
      m.ref = ev.ref;
    }
  return true;
}

/** A predicate right after an event's noun that tells it as having happened. */
const TOLD_AS_HAPPENING =
  /^(?:\s+(?:was|were|had\s+been|has\s+been)\s+(?:jointly\s+|also\s+)?(?:co-)?(?:organi[sz]ed|held|convened|hosted|run|facilitated|chaired|opened|led|moderated|attended|conducted)\b|,\s+(?:jointly\s+)?(?:held|organi[sz]ed|convened|hosted|run|facilitated)\s+(?:on|from|in|at|by|between|over|jointly)\b|\s+(?:that|which)\s+[^.;]{0,50}?\b(?:convened|organi[sz]ed|held|hosted|ran|facilitated)\b|\s+(?:took\s+place|brought\s+together|gathered|drew|ran\s+from)\b)/;

/** A verb of telling just before a date: "told the agency on ", "said on ". */
const TOLD_ON =
  /\b(?:told|tells|said|says|stated|announced\s+to|confirmed\s+to)\b(?:\s+(?:the|a|an|its|reporters|journalists|\p{Lu}[\p{L}-]*|\(\p{Lu}{2,}\)|agency|press|media|news)){0,6}\s+(?:(?:on|last|this)\s+)?$/u;

/** Before the year a body was founded: "founded in ", "established in April ". */
const FOUNDED_IN =
  /\b(?:founded|established|created|formed|set\s+up|registered)\s+(?:in|on|since)\s+(?:\p{L}+\s+)?$/u;

/** A copula just before a description's determiner. */
const COPULA_AFTER_EVENT = /\b(?:is|was|will\s+be|has\s+been)\s+(?:also\s+)?$/;

const NAME_AFTER_DESCRIPTION =
  /^,\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|for|to|in|on|a)){1,7})\s*(?:,|\(|–|—)/u;

/** True when sentence `si` states a date. */
function dated(an: DocAnalysis, si: number): boolean {
  const s = an.seg.sentences[si];
  return !!s && findDates(an.text, s.start, s.end, an.seg.date?.date.start).length > 0;
}

/** Words before a plural event noun that point back at several events ("both", "these two"). */
const PLURAL_DET = /^(?:both|these|those|all|each|two|three|four|five|several|the)$/i;
const ANY_EVENT = /^(?:events|activities|sessions|meetings|gatherings)$/;

/**
 * "both meetings", "these events", "each of the three workshops": a reference to every event
 * of its type introduced before it (to every event, for "events" and "activities").
 */
function pluralReference(an: DocAnalysis, from: number, i: number, si: number): boolean {
  const t = an.tokens[i];
  if (!t || !t.text.endsWith("s") || t.text.length < 5) return false;
  const type = typeOf(t.text.slice(0, -1)) ?? (t.text === "activities" ? "other" : undefined);
  if (!type && !ANY_EVENT.test(t.text)) return false;
  const before = an.tokens.slice(Math.max(from, i - 3), i).map((x) => x.text.toLowerCase());
  const det = before.filter((w) => PLURAL_DET.test(w));
  if (!det.length || (det.length === 1 && det[0] === "the")) return false;
  an.references.push({
    start:
      an.tokens[i - before.length + before.findIndex((w) => PLURAL_DET.test(w))]?.start ?? t.start,
    end: t.end,
    sentence: si,
    type: type ?? "other",
    plural: ANY_EVENT.test(t.text) ? "any" : "type",
  });
  return true;
}

/** The events a plural reference points back at, in the order they were introduced. */
export function referents(an: DocAnalysis, r: EventReference): string[] {
  const pick = (seen: (m: Mention) => boolean): string[] => {
    const refs = new Set<string>();
    for (const m of an.mentions) if (m.kind === "event" && seen(m)) refs.add(m.ref);
    return an.events
      .filter((e) => refs.has(e.ref) && (r.plural === "any" || e.type === r.type))
      .map((e) => e.ref);
  };
  const before = pick((m) => m.start < r.start);
  // "have run two meetings: a conference …; a seminar …": the events follow the reference.
  return before.length > 0
    ? before
    : pick((m) => m.start > r.end && m.sentence >= 0 && m.sentence <= r.sentence + 3);
}

/** An event introduced by a description: its name belongs to its document alone. */
function pushDescribed(
  an: DocAnalysis,
  start: number,
  end: number,
  sentence: number,
  type: EventType,
): LocalEvent {
  const name = an.text.slice(start, end);
  const ref = `e:${an.id}#${matchKey(name)}`;
  an.mentions.push({ start, end, ref, kind: "event", sentence });
  addName(an, ref, name);
  let ev = an.events.find((e) => e.ref === ref);
  if (!ev) an.events.push((ev = { ref, type, sentence, described: true }));
  return ev;
}

/**
 * "Union opens youth forum in Sohar" over a body that names the "Open Doors"
 * forum: a headline event and the one named body event of its kind are the same event, unless
 * their dates differ. Numbered descriptions keep their own rule.
 */
/** Kinds of event one report may call by either name (a training told as a workshop). */
function akin(a: string, b: string): boolean {
  const learning = (t: string) => t === "training" || t === "workshop";
  return a === b || (learning(a) && learning(b));
}

function headlineToBody(an: DocAnalysis, main: LocalEvent, described: LocalEvent[]): void {
  // (Described events the document joined — a signing told twice — count once.)
  const describedOnly = an.events
    .filter((e) => e.described)
    .filter((e, i, all) => !all.slice(0, i).some((f) => linked(an, e, f)));
  const mainName = [...(an.names.get(main.ref) ?? [])].join(" ").toLowerCase();
  const unnumbered = ![...ORDINALS].some((o) => mainName.includes(o));
  // (Once the body has named the headline's event by its own noun, an event of another
  // named kind that the body describes is another event: a conference's pre-conference
  // workshop; "a public ceremony" may still be the headline's.)
  const namedInBody = an.links.some(([a, b]) => {
    const other = a === main.ref ? b : b === main.ref ? a : undefined;
    return !!other && an.events.find((e) => e.ref === other)?.type === main.type;
  });
  // The type the headline's own words give ("X opens a centre": an opening).
  // (Its noun ends the name or comes before its topic: "Conference Hall" is a venue.)
  const mainWords = mainName.split(/\s+/);
  const ownType =
    mainWords
      .map((w, k) =>
        k === mainWords.length - 1 || /^(?:on|for|of|in|with|about)$/.test(mainWords[k + 1] ?? "")
          ? typeOf(w)
          : undefined,
      )
      .find(Boolean) ??
    (/\b(?:opens?|opened|inaugurat\w+)\b/.test(mainName)
      ? "launch"
      : /\b(?:trains?|trained)\b/.test(mainName)
        ? "training"
        : undefined);
  // ("Near Voices: six stations receive grants" over a body that says "Near Voices was
  // adopted in 2023 …": a name the body uses too is its own event, never another name's.)
  const headline = an.seg.headline;
  const mainInBody = an.mentions.some(
    (m) =>
      m.ref === main.ref &&
      (!headline || m.start >= headline.end) &&
      an.seg.lines[an.seg.sentences[m.sentence]?.line ?? -1]?.kind === "body",
  );
  const same = an.events.filter(
    (e) =>
      e !== main &&
      !(mainInBody && !e.described) &&
      // (An event dated apart from the headline's is another one.)
      !(e.date && main.date && e.date.start !== main.date.start) &&
      !anotherEvent(an, e) &&
      ((e.type === main.type && e.type !== "other") ||
        (describedOnly.length === 1 &&
          e === describedOnly[0] &&
          !(namedInBody && e.type !== "other") &&
          // (A project's headline: a training it tells of is one of its activities.)
          !((main.type === "project" || main.type === "programme") && e.type !== main.type) &&
          // (An opening's headline and a training told "ahead of the opening" are two.)
          (e.type === "other" || !ownType || akin(e.type, ownType)))) &&
      (e.described || !described.includes(e) || (unnumbered && e.ordinal !== undefined)) &&
      !an.links.some(
        ([a, b]) => (a === main.ref && b === e.ref) || (b === main.ref && a === e.ref),
      ),
  );
  // An event of the headline's own type comes first ("conference" over a described session).
  const sameType = same.filter((e) => e.type === main.type && e.type !== "other");
  // (Names the document already joined — "the annual conference, titled “X”" — are one.)
  const pick = (sameType.length ? sameType : same).filter(
    (e, i, all) => !all.slice(0, i).some((f) => linked(an, e, f)),
  );
  const body = pick[0];
  if (pick.length !== 1 || !body) return;
  const s = an.seg.sentences[body.sentence];
  // (Undated yet, the headline's event of minutes or an event page is dated by the header's
  // "Date:" line.)
  const labelledDate =
    an.seg.date &&
    /\bdate\s*:\s*$/i.test(an.text.slice(Math.max(0, an.seg.date.start - 12), an.seg.date.start))
      ? an.seg.date.date
      : undefined;
  const mainDate = main.date ?? labelledDate;
  if (mainDate && s) {
    const dates = findDates(an.text, s.start, s.end, an.seg.date?.date.start);
    if (dates.length > 0 && !dates.some((d) => d.date.start === mainDate.start)) return;
  }
  an.links.push([main.ref, body.ref]);
}

/** The matching keys of the document's bodies. */
function orgKeys(an: DocAnalysis): Set<string> {
  return new Set(
    an.mentions.filter((m) => m.kind === "org").map((m) => matchKey(an.text.slice(m.start, m.end))),
  );
}

const lastWord = (name: string): string => (name.split(/\s+/).pop() ?? "").toLowerCase();

/** The last words of the document's bodies' names ("forum" for the X Lawyers Forum). */
function orgNouns(an: DocAnalysis): Set<string> {
  return new Set(
    an.mentions.filter((m) => m.kind === "org").map((m) => lastWord(an.text.slice(m.start, m.end))),
  );
}

const REFERENCE_DATES = new WeakMap<DocAnalysis, string | undefined>();

/**
 * The date that gives a year to "3 June" and a week to "on Tuesday": the dateline's, else
 * the year of the first date of the text that names a month (a newsletter without a dateline).
 */
function referenceDate(an: DocAnalysis): string | undefined {
  if (an.seg.date) return an.seg.date.date.start;
  if (REFERENCE_DATES.has(an)) return REFERENCE_DATES.get(an);
  // (Its year only: a weekday is read against a dateline, never against an event's date.)
  // A title's year comes first ("Annual Report 2023", "Newsletter – Spring 2022").
  const titled = an.seg.titles
    .map((l) => /\b((?:19|20)\d\d)\b/.exec(l.text)?.[1])
    .find((y) => y !== undefined);
  const first = findDates(an.text, 0, an.text.length).find((d) => d.date.start.length >= 7);
  const year = titled ?? first?.date.start.slice(0, 4);
  REFERENCE_DATES.set(an, year);
  return year;
}

/** A section heading's numbering or list mark ("2.", "II.", "##", "Day 2:"). */
const SECTION_MARK =
  /^\s*(?:#{1,6}\s*)?(?:[*_]{1,2})?(?:(?:\d{1,2}|[IVX]{1,4})[.)]\s+|[-*•]\s+|(?:Day|Stop|Part|Item|Agenda item|Point|Session)\s+\d{1,2}\s*[:.–—-]\s*)?(?:(?:[Ss]ide|SIDE|[Pp]arallel|PARALLEL)\s+(?:[Ee]vent|EVENT)\s*:\s*)?/u;
/** A heading that names only a part of the report's event ("OPENING SESSION", "Panel"). */
const PART_HEADING =
  /^(?:(?:opening|closing|plenary|parallel|breakout|final|high-level)\s+)?(?:session|panel|plenary|segment)$|^(?:(?:the\s+)?(?:full|detailed|draft|provisional|final|conference|event|workshop)\s+)?(?:programme|program|agenda|schedule)(?:\s+of\s+the\s+(?:day|event|conference|workshop))?$/i;
/** What separates a heading's event from its place and date ("Workshop – Erbil, 3 May"). */
const SECTION_SEPARATOR = /\s+[–—-]\s+|\s*[|:]\s+|,\s+(?=\d|\p{Lu})|\s+\(|\s+(?=(?:on|in)\s)/u;
const SECTION_WORDS = 8;

/**
 * Events that head sections of a report or newsletter: a heading line after the body has
 * begun, that names an event by its noun and gives a date ("1. Paralegal course – Port
 * Sudan, 14–15 May 2022", "## Roundtable with lawyers (Khartoum, 21 June)"). The section's
 * sentences speak of that event until the next such heading.
 */
/** "Day 2 – ", "Session 3: ": a programme's numbered part before its date. */
const DAY_LABEL = /^(?:Day|Session|Module|Week|Part)\s+\d{1,2}\s*[–—:|·.-]\s*/i;

function sectionEvents(an: DocAnalysis): void {
  const refYear = referenceDate(an);
  const found: { start: number; ref: string }[] = [];
  let bodySeen = false;
  const lines = an.seg.lines;
  lines.forEach((line, li) => {
    if (line.kind === "body" && bodySeen) runInHeading(line, li);
    if (line.kind === "body") bodySeen = true;
    if (!bodySeen || (line.kind !== "title" && line.kind !== "furniture")) return;
    const count = found.length;
    headingEvent(line, li);
    // ("8. RECOMMENDATIONS", "ANNEX: ORGANISATIONS REPRESENTED": a numbered heading or one in
    // capitals that heads no event ends the section before it.)
    const last = found[found.length - 1];
    if (
      found.length === count &&
      last?.ref &&
      // (After a grant card, any heading that is no card ends it.)
      (an.cards?.has(last.ref) ||
        /^\s*(?:#{1,6}\s*)?\d{1,2}[.)]\s+\p{Lu}/u.test(line.text) ||
        (/\p{Lu}{3,}/u.test(line.text) && !/\p{Ll}/u.test(line.text)))
    )
      found.push({ start: line.start, ref: "" });
  });
  /**
   * "Inception workshop, Blantyre (13 March 2025). The project was launched …": a paragraph
   * that opens on an event's name and its date in brackets, as a heading run into its text
   * (bold in the source), tells that event; the next paragraph is the main event's again.
   */
  function runInHeading(line: (typeof lines)[number], li: number): void {
    const m = RUN_IN_HEADING.exec(line.text);
    if (!m?.[1] || !m[2]) return;
    const name = m[1].replace(/,\s+\p{Lu}[\p{L}' -]*$/u, "");
    const words = name.split(/\s+/);
    const type = words
      .map((w) => w.replace(/[^\p{L}-]/gu, "").toLowerCase())
      .map((w, k, all) => typeOf(w) ?? typeOf(w.replace(/s$/, "")) ?? compoundType(all[k - 1], w))
      .filter(Boolean)
      .pop();
    const at = line.text.indexOf(m[2]);
    const date = findDates(line.text, at, at + m[2].length, refYear)[0];
    if (!type || !date || words.length > SECTION_WORDS) return;
    if (!headingSection(line.start, line.start + line.text.indexOf(name), name, type, date.date))
      return;
    const next = lines.slice(li + 1).find((l) => l.kind !== "blank");
    if (next) found.push({ start: next.start, ref: "" });
  }
  function headingEvent(line: (typeof lines)[number], li: number): void {
    // (A heading in capitals, "FIELD VISIT TO SAMANGAN", reads as furniture: it heads a
    // section when a date line stands under it.)
    let next = li + 1;
    while (lines[next]?.kind === "blank") next++;
    const under = lines[next];
    const capitals =
      line.kind === "furniture" &&
      under?.kind === "date" &&
      /\p{Lu}{2,}(?:\s+\p{Lu}[\p{Lu}'’-]*){1,}/u.test(line.text) &&
      !/\p{Ll}/u.test(line.text);
    if (!bodySeen || (line.kind !== "title" && !capitals)) return;
    // ("Table 3.1 Dialogue tables … (30/06/2025)": a caption heads a table, not a section.)
    if (PART_OR_CAPTION_LINE.test(line.text)) return;
    let mark = SECTION_MARK.exec(line.text)?.[0].length ?? 0;
    // ("Day 2 – Tuesday 19 November · Field day": a programme's numbered day, then its date.)
    const day = DAY_LABEL.exec(line.text.slice(mark));
    const dayDate = day
      ? findDates(line.text, mark + day[0].length, line.text.length, refYear)[0]
      : undefined;
    if (day && dayDate && dayDate.start <= mark + day[0].length + 1) mark += day[0].length;
    // "22.02.2024 – Market linkage fair brings 80 businesses to Zakho": a news list's item
    // opens on its date; the event is named before the headline's verb.
    const opening = findDates(line.text, mark, line.text.length, refYear)[0];
    const dash =
      opening && opening.start <= mark + 2
        ? /^\s*[–—:|·•-]\s+/.exec(line.text.slice(opening.end))
        : null;
    let datedItem = false;
    if (opening && dash) {
      mark = opening.end + dash[0].length;
      datedItem = true;
    }
    const rest = line.text.slice(mark);
    const verb = datedItem ? HEADLINE_VERB.exec(rest) : null;
    const cut = verb ?? SECTION_SEPARATOR.exec(rest);
    const name = (cut ? rest.slice(0, cut.index) : rest).replace(/[\s*_]+$/, "");
    const words = name.split(/\s+/);
    if (!/^\p{Lu}/u.test(name) || words.length > SECTION_WORDS) return;
    // (A part of the report's own event ends the section before it: what follows is the main
    // event's again.)
    if (PART_HEADING.test(name)) {
      found.push({ start: line.start, ref: "" });
      return;
    }
    // ("Surakshit Ghar – Safe Homes in Karnali" over a grant card: the card's project.)
    const card = grantCard(an, li);
    const cardStart = line.start + mark;
    const overlapping = (m: Mention): boolean =>
      m.kind !== "event" && m.start < cardStart + name.length && m.end > cardStart;
    // ("Radio Mkhonde – Budgets on Air": a name read as a body's that the card's text never
    // names again is the project's.)
    const headingOnly = (m: Mention): boolean =>
      m.kind === "org" &&
      !gazetteerLabel(an.text.slice(m.start, m.end)) &&
      !an.mentions.some((x) => x.ref === m.ref && !overlapping(x));
    if (card && an.mentions.filter(overlapping).every(headingOnly)) {
      an.mentions = an.mentions.filter((m) => !overlapping(m));
      const ev = headingSection(line.start, cardStart, name, "project", card.date);
      if (!ev) return;
      addName(an, ev.ref, line.text.slice(mark).replace(/[\s*_]+$/, ""));
      (an.cards ??= new Map()).set(ev.ref, card.grant);
      return;
    }
    const bare = words.map((w) => w.replace(/[^\p{L}-]/gu, ""));
    // ("SIDE EVENT: WOMEN MEDIATORS' BREAKFAST": the name after the label is an event's.)
    const sideEvent = /^[\s\d.)#*_]*(?:side|parallel)\s+event/i.test(line.text.slice(0, mark));
    const type =
      (sideEvent ? "meeting" : undefined) ??
      bare.map((w, k) => typeOf(w) ?? compoundType(bare[k - 1], w)).find(Boolean) ??
      // ("SDC DELEGATION VISITS GARDENS": a heading's verb may be the event's noun.)
      (capitals
        ? bare
            .map((w) => (/^VISITS?$/.test(w) ? "meeting" : typeOf(w.replace(/S$/, ""))))
            .find(Boolean)
        : undefined) ??
      // ("SRDO AND SACU SIGN MEMORANDUM OF UNDERSTANDING": a signing.)
      (bare.some((w) => SIGN_VERBS.has(w.toLowerCase())) &&
      bare.some((w) => SIGNED_THINGS.test(w.toLowerCase()) || /^MoU$/i.test(w))
        ? "other"
        : undefined);
    // (The date may stand on the line under the heading: "FIELD VISIT TO X" / "18 June 2024".)
    const date =
      findDates(an.text, line.start, line.end, refYear)[0] ??
      (under?.kind === "date" ? findDates(an.text, under.start, under.end, refYear)[0] : undefined);
    if (!type || !date) return;
    headingSection(line.start, line.start + mark, name, type, date.date);
  }
  /**
   * The event a heading names at `start` (the one read there already, if any), dated, opening
   * a section at `lineStart`.
   */
  function headingSection(
    lineStart: number,
    start: number,
    name: string,
    type: EventType,
    date?: EventDate,
  ): LocalEvent | undefined {
    // (Recognition may have read the heading's name as an event already: it heads the section.)
    const read = an.mentions.find(
      (m) => m.kind === "event" && m.start < start + name.length && m.end > start,
    );
    const ev = read
      ? an.events.find((e) => e.ref === read.ref)
      : pushEvent(an, start, start + name.length, sentenceAt(an, start), type);
    if (!ev) return undefined;
    if (date) ev.date ??= date;
    found.push({ start: lineStart, ref: ev.ref });
    return ev;
  }
  // One heading is a headline of a part; sections need two or more. (A part's section, ref "",
  // stands for the document's main event.)
  if (found.length >= 2 && found.some((f) => f.ref)) an.sections = found;
  // ("SRDO AND SACU SIGN MEMORANDUM" over "SRDO signed a memorandum with SACU": one signing.)
  found.forEach((f, k) => {
    const end = found[k + 1]?.start ?? an.text.length;
    for (const e of an.events)
      if (
        e.ref !== f.ref &&
        e.described &&
        (an.seg.sentences[e.sentence]?.start ?? -1) > f.start &&
        (an.seg.sentences[e.sentence]?.start ?? end) < end &&
        [...(an.names.get(e.ref) ?? [])].some((n) => /\bsign/i.test(n)) &&
        [...(an.names.get(f.ref) ?? [])].some((n) => /\bsign/i.test(n))
      )
        an.links.push([f.ref, e.ref]);
  });
}

/** A run-in heading: an event's name (and place), its date in brackets, a full stop, text. */
const RUN_IN_HEADING = /^\s*(\p{Lu}[^.()\n]{2,80}?)\s*\(([^()\n]{4,40})\)[.:]\s+\p{Lu}/u;

/** A grant card's label before its amount: "Grant: EUR 72 000", "Amount awarded: USD 9,000". */
const CARD_GRANT = /\b(?:Grant|Amount|Award|Budget|Funding)(?:\s+(?:amount|awarded|size))?\s*:\s*/g;
/** A card's label before its period: "Period: 03/2025–02/2027", "Duration: …". */
const CARD_PERIOD = /\b(?:Period|Duration|Dates|Project period|Timeframe)\s*:\s*/;

/**
 * The card under heading line `li` when it is one of a grants page's: its paragraphs (to the
 * next heading) give a grant after a label, and perhaps a period. Returns where the grant's
 * amount stands and the period's date.
 */
function grantCard(
  an: DocAnalysis,
  li: number,
): { grant: { start: number; end: number }; date?: EventDate } | undefined {
  const lines = an.seg.lines;
  let end = -1;
  let start = -1;
  for (let j = li + 1; j < lines.length && lines[j]?.kind !== "title"; j++) {
    const l = lines[j];
    if (l?.kind !== "body") continue;
    if (start < 0) start = l.start;
    end = l.end;
  }
  if (start < 0) return undefined;
  const section = an.text.slice(start, end);
  for (const label of section.matchAll(CARD_GRANT)) {
    const at = start + label.index + label[0].length;
    const amount = findAmounts(an.text, at, Math.min(end, at + 40)).find((a) => a.start === at);
    if (!amount) continue;
    const period = CARD_PERIOD.exec(section);
    const from = period ? start + period.index + period[0].length : -1;
    const date = period ? findDates(an.text, from, Math.min(end, from + 40))[0] : undefined;
    return {
      grant: { start: amount.start, end: amount.end },
      ...(date ? { date: date.date } : {}),
    };
  }
  return undefined;
}

/** What joins an event's phrase to its quoted title: ", titled this year “", " entitled “". */
const TITLED_AS =
  /^,?\s*(?:(?:which\s+(?:was|is)\s+)?(?:titled|entitled|called|named|themed)|under the (?:title|theme))\s+(?:this year\s+|this time\s+)?[“"'‘]?$/i;

/**
 * "its annual regional conference, titled this year “X: Y?”": the quoted title names the
 * event described just before it (one event, two names).
 */
function linkTitles(an: DocAnalysis): void {
  const events = an.mentions.filter((m) => m.kind === "event").sort((a, b) => a.start - b.start);
  for (let i = 1; i < events.length; i++) {
    const title = events[i] as Mention;
    const before = events[i - 1] as Mention;
    if (title.ref === before.ref || title.sentence !== before.sentence) continue;
    if (!TITLED_AS.test(an.text.slice(before.end, title.start))) continue;
    an.links.push([before.ref, title.ref]);
  }
}

/** The section event a position of the text lies in. */
export function sectionAt(an: DocAnalysis, pos: number): string | undefined {
  let ref: string | undefined;
  for (const s of an.sections ?? []) {
    if (s.start > pos) break;
    ref = s.ref;
  }
  return ref;
}

/**
 * "A community dialogue on girls' access brought together …" under the heading "Community
 * dialogue – Atbara, 3 June": an event the section describes, of the heading's type, is the
 * heading's event.
 */
function linkToSections(an: DocAnalysis, described: LocalEvent[]): void {
  if (!an.sections) return;
  const seen = new Set<string>();
  for (const d of described) {
    if (!d.described) continue;
    const m = an.mentions.find((x) => x.ref === d.ref);
    const head = m && sectionAt(an, m.start);
    const ev = head && an.events.find((e) => e.ref === head);
    if (!ev || ev === d) continue;
    // ("03.04.2023 – Project launch" over "The project was launched at a meeting with …": the
    // first event a section describes, undated or on the heading's date, is the heading's.)
    const first = !seen.has(head);
    seen.add(head);
    // (Dates are read later: the sentence's own date, if any, must be the heading's. A
    // project's section tells of its activities, which are parts of it, not it.)
    const s = an.seg.sentences[d.sentence];
    const own = s ? findDates(an.text, s.start, s.end, ev.date?.start)[0] : undefined;
    const sameDay = !own || (!!ev.date && own.date.start === ev.date.start);
    const frame =
      (ev.type === "project" || ev.type === "programme") &&
      ![...(an.names.get(ev.ref) ?? [])].some((n) =>
        /\b(?:launch|opening|kick-?off|closing)\b/i.test(n),
      );
    if (ev.type === d.type || (first && sameDay && !!ev.date && !frame))
      an.links.push([ev.ref, d.ref]);
  }
}

/** "Meeting in Gaziantep on 21 February," opening a sentence: the meeting its subject held. */
const FRONTED_MEETING =
  /^(Meeting|Gathering|Convening|Meeting together)\s+(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?=\s+(?:on|from|between|in|last|this)\b|\s*,)/u;

/**
 * "Meeting in Gaziantep on 21 and 22 February 2023, twelve organisations reviewed …": a
 * sentence that opens on a gathering and its place tells the meeting its subject held
 * ("meeting in Gaziantep"), dated by the sentence.
 */
function frontedMeetings(an: DocAnalysis): void {
  an.seg.sentences.forEach((s, si) => {
    if (an.seg.lines[s.line]?.kind !== "body") return;
    const m = FRONTED_MEETING.exec(an.text.slice(s.start, Math.min(s.end, s.start + 120)));
    const place = m?.[2];
    if (!m || !place || !isPlace(place)) return;
    const end = s.start + m[0].length;
    if (an.mentions.some((x) => x.kind === "event" && x.start < end && x.end > s.start)) return;
    const ev = pushDescribed(an, s.start, end, si, "meeting");
    an.names.get(ev.ref)?.add(`meeting in ${place}`);
  });
}

const HANDOVER_VERBS = new Set(["handed", "hands", "hand", "handing"]);
/** Things handed over: "6 rehabilitated water points", "the new ambulances", "equipment". */
const HANDOVER_OBJECT =
  /^(?:(?:a|an|the|its|their|our|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s+)?((?:[\p{Ll}-]+\s+){0,4}?[\p{Ll}-]+?)(?:\s+(?:in|at|of)\s+[^,.;:]{1,40}?)?\s+(?:to|over to)\b/u;

/**
 * "We handed over 6 rehabilitated water points to the community", "handed the new ambulances
 * over to the directorate": a handover is an event of the document ("handover of the water
 * points"), dated by its sentence.
 */
function handovers(an: DocAnalysis): void {
  an.sentTokens.forEach(([from, to], si) => {
    for (let i = from; i < to; i++) {
      const t = an.tokens[i];
      if (!t || !HANDOVER_VERBS.has(t.text)) continue;
      const rest = an.text.slice(t.end, an.seg.sentences[si]?.end ?? t.end);
      // ("handed over … at a ceremony on 8 April": the ceremony names the event.)
      if (/\b(?:ceremony|celebration|event)\b/i.test(rest)) continue;
      // "The systems were formally handed over to the office": the subject was handed over.
      if (/^\s+over\s+to\b/.test(rest)) {
        const sStart = an.seg.sentences[si]?.start ?? t.start;
        const subject =
          /^(?:the|its|their|our|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten)?\s*((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+(?:were|was|are|is|have been|has been|will be)\s+(?:formally\s+|officially\s+)?$/iu.exec(
            an.text.slice(sStart, t.start),
          );
        const what = subject?.[1];
        const end = t.end + (/^\s+over/.exec(rest)?.[0].length ?? 0);
        if (
          what &&
          !an.mentions.some((m) => m.kind === "event" && m.start < end && m.end > t.start)
        ) {
          const ev = pushDescribed(an, t.start, end, si, "other");
          an.names.get(ev.ref)?.add(`handover of ${what}`);
        }
        continue;
      }
      // "handed over X to Y" and "handed X over to Y".
      const over = /^\s+over\s+/.exec(rest);
      const object = HANDOVER_OBJECT.exec(rest.slice(over ? over[0].length : 1));
      const what = object?.[1];
      if (!what || (!over && !/\s+over to\b/.test(object[0]))) continue;
      const end =
        t.end + (over ? over[0].length : 1) + object.index + object[0].indexOf(what) + what.length;
      if (an.mentions.some((m) => m.kind === "event" && m.start < end && m.end > t.start)) continue;
      const ev = pushDescribed(an, t.start, end, si, "other");
      an.names.get(ev.ref)?.add(`handover of ${what}`);
    }
  });
}

/** Verbs that tell an event as it happened ("hosted by", "brought together", "took place"). */
/** "received a delegation from", "welcomed a delegation of", "met with a delegation from". */
const RECEPTION =
  /\b(?:received|receives|receiving|welcomed|welcomes|hosted|hosts|met(?:\s+with)?|meets(?:\s+with)?)\b[^.;]{0,120}?\b(an?|the)\s+((?:[\p{Ll}-]+\s+){0,2}delegation)\s+(?:from|of|representing)\s+/u;

/**
 * A reception: "The Minister received on Sunday a delegation from the X Network": the visit
 * is an event of the document, dated by its sentence, in which the host and the delegation
 * take part.
 */
function receptions(an: DocAnalysis): void {
  an.seg.sentences.forEach((s, si) => {
    if (an.seg.titles.some((l) => s.start >= l.start && s.start < l.end)) return;
    const said = an.text.slice(s.start, s.end);
    const m = RECEPTION.exec(said);
    if (!m?.[2]) return;
    const start = s.start + m.index + m[0].indexOf(m[2], m[0].length - m[2].length - 40);
    const end = start + m[2].length;
    if (an.mentions.some((x) => x.kind === "event" && x.start < end && x.end > start)) return;
    const ev = pushDescribed(an, start, end, si, "meeting");
    const org = an.mentions.find((x) => x.kind === "org" && x.start >= end && x.start - end < 30);
    if (org)
      an.names.get(ev.ref)?.add(`meeting with the ${m[2]} of ${an.text.slice(org.start, org.end)}`);
  });
}

const HAPPENED =
  /^[^.;]{0,80}?\b(?:hosted|held|organi[sz]ed|convened|took place|brought together|gathered|was attended|were attended|opened|ran)\b/;

/** Finds the events of a document, its main event, their dates and places. */
export function findEvents(an: DocAnalysis, _lowerSeen: ReadonlySet<string>): void {
  const renamed = new Map<string, string>();
  for (const m of an.mentions) {
    if (m.kind !== "event") continue;
    const name = an.text.slice(m.start, m.end);
    const ref = eventRef(an, name);
    if (ref !== m.ref) {
      renamed.set(m.ref, ref);
      const names = an.names.get(m.ref);
      an.names.delete(m.ref);
      if (names) an.names.set(ref, names);
      m.ref = ref;
    }
    const nameWords = name.split(/\s+/);
    const head =
      an.appositionTypes?.get(matchKey(name)) ??
      nameWords.map((w) => typeOf(w)).find(Boolean) ??
      // ("Malaita Youth Climate Camp", "Farmers' Study Visit": a compound's head types it.)
      compoundType(nameWords[nameWords.length - 2], nameWords[nameWords.length - 1] ?? "") ??
      "other";
    if (!an.events.some((e) => e.ref === ref))
      an.events.push({ ref, type: head, sentence: m.sentence });
  }
  // The links recognition made ("Inception Workshop (IW)") follow the events' new refs.
  if (renamed.size) an.links = an.links.map(([a, b]) => [renamed.get(a) ?? a, renamed.get(b) ?? b]);
  bracketedNames(an);
  glossedEvents(an);
  projectsNamedAfterNoun(an);
  const definiteTitled: LocalEvent[] = [];
  quotedTitles(an, definiteTitled);
  launches(an);
  signings(an);
  openings(an);
  handovers(an);
  receptions(an);
  frontedMeetings(an);
  countedEvents(an);
  numberedProgrammes(an);
  titledActivities(an);
  activityTables(an);
  const headlineNamed = factBoxProjects(an);
  typedItems(an);
  sectionEvents(an);
  // An event page: "Roundtable | 2023/10/04 | 10:00" under its title names the title's kind.
  const pageType = an.seg.headline ? datelineType(an) : undefined;
  let main = (pageType && headlineEvent(an, pageType, true)) || headlineEvent(an);
  // (The page's date line is its event's date, not the day the page was written.)
  if (pageType && main && !main.date && an.seg.date) main.date = an.seg.date.date;
  const headed = main;
  ownedEvents(an);
  namedByApposition(an);
  const described = descriptions(an);
  ceremonyOfSigning(an, described);
  linkToSections(an, described);
  linkTitles(an);
  bracketedEventNames(an);
  const docYear = yearOf(an.seg.date?.date.start);
  let forced = false;
  // "Sahel civil society adopts the Bamako Call" over "… at the end of a two-day Regional
  // Consultation on X, held on 24 and 25 June": a headline's clause that names no event noun
  // tells what happened at the event its lead names.
  if (!main && an.seg.headline) {
    const noun = an.seg.headline.text.split(/\s+/).some((w) => typeOf(w.toLowerCase()));
    // (The lead's first two paragraphs: a quote may open the release.)
    const paragraphs = [
      ...new Set(
        an.seg.sentences.filter((x) => an.seg.lines[x.line]?.kind === "body").map((x) => x.line),
      ),
    ].slice(0, 2);
    const lead = an.seg.sentences
      .map((x, i) => [x, i] as const)
      .filter(([x]) => paragraphs.includes(x.line))
      .map(([, i]) => i);
    const named = an.events.filter(
      (e) =>
        !e.described &&
        dated(an, e.sentence) &&
        lead.includes(e.sentence) &&
        e.type !== "project" &&
        e.type !== "programme",
    );
    // (A page whose lead names its project is about the project.)
    const project = an.events.some(
      (e) => (e.type === "project" || e.type === "programme") && lead.includes(e.sentence),
    );
    if (!noun && !project && named.length === 1 && named[0]) {
      main = named[0];
    }
  }

  // (A report told in sections has no one event for its headline to name.)
  if (!main && !an.sections) {
    // "the launch" with no named launch: the headline names it (a description of the same
    // kind, "a new programme", is then the same event, not the document's subject).
    // ("these activities" points back at events already found, never at the headline.)
    // (A definite reference to an event the body describes refers to that one.)
    // ("the forum" of a document whose forum is a body refers to that body.)
    const bodyNouns = orgNouns(an);
    // ("the project" of an "About the conveners" note names no headline's event.)
    const definite = an.references.find(
      (r) =>
        !r.plural &&
        !inAboutNote(an, r.start) &&
        // ("ran the session on safeguarding": a part of an event names no event of its own.)
        !/^(?:session|panel|plenary)$/i.test(lastWord(an.text.slice(r.start, r.end))) &&
        !bodyNouns.has(lastWord(an.text.slice(r.start, r.end))) &&
        !an.events.some(
          (e) =>
            e.type === r.type &&
            (!e.described || described.filter((d) => d.described && d.type === r.type).length > 1),
        ),
    );
    // ("Last week Sarajevo was the capital of …": a headline told as a statement names no
    // event that a later "the exhibition" could be.)
    if (definite && an.seg.headline && !STATEMENT_HEADLINE.test(an.seg.headline.text))
      main = headlineEvent(an, definite.type);
    // One described event, told in the first sentences, and a headline: the headline names
    // that event (an update that mentions a meeting at its end is not about the meeting).
    const only = described.filter((e) => e.described);
    const firstBody = an.seg.sentences
      .map((x, i) => [x, i] as const)
      .filter(([x]) => an.seg.lines[x.line]?.kind === "body")
      .slice(0, 2)
      .map(([, i]) => i);
    if (
      !main &&
      only.length === 1 &&
      only[0] &&
      firstBody.includes(only[0].sentence) &&
      an.events.every((e) => e.described)
    )
      main = headlineEvent(an, only[0].type);
    // A project page: a fact box ("Donor:", "Partner:", "Period:") and no event named: the
    // headline names the project.
    if (
      !main &&
      an.events.every((e) => e.described) &&
      an.seg.lines.some((l) => PROJECT_FACT.test(l.text))
    )
      main = headlineEvent(an, "project");
    forced = !!main;
  }
  main ??= firstOutsideGrantRows(an);
  if (main) {
    const mainText = [...(an.names.get(main.ref) ?? [])].join(" ").toLowerCase();
    for (const e of an.events) {
      if (e === main || e.type !== main.type) continue;
      const name = ([...(an.names.get(e.ref) ?? [])][0] ?? "").toLowerCase();
      const core = coreOf(name);
      // ("The Project for X" and "The Project for Y" share only "the project": a core of an
      // article and a noun joins a name only when that is the whole name, "the forum".)
      const generic = core.split(" ").filter((w) => !/^(?:the|a|an)$/.test(w)).length < 2;
      const joins = core.includes(" ") && mainText.includes(core) && (!generic || core === name);
      if (joins || definiteTitled.includes(e)) an.links.push([main.ref, e.ref]);
    }
    if (main === headed || forced) headlineToBody(an, main, described);
    for (const d of described) {
      if (d === main || d.type !== main.type) continue;
      const mainNames = [...(an.names.get(main.ref) ?? [])].join(" ").toLowerCase();
      // "a vigil for the victims" is not the "Derna Deserves the Truth" campaign: a described
      // event is the main one only when the main one's name holds its noun.
      const noun = [...(an.names.get(d.ref) ?? [])][0]
        ?.toLowerCase()
        .split(/\s+/)
        .find((w) => typeOf(w));
      if (d.described && (main.described || !noun || !mainNames.includes(noun))) continue;
      const sameYear =
        d.year === undefined || d.year === docYear || mainNames.includes(String(d.year));
      const sameOrdinal = !d.ordinal || mainNames.includes(d.ordinal);
      // ("Next in the series: a roundtable on …", "an upcoming training": another one.)
      if (sameYear && sameOrdinal && !anotherEvent(an, d)) an.links.push([main.ref, d.ref]);
    }
  }
  if (!main) {
    const dated = an.references.find(
      (r) =>
        findDates(an.text, an.seg.sentences[r.sentence]?.start, an.seg.sentences[r.sentence]?.end)
          .length > 0,
    );
    if (dated) main = pushEvent(an, dated.start, dated.end, dated.sentence, dated.type);
  }
  main ??= activityHeadline(an);
  // (The headline's event and the project it names before its colon are one.)
  if (headlineNamed && main && main !== headlineNamed && main.sentence === headlineNamed.sentence)
    an.links.push([headlineNamed.ref, main.ref]);
  // "Norway signs three grant agreements with …" over a body that tells the signing: the
  // headline's clause is that signing.
  const signing = an.events.find((e) =>
    [...(an.names.get(e.ref) ?? [])].some((n) => /^signing of /.test(n)),
  );
  if (
    main &&
    signing &&
    main !== signing &&
    an.seg.titles.some((l) => l.start === an.seg.sentences[main?.sentence ?? -1]?.start) &&
    [...(an.names.get(main.ref) ?? [])].some((n) => /\b(?:signs?|signed)\b/i.test(n))
  )
    an.links.push([signing.ref, main.ref]);
  // ("A Civil Society Workshop" under the title page's capitals, "The Land, Memory and
  // Livelihoods workshop was …" in the body: a headline that only describes its event is the
  // one event of that kind the body names.)
  if (main && [...(an.names.get(main.ref) ?? [])].every((n) => /^\s*an?\s/i.test(n))) {
    const mainType = main.type;
    const named = an.events.filter(
      (e) =>
        e !== main &&
        e.type === mainType &&
        !e.described &&
        !e.ordinal &&
        !linked(an, main as LocalEvent, e),
    );
    if (named.length === 1 && named[0]) an.links.push([main.ref, named[0].ref]);
  }
  an.main = main?.ref;
  repeatedNames(an);
  if (!sortedMentions(an.mentions)) an.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  dateEvents(an, main);
  // ("Minutes of the Quarterly Meeting (Q3 2025)" over "Date: 09/09/2025": the day the
  // document's date line gives refines the year its headline gives.)
  const lineDate = an.seg.date?.date;
  if (
    main?.date &&
    lineDate &&
    !main.date.end &&
    !lineDate.end &&
    main.type !== "project" &&
    main.type !== "programme" &&
    lineDate.start.length > main.date.start.length &&
    lineDate.start.startsWith(main.date.start)
  )
    main.date = lineDate;
}

/**
 * What a report of a gathering says happened, in its first body sentences: bodies and people
 * met, gathered, took part, were trained. The type the verb implies ("trained" a training).
 */
const ACTIVITY: [RegExp, EventType][] = [
  [/\b(?:trained|were training|received training)\b/, "training"],
  [
    /\b(?:met|meet|meets|gathered|convened|sat down|came together|come together|brought together|bring together|brings together|took part|participated|attended|hosted|held|discussed|joined|visited|welcomed)\b/,
    "meeting",
  ],
];
const ACTIVITY_SENTENCES = 3;

/**
 * A report of a gathering whose headline has no event noun ("Farmers and engineers sit down
 * together in X"): when the first body sentences tell that people met or took part, and the
 * document is dated, the headline names the one event it reports.
 */
function activityHeadline(an: DocAnalysis): LocalEvent | undefined {
  if (!an.seg.headline || an.events.length) return undefined;
  if (!an.seg.date && !an.seg.sentences.some((s) => findDates(an.text, s.start, s.end).length))
    return undefined;
  const first = an.seg.sentences
    .filter((s) => an.seg.lines[s.line]?.kind === "body")
    .slice(0, ACTIVITY_SENTENCES);
  for (const s of first) {
    const told = an.text.slice(s.start, s.end);
    const type = ACTIVITY.find(([re]) => re.test(told))?.[1];
    if (!type) continue;
    const ev = headlineEvent(an, type);
    // The sentence that tells the gathering dates it, before the dateline.
    const when = findDates(an.text, s.start, s.end, referenceDate(an)).find(
      (d) => d.start !== an.seg.date?.start,
    );
    if (ev && !ev.date && when) ev.date = when.date;
    return ev;
  }
  return undefined;
}

/** The kind of event a date line opens with ("Webinar · 3 May 2024", "Roundtable | …"). */
function datelineType(an: DocAnalysis): EventType | undefined {
  const at = an.seg.date?.start;
  const dateLine =
    at === undefined ? undefined : an.seg.lines.find((l) => at >= l.start && at < l.end);
  // ("Workshop report · Hargeisa, 11–12 March 2025" under a title that names only its topic:
  // a header line that calls the document the report of a kind of event, where and when.)
  const firstBody = an.seg.lines.findIndex((l) => l.kind === "body");
  const reportLine = an.seg.lines
    .slice(0, firstBody < 0 ? 8 : Math.min(firstBody, 8))
    .find((l) => REPORT_OF_KIND.test(l.text) && findDates(an.text, l.start, l.end).length > 0);
  for (const line of [dateLine, reportLine]) {
    const label = line && /^[\s*_]*(\p{L}[\p{L} -]{1,30}?)\s*[|·•–—:]/u.exec(line.text)?.[1];
    if (!label) continue;
    const words = label
      .toLowerCase()
      .replace(/\s+(?:report|summary|proceedings)$/, "")
      .split(/\s+/);
    const type = words.length <= 3 ? typeOf(words[words.length - 1] ?? "") : undefined;
    if (type) return type;
  }
  return undefined;
}

/** "Workshop report ·", "Meeting summary |": a header's label of the event a report is of. */
const REPORT_OF_KIND =
  /^[\s*_]*\p{L}[\p{L} -]{1,30}?\s+(?:report|summary|proceedings)\s*[|·•–—:]/iu;

/** True when the document links the two events' names (one event, two names). */
function linked(an: DocAnalysis, a: LocalEvent, b: LocalEvent): boolean {
  return an.links.some(([x, y]) => (x === a.ref && y === b.ref) || (x === b.ref && y === a.ref));
}

/** True when mentions are already in text order (sorting them again would change nothing). */
function sortedMentions(list: Mention[]): boolean {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1];
    const b = list[i];
    if (a && b && (a.start > b.start || (a.start === b.start && a.end > b.end))) return false;
  }
  return true;
}

/** Words of an event name up to its head noun, without ordinals ("civil society platform"). */
function coreOf(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  const head = words.findIndex((w) => typeOf(w));
  return words
    .slice(0, head + 1)
    .filter((w) => !ORDINALS.has(w))
    .join(" ");
}

/** The event a reference points at: the latest event of its type before it, else the main. */
export function referent(an: DocAnalysis, r: EventReference): string | undefined {
  const main = an.events.find((e) => e.ref === an.main);
  // With several named events of its type, "the programme" is the one named last before it.
  const ofType = an.events.filter((e) => e.type === r.type && !e.described).length;
  if (main && main.type === r.type && ofType < 2) return main.ref;
  for (let i = an.mentions.length - 1; i >= 0; i--) {
    const m = an.mentions[i];
    if (!m || m.kind !== "event" || m.end > r.start) continue;
    if (an.events.find((e) => e.ref === m.ref)?.type === r.type) return m.ref;
  }
  return an.main;
}

const DURATION_LABEL =
  /^\s*(?:[-*•|]\s*)?(?:\*\*)?(?:(?:duration|period|project period|implementation period|period of implementation|project duration|project dates|(?:(?:meeting|event|session|workshop)\s+)?(?:dates?|date\s*(?:and|&|\/)\s*(?:place|venue|time))(?:\s+of\s+(?:the\s+)?(?:meeting|event|session|workshop|training|conference|consultation|gathering|visit|forum|webinar))?|dates and (?:place|venue)|timeline|time ?frame|start date|starting date|start|lifetime|implementation|years?|when)(?:\*\*)?\s*(?::|\|)|(?:project\s+)?(?:duration|period|start date|starting date|dates)(?:\*\*)?(?:\s*\t|\s{2,}|\s+(?=\d)))/i;

/**
 * A fact line that gives an event's own date, as minutes and event pages head them: "Date:",
 * "Date and time of meeting :", "Meeting date:", "Date/Time:".
 */
const EVENT_DATE_FIELD =
  /^\s*(?:[-*•]\s*)?(?:\*\*)?(?:(?:meeting|event|session|workshop)\s+)?(?:dates?|date\s*(?:and|&|\/)\s*time)(?:\s+of\s+(?:the\s+)?(?:meeting|event|session|workshop|training|conference|consultation|gathering|visit|forum|webinar))?\s*(?:\*\*)?\s*:/i;

/** A fact line that gives an event's place ("Place:", "Venue:", "Location:"). */
const PLACE_LABEL = /^\s*(?:[-*•]\s*)?(?:\*\*)?(?:place|venue|location)\s*(?:\*\*)?\s*:/i;

/** What may stand between an event's phrase and its date: "in Basra on", "held from". */
const GOVERNED_DATE =
  /^[,\s(]*(?:(?:which|that)\s+(?:was|were)\s+|(?:was|were)\s+)?(?:held|organi[sz]ed|opened|took place|started|ran|run|began|convened|hosted|planned|scheduled)?\s*(?:(?:in|at)\s+(?:the\s+)?(?:(?:(?:al|el)-)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:al|el)-)?\p{Lu}[\p{L}'’-]*){0,2}|(?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{L}'’-]*),?\s*)?(?:on|from|between|in|during|dated)?\s*(?:the\s+)?$/u;

/** Verbs that start a project in the sentence that dates it. */
const STARTS = /\b(?:launched|started|began|initiated|kicked off|inaugurated|got under way)\b/;

/** "Earlier in the day", "later that evening", "After the march," : the same day as the last date. */
const SAME_DAY =
  /\b(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+(?:day|morning|afternoon|evening)\b|\b(?:on\s+)?the\s+same\s+day\b|\bthat\s+(?:same\s+)?(?:evening|morning|afternoon)\b|^\s*(?:After|Before|Following)\s+the\s+[\p{Ll}-]+\s*,/iu;
/** A line of its own that gives only a place and a date or a range ("Baghdad | 21.05.2023 – 22.05.2023"). */
const DATE_ONLY_LINE =
  /^[\s*_#|]*(?:\p{Lu}[\p{L}' -]*[,|–—-]\s*)?[\d./\s–—-]+[\s*_|]*$|^[\s*_#|]*(?:\p{Lu}[\p{L}' -]*[,|–—-]\s*)?(?:\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\s+\p{Lu}\p{Ll}+\s+\d{4}|\p{Lu}\p{Ll}+\s+\d{1,2}(?:\s*[–—-]\s*\d{1,2})?,?\s+\d{4})(?:\s*[–—·|-]\s*[^\n]{0,40})?[\s*_|]*$/u;

/** Before the date of an earlier meeting whose minutes are adopted: "the minutes of the meeting of". */
const MINUTES_OF =
  /\bminutes\s+of\s+(?:the\s+)?(?:(?:previous|last|prior)\s+)?(?:(?:meeting|session)\s+)?(?:(?:of|on|held\s+on|dated)\s+)?(?:the\s+)?$/i;

const UNTIL = /\b(?:until|till|through|up to|ending(?: in)?|ends(?: in)?)\s+(?:the end of\s+)?$/i;

/** "It started on …", "It runs from … to …": the project the page is about starts or runs. */
const PRONOUN_START =
  /^It\s+(?:(?:was|is|will\s+be)\s+)?(?:started|starts|began|begins|will\s+(?:start|begin|run)|runs|ran|kicked\s+off|commenced|launched|(?:is\s+)?implemented)\b/;

function dateEvents(an: DocAnalysis, main: LocalEvent | undefined): void {
  const refYear = referenceDate(an);
  const bySentence = new Map<
    number,
    { pos: number; end: number; ref: string; reference: boolean }[]
  >();
  const anchor = (si: number, pos: number, end: number, ref: string, reference: boolean): void => {
    if (!ref) return;
    const list = bySentence.get(si);
    if (list) list.push({ pos, end, ref, reference });
    else bySentence.set(si, [{ pos, end, ref, reference }]);
  };
  for (const m of an.mentions as Mention[])
    if (m.kind === "event") anchor(m.sentence, m.start, m.end, m.ref, false);
  // "both meetings" takes no date: a date beside it belongs to no one of them.
  // ("the forum" of a document whose forum is a body anchors no date.)
  const bodyNouns = orgNouns(an);
  for (const r of an.references)
    if (!r.plural && !bodyNouns.has(lastWord(an.text.slice(r.start, r.end))))
      anchor(r.sentence, r.start, r.end, referent(an, r) ?? "", true);
  // The last date the body gave before each sentence (not the dateline's): "Earlier in the
  // day", "After the march" date their events by it.
  let lastDate: { start: string; end?: string } | undefined;
  let pendingDate: { line: number; date: { start: string; end?: string } | undefined } | undefined;
  an.seg.sentences.forEach((s, si) => {
    const anchors = bySentence.get(si);
    // ("23/01/2025 – Committees trained. … on 22 and 23 January": a paragraph that opens on a
    // full date gives its year to the days it tells without one.)
    const line = an.seg.lines[s.line];
    const opening =
      line && /^\s*[*_]*\d/.test(line.text)
        ? findDates(an.text, line.start, Math.min(line.end, line.start + 24))[0]
        : undefined;
    const paragraphYear =
      opening && line && opening.start - line.start < 6 && opening.date.start.length >= 7
        ? opening.date.start
        : undefined;
    // ("an alliance of 23 fisheries founded in 2016": a body's founding dates no event.)
    // ("a member since 2022", "has supported them since 2021": a state's start dates no
    // gathering; only a project or programme runs since a date.)
    // (Asked only of a date after "since".)
    const running = (): boolean =>
      /\b(?:projects?|programmes?|programs?|initiatives?|campaigns?)\b/i.test(
        an.text.slice(s.start, s.end),
      ) ||
      (anchors ?? []).some((a) => {
        const type = an.events.find((e) => e.ref === a.ref)?.type;
        return type === "project" || type === "programme";
      });
    const dates = findDates(an.text, s.start, s.end, paragraphYear ?? refYear).filter((d) => {
      const before = an.text.slice(Math.max(s.start, d.start - 30), d.start);
      return !FOUNDED_IN.test(before) && (!/\bsince\s+$/.test(before) || running());
    });
    // "- **February** – we launched …": a month labelling the line dates what it tells.
    const labelled =
      line && an.seg.sentences[si - 1]?.line !== s.line
        ? monthLabel(line.text, yearOf(refYear))
        : undefined;
    // (Before the sentence's own dates, unless one of them is a day of that month.)
    if (labelled && !dates.some((d) => d.date.start.startsWith(labelled)))
      dates.unshift({ start: s.start, end: s.start, date: { start: labelled } });
    const found = dates.filter((d) => !(an.seg.date && d.start === an.seg.date.start));
    const previous = lastDate;
    const last = found[found.length - 1];
    if (last) lastDate = last.date;
    // ("54 fishers spent three days, from 12 to 14 March, drawing … The participatory mapping
    // workshop was organised by …": the days a paragraph told without naming an event are
    // those of the event its next sentence introduces.)
    const untold = pendingDate;
    pendingDate =
      !anchors && found.length === 1 ? { line: s.line, date: found[0]?.date } : undefined;
    if (!anchors) return;
    if (!found.length && untold?.date && untold.line === s.line)
      for (const a of anchors) {
        const ev = an.events.find((e) => e.ref === a.ref);
        if (
          ev &&
          !a.reference &&
          ev.sentence === si &&
          ev.described &&
          !ev.date &&
          ev.type !== "project" &&
          ev.type !== "programme"
        )
          ev.date = untold.date;
      }
    if (!found.length && previous && SAME_DAY.test(an.text.slice(s.start, s.end)))
      for (const a of anchors) {
        const ev = an.events.find((e) => e.ref === a.ref);
        if (ev && !ev.date && ev.type !== "project" && ev.type !== "programme")
          ev.date = { start: previous.start };
      }
    for (const d of dates) {
      // The dateline's date tells when the text was written, not when its events were.
      if (an.seg.date && d.start === an.seg.date.start && anchors.length > 0) continue;
      // ("the Harbour Youth Forum 2025 on 18 February": the edition's year in its name, then
      // the days it was held.)
      if (
        d.date.start.length === 4 &&
        dates.some(
          (o) =>
            o.start > d.end &&
            o.date.start.startsWith(d.date.start) &&
            o.date.start.length > 4 &&
            /^\)?\s+(?:\([^()]{1,60}\)\s+)?(?:on|from|between)\s+$/.test(
              an.text.slice(d.end, o.start),
            ),
        )
      )
        continue;
      // ("The minutes of the meeting of 24/01/2024 were adopted": an earlier meeting's date.)
      if (MINUTES_OF.test(an.text.slice(Math.max(s.start, d.start - 50), d.start))) continue;
      // ("…, its organisers told the agency on Thursday": the day it was told.)
      if (TOLD_ON.test(an.text.slice(Math.max(s.start, d.start - 60), d.start))) continue;
      // "a roundtable with officials on 14 May, and an exhibition on 25 May": a date right
      // after an event's phrase is that event's; otherwise the nearest event takes it.
      const governing = anchors.find(
        (a) => a.end <= d.start && GOVERNED_DATE.test(an.text.slice(a.end, d.start)),
      );
      // "On 16 March students staged a mock trial": a date opening the sentence dates the
      // event its clause introduces, not a reference to another one ("the forum's lawyers").
      const fronted = /^[\s"“(]*(?:(?:on|from|between|in|during|last|this)\s+)?$/i.test(
        an.text.slice(s.start, d.start),
      );
      const near = [...anchors].sort(
        (a, b) =>
          Number(b === governing) - Number(a === governing) ||
          (fronted ? Number(a.reference) - Number(b.reference) : 0) ||
          Math.abs(a.pos - d.start) - Math.abs(b.pos - d.start),
      );
      for (const a of near) {
        const ev = an.events.find((e) => e.ref === a.ref);
        if (!ev) continue;
        // A project runs over a period: a lone date is its start only after "since", "from".
        // ("In 2019 the union launched the project": a verb of starting in the sentence.)
        // ("runs until June 2024": a date the event runs up to is never its start.)
        if (UNTIL.test(an.text.slice(Math.max(s.start, d.start - 12), d.start))) {
          // ("It began in January 2023 and will run until December 2026": the end of a
          // period whose start the sentence gave.)
          if (
            (ev.type === "project" || ev.type === "programme") &&
            ev.date &&
            !ev.date.end &&
            ev.date.start < d.date.start
          ) {
            ev.date = { start: ev.date.start, end: d.date.end ?? d.date.start };
            break;
          }
          continue;
        }
        if (
          (ev.type === "project" || ev.type === "programme") &&
          !d.date.end &&
          !STARTS.test(an.text.slice(s.start, s.end)) &&
          !/\b(?:since|from|starting(?: in| on| from)?|beginning(?: in| on)?|started(?: in| on)?|began(?: in| on)?|launched(?: in| on)?|(?:will\s+)?(?:start|starts|begin|begins|commence|commences|commenced|kicks? off)(?: in| on)?)\s+(?:early\s+|late\s+|mid-?)?$/i.test(
            an.text.slice(Math.max(s.start, d.start - 24), d.start),
          )
        )
          continue;
        // ("ended yesterday … held from 4 to 6 September": a range that holds the day the
        // event was dated by is its whole date.)
        const within =
          ev.date &&
          !ev.date.end &&
          d.date.end &&
          d.date.start <= ev.date.start &&
          ev.date.start <= d.date.end;
        // ("09.2024" in a table, "on 17 and 18 September 2024" in its footnote: the days
        // of the month the event was dated by.)
        const refines =
          ev.date &&
          !ev.date.end &&
          ev.date.start.length === 7 &&
          d.date.start.length === 10 &&
          d.date.start.startsWith(ev.date.start);
        if (within || refines) {
          ev.date = d.date;
          break;
        }
        // A reference to an event dated already passes the date on to the next nearest.
        if (ev.date && a.reference) continue;
        // ("the keynote … the house we promised to build in 2014": a bare year of another
        // year than the document's is a recalled past, not the date of the event referred to.)
        if (
          a.reference &&
          d.date.start.length === 4 &&
          an.seg.date &&
          yearOf(d.date.start) !== yearOf(an.seg.date.date.start)
        )
          continue;
        if (!ev.date) {
          ev.date = d.date;
          if (a.reference) ev.referenceDated = true;
        }
        break;
      }
    }
  });
  // "The Board adopted Fristad in 2023. It runs from January 2024 to December 2026": "It"
  // opening a sentence whose verb starts or runs something is the one event the sentence
  // before named.
  an.seg.sentences.forEach((s, si) => {
    if (si === 0 || !PRONOUN_START.test(an.text.slice(s.start, s.end))) return;
    const before = new Set(
      (bySentence.get(si - 1) ?? []).filter((a) => !a.reference).map((a) => a.ref),
    );
    const [ref] = before;
    const ev = before.size === 1 ? an.events.find((e) => e.ref === ref) : undefined;
    if (!ev || ev.date) return;
    const [d, until] = findDates(an.text, s.start, s.end, refYear);
    if (!d) return;
    ev.date =
      !d.date.end &&
      until &&
      until.date.start > d.date.start &&
      UNTIL.test(an.text.slice(Math.max(s.start, until.start - 12), until.start))
        ? { start: d.date.start, end: until.date.end ?? until.date.start }
        : d.date;
  });
  // "The Tamkeen project supports … It started on 30 August 2017": "It" opening a sentence
  // whose verb starts something is the page's project.
  if (main && !main.date && (main.type === "project" || main.type === "programme"))
    for (const s of an.seg.sentences) {
      const told = an.text.slice(s.start, s.end);
      if (!PRONOUN_START.test(told)) continue;
      const [d, until] = findDates(an.text, s.start, s.end, refYear);
      if (d) {
        main.date = d.date;
        // ("It began in January 2023 and will run until December 2026.")
        if (
          !d.date.end &&
          until &&
          until.date.start > d.date.start &&
          UNTIL.test(an.text.slice(Math.max(s.start, until.start - 12), until.start))
        )
          main.date = { start: d.date.start, end: until.date.end ?? until.date.start };
        break;
      }
    }
  // "Duration: March 2021 – February 2023": a fact box dates the page's project.
  const long = an.events.filter((e) => e.type === "project" || e.type === "programme");
  const dated = main && (main.type === "project" || main.type === "programme") ? main : long[0];
  // ("Date: 12 March 2022", "| When | 3–4 May |" date the page's main event of any kind when
  // they stand in the page's header, or its one event anywhere.)
  const single = an.events.filter((e) => !e.described).length <= 1;
  let header = true;
  // An event's own fact box in the header ("Date: …" beside "Place:" or "Venue:", as minutes
  // and event pages give them) dates it before any date of the body, and before a project the
  // body tells of.
  const headerLines = an.seg.lines.slice(
    0,
    Math.max(
      0,
      an.seg.lines.findIndex((l) => l.kind === "body"),
    ),
  );
  const eventFacts =
    headerLines.some((l) => EVENT_DATE_FIELD.test(l.text)) &&
    headerLines.some((l) => PLACE_LABEL.test(l.text));
  const ownFacts = eventFacts && !!main && main.type !== "project" && main.type !== "programme";
  const target = ownFacts ? main : (dated ?? main);
  if (ownFacts) delete main.date;
  if (target && !target.date && (long.length <= 1 || target === main))
    for (const line of an.seg.lines) {
      const labelled = DURATION_LABEL.test(line.text);
      if (line.kind === "body" && !labelled) header = false;
      if (!labelled || (target !== dated && !header && !single)) continue;
      const d = findDates(an.text, line.start, line.end, refYear)[0];
      if (!d) continue;
      target.date = d.date;
      break;
    }
  // The headline's event and the body's phrase for it are one event: the body's date is its
  // date, before the dateline's.
  for (const [a, b] of an.links) {
    const x = an.events.find((e) => e.ref === a);
    const y = an.events.find((e) => e.ref === b);
    if (x && y && !x.date && y.date) x.date = y.date;
    else if (x && y && x.date && !y.date) y.date = x.date;
  }
  // An event page's own date line under its title ("Baghdad | 21.05.2023 – 22.05.2023"), also
  // over the bare year of its name ("Forum 2023").
  const yearOnly = (d: EventDate | undefined): boolean => !!d && d.start.length === 4 && !d.end;
  // ("starting May 2024" in a programme's body gave its conference a month: the day of the
  // date line under the title is the event's.)
  const monthOnly = (d: EventDate | undefined): boolean => !!d && d.start.length === 7 && !d.end;
  if (
    main &&
    (!main.date || yearOnly(main.date) || monthOnly(main.date)) &&
    main.type !== "project" &&
    main.type !== "programme"
  )
    for (const line of an.seg.lines.slice(0, 6)) {
      // ("Tuesday, 3 October – Wednesday, 4 October 2023": weekdays are no part of the shape.)
      // (Nor is Markdown's emphasis in a text file: "**Niamey, 4–5 June 2024** · Hotel".)
      const bare = line.text
        .replace(/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*/g, "")
        .replace(/\*\*|__/g, "");
      if (line.text.length > 80 || (line.kind !== "date" && !DATE_ONLY_LINE.test(bare))) continue;
      const d = findDates(an.text, line.start, line.end, refYear)[0];
      // (A span of days under the title is the event's, whatever year the body named first:
      // "22–24 May 2025" over "rebuilding after the fires of August 2021".)
      const sameYear =
        !main.date || d?.date.start.startsWith(main.date.start.slice(0, 4)) || !!d?.date.end;
      const finer = !monthOnly(main.date) || (d?.date.start.length ?? 0) > 7;
      if (d && sameYear && finer && (d.date.end || !an.seg.date)) {
        const year = main.date?.start;
        main.date = d.date;
        // (The names linked to it that took the bare year from it take the day.)
        for (const e of an.events)
          if (e !== main && yearOnly(e.date) && e.date?.start === year && linked(an, main, e))
            e.date = d.date;
      }
      break;
    }
  if (main && !main.date && an.seg.date && main.type !== "project" && main.type !== "programme")
    main.date = an.seg.date.date;
  for (const ev of an.events) {
    const names = [...(an.names.get(ev.ref) ?? [])];
    const inName = names.join(" ").match(/\bin ([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?)/u)?.[1];
    ev.place =
      ev === main
        ? (an.seg.place ?? (inName && isPlace(inName) ? inName : undefined))
        : inName && isPlace(inName)
          ? inName
          : undefined;
  }
}
