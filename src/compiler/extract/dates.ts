/**
 * Date recognition at the precision the text gives: full dates in the common English and
 * numeric orders, month-year, bare years, and ranges ("from May 2013 to April 2014",
 * "September 26-28, 2024", "8/2014-4/2015"). A missing year comes only from a reference
 * year (the dateline); nothing is guessed and no `Date` object is used.
 */
import type { EventDate } from "../../model/types.ts";

/** A date found in a text, with its span. */
export interface DateMatch {
  start: number;
  end: number;
  date: EventDate;
}

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
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(?:[0-3]?\d)(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:19|20)\d\d`;
const DASH = String.raw`\s*(?:-|–|—|to|until|till|through|and)\s*`;

const PATTERNS: [RegExp, (m: RegExpExecArray, ref?: number) => EventDate | null][] = [
  // September 26-28, 2024 / August 22nd and 24th (, 2019)
  [
    new RegExp(String.raw`\b(${MONTH})\s+(${DAY})${DASH}(${DAY})(?:,?\s+(${YEAR}))?\b`, "gu"),
    (m, ref) => {
      const y = m[4] ? Number(m[4]) : ref;
      const mo = month(m[1]);
      if (!y || !mo) return null;
      return { start: iso(y, mo, day(m[2])), end: iso(y, mo, day(m[3])) };
    },
  ],
  // 3 to 5 June 2020 / 22-24 August 2019
  [
    new RegExp(String.raw`\b(${DAY})${DASH}(${DAY})\s+(${MONTH}),?(?:\s+(${YEAR}))?\b`, "gu"),
    (m, ref) => {
      const y = m[4] ? Number(m[4]) : ref;
      const mo = month(m[3]);
      if (!y || !mo) return null;
      return { start: iso(y, mo, day(m[1])), end: iso(y, mo, day(m[2])) };
    },
  ],
  // 22nd November, 2007 / Sunday 30 October 2011 / 14 March (year from reference)
  [
    new RegExp(String.raw`\b(${DAY})(?:\s+of)?\s+(${MONTH}),?(?:\s+(${YEAR}))?\b`, "gu"),
    (m, ref) => {
      const y = m[3] ? Number(m[3]) : ref;
      const mo = month(m[2]);
      return y && mo ? { start: iso(y, mo, day(m[1])) } : null;
    },
  ],
  // November 3, 2022 / Feb 18, 2014
  [
    new RegExp(String.raw`\b(${MONTH})\s+(${DAY}),?\s+(${YEAR})\b`, "gu"),
    (m) => {
      const mo = month(m[1]);
      return mo ? { start: iso(Number(m[3]), mo, day(m[2])) } : null;
    },
  ],
  // October 2011
  [
    new RegExp(String.raw`\b(${MONTH}),?\s+(${YEAR})\b`, "gu"),
    (m) => {
      const mo = month(m[1]);
      return mo ? { start: `${m[2]}-${pad(mo)}` } : null;
    },
  ],
  // 2023-03-14
  [/\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b/g, (m) => ({ start: `${m[1]}-${m[2]}-${m[3]}` })],
  // 13.12.2017 / 26th, 09.2022 / 13/12/2017 (day first, as in the region's usage)
  [
    /\b([0-3]?\d)(?:st|nd|rd|th)?(?:[./]|,\s*)([01]?\d)[./]((?:19|20)\d\d)\b/g,
    (m) => {
      const d = Number(m[1]);
      const mo = Number(m[2]);
      return d >= 1 && d <= 31 && mo >= 1 && mo <= 12 ? { start: iso(Number(m[3]), mo, d) } : null;
    },
  ],
  // 8/2014
  [
    /\b([01]?\d)\/((?:19|20)\d\d)\b/g,
    (m) => {
      const mo = Number(m[1]);
      return mo >= 1 && mo <= 12 ? { start: `${m[2]}-${pad(mo)}` } : null;
    },
  ],
  // (2019-2022) / 2019–2022: a range of years
  [
    /(?<![\d.,/$€£-])\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b(?![\d.,/%]\d)/g,
    (m) => (Number(m[2]) > Number(m[1]) ? { start: m[1] ?? "", end: m[2] ?? "" } : null),
  ],
  // 2012 (not part of an amount or a longer number)
  [
    /(?<![\d.,/$€£-])\b((?:19|20)\d\d)\b(?![\d.,/%]\d|\s*(?:per|%|people|persons|participants))/g,
    (m) => ({ start: m[1] ?? "" }),
  ],
];

function month(word: string | undefined): number {
  return MONTHS[(word ?? "").toLowerCase().replace(".", "").slice(0, 3)] ?? 0;
}
function day(word: string | undefined): number {
  return parseInt(word ?? "0", 10);
}
function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
function iso(y: number, mo: number, d: number): string {
  return d >= 1 && d <= 31 ? `${y}-${pad(mo)}-${pad(d)}` : `${y}-${pad(mo)}`;
}

/**
 * Finds the dates in `text[from, to)`, longest first, without overlaps, then joins
 * "A to B" / "A – B" / "from A to B" into ranges. `refYear` fills a missing year.
 */
export function findDates(text: string, from = 0, to = text.length, refYear?: number): DateMatch[] {
  const slice = text.slice(from, to);
  const found: DateMatch[] = [];
  // Every pattern holds a day or a year in figures.
  if (!/\d/.test(slice)) return found;
  const taken: [number, number][] = [];
  for (const [re, make] of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      const s = from + m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      const date = make(m, refYear);
      if (!date || !date.start) continue;
      found.push({ start: s, end: e, date });
      taken.push([s, e]);
    }
  }
  found.sort((a, b) => a.start - b.start);
  return joinRanges(text, found);
}

function joinRanges(text: string, dates: DateMatch[]): DateMatch[] {
  const out: DateMatch[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i];
    const b = dates[i + 1];
    if (!a) continue;
    const gap = b ? text.slice(a.end, b.start) : "";
    if (b && !a.date.end && !b.date.end && /^\s*(?:-|–|—|to|until|till|through)\s*$/.test(gap)) {
      out.push({ start: a.start, end: b.end, date: { start: a.date.start, end: b.date.start } });
      i++;
    } else out.push(a);
  }
  return out;
}

/** The year of an ISO date, if any. */
export function yearOf(date: string | undefined): number | undefined {
  const y = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isFinite(y) ? y : undefined;
}
