/**
 * Money amounts as they are written: figures with thousands separators of any convention
 * ("2,221,818", "3.900.000", "1 250 300", "1'250'300"), decimals with a point or a comma
 * ("1 250 300, 50 EUR" is 1250300.50), scale words and abbreviations ("4,4 Million",
 * "€ 3,5 Mio.", "EUR 1.2m", "2 bn"), amounts in words ("two million dollars", "half a
 * million euros", "three hundred thousand US dollars"), and the currency as an ISO 4217
 * code: any code `Intl.supportedValuesOf("currency")` knows, before or after the figure
 * ("IQD 50 million", "1 250 300 EUR"), a symbol ("$", "US$", "€", "£", "¥", "HK$", "JD"),
 * or a name ("Jordanian dinars", "Iraqi dinars", "euros", "pounds sterling").
 *
 * An amount is a finite number above 0 and below 1e13. Never amounts: percentages, years
 * ("2020", "in 2019 EUR 500,000" is one amount), dates, times, phone numbers ("+964 …"),
 * figures glued to letters ("COVID19", "5th", "10km"), and counts ("250 participants").
 * A three-letter code that reads as an English word or an acronym of the genre ("ALL",
 * "TOP", "SDG", "COP", "CRC") is not a currency; a code outside the usual ones counts only
 * beside a figure shaped like an amount (grouped, with decimals or a scale word, or 1000
 * and above and not a year). Pure and linear: one pass of a bounded pattern over the text,
 * then fixed-size looks around each figure.
 */

/** An amount of money found in a text. */
export interface AmountMatch {
  start: number;
  end: number;
  amount: number;
  currency?: string;
}

const MAX_AMOUNT = 1e13;

/** ISO 4217 codes, from the runtime where it lists them, plus the ones this genre uses. */
const USUAL = [
  "USD",
  "EUR",
  "GBP",
  "CHF",
  "SEK",
  "NOK",
  "DKK",
  "JPY",
  "CAD",
  "AUD",
  "NZD",
  "HKD",
  "SGD",
  "CNY",
  "INR",
  "PKR",
  "RUB",
  "ZAR",
  "KES",
  "NGN",
  "IQD",
  "JOD",
  "SAR",
  "AED",
  "QAR",
  "KWD",
  "BHD",
  "OMR",
  "YER",
  "EGP",
  "LBP",
  "SYP",
  "TND",
  "LYD",
  "DZD",
  "MAD",
  "TRY",
  "ILS",
  "IRR",
];
const USUAL_CODES: ReadonlySet<string> = new Set(USUAL);
/** Codes written in any case ("usd 5,000"); the rest only in capitals. */
const CASELESS: ReadonlySet<string> = new Set(["USD", "EUR", "GBP", "CHF", "JPY", "IQD", "JOD"]);
/**
 * Codes that read as words or the genre's acronyms beside a figure ("SDG 16.2", "ALL 3",
 * "TOP 10"). Other codes that spell words ("NPR", "COP", "PHP") count beside a figure shaped
 * like an amount only (see amountShaped).
 */
const NOT_CURRENCY: ReadonlySet<string> = new Set(["ALL", "TOP", "SDG"]);
const ISO_CODES: ReadonlySet<string> = new Set(
  [
    ...USUAL,
    ...(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : []),
  ]
    .filter((c) => /^[A-Z]{3}$/.test(c) && !NOT_CURRENCY.has(c))
    .sort(),
);

const SYMBOLS: Record<string, string> = {
  $: "USD",
  US$: "USD",
  USD$: "USD",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₹": "INR",
  "₪": "ILS",
  "₺": "TRY",
  "₽": "RUB",
  "₩": "KRW",
  "₦": "NGN",
  C$: "CAD",
  CA$: "CAD",
  A$: "AUD",
  AU$: "AUD",
  NZ$: "NZD",
  HK$: "HKD",
  S$: "SGD",
  "E£": "EGP",
  JD: "JOD",
  // Local symbols as the countries' own documents write them ("Bs 18.000", "VT 2,500,000").
  R$: "BRL",
  RD$: "DOP",
  N$: "NAD",
  "GH₵": "GHS",
  "₵": "GHS",
  "S/": "PEN",
  Bs: "BOB",
  VT: "VUV",
  Rp: "IDR",
  FCFA: "XOF",
  CFA: "XOF",
  Le: "SLE",
  Ar: "MGA",
  ZiG: "ZWG",
  Ksh: "KES",
  KSh: "KES",
  USh: "UGX",
  TSh: "TZS",
  MK: "MWK",
  ZK: "ZMW",
  KM: "BAM",
  Q: "GTQ",
  "₮": "MNT",
  "฿": "THB",
  "₸": "KZT",
  "₱": "PHP",
  "₫": "VND",
  "₭": "LAK",
  "৳": "BDT",
  "₲": "PYG",
  "₴": "UAH",
  "₾": "GEL",
  "֏": "AMD",
  "₼": "AZN",
  // Rupees are written "Rs" in India, Pakistan, Sri Lanka, Nepal, Mauritius and Seychelles;
  // with no country to tell them apart, "Rs" reads as the Indian rupee.
  Rs: "INR",
  // The dollars of the Caribbean, the Americas and the Pacific, by their own prefixes.
  BZ$: "BZD",
  TT$: "TTD",
  EC$: "XCD",
  J$: "JMD",
  JA$: "JMD",
  BDS$: "BBD",
  Bds$: "BBD",
  G$: "GYD",
  GY$: "GYD",
  SI$: "SBD",
  FJ$: "FJD",
  WS$: "WST",
  T$: "TOP",
  L$: "LRD",
  KY$: "KYD",
  NT$: "TWD",
  // Crowns are written "kr." in Denmark, Greenland, the Faroes and Iceland and "kr" in Norway
  // and Sweden; findAmounts reads which from the codes the document names (else DKK).
  kr: "DKK",
  Kr: "DKK",
  Kz: "AOA",
  Db: "STN",
  Fdj: "DJF",
};
/** Local symbols of one or two letters: read before a figure only. */
const LOCAL_BEFORE = String.raw`[Kk]r\.?|R\$|RD\$|N\$|GH₵|S\/|Bs\.?|VT|Rp\.?|Rs\.?|Kz|Db|Fdj|F\s?CFA|CFA|Le|Ar|ZiG|K[Ss]h|USh|TSh|MK|ZK|KM|Q`;
/** Local symbols that may also follow a figure ("5 000 FCFA", "18.000 Bs"). */
const LOCAL_AFTER = String.raw`F\s?CFA|CFA|Bs\.?|VT|kr\.?`;
const SIGNS = "[€£¥₹₪₺₽₩₦₮฿₸₱₫₭৳₲₴₾֏₼₵]";
const SYMBOL = String.raw`(?:US|U\.S\.|USD|CA|C|AU|A|NZ|HK|S|BZ|TT|EC|JA|J|BDS|Bds|GY|G|SI|FJ|WS|T|L|KY|NT)?\s?\$|E£|${SIGNS}`;

/** Currency names, most specific first. */
const NAMES: [string, string][] = [
  [String.raw`(?:US|U\.S\.|American|United States)\s{1,2}dollars?`, "USD"],
  [String.raw`Canadian\s{1,2}dollars?`, "CAD"],
  [String.raw`Australian\s{1,2}dollars?`, "AUD"],
  [String.raw`New\s{1,2}Zealand\s{1,2}dollars?`, "NZD"],
  [String.raw`Hong\s{1,2}Kong\s{1,2}dollars?`, "HKD"],
  [String.raw`Singapore\s{1,2}dollars?`, "SGD"],
  [String.raw`dollars?`, "USD"],
  [String.raw`euros?`, "EUR"],
  [String.raw`pounds?\s{1,2}sterling|British\s{1,2}pounds?|sterling`, "GBP"],
  [String.raw`Egyptian\s{1,2}pounds?`, "EGP"],
  [String.raw`Lebanese\s{1,2}pounds?`, "LBP"],
  [String.raw`Syrian\s{1,2}pounds?`, "SYP"],
  [String.raw`South\s{1,2}Sudanese\s{1,2}pounds?`, "SSP"],
  [String.raw`Sudanese\s{1,2}pounds?`, "SDG"],
  [String.raw`pounds?(?!\s{1,2}of\b)`, "GBP"],
  [String.raw`Swiss\s{1,2}francs?`, "CHF"],
  [String.raw`Swedish\s{1,2}kron(?:a|or)`, "SEK"],
  [String.raw`Norwegian\s{1,2}kron(?:e|er)`, "NOK"],
  [String.raw`Danish\s{1,2}kron(?:e|er)`, "DKK"],
  [String.raw`(?:Japanese\s{1,2})?yen`, "JPY"],
  [String.raw`(?:Chinese\s{1,2})?(?:yuan|renminbi)`, "CNY"],
  [String.raw`Indian\s{1,2}rupees?`, "INR"],
  [String.raw`Pakistani\s{1,2}rupees?`, "PKR"],
  [String.raw`Iraqi\s{1,2}dinars?`, "IQD"],
  [String.raw`Jordanian\s{1,2}dinars?`, "JOD"],
  [String.raw`Kuwaiti\s{1,2}dinars?`, "KWD"],
  [String.raw`Libyan\s{1,2}dinars?`, "LYD"],
  [String.raw`Tunisian\s{1,2}dinars?`, "TND"],
  [String.raw`Algerian\s{1,2}dinars?`, "DZD"],
  [String.raw`Bahraini\s{1,2}dinars?`, "BHD"],
  [String.raw`dinars?`, "IQD"],
  [String.raw`Saudi\s{1,2}(?:riyals?|rials?)`, "SAR"],
  [String.raw`Qatari\s{1,2}(?:riyals?|rials?)`, "QAR"],
  [String.raw`Omani\s{1,2}(?:rials?|riyals?)`, "OMR"],
  [String.raw`Yemeni\s{1,2}(?:rials?|riyals?)`, "YER"],
  [String.raw`Iranian\s{1,2}(?:rials?|riyals?)`, "IRR"],
  [String.raw`(?:UAE|Emirati)\s{1,2}dirhams?`, "AED"],
  [String.raw`Moroccan\s{1,2}dirhams?`, "MAD"],
  [String.raw`Turkish\s{1,2}lir(?:a|as|e)`, "TRY"],
  [String.raw`(?:new\s{1,2})?(?:Israeli\s{1,2})?(?:shekels?|sheqel(?:s|im)?)`, "ILS"],
  [String.raw`(?:Russian\s{1,2})?(?:roubles?|rubles?)`, "RUB"],
  // Currencies of the countries users' documents come from, by their own names.
  [String.raw`(?:CFA\s{1,2}francs?|francs?\s{1,2}CFA)`, "XOF"],
  [String.raw`Kenyan\s{1,2}shillings?`, "KES"],
  [String.raw`Ugandan\s{1,2}shillings?`, "UGX"],
  [String.raw`Tanzanian\s{1,2}shillings?`, "TZS"],
  [String.raw`Somali\s{1,2}shillings?`, "SOS"],
  [String.raw`(?:Malawian\s{1,2})?kwacha`, "MWK"],
  [String.raw`dólares?`, "USD"],
  [String.raw`bolivianos?`, "BOB"],
  [String.raw`quetzal(?:es)?`, "GTQ"],
  [String.raw`lempiras?`, "HNL"],
  [String.raw`soles`, "PEN"],
  [String.raw`guaran[ií](?:es)?`, "PYG"],
  [String.raw`rupiah`, "IDR"],
  [String.raw`riels?`, "KHR"],
  [String.raw`kyats?`, "MMK"],
  [String.raw`baht`, "THB"],
  [String.raw`taka`, "BDT"],
  [String.raw`tenge`, "KZT"],
  [String.raw`somoni`, "TJS"],
  [String.raw`leones?`, "SLE"],
  [String.raw`ariary`, "MGA"],
  [String.raw`naira`, "NGN"],
  [String.raw`cedis?`, "GHS"],
  [String.raw`(?:South\s{1,2}African\s{1,2})?rand`, "ZAR"],
  [String.raw`birr`, "ETB"],
  [String.raw`vatu`, "VUV"],
  [String.raw`kina`, "PGK"],
  [String.raw`(?:tugriks?|tögrögs?)`, "MNT"],
  [String.raw`denars?`, "MKD"],
  [String.raw`afghanis?`, "AFN"],
  [String.raw`(?:Nepalese|Nepali)\s{1,2}rupees?`, "NPR"],
  [String.raw`(?:Sri\s{1,2}Lankan)\s{1,2}rupees?`, "LKR"],
];
const NAME_RES: [RegExp, string][] = NAMES.map(([src, code]) => [
  new RegExp(String.raw`^(?:${src})$`, "iu"),
  code,
]);
const NAME = NAMES.map(([src]) => src).join("|");

// A currency written after a figure: a name, a symbol, or a three-letter code.
const CUR_AFTER = String.raw`(?:${NAME})(?!\p{L})|${SYMBOL}|(?:${LOCAL_AFTER})(?!\p{L})|[A-Za-z]{3}(?!\p{L})`;

const SP = String.raw`[ \u00A0\u202F\u2009]`;
/**
 * A figure: grouped by commas, points, spaces or apostrophes (at most six groups), or plain,
 * with decimals. Never inside a longer figure, a date ("05.11.2021", "8/2014") or a time.
 */
const NUMBER_RE = new RegExp(
  String.raw`(?<![\d.,'’/:])(?:\d{1,3}(?:(?:,\d{3}){1,6}(?:\.\d{1,2})?|(?:\.\d{3}){1,6}(?:,\d{1,2})?|(?:${SP}\d{3}){1,6}(?:[.,]\d{1,2}|,${SP}\d{2}(?=${SP}?(?:[A-Z]{3}|[€$£¥])))?|(?:['’]\d{3}){1,6}(?:\.\d{1,2})?)|\d{1,15}(?:[.,]\d{1,15})?)(?!\d|[.,'’/:]\d)`,
  "gu",
);
/** A scale word or abbreviation after a figure. Sticky: read at the figure's end. */
const SCALE_RE =
  /\s{0,2}(millions?|milliards?|billions?|thousands?|millones|millón|milhões|milhão|mil|juta|miliar|lakhs?|crores?|mio\.?|mill\.?|mln\.?|mrd\.?|tsd\.?|mn|bn|m|k|b)(?![\p{L}\d])/iuy;
/** A currency after a figure or its scale ("EUR", "euros", "of dollars", "d’euros"). Sticky. */
const CUR_RE = new RegExp(String.raw`\s{0,2}(?:of\s{1,2}|d['’]\s?)?(${CUR_AFTER})`, "iuy");
/** A currency written just before a figure ("USD 250,000", "€ 3,5", "US$2", "EUR2,000"). */
const BEFORE_RE = new RegExp(
  String.raw`(?<![\p{L}\d])(${SYMBOL}|JD|${LOCAL_BEFORE}|[A-Za-z]{3})\.?\s{0,2}$`,
  "u",
);
const PERCENT_RE = /^\s?(?:%|per\s?cent\b|percent\b)/i;
const MONTH_NEXT_RE =
  /^(?:st|nd|rd|th)?\s{0,2}(?:of\s)?\s?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;
const YEAR_CONTEXT_RE =
  /(?:\b(?:in|since|by|from|until|till|to|during|year|FY|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s{1,2}|[-–/]\s?)$/i;
/** Counts, measures and other figures that no currency before them makes money. */
const NOT_MONEY_NEXT_RE =
  /^\s{0,2}(?:(?:million|thousand|hundred)\s)?(?:participants?|people|persons?|attendees|beneficiar(?:y|ies)|wom[ae]n|m[ae]n|girls?|boys?|children|youths?|young|students?|members?|famil(?:y|ies)|households?|refugees?|IDPs|trainees?|volunteers?|staff|delegates?|representatives?|organi[sz]ations?|institutions?|CSOs?|NGOs?|individuals?|residents?|citizens?|inhabitants|workers?|farmers?|teachers?|journalists?|activists?|villages?|schools?|projects|times|years?|months?|weeks?|days?|hours?|minutes?|km|kilomet(?:er|re)s?|kg|tons?|tonnes?|hectares?)\b/i;
/** "+964 750 123 4567", "Tel. 0770 123": the figure is (a group of) a phone number. */
const PHONE_BEFORE_RE =
  /(?:\+(?:\d[\d\s().-]{0,20})?|\b(?:tel|phone|mobile|fax|whatsapp)\b[.:]?\s{0,3}[\d\s().+-]{0,20})$/i;

const CURRENCY_HINT =
  /[$€£¥₹₪₺₽₩₦₮฿₸₱₫₭৳₲₴₾֏₼₵]|[A-Z]{3}|JD|\bS\/\s?\d|\b(?:Bs|VT|Rp|Rs|Kz|Db|Fdj|CFA|Le|Ar|ZiG|K[Ss]h|USh|TSh|MK|ZK|KM|Q|[Kk]r)\b|\b[REPD]\d/;
/**
 * Letters that stand for a currency only glued to an amount-shaped figure: South Africa
 * writes rand as "R1,450,000" or "R2.5 million" (a road "R21" or a round "R2" is no amount),
 * Eswatini its lilangeni as "E180,000", Botswana its pula as "P490,000", The Gambia its
 * dalasi as "D1,450,000".
 */
const GLUED_LETTERS: Record<string, string> = { R: "ZAR", E: "SZL", P: "BWP", D: "GMD" };
const NAME_HINT =
  /dollar|dólar|euro|pound|sterling|franc|kron|yen|yuan|renminbi|rupee|rupiah|dinar|denar|rial|riyal|dirham|lir[ae]|sheqel|shekel|ruble|rouble|shilling|kwacha|boliviano|quetzal|lempira|soles|guaran|riel|kyat|baht|taka|tenge|somoni|leone|ariary|naira|cedi|rand|birr|vatu|kina|tugrik|tögrög|afghani|usd|eur|gbp|chf|jpy|iqd|jod/i;

const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
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
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALE_WORDS: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};
const NUM_WORD = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const FIRST_WORD = String.raw`(?:${NUM_WORD}|half|quarter|an?)`;
const NEXT_WORD = String.raw`(?:${NUM_WORD}|half|quarter|an?|and|of|hundred|thousand|million|billion)`;
/** "two million dollars", "half a million euros", "three hundred thousand US dollars". */
const WORDS_RE = new RegExp(
  String.raw`\b(${FIRST_WORD}(?:(?:\s{1,2}|-)${NEXT_WORD}){0,10}?)(?:\s{1,2}|-)(thousand|million|billion)\s{1,2}(?:of\s{1,2})?(${CUR_AFTER})`,
  "giu",
);

/** Reads a figure whatever its separators: "235,896.85", "3.900.000", "4,4", "3 900 000". */
export function parseNumber(raw: string): number {
  const s = raw.replace(/[\s'’]/g, "");
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
  if (!w) return 1;
  // (Spanish and Portuguese "mil", Indonesian "juta" / "miliar", South Asian lakh and crore.)
  if (w === "mil") return 1e3;
  if (w === "juta") return 1e6;
  if (w === "miliar") return 1e9;
  if (w.startsWith("lakh")) return 1e5;
  if (w.startsWith("crore")) return 1e7;
  if (w.startsWith("b") || w.startsWith("mrd") || w.startsWith("milliard")) return 1e9;
  if (w.startsWith("m")) return 1e6;
  return 1e3;
}

/** The crown a document writes "kr" for: the one it names by code or name, else the Danish. */
function crownOf(text: string): string {
  const named = /\b(NOK|SEK|ISK|DKK)\b|\b(Norwegian|Swedish|Icelandic|Danish)\s+kron/.exec(text);
  const byName: Record<string, string> = { Norwegian: "NOK", Swedish: "SEK", Icelandic: "ISK" };
  return named?.[1] ?? byName[named?.[2] ?? ""] ?? "DKK";
}

/** The ISO 4217 code of a currency symbol, code or name, if known. */
export function currencyOf(word: string | undefined): string | undefined {
  const w = (word ?? "").trim();
  if (!w) return undefined;
  const symbol = SYMBOLS[w.replace(/[\s.]/g, "")];
  if (symbol) return symbol;
  if (/^[A-Z]{3}$/.test(w) && ISO_CODES.has(w)) return w;
  if (/^[a-z]{3}$/i.test(w) && CASELESS.has(w.toUpperCase())) return w.toUpperCase();
  return NAME_RES.find(([re]) => re.test(w))?.[1];
}

const round = (n: number): number => Math.round(n * 100) / 100;
const plausible = (n: number): boolean => Number.isFinite(n) && n > 0 && n < MAX_AMOUNT;

/** A figure shaped like an amount: grouped, with decimals, or 1000 and above and not a year. */
function amountShaped(raw: string, value: number, scaled: boolean): boolean {
  return scaled || /[.,\s'’]/.test(raw) || (value >= 1000 && !/^(?:19|20)\d\d$/.test(raw));
}

/**
 * Finds money amounts in `text[from, to)`. Bare figures count only where `defaultCurrency`
 * is given (a table headed "Amount in US$"; then figures below 1000 without a scale word do
 * not) or a currency stands next to them.
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
  if (!digits && !/illion|thousand/i.test(slice)) return out;
  // Every amount names its currency unless a default is given: skip text that names none.
  if (!defaultCurrency && !CURRENCY_HINT.test(slice) && !NAME_HINT.test(slice)) return out;
  if (digits) {
    NUMBER_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NUMBER_RE.exec(slice)) !== null) {
      const found = readFigure(slice, m.index, m[0], defaultCurrency);
      if (!found) continue;
      const start = from + found.start;
      const end = from + found.end;
      // ("kr. 250.000": which crown the document's codes or names tell.)
      const crowned = found.currency === "DKK" && /\b[Kk]r\b/.test(text.slice(start, end));
      out.push({ ...found, start, end, currency: crowned ? crownOf(text) : found.currency });
    }
  }
  if (/illion|thousand/i.test(slice)) {
    WORDS_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORDS_RE.exec(slice)) !== null) {
      const s = from + m.index;
      const e = s + m[0].length;
      const currency = currencyOf(m[3]);
      const base = wordsValue(m[1] ?? "");
      const amount = round(base * (SCALE_WORDS[(m[2] ?? "").toLowerCase()] ?? 1));
      if (!currency || !plausible(amount)) continue;
      if (out.some((a) => a.start < e && a.end > s)) continue;
      out.push({ start: s, end: e, amount, currency });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The amount a figure at `start` in `slice` states, with its currency and span, if any. */
function readFigure(
  slice: string,
  start: number,
  raw: string,
  defaultCurrency: string | undefined,
): AmountMatch | undefined {
  const end = start + raw.length;
  const prev = slice.charAt(start - 1);
  // A currency before the figure ends in a letter, a symbol or a point, then at most two spaces.
  const lead = /\s/.test(prev)
    ? /\s/.test(slice.charAt(start - 2))
      ? slice.charAt(start - 3)
      : slice.charAt(start - 2)
    : prev;
  // (Peru's sol is written "S/ 1,250,000": a slash that ends the symbol.)
  const sol = lead === "/" && /\bS\/\s{0,2}$/.test(slice.slice(Math.max(0, start - 5), start));
  const before =
    lead && (sol || !/[\d\s,;:()[\]"“”'’%+=*/-]/.test(lead))
      ? BEFORE_RE.exec(slice.slice(Math.max(0, start - 10), start))
      : null;
  const glued =
    !before && !/[\p{L}\d]/u.test(slice.charAt(start - 2)) ? GLUED_LETTERS[prev] : undefined;
  const beforeCode = before ? currencyOf(before[1]) : glued;
  // (How far before the figure its currency starts.)
  const leadLength = glued ? 1 : beforeCode ? (before?.[0].length ?? 0) : 0;
  // "COVID19", "G20", "A4": a figure glued to letters is no amount unless they are a code.
  if (!beforeCode && /\p{L}/u.test(prev)) return undefined;
  const ahead = slice.slice(end, end + 48);
  // A scale or currency after the figure starts with a letter or a symbol.
  const next = /^\s{0,2}([^\s])/.exec(ahead)?.[1] ?? "";
  const word = next !== "" && !/[\d,;:()[\]"“”'’%+=*/.-]/.test(next);
  SCALE_RE.lastIndex = 0;
  const sm = word ? SCALE_RE.exec(ahead) : null;
  let scaleWord = sm?.[1];
  const scaleEnd = sm ? SCALE_RE.lastIndex : 0;
  CUR_RE.lastIndex = scaleEnd;
  const cm = word ? CUR_RE.exec(ahead) : null;
  let afterCode = cm ? currencyOf(cm[1]) : undefined;
  const curEnd = cm ? CUR_RE.lastIndex : scaleEnd;
  // "in 2019 EUR 500,000": a currency followed by a figure belongs to that figure.
  if (afterCode && (beforeCode || /^\s{0,2}\d/.test(ahead.slice(curEnd)))) afterCode = undefined;
  const explicit = beforeCode ?? afterCode;
  const currency = explicit ?? defaultCurrency;
  if (!currency) return undefined;
  // "5 m", "3 k": a one-letter scale only beside a written currency.
  if (scaleWord && scaleWord.length === 1 && !explicit) scaleWord = undefined;
  const scale = scaleOf(scaleWord);
  // "0770 123 4567", "05": money is not written with a leading zero.
  if (/^0\d/.test(raw)) return undefined;
  const value = parseNumber(raw);
  // Under a default currency, small bare figures are counts and ranks, not money.
  if (!explicit && scale === 1 && value < 1000) return undefined;
  const used = afterCode ? curEnd : scaleWord ? scaleEnd : 0;
  // "5th", "10km": letters glued to the figure that are neither scale nor currency.
  if (used === 0 && /^\p{L}/u.test(ahead)) return undefined;
  if (PERCENT_RE.test(ahead)) return undefined;
  const behind = slice.slice(Math.max(0, start - 24), start - leadLength);
  if (PHONE_BEFORE_RE.test(behind)) return undefined;
  const year = scale === 1 && /^(?:19|20)\d\d$/.test(raw);
  // A year is money only right after a currency ("$2020"), and never after "in", "since", a month.
  if (year && (!beforeCode || YEAR_CONTEXT_RE.test(behind))) return undefined;
  // "250 participants", "12 May": counts and dates; a currency after the figure settles it.
  if (!afterCode && (NOT_MONEY_NEXT_RE.test(ahead.slice(used)) || MONTH_NEXT_RE.test(ahead)))
    return undefined;
  if (explicit && !USUAL_CODES.has(explicit) && !amountShaped(raw, value, scale !== 1))
    return undefined;
  // (A letter glued to a bare run of digits is a code or a model: "E1000", "P4000".)
  if (glued && scale === 1 && !/[.,\s'’]/.test(raw)) return undefined;
  const amount = round(value * scale);
  if (!plausible(amount)) return undefined;
  const s = start - leadLength;
  const e = end + ahead.slice(0, used).trimEnd().length;
  return { start: s, end: e, amount, currency };
}

/** The value of number words: "two and a half" 2.5, "three hundred" 300, "half a" 0.5. */
function wordsValue(phrase: string): number {
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  let total = 0;
  let current = 0;
  words.forEach((w, i) => {
    const n = NUMBER_WORDS[w];
    if (n !== undefined) current += n;
    else if (w === "half" || w === "quarter") current += w === "half" ? 0.5 : 0.25;
    else if (w === "a" || w === "an") {
      const next = words[i + 1];
      if (current === 0 && next !== "half" && next !== "quarter") current = 1;
    } else if (w === "hundred") current = (current || 1) * 100;
    else if (w in SCALE_WORDS) {
      total += (current || 1) * (SCALE_WORDS[w] ?? 1);
      current = 0;
    }
  });
  return total + current;
}
