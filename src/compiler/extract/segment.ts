/**
 * Segmentation of one document: lines classified by shape (site furniture, title-like,
 * date line, byline, body), sentences with exact offsets, the headline, the dateline's
 * date and place, and the byline's author. Furniture is found by shape, not by phrase.
 */
import { PLACES } from "../gazetteer.ts";
import { findDates, type DateMatch } from "./dates.ts";
import { EVENT_HEADS } from "./lexicon.ts";

/** A span of the document with its kind. */
export interface Line {
  start: number;
  end: number;
  text: string;
  kind: "blank" | "furniture" | "title" | "date" | "byline" | "body";
}

/** A sentence: the unit that relations are read from and cite as evidence. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the line it comes from. */
  line: number;
}

/** Everything segmentation learns about one document. */
export interface Segmented {
  lines: Line[];
  sentences: Sentence[];
  /** Title-like lines before the body (candidate headlines), in order. */
  titles: Line[];
  headline?: Line;
  date?: DateMatch;
  place?: string;
  /** Span of the author named by a byline. */
  author?: { start: number; end: number };
}

// (With the two-letter initials a transliteration writes one sound with: "Ts. Batbayar".)
const ABBREVIATIONS =
  /(?:\b(?:Ch|Kh|Sh|Ts|Zh|Dz|Mr|Mrs|Ms|Dr|Prof|Smt|Shri|Fr|Sen|Rep|Amb|Gov|Lt|Maj|Msgr|Mgr|Mme|Mlle|Adv|Ing|Pr|St|Sra|Srta|Dra|Lic|Licda|Licdo|Atty|Arch|Hna|Hno|Sto|Sta|No|Eng|Jr|Sr|vs|ca|approx|Gen|Col|Capt|Rev|Hon|Inc|Ltd|Co|Dept|Mt|Fig|Vol|al|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b\p{Lu}|(?:\p{Lu}\.)+\p{Lu})$/u;
const BREAK_RE = /[.!?]+["”’)*]*\s+(?=["“‘(*]*[\p{Lu}\p{N}])|\.(?<=\p{Ll}{2}\.)(?=\p{Lu}\p{Ll})/gu;

const PIECE_RE = /\S+/g;
const WORDISH_RE = /[\p{L}\p{N}]/u;

/** Whitespace-separated pieces holding a letter or digit; counting stops past `cap`. */
function wordCount(s: string, cap = Infinity): number {
  let n = 0;
  PIECE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (n <= cap && (m = PIECE_RE.exec(s)) !== null) if (WORDISH_RE.test(m[0])) n++;
  return n;
}

/** A row of a Markdown table with two cells or more (its rule "|---|---|" included). */
const TABLE_ROW = /^\|(?:[^|\n]*\|){2,}\s*$/;

/** A numbered subsection's heading: "3.1  The programme in 2024", "2.4. Findings". */
const SUBSECTION = /^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+\S/;

/** A title page's line that credits the organisers or donors rather than naming anything. */
const CREDIT_LINE =
  /^[\s*_]*(?:(?:organi[sz]ed|hosted|convened|funded|supported|financed|sponsored|prepared|published|co-organi[sz]ed)\s+by|with\s+the\s+(?:generous\s+|financial\s+|kind\s+)?support\s+of|in\s+(?:partnership|cooperation|collaboration)\s+with)\b/i;

/**
 * A line that only says what kind of document this is ("WEBINAR TRANSCRIPT (edited)", "For
 * immediate release", "Programme transcript"): the title is the line after it.
 */
/**
 * A report's chapter heading or running header ("Chapter 4 · Somaliland and Puntland",
 * "Section 2: Findings") and a caption ("Table 3.1 Dialogue tables …", "Box 4.1 The X
 * Committee", "Figure 2 – …"): they head a part of the document or a figure, and name no
 * event of their own.
 */
export const PART_OR_CAPTION_LINE =
  /^[\s#*_]*(?:(?:chapter|section|part|annex|appendix)\s+(?:\d{1,2}|[IVX]{1,5})\b|(?:table|figure|fig\.|chart|box|map|graph|graphic|illustration)\s+\d{1,2}(?:\.\d{1,2})*\b)/i;

export const DOCUMENT_KIND_LINE =
  /^[\s#*_]*(?:(?:webinar|programme|program|podcast|radio|broadcast|interview|episode|meeting|session|hearing|panel|event|video|full|official|edited|unedited)\s+)*(?:transcript|transcription|minutes|verbatim record|summary record|press release|media release|news release|for immediate release)(?:\s*[([](?:edited|unedited|abridged|excerpts?|draft|unofficial|auto-generated)[)\]])?[\s.*_:]*$/i;

function isFurniture(text: string): boolean {
  const t = text.trim();
  if (/\bcookies?\b/i.test(t) || /©|\bcopyright\b/i.test(t)) return true;
  // An e-mail's header lines and a newsletter's "View it in your browser" line.
  if (/^(?:from|to|cc|bcc|reply-to|sent)\s*:\s*\S/i.test(t) && /[@<█]|\bundisclosed\b/i.test(t))
    return true;
  if (
    /\b(?:view|read|open)\s+(?:it|this|the)\s+(?:\w+\s+)?(?:in|on)\s+(?:your|a|the)\s+(?:web\s+)?browser\b|\btrouble\s+(?:reading|viewing|seeing)\s+this\b/i.test(
      t,
    )
  )
    return true;
  // ("Filter: Program = International", "Sort by: date": a search form's controls.)
  if (
    /^(?:filters?|sort(?:ed)?\s+by|search\s+results|showing\s+results)\b[^\n]{0,80}?[:=]/i.test(t)
  )
    return wordCount(t, 14) <= 14;
  // "2. Opening session ........ 3": a table of contents' line, its dot leaders and page.
  if (/(?:\.\s?){4,}\s*\d{1,3}\s*$|…{2,}\s*\d{1,3}\s*$/.test(t)) return true;
  // "Reading time: 3 min", "4 min read", "Views: 1,203": page furniture with a count.
  if (
    /^(?:reading time|read time|views?|hits|likes)\s*:?\s*[\d,.]+|\b\d+\s*min(?:ute)?s?\s+read\b/i.test(
      t,
    )
  )
    return wordCount(t, 8) <= 8;
  // A site's menu words alone on their line ("TOP", "Home", "Menu", "Skip to content").
  if (/^(?:top|home|menu|main menu|back to top|skip to (?:main )?content|search)$/i.test(t))
    return true;
  // "CDLR logo.", "Logo of the Trust": an image's alt text that only says it is a logo.
  if (
    /^(?:[^\n.]{0,60}\blogo(?:type)?|logo\s+of\s+[^\n.]{1,60})\.?$/i.test(t) &&
    wordCount(t, 9) <= 8
  )
    return true;
  // (A Markdown table's row, "| A | B |", is data; pipes elsewhere are a breadcrumb's, as are
  // single guillemets: "Home › Publications › Reports".)
  if (/\s[>»›|]\s|\s\|$|^\|/.test(t) && !TABLE_ROW.test(t)) return true;
  // ("Accueil / Our projects / Tanàna Mahery": a breadcrumb of slashes; one slash is a
  // name in two languages.)
  if (/^[^/\n]{1,40}(?:\s\/\s[^/\n]{1,60}){2,}$/.test(t)) return true;
  if (!/[a-z]/.test(t)) {
    const letters = t.replace(/[^\p{L}]/gu, "");
    if (letters.length >= 4 && letters === letters.toUpperCase() && wordCount(t, 2) >= 2)
      return true;
  }
  if (
    /^(?:share|subscribe|follow|like|tweet|print|email|read more|comments?|tags?|related|posted in|categories)\b/i.test(
      t,
    ) &&
    wordCount(t, 6) <= 6
  )
    return true;
  // A social page's header: its category and town ("Nonprofit Organisation · Kisumu, Kenya"),
  // its counts ("1.3K likes · 1.6K followers").
  if (SOCIAL_PAGE_LINE.test(t) && wordCount(t, 10) <= 10) return true;
  // A newsletter's masthead line: "Issue 7, Summer 2022", "Vol. 3 No. 2 – March 2021".
  if (/^(?:issue|vol\.?|volume|edition|no\.)\s*\d+\b/i.test(t) && wordCount(t, 8) <= 7) return true;
  // ("BOLETIN PUENTES - No. 21 - November 2024", "Kivu Newsletter | Issue 12 | May 2024")
  if (
    /\b(?:newsletter|bulletin|bolet[ií]n|boletim|lettre d'information|infolettre)\b/i.test(t) &&
    /\b(?:no\.?|n[º°]|issue|vol\.?|edition|#)\s*\d{1,4}\b/i.test(t) &&
    wordCount(t, 16) <= 16
  )
    return true;
  if (/^read\s+\d+\s+times$/i.test(t) || /^[\W\d_]+$/u.test(t)) return true;
  // A letterhead's address: "P.O. Box 7136, Kampala", "Simbamanyo House, Plot 2, George Street".
  // (A venue's line that dates its event is the event's: "Rabat, 15 May · Hotel X, Avenue Y".)
  if (
    ADDRESS_LINE.test(t) &&
    t.includes(",") &&
    wordCount(t, 12) <= 10 &&
    !/[.!?]$/.test(t) &&
    !findDates(t).length
  )
    return true;
  return false;
}

/** A social page's category line or its counts of likes and followers. */
const SOCIAL_PAGE_LINE =
  /^page\s*[·•]\s*\p{L}|^(?:(?:non-?profit|non-?governmental|community|charity|charitable|government|religious|political|social\s+service|youth|women'?s|educational|environmental|cultural|humanitarian)\s+)?(?:organi[sz]ation(?:\s*\(NGO\))?|cause|community\s+service|public\s+figure)\s*[·•]|^(?:[\d.,]+\s*[KkMm]?\s+(?:likes|followers|following|members|subscribers|people\s+like\s+this)(?:\s*[·•|]\s*|\s*$))+$/iu;

/** Words of a postal address. */
const ADDRESS_LINE =
  /\bP\.?\s?O\.?\s*Box\b|\b(?:Plot|Street|St\.|Road|Rd\.|Avenue|Ave\.|Floor|Suite|Block|Building|Postal Code|Zip)\b(?:\s+(?:No\.?\s*)?\d+)?/i;

/**
 * Words a place may hold: capitalised ones, brackets and a few lower-case particles ("Limni
 * (Λίμνη), North Evia, Greece"), but no event's noun ("Minutes of the Partners Meeting · ").
 */
function placeWords(text: string): boolean {
  return text
    .split(/[\s,()·|•]+/)
    .filter(Boolean)
    .every(
      (w) =>
        /^(?:de|del|da|do|la|el|al|upon|on)$|^[^\p{Ll}]/u.test(w) &&
        !EVENT_HEADS.has(w.toLowerCase()),
    );
}

function dateOnly(text: string): boolean {
  if (!/\d/.test(text) || wordCount(text, 12) > 12) return false;
  const rest = text
    .replace(/^\s*(?:posted|published|updated|dated?)(?:[^:\d]{0,20}:|\s+on\b)?\s*/i, "")
    // A section label before a pipe: "News | 18.06.2023", "Webinar · 3 May", "Workshop – 5 May".
    .replace(/^\s*\p{L}[\p{L} ]{0,24}?(?:\s*[|·•]|\s+[–—])\s*(?=\S)/u, "")
    // A byline before the date: "By Staff Reporter | 19 July 2024", "By Lina Haddad, 3 May".
    .replace(/^\s*by\s+[^|,–—\d]{1,60}?(?:\s*[|,–—]\s*|\s+-\s+|\s+on\s+)(?=\S)/i, "")
    .replace(/^\s*(?:\*\*|__)(.*)(?:\*\*|__)\s*$/, "$1")
    // "Rabat, 15–16 May 2024 · Hotel Farah, Avenue Mohammed V": the venue after a dot or bar.
    .replace(/^([^·|•\n]*\d[^·|•\n]*?)\s*[·|•]\s*\p{Lu}[^\d\n]*$/u, "$1")
    // ("Limni (Λίμνη), North Evia, Greece · 22–24 May 2025": a place of several parts, then
    // a bullet and the date.)
    .replace(/^\s*\p{Lu}[^·|•\d\n]{0,60}?\s*[·|•]\s*(?=\d)/u, (place) =>
      placeWords(place) ? "" : place,
    )
    // "Rabat, 15 May 2024": the place of a date line, known or not.
    .replace(/^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?),\s*(?=\d)/u, "")
    .replace(/,?\s+by\s+.*$/i, "")
    // "05/07/2022 at 11:20", "14 March 2023 10:15 GMT": the clock time of a timestamp line.
    .replace(
      /,?\s*(?:at\s+)?(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}\.\d{2}\s*[ap]\.?m\.?)(?:\s*(?:GMT|UTC|[A-Z]{3,4}|[+-]\d{2}:?\d{2}))?(?![\d.])/gi,
      "",
    )
    .replace(/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b,?/g, "")
    // "9:14 AM · Aug 6, 2025 · 8,204 Views": a post's timestamp line and its counts.
    .replace(
      /\s*[·|•]\s*[\d.,]+\s*[KkMm]?\s+(?:views|likes|reposts|retweets|comments|shares|reactions|impressions)\b.*$/i,
      "",
    )
    .replace(/^\s*[·|•]\s*/, "")
    // "10:00 – 13:30 (Baghdad time)": what is left of a time range and its zone.
    .replace(/\(\s*[\p{L} ]{0,24}\btime\s*\)/giu, "")
    .replace(/(?:\s*[|·•–—-])+\s*$/u, "")
    .trim();
  const d = findDates(rest);
  return (
    d.length > 0 &&
    rest.replace(/[\s,.]/g, "").length <= (d[0]?.end ?? 0) - (d[0]?.start ?? 0) + 2 &&
    wordCount(text, 12) <= 12
  );
}

/**
 * A professional network's post header: "Name • 1st", "Name • Author", "3w • Edited • 🌐", and
 * the engagement line under the post ("287 • 34 comments • 12 reposts").
 */
const NETWORK_POST_LINE =
  /^(?:[^•\n]{2,60}\s*•\s*(?:1st|2nd|3rd\+?|Author|Follow|Following)\b.*|\d{1,2}\s?[smhdwy]o?\s*•.*|.{0,12}\d[\d,.]*\s*•\s*\d[\d,.]*\s+comments?\b.*)$/u;
/** A post's header: a name and a handle, perhaps a time ("Tigris Youth @TigrisYouth · May 3"). */
const POST_HEADER = /^[^@\n]{0,80}@[A-Za-z0-9_]{2,30}(?:\s*[·•|]\s*(.{0,40}))?$/u;

function classify(text: string): Line["kind"] {
  const t = text.trim();
  if (!t) return "blank";
  if (NETWORK_POST_LINE.test(t)) return "furniture";
  const post = POST_HEADER.exec(t);
  if (post) return post[1] && findDates(post[1]).length ? "date" : "furniture";
  // "Wednesday, 7 September 2022 | 14:32": a time stamp, not a breadcrumb.
  if (t.includes("|") && dateOnly(t)) return "date";
  if (isFurniture(t)) return "furniture";
  if (dateOnly(t)) return "date";
  // (A table's rows are data, told like the body, never a title.)
  if (TABLE_ROW.test(t)) return "body";
  if (/^[Bb]y\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}$/u.test(t)) return "byline";
  // ("Proud to share that we graduated! 🎉": a post's sentence ends before its emoji.)
  // (Nor does a footnote's mark after its full stop: "… chosen by the communities.¹", "[3]".)
  const said = t
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+$/u, "")
    .replace(/([.!?]["”’*]*)(?:[¹²³⁴-⁹⁰]+|\[\d{1,3}\])$/u, "$1");
  if (!/[.!?:;]["”’*]*$/.test(said) && wordCount(t, 25) <= 25) return "title";
  return "body";
}

/**
 * Longest sentence, in UTF-16 code units. Longer runs without a sentence end ("Mr. Mr. …",
 * a list of ten thousand names, one endless line) are broken at the last whitespace before
 * the limit, so the work per sentence is bounded whatever the text. The genre's longest
 * sentences are under 500 characters.
 */
export const MAX_SENTENCE_CHARS = 1000;

const isSpace = (c: number): boolean => c === 32 || c === 9;

/**
 * Pushes the sentence `[start, end)` of `line` (offsets into the document), broken into
 * pieces of at most MAX_SENTENCE_CHARS: at the last space or tab before the limit, or at the
 * limit itself (never between the halves of a surrogate pair) when there is none.
 */
function pushBounded(line: Line, index: number, start: number, end: number, out: Sentence[]) {
  const text = line.text;
  const at = (p: number): number => text.charCodeAt(p - line.start);
  let s = start;
  while (end - s > MAX_SENTENCE_CHARS) {
    let cut = s + MAX_SENTENCE_CHARS;
    while (cut > s && !isSpace(at(cut))) cut--;
    let next: number;
    if (cut > s) {
      next = cut;
      while (cut > s && isSpace(at(cut - 1))) cut--;
      while (next < end && isSpace(at(next))) next++;
    } else {
      cut = s + MAX_SENTENCE_CHARS;
      const c = at(cut);
      if (c >= 0xdc00 && c <= 0xdfff) cut--;
      next = cut;
    }
    if (cut > s) out.push({ start: s, end: cut, line: index });
    s = next;
  }
  if (end > s) out.push({ start: s, end, line: index });
}

function splitLine(line: Line, index: number, out: Sentence[]): void {
  let start = line.start + (line.text.length - line.text.trimStart().length);
  const end = line.start + line.text.trimEnd().length;
  BREAK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BREAK_RE.exec(line.text)) !== null) {
    const cut = line.start + m.index;
    const before = line.text.slice(Math.max(0, m.index - 12), m.index);
    if (m[0].startsWith(".") && ABBREVIATIONS.test(before)) continue;
    // ("kr. 250.000": a crown's mark before its figure ends no sentence.)
    if (m[0] === ". " && /\b[Kk]r$/.test(before) && /\d/.test(line.text.charAt(m.index + 2)))
      continue;
    const stop = cut + m[0].trimEnd().length;
    if (stop > start) pushBounded(line, index, start, stop, out);
    start = line.start + m.index + m[0].length;
  }
  if (end > start) pushBounded(line, index, start, end, out);
}

function readDateline(text: string, first: Line | undefined): { date?: DateMatch; place?: string } {
  if (!first) return {};
  const head = /^(.{2,90}?)\s(?:–|—|-{1,2})\s/u.exec(first.text);
  if (!head?.[1]) return {};
  const prefix = head[1];
  // ("BASRA, April 25 (MPA) --": a wire's dateline without its year takes the year the
  // story speaks of most.)
  const date =
    findDates(text, first.start, first.start + prefix.length)[0] ??
    findDates(text, first.start, first.start + prefix.length, storyYear(text))[0];
  const words = prefix.replace(/\([^)]*\)/g, " ").split(/[,\s]+/);
  const place = words
    .map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w))
    .find((w) => PLACES.has(w));
  return { date, place };
}

/**
 * The latest year a text names as its own (not a target it works towards: "by 2030", "until
 * 2027"): a story's past years are recalled ones ("a repeat of the 2018 crisis").
 */
function storyYear(text: string): number | undefined {
  let best: number | undefined;
  for (const m of text.matchAll(/(?<![\d.,/-])\b(20\d\d)\b(?![\d.,/-]\d)/g)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
    if (/\b(?:by|until|till|to|through|before|–|-)\s*$/i.test(before)) continue;
    const y = Number(m[1]);
    if (best === undefined || y > best) best = y;
  }
  return best;
}

const LEADING_TAGS = /^(?:\s*<\/?[A-Za-z][^<>\n]{0,80}>)+/;
const TRAILING_TAGS = /(?:<\/?[A-Za-z][^<>\n]{0,80}>\s*)+$/;

/** Segments a normalised document into classified lines and sentences. */
export function segment(text: string): Segmented {
  const lines: Line[] = [];
  let pos = 0;
  for (const raw of text.split("\n")) {
    // Markup left in a text file ("<p>Tunis, 13.12.2017</p>") wraps a line; the line is inside.
    const lead = raw.includes("<") ? (LEADING_TAGS.exec(raw)?.[0].length ?? 0) : 0;
    const trail = raw.includes(">") ? (TRAILING_TAGS.exec(raw.slice(lead))?.[0].length ?? 0) : 0;
    const inner = lead || trail ? raw.slice(lead, raw.length - trail) : raw;
    const start = pos + lead;
    lines.push({ start, end: start + inner.length, text: inner, kind: classify(inner) });
    pos += raw.length + 1;
  }
  const sentences: Sentence[] = [];
  const titles: Line[] = [];
  let bodySeen = false;
  let titlesBeforeDate = -1;
  let date: DateMatch | undefined;
  let author: Segmented["author"];
  lines.forEach((line, i) => {
    if (line.kind === "blank" || line.kind === "furniture") return;
    if (line.kind === "date" || line.kind === "byline") {
      if (!bodySeen && titlesBeforeDate < 0) titlesBeforeDate = titles.length;
      date ??= findDates(text, line.start, line.end)[0];
      // (Case-sensitive: "by the Communications Office" names no author; nor does a desk.)
      const by = /\b[Bb]y\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})[\s*_]*$/u.exec(
        line.text,
      );
      if (
        by?.[1] &&
        !/\b(?:Office|Team|Desk|Department|Unit|Staff|Editor|Editors|Newsroom|Communications)\b/.test(
          by[1],
        )
      )
        author ??= {
          start: line.start + by.index + by[0].indexOf(by[1]),
          end: line.start + by.index + by[0].indexOf(by[1]) + by[1].length,
        };
      return;
    }
    if (
      line.kind === "title" &&
      !bodySeen &&
      !titles.some((t) => t.text.trim() === line.text.trim())
    )
      titles.push(line);
    if (line.kind === "body") bodySeen = true;
    splitLine(line, i, sentences);
  });
  const firstBody = lines.find((l) => l.kind === "body");
  const dl = readDateline(text, firstBody);
  // ("Norway in Iraq / Royal Norwegian Embassy in Baghdad / News | 18.06.2023 / Norway
  // signs …": a stack of site and publisher lines over the date line is a masthead; the
  // title under the date line is the headline.)
  const after = titles[titlesBeforeDate];
  const candidates =
    titlesBeforeDate >= 2 &&
    after &&
    titles.slice(0, titlesBeforeDate).every((t) => wordCount(t.text, 7) <= 6) &&
    wordCount(after.text, 4) >= 4 &&
    !/^[\p{L} ]{1,24}:/u.test(after.text)
      ? titles.slice(titlesBeforeDate)
      : titles;
  // ("Tigris Policy Forum / Shared Rivers, Shared Risks: … / Roundtable | 2023/10/04": a
  // short site name, then the page's title just over its date line.)
  const overDate = titles[titlesBeforeDate - 1];
  const titled =
    candidates === titles &&
    titlesBeforeDate >= 2 &&
    overDate &&
    wordCount(titles[0]?.text ?? "", 5) <= 4 &&
    wordCount(overDate.text, 5) >= 5
      ? overDate
      : undefined;
  // ("Organised by X and Y", "With the support of Z" under a report's title credit it.)
  // ("3.1  The programme in 2024": a numbered section's heading heads a section, not the text.)
  const named = candidates.filter(
    (t) =>
      !CREDIT_LINE.test(t.text) &&
      !SUBSECTION.test(t.text) &&
      !DOCUMENT_KIND_LINE.test(t.text) &&
      !PART_OR_CAPTION_LINE.test(t.text),
  );
  const headline = titled ?? named.find((t) => wordCount(t.text, 3) >= 3) ?? named[0];
  return { lines, sentences, titles, headline, date: dl.date ?? date, place: dl.place, author };
}
