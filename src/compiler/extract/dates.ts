/**
 * Date recognition at the precision the text gives: full dates in the common English and
 * numeric orders, month-year, bare years, and ranges ("from May 2013 to April 2014",
 * "September 26-28, 2024", "21st and 22nd of May 2023", "10 April – 12 May 2022",
 * "8/2014-4/2015"). Numeric dates are read day first ("05.11.2021" is 5 November), as the
 * genre writes them; month first only when the day-first reading is impossible and the
 * month-first one is not ("11/25/2021"), or when a weekday written before the date agrees
 * with the month-first reading only. Year first: "2019/03/14", "2019-03-14".
 *
 * Impossible values are never dates: month 0 or 13+, day 0, 31 April, 30 February,
 * 29 February outside leap years. Such a text is no date at all: its span is consumed so
 * that no shorter reading ("February 2021" out of "30 February 2021", "2020" out of
 * "2020-13-01") is taken from it either.
 *
 * A range whose end is before its start ("March 2022 – February 2021") keeps its start
 * only; its span still covers the whole text, so the end is not read as a date of its own.
 * A range whose end equals its start is that one date.
 *
 * A missing year comes only from a reference (the dateline); nothing is guessed. A full
 * reference date ("2023-05-16") also resolves "today", "yesterday", "tomorrow" and weekday
 * names ("on Tuesday", "last Friday" → the latest such day up to the reference day, "next
 * Monday" → the first after it). Integer arithmetic only: no `Date` object, no time zone.
 */
import type { EventDate } from "../../model/types.ts";

/** A date found in a text, with its span. */
export interface DateMatch {
  start: number;
  end: number;
  date: EventDate;
}

/**
 * The reference a text's dates are read against: a year (`2023`), or an ISO date
 * (`"2023"`, `"2023-05"`, `"2023-05-16"`) such as the dateline's `date.start`. Only a full
 * ISO date resolves "today", "yesterday" and weekday names; any form gives the year.
 */
export type DateReference = number | string;

interface Ref {
  year?: number;
  /** Days since 1970-01-01 of a full reference date. */
  day?: number;
}

interface Context {
  ref: Ref;
  /** 0 = Sunday … 6 = Saturday, for a weekday written just before the match; else -1. */
  weekday: number;
  /** The document writes its numeric dates month first ("09/30/2025" beside "10/01/2024"). */
  monthFirst: boolean;
}

/** A pattern's reading: a date, nothing here (null), or a written but impossible date. */
type Reading = EventDate | null | typeof IMPOSSIBLE;
const IMPOSSIBLE = "impossible";

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
};
// A month name, or an abbreviation with or without its full stop; never the start of a word
// ("May" is not in "Mayor") and a full stop after a full name ends the sentence, not the month.
const FULL_MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** Months in Spanish, French, Portuguese, German and Indonesian, as users' documents quote them. */
const FOREIGN_MONTHS: Readonly<Record<string, number>> = {
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  janeiro: 1,
  fevereiro: 2,
  março: 3,
  maio: 5,
  junho: 6,
  julho: 7,
  setembro: 9,
  outubro: 10,
  novembro: 11,
  dezembro: 12,
  januar: 1,
  februar: 2,
  märz: 3,
  juni: 6,
  juli: 7,
  oktober: 10,
  dezember: 12,
  januari: 1,
  februari: 2,
  maret: 3,
  mei: 5,
  agustus: 8,
  desember: 12,
};
const FOREIGN_MONTH = Object.keys(FOREIGN_MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => `[${m.charAt(0).toUpperCase()}${m.charAt(0)}]${m.slice(1)}`)
  .join("|");
const MONTH = String.raw`(?:${FULL_MONTH}|${FOREIGN_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?!\p{L})`;
/**
 * "12 de noviembre de 2024", "12. November 2024": the joiners of other languages, rewritten
 * (keeping every offset) as the English patterns read them: "12 of noviembre,   2024".
 */
const DAY_DE = new RegExp(
  String.raw`(?<=\b[0-3]?\d)(\s(?:de|del)\s|\.\s)(?=(?:${FOREIGN_MONTH}|${FULL_MONTH})\b)`,
  "gu",
);
const MONTH_DE = new RegExp(
  String.raw`(?<=\b(?:${FOREIGN_MONTH}))\s(?:de|del)\s(?=(?:19|20)\d\d\b)`,
  "gu",
);
function englishJoiners(slice: string): string {
  if (!/\sde\s|\d\.\s/.test(slice)) return slice;
  return slice
    .replace(DAY_DE, (m) =>
      m.startsWith(".") ? " ".repeat(m.length) : ` of${" ".repeat(m.length - 3)}`,
    )
    .replace(MONTH_DE, (m) => `,${" ".repeat(m.length - 1)}`);
}
// A day of the month in figures, with an ordinal suffix glued to it or not ("4th", "4thand");
// never the end of a longer figure ("724,515.28" before "December 2013").
const DAY = String.raw`(?<![\d.:/]|\d,)[0-3]?\d(?!\d)(?:st|nd|rd|th)?`;
// A day before a month: "4 March", "4th of March", "4thMarch".
const DAY_OF = String.raw`(${DAY})\s{0,3}(?:of\s{1,3})?`;
const YEAR = String.raw`(?:19|20)\d\d(?!\d)`;
// (… and the joiners of ranges in other languages: "du 3 au 5 mars", "del 3 al 5 de marzo".)
const DASH = String.raw`\s{0,3}(?:-|–|—|&|to|until|till|through|and|au|al|a|bis|hingga|sampai|(?:y|et|e|und)(?:\s{1,3}(?:el|le|o))?)\s{0,3}`;
const WEEKDAY_FULL = String.raw`(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day`;
/** A day's or a month's full name ("Sunday", "March"): a word that names no one. */
export const CALENDAR_NAME = new RegExp(String.raw`^(?:${FULL_MONTH}|${WEEKDAY_FULL})$`);
const WEEKDAY_ANY = String.raw`(?:Sun|Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur)(?:day|\.)?|(?:SUN|MON|TUES|WEDNES|THURS|FRI|SATUR)DAY`;
/** A weekday written just before a date: "Tuesday, 3 March", "Tue. 03/03/2020", "Sunday the 3rd". */
const WEEKDAY_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(${WEEKDAY_ANY}),?\s{1,3}(?:the\s{1,3})?$`,
  "u",
);

type Make = (m: RegExpExecArray, ctx: Context) => Reading;

const PATTERNS: [RegExp, Make][] = [
  // 10 April – 12 May 2022 / 30 December 2021 to 2 January 2022 / between 4 March and 6 April
  [
    new RegExp(
      String.raw`\b(between\s{1,3})?${DAY_OF}(${MONTH}),?(?:\s{1,3}(${YEAR}))?(${DASH})${DAY_OF}(${MONTH}),?(?:\s{1,3}(${YEAR}))?`,
      "gu",
    ),
    (m, { ref }) =>
      listed(m[1], m[5]) ? null : crossMonth(m[2], m[3], m[4], m[6], m[7], m[8], ref),
  ],
  // April 10 – May 12, 2022 / April 10, 2021 – May 12, 2022
  [
    new RegExp(
      String.raw`\b(between\s{1,3})?(${MONTH})\s{1,3}(${DAY}),?(?:\s{1,3}(${YEAR}))?(${DASH})(${MONTH})\s{1,3}(${DAY}),?\s{1,3}(${YEAR})`,
      "gu",
    ),
    (m, { ref }) =>
      listed(m[1], m[5]) ? null : crossMonth(m[3], m[2], m[4], m[7], m[6], m[8], ref),
  ],
  // between January and December 2022 / January–March 2021 / from Nov. 2020 to Feb. 2021
  [
    new RegExp(
      String.raw`\b(between\s{1,3})?(${MONTH}),?(?:\s{1,3}(${YEAR}))?(${DASH})(${MONTH}),?\s{1,3}(${YEAR})`,
      "gu",
    ),
    (m) => (listed(m[1], m[4]) ? null : monthRange(m[2], m[3], m[5], m[6])),
  ],
  // September 26-28, 2024 / August 22nd and 24th (, 2019)
  [
    new RegExp(String.raw`\b(${MONTH})\s{1,3}(${DAY})${DASH}(${DAY})(?:,?\s{1,3}(${YEAR}))?`, "gu"),
    (m, { ref }) => dayRange(m[1], m[2], m[3], m[4], ref),
  ],
  // 3 to 5 June 2020 / 22-24 August 2019 / 21st and 22nd of May 2023 / 4thand 5th March /
  // Monday 13 to Friday 17 October
  [
    new RegExp(
      String.raw`\b(${DAY})${DASH}(?:(?:${WEEKDAY_ANY}),?\s{1,3})?${DAY_OF}(${MONTH}),?(?:\s{1,3}(${YEAR}))?`,
      "gu",
    ),
    (m, { ref }) => dayRange(m[3], m[1], m[2], m[4], ref),
  ],
  // 22nd November, 2007 / Sunday 30 October 2011 / the 3rd of June (year from reference)
  [
    new RegExp(String.raw`\b${DAY_OF}(${MONTH}),?(?:\s{1,3}(${YEAR}))?`, "gu"),
    (m, { ref }) => single(yearOr(m[3], ref), month(m[2]), day(m[1])),
  ],
  // November 3, 2022 / Feb 18, 2014
  [
    new RegExp(String.raw`\b(${MONTH})\s{1,3}(${DAY}),?\s{1,3}(${YEAR})`, "gu"),
    (m) => single(Number(m[3]), month(m[1]), day(m[2])),
  ],
  // on June 3 / since March 8 / "Khartoum, June 21st": without a year, only after a
  // preposition or a heading's separator ("In May 2 workshops" is no date); the year comes
  // from the reference
  [
    new RegExp(
      String.raw`(?<=(?:\b(?:[Oo]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter)|[,|–—])\s{1,3})(${MONTH})\s{1,3}(${DAY})(?![\d%]|[.,:/]\d)`,
      "gu",
    ),
    (m, { ref }) => single(ref.year, month(m[1]), day(m[2])),
  ],
  // October 2011
  [
    new RegExp(String.raw`\b(${MONTH}),?\s{1,3}(${YEAR})`, "gu"),
    (m) => ({ start: `${m[2]}-${pad(month(m[1]))}` }),
  ],
  // 2019-03-14 / 2019/03/14 / 2019.03.14
  [
    /\b((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/g,
    (m) => single(Number(m[1]), Number(m[3]), Number(m[4])),
  ],
  // 24-26/10/2023 / 3–5.11.2023: a range of days, then month and year in figures
  [
    /\b([0-3]?\d)\s?[-–]\s?([0-3]?\d)([./])([01]?\d)\3((?:19|20)\d\d)(?![\d])/g,
    (m) => {
      const [y, mo, a, b] = [Number(m[5]), Number(m[4]), Number(m[1]), Number(m[2])];
      const start = ymd(y, mo, a);
      const end = ymd(y, mo, b);
      return start && end && a < b ? { start, end } : IMPOSSIBLE;
    },
  ],
  // 04. 03. 2025 / 4. 3. 2025: day, month and year with a dot and a space, as Slovene, Czech,
  // Croatian and German write them
  [
    /\b([0-3]?\d)\.\s([01]?\d)\.\s((?:19|20)\d\d)(?![\d])/g,
    (m) => single(Number(m[3]), Number(m[2]), Number(m[1])),
  ],
  // 05.11.2021 / 05/11/2021 / 05-11-2021: day first; 11/25/2021: month first
  [
    /\b(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)(?![\d])/g,
    (m, { weekday, monthFirst }) =>
      numeric(Number(m[4]), Number(m[1]), Number(m[3]), weekday, monthFirst && m[2] === "/"),
  ],
  // 26th, 09.2022: a day, then month and year in figures
  [
    /\b([0-3]?\d)(?:st|nd|rd|th)?,\s{0,3}([01]?\d)[./]((?:19|20)\d\d)(?![\d])/g,
    (m) => single(Number(m[3]), Number(m[2]), Number(m[1])),
  ],
  // 8/2014
  [
    /\b([01]?\d)\/((?:19|20)\d\d)\b/g,
    (m) => {
      const mo = Number(m[1]);
      return mo >= 1 && mo <= 12 ? { start: `${m[2]}-${pad(mo)}` } : null;
    },
  ],
  // 03.2024: a month and year with a dot, as periods are written in much of Europe
  [
    /(?<![\d.,])\b(0[1-9]|1[0-2])\.((?:19|20)\d\d)\b(?![.,]\d)/g,
    (m) => ({ start: `${m[2]}-${m[1]}` }),
  ],
  // (2019-2022) / 2019–2022: a range of years
  [
    /(?<![\d.,/$€£-])\b((?:19|20)\d\d)\s{0,3}[-–]\s{0,3}((?:19|20)\d\d)\b(?![\d.,/%]\d)/g,
    (m) => range(m[1] ?? "", m[2] ?? ""),
  ],
  // 2012 (not part of an amount or a longer number)
  [
    // ("the 2014 Constitution", "the 1991 Personal Status Law": a year naming a text is no date.)
    /(?<![\d.,/$€£-]|\b[Tt]he\s)\b((?:19|20)\d\d)\b(?![\d.,/%]\d|\s*(?:per|%|people|persons|participants)|\s+\p{Lu}\p{Ll})/gu,
    (m) => ({ start: m[1] ?? "" }),
  ],
];

/** Dates said relative to the reference day; read only when a full reference date is given. */
const RELATIVE: [RegExp, Make][] = [
  [
    // Capitalised only where a sentence or clause starts: "Hands for Tomorrow" is a name.
    /\b(today|yesterday|tomorrow|(?<![\p{L},;]\s{1,3})(?:Today|Yesterday|Tomorrow))\b/gu,
    (m, { ref }) => {
      const w = (m[1] ?? "").toLowerCase();
      return shift(ref, w === "today" ? 0 : w === "yesterday" ? -1 : 1);
    },
  ],
  // on Tuesday (0-6 days back) / last Friday (1-7 back) / next Monday (1-7 ahead)
  [
    new RegExp(
      String.raw`\b(on|last|next|this\s{1,3}(?:past|coming)|this|coming|past)\s{1,3}(${WEEKDAY_FULL})\b`,
      "giu",
    ),
    (m, { ref }) => {
      const w = weekdayOf(m[2]);
      if (ref.day === undefined || w < 0) return null;
      const now = weekdayOfDay(ref.day);
      const cue = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
      const delta = /^(?:next|coming|this coming)$/.test(cue)
        ? ((w - now + 6) % 7) + 1
        : cue === "last"
          ? -(((now - w + 6) % 7) + 1)
          : -((now - w + 7) % 7);
      return shift(ref, delta);
    },
  ],
  // last November (the latest November before the reference day) / early June, mid-July
  // (of the reference year), with the month's full name, never before a day or a year
  // ("in March" says nothing of the year's tense: "will meet in March" is left alone)
  [
    new RegExp(
      String.raw`\b(last|this|early|late|mid)(?:\s{1,3}|-)(${FULL_MONTH})(?!\s{0,3},?\s{0,3}\d)(?!\p{L})`,
      "giu",
    ),
    (m, { ref }) => {
      const mo = month(m[2]);
      const today = ref.day === undefined ? undefined : fromDays(ref.day);
      if (!today || !mo) return null;
      const [y = 0, now = 0] = today.split("-").map(Number);
      const year = (m[1] ?? "").toLowerCase() === "last" && mo >= now ? y - 1 : y;
      return { start: `${year}-${pad(mo)}` };
    },
  ],
  // Tuesday morning / Friday evening: the latest such day up to the reference day
  [
    new RegExp(String.raw`\b(${WEEKDAY_FULL})\s{1,3}(?:morning|afternoon|evening|night)\b`, "giu"),
    (m, { ref }) => {
      const w = weekdayOf(m[1]);
      if (ref.day === undefined || w < 0) return null;
      return shift(ref, -((weekdayOfDay(ref.day) - w + 7) % 7));
    },
  ],
];

/** "3 June and 5 July": two dates, not a range, unless after "between". */
function listed(between: string | undefined, dash: string | undefined): boolean {
  return !between && /^\s*(?:&|and|y|et|e|und)(?:\s+(?:el|le|o))?\s*$/.test(dash ?? "");
}

function month(word: string | undefined): number {
  const w = (word ?? "").toLowerCase();
  return FOREIGN_MONTHS[w] ?? MONTHS[w.slice(0, 3)] ?? 0;
}
function weekdayOf(word: string | undefined): number {
  return WEEKDAYS[(word ?? "").toLowerCase().slice(0, 3)] ?? -1;
}
function day(word: string | undefined): number {
  return parseInt(word ?? "0", 10);
}
function yearOr(written: string | undefined, ref: Ref): number | undefined {
  return written ? Number(written) : ref.year;
}
function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function leap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
/** Days in a month of a year; 0 for a month that does not exist. */
function daysIn(y: number, mo: number): number {
  if (mo < 1 || mo > 12) return 0;
  if (mo === 2) return leap(y) ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}
/** The ISO date, or null when no such day exists. */
function ymd(y: number, mo: number, d: number): string | null {
  return d >= 1 && d <= daysIn(y, mo) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

/** Days since 1970-01-01 of a civil date (proleptic Gregorian; integer arithmetic). */
function toDays(y: number, mo: number, d: number): number {
  const yy = mo <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
/** The ISO date of a day count since 1970-01-01. */
function fromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const mo = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (mo <= 2 ? 1 : 0);
  return `${y}-${pad(mo)}-${pad(d)}`;
}
/** 0 = Sunday … 6 = Saturday. */
function weekdayOfDay(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}
function shift(ref: Ref, delta: number): Reading {
  return ref.day === undefined ? null : { start: fromDays(ref.day + delta) };
}

function single(y: number | undefined, mo: number, d: number): Reading {
  if (!y) return null;
  const s = ymd(y, mo, d);
  return s ? { start: s } : IMPOSSIBLE;
}

/** A range, or its start alone when the end is not after it. */
function range(start: string, end: string): EventDate {
  return compare(end, start) > 0 ? { start, end } : { start };
}
/** Compares ISO dates at the precision they share ("2020" equals "2020-05"). */
function compare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

function dayRange(
  mon: string | undefined,
  d1: string | undefined,
  d2: string | undefined,
  year: string | undefined,
  ref: Ref,
): Reading {
  const y = yearOr(year, ref);
  const mo = month(mon);
  if (!y) return null;
  const a = ymd(y, mo, day(d1));
  const b = ymd(y, mo, day(d2));
  return a && b ? range(a, b) : IMPOSSIBLE;
}

/** "30 December – 2 January 2022": a start without a year takes the end's, less one when its month is later. */
function crossMonth(
  d1: string | undefined,
  m1: string | undefined,
  y1: string | undefined,
  d2: string | undefined,
  m2: string | undefined,
  y2: string | undefined,
  ref: Ref,
): Reading {
  const mo1 = month(m1);
  const mo2 = month(m2);
  const endYear = y2 ? Number(y2) : y1 ? Number(y1) : ref.year;
  if (!endYear) return null;
  const startYear = y1 ? Number(y1) : mo1 > mo2 ? endYear - 1 : endYear;
  const a = ymd(startYear, mo1, day(d1));
  const b = ymd(endYear, mo2, day(d2));
  return a && b ? range(a, b) : IMPOSSIBLE;
}

/** "November – February 2022": a start without a year takes the end's, less one when later. */
function monthRange(
  m1: string | undefined,
  y1: string | undefined,
  m2: string | undefined,
  y2: string | undefined,
): Reading {
  const mo1 = month(m1);
  const mo2 = month(m2);
  const endYear = Number(y2);
  const startYear = y1 ? Number(y1) : mo1 > mo2 ? endYear - 1 : endYear;
  return range(`${startYear}-${pad(mo1)}`, `${endYear}-${pad(mo2)}`);
}

/** A numeric date: day first, month first only where that alone is possible or the weekday says so. */
function numeric(
  y: number,
  first: number,
  second: number,
  weekday: number,
  usMonthFirst = false,
): Reading {
  const dayFirst = ymd(y, second, first);
  const monthFirst = ymd(y, first, second);
  if (usMonthFirst && monthFirst) return { start: monthFirst };
  if (dayFirst && monthFirst && weekday >= 0 && first !== second) {
    const agrees = (mo: number, d: number): boolean => weekdayOfDay(toDays(y, mo, d)) === weekday;
    if (!agrees(second, first) && agrees(first, second)) return { start: monthFirst };
  }
  const s = dayFirst ?? monthFirst;
  return s ? { start: s } : IMPOSSIBLE;
}

function readRef(ref: DateReference | undefined): Ref {
  if (typeof ref === "number") return Number.isInteger(ref) && ref > 0 ? { year: ref } : {};
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(ref ?? "");
  if (!m) return {};
  const y = Number(m[1]);
  const mo = Number(m[2] ?? 0);
  const d = Number(m[3] ?? 0);
  return ymd(y, mo, d) ? { year: y, day: toDays(y, mo, d) } : { year: y };
}

const RELATIVE_WORD =
  /today|yesterday|tomorrow|day\b|\b(?:last|this|early|late|mid)[\s-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * Finds the dates in `text[from, to)`, longest first, without overlaps, then joins
 * "A to B" / "A – B" / "from A to B" / "between A and B" into ranges. `ref` (the
 * dateline: a year, or its ISO date such as `an.seg.date?.date.start`) fills a missing
 * year; a full ISO reference date also resolves "today", "yesterday" and weekdays.
 */
export function findDates(
  text: string,
  from = 0,
  to = text.length,
  ref?: DateReference,
): DateMatch[] {
  const slice = englishJoiners(text.slice(from, to));
  const found: DateMatch[] = [];
  const reference = readRef(ref);
  const relative = reference.day !== undefined && RELATIVE_WORD.test(slice);
  // Every pattern but the relative ones holds a day or a year in figures.
  if (!relative && !/\d/.test(slice)) return found;
  // Characters already read as (or as an impossible) date: linear, however many dates.
  const taken = new Uint8Array(slice.length);
  const patterns = relative ? [...PATTERNS, ...RELATIVE] : PATTERNS;
  for (const [re, make] of patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      let s = m.index;
      const e = s + m[0].length;
      if (isTaken(taken, s, e)) continue;
      // ("Day 2 – Tuesday 19 November": a numbered day or session is no day of the month.)
      if (/^\d/.test(m[0]) && NUMBERED_BEFORE.test(slice.slice(Math.max(0, s - 10), s))) {
        re.lastIndex = s + 1;
        continue;
      }
      const before = WEEKDAY_BEFORE.exec(slice.slice(Math.max(0, s - 16), s));
      const weekday = before ? weekdayOf(before[1]) : -1;
      const date = make(m, { ref: reference, weekday, monthFirst: writesMonthFirst(text) });
      if (!date) continue;
      if (date !== IMPOSSIBLE) {
        // "Tuesday, 3 March 2020": the weekday belongs to the date it names.
        const w = before ? before[0].length : 0;
        if (w && !isTaken(taken, s - w, s)) s -= w;
        found.push({ start: from + s, end: from + e, date });
      }
      taken.fill(1, s, e);
    }
  }
  found.sort((a, b) => a.start - b.start);
  return joinRanges(text, found);
}

/** A label numbering the parts of a programme: "Day 2", "Session 3", "Module 1". */
const NUMBERED_BEFORE =
  /\b(?:Day|Week|Session|Module|Phase|Part|Step|Item|Room|Hall|Unit|Round|Cohort|Batch|Level|Lot|Group|Table)\s+$/;

/** Slashed dates, "10/01/2024". */
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/(?:19|20)\d\d\b/g;
let orderOf: { text: string; monthFirst: boolean } | undefined;

/**
 * True when a document writes its slashed dates month first: one of them can only be read so
 * ("09/30/2025") and none can only be read day first ("30/09/2025"). (Asked of the same text
 * for each of its parts, so the last answer is kept.)
 */
function writesMonthFirst(text: string): boolean {
  if (orderOf?.text === text) return orderOf.monthFirst;
  let onlyMonthFirst = 0;
  let onlyDayFirst = 0;
  if (text.includes("/"))
    for (const m of text.matchAll(SLASHED)) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (a <= 12 && b > 12) onlyMonthFirst++;
      if (a > 12 && b <= 12) onlyDayFirst++;
    }
  const monthFirst = onlyMonthFirst > 0 && onlyDayFirst === 0;
  orderOf = { text, monthFirst };
  return monthFirst;
}

function isTaken(taken: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (taken[i]) return true;
  return false;
}

const GAP = /^\s*(?:-|–|—|to|until|till|through)\s*$/;

function joinRanges(text: string, dates: DateMatch[]): DateMatch[] {
  const out: DateMatch[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i];
    const b = dates[i + 1];
    if (!a) continue;
    const gap = b ? text.slice(a.end, b.start) : "";
    const joined =
      GAP.test(gap) ||
      (/^\s*and\s*$/.test(gap) &&
        /\bbetween\s*$/i.test(text.slice(Math.max(0, a.start - 12), a.start)));
    if (b && !a.date.end && !b.date.end && joined) {
      out.push({ start: a.start, end: b.end, date: range(a.date.start, b.date.start) });
      i++;
    } else out.push(a);
  }
  return out;
}

/** The year of an ISO date, if any. */
const MONTH_LABEL = new RegExp(
  String.raw`^[\s*•#>+-]*(?:\*\*|__|\*|_)?(${FULL_MONTH})(?:\s{1,3}((?:19|20)\d\d))?(?:\*\*|__|\*|_)?\s*(?:[–—:]|-\s)`,
);

/**
 * A line that opens with a month as its label ("- **February** – we launched …", "March
 * 2023: …", "## June —"): the month it dates, in the label's year or else `year`.
 */
export function monthLabel(line: string, year: number | undefined): string | undefined {
  const m = MONTH_LABEL.exec(line);
  if (!m) return undefined;
  const y = m[2] ? Number(m[2]) : year;
  return y === undefined ? undefined : `${y}-${pad(month(m[1]))}`;
}

export function yearOf(date: string | undefined): number | undefined {
  const y = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isFinite(y) ? y : undefined;
}
