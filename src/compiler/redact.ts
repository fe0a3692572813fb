/**
 * Redaction of contact details. E-mail addresses and telephone numbers are found in a
 * document's normalised text and replaced by a placeholder of the same length (so every
 * offset stays valid) before the language stages read the text: no mention or evidence span
 * can then fall inside an address ("laetitiak@unops.org" is not a mention of UNOPS).
 * Telephone numbers are read only where their shape says so (an international prefix, an
 * area code in brackets, or a cue word such as "Tel:"), never from bare digit groups, so
 * dates, years, amounts and ranges ("2019-2021", "USD 350 000") stay. Pure and linear.
 */

/** The character each redacted character becomes (U+2588 FULL BLOCK: one UTF-16 unit). */
export const REDACTION_MARK = "\u2588";

/** A contact detail found in a text: `text.slice(start, end)`. */
export interface ContactSpan {
  start: number;
  end: number;
  kind: "email" | "phone";
}

/** A text with its contact details replaced, and how many of each were replaced. */
export interface Redaction {
  text: string;
  emails: number;
  phones: number;
}

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

const isAsciiAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isAlnum = (c: number): boolean =>
  isAsciiAlnum(c) || (c > 127 && LETTER_OR_DIGIT.test(String.fromCharCode(c)));
/** Characters of an address's local part: letters, digits and `. _ % + - '`. */
const isLocal = (c: number): boolean =>
  isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39;
/** Characters of a domain: letters, digits, dots and hyphens. */
const isDomain = (c: number): boolean => isAlnum(c) || c === 46 || c === 45;

const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^\p{L}{2,24}$/u;

function validDomain(domain: string): boolean {
  const labels = domain.split(".");
  if (labels.length < 2) return false;
  return (
    labels.every((l) => l.length <= 63 && LABEL.test(l)) && TOP_LEVEL.test(labels.at(-1) ?? "")
  );
}

/** E-mail addresses, found from each `@` outwards (bounded, so linear in the text). */
function findEmails(text: string, out: ContactSpan[]): void {
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && isLocal(text.charCodeAt(start - 1))) start--;
    while (start < at && !isAlnum(text.charCodeAt(start))) start++;
    if (start === at) continue;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && isDomain(text.charCodeAt(end))) end++;
    while (end > at + 1 && !isAlnum(text.charCodeAt(end - 1))) end--;
    if (!validDomain(text.slice(at + 1, end))) continue;
    out.push({ start, end, kind: "email" });
  }
}

// Digit groups are maximal runs joined by one separator, so matching never backtracks far.
const GROUPS = String.raw`(?:[ .\-]\d{1,14}){0,7}`;
/**
 * "+964 770 123 4567", "+962-6-555-1234", "+1 (202) 555-0100", "00962 6 555 1234": after a
 * space, a bracket or punctuation that ends a phrase, never inside a code ("CA-0010011366").
 */
const INTERNATIONAL = new RegExp(
  String.raw`(?<=^|[\s(\[:;,])(?:\+|00) ?\d{1,4}(?:[ .\-]?\(\d{1,4}\))?(?:[ .\-]?\d{1,14})?${GROUPS}(?![\p{N}])`,
  "gu",
);
/** "(06) 555 1234", "(202) 555-0100", "(+962) 6 555 1234": an area code in brackets. */
const AREA_CODE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\((?:\+\d{1,4}|0\d{0,4}|[1-9]\d{2})\)[ .\-]?\d{1,14}${GROUPS}(?![\p{N}])`,
  "gu",
);
/** "Tel: 06 555 1234", "Mobile 0770 123 4567", "Tel./Fax: (06) 555-1234": a cue, then a number. */
const CUE_WORD = "tel|telephone|phone|mobile|mob|cell|cellphone|fax|whatsapp|hotline|gsm";
const CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${CUE_WORD})\.?(?:[ \t]{0,3}[/&][ \t]{0,3}(?:${CUE_WORD})\.?)?(?:[ \t]{0,3}\((?:office|mobile|work|home|cell)\))?(?:[ \t]{0,3}(?:no|nr|number)\.?)?[ \t]{0,3}[:\-–]?[ \t]{0,3}(?=[+(\d])`,
  "giu",
);
const CUED_NUMBER = new RegExp(
  String.raw`(?:\+|00)?\(?\d{1,14}\)?(?:[ .\-/]{1,2}\(?\d{1,14}\)?){0,7}(?![\p{N}])`,
  "uy",
);

const digitsIn = (s: string): number => s.replace(/\D/g, "").length;
/** "2019 2020", "2019-2021", "2019/2020": years, not a number. */
const YEAR_GROUPS = /^(?:[ .\-/]{0,2}(?:19|20)\d\d)+$/;

function findPhones(text: string, out: ContactSpan[]): void {
  for (const m of text.matchAll(INTERNATIONAL)) {
    const zeroes = m[0].startsWith("00");
    const digits = digitsIn(m[0]) - (zeroes ? 2 : 0);
    // "00" then digits alone is as likely a reference number as a telephone number.
    if (zeroes && !/[ .\-(]/.test(m[0])) continue;
    if (digits >= 8 && digits <= 15)
      out.push({ start: m.index, end: m.index + m[0].length, kind: "phone" });
  }
  for (const m of text.matchAll(AREA_CODE)) {
    const rest = m[0].slice(m[0].indexOf(")") + 1);
    const digits = digitsIn(m[0]);
    if (digits >= 7 && digits <= 15 && !YEAR_GROUPS.test(rest))
      out.push({ start: m.index, end: m.index + m[0].length, kind: "phone" });
  }
  for (const m of text.matchAll(CUE)) {
    CUED_NUMBER.lastIndex = m.index + m[0].length;
    const n = CUED_NUMBER.exec(text);
    if (!n) continue;
    const number = n[0].replace(/[ .\-/]+$/, "");
    const digits = digitsIn(number);
    if (digits >= 6 && digits <= 15 && !YEAR_GROUPS.test(number))
      out.push({ start: n.index, end: n.index + number.length, kind: "phone" });
  }
}

/**
 * E-mail addresses and telephone numbers in `text`, sorted by start; spans that overlap
 * an earlier one are dropped.
 */
export function findContacts(text: string): ContactSpan[] {
  const found: ContactSpan[] = [];
  findEmails(text, found);
  findPhones(text, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ContactSpan[] = [];
  for (const span of found) {
    const last = out.at(-1);
    if (last && span.start < last.end) continue;
    out.push(span);
  }
  return out;
}

/** Replaces every e-mail address and telephone number by REDACTION_MARKs of the same length. */
export function redactContacts(text: string): Redaction {
  const spans = findContacts(text);
  if (spans.length === 0) return { text, emails: 0, phones: 0 };
  const parts: string[] = [];
  let pos = 0;
  let emails = 0;
  for (const s of spans) {
    parts.push(text.slice(pos, s.start), REDACTION_MARK.repeat(s.end - s.start));
    pos = s.end;
    if (s.kind === "email") emails++;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(""), emails, phones: spans.length - emails };
}
