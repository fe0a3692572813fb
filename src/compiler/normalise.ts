/**
 * Normalise stage: the final text every offset points into. NFC, `\n` line ends, no BOM or
 * control characters (but tabs), plain spaces for non-breaking ones, no trailing whitespace
 * on lines, at most two blank lines in a row, no blank lines at the start or end.
 */

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe]/g;
const NO_BREAK_SPACES = /[\u00a0\u2007\u202f]/g;
const LINE_SEPARATORS = /[\u2028\u2029\u0085]/g;
/**
 * Whitespace at the end of a line. The look-behind starts a match only where a run of spaces
 * begins, so a long run inside a line is tried once, not once per space (linear, not quadratic).
 */
const TRAILING_SPACE = /(?<![ \t\f\v])[ \t\f\v]+$/gm;

/** Normalises decoded text; idempotent. */
export function normalise(text: string): string {
  return (
    text
      .replace(/\r\n?/g, "\n")
      .replace(LINE_SEPARATORS, "\n")
      // Controls go before composing: "e", a BOM and an acute accent compose once the BOM is out.
      .replace(CONTROLS, "")
      .normalize("NFC")
      .replace(NO_BREAK_SPACES, " ")
      .replace(TRAILING_SPACE, "")
      .replace(/\n{4,}/g, "\n\n\n")
      .replace(/^\n+/, "")
      .trimEnd()
  );
}
