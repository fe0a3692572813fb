/**
 * A looser key for names written in Latin letters from Arabic (and for Arabic script
 * itself): the spellings one name takes in the genre ("Al-Noor", "al Noor", "Alnoor",
 * "El-Nour"; "al-Tamimi", "Altamimi", "al Tameemi"; "Abdul Rahman", "Abdulrahman",
 * "Abd al-Rahman") share one key. Pure and dependency-free apart from `matchKey`, so the
 * app's search can fold queries and names with it too.
 *
 * The key starts from `matchKey` (case, accents, tatweel, punctuation, "the", British and
 * American spellings), after apostrophes inside a word (the ayn and hamza of "Sa'ad",
 * "Ta’awun") are dropped. Then, in this order:
 *
 * 1. Articles and their spacing. A separate article word ("al", "el", "ul", and the
 *    assimilated "ad-Din", "ar-Rahman", "as-Salam", "ash-Sham", "at-", "ath-", "az-",
 *    "an-", "adh-" before a word that begins with the same consonant) is glued to the
 *    next word as "al": "al noor", "el nour", "an nour" and "alnoor" all read "al…" glued
 *    (and "alnur" after step 2). A word of five letters or more that starts with "el" reads
 *    "al" ("Elnour"; the price is that "Elias" and "Alias" would meet). "Abd" forms ("abd al", "abdul",
 *    "abdel", "abd el", "abdur-r") read "abdal" glued to what follows, and "abu"/"abou" is
 *    glued to the next word ("Abu Zaid" / "Abuzaid"). The article is never dropped: "Noor"
 *    and "Al-Noor" keep different keys.
 * 2. Vowels: "ou" and "oo" → "u" ("Nour", "Noor", "Nur"); "ee" → "i" ("Tameemi");
 *    "ei" → "ai" and "ay" before a consonant or at the end → "ai" ("Hussein", "Husayn",
 *    "Hussain"; "Zeinab", "Zainab"); "aa" → "a" ("Saad").
 * 3. "q" → "k" ("Tariq", "Tarik"; "Qasim", "Kasim"): the French and Turkish spelling of
 *    one letter.
 * 4. Doubled letters → one ("Mohammed", "Mohamed"; "Hassan", "Hasan"), after the vowel
 *    folds, so "Tameemi" and "Tamimi" meet.
 * 5. A final "ah" → "a" (the feminine ending: "Fatimah", "Fatima"; "Basrah", "Basra").
 * 6. Arabic script: alef forms (أ إ آ ٱ) → ا, ة → ه, ى and ی → ي, ک → ك, hamza carriers
 *    (ؤ ئ) → و ي; harakat and tatweel are gone already with matchKey.
 *
 * Folds deliberately left out, because they join different names: "th"/"t" (Thamer and
 * Tamer are two names, ثامر and تامر), "dh"/"z" and "dh"/"d", "e"/"a" (Samer and Samar),
 * "o"/"u" alone (Omar and Umar do meet in practice, but Amol/Amul-like pairs of unrelated
 * words would too), "g"/"j", "ch"/"sh", final "eh" (Saleh is not Sala), a bare "al" at the
 * start of a glued word ("Albania" is not "Bania").
 *
 * Words of one or two letters and Roman numerals ("Phase II") are never folded.
 *
 * `keep` names the words that are not transliterated (English head nouns, connectors): they
 * are left as matchKey gives them, so "Al-Noor Association" and "Al-Nour Foundation" keep
 * different keys whatever the folds do to their other words.
 */
import { matchKey } from "./text.ts";

/** Apostrophes and ayn/hamza marks between two letters ("Sa'ad", "Ta’awun"), not "'s". */
const INNER_MARK = /(\p{L})['’‘`ʿʾ](?!s(?:[^\p{L}]|$))(?=\p{L})/gu;
/** Assimilated articles: "ad din", "ar rahman", "ash sham". */
const SUN_ARTICLE = /^[aeu](t|th|d|dh|r|z|s|sh|n)$/;
const LATIN = /[a-z]/;
/** Roman numerals ("Phase II", "Tamkeen III"): never folded, "ii" is not "i". */
const ROMAN = /^[ivx]+$/;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/;

/** Folded words, cached (names repeat their words); cleared when it grows large. */
const FOLDED = new Map<string, string>();

/** The Latin folds of one word (steps 2 to 5). */
function foldLatin(w: string): string {
  let hit = FOLDED.get(w);
  if (hit === undefined) {
    hit = foldWord(w);
    if (FOLDED.size >= 50_000) FOLDED.clear();
    FOLDED.set(w, hit);
  }
  return hit;
}

function foldWord(w: string): string {
  let s = w;
  if (s.startsWith("el") && s.length > 4) s = `al${s.slice(2)}`;
  s = s
    .replace(/ou|oo/g, "u")
    .replace(/ee/g, "i")
    .replace(/ei/g, "ai")
    .replace(/ay(?=[^aeiouy]|$)/g, "ai")
    .replace(/aa/g, "a")
    .replace(/q/g, "k")
    .replace(/([a-z])\1+/g, "$1");
  if (s.length > 3 && s.endsWith("ah")) s = s.slice(0, -1);
  return s;
}

/** The Arabic-script folds of one word (step 6). */
function foldArabic(w: string): string {
  return w
    .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
    .replace(/\u0629/g, "\u0647")
    .replace(/[\u0649\u06cc]/g, "\u064a")
    .replace(/\u06a9/g, "\u0643")
    .replace(/\u0624/g, "\u0648")
    .replace(/\u0626/g, "\u064a");
}

/** "abdul", "abdel", "abdal", "abdur(r)…" at the start of a word: the "Abd" forms, read "abdal". */
const ABD_PREFIX = /^abd(?:ul|el|al|ol|(?=[ue]([tdrzsn])\1)[ue])(?=[a-z]{2})/;
const ABD_WORDS = new Set(["abd", "abdul", "abdel", "abdal", "abdol"]);

/** True for an article word before `next` ("al", "el", "ul", "ad" before "d…"). */
function isArticle(w: string, next: string): boolean {
  if (w === "al" || w === "el" || w === "ul") return true;
  const sun = SUN_ARTICLE.exec(w)?.[1];
  return sun !== undefined && next.startsWith(sun) && next.length > sun.length;
}

/** The article and particle rules (step 1) over the words of a key. */
function glue(words: string[]): string[] {
  // Articles first ("abd al rahman" → "abd alrahman"), then "abd" and "abu".
  const joined: string[] = [];
  const article = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const next = words[i + 1];
    if (next !== undefined && LATIN.test(next) && isArticle(w, next)) {
      article.add(joined.length);
      joined.push(`al${next}`);
      i++;
    } else joined.push(w);
  }
  const out: string[] = [];
  for (let i = 0; i < joined.length; i++) {
    const w = joined[i] ?? "";
    const next = joined[i + 1];
    if (next !== undefined && LATIN.test(next) && ABD_WORDS.has(w)) {
      out.push(`abdal${article.has(i + 1) || next === "allah" ? next.slice(2) : next}`);
      i++;
    } else if (next !== undefined && LATIN.test(next) && (w === "abu" || w === "abou")) {
      out.push(`abu${next}`);
      i++;
    } else out.push(w.replace(ABD_PREFIX, "abdal"));
  }
  return out;
}

/**
 * The transliteration key of a name (see the module comment). Two names with one key are
 * spellings of one name, unless `keep` words differ. Words that `keep` accepts (given as
 * matchKey writes them) are not folded.
 */
export function translitKey(name: string, keep?: (word: string) => boolean): string {
  const key = matchKey(name.replace(INNER_MARK, "$1"));
  if (!key) return key;
  const words = glue(key.split(" "));
  return words
    .map((w) => {
      if (keep?.(w) || w.length <= 2 || ROMAN.test(w)) return w;
      if (LATIN.test(w)) return foldLatin(w);
      return ARABIC.test(w) ? foldArabic(w) : w;
    })
    .join(" ");
}

/** True when a text holds Arabic letters. */
export function hasArabic(text: string): boolean {
  return ARABIC.test(text);
}
