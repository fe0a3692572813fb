import { describe, expect, it } from "vitest";
import {
  chooseTickLevel,
  describePeriod,
  formatTick,
  intersects,
  isoDay,
  parseIsoPeriod,
  periodToWindow,
  tickPeriod,
  tickValues,
  windowToPeriod,
} from "../../../src/app/timeline/periods.ts";

const utc = (s: string): number => Date.parse(`${s}T00:00:00Z`);
const DAY = 86_400_000;

describe("parseIsoPeriod", () => {
  it("rejects malformed dates", () => {
    for (const bad of ["", "20", "2023-13", "2023-00", "2023-02-30", "2023-1-5", "March 2023"]) {
      expect(parseIsoPeriod(bad), bad).toBeNull();
    }
  });
  it("reads a year as the whole year", () => {
    expect(parseIsoPeriod("2009")).toEqual({
      start: utc("2009-01-01"),
      end: utc("2010-01-01"),
      precision: "year",
    });
  });
  it("reads a month as the whole month", () => {
    expect(parseIsoPeriod("2011-10")).toEqual({
      start: utc("2011-10-01"),
      end: utc("2011-11-01"),
      precision: "month",
    });
    expect(parseIsoPeriod("2012-12")?.end).toBe(utc("2013-01-01"));
    expect(parseIsoPeriod("2024-02")?.end).toBe(utc("2024-03-01"));
  });
  it("reads a day as one day", () => {
    expect(parseIsoPeriod("2007-11-22")).toEqual({
      start: utc("2007-11-22"),
      end: utc("2007-11-23"),
      precision: "day",
    });
    expect(parseIsoPeriod("2024-02-29")?.precision).toBe("day");
  });
});

describe("windows", () => {
  it("rejects windows that are malformed or reversed", () => {
    expect(windowToPeriod({ start: "x", end: "2023-01-01" })).toBeNull();
    expect(windowToPeriod({ start: "2023-02-01", end: "2023-01-01" })).toBeNull();
  });
  it("covers the first day to the end of the last", () => {
    expect(windowToPeriod({ start: "2023-01-01", end: "2023-12-31" })).toEqual({
      start: utc("2023-01-01"),
      end: utc("2024-01-01"),
    });
  });
  it("turns a brushed span into whole days and back", () => {
    const w = periodToWindow(utc("2023-03-14") + 5 * 3600_000, utc("2023-03-20") + 1);
    expect(w).toEqual({ start: "2023-03-14", end: "2023-03-20" });
    expect(periodToWindow(utc("2023-01-01"), utc("2024-01-01"))).toEqual({
      start: "2023-01-01",
      end: "2023-12-31",
    });
    expect(periodToWindow(utc("2023-05-03"), utc("2023-05-01"))).toEqual({
      start: "2023-05-01",
      end: "2023-05-02",
    });
    expect(periodToWindow(utc("2023-05-02"), utc("2023-05-02"))).toEqual({
      start: "2023-05-02",
      end: "2023-05-02",
    });
    expect(isoDay(utc("1999-12-31") + DAY - 1)).toBe("1999-12-31");
  });
  it("counts membership by overlap of half-open periods", () => {
    const w = windowToPeriod({ start: "2023-01-01", end: "2023-12-31" });
    if (!w) throw new Error("window");
    const month = (iso: string) => {
      const p = parseIsoPeriod(iso);
      if (!p) throw new Error(iso);
      return p;
    };
    expect(intersects(month("2023-03-14"), w)).toBe(true);
    expect(intersects(month("2023"), w)).toBe(true);
    expect(intersects(month("2022"), w)).toBe(false);
    expect(intersects(month("2024-01-01"), w)).toBe(false);
    expect(intersects(month("2022-12-31"), w)).toBe(false);
    expect(intersects({ start: utc("2013-05-01"), end: utc("2024-05-01") }, w)).toBe(true);
  });
});

describe("ticks", () => {
  it("goes from years to months to days as the span narrows", () => {
    const years17 = utc("2024-01-01") - utc("2007-01-01");
    expect(chooseTickLevel(years17, 1200)).toMatchObject({ precision: "year", step: 1 });
    expect(chooseTickLevel(years17, 300)).toMatchObject({ precision: "year", step: 5 });
    expect(chooseTickLevel(365 * DAY, 1200)).toMatchObject({ precision: "month", step: 1 });
    expect(chooseTickLevel(365 * DAY, 300)).toMatchObject({ precision: "month", step: 2 });
    expect(chooseTickLevel(20 * DAY, 1200)).toMatchObject({ precision: "day", step: 1 });
    expect(chooseTickLevel(1000 * 365 * DAY, 100).precision).toBe("year");
  });
  it("places ticks on period boundaries inside the span", () => {
    const level = chooseTickLevel(365 * DAY, 1200);
    const ticks = tickValues(level, utc("2023-01-01"), utc("2024-01-01"));
    expect(ticks.map((d) => isoDay(d.getTime()))).toContain("2023-03-01");
    expect(ticks).toHaveLength(13);
  });
  it("labels years, months and days", () => {
    expect(formatTick(new Date(utc("2023-01-01")))).toBe("2023");
    expect(formatTick(new Date(utc("2023-03-01")))).toBe("Mar");
    expect(formatTick(new Date(utc("2023-03-14")))).toBe("14");
  });
  it("maps a tick to the period it zooms to", () => {
    expect(tickPeriod(new Date(utc("2023-01-01")), "year")).toEqual({
      start: utc("2023-01-01"),
      end: utc("2024-01-01"),
    });
    expect(tickPeriod(new Date(utc("2023-03-14") + 3600_000), "month")).toEqual({
      start: utc("2023-03-01"),
      end: utc("2023-04-01"),
    });
    expect(describePeriod(utc("2023-03-01"), "month")).toBe("March 2023");
    expect(describePeriod(utc("2023-01-01"), "year")).toBe("2023");
  });
});
