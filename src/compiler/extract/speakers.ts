/**
 * Speaker lines of a programme or an agenda: "- Dr. Rana Aziz — Director, Tigris Institute",
 * "Moderator: Omar Saleh – Senior Reporter, Basra Daily", "* Huda Karim, Lawyer, Sidon Bar".
 * The line's shape says who is a person (before the dash), what their title is, and the body
 * they come from (after the last comma), whatever the names look like.
 */
import { REDACTION_MARK } from "../redact.ts";
import { findDates } from "./dates.ts";
import { ORG_HEADS, ROLE_NOUNS } from "./lexicon.ts";
import { gazetteerLabel, isPersonShape, isPlace } from "./names.ts";
import type { Line } from "./segment.ts";
import { ATTENDANCE_HEADING } from "./attendance.ts";

/** A speaker line: the person's name, the body's name (offsets into the text). */
export interface SpeakerLine {
  line: Line;
  name: { start: number; end: number };
  title: { start: number; end: number };
  body: { start: number; end: number };
  /** False in a team or staff list: the person belongs to the body but speaks at nothing. */
  speaks: boolean;
}

const HONORIFICS = String.raw`(?:(?:Dr|Eng|Prof|Pr|Mr|Mrs|Ms|Mme|Me|Fr|Rev|H\.\s?E|Sheikh|Judge|Ambassador|Barrister|Advocate|Ustaz|Ustaza|Atty|Pastor|Father|Sister|Bishop|Imam|Cllr|Hon)\.?\s+)*`;
/** A name of two to four words; particles such as "al-", "bin", "van" inside it. */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:al|el|bin|ibn|abu|bint|ben|de|van|von|da)[-\s])?\p{Lu}[\p{L}'’.-]*){1,3}`;
/** A role that opens the line ("Moderator:", "Chair:", "Keynote speaker:"). */
// (A programme's row may open on its time and its session's title, set apart by spaces:
// "09:30–10:30  Opening session   Chair: Dr. X, Director, Y".)
const ROLE_LABEL = String.raw`(?:(?:\d{1,2}[:.]\d{2}(?:\s*[–—-]\s*\d{1,2}[:.]\d{2})?\s+(?:[^:\n]{1,80}?\s{2,})?)?(?:Moderator|Moderated by|Chair|Chaired by|Co-chairs?|Facilitator|Facilitated by|Speakers?|Keynote(?: speaker)?|Panell?ists?|Discussants?|Rapporteur|Host|Presenter|Trainer|Welcome(?: remarks)?|(?:Opening|Closing|Welcoming|Concluding) remarks|Remarks|Comments|Respondents?|Presented by|Introduced by|Guest speaker)\s*:\s*)?`;
/** A talk's title after the speaker's body: " – “Measuring salt: …”". */
const TALK_TITLE = String.raw`(?:\s+[—–-]\s+[“"‘][^\n]{1,200})?`;
const SPEAKER_LINE = new RegExp(
  String.raw`^(\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)?(?:\*\*|__)?${ROLE_LABEL}(?:\*\*|__)?\s*${HONORIFICS})(${NAME})(?:\*\*|__)?(\s+[—–-]\s+|,\s+)([^,;\n]{2,80}),\s+(?:the\s+)?([^,;\n]{2,100}?)(?:,[^\n]{0,120}?)?${TALK_TITLE}[\s*_.;]*$`,
  "u",
);
/** "- Luz Marina Quiñones – Gender Adviser (CARE Colombia)": the body in brackets at the end. */
const BRACKET_LINE = new RegExp(
  String.raw`^(\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)?(?:\*\*|__)?${ROLE_LABEL}(?:\*\*|__)?\s*${HONORIFICS})(${NAME})(?:\*\*|__)?(\s+[—–-]\s+)([^,()\n]{2,80}?)\s+\(([^()\n]{2,100})\)[\s*_.;]*$`,
  "u",
);
/**
 * A programme's line with the affiliation in brackets after the name: "- Itto Oubaha [Tifawin
 * Association, Azilal]", "Chair: Naima Lahcen (REMDL Board)", "Welcome: Ali Omar [President, X]".
 */
const AFFILIATION_LINE = new RegExp(
  String.raw`^(\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)?(?:\*\*|__)?(?:\p{L}[\p{L} ]{1,30}:\s*)?(?:\*\*|__)?\s*${HONORIFICS})(${NAME})(?:\*\*|__)?\s*[[(]([^[\]()\n]{2,140})[\])][\s*_.;]*$`,
  "u",
);
/**
 * A header's role line with a comma and the body in brackets: "Chair: Tomas Berg, Cluster
 * Coordinator (UNHCR)", "Minutes: Ana Ruiz, Information Officer (SNPC)".
 */
const LABELLED_BRACKET_LINE = new RegExp(
  String.raw`^(\s*(?:Chair|Chaired by|Co-chairs?|Moderator|Facilitator|Rapporteur|Minutes|Minute-taker|Note-taker|Notes)\s*:\s*${HONORIFICS})(${NAME})(,\s+)([^,()\n]{2,80}?)\s+\(([^()\n]{2,100})\)[\s*_.;]*$`,
  "iu",
);
/**
 * A list's line of a name and a body alone, perhaps after a role and a semicolon: "1. Abdi
 * Warsame – Puntland Water Authority", "3. Ana Rus – Treasurer; Delta Verde Foundation",
 * "* Dr. Amina Guled / Nugaal Women's Network" (attendance lists, team lists).
 */
const NAME_BODY_LINE = new RegExp(
  String.raw`^(\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)(?:\*\*|__)?${HONORIFICS})(${NAME})(?:\*\*|__)?\s+[—–/-]\s+(?:[^;,()\n–—]{2,40};\s+)?(?:the\s+)?([^,()\n]{2,100}?)(?:\s+\([^()\n]{1,20}\))?[\s*_.;]*$`,
  "u",
);
/**
 * A minutes' attendance row in columns: the name, a column gap, the role, a dash, the body
 * and its place ("  Sefo Tuilagi      Vice-Chair - Komiti Tina Salelologa, Samoa").
 */
const COLUMN_ROLE_LINE = new RegExp(
  String.raw`^(\s*${HONORIFICS})(${NAME})(?:\s{3,}|\t+)((?:\p{Lu}[\p{L}-]*\s){0,2}\p{Lu}[\p{L}-]*)\s+[—–-]\s+(?:the\s+)?([^,;()\n]{2,100}?)\s*(?:\([^()\n]{1,12}\))?\s*(?:,[^\n]{0,60})?$`,
  "u",
);
/** A body's name before a dash, within one cell: no tab or column gap inside it. */
const BODY_CELL = String.raw`(?:(?!\s{3}|\t)[^–—\n]){2,100}?`;
/**
 * A list's line of a body, then a name: "- HelpAge International - Natalia Verbytska", "* UNICEF,
 * Child Protection AoR – Sofia Remmert" (attendance lists of minutes).
 */
const BODY_NAME_LINE = new RegExp(
  String.raw`^(\s*(?:[-*•]\s+|\d{1,2}[.)]\s+))(${BODY_CELL})\s+[—–-]\s+(${HONORIFICS})(${NAME})(?:,\s*[^\n]{0,60})?[\s.;]*$`,
  "u",
);
/** BODY_NAME_LINE without its bullet, for the lines under a list's label. */
const BODY_NAME_UNBULLETED = new RegExp(
  String.raw`^(\s*)(${BODY_CELL})\s+[—–-]\s+(${HONORIFICS})(${NAME})(?:,\s*[^\n]{0,60})?[\s.;]*$`,
  "u",
);
/** A label over a list of bodies and the people who signed or came for them. */
const LIST_OF_BODIES =
  /\b(?:signator|signed|undersigned|participants|members|endorsed|attendance|present)/i;
/** A list label under which the people named speak: "Speakers:", "Panel", "Moderators". */
const SPEAKING_LABEL = /\b(?:speak|panel|moderat|present|keynote|facilitat)/i;
/**
 * Under an attendance list's label, "2. Salim Harthy - Ras Turtle Guardians (Oman)": a body's
 * name without a head word (two capitalised words or more, no place, no title) after a
 * person's name.
 */
function listedBody(name: string, body: string, label: string): boolean {
  const words = body.split(/\s+/);
  return (
    LIST_OF_BODIES.test(label) &&
    isPersonShape(name.split(/\s+/)) &&
    words.length >= 2 &&
    words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2 &&
    !isPlace(body) &&
    // ("Suva Seawall Volunteers": a plural names a group, not a title.)
    (!ROLE_WORD.test(body) || /\p{Ll}s$/u.test(words[words.length - 1] ?? ""))
  );
}

/** A list's item of two parts set apart by a dash: its marker, an honorific, then the parts. */
const DASHED_ITEM = new RegExp(
  String.raw`^\s*(?:[-*•]|\d{1,3}[.)])\s+(${HONORIFICS})([^–—\n]+?)\s+[—–-]\s+(${HONORIFICS})([^\n]+)$`,
  "u",
);

/** True when a name's words hold a body's head or an acronym. */
function headedWords(name: string): boolean {
  return name.split(/\s+/).some((w) => ORG_HEADS.has(w) || /^\p{Lu}{2,}$/u.test(w));
}

/** True when a part's words before any comma or bracket hold a body's head or an acronym. */
function headedPart(part: string): boolean {
  return headedWords(part.split(/[,(]/)[0] ?? "");
}

/**
 * The items of lists written person first ("1. Amani Njoroge - Watamu Turtle Trust"): a run
 * of dashed items where some item puts an honorific or a person's name first and a headed
 * body second, and none the other way round. Their other items are read in that order too.
 */
function personFirstItems(lines: readonly Line[]): Set<Line> {
  const out = new Set<Line>();
  let run: Line[] = [];
  let first = 0;
  let second = 0;
  const close = (): void => {
    if (first > 0 && second === 0) for (const l of run) out.add(l);
    run = [];
    first = 0;
    second = 0;
  };
  for (const line of lines) {
    const m = DASHED_ITEM.exec(line.text);
    if (!m) {
      if (line.kind !== "blank") close();
      continue;
    }
    run.push(line);
    const [, honourA = "", a = "", honourB = "", b = ""] = m;
    if ((honourA || headedPart(b)) && !headedPart(a) && !honourB) first++;
    else if ((honourB || headedPart(a)) && !headedPart(b) && !honourA) second++;
  }
  close();
  return out;
}

/** A list line that names a body, then a person from it (see BODY_NAME_LINE). */
function bodyThenName(line: Line, listed = false): Omit<SpeakerLine, "speaks"> | undefined {
  // (Under a list's label — "Signatories" — the lines need no bullet.)
  const m =
    BODY_NAME_LINE.exec(line.text) ?? (listed ? BODY_NAME_UNBULLETED.exec(line.text) : null);
  if (!m) return undefined;
  const [, lead = "", bodyPart = "", honour = "", name = ""] = m;
  // (The body is the first part before a comma: "UNICEF, Child Protection AoR".)
  const body = (bodyPart.split(/,\s*/)[0] ?? "").replace(/\s*\([^()]*\)\s*$/, "").trim();
  const bodyWords = body.split(/\s+/);
  const nameWords = name.split(/\s+/);
  const bodyNamed =
    (listed && /^\p{Lu}/u.test(body) && bodyWords.length >= 2) ||
    bodyWords.some((w) => ORG_HEADS.has(w)) ||
    /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(body) ||
    !!gazetteerLabel(body);
  if (!bodyNamed || nameWords.some((w) => ORG_HEADS.has(w) || ROLE_WORD.test(w))) return undefined;
  if (isPlace(name) || nameWords.length < 2) return undefined;
  const bodyStart = line.start + lead.length;
  const nameStart = line.start + m[0].indexOf(name, lead.length + bodyPart.length + honour.length);
  return {
    line,
    name: { start: nameStart, end: nameStart + name.length },
    title: { start: nameStart, end: nameStart },
    body: { start: bodyStart, end: bodyStart + body.length },
  };
}

/**
 * A phone number or an e-mail address that ends a contact line, as written or as the
 * compiler's redaction left it (a run of REDACTION_MARKs).
 */
const CONTACT_TAIL = new RegExp(
  String.raw`\s*(?:[–—|-]|,)\s*(?:\+?\d[\d\s().-]{6,}\d|[\w.+-]+@[\w.-]+\.\w+|${REDACTION_MARK}{5,})\s*$`,
  "u",
);
/** "Selvi T., Director, MWDC" before a contact: the name, the titles, then the body. */
const CONTACT_NAME_FIRST = new RegExp(
  String.raw`^(\s*(?:[-*•]\s+)?${HONORIFICS})(${NAME}),\s+([^\n]{2,120}),\s+([^,\n]{2,100})$`,
  "u",
);
/** "Casa Luminii Association: Doina Lupu, Communications Officer" before a contact. */
const CONTACT_BODY_FIRST = new RegExp(
  String.raw`^(\s*(?:[-*•]\s+)?)([^:\n]{2,80}?):\s*(${HONORIFICS})(${NAME}),\s+([^,\n]{2,80})$`,
  "u",
);

/**
 * A contact line of a release or a fact sheet: "Selvi Tharmalingam, Director, MWDC –
 * director@mwdc.lk", "Horizon Aid: Emma Hart, Regional Communications Manager, press@…".
 */
function contactLine(line: Line): Omit<SpeakerLine, "speaks"> | undefined {
  const tail = CONTACT_TAIL.exec(line.text);
  if (!tail) return undefined;
  const text = line.text.slice(0, tail.index);
  const first = CONTACT_NAME_FIRST.exec(text);
  if (first) {
    const [, lead = "", name = "", title = "", body = ""] = first;
    if (!ROLE_WORD.test(title) || !BODY_SHAPE.test(body) || ROLE_WORD.test(body)) return undefined;
    const nameStart = line.start + lead.length;
    const titleStart = nameStart + name.length + 2;
    const bodyStart = line.start + text.length - body.length;
    return {
      line,
      name: { start: nameStart, end: nameStart + name.length },
      title: { start: titleStart, end: titleStart + title.length },
      body: { start: bodyStart, end: bodyStart + body.length },
    };
  }
  const labelled = CONTACT_BODY_FIRST.exec(text);
  if (!labelled) return undefined;
  const [, lead = "", body = "", honour = "", name = "", title = ""] = labelled;
  if (!ROLE_WORD.test(title) || !BODY_SHAPE.test(body) || ROLE_WORD.test(body)) return undefined;
  // ("Media contact: NAME, Title, BODY –": the label is no body.)
  if (/\b(?:contacts?|enquiries|inquiries|information)\b/i.test(body)) return undefined;
  const bodyStart = line.start + lead.length;
  const nameStart = line.start + text.indexOf(name, lead.length + body.length + 1 + honour.length);
  const titleStart = nameStart + name.length + 2;
  return {
    line,
    name: { start: nameStart, end: nameStart + name.length },
    title: { start: titleStart, end: titleStart + title.length },
    body: { start: bodyStart, end: bodyStart + body.length },
  };
}

/** A social network's marks after a poster's name: "• 2nd", "· Author", "(He/Him)". */
const POSTER_MARKS = String.raw`(?:\s*[•·]\s*(?:1st|2nd|3rd\+?|Author|Following|Follow)|\s*\((?:he|she|they)\/\w+\))*`;
/** A line that is a name alone, perhaps with honorifics ("Prof. Dr. Elif Demir"). */
const NAME_LINE = new RegExp(
  String.raw`^(\s*(?:[-*•]\s+)?(?:\*\*|__)?${HONORIFICS})(${NAME})(?:\*\*|__)?${POSTER_MARKS}\s*$`,
  "iu",
);
/** "at" before a poster's body, in the languages of the field ("chez", "en", "bei"). */
const AT_BODY = String.raw`(?:at|chez|en|bei|@)`;
/** What a headline adds after the body: "| Legal aid | Kharkiv", " – Full name". */
const HEADLINE_REST = String.raw`(?:(?:\||\s[–—]\s)[^\n]*)?`;
/** A poster's headline: "Project Manager at X Foundation | Legal aid | Kharkiv". */
const ROLE_AT_LINE = new RegExp(
  String.raw`^(\s*)([^|\n]{2,60}?)\s+${AT_BODY}\s+(?:the\s+)?([^|\n]{2,100}?)\s*${HEADLINE_REST}$`,
  "u",
);
/** A comment's header: "Olha Kravets • ICLA Coordinator at Norwegian Refugee Council". */
const POSTER_ROLE_AT = new RegExp(
  String.raw`^(\s*)(${NAME})\s*[•·]\s*(?:(?:1st|2nd|3rd\+?)\s*[•·]\s*)?([^|\n•·]{2,60}?)\s+${AT_BODY}\s+(?:the\s+)?([^|\n•·]{2,100}?)\s*${HEADLINE_REST}$`,
  "u",
);
/** The bio line under it: "Senior Fellow, Tigris Institute; former adviser to …". */
const BIO_LINE = new RegExp(
  String.raw`^(\s*)([^,;\n]{2,80}?),\s+(?:the\s+)?([^,;\n]{2,100}?)(?:[,;][^\n]{0,160})?[\s.]*$`,
  "u",
);
const ROLE_WORD = new RegExp(String.raw`\b${ROLE_NOUNS}\b`, "iu");
/** A heading or label over a list of people who work somewhere rather than speak. */
const TEAM_LABEL = /\b(?:team|staff|contacts?|board|our people|who we are|secretariat)\b/i;
/** A body's name starts with a capital or a figure and holds no sentence. */
const BODY_SHAPE = /^[\p{Lu}\d][^.!?]*$/u;
const BODY_WORDS = 12;
/** A title and its preposition before a body ("President of the "). */
const ROLE_OF = new RegExp(
  String.raw`^(?:[\p{L}-]+\s+){0,3}?${ROLE_NOUNS}\s+(?:of|at|for|in|with)\s+(?:the\s+)?`,
  "iu",
);

const READ = new WeakMap<readonly Line[], SpeakerLine[]>();

/** The speaker lines of a document (a bullet or a role label is needed for a comma form). */
export function speakerLines(lines: readonly Line[]): SpeakerLine[] {
  // (Recognition and relations both ask; the lines are read once per document.)
  const known = READ.get(lines);
  if (known) return known;
  const out: SpeakerLine[] = [];
  READ.set(lines, out);
  const personFirst = personFirstItems(lines);
  let label = "";
  let previous: Line | undefined;
  for (const whole of lines) {
    if (whole.kind === "blank" || whole.text.length > 240) continue;
    // ("A house that fishers run – Fr. Luis Dimapilis, Holy Cross Parish": a talk's title, then
    // its speaker's line.)
    const talk = talkBefore(whole.text);
    const line = talk
      ? { ...whole, start: whole.start + talk, text: whole.text.slice(talk) }
      : whole;
    const prev = previous;
    previous = line;
    // A post's author or commenter: "Name • 2nd" over "Title at Body | …", or both on one line.
    const poster = posterLine(line, prev);
    if (poster) {
      out.push(poster);
      continue;
    }
    // A speaker told on two lines: the name, then the title and the body.
    // ("IN ATTENDANCE" over a row of the list: a heading is no one's name.)
    const named =
      prev && !ATTENDANCE_HEADING.test(prev.text) ? NAME_LINE.exec(prev.text) : undefined;
    const bio = named && BIO_LINE.exec(line.text);
    // ("Institute for Political Studies (IPIS)": the acronym is read as the body's.)
    const bioBody = (bio?.[3] ?? "").replace(/\s*\([^()]*\)\s*$/, "").trimEnd();
    // ("Forty farmers met, 3 June 2024, …" under a headline: a date is no one's body.)
    if (
      prev &&
      named &&
      bio &&
      ROLE_WORD.test(bio[2] ?? "") &&
      BODY_SHAPE.test(bioBody) &&
      findDates(bioBody)[0]?.start !== 0
    ) {
      const nameStart = prev.start + (named[1]?.length ?? 0);
      const titleStart = line.start + (bio[1]?.length ?? 0);
      const bodyStart = line.text.indexOf(
        bio[3] ?? "",
        (bio[1]?.length ?? 0) + (bio[2]?.length ?? 0),
      );
      out.push({
        line: { ...line, start: prev.start, text: `${prev.text}\n${line.text}` },
        name: { start: nameStart, end: nameStart + (named[2]?.length ?? 0) },
        title: { start: titleStart, end: titleStart + (bio[2]?.length ?? 0) },
        body: {
          start: line.start + bodyStart,
          end: line.start + bodyStart + bioBody.length,
        },
        speaks: !TEAM_LABEL.test(label),
      });
      continue;
    }
    const reversed = personFirst.has(line)
      ? undefined
      : bodyThenName(line, LIST_OF_BODIES.test(label));
    if (reversed) {
      out.push({ ...reversed, speaks: false });
      continue;
    }
    const pair = NAME_BODY_LINE.exec(line.text);
    const pairName = (pair?.[2] ?? "").split(/\s+/);
    const pairBody = (pair?.[3] ?? "").split(/\s+/);
    if (
      pair &&
      !SPEAKER_LINE.test(line.text) &&
      !pairName.some((w) => ORG_HEADS.has(w)) &&
      !isPlace(pair[2] ?? "") &&
      (pairBody.some((w) => ORG_HEADS.has(w)) || listedBody(pair[2] ?? "", pair[3] ?? "", label))
    ) {
      const nameStart = line.start + (pair[1]?.length ?? 0);
      const bodyStart =
        line.start +
        pair[0].indexOf(pair[3] ?? "", (pair[1]?.length ?? 0) + (pair[2]?.length ?? 0));
      out.push({
        line,
        name: { start: nameStart, end: nameStart + (pair[2]?.length ?? 0) },
        title: { start: nameStart, end: nameStart },
        body: { start: bodyStart, end: bodyStart + (pair[3]?.length ?? 0) },
        speaks: SPEAKING_LABEL.test(label),
      });
      continue;
    }
    const listed = labelledItems(line);
    if (listed.length) {
      out.push(...listed);
      continue;
    }
    const contact = contactLine(line);
    if (contact) {
      out.push({ ...contact, speaks: false });
      continue;
    }
    const column = COLUMN_ROLE_LINE.exec(line.text);
    if (column && ROLE_WORD.test(column[3] ?? "") && BODY_SHAPE.test(column[4] ?? "")) {
      const [, lead = "", name = "", title = "", body = ""] = column;
      const nameStart = line.start + lead.length;
      const titleStart = line.start + line.text.indexOf(title, lead.length + name.length);
      const bodyStart =
        line.start + line.text.indexOf(body, titleStart - line.start + title.length);
      out.push({
        line,
        name: { start: nameStart, end: nameStart + name.length },
        title: { start: titleStart, end: titleStart + title.length },
        body: { start: bodyStart, end: bodyStart + body.length },
        speaks: false,
      });
      continue;
    }
    const m =
      SPEAKER_LINE.exec(line.text) ??
      BRACKET_LINE.exec(line.text) ??
      LABELLED_BRACKET_LINE.exec(line.text);
    const affiliated = m ? null : AFFILIATION_LINE.exec(line.text);
    // ("Implementing organisation: Baidoa Education Foundation (BEF)" names a body: the name
    // must be a person's, the bracket more than an acronym.)
    if (
      affiliated &&
      isPersonShape((affiliated[2] ?? "").split(/\s+/)) &&
      !/^\s*\p{Lu}[\p{Lu}\d&-]{1,9}\s*$/u.test(affiliated[3] ?? "")
    ) {
      const [, lead = "", name = "", inner = ""] = affiliated;
      // "[President, REMDL]": a title, then the body; "[Tifawin Association, Azilal]": the body,
      // then its place.
      const parts = inner.split(/,\s+/);
      const titled = parts.length > 1 && ROLE_WORD.test(parts[0] ?? "");
      const own = ((titled ? parts[1] : parts[0]) ?? "").trim();
      if (BODY_SHAPE.test(own) && own.split(/\s+/).length <= BODY_WORDS && !ROLE_WORD.test(own)) {
        const nameStart = line.start + lead.length;
        const innerStart = line.start + affiliated[0].lastIndexOf(inner);
        const bodyStart = innerStart + inner.indexOf(own, titled ? (parts[0]?.length ?? 0) : 0);
        out.push({
          line,
          name: { start: nameStart, end: nameStart + name.length },
          title: {
            start: innerStart,
            end: titled ? innerStart + (parts[0]?.length ?? 0) : innerStart,
          },
          body: { start: bodyStart, end: bodyStart + own.length },
          speaks: !TEAM_LABEL.test(label),
        });
        continue;
      }
    }
    // ("Twelve beds in Kowloon – Pastor Ruth Leung, Grace Fellowship Church": after a talk's
    // title, a name and a headed body.)
    const byTalk = talk && !m ? talkSpeaker(line) : undefined;
    if (byTalk) {
      out.push(byTalk);
      continue;
    }
    // (The last line that names no one labels the list: "Team:", "Our staff".)
    if (!m) {
      // ("Members present" reads like a name, but heads the list.)
      if (!NAME_LINE.test(line.text) || ATTENDANCE_HEADING.test(line.text)) label = line.text;
      continue;
    }
    const [, lead = "", name = "", sep = "", title = "", body = ""] = m;
    // ("1. Moses Owino - Kilifi Beaches Trust (Kenya), Chair": a list's item may give the body
    // first and the role after it; in a list written person first, what follows the body is
    // a role or its town: "2. Zsófia Lakatos – Dikhas Association, Miskolc".)
    // (Up to its first bracket: "Sawahil Fund (Oman) (item 3 only, observer)".)
    const bodyFirst = title.split(/\s*\(/)[0] ?? "";
    const bodyHeaded = body.split(/\s+/).some((w) => ORG_HEADS.has(w));
    if (
      sep.trim() !== "," &&
      /^\p{Lu}/u.test(bodyFirst) &&
      !ROLE_WORD.test(bodyFirst) &&
      !bodyHeaded &&
      (personFirst.has(line) ||
        (isPersonShape(name.split(/\s+/)) && headedWords(bodyFirst) && ROLE_WORD.test(body)))
    ) {
      const nameStart = line.start + lead.length;
      const bodyStart = nameStart + name.length + sep.length;
      const roleStart = line.start + m[0].indexOf(body, bodyStart - line.start + title.length);
      out.push({
        line,
        name: { start: nameStart, end: nameStart + name.length },
        title: { start: roleStart, end: roleStart + body.length },
        body: { start: bodyStart, end: bodyStart + bodyFirst.length },
        speaks: !TEAM_LABEL.test(label) && !LIST_OF_BODIES.test(label),
      });
      continue;
    }
    // ("Rana Aziz, Director, Tigris Institute" in prose is read by the title grammar; here a
    // comma form needs a list's bullet or a role label.)
    // (Or a line of its own that names a titled speaker, perhaps with the talk's title:
    // "Dr. X, Chairperson, Y Association – “Measuring salt”", under a programme's session.)
    const unlisted = sep.trim() === "," && !/^\s*(?:[-*•]|\d{1,2}[.)])|:/.test(lead);
    const talked = !!talk || TALKED.test(line.text);
    if (
      unlisted &&
      !(ROLE_WORD.test(title) && ((!/\.\s*$/.test(line.text) && line.kind !== "body") || talked))
    )
      continue;
    // ("- Kassala Youth Network, Kassala, Sudan – GBP 12,000": a body, its town and its grant.)
    const nameWords = name.split(/\s+/);
    // ("Sri Lanka – Mullaitivu Women's Collective (MWDC)": a country heads a grantee's section.)
    if (nameWords.some((w) => ORG_HEADS.has(w)) || isPlace(name)) continue;
    if (!ROLE_WORD.test(title) && !isPersonShape(nameWords)) continue;
    // ("…, President of the X Foundation": the title may come with the body; "X (ACR)": the
    // acronym after it is the body's, read as its definition.)
    const titled = ROLE_OF.exec(body)?.[0].length ?? 0;
    const bracket = body.indexOf(" (");
    let own = body.slice(titled, bracket > titled ? bracket : body.length).trimEnd();
    let ownAt = line.start + m[0].lastIndexOf(body) + titled;
    // ("X, Program Officer, Middle East and North Africa, Larchmont Foundation": the part of
    // the title that names a region; the body follows it.)
    if (!headedWords(own)) {
      const after = line.text.slice(ownAt - line.start + own.length);
      const next = /^,\s+(?:the\s+)?([^,;()\n–—]{2,100}?)\s*(?:[,;(–—]|$)/.exec(after);
      if (next?.[1] && headedWords(next[1]) && BODY_SHAPE.test(next[1])) {
        ownAt += own.length + after.indexOf(next[1]);
        own = next[1];
      }
    }
    if (!BODY_SHAPE.test(own) || own.split(/\s+/).length > BODY_WORDS) continue;
    // (A line of its own names a body, not a town: "X, Programme Officer, Accra".)
    // (Nor a region: "X, Program Officer, Middle East and North Africa, Y Foundation".)
    // (After a talk's title, the line's last part is the speaker's body, headed or not.)
    if (unlisted && (isPlace(own) || (!talk && !headedWords(own)))) continue;
    const nameStart = line.start + lead.length;
    const bodyStart = ownAt;
    const titleStart =
      nameStart + name.length + m[0].slice(lead.length + name.length).indexOf(sep) + sep.length;
    out.push({
      line,
      name: { start: nameStart, end: nameStart + name.length },
      title: { start: titleStart, end: titleStart + title.length },
      body: { start: bodyStart, end: bodyStart + own.length },
      // (Such a line speaks only with its talk or under a programme's label: a signature
      // or a contact says who someone is, not that they spoke.)
      speaks: unlisted
        ? talked || SPEAKING_LABEL.test(label) || PROGRAMME_LABEL.test(label)
        : !TEAM_LABEL.test(label),
    });
  }
  return out;
}

/** A talk's title after a speaker's line: " – “…”". */
const TALKED = /\s[—–-]\s+[“"‘]/;
/** A talk's title of two words or more, a dash, then a titled name and a comma. */
const TALK_BEFORE = new RegExp(
  String.raw`^\s*(?:[-*•]\s+)?[“"‘]?\p{Lu}[^–—\n:]*(?::[^–—\n]*)?\s[^–—\n]*?[”"’]?\s+[–—]\s+(?=${HONORIFICS}(${NAME}),\s)`,
  "u",
);

/** A speaker's name and body after a talk's title: "Fr. Luis Dimapilis, Holy Cross Parish". */
const TALK_SPEAKER = new RegExp(
  String.raw`^(${HONORIFICS})(${NAME}),\s+(?:the\s+)?([^,;()\n]{2,100}?)(?:\s*\([^()\n]{1,20}\))?(?:,\s*[^\n]{0,60})?[\s.;]*$`,
  "u",
);

function talkSpeaker(line: Line): SpeakerLine | undefined {
  const m = TALK_SPEAKER.exec(line.text);
  if (!m) return undefined;
  const [, honour = "", name = "", body = ""] = m;
  const nameWords = name.split(/\s+/);
  if (!isPersonShape(nameWords) || headedWords(name) || !headedWords(body) || isPlace(body))
    return undefined;
  const nameStart = line.start + honour.length;
  const bodyStart = line.start + line.text.indexOf(body, honour.length + name.length);
  return {
    line,
    name: { start: nameStart, end: nameStart + name.length },
    title: { start: nameStart, end: nameStart },
    body: { start: bodyStart, end: bodyStart + body.length },
    speaks: true,
  };
}

/** The length of a talk's title and its dash before the speaker's line, or 0. */
function talkBefore(text: string): number {
  const m = /[–—]/.test(text) ? TALK_BEFORE.exec(text) : null;
  // ("Moderator: Mira Sfeir — Senior Reporter, X": what follows the dash is a title, not a name.)
  const name = m?.[1] ?? "";
  if (!m || m[0].length > 160 || ROLE_WORD.test(name) || !isPersonShape(name.split(/\s+/)))
    return 0;
  // ("Fako Rights Coalition (FERC) – Mr. X, Chairperson", "Manyu Women's Forum – Mrs. X":
  // a body's name, headed or in title case, not a talk's title, which is quoted or runs in
  // sentence case.)
  const title = m[0].replace(/^\s*(?:[-*•]\s+)?/, "").replace(/\s+[–—]\s+$/, "");
  // ("“If we only count kilowatt-hours we miss people.” — Prof. X, …": a quote's attribution.)
  if (headedPart(title) || /[.!?…]\s*[”"’]?$/.test(title)) return 0;
  const long = title.split(/\s+/).filter((w) => /^\p{L}[\p{L}'’-]{3,}/u.test(w));
  if (!/^[“"‘]/.test(title) && long.every((w) => /^\p{Lu}/u.test(w))) return 0;
  return m[0].length;
}
/** A programme's label or a session's heading over its speakers. */
const PROGRAMME_LABEL = /\b(?:programme|program|agenda|session|panel|day\s+\d)\b/i;

/** A label and its value: "Chair ........... ", "Members: ". */
const ITEMS_LABEL = /^(\s*\p{L}[^\n.:]{0,30}?(?:\s*\.{3,}\s+|:\s+))\S/u;
/** "Dr. Zainab al-Saadi - Nakheel Basra Association (Basra)": a person, then their body. */
const PERSON_DASH_BODY = new RegExp(
  String.raw`^${HONORIFICS}(${NAME})(?:\s+\([^()
]{1,30}\))?\s+[—–-]\s+(\p{Lu}[^;()
]{1,100}?)(?:\s+\([^()
]{1,30}\))?\s*$`,
  "u",
);

/**
 * "Chair ........... Dr. A - X (Basra)", "Members: B - Y (Mosul); C - Z (Tikrit)": a label
 * over people listed with their bodies, each item "name - body (town)".
 */
function labelledItems(line: Line): SpeakerLine[] {
  const label = ITEMS_LABEL.exec(line.text);
  // (Behind a colon, only a list of several: one "Label: A - X" is read as a speaker's line.)
  if (!label?.[1] || (!label[1].includes("...") && !line.text.includes("; "))) return [];
  const out: SpeakerLine[] = [];
  let at = label[1].length;
  for (const item of line.text.slice(at).split(/;\s+/)) {
    const m = PERSON_DASH_BODY.exec(item);
    const name = m?.[1];
    const body = m?.[2]?.trimEnd();
    if (
      name &&
      body &&
      BODY_SHAPE.test(body) &&
      body.split(/\s+/).length <= BODY_WORDS &&
      !isPlace(body)
    ) {
      const nameAt = line.start + at + item.indexOf(name);
      const bodyAt = line.start + at + item.indexOf(body, item.indexOf(name) + name.length);
      out.push({
        line,
        name: { start: nameAt, end: nameAt + name.length },
        title: { start: nameAt, end: nameAt },
        body: { start: bodyAt, end: bodyAt + body.length },
        speaks: false,
      });
    }
    at += item.length;
    at += /^;\s+/.exec(line.text.slice(at))?.[0].length ?? 0;
  }
  return out;
}

/** A social post's author or commenter with the title and body of their headline. */
function posterLine(line: Line, prev: Line | undefined): SpeakerLine | undefined {
  // (Every line of every document passes here; a poster's line has its network's dot.)
  if (!/[•·]/.test(line.text) && !(prev && /[•·]/.test(prev.text))) return undefined;
  const one = POSTER_ROLE_AT.exec(line.text);
  const named = !one && prev && /[•·]/.test(prev.text) ? NAME_LINE.exec(prev.text) : null;
  const at = named ? ROLE_AT_LINE.exec(line.text) : null;
  const [lead = "", name = "", title = "", body = ""] = one
    ? [one[1], one[2], one[3], one[4]]
    : named && at && prev
      ? [named[1], named[2], at[2], at[3]]
      : [];
  // (Under a poster's name and network mark, the headline's title is one whatever its words:
  // "Youth worker at X", "Coordinatrice chez Y".)
  if (!name || !title || !body || !BODY_SHAPE.test(body)) return undefined;
  if (!ROLE_WORD.test(title) && !(named && /[•·]\s*(?:1st|2nd|3rd\+?)/.test(prev?.text ?? "")))
    return undefined;
  if (body.split(/\s+/).length > BODY_WORDS) return undefined;
  const nameLine = one ? line : (prev ?? line);
  const nameStart = nameLine.start + lead.length;
  const titleStart = line.start + line.text.indexOf(title, one ? lead.length + name.length : 0);
  const bodyStart = line.start + line.text.indexOf(body, titleStart - line.start + title.length);
  return {
    line: one ? line : { ...line, start: nameLine.start, text: `${nameLine.text}\n${line.text}` },
    name: { start: nameStart, end: nameStart + name.length },
    title: { start: titleStart, end: titleStart + title.length },
    body: { start: bodyStart, end: bodyStart + body.length },
    speaks: false,
  };
}
