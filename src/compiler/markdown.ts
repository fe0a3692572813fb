/**
 * Markdown → prose: strips the syntax (headings, emphasis, links, images, code marks,
 * quotes, list markers, rules, reference definitions) and keeps the words and line breaks.
 */

const BLOCK_RULES: [RegExp, string][] = [
  [/^ {0,3}(`{3,}|~{3,}).*$/gm, ""], // code fences (their content stays)
  [/^ {0,3}\[[^\]\n]+\]:\s*\S+.*$/gm, ""], // reference definitions
  [/^ {0,3}([-*_])( *\1){2,} *$/gm, ""], // horizontal rules
  [/^ {0,3}(=+|-+) *$/gm, ""], // setext heading underlines
  [/^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm, "$1"], // ATX headings
  [/^ {0,3}#{1,6}$/gm, ""], // empty headings
  [/^ {0,3}(?:> ?)+/gm, ""], // block quotes
  // An image alone on its line (a banner, a photo, perhaps linked): its alt text describes a
  // picture and is no heading, so it ends as a sentence does (an empty one leaves nothing).
  [/^[ \t]*\[?!\[\s*\]\([^)\n]{0,2000}\)(?:\]\([^)\n]{0,2000}\))?[ \t]*$/gm, ""],
  [
    /^[ \t]*\[?!\[([^\]\n]{0,500}?)[.!?]?\]\([^)\n]{0,2000}\)(?:\]\([^)\n]{0,2000}\))?[ \t]*$/gm,
    "$1.",
  ],
  [/^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/gm, "$1"], // list markers
];

const INLINE_RULES: [RegExp, string][] = [
  [/!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, "$1"], // images → alt text
  [/!\[([^\]\n]{0,500})\]\[[^\]\n]{0,500}\]/g, "$1"], // reference images
  [/\[([^\]\n]{1,500})\]\((?:[^()\n]|\([^)\n]{0,500}\)){0,2000}\)/g, "$1"], // links → text
  [/\[([^\]\n]{1,500})\]\[[^\]\n]{0,500}\]/g, "$1"], // reference links
  [/<((?:https?|mailto):[^>\s]+)>/g, "$1"], // autolinks
  [/<\/?[A-Za-z][^>\n]{0,1000}>/g, ""], // inline HTML tags
  [/(`+)([^`\n]+?)\1/g, "$2"], // code spans
  [/(\*\*|__)(?=\S)([^\n]{0,1000}?\S)\1/g, "$2"], // strong
  [/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, "$1$2"], // emphasis with *
  [/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, "$1$2"], // emphasis with _ (not inside words)
  [/~~(?=\S)([^\n]{0,1000}?\S)~~/g, "$1"], // strikethrough
  [/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1"], // escapes
];

/**
 * A static site's front matter: "---", then "key: value" lines (YAML; "+++" and "key = value"
 * for TOML), then "---". Page settings, not the page's words.
 */
const FRONT_MATTER =
  /^(---|\+\+\+)[ \t]*\n(?:(?:[\w-]+[ \t]*[:=][^\n]*|[ \t]+[^\n]*|[ \t]*-[^\n]*|[ \t]*)\n){1,80}?\1[ \t]*(?:\n|$)/;

/** An HTML line break written into markdown. */
const LINE_BREAK = /[ \t]*<br\s*\/?>[ \t]*/gi;

/**
 * "<br>" breaks the line; inside a table row, which must stay one line, it parts the cell's
 * items as "; " does ("Chair: A, Org<br>B, Org").
 */
function breakLines(text: string): string {
  if (!/<br/i.test(text)) return text;
  return text.replace(/^.*<br.*$/gim, (line) =>
    line.replace(LINE_BREAK, /^\s*\|/.test(line) ? "; " : "\n"),
  );
}

/** Strips markdown syntax so the text reads as prose. */
export function markdownToText(markdown: string): string {
  let text = markdown.replace(/\r\n?/g, "\n").replace(FRONT_MATTER, "");
  for (const [pattern, replacement] of BLOCK_RULES) text = text.replace(pattern, replacement);
  text = breakLines(text);
  for (const [pattern, replacement] of INLINE_RULES) text = text.replace(pattern, replacement);
  return text.replace(/\n{3,}/g, "\n\n").trim();
}
