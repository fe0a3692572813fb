/**
 * Normalise stage: the final text every offset points into. NFC, `\n` line ends, no BOM or
 * control characters (but tabs), plain spaces for non-breaking ones, no trailing whitespace
 * on lines, at most two blank lines in a row, no blank lines at the start or end.
 */

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe]/g;
const NO_BREAK_SPACES = /[\u00a0\u2007\u202f]/g;
const LINE_SEPARATORS = /[\u2028\u2029\u0085]/g;

/** Normalises decoded text; idempotent. */
export function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(LINE_SEPARATORS, "\n")
    .normalize("NFC")
    .replace(CONTROLS, "")
    .replace(NO_BREAK_SPACES, " ")
    .replace(/[ \t\f\v]+$/gm, "")
    .replace(/\n{4,}/g, "\n\n\n")
    .replace(/^\n+/, "")
    .trimEnd();
}
