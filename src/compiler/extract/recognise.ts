/**
 * Recognition for one document: organisations, people and events with exact spans, from
 * capitalised chunks, acronym definitions, cues of context (honorifics, appositions, speech
 * verbs, bylines, "the Italian NGO X"), and a later surname alone. Events are read by
 * events.ts; this module collects names and hands them on.
 */
import { findDefinitions, initials, matchLongForm } from "./acronyms.ts";
import { currencyOf } from "./amounts.ts";
import { CALENDAR_NAME } from "./dates.ts";
import {
  classify,
  columnGap,
  DATE_WORD,
  findChunks,
  gazetteerLabel,
  isLegalForm,
  legalFormAfter,
  isPersonShape,
  initialled,
  isPlace,
  peopleForum,
  type Chunk,
} from "./names.ts";
import {
  BODY_LIKE_EVENT,
  CONNECTORS,
  EVENT_HEADS,
  ORG_DESCRIPTORS,
  ORGANISE_VERBS,
  PARTICIPATE_VERBS,
  SPEECH_VERBS,
  FUNDING_VERBS,
  CONCEPT_HEADS,
  HONORIFICS,
  MONTH_NAME,
  ORG_HEADS,
  LOWER_PLACE_NOUNS,
  ROLE_NOUNS,
  ROLE_WORDS,
} from "./lexicon.ts";
import type { EventType } from "../../model/types.ts";
import type { DocAnalysis, Mention, MentionKind } from "./model.ts";
import { DOCUMENT_KIND_LINE, PART_OR_CAPTION_LINE, segment, type Line } from "./segment.ts";
import { speakerLines } from "./speakers.ts";
import {
  BODY_COLUMN,
  DONOR_COLUMN,
  PERSON_COLUMN,
  PLACE_COLUMN,
  columnOf,
  tablesOf,
} from "./tables.ts";
import { BODIES, COUNTRIES, DEMONYMS } from "../gazetteer.ts";
import { isAcronym, isLowerInitial, lineAround, matchKey, tokenize, type Token } from "./text.ts";
import { accountName, findEvents } from "./events.ts";
import { addName } from "./mentions.ts";
import { linkTranslations } from "./translations.ts";
import { ATTENDANCE_HEADING } from "./attendance.ts";

const PERSON_CUES_BEFORE = new Set([
  "by",
  "contact",
  "with",
  "and",
  ",",
  "trainer",
  "trainers",
  "coordinator",
  "coordinators",
  "facilitator",
  "journalist",
  "activist",
  "expert",
  "moderator",
  "speaker",
  "speakers",
]);

/** An event noun and an opening quote just before a name ('the project "'). */
const QUOTED_EVENT_TITLE =
  /\b(?:project|programme|program|campaign|initiative|series|festival|exhibition|conference|forum|workshop|training|course)\s*[“"‘]$/i;

/** A region's or a people's adjective, or a point of the compass ("Mediterranean", "West"). */
const REGION_ADJECTIVE =
  /^(?:North|South|East|West|Central|Southern|Northern|Eastern|Western|\p{Lu}\p{Ll}{2,}(?:ean|ian|can|ese|ish|ic))$/u;

/** Kinds of bodies named after a described name ("X women's cooperative"). */
const KIND_OF_BODY = new Set(["cooperative", "co-operative", "collective", "committee"]);

/** "X cultural association", "X women's cooperative": up to three lower-case words, then a body's kind. */
function describedBody(tokens: Token[], to: number): boolean {
  if (!/^\p{Ll}/u.test(tokens[to]?.text ?? "")) return false;
  for (let k = to; k < to + 4; k++) {
    const w = tokens[k]?.text ?? "";
    if (ORG_DESCRIPTORS.has(w) || KIND_OF_BODY.has(w)) return k > to;
    // Adjectives and nouns only: no article, preposition or verb ("Karim added that the network").
    if (
      (!/^\p{Ll}/u.test(w) && w !== "’s" && w !== "'s") ||
      /^(?:the|a|an|that|this|these|its|their|and|or|of|to|in|on|at|for|with|by|from|is|was|were|are|has|had|have|will|would|said|says)$/.test(
        w,
      ) ||
      /ed$/.test(w)
    )
      return false;
  }
  return false;
}

/** The label of a fact line that gives bodies ("Organisers:", "Partners:", "Donor:"). */
const BODY_FACT_LINE =
  /^\s*(?:[-*•|]\s*)?(?:\*\*)?(?:organi[sz]ers?|organi[sz]ed by|partners?|implementing partners?|donors?|funders?|funded by|supported by|with the support of|hosts?|hosted by|grantees?|members?|signatories|implement(?:ing|ed) by|implementers?|implementing organi[sz]ations?)(?:\*\*)?\s*:/i;
/** The label of a fact line that gives places ("Location:", "Country:", "Venue:"). */
const LOCATION_LINE =
  /^\s*(?:[-*•|]\s*)?(?:\*\*)?(?:locations?|country|countries|place|venue|region|areas?|governorates?|districts?|provinces?|city|cities|villages?|where)(?:\*\*)?\s*:(?:\*\*)?[^:\n]*(?:\n|$)/i;
/**
 * The event noun of an apposition, up to three lower-case words after its article ("a
 * six-month programme"), and not a holder of it ("programme officer", "the project's").
 */
const APPOSED_EVENT_NOUN = String.raw`(?:[\p{Ll}\d-]+\s+){0,3}?(programme|program|project|campaign|initiative|festival|conference|forum|workshop|training|course|competition|series|hackathon|marathon|bootcamp|fair|exhibition|summit)\b(?!['’]s\b|\s+(?:officer|manager|coordinator|director|staff|team|lead|assistant|partner))`;
/** ", a six-month programme run by", ", an annual festival of": an event noun in apposition. */
const EVENT_APPOSITION = new RegExp(
  String.raw`^(?:\*\*|__|\*|_)?(?:,\s+|\s+(?:is|was)\s+)(?:an?|the|our|its|their)\s+${APPOSED_EVENT_NOUN}`,
  "u",
);
/**
 * "(CAW), a three-year programme": a short form in brackets, then an apposition that says
 * what the name is (with "a", not "the": "(CFAD), the project ran …" opens a clause).
 */
const BRACKET_APPOSITION = new RegExp(
  String.raw`^[^\S\n]*\([^()\n]{1,40}\),\s+an?\s+${APPOSED_EVENT_NOUN}`,
  "u",
);

/** A name no body's head word opens or holds, then its short form and an event's apposition. */
function bracketApposed(words: readonly string[], after: string): boolean {
  return !words.some((w) => ORG_HEADS.has(w)) && BRACKET_APPOSITION.test(after);
}
/** "grants under Round 2 of its", "funding under the": what grants are given under follows. */
const GRANTS_UNDER =
  /\b(?:grants?|funding|awards?|allocations?|support)\s+(?:\([^()\n]{1,40}\)\s+)?under\s+(?:(?:round|phase|call|window)\s+\w+\s+of\s+|the\s+\w+\s+(?:round|phase|call)\s+of\s+)?(?:its|the|their|our)\s+$/i;
/** "in partnership with", "in cooperation with" just before a name: the name is a body. */
const PARTNER_BEFORE =
  /\b(?:in\s+(?:partnership|cooperation|collaboration|coordination)\s+with|partnered\s+with|together\s+with)\s+(?:the\s+)?$/i;
/** "the undersigned members of the", "member organisations of the": a body's members. */
const MEMBERS_BEFORE =
  /\b(?:undersigned|members?|member organi[sz]ations)\s+(?:(?:member\s+)?organi[sz]ations\s+|groups\s+)?(?:of|in)\s+(?:the\s+)?$/i;
/** What is said of a gathering right after its name: "took place", "was organised by". */
const GATHERING_AFTER =
  /^\s*(?:,[^,]{0,30},\s*)?(?:took place|(?:was|is|will be|has been|were)\s+(?:held|organi[sz]ed|convened|hosted|attended|opened|launched|inaugurated)|opened|kicked off|ended|closed|concluded|brought together|gathered|drew)\b/;
/** What is said of a gathering right before its name: "attended the", "took part in the". */
const GATHERING_BEFORE =
  /\b(?:attend(?:ed|s|ing)?|took part in|participat(?:ed|es|ing) in|(?:held|organi[sz]ed|convened|hosted|opened)|during|at the opening of)\s+the\s+$/;
/** The gazetteer's names that hold a comma, as written or with "&" for "and". */
const COMMA_NAMES = new RegExp(
  BODIES.flatMap((b) => [b.label, ...b.aliases])
    .filter((n) => n.includes(", "))
    .map((n) =>
      n
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace(/ and /g, " (?:and|&) ")
        .replace(/ /g, "\\s+"),
    )
    .join("|") || "(?!)",
  "g",
);
/** True when `text` writes the currency code `code` beside a figure somewhere. */
function currencyInText(text: string, code: string): boolean {
  return new RegExp(`\\b${code}\\s?\\d|\\d\\s?${code}\\b`).test(text);
}

/** True when `[s, e)` lies inside a quoted title that follows an event noun. */
function insideQuotedTitle(text: string, s: number, e: number): boolean {
  const open = /[“"]([^”"\n]{0,120})$/.exec(text.slice(Math.max(0, s - 121), s));
  if (!open) return false;
  const quote = s - (open[1]?.length ?? 0);
  if (!QUOTED_EVENT_TITLE.test(text.slice(Math.max(0, quote - 41), quote))) return false;
  return /^[^”"\n]{0,120}[”"]/.test(text.slice(e, e + 122));
}

/** "Organised by the X Forum", "hosted by X": the name after a passive's "by" is its agent. */
/** "Representatives of the", "delegates from the": a body is represented. */
const REPRESENTED_BEFORE =
  /\b(?:representatives?|delegates?|delegations?|members?|staff|volunteers)\s+(?:of|from)\s+(?:the\s+)?$/i;
const AGENT_BEFORE =
  /\b(?:organi[sz]ed|co-organi[sz]ed|hosted|co-hosted|held|convened|implemented|facilitated|led|run|sponsored|funded|financed)\s+(?:jointly\s+)?by\s+(?:the\s+)?$/i;
/** A definite event noun that owns staff or acts as a body ("the forum's director"). */
const ACTING_REFERENCE =
  /\b[Tt]he\s+(forum|platform|congress|assembly)(?:['’]s\s+(?:director|staff|members|lawyers|office|offices|chair|chairperson|chairwoman|chairman|president|coordinator|secretariat|board|founders?|volunteers|team|head|spokesperson|members|trainers|website)|\s+(?:ran|runs|has\s+run|organised|organized|organises|organizes|hosted|hosts|opened\s+its|employs|trained|trains|launched|launches|was\s+founded|was\s+established|was\s+registered))\b/g;
/** Lower-case venue nouns after a name ("the X Fair grounds", "the X Festival site"). */
const VENUE_AFTER = /^\s(?:grounds?|site|venue|hall|building|premises|compound|square)\b/;
/** A document's kind at the end of a name: "Conference Report", "Forum Proceedings". */
const DOCUMENT_WORDS =
  /^(?:Report|Reports|REPORT|Proceedings|PROCEEDINGS|Minutes|MINUTES|Summary|Recommendations)$/;
/** Capitalised venue nouns inside a name: "Conference Hall", "Summit Room", "Festival Grounds". */
const VENUE_NAME_WORDS =
  /^(?:Hall|Halls|Room|Rooms|Hotel|Auditorium|Pavilion|Grounds|Venue|Arena|Stadium|Theatre|Theater)$/;
/** Lower-case titles just before a name ("the union's chairperson Huda Saleh"). */
/** An "@" before a name of several capitalised words (a social post's mention of a page). */
const PAGE_MENTION = /(?<![\p{L}\p{N}._-])@(?=\p{Lu}[\p{L}'’-]*[ \t]+\p{Lu})/gu;
/** A verb whose object is a gathering: "hosted the", "convenes its". */
const HOSTED_BEFORE =
  /\b(?:hosts?|hosted|hosting|holds?|held|holding|convenes?|convened|convening|organi[sz]es?|organi[sz]ed|organi[sz]ing)\s+(?:the\s+|an?\s+|its\s+|their\s+)?$/;
/** "Board of", "Board of Trustees of the": a governing board's name before its body's. */
/** The words of an agency's office after its acronym: "Sub-Office", "Country Office". */
const OFFICE_WORDS = /^(?:(?:Country|Field|Area|Sub|Liaison|Regional|Programme)[- ]?)?[Oo]ffice$/;

/**
 * "UNICEF Lebanon", "UNFPA DRC", "UNHCR Zahle Sub-Office": a known agency's acronym, then a
 * place (one or two capitalised words that are neither a body's head nor a title) and perhaps
 * the word for its office.
 */
function fieldOffice(words: readonly string[]): boolean {
  const [acronym = "", ...rest] = words;
  if (!isAcronym(acronym) || !gazetteerLabel(acronym)) return false;
  const place = OFFICE_WORDS.test(rest[rest.length - 1] ?? "") ? rest.slice(0, -1) : rest;
  if (place.length === 1 && (COUNTRIES.has(place[0] ?? "") || isPlace(place[0] ?? "")))
    return rest.length <= 2;
  return (
    place.length >= 1 &&
    place.length <= 2 &&
    rest.length <= 3 &&
    place.every(
      (w) =>
        /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}{2,4}$/u.test(w) &&
        !ORG_HEADS.has(w) &&
        !ROLE_WORDS.has(w) &&
        !EVENT_HEADS.has(w.toLowerCase()),
    )
  );
}

const BOARD_OF =
  /^(?:(?:Executive|Supervisory|Advisory|Governing|Steering)\s+)?(?:Board|Committee|Secretariat)\s+of\s+(?:(Directors|Trustees|Governors)\s+of\s+)?(?:the\s+)?(?=\S)/;
/** "sits on the", "serves on the": a seat on a body's organ. */
const SEAT_ON = /\b(?:sits?|sat|serves?|served|seat)\s+on\s+the\s+$/;
/** Departments that titles name: "Head of Programmes", "Director of Communications". */
const DEPARTMENTS = new Set(
  `programmes programs programming operations advocacy finance communications partnerships
  research policy administration logistics protection fundraising membership training education
  monitoring evaluation grants outreach learning strategy development engagement advancement
  campaigns media marketing compliance safeguarding procurement security infrastructure planning
  health legal programme program projects services investigations`.split(/\s+/),
);
const TITLE_OF_BEFORE = new RegExp(String.raw`\b${ROLE_NOUNS}\s+(?:of|for)\s+$`, "iu");
/** Lower-case nouns of a body's local unit: "Garissa branch", "Kandahar office". */
const BRANCH_NOUNS = /^(?:branch|branches|office|sub-office|chapter|field)$/;
const FRONTED_PARTICIPLE =
  /^(?:Based|Founded|Located|Headquartered|Registered|Established|Created|Formed|Active|Working)$/;
/** "-Director", "-Coordinator" glued to the end of a name. */
const GLUED_TITLE = new RegExp(String.raw`(?<=[a-zà-ÿ])-${ROLE_NOUNS}$`, "iu");
/** A body's organ after its name: "X Board", "X Steering Committee", "X Secretariat". */
const ORGAN_AFTER =
  / (?:(?:Executive|Supervisory|Advisory|Governing)\s+)?(?:Board(?: of (?:Directors|Trustees|Governors))?|Steering Committee|Executive Committee|Secretariat)$/;
/** "Board of Trustees", "Executive Board": a governing board named by no body. */
const BOARD_ALONE =
  /^(?:(?:Executive|Supervisory|Advisory|Governing)\s+)?Board(?:\s+of\s+(?:Directors|Trustees|Governors|Management))?$/;
/** "Chairman of the", "a member of the": a role held on a body's board. */
const ROLE_OF_THE = new RegExp(
  `\\b(?:${ROLE_NOUNS}|vice-chair\\w*|deputy chair\\w*)\\s+of\\s+the\\s+$`,
  "iu",
);
const TITLE_BEFORE_NAME = new RegExp(`^${ROLE_NOUNS}$`);
/** A title of any case ("Chair", "Treasurer"). */
const TITLE_WORD = new RegExp(`^${ROLE_NOUNS}$`, "iu");
/** A person's role told after their name: "is a member of", "serves on", "was the director of". */
const ROLE_PREDICATE = new RegExp(
  String.raw`^(?:(?:is|was|has been|had been|became|becomes|remains)(?: also| now| still| currently)? (?:an? |the |one of the )?(?:[\p{Ll}-]+ ){0,3}?${ROLE_NOUNS} (?:of|at|for|with|in|on)\b|(?:sits|sat|serves|served|has served|works|worked|volunteers|volunteered) (?:also |now |currently )?(?:on|at|for|with) (?:the )?\p{Lu})`,
  "u",
);
/** Verbs a person does right after their name ("Huda Saleh signed the pledge"). */
const PERSON_ACTS =
  /^(?:signed|handed|gave|delivered|led|visited|met|called|urged|warned|asked|explained|thanked|closed|chaired|moderated|described|argued|insisted|recalled|praised|recounted|shared|received|accepted)$/;

/** The reference of a name of a given kind: the kind's letter and the name's matching key. */
/** A month and a year alone. */
const MONTH_YEAR = new RegExp(String.raw`^${MONTH_NAME}\.?\s+\d{4}$`);

export function refOf(kind: MentionKind, name: string): string {
  const gaz = kind === "org" ? gazetteerLabel(name) : undefined;
  // ("1. Smt. Jamuna Nayak – President": an attendance line's honorific is no part of the name.)
  const clean = kind === "person" ? withoutHonorifics(name.replace(/^(?:the|The)\s+/, "")) : name;
  return `${kind[0]}:${matchKey(gaz ?? clean)}`;
}

/** A person's name without the honorifics before it ("Smt. Jamuna Nayak" → "Jamuna Nayak"). */
function withoutHonorifics(name: string): string {
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length - 2 && HONORIFICS.has((words[i] ?? "").replace(/\.$/, ""))) i++;
  return i > 0 ? words.slice(i).join(" ") : name;
}

interface Candidate extends Mention {
  priority: number;
}

function sentenceTokens(
  tokens: Token[],
  sentences: { start: number; end: number }[],
): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  for (const s of sentences) {
    while (i < tokens.length && (tokens[i]?.start ?? 0) < s.start) i++;
    const from = i;
    while (i < tokens.length && (tokens[i]?.end ?? 0) <= s.end) i++;
    out.push([from, i]);
  }
  return out;
}

/** Analyses one normalised document: segments it and recognises its names and events. */
const STATE_FORM =
  /^(?:(?:United|Hashemite) Kingdom|Kingdom|(?:Federal|Islamic|Arab|Democratic|Italian|French) Republic|Republic|State|Sultanate|Emirate|Principality|Grand Duchy) of (?:the )?(.+)$/;

/** "France", "the Kingdom of the Netherlands": a country named as a state. */
function isState(words: string[]): boolean {
  const name = words.join(" ");
  return COUNTRIES.has(name) || COUNTRIES.has(STATE_FORM.exec(name)?.[1] ?? "");
}

/** Words between a subject and its verb that do not change who acts ("is also funding"). */
const AUXILIARIES = new Set(
  "is are was were has have had been will would be also generously kindly further jointly".split(
    " ",
  ),
);

/** "France funds", "France is also funding": a funding verb follows the name. */
function fundsAfter(tokens: Token[], i: number): boolean {
  for (let k = i; k < i + 4; k++) {
    const w = tokens[k]?.text ?? "";
    if (FUNDING_VERBS.has(w)) return true;
    if (!AUXILIARIES.has(w)) return false;
  }
  return false;
}

/** Words that open a fact box's label ("Implementing organisation:", "Lead partner:"). */
const FACT_LABEL =
  /^(?:Implementing|Lead|Partner|Partners|Donor|Donors|Funder|Funders|Funding|Organi[sz]er|Organi[sz]ers|Duration|Budget|Location|Contact|Venue|Date|Time|Target|Beneficiaries|Objective|Objectives|Sector|Status|Speakers?|Moderator|Facilitators?|Participants?|Project|Programme|Photo|Source|Credit)\b[\p{L} ]{0,30}$/u;

/** The span of a dateline's prefix ("BAIDOA, 3 May 2022 –") on the first body line. */
const ROLE_NOUN = new RegExp(String.raw`^${ROLE_NOUNS}$`, "iu");
/** The last word of a person's title, never of an event's name ("Programme Analyst"). */
const HOLDER_TITLE =
  /^(?:Analyst|Officer|Manager|Coordinator|Director|Adviser|Advisor|Specialist|Expert|Consultant|Assistant|Associate|Leader|Chair|Chairperson|Secretary)$/;

/** A paragraph that opens on its places and date: "Cobán, Alta Verapaz, 22 August." */
const RUN_IN_PLACE =
  /(?<=^|\n)([ \t]*(?:\*\*|__)?)(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?:, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}){0,2}),[ \t]*(?=\d{1,2}(?:[–-]\d{1,2})?(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d)/gu;

function datelineSpan(
  text: string,
  seg: { lines: { kind: string; start: number; text: string }[] },
): [number, number] {
  // The dateline opens the first or, after a line holding only the date, the second body line
  // ("MUKALLA, Yemen –", "AMMAN, 3 May 2022 –").
  for (const line of seg.lines.filter((l) => l.kind === "body").slice(0, 2)) {
    const head = /^(\s*[^–—\n]{2,70}?)\s(?:–|—|-{1,2})\s/u.exec(line.text);
    // ("3. Koffi Mensah – Taxi Union": a numbered item of a list is no dateline.)
    if (
      head?.[1] &&
      !/^\s*(?:\d{1,2}[.)]|[-*•])\s/.test(head[1]) &&
      /\d|^\s*\p{Lu}[\p{Lu}\s,()/-]+$|^\s*\p{Lu}{2,}[\p{Lu}\s'’-]*,\s*\p{Lu}[\p{L}\s.'’-]*$/u.test(
        head[1],
      )
    )
      return [line.start, line.start + head[1].length];
  }
  return [-1, -1];
}

/** True when chunk `ci` stands in apposition to a person ("X, Y Forum", "X of the Y Forum"). */
/** The text between chunks `a` and `b`. */
function gapBetween(text: string, tokens: Token[], a: Chunk, b: Chunk): string {
  return text.slice(tokens[a.to - 1]?.end ?? 0, tokens[b.from]?.start ?? 0);
}

/**
 * "Omar Said (X Y)", "Huda Aziz, Treasurer (X Y)": a chunk in brackets right after a person,
 * or after a person and a title, names the person's body.
 */
function bracketAfterPerson(text: string, tokens: Token[], chunks: Chunk[], ci: number): boolean {
  const isPerson = (x: Chunk | undefined): boolean => !!x && (x.cls === "person" || !!x.honorific);
  const c = chunks[ci];
  const prev = chunks[ci - 1];
  if (!c || !prev) return false;
  if (isPerson(prev) && /^\s*\(\s*$/.test(gapBetween(text, tokens, prev, c))) return true;
  const before = chunks[ci - 2];
  const title = tokens
    .slice(prev.from, prev.to)
    .map((t) => t.text)
    .join(" ");
  return (
    !!before &&
    isPerson(before) &&
    TITLE_WORD.test(title.split(" ").pop() ?? "") &&
    /^\s*,\s*$/.test(gapBetween(text, tokens, before, prev)) &&
    /^\s*\(\s*$/.test(gapBetween(text, tokens, prev, c))
  );
}

function afterPerson(text: string, tokens: Token[], chunks: Chunk[], ci: number): boolean {
  const c = chunks[ci];
  const prev = chunks[ci - 1];
  // "Omar Saleh, Programme Officer, Basra Water Forum": a title between commas.
  const before = chunks[ci - 2];
  if (
    c &&
    prev?.cls === "role" &&
    before &&
    (before.cls === "person" || before.honorific) &&
    /^\s*,\s*$/.test(gapBetween(text, tokens, before, prev)) &&
    /^\s*(?:,|\()\s*(?:the\s+)?$/.test(gapBetween(text, tokens, prev, c))
  )
    return true;
  // "Rania Khalil, Chair (Zarqa Women Forum)": a title, then the body in brackets.
  if (
    c &&
    prev &&
    (prev.cls === "person" || prev.honorific) &&
    /^\s*,\s*\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}\s*\(\s*(?:the\s+)?$/u.test(
      gapBetween(text, tokens, prev, c),
    ) &&
    TITLE_WORD.test(
      gapBetween(text, tokens, prev, c).replace(/[,(]/g, "").trim().split(/\s+/).pop() ?? "",
    )
  )
    return true;
  if (!c || !prev || (prev.cls !== "person" && !prev.honorific)) return false;
  const gap = gapBetween(text, tokens, prev, c);
  // "Layla Aziz, coordinator of the X Forum": a title of a body between them.
  return (
    /^\s*(?:,|\(|,?\s*(?:of|from|at|with)(?:\s+the)?)\s*(?:the\s+)?$/.test(gap) ||
    /^\s*,\s*(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+){1,3}?(?:of|at|from|with|for)\s+(?:the\s+)?$/u.test(
      gap,
    )
  );
}

/**
 * True when chunk `ci` stands in a list of places ("from Fao, Siba and Abu al-Khasib"): a
 * preposition of place opens it and "and" joins its members ("in Nyala, Amna Idris" is none).
 */
function placeList(tokens: Token[], chunks: Chunk[], ci: number): boolean {
  const gapOf = (a: Chunk | undefined, b: Chunk | undefined): string =>
    a && b
      ? tokens
          .slice(a.to, b.from)
          .map((t) => t.text)
          .join(" ")
      : "";
  const joined = (g: string): boolean => /^(?:,|and|, and)$/.test(g);
  let k = ci;
  let sawAnd = false;
  for (;;) {
    const c = chunks[k];
    if (!c) return false;
    const before = tokens[c.from - 1]?.text ?? "";
    const opens =
      /^(?:in|at|near|around|across|throughout|between)$/.test(before) ||
      // "farmers from X, Y and Z", "the villages of X and Y"; but "heard from X".
      (/^(?:from|of)$/.test(before) &&
        /^(?:\p{Ll}+s|\p{Ll}*men|people|youth)$/u.test(tokens[c.from - 2]?.text ?? "") &&
        !/^(?:members|representatives|delegates|staff|officials|volunteers|experts)$/.test(
          tokens[c.from - 2]?.text ?? "",
        ));
    if (opens || (c.cls === "place" && k !== ci)) {
      if (k === ci || sawAnd) return true;
      // The members after this one: ", Y and Z" or " and Z" closes the list.
      const g1 = gapOf(chunks[ci], chunks[ci + 1]);
      const g2 = gapOf(chunks[ci + 1], chunks[ci + 2]);
      return /and/.test(g1) || (g1 === "," && /and/.test(g2));
    }
    const g = gapOf(chunks[k - 1], c);
    if (!chunks[k - 1] || !joined(g)) return false;
    if (/and/.test(g)) sawAnd = true;
    k--;
  }
}

/** "our partners A and B", "its donors A, B and C": members of a list of partners. */
function listAfterPartners(text: string, tokens: Token[], chunks: Chunk[], ci: number): boolean {
  let k = ci;
  for (;;) {
    const c = chunks[k];
    if (!c) return false;
    const start = tokens[c.from]?.start ?? 0;
    if (PARTNERS_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
    const prev = chunks[k - 1];
    if (
      !prev ||
      !/^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(tokens[prev.to - 1]?.end ?? 0, start))
    )
      return false;
    k--;
  }
}
const PARTNERS_BEFORE =
  /\b(?:our|its|their|his|her)\s+(?:\p{Ll}+\s+)?(?:partners|donors|sponsors|funders|grantees|members)\s+$/u;

/**
 * "Zain Jordan and Aramex sponsored the event": names coordinated as the subject of a verb
 * of organising or funding are bodies.
 */
function subjectOfVerb(tokens: Token[], chunks: Chunk[], ci: number): boolean {
  // ("Small grants for …": a capitalised word opening a sentence or headline is no subject.)
  const c0 = chunks[ci];
  if (c0 && c0.to - c0.from === 1 && !/\p{L}/u.test(tokens[c0.from - 1]?.text ?? ".")) return false;
  let k = ci;
  for (;;) {
    const c = chunks[k];
    if (!c || (c.cls !== "unknown" && c.cls !== "org")) return false;
    const next = tokens[c.to]?.text ?? "";
    const verb = next === "also" ? (tokens[c.to + 1]?.text ?? "") : next;
    if (ORGANISE_VERBS.has(verb) || FUNDING_VERBS.has(verb)) return true;
    const after = chunks[k + 1];
    const gap = tokens
      .slice(c.to, after?.from ?? c.to)
      .map((t) => t.text)
      .join(" ");
    if (!after || !/^(?:,|and|, and|&)$/.test(gap)) return false;
    k++;
  }
}

/**
 * True when chunk `ci` is a member of a list opened by "includes", "including", "such as" or
 * "namely" in which another member is a body ("includes Bahar Organization, Shafak and Kesh
 * Malek").
 */
function memberOfBodyList(text: string, tokens: Token[], chunks: Chunk[], ci: number): boolean {
  let k = ci;
  let body = false;
  for (;;) {
    const c = chunks[k];
    if (!c) return false;
    if (c.cls === "org" && k !== ci) body = true;
    const prev = chunks[k - 1];
    if (prev && /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/.test(gapBetween(text, tokens, prev, c))) {
      k--;
      continue;
    }
    const opener = text.slice(
      Math.max(0, (tokens[c.from]?.start ?? 0) - 30),
      tokens[c.from]?.start ?? 0,
    );
    if (
      !/\b(?:includes|include|included|including|comprises|comprising|such as|namely)\s*:?\s*(?:the\s+)?$/.test(
        opener,
      )
    )
      return false;
    break;
  }
  if (body) return true;
  // A body after this one in the list counts too.
  for (let n = ci + 1; n < chunks.length; n++) {
    const prev = chunks[n - 1];
    const c = chunks[n];
    if (
      !prev ||
      !c ||
      !/^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/.test(gapBetween(text, tokens, prev, c))
    )
      return false;
    if (c.cls === "org") return true;
  }
  return false;
}

/** True when chunk `ci` follows a person's name and "of", "from" or "of the". */
function ofAfterPerson(text: string, tokens: Token[], chunks: Chunk[], ci: number): boolean {
  const c = chunks[ci];
  const prev = chunks[ci - 1];
  if (!c || !prev || (prev.cls !== "person" && !prev.honorific)) return false;
  return /^\s+(?:of|from)\s+(?:the\s+)?$/.test(gapBetween(text, tokens, prev, c));
}

/** True when chunk `ci` is joined by "and" or a comma to a neighbour that is a body. */
function coordinatedWithBody(text: string, tokens: Token[], chunks: Chunk[], ci: number): boolean {
  const c = chunks[ci];
  if (!c) return false;
  const gap = /^\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?(?:[\p{L}-]+-based\s+)?$/u;
  const prev = chunks[ci - 1];
  const next = chunks[ci + 1];
  return (
    (prev?.cls === "org" && gap.test(gapBetween(text, tokens, prev, c))) ||
    (next?.cls === "org" && gap.test(gapBetween(text, tokens, c, next)))
  );
}

/**
 * True when chunk `ci` ends a list of three or more bodies: "A, B and C", "A, B, and the C"
 * ("delegations of the X Forum, Y Collective and the Z Recycling Project": a project that
 * sends a delegation beside bodies is run as one).
 */
function endsBodyList(text: string, tokens: Token[], chunks: Chunk[], ci: number): boolean {
  const c = chunks[ci];
  const prev = chunks[ci - 1];
  const first = chunks[ci - 2];
  if (!c || prev?.cls !== "org" || first?.cls !== "org") return false;
  return (
    /^\s*,?\s+(?:and|&)\s+(?:the\s+)?$/.test(gapBetween(text, tokens, prev, c)) &&
    /^\s*,\s*(?:the\s+)?$/.test(gapBetween(text, tokens, first, prev))
  );
}

/** A foreign article and one word. */
const ARTICLE_AND_HEAD = /^(?:La|Le|Les|El|Los|Las|Die|Der|Das|Il|Lo|L['’])\s*(\p{Lu}\p{Ll}+)$/u;

/**
 * "the Sviedcannie project", "our Tamarisk programme": one name word before the event noun
 * names the event when an article or owner comes before it, and the word is no place or people.
 */
function singleTitle(tokens: Token[], from: number): boolean {
  const word = tokens[from]?.text ?? "";
  const before = tokens[from - 1]?.text ?? "";
  const article = tokens[from - 2]?.text ?? "";
  return (
    /^(?:the|The|its|our|Our|their|his|her)$/.test(before) &&
    // ("Justice at the Doorstep project": a name that goes on through "at the" is longer.)
    !(
      /^(?:at|of|on|in|to|for|from|with|by|under|over|against|without|beyond|across)$/.test(
        article,
      ) && /^\p{Lu}/u.test(tokens[from - 3]?.text ?? "")
    ) &&
    /^\p{Lu}\p{Ll}{3,}$/u.test(word) &&
    !isPlace(word) &&
    !COUNTRIES.has(word) &&
    !DEMONYMS.has(word) &&
    !DATE_WORD.test(word)
  );
}

/** After an event noun, what makes it an owner or a job's unit: "'s", "manager", "team". */
const OWNER_OR_TITLE_AFTER = new RegExp(
  String.raw`^(?:['’]s?|${ROLE_NOUNS}|team|partners?|budget)\b`,
  "iu",
);

/** Lower-case event nouns that a name before them may name ("the X Relief project"). */
const LOWER_EVENT_HEADS =
  /^(?:project|programme|program|campaign|initiative|conference|forum|festival|workshop|seminar|webinar|bootcamp|symposium|summit)$/;

/** Head nouns that name a body's activity as often as a body ("Relief", "Aid"). */
const WEAK_HEADS = new Set(["Relief", "Aid", "Initiative", "Partnership", "Services", "Projects"]);

/** Head nouns of a long form that make its acronym an event's ("… Programme (CWS)", "the
 * Safe Nights programme (SNP)"). */
const DEFINED_EVENT_HEADS =
  /^(?:Programme|Program|Project|Conference|Meeting|Meetings|Workshop|Campaign|Summit|Festival|Symposium|Seminar|Training|Course|Congress|Dialogue|Consultation|Week|Session|Roundtable|Hearing|Visit|Visits|Review|Retreat|Exhibition|Fair|Launch|Webinar|Bootcamp|Competition)$/i;

/** A verb of organising or funding follows the name ("X hosted", "X has also organised"). */
function actsAfter(tokens: Token[], i: number): boolean {
  for (let k = i; k < i + 4; k++) {
    const w = tokens[k]?.text ?? "";
    // "The forum held in Basra" is a participle; "the X Forum held a workshop" acts.
    if (
      w === "held" ||
      w === "run" ||
      w === "ran" ||
      w === "runs" ||
      w === "hosted" ||
      w === "organised" ||
      w === "organized"
    )
      return /^(?:a|an|its|their|the|two|three|several|his|her|our)$/i.test(
        tokens[k + 1]?.text ?? "",
      );
    if (ORGANISE_VERBS.has(w) || FUNDING_VERBS.has(w)) return true;
    // "The forum was organised by": a passive names the event, not a body.
    if (!AUXILIARIES.has(w) || /^(?:is|are|was|were|been|be)$/.test(w)) return false;
  }
  return false;
}

/** "By financing the clinic, Norway is …": a funding adjunct before a state as subject. */
const FUNDING_ADJUNCT =
  /\b(?:in|by|through)\s+(?:funding|financing)\s+(?:this|the|these|its|our)\b/i;

/** "funded by (the)", "a grant of €2 million from", "received $350,000 from" just before a name. */
const FUNDING_BEFORE =
  /(?:\b(?:funded|financed|sponsored|supported|underwritten)(?:\s+(?!by\b)[\p{L}\d-]+){0,3}?\s+by|\b(?:support|funding|grants?|contributions?|funds|financing|donations?)\s+(?:[^.;]{1,40}?\s+)?(?:from|of|by)|\b(?:received|receives|receiving|with)\s+[^;]{0,40}?(?:\d|million|thousand|dollars|euros)[^;]{0,20}?\s+from)\s+(?:the\s+)?(?:\p{Lu}[^.;()]{0,40}?\s*\([^()]{1,30}\)\s*(?:,\s*and|,|and)\s+(?:the\s+)?)*$/iu;

/**
 * A plural noun for bodies, then a list: "three local groups – A, B and C –", "partner
 * organisations such as A and B", "NGOs including A, B". Fires only on the plural noun.
 */
const BODY_LIST_RE =
  /\b(?:groups|organi[sz]ations|NGOs|CSOs|associations|partners|initiatives|collectives|networks|charities|unions|cooperatives|co-operatives|clubs|bodies|foundations|companies|institutions|movements|platforms|societies|centres|centers|signatories|Signatories|Partners|Members)(?:\s+(?:behind (?:it|them|the \p{Ll}+)|involved|taking part|represented))?\s*(?:\(|[–—:]|,?\s+(?:such as|including|include|included|are|were|namely|like|among them|notably)\b:?|,\s*(?=\p{Lu}))/gu;
const BODY_LIST_NEEDS =
  /groups|organi[sz]ations|NGOs|CSOs|associations|partners|initiatives|collectives|networks|charities|unions|operatives|clubs|bodies|foundations|companies|institutions|movements|platforms|societies|centres|centers|signatories|Signatories|Partners|Members/;

/** What stands before a list member: the list's opening, a separator or "and". */
/** The bullet of a list item just before a name, at the start of its line. */
const WHOLE_ITEM_BEFORE = /(?:^|\n)[ \t]*(?:[-*•–]|\d+[.)])[ \t]+$/;
/** Words that order or join an argument at a sentence's start ("First,", "Finally,"). */
const DISCOURSE_WORD =
  /^(?:First|Second|Third|Fourth|Fifth|Sixth|Firstly|Secondly|Thirdly|Finally|Lastly|Moreover|Furthermore|However|Meanwhile|Therefore|Additionally|Next)$/;

/** A label over a list of bodies ("Signed:", "Members:", "Partner organisations"). */
const BODY_LIST_LABEL =
  /^[\s#*_]*(?:the\s+)?(?:signed(?: by)?|signatories|signatory organi[sz]ations|undersigned(?: organi[sz]ations| groups| bodies)?|members|member organi[sz]ations|partners|partner organi[sz]ations|implementing partners|participating organi[sz]ations|endorsed by|endorsing organi[sz]ations)[\s*_]*:?[\s*_]*$/i;

/** True when the list item at `pos` hangs under a label of bodies (up to a blank line after items). */
function underBodyLabel(lines: readonly Line[], pos: number): boolean {
  let i = lines.findIndex((l) => pos >= l.start && pos <= l.end);
  let items = false;
  for (i -= 1; i >= 0; i--) {
    const line = lines[i] as Line;
    if (BODY_LIST_LABEL.test(line.text)) return true;
    if (line.kind === "blank") {
      // (A blank line may part the label from its first item, never two items.)
      if (items && !BODY_LIST_LABEL.test(lines[i - 1]?.text ?? "")) return false;
      continue;
    }
    if (!/^\s*(?:[-*•–]|\d+[.)])\s/.test(line.text)) return false;
    items = true;
  }
  return false;
}
const LIST_ITEM_START =
  /(?:^|[,;:–—(]|\band|\bare|\bwere|\binclude[ds]?|\bincluding|\bas)\s*(?:the\s+)?$/u;

/** "a legal aid group", "an independent association": an article, modifiers and a body's noun. */
const BODY_NOUN_PHRASE = String.raw`(?:an?|the|one)\s+(?:[\p{Ll}'’-]+\s+|\p{Lu}\p{Ll}+(?:an|ian|ish|ese|i|ic)\s+|\p{Lu}[\p{L}]+-(?:based|led|run|registered)\s+){0,3}?(?:group|organi[sz]ation|agency|donor|development agency|association|NGO|network|cent(?:re|er)|charity|collective|union|cooperative|co-operative|foundation|initiative|movement|society|club|coalition|institute|platform|non-profit|nonprofit|charitable|company|firm|federation|league|syndicate|campaign group|bookshop|bookstore|shop|library|caf[eé]|restaurant|publisher|publishing house|bakery|gallery|theatre|theater|troupe|choir|band|radio station|radio|newspaper|magazine|news agency|studio|school|clinic|hospital|cooperative society|social enterprise|start-up|startup)\b`;

/** "Sanad, a legal aid group from Derna": an apposition that says the name is a body's. */
const BODY_APPOSITION = new RegExp(String.raw`^,\s+${BODY_NOUN_PHRASE}(?!['’]s\b)`, "u");

/**
 * "Kayak Hands is a volunteer network of …", "Marlow Tide is an independent association": a
 * name defined as a body by "is a …" (the noun ends the phrase, so "is a school teacher" is none).
 */
const BODY_COPULA = new RegExp(
  String.raw`^\s+(?:is|was|has been|remains)\s+${BODY_NOUN_PHRASE}` +
    String.raw`(?=\s*(?:[,.;:()]|$)|\s+(?:of|for|in|from|based|that|which|working|founded|formed|led|run|set|established|made|with|on|at|and|registered|active|by|since|to|whose|where|created)\b)`,
  "u",
);

/** A table's cell that names no one: "Name withheld", "Anonymous", "Undisclosed donor". */
const UNNAMED_CELL =
  /^(?:names?\s+withheld|withheld|anonymous|undisclosed|not\s+disclosed|confidential|private\s+donor)\b/i;

/** A span of years: "2023–2027", "2024-26". */
const YEAR_SPAN = String.raw`(?:19|20)\d\d\s*[–—-]\s*(?:(?:19|20)?\d\d)`;

/**
 * What follows a project's or programme's name where the text defines it: "(…) is a
 * three-year research project", "(2024–2026) is a programme of", "(Gloss, 2023–2027)",
 * "began in October 2024 and will run until …". A body is never defined so: it is founded,
 * it does not run over a span of years. (Not "runs from … to …": services and bodies run
 * from places and hours as well.)
 */
const EVENT_DEFINITION = new RegExp(
  String.raw`^[*_]*(?:[^\S\n]*\([^()\n]{1,160}\))?[*_]*` +
    String.raw`(?:[^\S\n]*\(\s*(?:[^()\n]{0,120}[,;]\s*)?(?:\p{Ll}+\s+)?${YEAR_SPAN}\s*\)` +
    String.raw`|[^\S\n]*(?:\(\s*${YEAR_SPAN}\s*\)\s*)?,?[^\S\n]+(?:is|was|will\s+be|has\s+been)\s+(?:an?|the|our|its)\s+(?:(?!(?:of|for|in|on|at|to|from|with|by|and|or)\s)[\p{L}\d–-]+\s+|\(\s*${YEAR_SPAN}\s*\)\s+){0,4}?(?:project|programme|program|initiative|study|pilot)\b(?!\s+${ROLE_NOUNS}\b)` +
    String.raw`|\s+(?:began|started|was\s+launched)\s+in\s+[^.;\n]{1,30}?\s+and\s+(?:will\s+)?runs?\s+(?:until|till|to|through)\b)`,
  "u",
);

/** "a fourth group, Karantina Rising,": a body noun set before the name in apposition. */
const BODY_NOUN_BEFORE =
  /\b(?:an?|one|another|the|a\s+\p{Ll}+)\s+(?:[\p{Ll}'’-]+\s+){0,2}(?:group|organi[sz]ation|association|NGO|network|collective|charity|initiative|cooperative|co-operative|foundation|movement|platform|union|society|club|coalition)\s*,\s*$/u;

/** Spans of the lists of bodies in a sentence (see BODY_LIST_RE). */
function listsOfBodies(
  text: string,
  s: { start: number; end: number } | undefined,
): [number, number][] {
  if (!s) return [];
  const body = text.slice(s.start, s.end);
  if (!BODY_LIST_NEEDS.test(body)) return [];
  const out: [number, number][] = [];
  for (const m of body.matchAll(BODY_LIST_RE)) {
    const from = (m.index ?? 0) + m[0].length;
    const rest = body.slice(from, from + 240);
    const stop =
      /[–—)]|\.(?:\s|$)|\s(?:were|was|are|is|have|has|had|joined|took|will|which|who)\b/u.exec(
        rest,
      );
    out.push([s.start + from, s.start + from + (stop ? stop.index : rest.length)]);
  }
  return out;
}

export function recognise(id: string, source: string): DocAnalysis {
  // "from @Hawler Angel Investors Network": a post's mention of a page is that page's name.
  // (Replaced by a space, so every offset stays that of the source text.)
  const text = source.replace(PAGE_MENTION, " ");
  const seg = segment(text);
  const tokens = tokenize(text);
  const sentTokens = sentenceTokens(tokens, seg.sentences);
  const currencyUse = new Map<string, boolean>();
  const usedAsCurrency = (code: string): boolean => {
    let hit = currencyUse.get(code);
    if (hit === undefined) currencyUse.set(code, (hit = currencyInText(text, code)));
    return hit;
  };
  const an: DocAnalysis = {
    id,
    text,
    seg,
    tokens,
    sentTokens,
    mentions: [],
    references: [],
    events: [],
    links: [],
    names: new Map(),
    tableFunding: [],
  };
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (isLowerInitial(t.text)) lowerSeen.add(t.text);
  const cands: Candidate[] = [];
  /** Acronyms the document defined as events' ("… Programme (CWS)"). */
  const eventAcronyms = new Set<string>();
  /** Keys of event-headed names that act as bodies ("the X Forum hosted"). */
  const agents = new Set<string>();
  const appositiveEvents = new Set<string>();
  // ("| AK | Qawiaraq Health Workers Alliance | Nome |": the cells of a column of places.)
  const placeCells = tablesOf(seg.lines).flatMap((table) => {
    const col = table.header.findIndex((c) =>
      PLACE_COLUMN.test(c.text.replace(/[*_]/g, "").trim()),
    );
    return col < 0 ? [] : table.rows.flatMap((r) => (r.cells[col] ? [r.cells[col]] : []));
  });
  const push = (
    kind: MentionKind,
    start: number,
    end: number,
    sentence: number,
    priority: number,
    name?: string,
  ): string => {
    // (Returns the mention's ref, or "" where no mention is made.)
    // ("Zaid Haddad-Director of X": a title glued to a person's name by a hyphen is no part
    // of the name.)
    if (kind === "person" && !name) {
      const glued = GLUED_TITLE.exec(text.slice(start, end));
      if (glued) end -= glued[0].length;
    }
    if (kind !== "event" && placeCells.some((c) => c.start <= start && end <= c.end)) return "";
    // ("Siyakhana Women's Trust, Beitbridge" ending its line: the town after a body's name.)
    if (kind === "org" && !name && townAfterBody(text, start, end)) return "";
    // ("a Muscat-based family company": where a body is based describes it; it names none.)
    // (Nor does "the Ljubljana-based institute", a lower-case noun after it.)
    if (/^[\p{L}.'’ -]+-based(?:\s+\p{Ll}[\p{L}-]*)*$/u.test(text.slice(start, end))) return "";
    // ("La Fédération", "El Consejo": an article and a head alone refer back, as "the
    // Federation" does.)
    const articleAndHead = kind === "org" ? ARTICLE_AND_HEAD.exec(text.slice(start, end)) : null;
    if (articleAndHead && ORG_HEADS.has(articleAndHead[1] ?? "")) return "";
    // ("May 2025", "Sept. 2024" in a table's cell: a month and its year name nothing.)
    if (
      kind !== "event" &&
      (MONTH_YEAR.test(name ?? text.slice(start, end)) ||
        (MONTH_YEAR.test(`${text.slice(start, end)} 2000`) &&
          /^\.?\s+\d{4}\b/.test(text.slice(end, end + 8))))
    )
      return "";
    // ("UNHCR Zahle Sub-Office" read by any path is UNHCR.)
    const office = kind === "org" && !name ? text.slice(start, end).split(/\s+/) : [];
    const surface = name ?? (fieldOffice(office) ? office[0] : undefined) ?? text.slice(start, end);
    const ref = refOf(kind, surface);
    cands.push({ start, end, ref, kind, sentence, priority });
    addName(an, ref, text.slice(start, end));
    return ref;
  };
  const span = (c: Chunk): [number, number] => [
    tokens[c.from]?.start ?? 0,
    tokens[c.to - 1]?.end ?? 0,
  ];

  const [datelineStart, datelineEnd] = datelineSpan(text, seg);
  // ("Cobán, Alta Verapaz, 22 August. More than …": a paragraph's run-in place and date.)
  const runIns = [...text.matchAll(RUN_IN_PLACE)].map((m) => {
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    return [start, start + (m[2]?.length ?? 0)] as const;
  });
  const commaNames = [...text.matchAll(COMMA_NAMES)];
  seg.sentences.forEach((_s, si) => {
    const [from, to] = sentTokens[si] ?? [0, 0];
    const chunks = findChunks(tokens, from, to, lowerSeen, text);
    const chunkEndingAt = (i: number): number => chunks.find((c) => c.to - 1 === i)?.from ?? -1;
    for (const d of findDefinitions(text, tokens.slice(from, to), (i) => {
      const c = chunkEndingAt(from + i);
      return c < 0 ? -1 : c - from;
    })) {
      const long = text.slice(d.longStart, d.longEnd);
      const lastWord = long.split(/\s+/).pop() ?? "";
      // "Karim Eid (UNDP Lebanon)": a person's name before a known body's acronym defines
      // nothing; the bracket names the body the person is from.
      if (
        !d.matched &&
        gazetteerLabel(d.short.split(/\s+/)[0] ?? "") &&
        isPersonShape(long.split(/\s+/))
      )
        continue;
      // ("Dr. Rashad Aliyev (AGU)": a name after an honorific is a person's, and the bracket
      // names their body.)
      const wordBefore = /(\S+)\s+$/.exec(text.slice(Math.max(0, d.longStart - 16), d.longStart));
      // (Nor are initials before a name: "Y. Conteh (UNFPA)".)
      if (
        !d.matched &&
        ([wordBefore?.[1], long.split(/\s+/)[0]].some((w) => !!w && HONORIFICS.has(w)) ||
          initialled(long.split(/(\.)|\s+/).filter((w) => !!w)))
      )
        continue;
      // ("Notes: Zaw Min Oo (HAI)" where "Horizon Aid International (HAI)" stands elsewhere: a
      // bracket after a name the letters do not spell defines nothing when others do.)
      if (!d.matched && spelledElsewhere(text, d.short, d.shortStart - 1)) continue;
      // ("the Powering Rural Health (PRH) project": a lower-case event noun after the bracket.)
      const nounAfter = /^\s*\)?\s+(?:project|programme|program|campaign|initiative)\b/.test(
        text.slice(d.shortEnd, d.shortEnd + 24),
      );
      if (
        isPlace(long) ||
        // ("Gender Adviser (CARE Colombia)": a title names the person's body in brackets.)
        (ROLE_WORDS.has(lastWord) &&
          !ORG_HEADS.has(lastWord) &&
          !EVENT_HEADS.has(lastWord.toLowerCase())) ||
        // ("X, Chair (ATTL)": a title before a bracket defines no acronym; nor does
        // "Grant (JOD)", a currency's code.)
        TITLE_WORD.test(long) ||
        (!d.matched && /^[A-Z]{3}$/.test(d.short) && !!currencyOf(d.short)) ||
        (CONCEPT_HEADS.has(lastWord) &&
          !nounAfter &&
          !long.split(/\s+/).some((w) => ORG_HEADS.has(w))) ||
        (/^\p{Ll}/u.test(long) && /\b(?:organi[sz]ations?|society)$/.test(long))
      )
        continue;
      // "Community Water Stewardship Programme (CWS)": an acronym may name an event too, and so
      // may one before a lower-case event noun ("the Powering Rural Health (PRH) project").
      // ("Lebanese Organization for Studies and Training (LOST)": a body's head word earlier.)
      const longWords = long.split(/\s+/);
      const bodyHeaded = longWords.some(
        (w, k) =>
          ORG_HEADS.has(w) &&
          !/^(?:Programme|Program|Project|Fund)$/.test(w) &&
          /^(?:for|of|on)$/.test(longWords[k + 1] ?? ""),
      );
      // ("its Community Action Window (CAW), a three-year programme": an apposition after the
      // bracket says what the name and its short form are.)
      const apposedAfter = bracketApposed(longWords, text.slice(d.longEnd, d.longEnd + 100));
      const kind =
        !gazetteerLabel(long) &&
        ((DEFINED_EVENT_HEADS.test(lastWord) && !bodyHeaded) || nounAfter || apposedAfter)
          ? "event"
          : "org";
      if (kind === "event") eventAcronyms.add(d.short);
      const a = push(kind, d.longStart, d.longEnd, si, 6);
      const short = d.short.replace(/\s+\p{Lu}\p{Ll}+$/u, "");
      const b = push(kind, d.shortStart, d.shortStart + short.length, si, 6);
      an.links.push([a, b]);
      if (short !== d.short) an.links.push([a, push(kind, d.shortStart, d.shortEnd, si, 7)]);
    }
    // "the Foreign, Commonwealth & Development Office": a known name with a comma in it.
    const sent = seg.sentences[si];
    for (const m of commaNames)
      if (sent && m.index >= sent.start && m.index + m[0].length <= sent.end)
        push("org", m.index, m.index + m[0].length, si, 9);
    const bodyLists = listsOfBodies(text, seg.sentences[si]);
    const sentence = seg.sentences[si];
    const locationLine =
      !!sentence &&
      LOCATION_LINE.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 200)));
    const bodyFactLine =
      !!sentence &&
      BODY_FACT_LINE.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)));
    chunks.forEach((c, ci) => {
      const [s, e] = span(c);
      const words = tokens.slice(c.from, c.to).map((t) => t.text);
      // "HILLAH, 3 May 2022 –": the dateline's place is no body; "Implementing partner:"
      // labels a fact box.
      const inDateline =
        (s >= datelineStart && s < datelineEnd) || runIns.some(([a, b]) => s >= a && e <= b);
      if (inDateline && c.cls !== "org") return;
      if (
        inDateline &&
        words.length === 1 &&
        isAcronym(words[0] ?? "") &&
        !gazetteerLabel(words[0] ?? "")
      )
        return;
      if (FACT_LABEL.test(words.join(" ")) && /^[\s\p{Ll}*_]*[:|]/u.test(text.slice(e, e + 20)))
        return;
      // ("Consortium members:", "Network partners:": a head noun labelling a fact line.)
      if (
        words.length === 1 &&
        ORG_HEADS.has(words[0] ?? "") &&
        /^[\s\p{Ll}]*:/u.test(text.slice(e, e + 24))
      )
        return;
      // "Location: Bashiqa and Bartella, Nineveh": a fact line of places names no body.
      if (locationLine) return;
      // "UNICEF Lebanon", "UNDP Yemen", "UNHCR Zahle Sub-Office": a known agency's country or
      // field office is the agency.
      if (fieldOffice(words)) {
        push("org", s, e, si, 4, words[0]);
        return;
      }
      // "Chair of the Board of Basma Relief", "the Board of Trustees of the X Foundation": a
      // body's governing board stands for the body.
      // ("the Foundation's Board of Trustees" is the foundation's organ, no body of its own.)
      if (BOARD_ALONE.test(words.join(" "))) return;
      const board = BOARD_OF.exec(words.join(" "));
      if (
        c.cls === "org" &&
        board &&
        (board[1] ||
          // ("the Board of Stiftelsen Brennholt approved": a board of a body named by its head.)
          (/^Board\b/.test(board[0]) &&
            words.slice(board[0].trim().split(/\s+/).length).some((w) => ORG_HEADS.has(w))) ||
          ROLE_OF_THE.test(text.slice(Math.max(0, s - 40), s)) ||
          SEAT_ON.test(text.slice(Math.max(0, s - 20), s)))
      ) {
        const skip = board[0].trim().split(/\s+/).length;
        const owner = tokens[c.from + skip];
        const ownerName = owner ? text.slice(owner.start, e) : "";
        // (The owner is a body by its own name: its head noun, an acronym, or the name used
        // alone elsewhere; "the Board of Supreme Audit" is a body of its own.)
        if (
          owner &&
          /^\p{Lu}/u.test(owner.text) &&
          (words.slice(skip).some((w) => ORG_HEADS.has(w) || isAcronym(w)) ||
            text.indexOf(ownerName) !== owner.start ||
            text.indexOf(ownerName, e) >= 0)
        ) {
          push("org", owner.start, e, si, 4);
          return;
        }
      }
      // "Kenya Red Cross Garissa branch", "Mercy Corps Maiduguri office": a body, then the town
      // of its branch.
      if (
        c.cls !== "person" &&
        c.to - c.from >= 3 &&
        BRANCH_NOUNS.test(tokens[c.to]?.text ?? "") &&
        classify(tokens, c.from, c.to - 1) === "org"
      ) {
        // ("the Ministry of Fish Wealth's Hadramout office": the owner without its "'s".)
        const ownerEnd = tokens[c.to - 2]?.end ?? e;
        push("org", s, ownerEnd - (/['’]s$/.exec(text.slice(s, ownerEnd))?.[0].length ?? 0), si, 4);
        return;
      }
      // "goes to MWDC for Thozhi, a project on …": the body, then the project it gets it for.
      const forAt = words.indexOf("for");
      const apposed = forAt > 0 ? EVENT_APPOSITION.exec(text.slice(e, e + 80)) : null;
      const apposedNoun = apposed?.[1]?.toLowerCase() ?? "";
      const apposedType =
        EVENT_HEADS.get(apposedNoun) ??
        (/^(?:initiative|campaign)$/.test(apposedNoun) ? "project" : undefined);
      // ("Secure Tenure for Returnees in Jonglei, a three-year project" is the project's name:
      // the words before "for" must name a body.)
      const bodyBeforeFor = words
        .slice(0, forAt)
        .some(
          (w) => isAcronym(w) || (ORG_HEADS.has(w) && !/^(?:Programme|Program|Project)$/.test(w)),
        );
      if (
        forAt > 0 &&
        forAt < words.length - 1 &&
        apposedType &&
        bodyBeforeFor &&
        !gazetteerLabel(words.join(" "))
      ) {
        const bodyEnd = tokens[c.from + forAt - 1]?.end ?? s;
        const projectStart = tokens[c.from + forAt + 1]?.start ?? e;
        push("org", s, bodyEnd, si, 4);
        push("event", projectStart, e, si, 4);
        (an.appositionTypes ??= new Map()).set(
          matchKey(text.slice(projectStart, e)),
          apposedType as EventType,
        );
        return;
      }
      // "Based in Pemba, …", "Founded in Nyala in 2009": a fronted participle names nothing.
      if (FRONTED_PARTICIPLE.test(words[0] ?? "") && words[1] === "in") return;
      // "the PANCOR Board", "the Alliance Steering Committee", "the Network Secretariat": a body's
      // organ after the body's own name (an acronym, or a name the text uses alone) stands for it.
      const organ = c.cls === "org" ? ORGAN_AFTER.exec(words.join(" ")) : null;
      if (organ && organ.index > 0) {
        const ownerWords = words.length - organ[0].trim().split(" ").length;
        const last = tokens[c.from + ownerWords - 1];
        const ownerName = last ? text.slice(s, last.end) : "";
        if (
          last &&
          ownerName &&
          // ("the Consortium Steering Committee": a bare head noun names no owner.)
          !ORG_HEADS.has(ownerName) &&
          (isAcronym(ownerName) || usedAlone(text, ownerName, organ[0].trim()))
        ) {
          push("org", s, last.end, si, 4);
          return;
        }
      }
      // A platform is a network or a recurring gathering: "hosts the Civil Society Platform" and
      // "the Platform event" read it as the gathering.
      if (c.cls === "org" && words[words.length - 1] === "Platform") {
        if (words.length === 1 && /^\s+(?:event|meeting|session)\b/.test(text.slice(e, e + 10)))
          return;
        if (HOSTED_BEFORE.test(text.slice(Math.max(0, s - 30), s))) {
          push("event", s, e, si, 4);
          return;
        }
      }
      // "About Noor Centre": a boilerplate section's heading names the body it is about.
      if (
        words[0] === "About" &&
        words.length > 1 &&
        c.cls !== "place" &&
        c.cls !== "event" &&
        /(?:^|\n)[\s#*_]*$/.test(text.slice(Math.max(0, s - 8), s))
      ) {
        const next = tokens[c.from + 1];
        if (next && /^\p{Lu}/u.test(next.text)) push("org", next.start, e, si, 4);
        return;
      }
      // "SIDE EVENT", "PERMANENT SECRETARY", "CONTENTS": a heading in capitals spelled with
      // the text's common words names nothing ("-ENDS-", "AOB" and "HUGE thanks" neither).
      if (capitalsHeading(text, words, s, e, lowerSeen)) return;
      // ("WEBINAR TRANSCRIPT (edited)": a line that says what kind of document this is.)
      const around = lineAround(text, s);
      if (DOCUMENT_KIND_LINE.test(text.slice(around.start, around.end))) return;
      // ("Table 3.1 Dialogue tables on mining, Oruro (30/06/2025)": a caption's event noun
      // names what the table lists, no event.)
      if (c.cls === "event" && PART_OR_CAPTION_LINE.test(text.slice(around.start, around.end)))
        return;
      // "Head of Programmes", "Director of Finance and Operations": a department in a title
      // names no body.
      if (
        words.every((w) => DEPARTMENTS.has(w.toLowerCase()) || w === "and" || w === "&") &&
        TITLE_OF_BEFORE.test(text.slice(Math.max(0, s - 40), s))
      )
        return;
      // ("Province, Hon. Kamala Magar": an honorific cut from its name names no one.)
      // (Shouted too: "DRA. MARISOL CÉSPEDES:", "LIC. WILBER CHOQUE".)
      const single = words.length === 1 ? (words[0] ?? "") : "";
      const capital = single.charAt(0) + single.slice(1).toLowerCase();
      if (single && [single, capital].some((w) => HONORIFICS.has(w) || HONORIFICS.has(`${w}.`)))
        return;
      // "on Sunday launched": a day or a month names no one.
      if (words.length === 1 && CALENDAR_NAME.test(words[0] ?? "")) return;
      // ("Last Thursday", "Next Monday": a day told relative to the dateline names no one.)
      if (
        words.length === 2 &&
        /^(?:Last|Next|This|Every|On|Early|Late|Mid)$/.test(words[0] ?? "") &&
        CALENDAR_NAME.test(words[1] ?? "")
      )
        return;
      // "Third, the authority must …": an ordinal that orders an argument names nothing.
      if (
        words.length === 1 &&
        DISCOURSE_WORD.test(words[0] ?? "") &&
        /^\s*,/.test(text.slice(e, e + 2))
      )
        return;
      // 'the project "Mothers for Peace"': a quoted title after an event noun names the event
      // (read by the event finder), not a body.
      if (
        c.cls === "org" &&
        QUOTED_EVENT_TITLE.test(text.slice(Math.max(0, s - 40), s)) &&
        /^[”"’]/.test(text.slice(e, e + 1))
      )
        return;
      // ('the project "Safe Spaces, Stronger Voices"': the words of a quoted title name no
      // person or body of their own.)
      if (c.cls !== "org" && insideQuotedTitle(text, s, e)) return;
      // "at the Basra International Fair grounds": an event's name before a venue noun is a place.
      if (c.cls === "event" && VENUE_AFTER.test(text.slice(e, e + 12))) return;
      // "at the Rustaveli Conference Hall", "the Summit Room": a venue named by its event noun.
      if (c.cls === "event" && words.some((w, k) => k > 0 && VENUE_NAME_WORDS.test(w))) return;
      // "Tidewell's Malawi Programme Manager": a unit of a body before a title names no event.
      const titleAfter = tokens[c.to]?.text ?? "";
      if (c.cls === "event" && ROLE_WORDS.has(titleAfter) && titleAfter !== "Partners") return;
      // ("GBV Programme Analyst", "Project Officer": a title whose unit is an event's noun.)
      if (c.cls === "event" && words.length > 1 && HOLDER_TITLE.test(words[words.length - 1] ?? ""))
        return;
      // "Conference Report", "Workshop Proceedings": a document about an event names no event.
      // ("Workshop Report No. 7": a report's number after it.)
      const lastDocWord = /^(?:No|Nr|Number|Vol|Issue)$/.test(words[words.length - 1] ?? "")
        ? words[words.length - 2]
        : words[words.length - 1];
      if (c.cls === "event" && DOCUMENT_WORDS.test(lastDocWord ?? "")) return;
      if (
        c.cls === "event" &&
        words.length > 2 &&
        words[words.length - 1] === "Project" &&
        endsBodyList(text, tokens, chunks, ci)
      ) {
        push("org", s, e, si, 3);
        return;
      }
      // "five grants under Round 2 of its Earthquake Recovery Window": what grants are given
      // under is a programme (a body's head noun, "its Emergency Fund", names the giver).
      if (
        (c.cls === "org" || c.cls === "unknown" || (c.cls === "person" && !c.honorific)) &&
        words.length > 1 &&
        !words.some((w) => ORG_HEADS.has(w) || isAcronym(w)) &&
        !gazetteerLabel(words.join(" ")) &&
        GRANTS_UNDER.test(text.slice(Math.max(0, s - 90), s)) &&
        // ("its Green Shores programme": the noun after the name is read with it elsewhere.)
        !/^\s+(?:programme|program|project|initiative|window|fund|facility|scheme)\b/.test(
          text.slice(e, e + 14),
        )
      ) {
        push("event", s, e, si, 5);
        appositiveEvents.add(matchKey(text.slice(s, e)));
        (an.appositionTypes ??= new Map()).set(matchKey(text.slice(s, e)), "programme");
        return;
      }
      // "The Digital Rights School, a six-month programme run by …": an apposition that says
      // what a name is makes it that event, whatever its head noun.
      // ("Caminos Seguros, a cross-border project": a name that reads as a person's too.)
      // ("its Community Action Window (CAW), a three-year programme": its short form between.)
      if (
        (c.cls === "org" || c.cls === "unknown" || (c.cls === "person" && !c.honorific)) &&
        (words.length > 1 ||
          /^#/.test(text.slice(s - 1, s)) ||
          /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+/u.test(words[0] ?? "") ||
          // ("launched Sabeel, an 18-month project": a one-word name no common word spells.)
          (!isPlace(words[0] ?? "") && !lowerSeen.has((words[0] ?? "").toLowerCase()))) &&
        !gazetteerLabel(words.join(" ")) &&
        !words.some(isAcronym) &&
        (EVENT_APPOSITION.test(text.slice(e, e + 80)) ||
          bracketApposed(words, text.slice(e, e + 100)))
      ) {
        push("event", s, e, si, 5);
        appositiveEvents.add(matchKey(text.slice(s, e)));
        // (The apposition's noun types the event: "a project", "a festival".)
        const noun = EVENT_APPOSITION.exec(text.slice(e, e + 80))?.[1]?.toLowerCase();
        const type = noun ? EVENT_HEADS.get(noun) : undefined;
        if (type)
          (an.appositionTypes ??= new Map()).set(matchKey(text.slice(s, e)), type as EventType);
        return;
      }
      // "UN agencies", "EU member states": a body's name used as an adjective names no body.
      if (
        words.length === 1 &&
        isAcronym(words[0] ?? "") &&
        /^\s(?:agencies|organi[sz]ations|bodies|officials|staff|member|members|partners|entities|system|family|funds|programmes|missions|peacekeepers)\b/.test(
          text.slice(e, e + 16),
        )
      )
        return;
      // "QAR 250,000", "20,000 TND", "US$ 1.2 million": a currency beside a figure is no body.
      if (/^\$/.test(text.slice(e, e + 1))) return;
      if (
        words.length === 1 &&
        // ("KWD", and a local symbol: "Kz", "Rs", "Bs".)
        /^(?:[A-Z]{3}|\p{Lu}\p{Ll}{1,2})$/u.test(words[0] ?? "") &&
        currencyOf(words[0]) &&
        (/^\s?\d/.test(text.slice(e, e + 2)) ||
          /\d\s?$/.test(text.slice(Math.max(0, s - 2), s)) ||
          // ("Grant (KWD)", "in DZD": a code the document writes beside figures elsewhere.)
          usedAsCurrency(words[0] ?? ""))
      )
        return;
      // "Organisers: Lebanese Environmental Forum; Migration Research Unit": the values of a
      // fact line of bodies are bodies, whatever their head noun.
      if (
        bodyFactLine &&
        !c.honorific &&
        words.length > 1 &&
        (c.cls === "unknown" || c.cls === "event" || c.cls === "person") &&
        !FACT_LABEL.test(words.join(" "))
      ) {
        push("org", s, e, si, 4);
        return;
      }
      // "- Mwatana for Human Rights": a list item that is one name and nothing else, under a
      // list of bodies, is a body.
      // (Under "Signed:", "Members:" or "Partners:", any name that fills its item: "Jusoor
      // Al-Tawasul", "Hatay Solidarity Platform".)
      if (
        words.length > 1 &&
        WHOLE_ITEM_BEFORE.test(text.slice(Math.max(0, s - 6), s)) &&
        /^[\s.;,(]*(?:\n|$|\(\p{Lu}[\p{L}-]*\)\s*(?:\n|$))/u.test(text.slice(e, e + 20)) &&
        (c.cls === "unknown" || (c.cls !== "place" && !c.honorific && underBodyLabel(seg.lines, s)))
      ) {
        push("org", s, e, si, 4);
        return;
      }
      // "REHEAT (Retrofit, …) is a three-year research project", "LOCAL-B (Mapping …,
      // 2023–2027)": a name the text defines as a project's is an event's.
      if (
        (c.cls === "org" || c.cls === "unknown" || c.cls === "person") &&
        !c.honorific &&
        !gazetteerLabel(words.join(" ")) &&
        // ("a project in ʻōlelo Hawaiʻi (2025–2027)": after a lower-case word, a place or a
        // language; a defined name opens its clause or follows its article or kind.)
        (!/^[\p{Ll}\p{Lm}'’-]+$/u.test(tokens[c.from - 1]?.text ?? "") ||
          /^(?:the|its|our|their|and|or|programme|program|project|initiative|study)$/.test(
            tokens[c.from - 1]?.text ?? "",
          )) &&
        EVENT_DEFINITION.test(text.slice(e, e + 260))
      ) {
        // (A project or programme: it runs over its span, as the text says.)
        const noun = /\b(programme|program)\b/.exec(text.slice(e, e + 260))?.[1];
        (an.appositionTypes ??= new Map()).set(
          matchKey(text.slice(s, e)),
          noun ? "programme" : "project",
        );
        push("event", s, e, si, 5);
        return;
      }
      // "three local groups – Lumo, Silver Reed and Casa Verdeluz –": members of a list of
      // bodies are bodies, whatever their names look like.
      if (
        (c.cls === "person" || c.cls === "unknown" || c.cls === "org") &&
        !c.honorific &&
        ((bodyLists.some(([ls, le]) => s >= ls && e <= le) &&
          // a member opens a list item; "from Derna" inside an item is its place.
          LIST_ITEM_START.test(text.slice(Math.max(0, s - 12), s))) ||
          BODY_APPOSITION.test(text.slice(e, e + 60)) ||
          BODY_COPULA.test(text.slice(e, e + 80)) ||
          BODY_NOUN_BEFORE.test(text.slice(Math.max(0, s - 60), s)))
      ) {
        // "Dawra, Sakan and Bayt Sitti": members joined by "and" are two bodies.
        // ("the Directorate of Youth and Sports" keeps its portfolios whole.)
        const and = words.indexOf("and");
        const left = tokens[c.from + and - 1];
        const right = tokens[c.from + and + 1];
        const portfolio = words.slice(0, Math.max(0, and)).some((w) => w === "of" || w === "for");
        if (and > 0 && left && right && !portfolio) {
          push("org", s, left.end, si, 5);
          push("org", right.start, e, si, 5);
          return;
        }
        push("org", s, e, si, 5);
        return;
      }
      let bi = c.from - 1;
      while (bi > from && /^["“‘*_]$/.test(tokens[bi]?.text ?? "")) bi--;
      const before = tokens[bi]?.text ?? "";
      const after = tokens[c.to]?.text ?? "";
      const after2 = tokens[c.to + 1]?.text ?? "";
      const possAt = words.findIndex((w) => w === "’s" || w === "'s");
      if (possAt > 0) {
        const left = tokens[c.from + possAt - 1];
        const first = tokens[c.from];
        if (left && first) {
          const leftText = text.slice(first.start, left.end);
          const leftWords = words.slice(0, possAt);
          const leftIsOrg =
            leftWords.some(isAcronym) ||
            !!gazetteerLabel(leftText) ||
            leftWords.some((w) => ORG_HEADS.has(w));
          if (leftIsOrg) push("org", first.start, left.end, si, 3);
          // "the Kurdistan Region's Directorate for X": a place owning a body is no part of
          // its name.
          const own = tokens[c.from + possAt + 1];
          const placeOwner =
            isPlace(leftText) ||
            COUNTRIES.has(leftText) ||
            /\b(?:Region|Province|Governorate|Government|City|State|Republic|Kingdom|County)$/.test(
              leftText,
            );
          if (c.cls === "org" && placeOwner && own && !leftIsOrg) {
            push("org", own.start, e, si, 3);
            return;
          }
          // "the Regional Government's Ministry of Labour": a body of a body is a body too.
          if (
            c.cls === "org" &&
            leftIsOrg &&
            own &&
            words.slice(possAt + 1).some((w) => ORG_HEADS.has(w))
          )
            push("org", own.start, e, si, 3);
          if (c.cls !== "org" || leftIsOrg) {
            // "QF's Safe Schools Programme": the owner is no part of the event's name.
            const head = tokens[c.to];
            if (c.cls === "event") push("event", leftIsOrg && own ? own.start : s, e, si, 3);
            else if (own && head && LOWER_EVENT_HEADS.test(head.text))
              push("event", own.start, head.end, si, 4);
            return;
          }
        }
      }
      if (words.length === 1 && eventAcronyms.has(words[0] ?? "")) {
        push("event", s, e, si, 4);
        return;
      }
      // "the Green Terraces Relief project": a name before a lower-case event noun is the
      // event's name, unless a body's head ends it ("the Red Crescent Society campaign").
      // (A gloss in brackets may stand between: 'the Sabi Yu Rayt ("Know Your Rights") project'.)
      const gloss = /^\s*\([^()\n]{1,60}\)\s+/.exec(text.slice(e, e + 70));
      const headAfter = gloss ? tokens.find((t) => t.start === e + gloss[0].length) : tokens[c.to];
      if (
        headAfter &&
        LOWER_EVENT_HEADS.test(headAfter.text) &&
        // (Not across a line's end: "author: X Y" over "project: Z" in a page's front matter.)
        !text.slice(e, headAfter.start).includes("\n") &&
        (words.length >= 2 ||
          !!gloss ||
          (singleTitle(tokens, c.from) &&
            // ("the Kagera forum's paralegals": a forum that owns is a body; "the Ferncliff
            // programme manager": a title.)
            !OWNER_OR_TITLE_AFTER.test(text.slice(headAfter.end, headAfter.end + 24).trim()))) &&
        c.cls !== "place" &&
        c.cls !== "role" &&
        !gazetteerLabel(words.join(" ")) &&
        !c.honorific &&
        (!ORG_HEADS.has(words[words.length - 1] ?? "") ||
          WEAK_HEADS.has(words[words.length - 1] ?? "")) &&
        !words.some(isAcronym)
      ) {
        // "the Federal Foreign Office for the Water for All project": a body named by its head
        // noun, then the project it acts for, are two names.
        const forAt = words.findIndex(
          (w, k) =>
            w === "for" &&
            k >= 2 &&
            k < words.length - 1 &&
            ((ORG_HEADS.has(words[k - 1] ?? "") && !WEAK_HEADS.has(words[k - 1] ?? "")) ||
              gazetteerLabel(words.slice(0, k).join(" ")) !== undefined),
        );
        if (forAt > 0) {
          const bodyEnd = tokens[c.from + forAt - 1];
          const the = words[forAt + 1] === "the" ? 1 : 0;
          const title = tokens[c.from + forAt + 1 + the];
          if (bodyEnd && title && c.from + forAt + 1 + the < c.to) {
            push("org", s, bodyEnd.end, si, 4);
            push("event", title.start, gloss ? e : headAfter.end, si, 4);
            return;
          }
        }
        // "Funding for the Eyes on the Budget initiative": the word that opens the sentence
        // and its preposition are no part of the title.
        const lead =
          s === seg.sentences[si]?.start
            ? /^\p{Lu}\p{Ll}+\s+(?:for|of|on|to|about|with|from|under)\s+the\s+/u.exec(
                text.slice(s, e),
              )
            : null;
        push("event", s + (lead?.[0].length ?? 0), gloss ? e : headAfter.end, si, 4);
        return;
      }
      if (
        isState(words) &&
        (fundsAfter(tokens, c.to) ||
          (AUXILIARIES.has(after) &&
            FUNDING_ADJUNCT.test(text.slice(seg.sentences[si]?.start ?? 0, s))) ||
          FUNDING_BEFORE.test(
            text.slice(
              Math.max(
                seg.sentences[si]?.start ?? 0,
                // (Further back in a list of donors with their amounts: "from Sweden (SEK 6
                // million), the United Kingdom (£5 million) and Norway".)
                s -
                  (/\)\s*(?:,\s*and|,|and)\s+(?:the\s+)?$/.test(text.slice(s - 12, s)) ? 200 : 80),
              ),
              s,
            ),
          ) ||
          (after === "," && tokens.slice(c.to, c.to + 6).some((t) => /^donors?$/.test(t.text))))
      )
        push("org", s, e, si, 3);
      else if (c.cls === "org" && /^Minister (?:of|for) /.test(text.slice(s, e))) {
        // "Minister of Health" stands for the Ministry of Health, named so in the label.
        const ministry = text.slice(s, e).replace(/^Minister/, "Ministry");
        addName(an, push("org", s, e, si, 3, ministry), ministry);
      }
      // "The Delta Youth Forum took place on 3 May": a people's forum told as a gathering.
      else if (
        c.cls === "org" &&
        peopleForum(words) &&
        (GATHERING_AFTER.test(text.slice(e, e + 40)) ||
          GATHERING_BEFORE.test(text.slice(Math.max(0, s - 30), s)))
      )
        push("event", s, e, si, 3);
      else if (c.cls === "org") push("org", s, e, si, 3);
      // "the Wadi Circle and the Delta League": a name coordinated with a body is a body.
      else if (
        c.cls === "unknown" &&
        (words.length > 1 ||
          (!lowerSeen.has((words[0] ?? "").toLowerCase()) &&
            !(words[0] ?? "").split("-").some((w) => ROLE_WORDS.has(w)))) &&
        !placeList(tokens, chunks, ci) &&
        (coordinatedWithBody(text, tokens, chunks, ci) || subjectOfVerb(tokens, chunks, ci))
      )
        push("org", s, e, si, 3);
      // "Omar Said (Mafraq Youth Link)": a name in brackets after a person's is their body.
      else if (
        (c.cls === "unknown" || c.cls === "person") &&
        !c.honorific &&
        words.length > 1 &&
        /\(\s*$/.test(text.slice(Math.max(0, s - 3), s)) &&
        /^\s*[),;]/.test(text.slice(e, e + 3)) &&
        bracketAfterPerson(text, tokens, chunks, ci)
      )
        push("org", s, e, si, 3);
      // "Dr. Rana Khoury, Lebanese Water Forum": a person belongs to a body, not to an event.
      else if (c.cls === "event" && words.length > 1 && afterPerson(text, tokens, chunks, ci))
        push("org", s, e, si, 3);
      // "the Shatt Youth Forum ran a workshop": a name that organises something is a body.
      else if (
        c.cls === "event" &&
        words.length > 1 &&
        (actsAfter(tokens, c.to) ||
          AGENT_BEFORE.test(text.slice(Math.max(0, s - 40), s)) ||
          // ("in partnership with the Arab Forum for Rule of Law", "Representatives of the X
          // Forum": a forum named as a partner or as represented is a body.)
          (BODY_LIKE_EVENT.test(words.join(" ")) &&
            (PARTNER_BEFORE.test(text.slice(Math.max(0, s - 40), s)) ||
              REPRESENTED_BEFORE.test(text.slice(Math.max(0, s - 40), s)))) ||
          // ("the undersigned members of the Basra Civic Platform": a body has members.)
          MEMBERS_BEFORE.test(text.slice(Math.max(0, s - 60), s)))
      ) {
        push("org", s, e, si, 3);
        agents.add(matchKey(text.slice(s, e)));
      } else if (c.cls === "event" && words.length === 1)
        an.references.push({
          start: s,
          end: e,
          sentence: si,
          type: c.eventType === undefined ? "other" : (c.eventType as EventType),
        });
      else if (c.cls === "event") push("event", s, e, si, 3);
      // "Lawyer Nizar Haddad of the Legal Agenda", "Aicha Salem of Sahel Green Action": the
      // name after a person's "of" is the body they come from. "the Legal Agenda": a person's
      // name takes no article. "includes Bahar Organization, Shafak and Kesh Malek": members
      // of a list of bodies.
      else if (
        (c.cls === "person" || c.cls === "unknown") &&
        !c.honorific &&
        words.length > 1 &&
        (ofAfterPerson(text, tokens, chunks, ci) ||
          listAfterPartners(text, tokens, chunks, ci) ||
          // "together with staff of Hope Bridge", "representatives of Sauti Moja": whoever has
          // staff, members or representatives is a body.
          REPRESENTED_BEFORE.test(text.slice(Math.max(0, s - 40), s)) ||
          (c.cls === "person" &&
            /^[Tt]he$/.test(before) &&
            (!/^\p{Ll}/u.test(after) || /^(?:and|or)$/.test(after))) ||
          memberOfBodyList(text, tokens, chunks, ci))
      )
        push("org", s, e, si, 3);
      else if (c.cls === "person" || c.cls === "unknown") {
        // "The Bayt al-Sard cultural association": one or two adjectives, then the kind of body.
        const describedAfter = describedBody(tokens, c.to);
        const descriptor =
          ORG_DESCRIPTORS.has(before) || ORG_DESCRIPTORS.has(after.toLowerCase()) || describedAfter;
        // ("the Mediterranean network of …", "a West African association": a region's
        // adjective before a body's kind describes the body; it names none.)
        if (descriptor && words.every((w) => REGION_ADJECTIVE.test(w))) return;
        if (descriptor && !c.honorific) {
          // ("the Harikar organisation" is Harikar; "the Nakhla collective" keeps its noun.)
          const end =
            ORG_DESCRIPTORS.has(after.toLowerCase()) &&
            /^\p{Ll}/u.test(after) &&
            !/^(?:organi[sz]ation|ngo)$/.test(after)
              ? (tokens[c.to]?.end ?? e)
              : e;
          push("org", s, end, si, 3);
          return;
        }
        // ("K. Behera reported": initials before a name are the cue itself.)
        const personish =
          c.honorific ||
          (c.cls === "person" && initialled(words) && !/^(?:in|near)$/.test(before)) ||
          (c.cls === "person" &&
            isPersonShape(words) &&
            // ("in Alta Verapaz", "near Mae Ramat": a name after "in" is a place's.)
            !/^(?:in|near|across|around|outside|inside|throughout)$/.test(before) &&
            // ("our coordinator for Alta Verapaz": a title's region, not its holder.)
            !(before === "for" && ROLE_NOUN.test(tokens[bi - 1]?.text ?? "")) &&
            hasPersonCue(tokens, c, from, to, chunks, ci, text));
        if (personish) push("person", s, e, si, 4);
        // ("Treasurer  Ana Ruiz  Rumah Kita Penang": the cell after a person's is the body.)
        else if (
          c.cls === "person" &&
          !c.honorific &&
          rowCell(text, tokens, c, chunks, ci) === "after-person"
        )
          push("org", s, e, si, 3);
        else if (
          c.cls === "unknown" &&
          (words.length > 1 || listAfterPartners(text, tokens, chunks, ci)) &&
          (ORGANISE_VERBS.has(after) ||
            FUNDING_VERBS.has(after) ||
            (after === "," && ORG_DESCRIPTORS.has(after2)) ||
            // "with support from Plan Sudan", "in partnership with Save Jordan", "our partners
            // Zain Iraq and Asiacell".
            FUNDING_BEFORE.test(text.slice(Math.max(0, s - 60), s)) ||
            PARTNER_BEFORE.test(text.slice(Math.max(0, s - 40), s)) ||
            // "hosted by the Kassala Youth Circle": the agent of a passive is a body.
            AGENT_BEFORE.test(text.slice(Math.max(0, s - 40), s)) ||
            listAfterPartners(text, tokens, chunks, ci))
        )
          push("org", s, e, si, 2);
      }
    });
  });
  // A table's column of names names people ("| UNHCR | Rania Haddad | Protection Officer |"),
  // after their honorifics ("Me", "Dr.").
  for (const table of tablesOf(seg.lines)) {
    const col = columnOf(table, PERSON_COLUMN);
    if (col < 0) continue;
    for (const row of table.rows) {
      const cell = row.cells[col];
      if (!cell) continue;
      const name = cell.text.replace(/^(?:(?:Dr|Mr|Mrs|Ms|Me|Mme|Prof|Eng|Hon)\.?\s+)+/, "");
      const words = name.split(/\s+/);
      if (
        !isPersonShape(words) &&
        !(
          words.length >= 2 &&
          words.length <= 5 &&
          words.every((w) =>
            /^\p{Lu}[\p{L}'’.-]*$|^(?:al|el|bin|ibn|de|da|van|von|del|abi|abu)(?:-\p{Lu}[\p{L}'’-]*)?$/u.test(
              w,
            ),
          )
        )
      )
        continue;
      const start = cell.end - name.length;
      push("person", start, cell.end, sentenceOf(seg.sentences, start, cell.end), 8);
    }
  }
  // A table's column of organisations, grantees or partners names bodies, one or more per
  // cell ("Karak Heritage Society, with Mu'tah Volunteers Club").
  // (So does a column of donors: "Donor | Project | Amount".)
  for (const table of tablesOf(seg.lines)) {
    for (const col of [columnOf(table, BODY_COLUMN), columnOf(table, DONOR_COLUMN)]) {
      if (col < 0) continue;
      for (const row of table.rows) {
        const cell = row.cells[col];
        if (!cell) continue;
        // ("Sudan Humanitarian Fund (managed by OCHA)": a bracket is blanked, offsets kept.)
        const bare = cell.text.replace(/\([^()]*\)/g, (m) => " ".repeat(m.length));
        for (const part of bare.matchAll(/[^,;&]+/g)) {
          const name = cellName(
            part[0].replace(/^\s*(?:(?:with|and)\s+)?(?:the\s+)?/i, "").trimEnd(),
          );
          if (!/^[\p{Lu}\d]/u.test(name) || name.split(/\s+/).length > 12) continue;
          // ("Ylberi, Gjakovë", "Amen Sam, Šuto Orizari": after the body's name and a comma, a
          // short name with no body's head, no acronym and no known body's is its town.)
          if (
            part.index > 0 &&
            bare[part.index - 1] === "," &&
            !/^\s*(?:with|and)\s/i.test(part[0]) &&
            name.split(/\s+/).length <= 3 &&
            !name.split(/\s+/).some((w) => ORG_HEADS.has(w) || isAcronym(w)) &&
            !gazetteerLabel(name)
          )
            continue;
          // ("Total", "Sub-total", "Grand total": a table's sum row names no body.)
          // ("Troublesome Creek Health Access, Inc.": the legal form after the comma is none.)
          // ("Name withheld", "Anonymous (2)": a grantee or donor the table does not name.)
          if (TOTAL_CELL.test(name) || isLegalForm(name) || UNNAMED_CELL.test(name)) continue;
          const start = cell.start + (part.index ?? 0) + part[0].indexOf(name);
          push(
            "org",
            start,
            start + name.length,
            sentenceOf(seg.sentences, start, start + name.length),
            8,
          );
        }
      }
    }
  }
  if (seg.author) push("person", seg.author.start, seg.author.end, -1, 5);

  // "the forum's director", "the forum ran a course": the one forum named in the document is
  // a body that has staff and acts, not a meeting.
  for (const m of text.matchAll(ACTING_REFERENCE)) {
    const noun = (m[1] ?? "").toLowerCase();
    const named = cands.filter(
      (c) => c.kind === "event" && text.slice(c.start, c.end).toLowerCase().endsWith(` ${noun}`),
    );
    const keys = new Set(named.map((c) => matchKey(text.slice(c.start, c.end))));
    if (keys.size === 1) for (const k of keys) agents.add(k);
  }
  // A name that acts as a body anywhere in the document, or is read as one (an acronym's
  // definition, a person's body), is that body everywhere in it: one name, one kind.
  const orgKeys = new Set(
    cands.filter((c) => c.kind === "org").map((c) => matchKey(text.slice(c.start, c.end))),
  );
  // A name that an apposition calls a programme or a festival is that event everywhere.
  for (const c of cands) {
    if (c.kind === "event" || !appositiveEvents.has(matchKey(text.slice(c.start, c.end)))) continue;
    c.kind = "event";
    c.ref = refOf("event", text.slice(c.start, c.end));
    addName(an, c.ref, text.slice(c.start, c.end));
  }
  for (const key of appositiveEvents) {
    orgKeys.delete(key);
    agents.delete(key);
  }
  for (const c of cands) {
    if (c.kind === "org") continue;
    const key = matchKey(text.slice(c.start, c.end));
    if (c.kind === "person" ? !orgKeys.has(key) : !agents.has(key) && !orgKeys.has(key)) continue;
    c.kind = "org";
    c.ref = refOf("org", text.slice(c.start, c.end));
    addName(an, c.ref, text.slice(c.start, c.end));
  }
  // "- Dr. Rana Aziz — Director, Tigris Institute": a programme's speaker line names a person
  // and the body they come from; its title names neither.
  for (const sp of speakerLines(seg.lines)) {
    const si = sentenceOf(seg.sentences, sp.name.start, sp.name.end);
    for (let k = cands.length - 1; k >= 0; k--) {
      const c = cands[k];
      if (c && c.kind !== "person" && c.start >= sp.title.start && c.end <= sp.title.end)
        cands.splice(k, 1);
    }
    push("person", sp.name.start, sp.name.end, si, 8);
    // ("OCHA Somalia" already read as the gazetteer's OCHA keeps that reading.)
    const known = cands.find(
      (c) => c.kind === "org" && c.start === sp.body.start && c.end === sp.body.end,
    );
    if (known) known.priority = Math.max(known.priority, 7);
    else if (!isPlace(text.slice(sp.body.start, sp.body.end)))
      push(
        "org",
        sp.body.start,
        sp.body.end,
        sentenceOf(seg.sentences, sp.body.start, sp.body.end),
        7,
      );
  }
  // "NYAYA SATHI NEPAL" over the report, "Nyaya Sathi Nepal worked in …" in it: the body on
  // the letterhead, whatever its name looks like.
  // "Yobe Women & Children Dev. Initiative" over "@YOWCDI_Nigeria": a post's account names
  // its author, a body when its name has a body's head noun.
  for (const line of seg.lines.slice(0, 8)) {
    if (line.kind === "blank" || !accountName({ seg }, line)) continue;
    const name = line.text.trim();
    const at = line.start + line.text.indexOf(name);
    if (!name.split(/\s+/).some((w) => ORG_HEADS.has(w.replace(/[.,]$/, "")))) continue;
    const ref = push(
      "org",
      at,
      at + name.length,
      sentenceOf(seg.sentences, at, at + name.length),
      9,
    );
    // ("@YOWCDI_Nigeria": the handle may hold the acronym the body goes by.)
    const handle = /@([A-Z][A-Z0-9]{1,11})(?:_|\b)/.exec(text.slice(line.end, line.end + 60));
    if (handle?.[1] && matchLongForm(handle[1], name) === 0) {
      const hs = line.end + handle.index + 1;
      const he = hs + handle[1].length;
      const handleRef = push("org", hs, he, sentenceOf(seg.sentences, hs, he), 9);
      if (handleRef) an.links.push([ref, handleRef]);
    }
  }
  const head = letterheadName(text, seg.lines);
  if (head)
    for (const [s, e] of head.spans)
      push("org", s, e, sentenceOf(seg.sentences, s, e), 8, head.name);
  // ("Grant ID","Grantee","Project Title": a table's header names its columns, nothing else.)
  // (A two-column table's first row is a fact, "| Project | X |", not a header.)
  const headers = tablesOf(seg.lines)
    .map((t) => t.header)
    .filter((h) => h.length >= 3);
  const inHeader = (m: { start: number; end: number }): boolean =>
    headers.some((h) => m.start >= (h[0]?.start ?? 0) && m.end <= (h.at(-1)?.end ?? 0));
  an.mentions = resolveOverlaps(
    headers.length ? cands.filter((c) => !inHeader(c)) : cands,
    text.length,
  );
  linkInitials(an);
  surnames(an, lowerSeen);
  middleNames(an);
  bodyFirstWords(an, lowerSeen);
  // "the Foundation's board", "the Network": a body's head noun alone refers back to a body
  // (read by the relations as a reference); it names none of its own.
  // (Nor does "the Foundation's Board of Trustees", the foundation's organ.)
  an.mentions = an.mentions.filter(
    (m) =>
      m.kind !== "org" ||
      (!BOARD_ALONE.test(text.slice(m.start, m.end)) &&
        (!ORG_HEADS.has(text.slice(m.start, m.end)) ||
          !/\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start)))),
  );
  // ("PRESENT", "IN ATTENDANCE": a list's heading is no one; nor is a mailing list's tag,
  // "Subject: [WASH-CLUSTER] Minutes …".)
  an.mentions = an.mentions.filter(
    (m) =>
      m.kind === "event" ||
      (!headingAlone(text, m) &&
        !(
          LIST_TAG_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
          text[m.end] === "]"
        )),
  );
  shortPlatforms(an);
  listedPortfolios(an);
  // ("Altiplano Fibras S.R.L.", "Kora Medien Ltd.": the name with its legal form is a name of
  // the body too, as registers and other documents write it.)
  for (const m of an.mentions) {
    if (m.kind !== "org") continue;
    const form = legalFormAfter(text.slice(m.end, m.end + 12));
    if (form > 0) addName(an, m.ref, text.slice(m.start, m.end + form).replace(/\s+/g, " "));
  }
  const asBody = (m: Mention): void => {
    const name = text.slice(m.start, m.end);
    m.kind = "org";
    m.ref = refOf("org", name);
    addName(an, m.ref, name);
  };
  linkTranslations(an, asBody);
  bracketedShortNames(an, asBody);
  minutesOfAForum(an, asBody);
  forumsOfPeople(an, asBody);
  findEvents(an, lowerSeen);
  if (headers.length && an.mentions.some(inHeader)) {
    an.mentions = an.mentions.filter((m) => !inHeader(m));
    const named = new Set(an.mentions.map((m) => m.ref));
    an.events = an.events.filter((e) => named.has(e.ref));
  }
  return an;
}

/** A bracket right after a name holding one to three capitalised words: "(Red Yaku)". */
const SHORT_NAME_BRACKET = /^\s*\(\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*\)/u;

/**
 * "the Red Andina de Defensores del Agua (Red Yaku)", "Fundación Tierra Viva (Tierra Viva)":
 * a short name in brackets after a body's name, sharing its first or last word, is that
 * body's (not a person's, whatever its shape).
 */
function bracketedShortNames(an: DocAnalysis, asBody: (m: Mention) => void): void {
  const { text } = an;
  for (const body of an.mentions.filter((m) => m.kind === "org")) {
    const bracket = SHORT_NAME_BRACKET.exec(text.slice(body.end, body.end + 60));
    const short = bracket?.[1];
    if (!bracket || !short || isAcronym(short)) continue;
    const words = text.slice(body.start, body.end).split(/\s+/);
    const inner = short.split(/\s+/);
    if (inner.length >= words.length) continue;
    if (inner[0] !== words[0] && inner[inner.length - 1] !== words[words.length - 1]) continue;
    const start = body.end + bracket[0].indexOf(short);
    const end = start + short.length;
    const named = an.mentions.filter((m) => m.start >= start && m.end <= end);
    for (const m of named) if (m.kind !== "org") asBody(m);
    for (const m of an.mentions.filter(
      (x) => named.some((n) => n.ref === x.ref) && x.kind !== "org",
    ))
      asBody(m);
    const exact = named.find((m) => m.start === start && m.end === end);
    if (exact) an.links.push([body.ref, exact.ref]);
  }
}

/** A state body's head before its portfolio: "Ministry of ", "Department for ". */
const PORTFOLIO_BODY =
  /^(?:Ministry|Ministries|Department|Directorate|Secretariat|Commission|Committee|Bureau|Agency|Office|State\s+Agency)\s+(?:of|for)\s/;
/** ", Demography and Youth": the rest of a portfolio named as a list. */
// (Within its line: "…, Land and Fisheries⏎Funder: …" ends the name at the line's end.)
const LISTED_REST =
  /^,[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?(?:,[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)*,?[ \t]+and[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?(?![\p{L}'’-]|[ \t]+\p{Lu})/u;

/**
 * "the Ministry of Social Policy, Demography and Youth", "Ministry of Agriculture, Forestry
 * and Water Economy": a portfolio named as a list is one body's name, not a body and others.
 */
function listedPortfolios(an: DocAnalysis): void {
  const { text } = an;
  for (const m of an.mentions) {
    if (m.kind !== "org" || !PORTFOLIO_BODY.test(text.slice(m.start, m.end))) continue;
    const rest = LISTED_REST.exec(text.slice(m.end, m.end + 120));
    // ("the Ministry of Interior, Federal Intelligence and Investigations Agency": a body
    // named by its own head is a body of its own.)
    if (!rest || rest[0].split(/[\s,]+/).some((w) => ORG_HEADS.has(w))) continue;
    const end = m.end + rest[0].length;
    const oldRef = m.ref;
    const name = text.slice(m.start, end);
    m.end = end;
    m.ref = refOf("org", name);
    addName(an, m.ref, name);
    // (The shorter reading's other mentions are the longer body's too.)
    for (const x of an.mentions) if (x.ref === oldRef && x !== m && x.end <= m.start) x.ref = m.ref;
    an.mentions = an.mentions.filter((x) => x === m || x.end <= m.start || x.start >= end);
  }
}

/** What a donor's cell says of its money after the donor's name ("private appeal", "own funds"). */
const MONEY_WORDS =
  /^(?:appeal|appeals|funds?|contributions?|allocations?|pledges?|grants?|donations?)$/;

/**
 * A table cell's body name without the words in lower case that follow it: "Tidewell
 * International private appeal" is Tidewell International's own money. ("Terre des hommes"
 * keeps its name: a single lower-case word that says nothing of money stays.)
 */
function cellName(cell: string): string {
  const words = cell.split(/(\s+)/);
  const first = words.findIndex(
    (w, k) =>
      k > 0 && /^\p{Ll}/u.test(w) && !CONNECTORS.has(w) && /^\p{Lu}/u.test(words[k - 2] ?? ""),
  );
  if (first < 0) return cell;
  const tail = words.slice(first).filter((w) => w.trim());
  if (!tail.every((w) => /^\p{Ll}/u.test(w))) return cell;
  if (tail.length < 2 && !MONEY_WORDS.test(tail[0] ?? "")) return cell;
  return words.slice(0, first).join("").trimEnd();
}

/** Whether a long form whose letters spell `short` stands before "(short)" somewhere. */
function spelledElsewhere(text: string, short: string, here: number): boolean {
  const bracket = `(${short})`;
  for (let i = text.indexOf(bracket); i >= 0; i = text.indexOf(bracket, i + 1)) {
    if (i === here) continue;
    const before = text.slice(Math.max(0, i - 80), i).trimEnd();
    const words = before
      .split(/\s+/)
      .slice(-(short.length * 2 + 2))
      .join(" ");
    if (matchLongForm(short.replace(/[-&]/g, ""), words) >= 0) return true;
  }
  return false;
}

/** Whether the text names `name` as a word of its own somewhere not followed by `organ`. */
function usedAlone(text: string, name: string, organ: string): boolean {
  const isWordChar = (ch: string | undefined): boolean => !!ch && /[\p{L}\p{N}]/u.test(ch);
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const end = i + name.length;
    if (isWordChar(text[i - 1]) || isWordChar(text[end])) continue;
    if (!text.startsWith(` ${organ}`, end)) return true;
  }
  return false;
}

/**
 * A chunk that fills a cell of a table row ("Chair  Ana Ruiz  Casa Luz Collective"):
 * "after-person" if a person-shaped cell comes before it on its line (a row names one person;
 * the cells after the name say where the person is from), else "first" if the row reads as a
 * person's, else "cell".
 */
function rowCell(
  text: string,
  tokens: Token[],
  c: Chunk,
  chunks: Chunk[],
  ci: number,
): "first" | "after-person" | "cell" | undefined {
  const last = tokens[c.to - 1];
  const following = tokens[c.to];
  const prev = tokens[c.from - 1];
  const first = tokens[c.from];
  if (!first || !last) return undefined;
  // (The name fills its cell: a column gap or the line's end on either side, and one of them
  // a gap.)
  const lineStart = lineAround(text, first.start).start;
  const lineEnd = lineAround(text, last.end).end;
  const gapAfter = !!following && columnGap(text, last.end, following.start);
  const gapBefore = !!prev && prev.end >= lineStart && columnGap(text, prev.end, first.start);
  const opens = gapBefore || !prev || prev.end < lineStart;
  const closes = gapAfter || !following || following.start > lineEnd;
  if (!(gapBefore || gapAfter) || !opens || !closes) return undefined;
  let opensRow = true;
  for (let k = ci - 1; k >= 0; k--) {
    const other = chunks[k];
    const at = other ? tokens[other.from] : undefined;
    if (!other || !at || at.start < lineStart) break;
    opensRow = false;
    if (
      other.honorific ||
      (other.cls === "person" &&
        isPersonShape(tokens.slice(other.from, other.to).map((t) => t.text)) &&
        rowCell(text, tokens, other, chunks, k) === "first")
    )
      return "after-person";
  }
  // (A row of a grants table holds projects' names of the same shape: a person's row gives a
  // role in another cell, "Treasurer", or opens with the name before a body's.)
  const line = text.slice(lineStart, lineEnd);
  const own = text.slice(first.start, last.end);
  const roleCell = line
    .replace(own, " ")
    .split(/[^\p{L}]+/u)
    .some((w) => ROLE_WORDS.has(w));
  const bodyAfter =
    chunks[ci + 1]?.cls === "org" &&
    (tokens[chunks[ci + 1]?.from ?? -1]?.start ?? Infinity) < lineEnd;
  return roleCell || (opensRow && bodyAfter) ? "first" : "cell";
}

/** The opening of a mailing list's tag in an e-mail's subject line. */
const LIST_TAG_BEFORE = /(?:^|\n)\s*Subject:\s*(?:(?:Re|RE|Fwd?|FW|AW|TR)\s*:\s*)*\[$/;

/** Is the mention the whole of an attendance list's heading line? */
function headingAlone(text: string, m: Mention): boolean {
  const line = text.slice(lineAround(text, m.start).start, lineAround(text, m.end).end);
  return (
    line.trim().length <= m.end - m.start + 4 &&
    (ATTENDANCE_HEADING.test(line) || ABSENT_HEADING.test(line))
  );
}
const ABSENT_HEADING = /^\s*[*_#]*\s*(?:apologies|absent|regrets|excused)\s*:?\s*[*_]*\s*$/i;

function hasPersonCue(
  tokens: Token[],
  c: Chunk,
  from: number,
  to: number,
  chunks: Chunk[],
  ci: number,
  text: string,
): boolean {
  const before = tokens[c.from - 1]?.text ?? "";
  // "Chair  Ana Ruiz  Casa Luz Collective": a person-shaped cell of a table row.
  const cell = rowCell(text, tokens, c, chunks, ci);
  if (cell) return cell === "first";
  // "Photo: Mira Tosh/KHA", "Photo by Mira Tosh": a credit names a person.
  if (
    (before === ":" || before === "by") &&
    /^(?:photos?|photograph|image|picture|credit|video)$/i.test(tokens[c.from - 2]?.text ?? "")
  )
    return true;
  const after = tokens[c.to]?.text ?? "";
  // "the governor of Hebron, Khaled Dudin,", "its executive director, Ana Ruiz": a title and
  // its scope, a comma, then its holder.
  if (before === ",") {
    let k = c.from - 2;
    while (
      k >= from &&
      c.from - k <= 8 &&
      /^(?:\p{Lu}[\p{L}'’-]*|of|for|in|the|and|&)$/u.test(tokens[k]?.text ?? "") &&
      !TITLE_WORD.test(tokens[k]?.text ?? "")
    )
      k--;
    if (k >= from && TITLE_WORD.test(tokens[k]?.text ?? "")) return true;
  }
  // "Ali Musa is a member of", "Grace Achieng serves on the board", "Dr Y was the director
  // of": a role told in the predicate.
  if (
    ROLE_PREDICATE.test(
      tokens
        .slice(c.to, c.to + 8)
        .map((t) => t.text)
        .join(" "),
    )
  )
    return true;
  if (placeList(tokens, chunks, ci) && before !== "by" && before !== "with") return false;
  // "fishermen from Ghayl Bawazir, Al-Shihr and Al-Dis", "the village of Wad Sharifey": a
  // place after a preposition of place, whatever follows it.
  if (
    /^(?:in|near|around|across|throughout|between|outside|inside)$/i.test(before) ||
    (before === "from" &&
      /^(?:\p{Ll}+s|\p{Ll}*men|people|youth)$/u.test(tokens[c.from - 2]?.text ?? "")) ||
    (before === "of" && LOWER_PLACE_NOUNS.has(tokens[c.from - 2]?.text ?? ""))
  )
    return false;
  if (after === "," || after === ":" || after === "from" || after === "who" || after === "(")
    return true;
  // "Representative in Chad Ingrid Solvang": a title, its place, then the holder.
  if (tokens[c.from - 2]?.text === "in" && ROLE_WORDS.has(tokens[c.from - 3]?.text ?? ""))
    return true;
  // "Rami Khoury of the Tyre Lawyers Circle": a person of a body.
  const body = chunks[ci + 1];
  if (
    after === "of" &&
    body?.cls === "org" &&
    (body.from === c.to + 1 || (body.from === c.to + 2 && tokens[c.to + 1]?.text === "the"))
  )
    return true;
  // "- Luz Marina Quiñones – Gender and Protection Adviser (CARE)": a list item naming someone
  // and, after a dash, their role or their body ("3. Koffi Mensah – Lomé Taxi Union").
  if (
    /^[–—-]$/.test(after) &&
    tokens.slice(from, c.from).every((t) => /^[-*•·\d.)]$/.test(t.text)) &&
    (tokens.slice(c.to + 1, c.to + 7).some((t) => ROLE_WORDS.has(t.text)) ||
      (body?.cls === "org" && body.from === c.to + 1))
  )
    return true;
  if (PERSON_CUES_BEFORE.has(before) && (before !== "," || chunks[ci - 1]?.cls === "person"))
    return true;
  if (TITLE_BEFORE_NAME.test(before) || PERSON_ACTS.test(after)) return true;
  for (let i = from; i < to; i++) if (SPEECH_VERBS.has(tokens[i]?.text ?? "")) return true;
  // "Lina Haddad and Omar Farouk": a name coordinated with a person-shaped name.
  const next = chunks[ci + 1];
  if (
    after === "and" &&
    next?.from === c.to + 1 &&
    next.cls === "person" &&
    isPersonShape(tokens.slice(next.from, next.to).map((t) => t.text))
  )
    return true;
  return PARTICIPATE_VERBS.has(after);
}

function resolveOverlaps(cands: Candidate[], length: number): Mention[] {
  const sorted = [...cands].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Mention[] = [];
  // Characters covered by a kept name (not an event), and the (start, end, ref) triples kept:
  // each check costs the candidate's length, not the number of mentions kept so far.
  const covered = new Uint8Array(length);
  const seen = new Set<string>();
  for (const c of sorted) {
    if (c.kind !== "event") {
      let hit = false;
      for (let p = c.start; p < c.end && !hit; p++) hit = covered[p] === 1;
      if (hit) continue;
    }
    const key = `${c.start}:${c.end}:${c.ref}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (c.kind !== "event") covered.fill(1, c.start, c.end);
    kept.push({ start: c.start, end: c.end, ref: c.ref, kind: c.kind, sentence: c.sentence });
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A bare acronym whose letters are the initials of a long name of the same document. */
function linkInitials(an: DocAnalysis): void {
  const orgs = an.mentions.filter((m) => m.kind === "org");
  const byInitials = new Map<string, string>();
  for (const m of orgs) {
    const name = an.text.slice(m.start, m.end);
    if (!isAcronym(name) && name.includes(" ")) byInitials.set(initials(name), m.ref);
  }
  for (const m of orgs) {
    const name = an.text.slice(m.start, m.end);
    const long = isAcronym(name) ? byInitials.get(name) : undefined;
    if (long && long !== m.ref) an.links.push([long, m.ref]);
  }
}

/**
 * "Comfort Tanyi" after "Comfort Ngum Tanyi", "Khalil Murad" beside "Khalil Hadi Murad": a
 * name without its middle names is the one person of the document so named.
 */
function middleNames(an: DocAnalysis): void {
  const people = an.mentions.filter((m) => m.kind === "person");
  const full = new Map<string, Set<string>>();
  const words = (m: Mention) => an.text.slice(m.start, m.end).split(/\s+/);
  for (const m of people) {
    const w = words(m);
    if (w.length < 3) continue;
    const key = `${w[0]} ${w[w.length - 1]}`;
    const set = full.get(key) ?? new Set<string>();
    set.add(m.ref);
    full.set(key, set);
  }
  for (const m of people) {
    const w = words(m);
    if (w.length !== 2) continue;
    const longs = full.get(w.join(" "));
    const only = longs?.size === 1 ? [...longs][0] : undefined;
    if (only && only !== m.ref) an.links.push([only, m.ref]);
  }
}

/** A later surname alone (or the name without its honorific) names the same person. */
/**
 * "Mangwe Youth Forum, Plumtree", "Centre X (CX), Gwanda": one or two capitalised words
 * ending their line (or a list's item) after a comma that closes a body's name with its
 * head noun or acronym are the body's town.
 */
function townAfterBody(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const words = name.split(/\s+/);
  if (words.length > 2 || words.some((w) => ORG_HEADS.has(w) || isAcronym(w))) return false;
  if (!/^[ \t]*(?:[;.]|\n|$)/.test(text.slice(end, end + 3))) return false;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(lineStart, start);
  // ("Head of Water Projects, Kaniaw": a title, then the body the person works for.)
  if (ROLE_WORDS.has(/^[\s*_-]*([\p{L}-]+)/u.exec(before)?.[1] ?? "")) return false;
  const m = /([\p{L}’')]+)\s*,\s*$/u.exec(before);
  if (!m?.[1]) return false;
  const last = m[1].replace(/['’]$/, "");
  return ORG_HEADS.has(last) || /^(?:Forum|Platform)$/.test(last) || /\)$/.test(m[1]);
}

/** Between a person and the body they speak for: "X of the", "X, lawyer, ", "X (". */
const PERSON_TO_BODY =
  /^(?:\s+(?:of|from|at)\s+(?:the\s+)?|\s*,\s*(?:[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}\s*,\s*)?(?:the\s+)?|\s*\(\s*)$/u;

/**
 * "Ms. Fathima Ismail of the Kattankudy Women's Development Forum", "Mr. Hameed, lawyer,
 * Trincomalee District Land Rights Forum": a forum or platform a person speaks for is a body.
 */
function forumsOfPeople(an: DocAnalysis, asBody: (m: Mention) => void): void {
  const people = an.mentions.filter((m) => m.kind === "person");
  const refs = new Set<string>();
  for (const m of an.mentions) {
    if (m.kind !== "event" || !/\b(?:Forum|Platform)$/.test(an.text.slice(m.start, m.end)))
      continue;
    const before = people.filter((p) => p.end <= m.start && m.start - p.end <= 40).pop();
    if (before && PERSON_TO_BODY.test(an.text.slice(before.end, m.start))) refs.add(m.ref);
  }
  for (const m of an.mentions) if (refs.has(m.ref)) asBody(m);
}

/** A table's sum row: "Total", "**TOTAL**", "Sub-total", "Grand total (6 grants)". */
const TOTAL_CELL = /^[*_]*(?:grand\s+|sub-?\s*)?totals?\b/i;

/** A line that says the document is the minutes of a meeting. */
const MINUTES_LINE =
  /^\s*(?:#{1,6}\s*)?[*_]{0,2}(?:minutes|summary record|meeting notes|notes of the)\b/i;

/**
 * "Kenema District GBV Coordination Forum" over "Minutes of the Quarterly Coordination
 * Meeting": the forum, working group or platform whose minutes a document holds is a body,
 * not the gathering (the meeting is).
 */
function minutesOfAForum(an: DocAnalysis, asBody: (m: Mention) => void): void {
  const lines = an.seg.lines.filter((l) => l.text.trim()).slice(0, 4);
  const minutes = lines.findIndex((l) => MINUTES_LINE.test(l.text));
  if (minutes <= 0) return;
  for (const line of lines.slice(0, minutes)) {
    const forums = an.mentions.filter(
      (m) =>
        m.kind === "event" &&
        m.start >= line.start &&
        m.end <= line.end &&
        /\b(?:Forum|Platform|Working Group|Cluster|Network|Committee)$/.test(
          an.text.slice(m.start, m.end),
        ),
    );
    for (const f of forums) {
      const ref = f.ref;
      for (const m of an.mentions) if (m.ref === ref) asBody(m);
    }
  }
}

/**
 * "hosts the Civil Society Platform" after "the Annual Civil Society Platform for X": a
 * platform's short name inside the name of a gathering of the document is that gathering.
 */
function shortPlatforms(an: DocAnalysis): void {
  const events = an.mentions.filter((m) => m.kind === "event");
  if (!events.length) return;
  for (const m of an.mentions) {
    if (m.kind !== "org" && m.kind !== "event") continue;
    const name = an.text.slice(m.start, m.end);
    if (!/\sPlatform$/.test(name)) continue;
    const whole = events.find((e) => {
      const full = an.text.slice(e.start, e.end);
      return full !== name && ` ${full} `.includes(` ${name} `);
    });
    if (!whole) continue;
    m.kind = "event";
    m.ref = refOf("event", name);
    addName(an, m.ref, name);
    an.links.push([whole.ref, m.ref]);
  }
}

/**
 * "Qistas Center for Legal Aid … goes to Qistas": a one-word body name that no common word
 * spells is the short form of the one longer body of the document that starts with it.
 */
function bodyFirstWords(an: DocAnalysis, lowerSeen: ReadonlySet<string>): void {
  const byFirst = new Map<string, string | null>();
  const nameOf = new Map<string, string>();
  const orgs = an.mentions.filter((m) => m.kind === "org");
  for (const m of orgs) {
    const name = an.text.slice(m.start, m.end);
    const first = /^(\p{Lu}[\p{L}'’-]+)\s/u.exec(name)?.[1];
    if (!first || lowerSeen.has(first.toLowerCase()) || isAcronym(first) || isPlace(first))
      continue;
    const seen = byFirst.get(first);
    const seenName = seen ? (nameOf.get(seen) ?? "") : "";
    // ("Nawafeth Association" and "Nawafeth Association for Social Development": one body, the
    // fuller name; two names that go different ways are two bodies.)
    if (seen === undefined || seen === m.ref) byFirst.set(first, m.ref);
    else if (seen && name.startsWith(`${seenName} `)) byFirst.set(first, m.ref);
    else if (!(seen && seenName.startsWith(`${name} `))) byFirst.set(first, null);
    if (byFirst.get(first) === m.ref) nameOf.set(m.ref, name);
  }
  for (const m of orgs) {
    const name = an.text.slice(m.start, m.end);
    const ref = name.includes(" ") ? undefined : byFirst.get(name);
    if (ref && ref !== m.ref) an.links.push([ref, m.ref]);
  }
}

function surnames(an: DocAnalysis, lowerSeen: ReadonlySet<string>): void {
  const people = an.mentions.filter((m) => m.kind === "person");
  const bySurname = new Map<string, string>();
  for (const p of people) {
    const words = an.text.slice(p.start, p.end).split(/\s+/);
    const last = words.length > 1 ? words.pop() : undefined;
    if (last && !lowerSeen.has(last.toLowerCase())) bySurname.set(last, p.ref);
  }
  if (!bySurname.size) return;
  // ("Lic. Choque" after "Wilber Choque Flores": of two family names, the first one alone,
  // as Spanish and Portuguese write it; only where one person's name holds it so.)
  const byFirstSurname = new Map<string, string | null>();
  for (const p of people) {
    const words = an.text.slice(p.start, p.end).split(/\s+/);
    const first = words.length >= 3 ? words[words.length - 2] : undefined;
    if (!first || !/^\p{Lu}\p{Ll}/u.test(first) || lowerSeen.has(first.toLowerCase())) continue;
    const seen = byFirstSurname.get(first);
    byFirstSurname.set(first, seen === undefined || seen === p.ref ? p.ref : null);
  }
  // "Dr. Hallam" after "Dr. Ines Hallam": a one-word name with an honorific is the surname.
  for (const p of people) {
    const name = an.text.slice(p.start, p.end);
    const ref = name.includes(" ")
      ? undefined
      : (bySurname.get(name) ?? byFirstSurname.get(name) ?? undefined);
    if (ref && ref !== p.ref) an.links.push([ref, p.ref]);
  }
  const cover = new Uint8Array(an.text.length);
  for (const m of an.mentions) cover.fill(1, m.start, m.end);
  const taken = (s: number, e: number): boolean => {
    for (let p = s; p < e; p++) if (cover[p] === 1) return true;
    return false;
  };
  const added: Mention[] = [];
  an.tokens.forEach((t) => {
    const ref = bySurname.get(t.text);
    if (!ref || taken(t.start, t.end)) return;
    const sentence = sentenceOf(an.seg.sentences, t.start, t.end);
    added.push({ start: t.start, end: t.end, ref, kind: "person", sentence });
    addName(an, ref, t.text);
  });
  an.mentions = [...an.mentions, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Index of the sentence holding [start, end), or -1 (sentences are sorted and disjoint). */
/** Words of a document's furniture, written in capitals as headings or for emphasis. */
const FURNITURE_WORDS = new Set(
  "contents agenda attendance participants attendees apologies report minutes ends aob notes annex annexes background summary contact contacts update updates highlights overview introduction conclusion conclusions recommendations acknowledgements huge urgent new breaking".split(
    " ",
  ),
);

/** Words of a report's headings for the parts of its event ("SIDE EVENT", "OPENING SESSION"). */
const PART_WORDS = new Set(
  "side parallel event opening closing session sessions panel plenary breakout day".split(" "),
);

/** True for a chunk in capitals that is a heading or emphasis, not a name. */
function capitalsHeading(
  text: string,
  words: readonly string[],
  s: number,
  e: number,
  lowerSeen: ReadonlySet<string>,
): boolean {
  const letters = words.filter((w) => !/^\d+$/.test(w));
  if (!letters.length || !letters.every((w) => /^\p{Lu}[\p{Lu}'’-]+$/u.test(w))) return false;
  if (gazetteerLabel(words.join(" "))) return false;
  if (letters.length === 1 && FURNITURE_WORDS.has(letters[0]?.toLowerCase() ?? "")) return true;
  const lineStart = text.lastIndexOf("\n", s - 1) + 1;
  const lineEnd = text.indexOf("\n", e);
  const fills =
    /^[\s#*_\d.)-]*$/.test(text.slice(lineStart, s)) &&
    /^[\s*_:.-]*$/.test(text.slice(e, lineEnd < 0 ? text.length : lineEnd));
  const common = (w: string): boolean =>
    lowerSeen.has(w.toLowerCase()) ||
    FURNITURE_WORDS.has(w.toLowerCase()) ||
    PART_WORDS.has(w.toLowerCase());
  if (fills && lineStart > 0 && letters.every(common)) return true;
  // "3. SESSION 1: WHO GOVERNS THE RIVER? (22 May, 11:00)": a heading line in capitals (its
  // bracketed times aside) names no body with words the text uses as common words.
  const line = text
    .slice(lineStart, lineEnd < 0 ? text.length : lineEnd)
    .replace(/\([^()]*\)/g, "");
  return (
    lineStart > 0 &&
    !/\p{Ll}/u.test(line) &&
    letters.filter(common).length * 2 >= letters.length + (letters.length === 1 ? 1 : 0)
  );
}

/** Words of a document's kind or section, not of a body's name ("Joint Statement", "News"). */
const GENRE_WORD =
  /\b(?:statement|release|report|update|newsletter|bulletin|news|minutes|agenda|programme|program|summary|brief|briefing|note|notes|announcement|call|invitation|factsheet|fact sheet|press|media|story|stories|blog|editorial|interview|highlights|overview|contents|annex|chapter|section|partnerships?|donors?|about)\b/i;

/**
 * The body named on the document's first line when the text names it again in its own words:
 * its name in title case and the spans of every occurrence (the first line's included).
 */
function letterheadName(
  text: string,
  lines: readonly Line[],
): { name: string; spans: [number, number][] } | undefined {
  const first = lines.find((l) => l.kind !== "blank");
  if (!first) return undefined;
  const line = first.text.trim();
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 6 || !/^[\p{Lu}][\p{L}'’ -]+$/u.test(line))
    return undefined;
  if (!words.every((w) => /^\p{Lu}/u.test(w)) || isPlace(line) || GENRE_WORD.test(line))
    return undefined;
  const start = first.start + first.text.indexOf(line);
  const re = new RegExp(
    `\\b${line.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")}\\b`,
    "giu",
  );
  const spans: [number, number][] = [];
  let name = "";
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    spans.push([at, at + m[0].length]);
    // (The name as the text writes it, not as the letterhead shouts it.)
    if (at !== start && !name && m[0] !== m[0].toUpperCase()) name = m[0];
  }
  return name && spans.length > 1 ? { name, spans } : undefined;
}

function sentenceOf(sentences: { start: number; end: number }[], start: number, end: number) {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (s.end < end) lo = mid + 1;
    else if (s.start > start) hi = mid - 1;
    else return start >= s.start && end <= s.end ? mid : -1;
  }
  return -1;
}
