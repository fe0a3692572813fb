/**
 * Money amounts: figures with thousands separators of any convention ("2,221,818",
 * "3.900.000", "3 900 000", "4,4 Million"), scale words, amounts in words ("two million"),
 * and the currency as an ISO 4217 code from a symbol, code or name nearby.
 */

/** An amount of money found in a text. */
export interface AmountMatch {
  start: number;
  end: number;
  amount: number;
  currency?: string;
}

const CURRENCY_WORDS: [RegExp, string][] = [
  [/^(?:US\$|\$|USD|U\.S\. dollars?|US dollars?|dollars?)$/i, "USD"],
  [/^(?:€|EUR|euros?)$/i, "EUR"],
  [/^(?:£|GBP|pounds? sterling|pounds?)$/i, "GBP"],
  [/^(?:CHF|Swiss francs?)$/i, "CHF"],
  [/^(?:SEK|Swedish kron(?:a|or))$/i, "SEK"],
  [/^(?:NOK|Norwegian kron(?:e|er))$/i, "NOK"],
  [/^(?:DKK|Danish kron(?:e|er))$/i, "DKK"],
  [/^(?:JPY|yen|¥)$/i, "JPY"],
  [/^(?:IQD|Iraqi dinars?|dinars?)$/i, "IQD"],
  [/^(?:JOD|Jordanian dinars?)$/i, "JOD"],
];
const CUR = String.raw`US\$|\$|€|£|¥|USD|EUR|GBP|CHF|SEK|NOK|DKK|JPY|IQD|JOD`;
const CUR_WORD = String.raw`U\.S\. dollars?|US dollars?|dollars?|euros?|pounds? sterling|Swiss francs?|Swedish kron(?:a|or)|Norwegian kron(?:e|er)|Danish kron(?:e|er)|yen|Iraqi dinars?|Jordanian dinars?|dinars?`;
const NUM = String.raw`\d{1,3}(?:(?:[,.]|\s(?=\d{3}\b))\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?`;
const SCALE = String.raw`million|millions|billion|billions|thousand|mn|bn|m|k`;
const AMOUNT_RE = new RegExp(
  String.raw`(?:(${CUR})\s?)?(${NUM})(?:\s?(${SCALE})\b)?(?:\s?(${CUR}|${CUR_WORD})(?![\p{L}]))?`,
  "giu",
);

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  half: 0.5,
};
const WORDS_RE = new RegExp(
  String.raw`\b((?:(?:${Object.keys(WORD_NUMBERS).join("|")})[\s-]+(?:a\s+)?)+)(million|billion|thousand)\s+(${CUR_WORD}|${CUR})`,
  "giu",
);

/** Reads a figure whatever its separators: "235,896.85", "3.900.000", "4,4", "3 900 000". */
export function parseNumber(raw: string): number {
  const s = raw.replace(/\s/g, "");
  const seps = s.match(/[.,]/g) ?? [];
  if (seps.length === 0) return Number(s);
  const last = Math.max(s.lastIndexOf("."), s.lastIndexOf(","));
  const tail = s.length - last - 1;
  const mixed = s.includes(".") && s.includes(",");
  const repeated = seps.length > 1 && seps.every((c) => c === seps[0]);
  if (repeated || (!mixed && tail === 3)) return Number(s.replace(/[.,]/g, ""));
  const int = s.slice(0, last).replace(/[.,]/g, "");
  return Number(`${int}.${s.slice(last + 1)}`);
}

function scaleOf(word: string | undefined): number {
  const w = (word ?? "").toLowerCase();
  if (w.startsWith("b")) return 1e9;
  if (w.startsWith("m")) return 1e6;
  if (w.startsWith("t") || w === "k") return 1e3;
  return 1;
}

/** The ISO 4217 code of a currency symbol, code or name, if known. */
export function currencyOf(word: string | undefined): string | undefined {
  if (!word) return undefined;
  return CURRENCY_WORDS.find(([re]) => re.test(word.trim()))?.[1];
}

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Finds money amounts in `text[from, to)`. Bare figures count only where `defaultCurrency`
 * is given (a table headed "Amount in US$") or a currency stands next to them.
 */
export function findAmounts(
  text: string,
  from = 0,
  to = text.length,
  defaultCurrency?: string,
): AmountMatch[] {
  const slice = text.slice(from, to);
  const out: AmountMatch[] = [];
  const digits = /\d/.test(slice);
  // Figures need a digit, amounts in words a scale word: skip the patterns otherwise.
  if (!digits && !/illion|thou/i.test(slice)) return out;
  AMOUNT_RE.lastIndex = digits ? 0 : slice.length;
  let m: RegExpExecArray | null;
  while ((m = AMOUNT_RE.exec(slice)) !== null) {
    const currency = currencyOf(m[1]) ?? currencyOf(m[4]) ?? defaultCurrency;
    if (!currency || !m[2]) continue;
    if (!m[1] && !m[4] && !m[3] && parseNumber(m[2]) < 1000) continue;
    const amount = round(parseNumber(m[2]) * scaleOf(m[3]));
    if (!Number.isFinite(amount) || amount <= 0) continue;
    out.push({
      start: from + m.index,
      end: from + m.index + m[0].trimEnd().length,
      amount,
      currency,
    });
  }
  WORDS_RE.lastIndex = 0;
  while ((m = WORDS_RE.exec(slice)) !== null) {
    const words = (m[1] ?? "")
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((w) => w in WORD_NUMBERS);
    const base = words.reduce((acc, w) => acc + (WORD_NUMBERS[w] ?? 0), 0);
    const currency = currencyOf(m[3]);
    if (base > 0 && currency)
      out.push({
        start: from + m.index,
        end: from + m.index + m[0].length,
        amount: round(base * scaleOf(m[2])),
        currency,
      });
  }
  return out.sort((a, b) => a.start - b.start);
}
