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
