/**
 * Hard-wrapped text → paragraphs. Text copied out of a PDF (or typed for an e-mail) breaks
 * every line at a fixed width, hyphenates words across line ends and repeats the page's
 * header and footer ("Quarterly Update Q2 2024 | Page 3 of 9") inside paragraphs. Read as it
 * is, every line end cuts a sentence and often a name ("the Office of the Prime / Minister").
 *
 * The document is taken for hard-wrapped only when many of its lines fill one width and run
 * on without ending a sentence; then wrapped lines are joined, hyphens at line ends closed,
 * and running page furniture dropped. Short lines (headings, list items, fact lines) and
 * lines ending a sentence keep their breaks. A value that runs on under its own column
 * ("Members:   A; B and C\n             D and E") is joined in any document.
 */

/** A line that is only page furniture: "Page 3 of 9", "- 4 -", "12". */
const PAGE_NUMBER_LINE =
  /^\s*(?:(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s*(?:of|\/)\s*\d{1,4}|[-–]?\s*\d{1,4}\s*[-–]?)\s*$/i;
/** A running header or footer naming its page: "Annual Report 2023 | Page 3 of 9". */
const PAGE_IN_LINE = /\bpage\s+\d{1,4}(?:\s+(?:of|\/)\s+\d{1,4})?\b/i;
/** A line that ends a sentence or opens a list. */
const ENDS_SENTENCE = /[.!?:;]["'”’)\]*_]*$/;
/** A line that starts a list item, a heading or a quote of its own. */
const OPENS_BLOCK = /^\s*(?:[-*•–—▪◦●►]\s|\d{1,2}[.)]\s|\(?[a-z]\)\s|#|>|\|)/;
/** A numbered or bulleted list item's opening, up to the column its text starts at. */
const LIST_ITEM = /^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+(?=\S)/;
/** A line drawn of one character ("=====", "-----"): a rule, joined to nothing. */
const RULE_LINE = /^\s*([=\-_*~#+])\1{4,}\s*$/;
/** Columns of a plain-text table: a run of three spaces inside a line. */
const TABLE_GAP = /\S {3,}\S/;
/** "Lead agency: DRC": a line that opens with a label of its own. */
const LABEL_LINE = /^\s*\p{Lu}[^:.!?\n]{0,40}:(?:\s|$)/u;
/** "Label:   value": a fact line whose value starts at a column of its own. */
const LABELLED_VALUE = /^([^:\n]{1,40}:[ \t]+|\s*\p{L}[^:.\n]{0,30}?\s*\.{3,}[ \t]+)\S/u;

/** A line's end that runs on into the next: a comma, a dash, a connector. */
const RUNS_ON = /(?:[,;:&/–—-]|\b(?:and|or|of|for|the|at|in|de|du|des|la|el)\b)\s*$/;
/** A line that opens a list item "Name, title or body". */
const ITEM_START = /^\s*[^\s,;:(][^,;:]{2,60},\s/;

/** Width the text is wrapped at, or 0 when it is not hard-wrapped. */
function wrapWidth(lines: readonly string[]): number {
  // (A table's rows and rules are as wide as their columns, whatever the prose's width.)
  const prose = (l: string): boolean => !TABLE_GAP.test(l.trim()) && !RULE_LINE.test(l);
  const lengths = lines
    .filter(prose)
    .map((l) => l.length)
    .filter((n) => n > 0);
  if (lengths.length < 8) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (width < 50 || width > 130) return 0;
  let full = 0;
  let runOn = 0;
  let lowerNext = 0;
  lines.forEach((l, i) => {
    if (l.length < width * 0.7 || l.length > width + 8 || !prose(l)) return;
    full++;
    if (ENDS_SENTENCE.test(l)) return;
    runOn++;
    if (/^\s*\p{Ll}/u.test(lines[i + 1] ?? "")) lowerNext++;
  });
  // (Prose wrapped mid-sentence goes on in lower case as often as not; a list of long lines
  // starts every line with a capital.)
  return full >= 6 &&
    full >= lengths.length * 0.3 &&
    runOn >= full * 0.5 &&
    lowerNext >= runOn * 0.3
    ? width
    : 0;
}

/** Lines repeated as a running header or footer: 3 or more times once digits are masked. */
function runningLines(lines: readonly string[]): Set<number> {
  const count = new Map<string, number>();
  const key = (l: string): string => l.trim().replace(/\d+/g, "#");
  for (const l of lines)
    if (l.trim() && l.length < 90) count.set(key(l), (count.get(key(l)) ?? 0) + 1);
  const out = new Set<number>();
  lines.forEach((l, i) => {
    if (!l.trim() || l.length >= 90 || OPENS_BLOCK.test(l)) return;
    if (PAGE_NUMBER_LINE.test(l) || PAGE_IN_LINE.test(l) || (count.get(key(l)) ?? 0) >= 3)
      out.add(i);
  });
  return out;
}

/** Joins `next` to `line`, closing a hyphen that broke a word across the two. */
function join(line: string, next: string, text: string): string {
  const rest = next.trimStart();
  if (/\p{L}-$/u.test(line) && !/\s-$/.test(line)) {
    // ("protec-/tion", "YOW-/CDI" are one word; "Maiduguri-/Damboa" keeps its hyphen, and so
    // does "lean-/season" where the text writes "lean-season" elsewhere.)
    const left = /[\p{L}\p{N}]+-$/u.exec(line)?.[0] ?? "";
    const right = /^[\p{L}\p{N}]+/u.exec(rest)?.[0] ?? "";
    const oneWord =
      (/^\p{Ll}/u.test(rest) || (/^\p{Lu}{2,}-$/u.test(left) && /^\p{Lu}{2,}$/u.test(right))) &&
      !text.includes(left + right);
    return oneWord ? line.slice(0, -1) + rest : line + rest;
  }
  return `${line} ${rest}`;
}

/** The columns of a line set apart by runs of spaces: each cell's text and its column. */
function columnsOf(line: string): { text: string; at: number }[] {
  return [...line.matchAll(/\S(?:.*?\S)??(?=\s{2,}|\s*$)/g)].map((m) => ({
    text: m[0],
    at: m.index ?? 0,
  }));
}

/**
 * A plain-text table whose header a rule underlines ("Partner   Project   Amount" / "-----"),
 * with cells wrapped onto indented lines under their column ("Nakheel Basra Association for" /
 * "  Environment (NBAE)"): each wrapped part joins its cell, so every row is one line.
 */
function joinWrappedCells(lines: string[]): string[] {
  const out: string[] = [];
  let header: { text: string; at: number }[] | undefined;
  let row: { text: string; at: number }[] | undefined;
  // (A row that nothing continues keeps its own line.)
  let raw = "";
  let continues = false;
  const flush = (): void => {
    if (row) out.push(continues ? row.map((c) => c.text).join("   ") : raw);
    row = undefined;
    continues = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!header) {
      const cols = TABLE_GAP.test(line.trim()) ? columnsOf(line) : [];
      if (cols.length >= 3 && RULE_LINE.test(lines[i + 1] ?? "")) {
        header = cols;
        out.push(line, lines[i + 1] ?? "");
        i++;
        continue;
      }
      out.push(line);
      continue;
    }
    // (A rule or a blank line ends the table.)
    if (!line.trim() || RULE_LINE.test(line)) {
      flush();
      header = undefined;
      out.push(line);
      continue;
    }
    const cols = columnsOf(line);
    const cellOf = (at: number): number => {
      let k = 0;
      header?.forEach((h, n) => {
        if (h.at <= at + 2) k = n;
      });
      return k;
    };
    // An indented line with fewer cells, each under a column of the row: the cells' rest.
    const continued =
      row &&
      /^\s{2,}/.test(line) &&
      cols.length < header.length &&
      cols.every((c) => Math.abs((header?.[cellOf(c.at)]?.at ?? -9) - c.at) <= 2);
    if (continued && row) {
      continues = true;
      for (const c of cols) {
        const cell = row[cellOf(c.at)];
        if (cell) cell.text = `${cell.text} ${c.text}`;
      }
      continue;
    }
    flush();
    // ("USD  62,500": parts under one column are one cell.)
    const cells: { text: string; at: number }[] = [];
    for (const c of cols) {
      const k = cellOf(c.at);
      const cell = cells[k];
      if (cell) cell.text = `${cell.text} ${c.text}`;
      else cells[k] = { ...c };
    }
    if (cells.length === header.length && !cells.includes(undefined as never)) {
      row = cells;
      raw = line;
      continues = cols.length !== cells.length;
    } else out.push(line);
  }
  flush();
  return out;
}

/** Joins hard-wrapped lines into paragraphs; text that is not hard-wrapped comes back as is. */
export function unwrapHardWraps(text: string): string {
  const lines = joinWrappedCells(text.split("\n"));
  const width = wrapWidth(lines);
  const furniture = width ? runningLines(lines) : new Set<number>();
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (furniture.has(i)) continue;
    let line = lines[i] ?? "";
    /** The last line joined, whose length says whether it was wrapped. */
    let tail = line;
    const value = LABELLED_VALUE.exec(line);
    const item = LIST_ITEM.exec(line);
    for (;;) {
      let j = i + 1;
      // (A page break: blank lines and the page's furniture between two halves of a paragraph.)
      let crossed = false;
      if (width)
        while (j < lines.length && (furniture.has(j) || !(lines[j] ?? "").trim())) {
          if (furniture.has(j)) crossed = true;
          j++;
        }
      if (!crossed) j = i + 1;
      const next = lines[j];
      if (
        next === undefined ||
        !next.trim() ||
        OPENS_BLOCK.test(next) ||
        LABEL_LINE.test(next) ||
        RULE_LINE.test(next) ||
        RULE_LINE.test(tail)
      )
        break;
      const indent = /^[ \t]*/.exec(next)?.[0].length ?? 0;
      const hanging = !!value && indent >= 4 && indent === value[1]?.length;
      const lower = /^\p{Ll}/u.test(next.trimStart());
      // ("  Valaichchenai Women's Society\n  Panichankerni Fisheries Cooperative": indented
      // lines of one indent, each a capitalised name that ended short, are a list's items.)
      const tailIndent = /^[ \t]*/.exec(tail)?.[0].length ?? 0;
      const listed =
        tailIndent >= 2 &&
        indent === tailIndent &&
        !lower &&
        /\p{Ll}/u.test(tail) &&
        /\p{Ll}/u.test(next) &&
        !RUNS_ON.test(tail) &&
        // (the next line's first word would have fitted on this one: it ended by choice)
        tail.trimEnd().length + 1 + (/^\s*(\S+)/.exec(next)?.[1]?.length ?? 0) <= width;
      const wrapped =
        !listed &&
        !!width &&
        ((/\p{Ll}-$/u.test(tail) && lower) || tail.length >= width * 0.6) &&
        // (a table's row, its columns set apart by runs of spaces, is a line of its own)
        !TABLE_GAP.test(tail.trim()) &&
        !TABLE_GAP.test(next.trim()) &&
        (lower || !(ENDS_SENTENCE.test(tail) || /[)\]]$/.test(tail))) &&
        (!crossed || lower) &&
        // (A title in capitals over its subtitle in sentence case: two lines of a title page.)
        !(/\p{Lu}{2}/u.test(tail) && !/\p{Ll}/u.test(tail) && /\p{Ll}/u.test(next));
      // (" 7. Ioana Bratu – Administrația Rezervației Biosferei Delta Dunării\n    (ARBDD), head
      // of …": a list item's long line goes on under the item's text column, in any document.)
      const itemGoesOn =
        !!item &&
        indent === item[0].length &&
        !ENDS_SENTENCE.test(tail) &&
        (lower || RUNS_ON.test(tail) || tail.trimEnd().length >= 50);
      if (!hanging && !wrapped && !itemGoesOn) break;
      // ("Speakers:  A, Chair, X\n            B, Y": a line that opens a "name, …" item of its own
      // under the value's column starts the list's next item.)
      // (So does one after an item closed by its bracket: "A - X (Fallujah)\n  B - Y".)
      if (
        hanging &&
        !RUNS_ON.test(tail) &&
        (ITEM_START.test(next) || (/\)\s*$/.test(tail) && /^\s*\p{Lu}/u.test(next)))
      )
        line = `${line}; ${next.trim()}`;
      else line = join(line, next, text);
      tail = next;
      i = j;
    }
    out.push(line);
  }
  return out.join("\n");
}
