/**
 * Dates as the genre writes them (issue 8 item 9) and impossible values that are never
 * dates (issue 9 item 3). Each rule is checked with several phrasings and negative cases.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/compiler/extract/dates.ts";

/** The dates found in `text` (with an optional reference), without their spans. */
const dates = (text: string, ref?: number | string): unknown[] =>
  findDates(text, 0, text.length, ref).map((d) => d.date);
/** The text each found date covers. */
const spans = (text: string, ref?: number | string): string[] =>
  findDates(text, 0, text.length, ref).map((d) => text.slice(d.start, d.end));

describe("day ranges written with ordinals", () => {
  it("reads two ordinal days joined by “and” or “&” before “of” and a month", () => {
    expect(dates("on the 21st and 22nd of May 2023 in Erbil")).toEqual([
      { start: "2023-05-21", end: "2023-05-22" },
    ]);
    expect(dates("held the 3rd and 4th of October, 2019.")).toEqual([
      { start: "2019-10-03", end: "2019-10-04" },
    ]);
    expect(dates("Amman, 1st & 2nd June 2021")).toEqual([
      { start: "2021-06-01", end: "2021-06-02" },
    ]);
  });
  it("reads an ordinal glued to the next word", () => {
    expect(dates("the 4thand 5th March 2022")).toEqual([
      { start: "2022-03-04", end: "2022-03-05" },
    ]);
    expect(dates("from the 12thto 14th of July 2020")).toEqual([
      { start: "2020-07-12", end: "2020-07-14" },
    ]);
    expect(dates("signed on 4thMarch 2022")).toEqual([{ start: "2022-03-04" }]);
    expect(dates("on the 1stof June 2021")).toEqual([{ start: "2021-06-01" }]);
  });
  it("reads no ordinal without a month, and no impossible ordinal", () => {
    expect(dates("the 4th and 5th grades")).toEqual([]);
    expect(dates("the 31st and 32nd of May 2023")).toEqual([]);
  });
});

describe("a day and month without a year", () => {
  it("takes the year from the reference", () => {
    expect(dates("on the 3rd of June the board met", 2021)).toEqual([{ start: "2021-06-03" }]);
    expect(dates("until the 21st of December,", 2019)).toEqual([{ start: "2019-12-21" }]);
    expect(dates("by the 1st of Feb.", "2020-11-05")).toEqual([{ start: "2020-02-01" }]);
    expect(dates("On June 3, the forum opened", 2018)).toEqual([{ start: "2018-06-03" }]);
  });
  it("reads nothing without a reference, and no day the reference year lacks", () => {
    expect(dates("on the 3rd of June the board met")).toEqual([]);
    expect(dates("on the 29th of February", 2021)).toEqual([]);
    expect(dates("on the 29th of February", 2024)).toEqual([{ start: "2024-02-29" }]);
    expect(dates("In May 2 workshops were held", 2024)).toEqual([]);
  });
});

describe("numeric dates", () => {
  it("reads day first with points, slashes or hyphens", () => {
    expect(dates("posted 05-11-2021")).toEqual([{ start: "2021-11-05" }]);
    expect(dates("posted 05.11.2021")).toEqual([{ start: "2021-11-05" }]);
    expect(dates("posted 05/11/2021")).toEqual([{ start: "2021-11-05" }]);
    expect(dates("(5/3/2020)")).toEqual([{ start: "2020-03-05" }]);
    expect(dates("Tunis, 31.12.2019")).toEqual([{ start: "2019-12-31" }]);
  });
  it("reads month first only where day first is impossible", () => {
    expect(dates("dated 11/25/2021")).toEqual([{ start: "2021-11-25" }]);
    expect(dates("dated 03-14-2019,")).toEqual([{ start: "2019-03-14" }]);
    expect(dates("dated 12.31.2020")).toEqual([{ start: "2020-12-31" }]);
  });
  it("lets a weekday written before an ambiguous date choose the order", () => {
    // 11 May 2021 was a Tuesday, 5 November 2021 a Friday.
    expect(dates("Tuesday, 05/11/2021")).toEqual([{ start: "2021-05-11" }]);
    expect(dates("Friday 05/11/2021")).toEqual([{ start: "2021-11-05" }]);
    // 4 June 2020 was a Thursday; 6 April 2020 a Monday.
    expect(dates("Thursday 04/06/2020")).toEqual([{ start: "2020-06-04" }]);
    expect(dates("Monday 04/06/2020")).toEqual([{ start: "2020-04-06" }]);
  });
  it("reads year first with hyphens, slashes or points", () => {
    expect(dates("on 2019/03/14 the")).toEqual([{ start: "2019-03-14" }]);
    expect(dates("on 2019-03-14 the")).toEqual([{ start: "2019-03-14" }]);
    expect(dates("on 2019.3.4 the")).toEqual([{ start: "2019-03-04" }]);
  });
  it("reads no impossible numeric date, and nothing of it", () => {
    expect(dates("on 2020-13-01")).toEqual([]);
    expect(dates("on 2020-00-10")).toEqual([]);
    expect(dates("on 2021-02-29")).toEqual([]);
    expect(dates("on 13/13/2020")).toEqual([]);
    expect(dates("on 00.05.2020")).toEqual([]);
    expect(dates("on 32.01.2020")).toEqual([]);
    expect(dates("on 31/04/2020")).toEqual([]);
  });
});

describe("ranges", () => {
  it("reads a range of days before a month and year in figures", () => {
    expect(dates("(Sfax, 24-26/10/2023)")).toEqual([{ start: "2023-10-24", end: "2023-10-26" }]);
    expect(dates("on 3–5.11.2023 in Erbil")).toEqual([{ start: "2023-11-03", end: "2023-11-05" }]);
    expect(dates("from 14 - 15/05/2024")).toEqual([{ start: "2024-05-14", end: "2024-05-15" }]);
    expect(dates("on 30-31/02/2023")).toEqual([]);
  });
  it("joins month-year to month-year", () => {
    expect(dates("March 2020 – February 2022")).toEqual([{ start: "2020-03", end: "2022-02" }]);
    expect(dates("from Jan. 2019 - Dec. 2020")).toEqual([{ start: "2019-01", end: "2020-12" }]);
    expect(dates("October 2018 until March 2019")).toEqual([{ start: "2018-10", end: "2019-03" }]);
  });
  it("ends a full month name before a sentence’s full stop, and an abbreviation after its own", () => {
    expect(spans("until 10 December. Then", 2020)).toEqual(["10 December"]);
    expect(spans("on 30 March.", 2022)).toEqual(["30 March"]);
    expect(spans("on 3 Sept. 2019")).toEqual(["3 Sept. 2019"]);
  });
  it("reads a range of months that shares its year", () => {
    expect(dates("between January and December 2022")).toEqual([
      { start: "2022-01", end: "2022-12" },
    ]);
    expect(dates("runs January–March 2021.")).toEqual([{ start: "2021-01", end: "2021-03" }]);
    expect(dates("from Nov. to Feb. 2021")).toEqual([{ start: "2020-11", end: "2021-02" }]);
    expect(dates("(Jan-Dec 2022)")).toEqual([{ start: "2022-01", end: "2022-12" }]);
  });
  it("reads two months joined by a bare “and” as the last one only", () => {
    expect(dates("in May and June 2021")).toEqual([{ start: "2021-06" }]);
    expect(dates("in May and June")).toEqual([]);
  });
  it("reads “from … to” and “between … and” over days of one month", () => {
    expect(dates("from 4 to 6 March 2022")).toEqual([{ start: "2022-03-04", end: "2022-03-06" }]);
    expect(dates("from 28 to 30 of September 2021")).toEqual([
      { start: "2021-09-28", end: "2021-09-30" },
    ]);
    expect(dates("between 10 and 12 April", 2023)).toEqual([
      { start: "2023-04-10", end: "2023-04-12" },
    ]);
    expect(dates("between 3 and 5 June 2019")).toEqual([
      { start: "2019-06-03", end: "2019-06-05" },
    ]);
  });
  it("reads ranges across months, taking a missing start year from the end", () => {
    expect(dates("between 10 April and 12 May 2022")).toEqual([
      { start: "2022-04-10", end: "2022-05-12" },
    ]);
    expect(dates("30 December – 2 January 2022")).toEqual([
      { start: "2021-12-30", end: "2022-01-02" },
    ]);
    expect(dates("April 28 – May 2, 2019")).toEqual([{ start: "2019-04-28", end: "2019-05-02" }]);
    expect(dates("from 4 March to 6 April", 2020)).toEqual([
      { start: "2020-03-04", end: "2020-04-06" },
    ]);
  });
  it("keeps two dates joined by a bare “and” apart, and counts are no days", () => {
    expect(dates("on 3 June 2020 and 5 July 2021")).toEqual([
      { start: "2020-06-03" },
      { start: "2021-07-05" },
    ]);
    expect(dates("between 10 and 12 participants")).toEqual([]);
  });
  it("keeps only the start of a range that ends before it, over the whole span", () => {
    expect(dates("March 2022 – February 2021")).toEqual([{ start: "2022-03" }]);
    expect(spans("March 2022 – February 2021")).toEqual(["March 2022 – February 2021"]);
    expect(dates("from 6 to 4 March 2022")).toEqual([{ start: "2022-03-06" }]);
    expect(dates("(2022-2019)")).toEqual([{ start: "2022" }]);
    expect(dates("June 5-5, 2020")).toEqual([{ start: "2020-06-05" }]);
  });
});

describe("weekdays and relative days", () => {
  it("includes a weekday written before a date in its span", () => {
    expect(spans("on Tuesday, 3 March 2020 the")).toEqual(["Tuesday, 3 March 2020"]);
    expect(spans("Sunday 30 October 2011")).toEqual(["Sunday 30 October 2011"]);
    expect(spans("Wed. 5 June 2019:")).toEqual(["Wed. 5 June 2019"]);
    expect(dates("Wed. 5 June 2019:")).toEqual([{ start: "2019-06-05" }]);
  });
  it("resolves today, yesterday and tomorrow against a full reference date", () => {
    expect(dates("The union said today that", "2023-05-16")).toEqual([{ start: "2023-05-16" }]);
    expect(dates("Yesterday, the forum", "2021-01-01")).toEqual([{ start: "2020-12-31" }]);
    expect(dates("closed yesterday", "2020-03-01")).toEqual([{ start: "2020-02-29" }]);
    expect(dates("opens tomorrow", "2019-02-28")).toEqual([{ start: "2019-03-01" }]);
  });
  it("resolves weekday names: back for “on” and “last”, forward for “next”", () => {
    // 16 May 2023 was a Tuesday.
    expect(dates("met on Tuesday with", "2023-05-16")).toEqual([{ start: "2023-05-16" }]);
    expect(dates("met on Wednesday with", "2023-05-16")).toEqual([{ start: "2023-05-10" }]);
    expect(dates("last Friday, donors", "2023-05-16")).toEqual([{ start: "2023-05-12" }]);
    expect(dates("last Tuesday, donors", "2023-05-16")).toEqual([{ start: "2023-05-09" }]);
    expect(dates("will meet next Monday", "2023-05-16")).toEqual([{ start: "2023-05-22" }]);
    expect(dates("on Sunday morning", "2021-01-01")).toEqual([{ start: "2020-12-27" }]);
  });
  it("resolves nothing without a full reference date, nor a weekday without a cue", () => {
    expect(dates("The union said today that")).toEqual([]);
    expect(dates("The union said today that", 2023)).toEqual([]);
    expect(dates("met on Tuesday with", "2023-05")).toEqual([]);
    expect(dates("Tuesday is a working day", "2023-05-16")).toEqual([]);
    expect(dates("the Hands for Tomorrow programme", "2023-05-16")).toEqual([]);
  });
});

describe("impossible values", () => {
  it("never reads 31, 30 or a non-leap 29 February as a date, nor its month or year", () => {
    expect(dates("on 31 February 2021")).toEqual([]);
    expect(dates("on 30 February 2020")).toEqual([]);
    expect(dates("on 29 February 2021")).toEqual([]);
    expect(dates("on 29 February 1900")).toEqual([]);
    expect(dates("on February 30, 2020")).toEqual([]);
  });
  it("reads 29 February in leap years", () => {
    expect(dates("on 29 February 2020")).toEqual([{ start: "2020-02-29" }]);
    expect(dates("on February 29, 2000")).toEqual([{ start: "2000-02-29" }]);
    expect(dates("29.02.2024")).toEqual([{ start: "2024-02-29" }]);
  });
  it("never reads day 0, day 31 of a 30-day month, or a range with an impossible end", () => {
    expect(dates("on 0 March 2020")).toEqual([]);
    expect(dates("on 31 April 2019")).toEqual([]);
    expect(dates("on June 31, 2019")).toEqual([]);
    expect(dates("February 28-30, 2021")).toEqual([]);
  });
  it("keeps the readings that stay possible around impossible ones", () => {
    expect(dates("on 31 April 2019 and 30 April 2019")).toEqual([{ start: "2019-04-30" }]);
    expect(dates("2020-13-01, then in 2021")).toEqual([{ start: "2021" }]);
  });
});

describe("months said relative to the dateline", () => {
  it.each([
    ["Last November we co-hosted a dialogue.", "2022-11"],
    ["Early June the fair opened.", "2023-06"],
    ["The works started in mid-July.", "2023-07"],
    ["This May the council met twice.", "2023-05"],
  ])("%j", (text, start) => {
    expect(findDates(text, 0, text.length, "2023-09-23").map((d) => d.date.start)).toEqual([start]);
  });

  it.each([
    "In May 2 workshops were held.",
    "They met in Mar Mikhael.",
    "Last December 12 people came.",
  ])("reads no relative month in %j", (text) => {
    expect(
      findDates(text, 0, text.length, "2023-09-23").filter((d) => d.date.start.length === 7),
    ).toEqual([]);
  });
});

describe("dates in the languages users' documents quote", () => {
  it("reads month names of Spanish, French, Portuguese, German and Indonesian", () => {
    expect(dates("el 12 de noviembre de 2024 en Cobán")).toEqual([{ start: "2024-11-12" }]);
    expect(dates("Dakar, le 5 mars 2025")).toEqual([{ start: "2025-03-05" }]);
    expect(dates("realizado em 12 de novembro de 2024")).toEqual([{ start: "2024-11-12" }]);
    expect(dates("am 12. Dezember 2024 in Bern")).toEqual([{ start: "2024-12-12" }]);
    expect(dates("Jayapura, 3 Agustus 2024")).toEqual([{ start: "2024-08-03" }]);
    expect(dates("en mayo de 2024")).toEqual([{ start: "2024-05" }]);
  });
  it("reads their ranges, keeping the spans as written", () => {
    expect(dates("du 3 au 5 mars 2025")).toEqual([{ start: "2025-03-03", end: "2025-03-05" }]);
    expect(dates("del 3 al 5 de marzo de 2025")).toEqual([
      { start: "2025-03-03", end: "2025-03-05" },
    ]);
    expect(dates("entre el 3 y el 5 de marzo de 2025")).toEqual([
      { start: "2025-03-03", end: "2025-03-05" },
    ]);
    expect(spans("el 12 de noviembre de 2024 en Cobán")).toEqual(["12 de noviembre de 2024"]);
  });
  it("leaves names that only look like months alone", () => {
    expect(dates("Mai Ndombe province and the Mei river")).toEqual([]);
    expect(dates("de 2024 a 2025 trabajamos", "2024-11-20")).not.toContainEqual({
      start: "2024-11-02",
    });
  });
});

describe("a range whose days carry their weekdays", () => {
  it("reads 'Monday 13 to Friday 17 October' and its kin", () => {
    expect(dates("from Monday 13 to Friday 17 October 2025")).toEqual([
      { start: "2025-10-13", end: "2025-10-17" },
    ]);
    expect(dates("Tuesday 3 – Thursday 5 June 2024 in Lira")).toEqual([
      { start: "2024-06-03", end: "2024-06-05" },
    ]);
    expect(dates("on Sat. 9 and Sun. 10 March 2024")).toEqual([
      { start: "2024-03-09", end: "2024-03-10" },
    ]);
  });
});

describe("a programme's numbered part before a date is no day of the month", () => {
  it.each([
    ["Day 2 – Tuesday 19 November · Field day in Long Phu", "2024-11-19"],
    ["Session 3 – 21 May: Budgets and audits", "2024-05-21"],
    ["Module 1 - 4 June 2024, Mzuzu", "2024-06-04"],
  ])("%s", (text, day) => {
    expect(dates(text, 2024)).toEqual([{ start: day }]);
  });
});

describe("numeric dates with a dot and a space", () => {
  it("reads day, month and year as Slovene, Czech or German write them", () => {
    expect(dates("04. 03. 2025 | 11:20 · Culture")).toEqual([{ start: "2025-03-04" }]);
    expect(dates("Objavljeno 15. 10. 2024 ob 9:00")).toEqual([{ start: "2024-10-15" }]);
    expect(dates("Praha, 2. 6. 2023 – Tisková zpráva")).toEqual([{ start: "2023-06-02" }]);
  });
  it("reads no impossible day or month", () => {
    expect(dates("32. 13. 2025")).toEqual([]);
  });
});
