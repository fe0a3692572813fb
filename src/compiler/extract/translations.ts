/**
 * A body named in its own language and, beside it, in English: "Karnali Mahila Adhikar Manch
 * (Karnali Women's Rights Forum, KMAM)", "the Delta Women's Collective, known in Sindhi as
 * Sindhu Delta Aurat Sangat", "the Coalition X (CX) – in English, the X Coalition". The two names
 * are one body.
 */
import { initials } from "./acronyms.ts";
import type { DocAnalysis, Mention } from "./model.ts";
import { OPENING_HEADS } from "./lexicon.ts";
import { isAcronym } from "./text.ts";

/** English head nouns of bodies' names: the bracketed name must be one. */
const ENGLISH_HEAD =
  /\b(?:Organi[sz]ation|Association|Foundation|Network|Centre|Center|Institute|Council|Committee|Forum|Union|Coalition|Society|Collective|Group|Alliance|Federation|Trust|Movement|League|Platform|Initiative|Cooperative|Club|Circle|Agency|Office|Ministry)\b/;
/** Between a name and its translation in brackets: "(", "(in English: ". */
const OPEN_BRACKET = /^[*_]*\s*\(\s*(?:in\s+English\s*:?\s*|English\s*:\s*)?$/i;
/** Between a name and its translation on one line: " – ". */
const DASH_GLOSS = /^[*_]*[ \t]+[–—][ \t]+[*_]*$/;
/** After the translation: perhaps the body's acronym, then the bracket's end. */
const CLOSE_BRACKET = /^\s*(?:,\s*(\p{Lu}{2,8})\s*)?\)/u;
/** An explicit cue: ", known in Sindhi as ", " (locally called ". */
const KNOWN_AS =
  /^[*_]*\s*(?:\([^()\n]{1,12}\)\s*)?(?:[,(]?\s*(?:also\s+)?(?:known|called|named)\s+(?:locally\s+|in\s+\p{L}+\s+|in\s+the\s+local\s+language\s+)?as|[,(–—-]?\s*in\s+(?:English|French|Arabic|Spanish|Portuguese)\s*[,:]?)\s+(?:the\s+)?[*_]*$/u;

/** A name read as a gathering's that is as often a body's ("… Women's Rights Forum"). */
const BODY_LIKE = /\b(?:Forum|Platform)$/;

/**
 * Links the two names of each such body. `asBody` turns a name read as an event's into a
 * body's mention ("Karnali Mahila Adhikar Manch (Karnali Women's Rights Forum)").
 */
export function linkTranslations(an: DocAnalysis, asBody: (m: Mention) => void): void {
  glossedNames(an, asBody);
  const named: Mention[] = an.mentions
    .filter(
      (m) =>
        m.kind === "org" || (m.kind === "event" && BODY_LIKE.test(an.text.slice(m.start, m.end))),
    )
    .sort((a, b) => a.start - b.start);
  for (let i = 0; i < named.length; i++) {
    const a = named[i] as Mention;
    if (a.kind !== "org") continue;
    // (The body's own acronym may stand between: "X (IDWC), known in Sindhi as Y".)
    const b = named
      .slice(i + 1)
      .find((m) => m.ref !== a.ref && !isAcronym(an.text.slice(m.start, m.end)));
    if (!b || b.start - a.end > 60) continue;
    const gap = an.text.slice(a.end, b.start);
    const nameA = an.text.slice(a.start, a.end);
    const nameB = an.text.slice(b.start, b.end);
    const link = (): void => {
      if (b.kind === "event") asBody(b);
      an.links.push([a.ref, b.ref]);
    };
    if (KNOWN_AS.test(gap)) {
      link();
      continue;
    }
    // ("Ururka Qurbajoogta Horumar – Horumar Diaspora Association": a masthead's line of the
    // two names, set apart by a dash.)
    const dashed =
      DASH_GLOSS.test(gap) && /^[ \t*_]*(?:\n|$)/.test(an.text.slice(b.end, b.end + 4));
    if (!dashed && !OPEN_BRACKET.test(gap)) continue;
    const close = dashed ? [""] : CLOSE_BRACKET.exec(an.text.slice(b.end, b.end + 14));
    if (!close) continue;
    // The bracket translates: an English name beside one whose head is not English (either
    // way round), two names of several words each; an acronym in the bracket spells one.
    if (ENGLISH_HEAD.test(nameA) === ENGLISH_HEAD.test(nameB)) continue;
    const [own, english] = ENGLISH_HEAD.test(nameB) ? [nameA, nameB] : [nameB, nameA];
    if (own.split(/\s+/).length < 2 || english.split(/\s+/).length < 2) continue;
    // (A translation keeps the body's proper name, its place or its own word, "Karnali";
    // or the other name is plainly in another language.)
    const ownWords = new Set(own.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)));
    const sharesWord = english.split(/\s+/).some((w) => ownWords.has(w) && !ENGLISH_HEAD.test(w));
    // (The English name first wants a plainly foreign one in the bracket.)
    const foreign = inAnotherLanguage(own);
    if (!foreign && (!sharesWord || own === nameB)) continue;
    const acronym = close[1];
    if (acronym && acronym !== initials(nameA) && acronym !== initials(nameB)) continue;
    link();
  }
}

/** English words that stand lower-case inside a body's name. */
const ENGLISH_CONNECTORS = new Set(["of", "and", "for", "the", "in", "on", "at", "to", "with"]);

/**
 * A name plainly in another language: a letter English does not write ("Kąt", "Associação"),
 * a lower-case word English does not use inside names ("de", "krovovi"), or another
 * language's head opening it ("Udruga", "Stowarzyszenie").
 */
function inAnotherLanguage(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    /[^\p{ASCII}‘’–—]/u.test(name) ||
    words.some((w) => /^\p{Ll}+$/u.test(w) && !ENGLISH_CONNECTORS.has(w)) ||
    OPENING_HEADS.has(words[0] ?? "")
  );
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A name of one to four capitalised words, then a gloss naming a body in English with "the"
 * ("(the Wellspring Network)"), which a person's affiliation in brackets does not take.
 */
const GLOSSED =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?:[ ]\p{Lu}[\p{L}'’-]*){0,3})\s*\(\s*the\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,5}\p{Lu}[\p{L}'’-]*)\s*\)/gu;

/**
 * "Red Manantial (the Wellspring Network)", "Sauti Moja (the Strong Voice Collective)": a
 * name without an English head (read as a person's by its shape, or not read at all) glossed
 * in brackets by a body's English name is that body's own name.
 */
function glossedNames(an: DocAnalysis, asBody: (m: Mention) => void): void {
  if (!an.text.includes("(the ")) return;
  const before = an.mentions.length;
  for (const g of an.text.matchAll(GLOSSED)) {
    const own = (g[1] ?? "").replace(/^The\s+/, "");
    const english = g[2] ?? "";
    const start = (g.index ?? 0) + (g[1] ?? "").length - own.length;
    const end = start + own.length;
    if (!own.includes(" ") || !ENGLISH_HEAD.test(english.slice(english.lastIndexOf(" ") + 1)))
      continue;
    if (ENGLISH_HEAD.test(own)) continue;
    const a = an.mentions.find((m) => m.start === start && m.end === end);
    if (a && a.kind !== "person") continue;
    if (!a && an.mentions.some((m) => m.start < end && m.end > start)) continue;
    if (/\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s*$/.test(an.text.slice(Math.max(0, start - 6), start)))
      continue;
    // (A person told of as one elsewhere keeps the name: "Mr Karimi", "Karimi said".)
    const family = escapeRegExp(own.slice(own.lastIndexOf(" ") + 1));
    const asPerson = new RegExp(
      `\\b(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+${family}\\b|\\b${family}\\s+(?:said|says|told|added|explained|noted|stressed)\\b`,
      "u",
    );
    if (asPerson.test(an.text)) continue;
    const sentence = an.seg.sentences.findIndex((x) => start >= x.start && start < x.end);
    const body: Mention = a ?? { start, end, ref: "", kind: "org", sentence };
    asBody(body);
    if (!a) an.mentions.push(body);
    const bStart = (g.index ?? 0) + g[0].lastIndexOf(english);
    const bEnd = bStart + english.length;
    const b = an.mentions.find((m) => m.start === bStart && m.end === bEnd);
    if (b) {
      if (b.kind !== "org") asBody(b);
      an.links.push([body.ref, b.ref]);
    } else {
      an.mentions.push({ start: bStart, end: bEnd, ref: body.ref, kind: "org", sentence });
      an.names.get(body.ref)?.add(english);
    }
  }
  if (an.mentions.length > before) an.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}
