/**
 * Hostile documents for the pathological-input benchmark: text shaped to make a stage do
 * more than linear work (long runs without a sentence end, nesting, runs of names).
 * Deterministic: a case's text depends only on its size.
 */

/** One hostile document: its file name (the extension picks the format) and its text. */
export interface PathologicalCase {
  name: string;
  description: string;
  file: string;
  text: (bytes: number) => string;
}

/** `unit` repeated to exactly `length` characters. */
function repeat(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const FIRST =
  "Ahmed Lina Omar Huda Sara Karim Mona Yusuf Rania Tariq Nadia Samir Leila Faris Dina Hassan Maya Ziad Noor Walid".split(
    " ",
  );
const LAST =
  "Haddad Farouk Salem Nasser Khalil Aziz Mansour Qasim Bakr Hamdan Saleh Yasin Darwish Karam Shami Jaber Rahman Odeh Sabbagh Tamimi Zein Hijazi Masri Awad Bitar".split(
    " ",
  );

/** `count` person-shaped names, all different, joined by ", " (one sentence, no end). */
export function nameList(count: number): string {
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const first = FIRST[i % FIRST.length] ?? "";
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length] ?? "";
    const round = Math.floor(i / (FIRST.length * LAST.length));
    names.push(round === 0 ? `${first} ${last}` : `${first} ${last}-${LAST[round % LAST.length]}`);
  }
  return names.join(", ");
}

export const CASES: PathologicalCase[] = [
  {
    name: "honorifics",
    description: '"Mr. " repeated: a run of honorifics with no name and no sentence end',
    file: "honorifics.txt",
    text: (n) => repeat("Mr. ", n),
  },
  {
    name: "endless-line",
    description: "one line repeating an organisation's name and acronym, no sentence end",
    file: "endless-line.txt",
    text: (n) => repeat("United Nations Development Programme (UNDP) ", n),
  },
  {
    name: "nested-brackets",
    description: "brackets nested half a megabyte deep, with names inside",
    file: "nested-brackets.txt",
    text: (n) => repeat("(the Alpha Fund ", n / 2) + repeat(") ", n / 2),
  },
  {
    name: "capitalised-run",
    description: "capitalised words with no lower-case word between them",
    file: "capitalised-run.txt",
    text: (n) => repeat("Alpha Beta Gamma Delta Foundation Network ", n),
  },
  {
    name: "name-list",
    description: "10,000 comma-separated person names in one sentence",
    file: "name-list.txt",
    text: () => `The participants were ${nameList(10_000)}.`,
  },
  {
    name: "nested-html",
    description: "HTML elements nested 100,000 deep (fails: deeper than the limit)",
    file: "nested-html.html",
    text: (n) => `${repeat("<div>", n / 2)}Alpha Foundation${repeat("</div>", n / 2)}`,
  },
  {
    name: "space-run",
    description: "one line holding a megabyte of spaces between two words",
    file: "space-run.txt",
    text: (n) => `Alpha${" ".repeat(n)}Beta`,
  },
  {
    name: "contacts",
    description: "e-mail addresses and telephone numbers, all redacted",
    file: "contacts.txt",
    text: (n) => repeat("Write to desk@alpha-foundation.org or call +964 770 123 4567. ", n),
  },
  {
    name: "markdown-brackets",
    description: "a markdown line of unclosed link brackets",
    file: "markdown-brackets.md",
    text: (n) => repeat("[", n),
  },
];
