/**
 * Attendance lists of minutes and meeting reports: under a heading such as "PARTICIPANTS (19
 * persons / 12 organisations)", "Attendance", "Present" or "ANNEX: ORGANISATIONS REPRESENTED",
 * each item names bodies and people in the shapes minutes use ("ORG - NAME, Title", "ACR:
 * NAME; NAME (role)", "NAME / ORG", "ORG (2 pax)", "Online: A; B; C", "Georgia: A; B"). Every
 * body and person of an item took part in the meeting, and a person belongs to the body their
 * item (or its segment) names. Apologies and absences name people who did not come.
 */
import type { EdgeKind } from "../../model/types.ts";
import { mentionsWithin } from "./mentions.ts";
import type { DocAnalysis, Mention } from "./model.ts";

type Add = (a: string, b: string, k: EdgeKind, s: { start: number; end: number }) => void;

/** A heading that opens a list of who attended, alone on its line (a count may follow). */
export const ATTENDANCE_HEADING =
  /^\s*(?:#{1,6}\s*)?[*_]{0,2}(?:annex(?:\s+[\dIVX]{1,3})?\s*[:.–—-]\s*)?(?:list\s+of\s+)?(?:participants|attendance|attendees|present|in\s+attendance|members\s+present|those\s+present|participating\s+organi[sz]ations|attendance\s+list|(?:organi[sz]ations|bodies|institutions)\s+represented|represented\s+organi[sz]ations|participating\s+(?:bodies|institutions))\b(?:\s+(?:list|and\s+observers|of\s+the\s+\p{L}+))?(?:\s*[-–—]?\s*[([][^)\]\n]{0,60}[)\]])?\s*:?\s*[*_]{0,2}\s*$/iu;
/** A line of people who did not come. */
const ABSENT_LINE =
  /^\s*(?:[-*•]\s*)?[*_]{0,2}(?:apologies|absent|regrets|excused|unable to attend)\b/i;
/** A heading in capitals or a numbered heading that starts the next part of the minutes. */
const NEXT_PART = /^\s*(?:#{1,6}\s|\d{1,2}[.)]\s+\p{Lu}|[\p{Lu}\d][\p{Lu}\d &/()-]{3,}:?\s*$)/u;
const LINES = 40;
/** A heading of others who attended, which goes on with the list: "GUESTS", "Observers:". */
const OTHERS_PRESENT =
  /^\s*(?:#{1,6}\s*)?[*_]{0,2}(?:guests?|observers?|also\s+(?:present|attending|in\s+attendance)|invited(?:\s+guests)?|by\s+invitation|resource\s+persons?|in\s+attendance)\b[^.\n]{0,30}?:?\s*[*_]{0,2}\s*$/i;

/** The text of the first line with text after the blank line at `k`. */
function nextText(list: readonly { text: string }[], k: number): string {
  let j = k + 1;
  while (j < list.length && !list[j]?.text.trim()) j++;
  return list[j]?.text ?? "";
}

export function attendance(
  an: DocAnalysis,
  byStart: readonly Mention[],
  idOf: ReadonlyMap<string, string>,
  meeting: string | undefined,
  add: Add,
): void {
  if (!meeting) return;
  const { lines } = an.seg;
  // (Not a table of contents' entry: "Annex: Organisations represented ........ 6".)
  const open = lines.findIndex(
    (l) => ATTENDANCE_HEADING.test(l.text) && !/(?:\.\s?){4,}\s*\d*\s*$/.test(l.text),
  );
  if (open < 0) return;
  let items = 0;
  const list = lines.slice(open + 1, open + 1 + LINES);
  for (const [k, line] of list.entries()) {
    if (!line.text.trim()) {
      if (items && !groupAfter(list, k) && !OTHERS_PRESENT.test(nextText(list, k))) break;
      continue;
    }
    // ("GUESTS", "Observers:": more who attended, under their own heading.)
    if (OTHERS_PRESENT.test(line.text)) continue;
    if (NEXT_PART.test(line.text) && !/[a-z].*[-–:/]/.test(line.text)) break;
    if (ABSENT_LINE.test(line.text)) continue;
    const mentions = mentionsWithin(byStart, line.start, line.end).filter(
      (m) => m.kind === "org" || m.kind === "person",
    );
    if (!mentions.length) continue;
    items++;
    const evidence = { start: line.start, end: line.end };
    // "BLAC: Naw Paw Htoo; Saw Kyaw Lin": the body before the colon is every segment's.
    const colon = line.text.indexOf(":");
    const lead = mentions.find((m) => m.kind === "org" && colon > 0 && m.end <= line.start + colon);
    for (const segment of segments(line)) {
      const inside = mentions.filter((m) => m.start >= segment.start && m.end <= segment.end);
      const body = inside.find((m) => m.kind === "org") ?? lead;
      const bodyId = body && idOf.get(body.ref);
      for (const m of inside) {
        const id = idOf.get(m.ref);
        if (!id) continue;
        add(id, meeting, "participated", evidence);
        if (m.kind === "person" && bodyId) add(id, bodyId, "part_of", evidence);
      }
      if (bodyId && body === lead) add(bodyId, meeting, "participated", evidence);
    }
  }
}

/**
 * "Batticaloa District" / "  Centre for Community Dialogue": after the blank line at `k`, a
 * short label over indented or bulleted items goes on with the list, grouped by place or kind.
 */
function groupAfter(list: readonly { text: string }[], k: number): boolean {
  let j = k + 1;
  while (j < list.length && !list[j]?.text.trim()) j++;
  const label = list[j]?.text ?? "";
  const item = list[j + 1]?.text ?? "";
  return (
    label.trim().length > 0 &&
    label.trim().length <= 40 &&
    !/^\s/.test(label) &&
    !/[.;]\s*$/.test(label) &&
    !NEXT_PART.test(label) &&
    /^(?:\s{2,}|\s*[-*•]\s)\S/.test(item)
  );
}

/** The parts of an item that semicolons set apart ("A (X); B; C (Y)"). */
function segments(line: {
  start: number;
  end: number;
  text: string;
}): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const part of line.text.split(";")) {
    out.push({ start: line.start + from, end: line.start + from + part.length });
    from += part.length + 1;
  }
  return out;
}
