/**
 * Names in Arabic script inside English documents. A name written beside its English form,
 * in any of the genre's layouts,
 *
 *   جمعية النور للتنمية (Al-Noor Development Society)
 *   Al-Noor Development Society (جمعية النور للتنمية)
 *   Al-Noor Development Society – جمعية النور للتنمية        (or ":", "/", "|")
 *   جمعية النور للتنمية – Al-Noor Development Society
 *
 * is one entity with both names: the Arabic span becomes a mention of the English name's
 * entity, and the Arabic name one of its aliases. An organisation's Arabic name keeps a ref
 * of its own, linked to the English one in this document, so that the same Arabic name
 * alone in another document joins it too; a person's or an event's Arabic name is simply
 * another name of its ref (an event's identity depends on its dates, which a bare Arabic
 * name does not carry). An Arabic name alone is a body only when it opens on a clear
 * Arabic head noun (جمعية، مؤسسة، منظمة، شبكة، مركز، اتحاد، وزارة، هيئة، مجلس، …).
 *
 * `pairArabicNames` works on one document after recognition and may run twice: it adds
 * nothing where a mention already covers the Arabic span.
 */
import { gazetteerLabel } from "./names.ts";
import type { DocAnalysis, Mention, MentionKind } from "./model.ts";
import { matchKey } from "./text.ts";
import { hasArabic, translitKey } from "./translit.ts";

/** A run of Arabic-script words separated by spaces (letters and marks, tatweel). */
const ARABIC_RUN =
  /(?:(?=[\p{Script_Extensions=Arabic}])[\p{L}\p{M}])+(?:[ \u00a0]+(?:(?=[\p{Script_Extensions=Arabic}])[\p{L}\p{M}])+)*/gu;

/** Longest Arabic name beside an English one, and alone, in words. */
const MAX_PAIRED_WORDS = 10;
const MAX_ALONE_WORDS = 7;

/** Head nouns that open the Arabic name of a body (compared after `headForm`). */
const ARABIC_HEADS = new Set(
  [
    "جمعية",
    "مؤسسة",
    "منظمة",
    "شبكة",
    "مركز",
    "اتحاد",
    "وزارة",
    "هيئة",
    "مجلس",
    "رابطة",
    "تجمع",
    "ملتقى",
    "لجنة",
    "نقابة",
    "ائتلاف",
    "تحالف",
    "معهد",
    "جامعة",
    "منصة",
    "صندوق",
    "نادي",
  ].map((w) => headForm(w)),
);

/** The English head nouns that translate each Arabic one (both as `headForm` and matchKey give them). */
const HEAD_PAIRS = new Map<string, ReadonlySet<string>>(
  (
    [
      ["جمعية", "association society charity organization"],
      ["مؤسسة", "foundation institution organization establishment institute"],
      ["منظمة", "organization association"],
      ["شبكة", "network"],
      ["مركز", "center"],
      ["اتحاد", "union federation"],
      ["وزارة", "ministry"],
      ["هيئة", "commission authority board body committee"],
      ["مجلس", "council board assembly"],
      ["رابطة", "league association"],
      ["تجمع", "coalition gathering group assembly"],
      ["ملتقى", "forum"],
      ["لجنة", "committee commission"],
      ["نقابة", "syndicate union"],
      ["ائتلاف", "coalition"],
      ["تحالف", "alliance coalition"],
      ["معهد", "institute"],
      ["جامعة", "university"],
      ["منصة", "platform"],
      ["صندوق", "fund"],
      ["نادي", "club"],
    ] as const
  ).map(([ar, en]) => [headForm(ar), new Set(en.split(" "))]),
);
const ENGLISH_HEADS = new Set([...HEAD_PAIRS.values()].flatMap((s) => [...s]));

/**
 * False when an Arabic body's head noun and the English name's head noun, both given,
 * name different kinds of body ("جمعية" is an association, not a fund).
 */
function headsAgree(arabic: string, english: string): boolean {
  const allowed = HEAD_PAIRS.get(headForm(arabic.trim().split(/\s+/)[0] ?? ""));
  if (!allowed) return true;
  const heads = matchKey(english)
    .split(" ")
    .map((w) => w.replace(/s$/, ""))
    .filter((w) => ENGLISH_HEADS.has(w));
  return heads.length === 0 || heads.some((w) => allowed.has(w));
}

/** A word as heads are compared: folded letters, without the article "ال". */
function headForm(word: string): string {
  const w = translitKey(word);
  return w.startsWith("ال") && w.length > 4 ? w.slice(2) : w;
}

/** True when an Arabic name opens on a body's head noun ("جمعية", "الاتحاد"). */
export function hasArabicHead(name: string): boolean {
  const first = name.trim().split(/\s+/)[0] ?? "";
  return ARABIC_HEADS.has(headForm(first));
}

/** "ومؤسسة": a word that joins a second body's name to the first ("و" and a head noun). */
function opensSecondBody(word: string): boolean {
  return word.startsWith("و") && word.length > 3 && ARABIC_HEADS.has(headForm(word.slice(1)));
}

/** Separators of the dash and colon layouts. */
const SEPARATOR_BEFORE = /[ \t\u00a0]*(?:[–—:|/]|-{1,2})[ \t\u00a0]*$/u;
const SEPARATOR_AFTER = /^[ \t\u00a0]*(?:[–—:|/]|-{1,2})[ \t\u00a0]*/u;
/** What may close a name in the dash layouts: a line end, punctuation, the text's end. */
const CLOSES = /^[ \t\u00a0]*(?:$|[\n.,;)\]–—|/]|-{1,2}\s)/u;
/** A Latin name in parentheses when recognition did not find one there. */
const LATIN_NAME =
  /^(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|for|and|the|in|on|de|du|des|la|le|et|pour|(?:al|el)-\p{Lu}[\p{L}\p{M}'’-]*)){0,9}$/u;

/** The rank of a partner mention's kind: a body first, then a person, then an event. */
const RANK: Record<MentionKind, number> = { org: 0, person: 1, event: 2 };

function addName(an: DocAnalysis, ref: string, name: string): void {
  let names = an.names.get(ref);
  if (!names) an.names.set(ref, (names = new Set()));
  names.add(name);
}

/** The index of the sentence holding offset `at`, or -1. */
function sentenceAt(an: DocAnalysis, at: number): number {
  const list = an.seg.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid];
    if (!s) break;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The best mention among those `pick` accepts (a body first, then the longest). */
function best(mentions: readonly Mention[], pick: (m: Mention) => boolean): Mention | undefined {
  let out: Mention | undefined;
  for (const m of mentions) {
    if (!pick(m)) continue;
    if (
      !out ||
      RANK[m.kind] < RANK[out.kind] ||
      (RANK[m.kind] === RANK[out.kind] && m.end - m.start > out.end - out.start)
    )
      out = m;
  }
  return out;
}

/** A span of the text: an English name beside an Arabic one, found or to be made. */
interface Partner {
  mention?: Mention;
  start: number;
  end: number;
}

/** The English name beside the Arabic run [s, e), in one of the four layouts. */
function partnerOf(an: DocAnalysis, s: number, e: number): Partner | undefined {
  const { text, mentions } = an;
  const name = text.slice(s, e);
  const after = text.slice(e, e + 12);
  const before = text.slice(Math.max(0, s - 12), s);
  // Two bodies' head nouns, where both give one, must agree in every layout.
  const agrees = (x: Mention): boolean => headsAgree(name, text.slice(x.start, x.end));
  // "ARABIC (English)".
  const open = /^[ \t\u00a0]*\([ \t\u00a0]*/u.exec(after);
  if (open) {
    const p = e + open[0].length;
    const m = best(
      mentions,
      (x) =>
        x.start >= p &&
        x.start <= p + 4 &&
        /^[ \t\u00a0]*[),;]/u.test(text.slice(x.end, x.end + 4)) &&
        agrees(x),
    );
    if (m) return { mention: m, start: m.start, end: m.end };
    const close = text.indexOf(")", p);
    if (close > p && close - p <= 120) {
      const inner = text.slice(p, close).trimEnd();
      if (LATIN_NAME.test(inner) && headsAgree(name, inner))
        return { start: p, end: p + inner.length };
    }
  }
  // "English (ARABIC)".
  if (/\([ \t\u00a0]*$/u.test(before) && /^[ \t\u00a0]*[),;]/u.test(after)) {
    const paren = text.lastIndexOf("(", s);
    const m = best(
      mentions,
      (x) =>
        x.end <= paren &&
        x.end >= paren - 4 &&
        /^[ \t\u00a0]*$/u.test(text.slice(x.end, paren)) &&
        agrees(x),
    );
    if (m) return { mention: m, start: m.start, end: m.end };
  }
  // "English – ARABIC": the Arabic name ends at the separator's far side ("X – ARABIC –
  // organised", "X: ARABIC."), so the dash is no clause's.
  const sepBefore = SEPARATOR_BEFORE.exec(text.slice(Math.max(0, s - 8), s));
  if (sepBefore && CLOSES.test(text.slice(e, e + 4))) {
    const at = s - sepBefore[0].length;
    const m = best(mentions, (x) => x.end === at && agrees(x));
    if (m) return { mention: m, start: m.start, end: m.end };
  }
  // "ARABIC – English": the English name ends likewise.
  const sepAfter = SEPARATOR_AFTER.exec(after);
  if (sepAfter) {
    const at = e + sepAfter[0].length;
    const m = best(
      mentions,
      (x) => x.start === at && CLOSES.test(text.slice(x.end, x.end + 4)) && agrees(x),
    );
    if (m) return { mention: m, start: m.start, end: m.end };
  }
  return undefined;
}

/** The Arabic names of a run: split before "و" and a head noun ("… ومؤسسة …"). */
function namesOfRun(run: string, start: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of run.matchAll(/\S+/gu)) {
    const at = m.index;
    if (at > from && opensSecondBody(m[0])) {
      out.push({ start: start + from, end: start + run.slice(0, at).trimEnd().length });
      from = at + 1;
    }
  }
  out.push({ start: start + from, end: start + run.length });
  return out;
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * True when a text is written mostly in Arabic: its sentences are not names set in English
 * prose, so no Arabic run of it is taken for a body's name alone.
 */
function mostlyArabic(text: string): boolean {
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) latin++;
    else if (c >= 0x0621 && c <= 0x064a) arabic++;
  }
  return arabic > 2 * latin;
}

/**
 * Adds the mentions of a document's Arabic names (see the module comment): each beside its
 * English name becomes one of that entity's names, each body's name alone a body.
 */
export function pairArabicNames(an: DocAnalysis): void {
  const { text } = an;
  if (!hasArabic(text)) return;
  const alone = !mostlyArabic(text);
  const added: Mention[] = [];
  const links: [string, string][] = [];
  const covered = (s: number, e: number): boolean =>
    an.mentions.some((m) => m.kind !== "event" && s < m.end && e > m.start) ||
    an.mentions.some((m) => m.start === s && m.end === e);
  for (const run of text.matchAll(ARABIC_RUN)) {
    const s = run.index;
    const e = s + run[0].length;
    if (covered(s, e)) continue;
    const name = run[0];
    const head = hasArabicHead(name);
    const partner = wordCount(name) <= MAX_PAIRED_WORDS ? partnerOf(an, s, e) : undefined;
    const sentence = sentenceAt(an, s);
    // A body's Arabic name beside a person's name is the body they belong to, not a name of
    // theirs; beside anything else, the two are one entity's names.
    if (partner && !(head && partner.mention?.kind === "person")) {
      const m = partner.mention;
      if (m && m.kind !== "org") {
        added.push({ start: s, end: e, ref: m.ref, kind: m.kind, sentence });
        addName(an, m.ref, name);
        continue;
      }
      let latinRef = m?.ref;
      if (!latinRef && head) {
        // "جمعية النور (Al-Noor Society)" where recognition found no name in the parentheses.
        const latin = text.slice(partner.start, partner.end).replace(/^the\s+/, "");
        const start = partner.end - latin.length;
        latinRef = `o:${matchKey(gazetteerLabel(latin) ?? latin)}`;
        if (!covered(start, partner.end)) {
          added.push({ start, end: partner.end, ref: latinRef, kind: "org", sentence });
          addName(an, latinRef, latin);
        }
      }
      if (latinRef) {
        const ref = `o:${matchKey(name)}`;
        added.push({ start: s, end: e, ref, kind: "org", sentence });
        addName(an, ref, name);
        links.push([latinRef, ref]);
        continue;
      }
    }
    // An Arabic body's name alone, or two joined by "و".
    if (!alone) continue;
    for (const part of namesOfRun(name, s)) {
      const piece = text.slice(part.start, part.end);
      if (!hasArabicHead(piece) || wordCount(piece) < 2 || wordCount(piece) > MAX_ALONE_WORDS)
        continue;
      if (covered(part.start, part.end)) continue;
      const ref = `o:${matchKey(piece)}`;
      added.push({ start: part.start, end: part.end, ref, kind: "org", sentence });
      addName(an, ref, piece);
    }
  }
  if (added.length)
    an.mentions = [...an.mentions, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const l of links) an.links.push(l);
}
