/**
 * Legacy code pages for files that are not valid UTF-8: decodes Windows-1252 and
 * Windows-1256 and picks the one under which the text reads plausibly (Arabic words made of
 * Arabic letters, Latin words with the odd accented letter).
 */

/** Windows-1252 characters for bytes 0x80–0x9F (undefined bytes stay as C1 controls). */
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** A legacy code page the decoder can fall back to. */
export type LegacyEncoding = "windows-1252" | "windows-1256";

/**
 * Decodes Windows-1252. Some runtimes (Node up to v22) treat the label as Latin-1, so the
 * 0x80–0x9F range is mapped here from the WHATWG table whatever the runtime does.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const raw = new TextDecoder("windows-1252").decode(bytes);
  return raw.replace(/[\u0080-\u009f]/g, (c) =>
    String.fromCharCode(CP1252_C1[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)),
  );
}

/** Decodes Windows-1256 (Arabic) with the runtime's WHATWG decoder. */
export function decodeWindows1256(bytes: Uint8Array): string {
  return new TextDecoder("windows-1256").decode(bytes);
}

const ARABIC = /[\u0600-\u06ff]/u;
const LATIN_ASCII = /[A-Za-z]/;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Counts words under a Windows-1256 reading: words entirely in Arabic script against words
 * that mix Arabic letters into Latin ones (what Latin text with accents turns into).
 */
function arabicPlausibility(text: string): { arabicWords: number; mixedWords: number } {
  let arabicWords = 0;
  let mixedWords = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!ARABIC.test(word)) continue;
    if (LATIN_ASCII.test(word)) mixedWords++;
    else arabicWords++;
  }
  return { arabicWords, mixedWords };
}

/**
 * Decodes bytes that are not UTF-8 as Windows-1256 when that yields Arabic words more often
 * than Latin words with Arabic letters inside, else as Windows-1252.
 */
export function decodeLegacy(bytes: Uint8Array): { text: string; encoding: LegacyEncoding } {
  const arabic = decodeWindows1256(bytes);
  const { arabicWords, mixedWords } = arabicPlausibility(arabic);
  if (arabicWords > 0 && arabicWords > mixedWords)
    return { text: arabic, encoding: "windows-1256" };
  return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
}
