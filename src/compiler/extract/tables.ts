/**
 * Markdown tables of a document ("| Lead organisation | Project | Grant (JOD) |", a rule row,
 * then data rows): cells with their offsets, and the columns that name bodies and amounts.
 */
import type { Line } from "./segment.ts";

/** A cell's text and its offsets in the document (trimmed). */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** A table: its header cells and its data rows, each with the line it stands on. */
export interface Table {
  header: Cell[];
  rows: { line: Line; cells: Cell[] }[];
}

const ROW = /^\s*\|(?:[^|\n]*\|){2,}\s*$/;
const RULE = /^\s*\|(?:\s*:?-{2,}:?\s*\|){2,}\s*$/;

/** Header words of a column of bodies. */
export const BODY_COLUMN =
  /\b(?:organi[sz]ations?|grantees?|recipients?|partners?|applicants?|beneficiar(?:y|ies)|ngos?|associations?|bodies|implementers?|awardees?|agenc(?:y|ies)|institutions?)\b/i;
/** Header words of a column of amounts. */
export const AMOUNT_COLUMN =
  /\b(?:grants?|amounts?|awards?|budgets?|funding|contributions?|value|investments?|allocations?|financing|disbursements?)\b/i;

/** A column of places ("State", "City", "Based in", "Location"): its cells name no body. */
export const PLACE_COLUMN =
  /^(?:states?|provinces?|countr(?:y|ies)|cit(?:y|ies)|towns?|locations?|based\s+in|places?|districts?|count(?:y|ies)|regions?|municipalit(?:y|ies)|villages?|governorates?|communit(?:y|ies))$/i;

/** Header words of a column of people's names ("Name", "Participant", "Focal point"). */
export const PERSON_COLUMN =
  /^(?:(?:full\s+)?names?|participants?|representatives?|persons?|contact(?:\s+person)?|attendees?|speakers?|focal\s+points?|delegates?)$/i;

/** Header words of a column of activities, of their dates, and of who leads them. */
export const ACTIVITY_COLUMN =
  /^(?:activit(?:y|ies)|events?|sessions?|workshops?|trainings?|projects?|programmes?|programs?|initiatives?)\b/i;
/** Header words of a column of donors. */
export const DONOR_COLUMN = /^(?:donors?|funders?|funding (?:source|partner)s?|source of funds)\b/i;
export const DATE_COLUMN = /^(?:dates?|when|timing|period|month)\b/i;
export const LEAD_COLUMN =
  /^(?:lead|led by|organi[sz]ers?|organi[sz]ed by|implementers?|implemented by|responsible)\b/i;

function cellsOf(line: Line): Cell[] {
  const cells: Cell[] = [];
  let at = line.text.indexOf("|");
  while (at >= 0) {
    const next = line.text.indexOf("|", at + 1);
    if (next < 0) break;
    const raw = line.text.slice(at + 1, next);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const start = line.start + at + 1 + lead;
    cells.push({ text, start, end: start + text.length });
    at = next;
  }
  return cells;
}

const READ = new WeakMap<readonly Line[], Table[]>();

/** The Markdown tables of a document's lines. */
export function tablesOf(lines: readonly Line[]): Table[] {
  // (Recognition and relations both ask; the lines are read once per document.)
  const known = READ.get(lines);
  if (known) return known;
  const out: Table[] = [];
  READ.set(lines, out);
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i];
    const rule = lines[i + 1];
    if (!head || !rule || !ROW.test(head.text) || !RULE.test(rule.text)) continue;
    const table: Table = { header: cellsOf(head), rows: [] };
    let k = i + 2;
    for (; k < lines.length && ROW.test(lines[k]?.text ?? ""); k++) {
      const line = lines[k] as Line;
      table.rows.push({ line, cells: cellsOf(line) });
    }
    out.push(table);
    i = k - 1;
  }
  if (!out.length) out.push(...barTables(lines));
  if (!out.length) out.push(...spacedTables(lines));
  if (!out.length) out.push(...csvTables(lines));
  return out;
}

/** A line of three or more comma-separated values, each in double quotes or bare. */
const CSV_LINE = /^\s*(?:"(?:[^"]|"")*"|[^",\n]*)(?:,(?:"(?:[^"]|"")*"|[^",\n]*)){2,}\s*$/;
const CSV_CELL = /"((?:[^"]|"")*)"|([^",\n]*)/g;

/** Cells of a CSV line: a quoted cell's text is what its quotes hold (doubled quotes kept). */
function csvCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  CSV_CELL.lastIndex = 0;
  for (let m = CSV_CELL.exec(line.text); m; m = CSV_CELL.exec(line.text)) {
    const raw = m[1] ?? m[2] ?? "";
    const at = m.index + (m[1] !== undefined ? 1 : 0);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    cells.push({ text, start: line.start + at + lead, end: line.start + at + lead + text.length });
    // Past the comma after this cell, or done at the line's end.
    const next = m.index + m[0].length;
    if (line.text[next] !== ",") break;
    CSV_CELL.lastIndex = next + 1;
  }
  return cells;
}

/**
 * A data export's comma-separated table ("Grant ID","Grantee","Project Title","Amount",…): a
 * header naming two known columns, then rows with as many cells.
 */
function csvTables(lines: readonly Line[]): Table[] {
  return delimitedTables(
    lines,
    (t) => t.includes(",") && CSV_LINE.test(t),
    csvCells,
    // (A sentence with commas is no header: a header's cells are a few words each.)
    (header) =>
      header.length >= 3 &&
      header.every((c) => c.text && c.text.length <= 40 && c.text.split(/\s+/).length <= 4),
    2,
  );
}

const BAR_LINE = /^\s*[^|\s][^|\n]*(?:\|[^|\n]*){2,}$/;

/** Cells of a line whose columns are set apart by bars, with no bar at its ends. */
function barCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (const part of line.text.split("|")) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    const start = line.start + from + lead;
    cells.push({ text, start, end: start + text.length });
    from += part.length + 1;
  }
  return cells;
}

/** Header words of the columns a table of bodies, amounts, activities or dates has. */
const KNOWN_COLUMNS = [BODY_COLUMN, AMOUNT_COLUMN, ACTIVITY_COLUMN, DONOR_COLUMN, DATE_COLUMN];

/**
 * Tables of lines that one delimiter divides: a header naming two known columns (and passing
 * `headerOk`), then rows with as many cells; `minRows` rows at least.
 */
function delimitedTables(
  lines: readonly Line[],
  isRow: (text: string) => boolean,
  cellsOf: (line: Line) => Cell[],
  headerOk: (header: Cell[]) => boolean,
  minRows: number,
): Table[] {
  const out: Table[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i];
    if (!head || !isRow(head.text)) continue;
    const header = cellsOf(head);
    if (
      !headerOk(header) ||
      header.filter((c) => KNOWN_COLUMNS.some((re) => re.test(c.text))).length < 2
    )
      continue;
    const table: Table = { header, rows: [] };
    let k = i + 1;
    for (; k < lines.length; k++) {
      const line = lines[k] as Line;
      if (!isRow(line.text)) break;
      const cells = cellsOf(line);
      if (cells.length !== header.length) break;
      table.rows.push({ line, cells });
    }
    if (table.rows.length >= minRows) {
      out.push(table);
      i = k - 1;
    }
  }
  return out;
}

/**
 * Tables whose columns bars set apart without Markdown's outer bars and rule ("Donor | Project |
 * Amount | Period", a report's table turned to text): a header naming a known column, then
 * rows with as many cells.
 */
function barTables(lines: readonly Line[]): Table[] {
  return delimitedTables(
    lines,
    (t) => BAR_LINE.test(t),
    barCells,
    () => true,
    1,
  );
}

/** Cells of a line whose columns are set apart by two or more spaces (or a tab). */
function spacedCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  // (The shortest cell first: a one-character cell, "#" or a row's "1", is a cell too.)
  const re = /\S(?:[^\t\n]*?\S)??(?=\s{2,}|\t|\s*$)/g;
  for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
    const start = line.start + m.index;
    cells.push({ text: m[0], start, end: start + m[0].length });
  }
  return cells;
}

/**
 * Tables whose columns are set apart by spaces (an HTML table turned to text, a plain-text
 * report): a header line that names a column of bodies or of amounts, then rows with as many
 * cells, one a line.
 */
function spacedTables(lines: readonly Line[]): Table[] {
  const out: Table[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i];
    if (!head || head.kind === "blank" || !/\S(?:\s{2,}|\t)\S.*\S(?:\s{2,}|\t)\S/.test(head.text))
      continue;
    const header = spacedCells(head);
    // (A work plan's "Activity  Date  Lead" heads a table too.)
    const workPlan =
      header.some((c) => ACTIVITY_COLUMN.test(c.text)) &&
      header.some((c) => DATE_COLUMN.test(c.text));
    if (
      header.length < 3 ||
      (!workPlan && !header.some((c) => BODY_COLUMN.test(c.text) || AMOUNT_COLUMN.test(c.text)))
    )
      continue;
    const rule = lines[i + 1];
    const columns = rule ? ruleColumns(rule) : undefined;
    const fixed =
      columns && columns.length === header.length ? fixedWidthTable(lines, i, columns) : undefined;
    const table: Table = fixed?.table ?? { header, rows: [] };
    // (A fixed-width table's rows are read; the scan goes on after its last line.)
    let k = fixed?.next ?? i + 1;
    for (; !fixed && k < lines.length; k++) {
      const line = lines[k] as Line;
      // (A rule under the header sets it apart from the rows.)
      if (!table.rows.length && RULE_LINE.test(line.text)) continue;
      const cells = spacedCells(line);
      if (cells.length !== header.length) break;
      table.rows.push({ line, cells });
    }
    if (table.rows.length >= 2) {
      out.push(table);
      i = k - 1;
    }
  }
  return out;
}

/** A line of dashes, equals signs or underscores alone (one run, or one a column). */
const RULE_LINE = /^\s*[-=_–—]{3,}(?:\s+[-=_–—]{3,})*\s*$/;

/** The columns a rule of dash runs marks under a header ("-------- ----- ------"). */
function ruleColumns(rule: Line): { from: number; to: number }[] | undefined {
  if (!RULE_LINE.test(rule.text)) return undefined;
  const out: { from: number; to: number }[] = [];
  for (const m of rule.text.matchAll(/[-=_–—]{3,}/g)) {
    const previous = out[out.length - 1];
    if (previous) previous.to = m.index;
    out.push({ from: m.index, to: Number.MAX_SAFE_INTEGER });
  }
  return out.length >= 2 ? out : undefined;
}

/**
 * A fixed-width table, as a PDF report's text gives one: a header, a rule whose dash runs mark
 * the columns, then rows cut at those columns, up to a blank line or another rule (returned
 * with the index of the line after it). A line that
 * fills fewer than half the columns carries on the cells of the row above ("(oral-history
 * archive)" under its project, a town under its body): it adds no row, and the row keeps its
 * first line's cells.
 */
function fixedWidthTable(
  lines: readonly Line[],
  at: number,
  columns: { from: number; to: number }[],
): { table: Table; next: number } {
  const cut = (line: Line): Cell[] =>
    columns.map(({ from, to }) => {
      const raw = line.text.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      const start = line.start + Math.min(from, line.text.length) + lead;
      return { text, start, end: start + text.length };
    });
  const head = lines[at] as Line;
  const table: Table = { header: cut(head), rows: [] };
  let k = at + 2;
  for (; k < lines.length; k++) {
    const line = lines[k] as Line;
    if (line.kind === "blank" || !line.text.trim() || RULE_LINE.test(line.text)) break;
    const cells = cut(line);
    if (cells.filter((c) => c.text).length * 2 < columns.length) continue;
    table.rows.push({ line, cells });
  }
  return { table, next: k };
}

/** A header cell that names only a currency: "CHF", "(USD)", "US$". */
const CURRENCY_HEADER = /^\(?(?:[A-Z]{3}|US\$|\$|€|£|F\s?CFA)\)?$/;

/** The column of amounts: its header names amounts, or only their currency. */
export function amountColumnOf(table: Table): number {
  const named = columnOf(table, AMOUNT_COLUMN);
  return named >= 0 ? named : table.header.findIndex((c) => CURRENCY_HEADER.test(c.text));
}

/** A table of grants: a column of bodies and one of their amounts. */
export function isGrantTable(table: Table): boolean {
  return columnOf(table, BODY_COLUMN) >= 0 && amountColumnOf(table) >= 0;
}

/** The index of the first header cell that `re` matches, or -1. */
export function columnOf(table: Table, re: RegExp): number {
  return table.header.findIndex((c) => re.test(c.text));
}
