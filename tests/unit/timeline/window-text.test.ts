import { describe, expect, it } from "vitest";
import { describeWindow, snapWindow } from "../../../src/app/timeline/periods.ts";

const utc = (s: string): number => Date.parse(`${s}Z`);

describe("snapWindow", () => {
  it("snaps a brushed span to the whole years it touches when the axis counts years", () => {
    expect(snapWindow(utc("2012-03-05T10:00:00"), utc("2015-08-01T00:00:00"), "year")).toEqual({
      start: "2012-01-01",
      end: "2015-12-31",
    });
  });

  it("leaves out the unit that begins exactly where the span ends", () => {
    expect(snapWindow(utc("2012-01-01T00:00:00"), utc("2014-01-01T00:00:00"), "year")).toEqual({
      start: "2012-01-01",
      end: "2013-12-31",
    });
    expect(snapWindow(utc("2023-03-01T00:00:00"), utc("2023-05-01T00:00:00"), "month")).toEqual({
      start: "2023-03-01",
      end: "2023-04-30",
    });
  });

  it("snaps to whole months, and to whole days, whichever way the brush went", () => {
    expect(snapWindow(utc("2024-02-20T00:00:00"), utc("2023-11-03T12:00:00"), "month")).toEqual({
      start: "2023-11-01",
      end: "2024-02-29",
    });
    expect(snapWindow(utc("2023-03-14T05:00:00"), utc("2023-03-20T00:00:01"), "day")).toEqual({
      start: "2023-03-14",
      end: "2023-03-20",
    });
  });

  it("gives at least one unit for a span inside one", () => {
    const at = utc("2019-06-15T00:00:00");
    expect(snapWindow(at, at, "year")).toEqual({ start: "2019-01-01", end: "2019-12-31" });
    expect(snapWindow(at, at, "month")).toEqual({ start: "2019-06-01", end: "2019-06-30" });
  });
});

describe("describeWindow", () => {
  it("writes whole years, months and days as a person would", () => {
    const cases: [string, string, string][] = [
      ["2012-01-01", "2012-12-31", "2012"],
      ["2012-01-01", "2015-12-31", "2012 – 2015"],
      ["2012-03-01", "2012-03-31", "March 2012"],
      ["2012-03-01", "2012-06-30", "Mar – Jun 2012"],
      ["2011-11-01", "2012-02-29", "Nov 2011 – Feb 2012"],
      ["2023-03-14", "2023-03-14", "14 Mar 2023"],
      ["2023-03-14", "2023-03-20", "14 – 20 Mar 2023"],
      ["2023-03-14", "2023-04-02", "14 Mar – 2 Apr 2023"],
      ["2022-12-30", "2023-01-02", "30 Dec 2022 – 2 Jan 2023"],
      ["2023-01-01", "2023-06-30", "Jan – Jun 2023"],
    ];
    for (const [start, end, text] of cases) expect(describeWindow({ start, end })).toBe(text);
  });

  it("shows a malformed window as given", () => {
    expect(describeWindow({ start: "2023-02-30", end: "x" })).toBe("2023-02-30 – x");
  });
});
