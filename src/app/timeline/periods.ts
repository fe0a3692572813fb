/**
 * Time arithmetic for the timeline, in UTC milliseconds: ISO dates at their stated precision
 * become half-open periods `[start, end)`, time windows convert to and from such periods, and
 * the axis picks its tick level (years → months → days). Pure: no DOM, no Svelte.
 */
import { utcDay, utcMonth, utcYear } from "d3";
import type { CountableTimeInterval } from "d3";
import type { TimeWindow } from "../state/view-state.ts";

export type Precision = "year" | "month" | "day";

/** A half-open span of time in UTC milliseconds: `start <= t < end`. */
export interface Period {
  start: number;
  end: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into the whole period it names; null if malformed. */
export function parseIsoPeriod(iso: string): (Period & { precision: Precision }) | null {
  const m = ISO.exec(iso.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month === null) {
    return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), precision: "year" };
  }
  if (month < 1 || month > 12) return null;
  if (day === null) {
    return {
      start: Date.UTC(year, month - 1, 1),
      end: Date.UTC(year, month, 1),
      precision: "month",
    };
  }
  const start = Date.UTC(year, month - 1, day);
  // Reject days that roll over into the next month (2023-02-30).
  if (day < 1 || new Date(start).getUTCMonth() !== month - 1) return null;
  return { start, end: start + DAY_MS, precision: "day" };
}

/** Formats a UTC instant as `YYYY-MM-DD`. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The period a closed window of ISO days covers: from its first day to the end of its last. */
export function windowToPeriod(window: TimeWindow): Period | null {
  const a = parseIsoPeriod(window.start);
  const b = parseIsoPeriod(window.end);
  if (!a || !b || b.end <= a.start) return null;
  return { start: a.start, end: b.end };
}

/**
 * The closed window of whole days that a brushed span `[start, end]` touches. A span that ends
 * exactly at midnight does not include the day that begins there.
 */
export function periodToWindow(start: number, end: number): TimeWindow {
  const lo = Math.min(start, end);
  const hi = Math.max(start, end);
  const first = utcDay.floor(new Date(lo)).getTime();
  let last = utcDay.floor(new Date(hi)).getTime();
  if (last === hi && last > first) last -= DAY_MS;
  return { start: isoDay(first), end: isoDay(last) };
}

/** Whether two half-open periods overlap. */
export function intersects(a: Period, b: Period): boolean {
  return a.start < b.end && a.end > b.start;
}

export interface TickLevel {
  precision: Precision;
  /** Interval count between ticks (every 2 years, every 3 months…). */
  step: number;
  interval: CountableTimeInterval;
}

const LEVELS: { precision: Precision; steps: number[]; approxMs: number }[] = [
  { precision: "day", steps: [1, 2, 7], approxMs: DAY_MS },
  { precision: "month", steps: [1, 2, 3, 6], approxMs: 30.44 * DAY_MS },
  { precision: "year", steps: [1, 2, 5, 10, 20, 50, 100], approxMs: 365.25 * DAY_MS },
];

const INTERVALS: Record<Precision, CountableTimeInterval> = {
  day: utcDay,
  month: utcMonth,
  year: utcYear,
};

/**
 * The finest tick level whose ticks are at least `minPx` apart when `span` milliseconds fill
 * `widthPx` pixels: days, then months, then years, each at growing steps.
 */
export function chooseTickLevel(span: number, widthPx: number, minPx = 44): TickLevel {
  const msPerPx = span / Math.max(1, widthPx);
  for (const level of LEVELS) {
    for (const step of level.steps) {
      if ((level.approxMs * step) / msPerPx >= minPx) {
        return { precision: level.precision, step, interval: INTERVALS[level.precision] };
      }
    }
  }
  const years = Math.ceil((msPerPx * minPx) / (365.25 * DAY_MS) / 100) * 100;
  return { precision: "year", step: years, interval: utcYear };
}

/** Tick positions for a level within `[start, end]`. */
export function tickValues(level: TickLevel, start: number, end: number): Date[] {
  const every = level.interval.every(level.step);
  return (every ?? level.interval).range(new Date(start), new Date(end + 1));
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Multi-scale label: the year on 1 January, the month on the 1st, else the day of month. */
export function formatTick(d: Date): string {
  if (d.getUTCMonth() === 0 && d.getUTCDate() === 1) return String(d.getUTCFullYear());
  if (d.getUTCDate() === 1) return MONTHS[d.getUTCMonth()] ?? "";
  return String(d.getUTCDate());
}

/** The whole period a tick stands for when clicked: its year, month or day at the given level. */
export function tickPeriod(d: Date, precision: Precision): Period {
  const interval = INTERVALS[precision];
  const start = interval.floor(d);
  return { start: start.getTime(), end: interval.offset(start, 1).getTime() };
}

/** Accessible name for a tick's period: "2023", "March 2023", "14 March 2023". */
export function describePeriod(start: number, precision: Precision): string {
  const d = new Date(start);
  const long = new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    year: "numeric",
    month: precision === "year" ? undefined : "long",
    day: precision === "day" ? "numeric" : undefined,
  });
  return long.format(d);
}

/**
 * The closed window of whole units at `precision` (the axis's tick level: years zoomed out,
 * months, then days) that a brushed span `[start, end]` touches. A span that ends exactly on
 * a boundary does not include the unit that begins there.
 */
export function snapWindow(start: number, end: number, precision: Precision): TimeWindow {
  if (precision === "day") return periodToWindow(start, end);
  const interval = INTERVALS[precision];
  const lo = interval.floor(new Date(Math.min(start, end)));
  let hi = interval.ceil(new Date(Math.max(start, end)));
  if (hi.getTime() <= lo.getTime()) hi = interval.offset(lo, 1);
  return { start: isoDay(lo.getTime()), end: isoDay(hi.getTime() - DAY_MS) };
}

const LONG_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * A window as a person would write it: "2012", "2012 – 2015", "March 2012",
 * "Mar – Jun 2012", "Nov 2011 – Feb 2012", "14 Mar 2023", "14 – 20 Mar 2023",
 * "14 Mar – 2 Apr 2023", "30 Dec 2022 – 2 Jan 2023". Malformed windows are shown as given.
 */
export function describeWindow(window: TimeWindow): string {
  const a = parseIsoPeriod(window.start);
  const b = parseIsoPeriod(window.end);
  if (!a || !b) return `${window.start} – ${window.end}`;
  const s = new Date(a.start);
  const e = new Date(b.end - DAY_MS);
  const [sy, sm, sd] = [s.getUTCFullYear(), s.getUTCMonth(), s.getUTCDate()];
  const [ey, em, ed] = [e.getUTCFullYear(), e.getUTCMonth(), e.getUTCDate()];
  const wholeMonths = sd === 1 && new Date(b.end).getUTCDate() === 1;
  const wholeYears = wholeMonths && sm === 0 && new Date(b.end).getUTCMonth() === 0;
  const mon = (m: number): string => MONTHS[m] ?? "";
  if (wholeYears) return sy === ey ? `${sy}` : `${sy} – ${ey}`;
  if (wholeMonths) {
    if (sy === ey && sm === em) return `${LONG_MONTHS[sm] ?? ""} ${sy}`;
    if (sy === ey) return `${mon(sm)} – ${mon(em)} ${sy}`;
    return `${mon(sm)} ${sy} – ${mon(em)} ${ey}`;
  }
  if (sy === ey && sm === em && sd === ed) return `${sd} ${mon(sm)} ${sy}`;
  if (sy === ey && sm === em) return `${sd} – ${ed} ${mon(sm)} ${sy}`;
  if (sy === ey) return `${sd} ${mon(sm)} – ${ed} ${mon(em)} ${sy}`;
  return `${sd} ${mon(sm)} ${sy} – ${ed} ${mon(em)} ${ey}`;
}
