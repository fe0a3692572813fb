/**
 * Capitalised chunks: runs of capitalised words joined by lower-case connectors
 * ("Ministry of Migration and Displacement"), trimmed of function words, honorifics and job
 * titles, then classified by shape: place, organisation (head noun, acronym, gazetteer),
 * event (event head noun), person-shaped, generic or unknown.
 */
import { BODIES, COUNTRIES, DEMONYMS, PLACES, REGION_CODES } from "../gazetteer.ts";
import {
  COMPOUND_EVENT_HEADS,
  CONNECTORS,
  EVENT_HEADS,
  FOREIGN_EVENT_HEADS,
  GENERIC_ACRONYMS,
  GENERIC_WORDS,
  GROUP_PLURALS,
  MONTH_NAME,
  HONORIFICS,
  INITIAL_DIGRAPHS,
  LANGUAGES,
  NAME_LIKE_HONORIFICS,
  OPENING_HEADS,
  ORG_HEADS,
  PLACE_NOUNS,
  PLACE_PREFIXES,
  PORTFOLIO_WORDS,
  ROLE_NOUNS,
  ROLE_WORDS,
} from "./lexicon.ts";
import {
  isAcronym,
  isCapitalised,
  isPossessive,
  lineAround,
  matchKey,
  type Token,
} from "./text.ts";

/** Words that open a document's sections after a letter ("A. Introduction", "B. Members"). */
const SECTION_WORDS = new Set(
  "Introduction Background Summary Overview Context Members Participants Agenda Annex Appendix Conclusions Recommendations Findings Results Objectives Activities Budget Methodology Discussion Decisions Other Closing Opening Welcome Questions Next".split(
    " ",
  ),
);

/**
 * "K. Behera", "Ts. Batbayar", "S. T. Omarova": initials, then one or two names, are a
 * person's name (as South Asian, Mongolian and post-Soviet writing gives them); not a lettered
 * section ("A. Introduction") nor a body ("B. Local Development Fund").
 */
export function initialled(all: string[]): boolean {
  let k = 0;
  while (NAME_INITIAL.test(all[k] ?? "") && all[k + 1] === ".") k += 2;
  const rest = all.slice(k);
  return (
    k >= 2 &&
    rest.length >= 1 &&
    rest.length <= 2 &&
    rest.every(
      (w) =>
        /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w) &&
        !ORG_HEADS.has(w) &&
        !ROLE_WORDS.has(w) &&
        !SECTION_WORDS.has(w) &&
        !GENERIC_WORDS.has(w.toLowerCase()) &&
        !MONTH_WORD.test(w) &&
        !isPlace(w),
    )
  );
}

/** An initial a name may be written with: one capital, or a transliteration's two letters. */
const NAME_INITIAL = new RegExp(`^(?:\\p{Lu}|${INITIAL_DIGRAPHS.join("|")})$`, "u");

/** Lower-case adjectives inside French, Spanish and Italian names of bodies. */
const ROMANCE_ADJECTIVES = new Set(
  "français française culturel culturelle international internationale national nationale européen européenne suisse belge allemand italiano italiana español española cultural nacional internacional".split(
    " ",
  ),
);

/**
 * "Mesa de Diálogo por X", "Mesa Técnica de Y", "Mesa Redonda": a table convened for talks,
 * which meets in sessions (a "Mesa Comunitaria del Agua" is a standing body).
 */
const DIALOGUE_TABLE =
  /^Mesa (?:Redonda|Técnica|Tecnica|Interinstitucional|Multisectorial|Multiactor|de (?:Diálogo|Dialogo|Trabajo|Concertación|Concertacion))\b/;

/** Head nouns that open names of bodies in Spanish, Portuguese, French and Italian. */
const ROMANCE_HEADS =
  /^(?:Asociación|Associação|Associazione|Colectivo|Coletivo|Fundación|Fundação|Fondation|Fondazione|Instituto|Institut|Centro|Movimiento|Movimento|Organización|Organização|Consejo|Conselho|Comité|Comissão|Comisión|Federación|Federação|Sindicato|Cooperativa|Corporación|Observatorio|Observatoire|Red|Rede|Fórum|Foro|Unión|União|Universidade|Universidad|Université|Università)$/;

/** A name's last word with a title glued to it by a hyphen ("Karim-Chairperson"). */
const GLUED_ROLE = new RegExp(String.raw`^[A-ZÀ-Þ][a-zß-ÿ]+-${ROLE_NOUNS}$`, "iu");

const COLUMN_GAP = /\t|\s{3,}/;
/** A line of three cells or more set apart by two spaces or more ("Treasurer  Ana Ruiz  Tierra"). */
const SPACED_ROW = /\S(?: {2,}|\t)\S.*\S(?: {2,}|\t)\S/;

/** Is the white space from `from` to `to` a gap between two cells of a table row? */
export function columnGap(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  if (COLUMN_GAP.test(gap)) return true;
  if (gap !== "  ") return false;
  const line = lineAround(text, from);
  return SPACED_ROW.test(text.slice(line.start, line.end));
}
/** Courtesy titles that only persons carry (not offices such as Minister or Governor). */
const COURTESY =
  /^(?:Mr|Mrs|Ms|Miss|Mme|Mlle|Sra|Dr|Prof|Chief|Hon|Sheikh|Eng|Mallam|Malam|Alhaji|Alhaja|Hajiya|Pastor|Rev|Imam|Ustaz|Sayyid)$/;

/** Hyphenated titles, not names: "Vice-President", "Co-Chair", "Director-General". */
const TITLE_PREFIX =
  /^(?:vice|co|deputy|under|sub|acting|ex|assistant|attorney|director|secretary|president|chief|team|project|programme|program|country|field)-/i;

/** Weekdays and months: after "on" or "in", a date, not the rest of a name. */
export const DATE_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/** Days of the week, capitalised or shouted. */
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?$/i;

/** Verbs of title-case headlines ("X Holds Y", "X Launches Y"): never inside a name. */
export const HEADLINE_VERBS = new Set(
  "Convenes Holds Hosts Organises Organizes Launches Opens Celebrates Marks Concludes Gathers Welcomes Announces Inaugurates Conducts Unveils Signs Trains Calls Urges Discusses Reviews Kicks Wraps Brings Receives Joins Partners Supports Funds Awards Donates Presents Adopts Commits Shares Visits Meets Completes Starts Begins Closes Honours Honors Signed Launched Organised Organized Hosted Funded Held Opened".split(
    " ",
  ),
);

/** What a chunk looks like. */
export type ChunkClass = "org" | "event" | "person" | "place" | "generic" | "role" | "unknown";

/** A capitalised chunk: token range [from, to) within its token list. */
export interface Chunk {
  from: number;
  to: number;
  cls: ChunkClass;
  /** Honorific tokens stripped from the front. */
  honorific: boolean;
  /** Event type, for events. */
  eventType?: string;
  /** Where a name cut off this chunk's end starts again ("Dr. X of the Y Forum" → Y). */
  rest?: number;
}

const FUNCTION_WORDS = new Set(
  "the a an this that these those its their our his her in on at by for from with to of and as during after before since while among through under both each every all some many other dear today yesterday meanwhile moreover however also according together finally first then thus but or if when where there here it he she they we you i".split(
    " ",
  ),
);

const GAZETTEER_KEYS: ReadonlyMap<string, string> = new Map(
  BODIES.flatMap((b) =>
    [b.label, ...b.aliases].map((n) => [matchKey(n), b.label] as [string, string]),
  ),
);
const PLACE_KEYS: ReadonlySet<string> = new Set([...PLACES].map(matchKey));

/** Keys that the gazetteer knows only as acronyms ("fao" from FAO, not from a word). */
const ACRONYM_ONLY_KEYS: ReadonlySet<string> = (() => {
  const word = new Set<string>();
  const acr = new Set<string>();
  for (const b of BODIES)
    for (const n of [b.label, ...b.aliases])
      (/^[\p{Lu}\d&-]+$/u.test(n) ? acr : word).add(matchKey(n));
  return new Set([...acr].filter((k) => !word.has(k)));
})();

/**
 * The gazetteer label of a name, if it is a well-known body. An acronym matches only as
 * written in capitals: "Fao" (a town) is not FAO.
 */
export function gazetteerLabel(name: string): string | undefined {
  const key = matchKey(name);
  if (ACRONYM_ONLY_KEYS.has(key) && !/^[\p{Lu}\d&\s.-]+$/u.test(name)) return undefined;
  return GAZETTEER_KEYS.get(key);
}

/** True when a name is a known country, region or city. */
export function isPlace(name: string): boolean {
  return PLACE_KEYS.has(matchKey(name));
}

const word = (t: Token | undefined): string => t?.text ?? "";

function isNameWord(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c !== 97 && c !== 101 && c < 128) return false;
  return (isCapitalised(w) && /\p{L}/u.test(w)) || /^(?:al|el)-\p{Lu}/u.test(w);
}

/** "Boukary Sawadogo of REJEPAC": a person's name, then "of" and a body's acronym or headed name. */
function personOfBody(tokens: Token[], i: number, j: number, k: number): boolean {
  // ("Chief Manyang Garang Deng of Makuach Payam", "Hon. X of Y": after a courtesy title, the
  // person's name ends before "of", whatever follows.)
  const courtesy = COURTESY.test(word(tokens[i]));
  const named = tokens
    .slice(i + 1, j)
    .filter((t) => t.text !== ".")
    .map((t) => t.text);
  if (courtesy && named.length >= 2 && isPersonShape(named)) return true;
  // (So does an honorific just before the name: "Mme Fifamè Hounsa of Alafia Solidarité".)
  const before = word(tokens[i - 1]) === "." ? word(tokens[i - 2]) : word(tokens[i - 1]);
  const left = tokens.slice(i, j).map((t) => t.text);
  if (HONORIFICS.has(before) && left.length >= 2 && isPersonShape(left)) return true;
  // ("S. Kamalarajan of the Jaffna Fishers' Federation": initials and a name.)
  if (initialled(left)) return true;
  if (!isPersonShape(left) || left.some((w) => ORG_HEADS.has(w) || ROLE_WORDS.has(w))) return false;
  const next = word(tokens[k]);
  if (isAcronym(next)) return true;
  let e = k;
  while (
    isNameWord(word(tokens[e])) ||
    CONNECTORS.has(word(tokens[e])) ||
    /^['’]s$/.test(word(tokens[e]))
  )
    e++;
  return tokens.slice(k, e).some((t) => ORG_HEADS.has(t.text));
}

/** "Omar Farouk and Leila Haddad": two person-shaped names are not one chunk. */
function personPair(tokens: Token[], i: number, j: number, k: number): boolean {
  let e = k;
  while (isNameWord(word(tokens[e]))) e++;
  const left = tokens.slice(i, j).map((t) => t.text);
  const right = tokens.slice(k, e).map((t) => t.text);
  if (!isPersonShape(left.slice(-3)) && !isPersonShape(left.slice(-2))) return false;
  if (isPersonShape(right)) return true;
  // "Serkan Aydın and Şahinbey Deputy Mayor Fatma Kılıç": a title, then a person's name.
  const role = right.findIndex((w) => ROLE_WORDS.has(w));
  return role >= 0 && role <= 3 && isPersonShape(right.slice(role + 1));
}

/**
 * "the Mosul Teachers' Union and Oxfam", "the X Foundation for Studies and Al-Noor": two
 * bodies, not one, when the left name holds a head noun and the right one opens with an Arabic
 * article, or the left one ends on its head and the right one is a known body or has its own head
 * ("Ministry of Water and Irrigation", "Institute for Open Society and Democracy" stay one).
 */
function orgPair(tokens: Token[], i: number, j: number, k: number): boolean {
  const left = tokens.slice(i, j).map((t) => t.text);
  if (left.length > 1 && gazetteerLabel(left.join(" "))) return true;
  if (!left.some((w) => ORG_HEADS.has(w))) return false;
  if (/^(?:Al|El)-\p{Lu}/u.test(word(tokens[k]))) return true;
  // "… for Development and Save the Children": a known body opens on the right.
  for (let e = k + 2; e <= k + 4; e++)
    if (
      isNameWord(word(tokens[e - 1])) &&
      gazetteerLabel(
        tokens
          .slice(k, e)
          .map((t) => t.text)
          .join(" "),
      )
    )
      return true;
  // ("Ministry of Public Works and Caritas Dili", "… and Fundación Tierra Viva": a head that
  // opens a body's name in its own language starts another body.)
  if (ROMANCE_HEADS.test(word(tokens[k])) || OPENING_HEADS.has(word(tokens[k]))) return true;
  if (gazetteerLabel(word(tokens[k])) && !isNameWord(word(tokens[k + 1]))) return true;
  let e = k;
  while (isNameWord(word(tokens[e]))) e++;
  // ("Ministry of Public Works and Timor Rural Water Network": a body of several words that
  // ends in a head of its own.)
  if (e - k >= 2 && STRONG_HEADS.has(word(tokens[e - 1])) && left.some((w) => w === "of"))
    return true;
  if (!ORG_HEADS.has(left[left.length - 1] ?? "")) return false;
  e = k;
  while (isNameWord(word(tokens[e]))) e++;
  const right = tokens.slice(k, e).map((t) => t.text);
  return right.some((w) => ORG_HEADS.has(w)) || gazetteerLabel(right.join(" ")) !== undefined;
}

/** Heads that end a body's name of their own (not "Services", "Aid" or "Relief"). */
const STRONG_HEADS = new Set(
  "University College Institute Centre Center Association Foundation Society Council Committee Network Union Organisation Organization Syndicate Ministry Agency Federation Alliance Coalition Trust Fund Bank Municipality Governorate Hospital Clinic Cooperative Club".split(
    " ",
  ),
);

/**
 * "Zain Jordan and Aramex", "Shafak and Kesh Malek": two names, not one, when the left one
 * holds no "of"/"for" (as "Ministry of Water and Irrigation" does) and the right one holds no
 * head noun or title (as "Search and Rescue Team" does).
 */
function twoNames(tokens: Token[], i: number, j: number, k: number): boolean {
  const left = tokens.slice(i, j).map((t) => t.text);
  let e = k;
  while (isNameWord(word(tokens[e])) || CONNECTORS.has(word(tokens[e]))) e++;
  while (e > k && CONNECTORS.has(word(tokens[e - 1]))) e--;
  const right = tokens.slice(k, e).map((t) => t.text);
  // "Legal Agenda and Human Rights Watch": a known body on the right.
  for (let n = Math.min(right.length, 5); n >= 2; n--)
    if (gazetteerLabel(right.slice(0, n).join(" "))) return true;
  // "University of Duhok and Salahaddin University": each side has its own body's head.
  if (
    right.length >= 2 &&
    left.some((w) => STRONG_HEADS.has(w)) &&
    STRONG_HEADS.has(right[right.length - 1] ?? "")
  )
    return true;
  // "the Land and Peace programme": a title before its lower-case event noun stays whole.
  if (EVENT_HEADS.has(word(tokens[e])) && /^\p{Ll}/u.test(word(tokens[e]))) return false;
  const prep = (w: string): boolean => w === "of" || w === "for" || w === "on";
  // "Directorate for X and Asuda for Y": each side has its own "for".
  if (
    left.some(prep) &&
    right.length >= 3 &&
    right.slice(1).some(prep) &&
    !NOUN_ENDING.test(right[0] ?? "") &&
    !PORTFOLIO_WORDS.has(right[0] ?? "")
  )
    return true;
  if (left.some((w) => prep(w) || w === "&")) return false;
  if (
    right.some(
      (w) =>
        ORG_HEADS.has(w) || EVENT_HEADS.has(w.toLowerCase()) || ROLE_WORDS.has(w) || w === "Week",
    )
  )
    return false;
  const whole = tokens
    .slice(i, e)
    .map((t) => t.text)
    .join(" ");
  return !isPlace(whole) && !gazetteerLabel(whole);
}

/** Finds capitalised chunks in `tokens[from, to)`; `lowerSeen` holds lower-case words of the doc. */
/** Words that open a clause of thanks or an instruction ("Thanks to …", "Read …", "Join us"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  "Thanks Thank Read See Visit Join Follow Download Contact Congratulations Please Trainings Training Welcome".split(
    " ",
  ),
);

/** Verbs of an instruction that put a person's name after them: "Contact X", "Meet X". */
const IMPERATIVES: ReadonlySet<string> = new Set(
  "Contact Meet Email E-mail Call Ask Congratulate".split(" "),
);

/** A language's name, alone: "French", "Kiswahili". */
const LANGUAGE_WORDS = new RegExp(String.raw`^${LANGUAGES}$`, "u");

/** Words of a title that qualify its noun and never end it ("Regional Director"). */
const TITLE_MODIFIERS = /^(?:Regional|Senior|Country|National|Deputy|Assistant|Acting|Vice)$/;

/** A month's name, written out or cut short. */
const MONTH_WORD = new RegExp(String.raw`^${MONTH_NAME}\.?$`);

export function findChunks(
  tokens: Token[],
  from: number,
  to: number,
  lowerSeen: ReadonlySet<string>,
  text = "",
): Chunk[] {
  const sentenceStart = from;
  const out: Chunk[] = [];
  let i = from;
  while (i < to) {
    if (!isNameWord(word(tokens[i])) || (LEGAL_FORM_WORDS.has(word(tokens[i])) && i > from)) {
      i++;
      continue;
    }
    // ("Thanks to the X Network …", "Read CONTRIBUTING first": a word that opens a clause in
    // thanks or an instruction opens no name.)
    if (
      CLAUSE_OPENERS.has(word(tokens[i])) &&
      (i === sentenceStart || !/[\p{L}\d]/u.test(word(tokens[i - 1]))) &&
      /^(?:to|the|for|our|all|more|[A-Z]{2,})$/.test(word(tokens[i + 1]))
    ) {
      i++;
      continue;
    }
    // ("Contact Colleen Harkavy, Senior Program Officer", "Meet Dana Whitlow": an imperative
    // before a name opens no name.)
    if (
      IMPERATIVES.has(word(tokens[i])) &&
      (i === sentenceStart || !/[\p{L}\d]/u.test(word(tokens[i - 1]))) &&
      isCapitalised(word(tokens[i + 1])) &&
      tokens[i + 1]?.start === (tokens[i]?.end ?? 0) + 1
    ) {
      i++;
      continue;
    }
    // ("X – in French Programme d'Initiatives …": the language a name is given in opens no
    // name.)
    if (
      LANGUAGE_WORDS.test(word(tokens[i])) &&
      /^(?:in|In)$/.test(word(tokens[i - 1])) &&
      isNameWord(word(tokens[i + 1]))
    ) {
      i++;
      continue;
    }
    // ("from 25 to 27 March for the X Exchange", "On 4 April Re Dira Mmogo opened": a month
    // after its day is the date's, never the first word of a name.)
    if (MONTH_WORD.test(word(tokens[i])) && /^\d{1,2}(?:st|nd|rd|th)?$/.test(word(tokens[i - 1]))) {
      i++;
      continue;
    }
    let j = i + 1;
    // "Save the Children": a known body whose name holds a connector the chunker stops at.
    if (CONNECTORS.has(word(tokens[j]))) {
      // ("Terre des hommes": a known name may end on a lower-case word.)
      for (let e = Math.min(i + 6, to); e >= i + 3; e--) {
        if (!/^\p{L}/u.test(word(tokens[e - 1]))) continue;
        const name = tokens
          .slice(i, e)
          .map((t) => t.text)
          .join(" ");
        if (gazetteerLabel(name)) {
          j = e;
          break;
        }
      }
    }
    while (j < to) {
      const w = word(tokens[j]);
      // (A tab or a run of spaces between two words sets table columns apart; so do two
      // spaces on a line that sets several cells apart so, as a web page's table row does.)
      if (text && columnGap(text, tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0)) break;
      // "Delta Youth League Holds Second Forum": a title-case headline's verb ends a name.
      // ("Annual Partners Convening": "Partners" is a verb only before "With".)
      if (
        HEADLINE_VERBS.has(w) &&
        isNameWord(word(tokens[j + 1])) &&
        (w !== "Partners" || word(tokens[j + 1]) === "With")
      )
        break;
      // ("Kora Medien Ltd": a legal form ends a name; it is no part of it.)
      if (LEGAL_FORM_WORDS.has(w)) break;
      // "the Tyre Fishermen Syndicate USD 25,000": a currency code before a figure ends a name.
      if (/^[A-Z]{3}$/.test(w) && /^\d/.test(word(tokens[j + 1]))) break;
      // "Huda Karim-Chairperson of the X Forum": a title glued to the name ends the name.
      if (GLUED_ROLE.test(w) && !TITLE_PREFIX.test(w)) {
        j++;
        break;
      }
      if (isNameWord(w)) {
        j++;
        continue;
      }
      // "Institut français de Libye", "Centre culturel": a Romance name keeps its lower-case
      // adjective after the head.
      if (ROMANCE_ADJECTIVES.has(w) && ORG_HEADS.has(word(tokens[j - 1]))) {
        j++;
        continue;
      }
      // ("UNICEF's Representative Tanya Chapuisat": a title after the owner's "'s" starts the
      // holder's part, no part of the owner's name.)
      if (
        (isPossessive(w) || w === "&") &&
        isNameWord(word(tokens[j + 1])) &&
        !(
          isPossessive(w) &&
          ROLE_WORDS.has(word(tokens[j + 1])) &&
          !ORG_HEADS.has(word(tokens[j + 1]))
        )
      ) {
        j += 2;
        continue;
      }
      // "the Drivers' and Transport Workers' Union", "Parents' and Teachers' Committee": two
      // plural possessives share the head the name goes on to.
      if (
        (w === "'" || w === "’") &&
        word(tokens[j - 1]).endsWith("s") &&
        tokens[j]?.start === tokens[j - 1]?.end &&
        /^(?:and|&)$/.test(word(tokens[j + 1])) &&
        isNameWord(word(tokens[j + 2])) &&
        tokens.slice(j + 2, Math.min(to, j + 7)).some((t) => ORG_HEADS.has(t.text))
      ) {
        j += 3;
        continue;
      }
      // "the Old City Residents' Committee": a plural possessive's apostrophe, glued to its word.
      if (
        (w === "'" || w === "’") &&
        word(tokens[j - 1]).endsWith("s") &&
        tokens[j]?.start === tokens[j - 1]?.end &&
        isNameWord(word(tokens[j + 1]))
      ) {
        j += 2;
        continue;
      }
      // "Dr. Ines Valcourt": the full stop of an honorific stays inside the name.
      if (
        w === "." &&
        j === i + 1 &&
        HONORIFICS.has(word(tokens[i])) &&
        isNameWord(word(tokens[j + 1]))
      ) {
        j += 2;
        continue;
      }
      // "K. Behera", "Ts. Batbayar", "S. Kamalarajan": a name that opens on its initial (one
      // capital, or a transliteration's two letters) and a full stop goes on to the name.
      if (
        w === "." &&
        j === i + 1 &&
        NAME_INITIAL.test(word(tokens[i])) &&
        tokens[j]?.start === tokens[i]?.end &&
        isNameWord(word(tokens[j + 1])) &&
        !ORG_HEADS.has(word(tokens[j + 1]))
      ) {
        j += 2;
        continue;
      }
      // "Lamin K. Darboe", "Peter J. Okello": a middle initial's full stop stays inside a
      // person's name ("Annex B. Members" is none); so do initials after an honorific ("Smt.
      // J. Nayak", "Dr. R. K. Sethi").
      const named = tokens
        .slice(i, j - 1)
        .map((t) => t.text)
        .filter((t) => t !== "." && !HONORIFICS.has(t));
      if (
        w === "." &&
        j >= i + 2 &&
        NAME_INITIAL.test(word(tokens[j - 1])) &&
        tokens[j]?.start === tokens[j - 1]?.end &&
        isNameWord(word(tokens[j + 1])) &&
        (isPersonShape([...named, word(tokens[j + 1])]) ||
          // ("Dr. R. K. Sethi", "J. D. Nayak": initials one after another.)
          named.every((t) => NAME_INITIAL.test(t)))
      ) {
        j += 2;
        continue;
      }
      if (/^[IVX]{1,4}$/.test(w)) {
        j++;
        continue;
      }
      // "the Ghana–Liberia Exchange", "the Mwami–Mchinji border desk": two names joined by a
      // dash without spaces are one compound (a range of months is not).
      if (
        (w === "–" || w === "—") &&
        tokens[j]?.start === tokens[j - 1]?.end &&
        tokens[j + 1]?.start === tokens[j]?.end &&
        isNameWord(word(tokens[j + 1])) &&
        !DATE_WORD.test(word(tokens[j - 1])) &&
        !DATE_WORD.test(word(tokens[j + 1]))
      ) {
        j += 2;
        continue;
      }
      // "Khalid Abu Zaid bin Nasser", "Nur Aisyah binti Ahmad": the Arabic or Malay filiation
      // particle stays inside the name.
      if (
        (w === "bin" || w === "ibn" || w === "bint" || w === "binti") &&
        isNameWord(word(tokens[j + 1]))
      ) {
        j += 2;
        continue;
      }
      // "Lakshmi Devi a/p Subramaniam", "Ravi Kumar a/l Muthu": Malaysian Indian names' "son of"
      // and "daughter of".
      if (
        w === "a" &&
        word(tokens[j + 1]) === "/" &&
        /^[lp]$/.test(word(tokens[j + 2])) &&
        tokens[j + 2]?.start === (tokens[j + 1]?.end ?? -1) &&
        isNameWord(word(tokens[j + 3]))
      ) {
        j += 4;
        continue;
      }
      // "Ministry of Youth, Sports and Culture": a ministry's portfolios listed with commas.
      if (w === ",") {
        const end = Math.max(
          portfolioList(tokens, i, j, to, lowerSeen),
          titledList(tokens, i, j, to),
        );
        if (end > j) {
          j = end;
          continue;
        }
      }
      let k = j;
      while (k < to && CONNECTORS.has(word(tokens[k]))) k++;
      // "the X Fund on Saturday", "in May": a date after "on"/"in" is no part of a name.
      if (k > j && /^(?:on|in)$/.test(w) && DATE_WORD.test(word(tokens[k]))) break;
      // "Committee against Hunger", "Road to Recovery Programme": "against" and "to" join
      // two capitalised parts when the name goes on to a head noun.
      if (
        k === j &&
        /^(?:against|to|towards|without|under|at|with)$/.test(w) &&
        joinsHead(tokens, i, j, to)
      ) {
        j += word(tokens[j + 1]) === "the" && isNameWord(word(tokens[j + 2])) ? 2 : 1;
        continue;
      }
      const conn = tokens
        .slice(j, k)
        .map((t) => t.text)
        .join(" ");
      if (
        k > j &&
        k - j <= 2 &&
        conn !== "and the" &&
        isNameWord(word(tokens[k])) &&
        !(conn === "and" && HONORIFICS.has(word(tokens[k]))) &&
        !(
          conn === "the" ||
          (conn === "and" && (isAcronym(word(tokens[j - 1])) || isAcronym(word(tokens[k]))))
        ) &&
        !(conn === "and" && personPair(tokens, i, j, k)) &&
        !(conn === "and" && orgPair(tokens, i, j, k)) &&
        !(conn === "and" && twoNames(tokens, i, j, k)) &&
        // ("Boukary Sawadogo of REJEPAC": a person of a body is two names.)
        !(conn === "of" && personOfBody(tokens, i, j, k)) &&
        // ("S. Kamalarajan of the Jaffna Fishers' Federation": initials and a name, of a body.)
        !(conn === "of the" && initialled(tokens.slice(i, j).map((t) => t.text))) &&
        // ("Minutes of the Quarterly Meeting": the document's kind, then the event's name.)
        !(/^of(?: the)?$/.test(conn) && j === i + 1 && DOCUMENT_KINDS.test(word(tokens[i]))) &&
        conn !== "and of"
      ) {
        j = k;
        continue;
      }
      break;
    }
    // "Vesper Foundation Deputy Director in Larkhall": a body, then a title of its staff.
    // ("… for Special Needs Dr. Suhad Hassan": an honorific and its full stop start a person.)
    while (
      j - 1 > i &&
      HONORIFICS.has(word(tokens[j - 1])) &&
      word(tokens[j]) === "." &&
      isNameWord(word(tokens[j + 1]))
    )
      j--;
    const cut = roleCut(tokens, i, j);
    if (cut > i) j = cut;
    // "the Harbour Women's Cooperative in Sidon": a body's place is no part of its name.
    const placed = placeAfterBody(tokens, i, j);
    const placeEnd = j;
    if (placed > i) j = placed;
    // "Representative in Chad Ingrid Solvang": the title's place, then its holder.
    if (
      word(tokens[i - 1]) === "in" &&
      isRoleWord(word(tokens[i - 2])) &&
      j - i >= 3 &&
      isPlace(word(tokens[i])) &&
      isPersonShape(tokens.slice(i + 1, j).map((t) => t.text))
    )
      i++;
    const chunk = trim(
      tokens,
      i,
      j,
      lowerSeen,
      i === sentenceStart || (/^["“‘(*]$/.test(word(tokens[i - 1])) && i - 1 === sentenceStart),
    );
    if (chunk) out.push(chunk);
    i = chunk?.rest ?? (HEADLINE_VERBS.has(word(tokens[j])) ? j + 1 : j);
    // (The place cut from a body's name names no body of its own: "in Karak Governorate".)
    if (placed > 0 && i >= placed) i = Math.max(i, placeEnd);
  }
  return out;
}

/** Heads whose place belongs to the name ("Embassy of Canada in Cairo", "UNDP Office in Erbil"). */
const PLACED_HEADS = new Set(
  "Embassy Consulate Office Mission Delegation Representation Bureau Branch Chapter Court".split(
    " ",
  ),
);

/** Where " in PLACE" starts after a body's head or acronym in `tokens[i, j)`, or -1. */
/** Administrative units after a place's name ("Karak Governorate", "Zakho District"). */
const ADMIN_UNITS =
  /^(?:Governorate|Province|District|Sub-district|Region|Wilaya|Muhafaza|Qada|Nahiya|Department)$/;

function placeAfterBody(tokens: Token[], i: number, j: number): number {
  // Only the last four words can be " in PLACE".
  for (let p = j - 2; p > i && p >= j - 5; p--) {
    if (word(tokens[p]) !== "in") continue;
    // ("Colectivo Defensoras del Valle in San Pedro Sula": English "in" is no part of a name
    // in another language.)
    if (
      (ROMANCE_HEADS.test(word(tokens[i])) || OPENING_HEADS.has(word(tokens[i]))) &&
      tokens.slice(p + 1, j).every((t) => isNameWord(t.text))
    )
      return p;
    // ("the X Fund for Civic Resilience in Sudan, Mozambique and Haiti": where a body works,
    // a list of places, is no part of its name.)
    if (
      p + 2 === j &&
      isPlace(word(tokens[p + 1])) &&
      word(tokens[j]) === "," &&
      isPlace(word(tokens[j + 1])) &&
      tokens.slice(i, p).some((t) => ORG_HEADS.has(t.text) || isAcronym(t.text))
    )
      return p;
    // ("the Malaita Youth Climate Camp in Auki", "Open Day in Gulu": where a gathering named
    // by a compound noun was held is no part of its name.)
    const place = tokens.slice(p + 1, j).map((t) => t.text);
    if (
      COMPOUND_EVENT_HEADS.has(word(tokens[p - 1]).toLowerCase()) &&
      /^\p{Lu}/u.test(word(tokens[p - 1])) &&
      place.length <= 2 &&
      place.every((w) => isNameWord(w) && !ORG_HEADS.has(w) && !EVENT_HEADS.has(w.toLowerCase()))
    )
      return p;
    // ("the Dalit Women's Forum in Banke": a forum of people is a body too.)
    const bodyHead =
      ORG_HEADS.has(word(tokens[p - 1])) || peopleForum(tokens.slice(i, p).map((t) => t.text));
    const before = word(tokens[p - 1]);
    const headed = bodyHead || tokens.slice(i, p).some((t) => ORG_HEADS.has(t.text));
    // ("Mme X of Alafia Solidarité in Cotonou": a known place after the name of a person's
    // body, two words or more with no head of a body or an event.)
    const named = tokens.slice(i, p).map((t) => t.text);
    if (
      !headed &&
      /^(?:of|from)$/.test(word(tokens[i - 1])) &&
      !named.some(isAcronym) &&
      named.length >= 2 &&
      named.every(isNameWord) &&
      !named.some((w) => EVENT_HEADS.has(w.toLowerCase())) &&
      isPlace(
        tokens
          .slice(p + 1, j)
          .map((t) => t.text)
          .join(" "),
      )
    )
      return p;
    if (!(bodyHead || isAcronym(before) || headed) || PLACED_HEADS.has(before)) return -1;
    // (A name whose head stands earlier, "Université Ibn Zohr in Agadir", drops only a known place.)
    // ("Centre for Democracy in Syria": after "for", the place belongs to the aim.)
    if (
      !bodyHead &&
      !isAcronym(before) &&
      (!isPlace(word(tokens[p + 1])) ||
        tokens.slice(i, p).some((t) => /^(?:for|of|on)$/.test(t.text)))
    )
      return -1;
    if (tokens.slice(i, p).some((t) => PLACED_HEADS.has(t.text))) return -1;
    const after = tokens.slice(p + 1, j).map((t) => t.text);
    if (after.length > 3) return -1;
    // ("… Society in Karak Governorate": a place and its administrative unit.)
    const unit =
      after.length >= 2 &&
      ADMIN_UNITS.test(after[after.length - 1] ?? "") &&
      after.slice(0, -1).every(isNameWord);
    if (
      !unit &&
      after.some((w) => ORG_HEADS.has(w) || EVENT_HEADS.has(w.toLowerCase()) || !isNameWord(w))
    )
      return -1;
    return p;
  }
  return -1;
}

/** The end of a ministry's comma-listed portfolios after `tokens[i, j)`, or -1. */
/** Words naming a document about an event: "Minutes of the X", "Report of the Y". */
const DOCUMENT_KINDS = /^(?:Minutes|Report|Proceedings|Summary|Outcome|Record|Notes|Conclusions)$/;

/** Lower-case event nouns that a title of listed words may name ("the X, Y and Z workshop"). */
const LISTED_TITLE_HEADS =
  /^(?:workshop|conference|forum|seminar|festival|campaign|project|programme|program|dialogue|training|series|exhibition|summit|symposium|fair|initiative)$/;

/**
 * "The Land, Memory and Livelihoods workshop": after "the", capitalised words listed with
 * commas and "and", then a lower-case event noun, are one title. Returns where the list ends
 * (at the noun), or -1.
 */
function titledList(tokens: Token[], i: number, j: number, to: number): number {
  if (!/^[Tt]he$/.test(word(tokens[i - 1])) && word(tokens[i]) !== "The") return -1;
  let k = j;
  for (let items = 0; items < 5 && k < to; items++) {
    const sep = word(tokens[k]);
    if (sep === ",") k++;
    const and = word(tokens[k]) === "and";
    if (and) k++;
    else if (sep !== ",") return -1;
    const start = k;
    while (k < to && isNameWord(word(tokens[k])) && !isAcronym(word(tokens[k]))) k++;
    if (k === start) return -1;
    if (and) return LISTED_TITLE_HEADS.test(word(tokens[k])) ? k : -1;
  }
  return -1;
}

function portfolioList(
  tokens: Token[],
  i: number,
  j: number,
  to: number,
  lowerSeen: ReadonlySet<string>,
): number {
  const left = tokens.slice(i, j).map((t) => t.text);
  const at = left.findIndex((w) => /^(?:Ministry|Minister|Ministries|Department)$/.test(w));
  if (at < 0 || !/^(?:of|for)$/.test(left[at + 1] ?? "")) return -1;
  let k = j;
  let sawAnd = false;
  while (k < Math.min(to, j + 16)) {
    const sep = word(tokens[k]);
    if (sep === "," && !sawAnd) k++;
    else if (sep === "and" && !sawAnd) {
      sawAnd = true;
      k++;
    } else break;
    if (word(tokens[k]) === "and" && !sawAnd) {
      sawAnd = true;
      k++;
    }
    const start = k;
    while (k < to && isNameWord(word(tokens[k])) && !ORG_HEADS.has(word(tokens[k]))) k++;
    const item = tokens.slice(start, k).map((t) => t.text);
    // A portfolio is a field of policy ("Sports", "Urbanism"), never a body ("Oxfam", "UNDP").
    if (
      k === start ||
      gazetteerLabel(item.join(" ")) ||
      item.some(isAcronym) ||
      !item.some(
        (w) => PORTFOLIO_WORDS.has(w) || NOUN_ENDING.test(w) || lowerSeen.has(w.toLowerCase()),
      )
    )
      return -1;
    if (sawAnd) return k;
  }
  return -1;
}

/** The head of an envoy body, whose name runs on to where it is sent. */
const ENVOY_HEAD = /^(?:Delegation|Mission|Embassy|Representation)$/;

/**
 * True when the preposition at `tokens[j]` sits inside one name: a body's head before it with
 * a capitalised word after ("Committee against Hunger"), or an event head closing the
 * capitalised run after it ("Road to Recovery Programme").
 */
function joinsHead(tokens: Token[], i: number, j: number, to: number): boolean {
  const theAfter = word(tokens[j]) === "to" && word(tokens[j + 1]) === "the";
  const next = word(tokens[theAfter ? j + 2 : j + 1]);
  if (!isNameWord(next)) return false;
  // "European Union Delegation to Kenya", "Mission to Libya", "Delegation of the European Union
  // to Iraq": an envoy body and its country.
  if (word(tokens[j]) === "to" && tokens.slice(i, j).some((t) => ENVOY_HEAD.test(t.text)))
    return true;
  if (isPlace(next)) return false;
  const prep = word(tokens[j]);
  const left = word(tokens[j - 1]);
  if (
    (prep === "against" || prep === "without") &&
    (ORG_HEADS.has(left) ||
      GROUP_PLURALS.has(left) ||
      // "Directorate for Combating Violence against Women", "Observatory of Attacks against
      // Journalists": the body's aim goes on.
      (tokens.slice(i, j).some((t) => ORG_HEADS.has(t.text)) &&
        tokens.slice(i, j).some((t) => t.text === "for" || t.text === "of")))
  )
    return true;
  // "Association for Solidarity with Migrant Workers": a body's aim, an abstract noun, then
  // "with" and the people it stands with.
  // "Federation of Associations of Persons with Disabilities", "Society for Children with
  // Autism": people and their condition, inside a body's or an event's name.
  if (
    prep === "with" &&
    /^(?:Persons|People|Children|Women|Girls|Boys|Youth|Adults|Individuals|Families|Students)$/.test(
      left,
    ) &&
    tokens
      .slice(i, j - 1)
      .some(
        (t) =>
          ORG_HEADS.has(t.text) || EVENT_HEADS.has(t.text.toLowerCase()) || t.text === "Rights",
      )
  )
    return true;
  if (prep === "with")
    return (
      NOUN_ENDING.test(left) &&
      tokens.slice(i, j).some((t) => ORG_HEADS.has(t.text)) &&
      tokens.slice(i, j).some((t) => t.text === "for")
    );
  if (prep === "at" || prep === "under") return false;
  // "Back to the Classroom Programme", "Right to Decent Work Initiative": a slogan of a few
  // words ending on the head of a programme or a body.
  let e = j + 1;
  if (word(tokens[e]) === "the" && isNameWord(word(tokens[e + 1]))) e++;
  while (e < to && e - j <= 6 && isNameWord(word(tokens[e]))) e++;
  const last = word(tokens[e - 1]);
  const nameWords = tokens.slice(i, j).filter((t) => isNameWord(t.text)).length;
  const head =
    EVENT_HEADS.has(last.toLowerCase()) ||
    (prep === "to" &&
      /^(?:Initiative|Programme|Program|Project|Campaign|Fund|Network|Coalition|Movement)$/.test(
        last,
      ));
  return nameWords <= 3 && head && !ORG_HEADS.has(left);
}

/** Where a title starts after a body's head noun inside `tokens[i, j)`, or -1. */
/** "Office of the Prime", "Secretariat of the": the office of a title holder, before the title. */
const OFFICE_OF_TITLE =
  /\b(?:Office|Cabinet|Bureau|Secretariat|Chambers)\s+of\s+the(?:\s+\p{Lu}\p{Ll}+)?$/u;

function roleCut(tokens: Token[], i: number, j: number): number {
  // "World Bank Urban and Social Development Sector Manager": a known body, then a title.
  const last = word(tokens[j - 1]);
  if (j - i >= 3 && ROLE_WORDS.has(last) && !ORG_HEADS.has(last))
    for (let k = j - 2; k >= i + 1; k--) {
      const name = tokens
        .slice(i, k)
        .map((t) => t.text)
        .join(" ");
      if (gazetteerLabel(name)) return k;
    }
  for (let k = i + 1; k < j; k++) {
    const prev = word(tokens[k - 1]);
    const w = word(tokens[k]);
    // The title follows a body's name: its head noun, an acronym, or "Ministry of X".
    const bodyBefore =
      ORG_HEADS.has(prev) ||
      isAcronym(prev) ||
      (isCapitalised(prev) &&
        !CONNECTORS.has(prev) &&
        tokens.slice(i, k - 1).some((t) => ORG_HEADS.has(t.text)));
    if (!isRoleWord(w) || ORG_HEADS.has(w) || isRoleWord(prev) || !bodyBefore) continue;
    // "Directorate General of Antiquities": a body's head and "General" name one body.
    if (w === "General" && ORG_HEADS.has(prev)) continue;
    // "Office of the Prime Minister", "Office of the High Commissioner": an office named for
    // the title it serves.
    if (
      OFFICE_OF_TITLE.test(
        tokens
          .slice(i, k)
          .map((t) => t.text)
          .join(" "),
      )
    )
      continue;
    let e = k;
    while (e < j && (isRoleWord(word(tokens[e])) || /^(?:of|for|in|the)$/.test(word(tokens[e]))))
      e++;
    // "UNDP Country Office", "Project Management Unit", "SARN Regional Weavers' Exchange": a
    // head noun after the title words makes them part of a body's or an event's name.
    if (
      tokens
        .slice(e, j)
        .some(
          (t) =>
            ORG_HEADS.has(t.text) || EVENT_HEADS.has(t.text.toLowerCase()) || t.text === "Exchange",
        )
    )
      continue;
    const end = word(tokens[e - 1]);
    if (e > k && !ORG_HEADS.has(end) && !EVENT_HEADS.has(end.toLowerCase())) return k;
  }
  return -1;
}

/**
 * Legal forms written after a body's name ("e.V.", "gGmbH", "Inc.", "Ltd", and the companies
 * and associations of Spanish, Portuguese, French and Italian law: "S.A.A.", "Ltda.", "SpA",
 * "S.R.L.", "A.C.").
 */
const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set(
  "Inc Ltd LLC LLP PLC plc Pty GmbH gGmbH gUG asbl ASBL CIC NPC ONLUS Ltda SpA S.A. S.A.A. S.A.C. S.A.S. S.R.L. S.L. S.p.A. S.A.R.L. E.I.R.L. A.C. I.A.P. B.V. N.V.".split(
    " ",
  ),
);

const LEGAL_FORM_AFTER = new RegExp(
  String.raw`^,?\s+(?:${[...LEGAL_FORM_WORDS, "e.V."].map((w) => w.replace(/\./g, "\\.")).join("|")})\.?(?=[\s,;:]|$)`,
);

/** The length of a legal form just after a body's name (" S.A.A.", ", Inc."), else 0. */
export function legalFormAfter(text: string): number {
  return LEGAL_FORM_AFTER.exec(text)?.[0].length ?? 0;
}

/** True for a legal form written alone ("Inc.", "Ltd", "e.V."): no body's name. */
export function isLegalForm(text: string): boolean {
  return LEGAL_FORM_WORDS.has(text.replace(/\.$/, "")) || text === "e.V.";
}

/** True when a legal form follows at token `k`, after a comma or directly ("X e.V."). */
function legalFormAt(tokens: Token[], k: number): boolean {
  const at = word(tokens[k]) === "," ? k + 1 : k;
  if (LEGAL_FORM_WORDS.has(word(tokens[at]))) return true;
  // "e.V." is four tokens, "e . V .", written without spaces.
  const form = tokens.slice(at, at + 4);
  return (
    form.length === 4 &&
    form.map((t) => t.text).join("") === "e.V." &&
    form.every((t, n) => n === 0 || t.start === form[n - 1]?.end)
  );
}

function trim(
  tokens: Token[],
  from: number,
  to: number,
  lowerSeen: ReadonlySet<string>,
  initial: boolean,
): Chunk | null {
  let a = from;
  let b = to;
  let honorific = false;
  for (;;) {
    const w = word(tokens[a]);
    const lw = w.toLowerCase();
    if (ministerOfState(tokens, a)) break;
    // "Team Jiyan Foundation": a sign-off's "Team" before a body's own name.
    if (w === "Team" && a < b - 2 && tokens.slice(a + 1, b).some((t) => ORG_HEADS.has(t.text))) {
      a++;
      continue;
    }
    // "Every Thursday Kanuku Airwaves Radio carries …": a weekday before a name of two words
    // or more is when, not part of the name ("the Sunday Times" keeps its day).
    // ("Last Monday Whanau Ora Collective": so is the word that places the day.)
    const when = WEEKDAY.test(w)
      ? 1
      : /^(?:last|next|this|every|each|on)$/i.test(w) && WEEKDAY.test(word(tokens[a + 1]))
        ? 2
        : 0;
    if (
      when &&
      a + when < b - 1 &&
      word(tokens[a - 1]).toLowerCase() !== "the" &&
      isCapitalised(word(tokens[a + when]))
    ) {
      a += when;
      continue;
    }
    // "the Duhok-based Yazda": where a body is based is no part of its name.
    if (a < b - 1 && /-based$/i.test(w)) {
      a++;
      continue;
    }
    if (
      a < b &&
      ((a < b - 1 && HONORIFICS.has(w.endsWith(".") ? w.slice(0, -1) : w)) ||
        HONORIFICS.has(w) ||
        (a < b - 2 && NAME_LIKE_HONORIFICS.has(w) && isNameWord(word(tokens[a + 2])))) &&
      // ("the General Confederation of Workers", "General Directorate of X": a body's own word.)
      !(w === "General" && ORG_HEADS.has(word(tokens[a + 1])))
    ) {
      honorific = true;
      a++;
      if (tokens[a]?.text === ".") a++;
    } else if (
      a < b &&
      // ("Ms. A. Nihaya": an initial is no article.)
      !(/^\p{Lu}$/u.test(w) && tokens[a + 1]?.text === "." && a + 2 < b) &&
      (FUNCTION_WORDS.has(lw) ||
        (initial &&
          lowerSeen.has(lw) &&
          !ORG_HEADS.has(w) &&
          !EVENT_HEADS.has(lw) &&
          !knownBodyAt(tokens, a, b) &&
          a === from)) &&
      !isAcronym(w)
    )
      a++;
    else break;
  }
  // "Minister of Labour Rami Kanaan", "Regional Director for Community Affairs Omar Haddad":
  // a title with its portfolio, then the holder's name.
  const holderAt = titleThenName(tokens, a, b, lowerSeen);
  const portfolioTitle = holderAt > a;
  if (portfolioTitle) {
    a = holderAt;
    honorific = true;
  }
  const beforeRoles = a;
  a = stripRoles(tokens, a, b);
  // "Volunteers of the Emergency Response Rooms": what people are "of" is a body.
  const peopleOfStripped =
    a > beforeRoles &&
    PEOPLE_OF.has(word(tokens[beforeRoles])) &&
    /^(?:of|from)$/.test(word(tokens[beforeRoles + 1]));
  const afterRoles = a;
  // "Regional Secretary Lars Hovde": a title of capitalised words, then the holder's name.
  // The title may hold a portfolio or a place ("Deputy Health Minister", "Basra Governor").
  let titled = a;
  let titledName = portfolioTitle;
  for (let r = Math.min(b - 3, a + 5); r >= a; r--) {
    const w = word(tokens[r]);
    if ((ROLE_WORDS.has(w) || HONORIFICS.has(w)) && !ORG_HEADS.has(w)) {
      titled = r + 1;
      break;
    }
  }
  // ("Lawyer Nizar Haddad of the Legal Agenda": the holder's name ends before "of".)
  let nameEnd = titled;
  while (nameEnd < b && isNameWord(word(tokens[nameEnd]))) nameEnd++;
  if (
    titled > a &&
    tokens.slice(a, titled).every((t) => isCapitalised(t.text) && !ORG_HEADS.has(t.text)) &&
    // ("the SARN Regional Weavers Exchange": a title ends on its noun, never on "Regional".)
    !TITLE_MODIFIERS.test(word(tokens[titled - 1])) &&
    (isPersonShape(tokens.slice(titled, b).map((t) => t.text)) ||
      (/^(?:of|from|at)$/.test(word(tokens[nameEnd])) &&
        isPersonShape(tokens.slice(titled, nameEnd).map((t) => t.text))))
  ) {
    a = titled;
    honorific = true;
    titledName = true;
  }
  // "Ambassador to Oman Pierre Le Gall": the place of a title, then the name of its holder.
  let placed = a;
  let holder = false;
  while (placed < b - 1 && isPlace(word(tokens[placed]))) placed++;
  if (
    placed > a &&
    b - placed >= 2 &&
    /^(?:to|in|of)$/.test(word(tokens[a - 1])) &&
    ROLE_WORDS.has(word(tokens[a - 2])) &&
    isPersonShape(tokens.slice(placed, b).map((t) => t.text))
  ) {
    a = placed;
    holder = true;
  }
  while (
    b === a + 2 &&
    isAcronym(word(tokens[a])) &&
    !gazetteerLabel(`${word(tokens[a])} ${word(tokens[a + 1])}`) &&
    lowerSeen.has(word(tokens[b - 1]).toLowerCase()) &&
    !ORG_HEADS.has(word(tokens[b - 1])) &&
    !EVENT_HEADS.has(word(tokens[b - 1]).toLowerCase()) &&
    !isPlace(word(tokens[b - 1]))
  )
    b--;
  let rest: number | undefined;
  // "Dr. Omar Khatib of the Zarqa Women Cooperative": a person, then the body they are from.
  // Without a title, only a two- or three-word name before "of the" and a body's head.
  // ("Aicha Mint Salem of Sahel Green Action": a name of two or more words after a bare "of".)
  const bareName =
    !honorific &&
    !titledName &&
    [a + 2, a + 3, a + 4].some(
      (c) =>
        word(tokens[c]) === "of" &&
        !GROUP_PLURALS.has(word(tokens[a])) &&
        isPersonShape(tokens.slice(a, c).map((t) => t.text)) &&
        (word(tokens[c + 1]) === "the"
          ? tokens.slice(c + 2, b).some((t) => ORG_HEADS.has(t.text))
          : b - c - 1 >= 2 && tokens.slice(c + 1, b).every((t) => isNameWord(t.text))),
    );
  if (honorific || titledName || bareName) {
    for (let c = a + 1; c < b - 1; c++) {
      if (!/^(?:of|for|from|at)$/.test(word(tokens[c]))) continue;
      const after = tokens.slice(c + 1, b).map((t) => t.text);
      if (
        after.some((w) => ORG_HEADS.has(w) || EVENT_HEADS.has(w.toLowerCase()) || isAcronym(w)) ||
        gazetteerLabel(after.join(" ")) ||
        // "Lawyer Nizar Haddad of the Legal Agenda": a titled person is "of the" a body.
        (after[0] === "the" && after.length >= 3) ||
        ((bareName || titledName) && after.length >= 2 && after.every(isNameWord))
      ) {
        rest = c + 1;
        b = c;
        break;
      }
    }
  }
  while (b > a && (CONNECTORS.has(word(tokens[b - 1])) || isPossessive(word(tokens[b - 1])))) b--;
  if (b <= a) return null;
  // "Minister of Planning and International Cooperation" names the ministry's office.
  let cls = ministerOfState(tokens, a) && b - a >= 3 ? "org" : classify(tokens, a, b, honorific);
  // ("Dar Al-Yasmin e.V.", "Centro Fronterizo, Inc.": a legal form after a name makes it a
  // body's, whatever its words look like.)
  if (b === to && legalFormAt(tokens, b) && cls !== "org" && cls !== "event") cls = "org";
  if (
    peopleOfStripped &&
    b - a >= 2 &&
    (cls === "unknown" || cls === "generic" || cls === "person") &&
    !isPlace(
      tokens
        .slice(a, b)
        .map((t) => t.text)
        .join(" "),
    )
  )
    cls = "org";
  // "Minister of Foreign Affairs": what follows a title and its preposition is a portfolio or a
  // body, never a person's name.
  if (
    cls === "person" &&
    !holder &&
    (afterRoles !== beforeRoles ||
      (a >= from + 2 &&
        /^(?:of|for|to)$/.test(word(tokens[a - 1])) &&
        ROLE_WORDS.has(word(tokens[a - 2]))))
  )
    cls = "generic";
  const head = word(tokens[b - 1]).toLowerCase();
  return {
    from: a,
    to: b,
    cls,
    honorific,
    eventType: cls === "event" ? (EVENT_HEADS.get(head) ?? eventHead(tokens, a, b)) : undefined,
    ...(rest !== undefined && rest < to && { rest }),
  };
}

/** A word that is no part of a person's name: a title, a portfolio, a common or place noun. */
function notName(w: string, lowerSeen: ReadonlySet<string>): boolean {
  const lw = w.toLowerCase();
  return (
    lowerSeen.has(lw) ||
    GENERIC_WORDS.has(lw) ||
    PORTFOLIO_WORDS.has(w) ||
    NOUN_ENDING.test(w) ||
    ROLE_WORDS.has(w) ||
    HONORIFICS.has(w) ||
    ORG_HEADS.has(w) ||
    CONNECTORS.has(w) ||
    DEMONYMS.has(w) ||
    isPlace(w)
  );
}

/** Where the holder's name starts after a title with a portfolio ("Minister of Labour X"), or -1. */
function titleThenName(
  tokens: Token[],
  a: number,
  b: number,
  lowerSeen: ReadonlySet<string>,
): number {
  // "Provincial Governor for …": up to two qualifiers before the title word.
  let r = a;
  while (
    r < Math.min(b, a + 3) &&
    !ROLE_WORDS.has(word(tokens[r])) &&
    !HONORIFICS.has(word(tokens[r]))
  )
    r++;
  if (r >= Math.min(b, a + 3)) return -1;
  for (let k = Math.max(r + 2, b - 4); k <= b - 2; k++) {
    if (!tokens.slice(a, k).some((t) => t.text === "of" || t.text === "for")) continue;
    const suffix = tokens.slice(k, b).map((t) => t.text);
    if (!notName(word(tokens[k - 1]), lowerSeen)) continue;
    // ("… for Persons with Disabilities and Special Needs": a connector joins the body's name.)
    if (/^(?:and|&|of|for|with|the|in|on)$/.test(word(tokens[k - 1]))) continue;
    // ("Lawyer Nizar Haddad of the Legal Agenda": a name inside the "title" is the holder.)
    const inner = tokens.slice(r + 1, k).map((t) => t.text);
    if (inner.some((w, n) => !notName(w, lowerSeen) && !notName(inner[n + 1] ?? "of", lowerSeen)))
      continue;
    if (isPersonShape(suffix) && !suffix.some((w) => notName(w, lowerSeen))) return k;
  }
  return -1;
}

/** "Minister of State for X" names an office (a body), not a title before a person's name. */
function ministerOfState(tokens: Token[], a: number): boolean {
  return (
    word(tokens[a]) === "Minister" &&
    /^(?:of|for)$/.test(word(tokens[a + 1])) &&
    isCapitalised(word(tokens[a + 2]))
  );
}

/** A job title word, hyphenated ones included ("Director-General", "Secretary-General"). */
function isRoleWord(w: string): boolean {
  return ROLE_WORDS.has(w) || (w.includes("-") && w.split("-").every((p) => ROLE_WORDS.has(p)));
}

/** "Director General of the Directorate of X" → "Directorate of X": job titles before "of". */
function stripRoles(tokens: Token[], a: number, b: number): number {
  if (ministerOfState(tokens, a)) return a;
  let i = a;
  for (;;) {
    const from = i;
    while (
      i < b &&
      (ROLE_WORDS.has(word(tokens[i])) ||
        PEOPLE_OF.has(word(tokens[i])) ||
        // "Engineers of the X Directorate", "Midwives of the Y Hospital": people of any trade.
        (AGENT_PLURAL.test(word(tokens[i])) &&
          word(tokens[i + 1]) === "of" &&
          word(tokens[i + 2]) === "the"))
    )
      i++;
    // "Representatives of the Departments of the X Authority": a plural unit before "of".
    if (
      i === from &&
      i > a &&
      /^\p{Lu}\p{Ll}+s$/u.test(word(tokens[i])) &&
      !ORG_HEADS.has(word(tokens[i]))
    )
      i++;
    if (i === from || i >= b) return from === a ? a : from;
    if (!/^(?:of|for|to|at|in|from)$/.test(word(tokens[i]))) return from === a ? a : from;
    // "Lawyers for Fair Housing", "Friends of Old Trees": a group's own name, not people of a body.
    if (groupName(tokens.slice(from, b).map((t) => t.text))) return from === a ? a : from;
    i++;
    if (word(tokens[i]) === "the") i++;
    if (i >= b) return from === a ? a : from;
  }
}

/** Plural agent nouns of any trade ("Engineers", "Pharmacists", "Midwives"). */
const AGENT_PLURAL = /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ians|ants|ents|als|wives)$/u;

/** Plural nouns of people that stand before "of" and the body they come from. */
const PEOPLE_OF = new Set(
  "Trainers Teachers Students Volunteers Staff Officials Experts Lawyers Judges Doctors Journalists Activists Leaders Employees Workers Researchers Elders".split(
    " ",
  ),
);

function eventHead(tokens: Token[], a: number, b: number): string | undefined {
  for (let i = a; i < b; i++) {
    const t = EVENT_HEADS.get(word(tokens[i]).toLowerCase());
    if (t && isCapitalised(word(tokens[i]))) return t;
  }
  return undefined;
}

/** True when token `k` is a state's or province's postal code after a town and a comma. */
export function regionCodeAt(tokens: Token[], k: number): boolean {
  return (
    REGION_CODES.has(word(tokens[k])) &&
    word(tokens[k - 1]) === "," &&
    /^\p{Lu}\p{Ll}/u.test(word(tokens[k - 2])) &&
    !/^\p{Lu}/u.test(word(tokens[k + 1]))
  );
}

const CLASS_CACHE = new Map<string, ChunkClass>();

/** Classifies the chunk `tokens[a, b)` by shape (a function of its words, so cached). */
export function classify(tokens: Token[], a: number, b: number, honorific = false): ChunkClass {
  const words = tokens.slice(a, b).map((t) => t.text);
  // ("Hazard, KY", "Rouyn-Noranda, QC": a state's or province's code after a town.)
  if (b - a === 1 && regionCodeAt(tokens, a)) return "place";
  const text = words.join(" ");
  const cacheKey = honorific ? `1${text}` : `0${text}`;
  let cls = CLASS_CACHE.get(cacheKey);
  if (cls === undefined) {
    cls = classifyWords(words, text, honorific);
    if (CLASS_CACHE.size > 100_000) CLASS_CACHE.clear();
    CLASS_CACHE.set(cacheKey, cls);
  }
  return cls;
}

/**
 * "Mothers against Displacement", "Lawyers for Fair Housing", "Friends of the Old Town": a
 * plural noun of people, a preposition and capitalised words with no body's head after them.
 */
function groupName(words: string[]): boolean {
  const [first = "", prep = ""] = words;
  if (words.length < 3 || !GROUP_PLURALS.has(first)) return false;
  const rest = words.slice(2);
  if (rest.some((w) => ORG_HEADS.has(w)) || gazetteerLabel(rest.join(" "))) return false;
  if (prep === "of") return first === "Friends";
  return /^(?:for|against|without)$/.test(prep) && rest.some(isNameWord);
}

/** "Bab al-Hadid", "Wadi Salam", "Dasht-e Barchi": a place named by its kind of place. */
function placePrefixed(words: string[]): boolean {
  const first = (words[0] ?? "").split("-")[0] ?? "";
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    PLACE_PREFIXES.has(first) &&
    // ("Ban Ki-moon": a family name before a hyphenated given name is a person's.)
    !/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1] ?? "") &&
    !words.some((w) => ORG_HEADS.has(w) || EVENT_HEADS.has(w.toLowerCase()))
  );
}

function classifyWords(all: string[], text: string, honorific: boolean): ChunkClass {
  if (isPlace(text)) return "place";
  if (initialled(all)) return "person";
  // ("Partners' Learning Call No. 4": a number's mark is no head.)
  const words =
    all.length > 2 && /^(?:No|NO|Nr|Nº|N°)$/.test(all[all.length - 1] ?? "")
      ? all.slice(0, -1)
      : all;
  // ("Malaita Youth Climate Camp in Auki": the name before where it was is what it is.)
  const inAt = words.lastIndexOf("in");
  const named = inAt >= 2 && inAt === words.length - 2 ? words.slice(0, inAt) : words;
  // "the Dead Sea", "Tahrir Square", "Mount Sinai": a place named by its kind of place.
  const lastWord = words[words.length - 1] ?? "";
  const namedLast = named[named.length - 1] ?? "";
  // "Youth Leadership Camp", "Summer Coding Camp": a camp of an activity is an event (a camp
  // named by its place, "Zaatari Camp", is a place).
  if (
    named.length >= 2 &&
    namedLast === "Camp" &&
    /^(?:Leadership|Summer|Winter|Youth|Training|Peace|Coding|Sports|Science|Arts?|Music|Football|Innovation|Boot|Media|Debate|Climate|Girls|Women's|Holiday|Environment|Environmental|Nature|Skills|Entrepreneurship)$/.test(
      named[named.length - 2] ?? "",
    )
  )
    return "event";

  // "Demo Day", "Study Visit", "Film Night": a compound event head and its modifier.
  // (Or before what it is on: "Cross-Border Learning Exchange on Community Early Warning".)
  const topicAt = words.findIndex((w, k) => k >= 2 && /^(?:on|for|about|between)$/.test(w));
  const headAt = topicAt > 0 ? topicAt - 1 : words.length - 1;
  const headWord = words[headAt] ?? "";
  const compound = COMPOUND_EVENT_HEADS.get(headWord.toLowerCase());
  // ("Rice Farmers' Exchange", "Women's Exchange", "Regional Weavers' Exchange": an exchange of
  // a group of people, or of any plural possessive, is held.)
  const modifier = /^['’]s?$/.test(words[headAt - 1] ?? "")
    ? (words[headAt - 2] ?? "")
    : (words[headAt - 1] ?? "").replace(/['’]s?$/, "");
  if (
    words.length >= 2 &&
    !honorific &&
    // ("the Bayt al-Haqq Legal Clinic" is a body; "a legal clinic" is held.)
    headWord !== "Clinic" &&
    (compound?.[0].has((words[headAt - 1] ?? "").toLowerCase()) ||
      (headWord === "Exchange" &&
        (GROUP_PLURALS.has(modifier) ||
          (/^['’]$/.test(words[headAt - 1] ?? "") && /\p{Ll}s$/u.test(modifier))))) &&
    // ("International Volunteer Day" is a day marked, not a gathering.)
    !/^(?:International|World|Global|Universal|National|Arab)$/.test(words[0] ?? "")
  )
    return "event";
  if (
    words.length >= 2 &&
    !honorific &&
    PLACE_NOUNS.has(lastWord) &&
    lastWord !== "Museum" &&
    !words.some((w) => ORG_HEADS.has(w))
  )
    return "place";
  if (gazetteerLabel(text)) return "org";
  // "Radio Comunitaria Tinamit Stereo", "Radio Dabanga": a station named after its medium
  // ("Radio for Accountable Budgets" is a programme's name).
  if (words.length >= 2 && words[0] === "Radio" && /^\p{Lu}/u.test(words[1] ?? "")) return "org";
  // "the Kenya Red Cross", "Lebanese Red Cross": a national society of the movement.
  if (words.length >= 3 && /^Red Cross$/.test(words.slice(-2).join(" "))) return "org";
  if (groupName(words)) return "org";
  if (!honorific && placePrefixed(words)) return "place";
  const last = words[words.length - 1] ?? "";
  const firstPrep = words.findIndex(
    (w) => w === "of" || w === "for" || w === "on" || w === "in" || w === "at",
  );
  const headIdx = firstPrep > 0 ? firstPrep - 1 : words.length - 1;
  const head = words[headIdx] ?? last;
  // "II Encuentro Binacional de Protección", "Feria Laboral Migrante 2024": an event's own-
  // language noun opens its name.
  const opening = /^(?:[IVX]+|\d+(?:st|nd|rd|th|º|ª|e|er|ème)?\.?)$/.test(words[0] ?? "") ? 1 : 0;
  const opener = words[opening] ?? "";
  if (
    !honorific &&
    words.length >= 2 &&
    /^\p{Lu}/u.test(opener) &&
    (FOREIGN_EVENT_HEADS.has(opener.toLowerCase()) ||
      DIALOGUE_TABLE.test(words.slice(opening, opening + 3).join(" ")))
  )
    return "event";
  // "the Misrata Civil Society Platform" is a body; "the Annual Civil Society Platform for X",
  // "the Third Platform" recur as gatherings.
  const numbered =
    /^(?:Annual|Biannual|Biennial|\d{4}|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+(?:st|nd|rd|th))$/.test(
      words[0] ?? "",
    );
  if (head === "Platform" && !honorific) return numbered ? "event" : "org";
  // ("the Second Youth Climate Assembly", "the Annual Youth Assembly": a numbered assembly is
  // held; "the National Assembly" sits.)
  if (head === "Assembly" && numbered && !honorific) return "event";
  // ("Programme Officer", "Project Manager": a programme's head word qualifies a title;
  // "Programme Officer for Africa": so it does before the title's scope.)
  const roleAt = ROLE_WORDS.has(last)
    ? words.length - 1
    : firstPrep > 1 &&
        /^(?:Officer|Manager|Coordinator|Director|Adviser|Advisor|Specialist)$/.test(head)
      ? headIdx
      : -1;
  const roleWord = words[roleAt] ?? "";
  // ("the Fund's Programme Officer": the owner before its "'s" is not the title's.)
  let owned = 0;
  for (let k = 0; k < roleAt; k++) if (/^['’]s$/.test(words[k] ?? "")) owned = k + 1;
  if (
    roleAt >= 0 &&
    !ORG_HEADS.has(roleWord) &&
    !(roleAt > owned && EVENT_HEADS.has(roleWord.toLowerCase())) &&
    !words
      .slice(owned, roleAt)
      .some((w) => ORG_HEADS.has(w) && !/^(?:Programme|Program|Project)$/.test(w))
  )
    return "role";
  // "Strengthening Civil Society Organisations" names an activity, but "Growing Roots
  // Foundation" and "Housing and Reconstruction Agency" are bodies: a singular head noun ends the name.
  if (
    /^\p{Lu}\p{Ll}+ing$/u.test(words[0] ?? "") &&
    !ORG_HEADS.has(words[0] ?? "") &&
    // ("Training of Trainers on X", "Meeting of the Board": the -ing word is the event noun.)
    !(words.length > 2 && EVENT_HEADS.has((words[0] ?? "").toLowerCase()) && words[1] === "of") &&
    // ("Learning Continuity Project", "Building Bridges Campaign" are events.)
    !(words.length > 1 && EVENT_HEADS.has(last.toLowerCase())) &&
    !(headIdx > 1 && ORG_HEADS.has(head) && !/s$/.test(head) && !isPlace(words[1] ?? ""))
  )
    return "unknown";
  if (words.length === 2 && DEMONYMS.has(words[0] ?? "") && /^Government$/.test(last)) return "org";
  // ("SATURDAY 17 May": a shouted day or month is a date's word.)
  if (words.length === 1 && isAcronym(last))
    return GENERIC_ACRONYMS.has(last) ||
      /\p{Ll}s$/u.test(last) ||
      DATE_WORD.test(last.charAt(0) + last.slice(1).toLowerCase())
      ? "generic"
      : "org";
  if (/^\p{Lu}+s$/u.test(last) && words.length === 1) return "generic";
  const content0 = words.filter((w) => !CONNECTORS.has(w));
  const singularHead = content0.some((w) => ORG_HEADS.has(w) && !/s$/.test(w));
  if (
    !singularHead &&
    content0.every(
      (w) =>
        GENERIC_WORDS.has(w.toLowerCase()) ||
        DEMONYMS.has(w) ||
        GENERIC_ACRONYMS.has(w) ||
        isPlace(w),
    )
  )
    return "generic";
  // "Harikar NGO": a name followed by the kind of body it is.
  if (words.length > 1 && /^(?:NGO|INGO|CSO|CBO)$/.test(last) && !isPlace(words[0] ?? ""))
    return "org";
  // "Basra Water Week", "Climate Action Week": a capitalised week closing a name.
  if (
    words.length >= 2 &&
    last === "Week" &&
    !words.some((w) => ORG_HEADS.has(w)) &&
    !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Next|Last|This|Every|Each|One|Two|Three)$/.test(
      words[0] ?? "",
    )
  )
    return "event";
  if (peopleForum(words)) return "org";
  // "Bread for All Campaign", "Road to Recovery Programme": an event noun closing the name
  // (before its place: "Women in Peacebuilding Conference in Baidoa").
  const placed = words.length > 4 && words[words.length - 2] === "in" && isPlace(last);
  const closing = placed ? (words[words.length - 3] ?? "") : last;
  if (
    words.length > 2 &&
    EVENT_HEADS.has(closing.toLowerCase()) &&
    !/^(?:Program|Programme|Project)$/.test(words[0] ?? "") &&
    !words.some((w) => ORG_HEADS.has(w) && !EVENT_HEADS.has(w.toLowerCase()))
  )
    return "event";
  const evIdx = words.findIndex(
    (w, i) => i <= headIdx && EVENT_HEADS.has(w.toLowerCase()) && isCapitalised(w),
  );
  // ("Local Radio for Accountable Budgets": a programme on the radio, not a station.)
  const orgIdx = words.findIndex(
    (w, i) => i <= headIdx && ORG_HEADS.has(w) && !(w === "Radio" && words[i + 1] === "for"),
  );
  const content = words.filter((w) => !CONNECTORS.has(w));
  const generic = content.every(
    (w) =>
      GENERIC_WORDS.has(w.toLowerCase()) || DEMONYMS.has(w) || ORG_HEADS.has(w) || COUNTRIES.has(w),
  );
  if (
    evIdx >= 0 &&
    (orgIdx < 0 || evIdx >= orgIdx) &&
    !/^(?:Program|Programme|Project)$/.test(words[0] ?? "")
  )
    return generic && words.length === 1 ? "generic" : "event";
  if (orgIdx >= 0) return words.length === 1 || (generic && /s$/.test(head)) ? "generic" : "org";
  // "Friends of the Old Trees Fund": a name whose own head closes it.
  if (
    words.length >= 3 &&
    ORG_HEADS.has(last) &&
    !/s$/.test(last) &&
    !generic &&
    !words.some((w) => w === "in" || w === "at" || w === "on")
  )
    return "org";
  if (honorific) return "person";
  if (isPersonShape(words)) return "person";
  if (words.some((w) => isAcronym(w) && !GENERIC_ACRONYMS.has(w) && !isPlace(w))) return "org";
  return generic ? "generic" : "unknown";
}

/**
 * "Chamchamal Youth Forum", "Basra Women's Forum": a forum named after the people it gathers
 * is their standing body (recognition still reads "the X Youth Forum took place" as a
 * gathering); a gathering of that name carries a year or an ordinal.
 */
export function peopleForum(all: readonly string[]): boolean {
  // ("X Women's Forum for Peace": what a forum of people stands for follows its head.)
  const head = all.indexOf("Forum");
  const words = head > 0 && /^(?:for|of)$/.test(all[head + 1] ?? "") ? all.slice(0, head + 1) : all;
  // ("Women's Forum" may come as three tokens: "Women", "'s", "Forum".)
  const owner = /^['’]s?$/.test(words[words.length - 2] ?? "")
    ? words[words.length - 3]
    : words[words.length - 2];
  return (
    words.length >= 2 &&
    words[words.length - 1] === "Forum" &&
    // ("Tigris Policy Forum": a think tank is a body too.)
    (GROUP_PLURALS.has((owner ?? "").replace(/['’]s?$/, "")) || owner === "Policy") &&
    !words.some((w) =>
      /^\d|^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Annual|International|World|Global|Regional)$/.test(
        w,
      ),
    )
  );
}

/** Two to five capitalised name words, Arabic particles allowed, no head noun, no place. */
export function isPersonShape(all: string[]): boolean {
  const words = withoutFiliation(withoutMiddleInitials(all)).map((w, i, ws) =>
    i === ws.length - 1 && i > 0 ? capitalSurname(w) : w,
  );
  if (words.length < 2 || words.length > 5) return false;
  const key = words.join("\u0000");
  let shape = PERSON_CACHE.get(key);
  if (shape === undefined) {
    shape = personWords(words);
    if (PERSON_CACHE.size > 100_000) PERSON_CACHE.clear();
    PERSON_CACHE.set(key, shape);
  }
  return shape;
}

const PERSON_CACHE = new Map<string, boolean>();

/**
 * "Parfait DOSSA", "Sandrine GNANSOUNOU": a family name in capitals after the given name, as
 * French-speaking lists write it, read as "Dossa". An acronym is shorter or has fewer
 * vowels ("IOM", "CRS"); a known body's is in the gazetteer.
 */
function capitalSurname(w: string): string {
  if (!/^\p{Lu}{4,}(?:-\p{Lu}{2,})?$/u.test(w) || gazetteerLabel(w)) return w;
  if ((w.match(/[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]/gu) ?? []).length < 2) return w;
  return w
    .toLowerCase()
    .replace(/(^|-)(\p{Ll})/gu, (_m, dash: string, c: string) => dash + c.toUpperCase());
}

/** "Ravi Kumar a / l Muthu" → "Ravi Kumar Muthu": "son of" or "daughter of" says nothing of shape. */
function withoutFiliation(words: string[]): string[] {
  const at = words.indexOf("/");
  if (at < 2 || words[at - 1] !== "a" || !/^[lp]$/.test(words[at + 1] ?? "")) return words;
  return [...words.slice(0, at - 1), ...words.slice(at + 2)];
}

/** "Lamin K . Darboe" → "Lamin Darboe": a middle initial and its full stop say nothing of shape. */
function withoutMiddleInitials(words: string[]): string[] {
  if (!words.includes(".")) return words;
  return words.filter(
    (w, i) =>
      !(i > 0 && i < words.length - 2 && /^\p{Lu}$/u.test(w) && words[i + 1] === ".") &&
      !(w === "." && i > 1 && i < words.length - 1 && /^\p{Lu}$/u.test(words[i - 1] ?? "")),
  );
}

/** "World Bank Group …" opening a sentence: a known body starts at `a`. */
function knownBodyAt(tokens: Token[], a: number, b: number): boolean {
  for (let e = Math.min(b, a + 4); e >= a + 2; e--)
    if (
      gazetteerLabel(
        tokens
          .slice(a, e)
          .map((t) => t.text)
          .join(" "),
      )
    )
      return true;
  return false;
}

/** Endings of English abstract nouns, never of a person's name ("Adaptation", "Issues"). */
const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ance|ence|ism|ship|ture|ogy|ics|ities|ues|ables?)$/;

function personWords(words: string[]): boolean {
  return (
    words.every(
      (w, i) =>
        !NOUN_ENDING.test(w) &&
        (/^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?$/u.test(w) ||
          /^(?:al|el|Al|El|bin|bint|binti|ibn|Abu|Abdul|Le|de|van|von)(?:-\p{Lu}\p{Ll}+)?$/u.test(
            w,
          )) &&
        !ORG_HEADS.has(w) &&
        !EVENT_HEADS.has(w.toLowerCase()) &&
        !ROLE_WORDS.has(w) &&
        !GENERIC_WORDS.has(w.toLowerCase()) &&
        !DEMONYMS.has(w) &&
        !(i === 0 && FUNCTION_WORDS.has(w.toLowerCase())) &&
        !PLACE_NOUNS.has(w) &&
        // ("Mohamed Hassan Aden": a family name may be a town's; a third name at the end.)
        !isPlace(w),
    ) && !isPlace(words.join(" "))
  );
}
