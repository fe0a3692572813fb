/**
 * Places the corpus itself names as places, so that the same words read elsewhere as a body
 * or a person ("Luludi, Ostrava (online)", a cell "Union Island") are dropped there. A
 * document names a place where it writes a run of one to three capitalised words
 * - after "in" ("met in Puri on 18 January", "in St Elizabeth"), not after a verb of joining
 *   ("took part in X", "a member in X");
 * - before a country ("Ostrava, Czech Republic", "Puri, India)");
 * - before a lower-case noun of places ("in Ganjam district", "above the Mo Chhu valley"),
 *   which also makes the run with its noun a place ("(Puri district)").
 * A run that holds a body's head, an acronym, a known body, a date word or an event's head is
 * never learnt as a place.
 */
import { COUNTRIES } from "../gazetteer.ts";
import { EVENT_HEADS, LOWER_PLACE_NOUNS, ORG_HEADS } from "./lexicon.ts";
import type { DocAnalysis } from "./model.ts";
import { DATE_WORD, gazetteerLabel, regionCodeAt } from "./names.ts";
import { isAcronym, matchKey } from "./text.ts";
import type { Token } from "./text.ts";

const MAX_WORDS = 3;

/** Words before "in" that make what follows a thing joined, not a place ("took part in"). */
const JOINING_BEFORE_IN =
  /^(?:part|participated|participate|participates|participating|involved|engaged|member|members|membership|invested|invest|interest|interested|partnership|partners|partner|role|active|enrolled|included|featured|results|speaker|speakers|place)$/i;

/** Seasons, dated like months ("in Spring 2024"). */
const SEASON = /^(?:Spring|Summer|Autumn|Fall|Winter)$/;

function capitalisedWord(w: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}[\p{Ll}\p{M}'’-]*$/u.test(w);
}

/** Lower-case words that join the parts of a place's name ("Santa Rosa de Copán", "Rio do Sul"). */
const PLACE_JOINER = /^(?:de|del|da|do|dos|das|di|du|des)$/;

/**
 * The run of capitalised words starting at `i` (at most MAX_WORDS, joiners not counted), as
 * [i, end). A joiner belongs to the run only with a capitalised word after it.
 */
function runAt(tokens: Token[], i: number, to: number): number {
  let j = i;
  let words = 0;
  const spaced = (k: number): boolean => (tokens[k]?.start ?? 0) - (tokens[k - 1]?.end ?? 0) === 1;
  while (j < to && words < MAX_WORDS) {
    const word = tokens[j]?.text ?? "";
    if (j > i && !spaced(j)) break;
    if (capitalisedWord(word)) {
      words++;
      j++;
    } else if (
      j > i &&
      PLACE_JOINER.test(word) &&
      j + 1 < to &&
      spaced(j + 1) &&
      capitalisedWord(tokens[j + 1]?.text ?? "")
    ) {
      j++;
    } else break;
  }
  return j;
}

function placeLike(words: string[]): boolean {
  const name = words.join(" ");
  return (
    words.length > 0 &&
    !words.some(
      (w) =>
        ORG_HEADS.has(w) ||
        isAcronym(w) ||
        DATE_WORD.test(w) ||
        SEASON.test(w) ||
        EVENT_HEADS.has(w.toLowerCase()),
    ) &&
    !gazetteerLabel(name)
  );
}

/** The keys of the places one document names (see the module's comment). */
export function placeKeysOf(tokens: Token[], sentTokens: [number, number][]): string[] {
  const keys = new Set<string>();
  const text = (t: Token | undefined): string => t?.text ?? "";
  for (const [from, to] of sentTokens) {
    for (let i = from; i < to; i++) {
      if (!capitalisedWord(text(tokens[i])) || capitalisedWord(text(tokens[i - 1]))) continue;
      const end = runAt(tokens, i, to);
      const words = tokens.slice(i, end).map((t) => t.text);
      if (!placeLike(words)) continue;
      const before = text(tokens[i - 1]);
      const after = text(tokens[end]);
      // ("in Kayak Hands' workshop": a possessive makes the run an owner.)
      const possessive = /^['’]s?$/.test(after) && tokens[end]?.start === tokens[end - 1]?.end;
      const afterIn =
        /^(?:in|In)$/.test(before) &&
        !JOINING_BEFORE_IN.test(text(tokens[i - 2])) &&
        !possessive &&
        !COUNTRIES.has(words.join(" "));
      const country =
        after === "," &&
        (countryAt(tokens, end + 1, to) || regionCodeAt(tokens, end + 1)) &&
        !/^(?:the|The)$/.test(before);
      const placeNoun = LOWER_PLACE_NOUNS.has(after);
      if (afterIn || country || placeNoun) keys.add(matchKey(words.join(" ")));
      if (placeNoun) keys.add(matchKey(`${words.join(" ")} ${after}`));
    }
  }
  return [...keys].filter((k) => k.length > 1).sort();
}

/** True when a country's name starts at `k` and ends its phrase ("…, India)", "…, Chile."). */
function countryAt(tokens: Token[], k: number, to: number): boolean {
  for (let e = Math.min(to, k + 5); e > k; e--) {
    const name = tokens
      .slice(k, e)
      .map((t) => t.text)
      .join(" ");
    if (COUNTRIES.has(name)) return !/^[\p{L}\p{N}]/u.test(tokens[e]?.text ?? ".");
  }
  return false;
}

/**
 * True when an acronym in the name may be a body's own ("UNDP Mauritius", "HO"): not when the
 * whole name is a place written in capitals, as datelines and headings write it ("BIG BEND",
 * "MANZINI"). A single capitalised word of four letters or fewer still reads as an acronym.
 */
function keptAsAcronym(words: string[]): boolean {
  if (!words.some(isAcronym)) return false;
  const shouted = words.every((w) => /^\p{Lu}+$/u.test(w));
  return !shouted || (words.length === 1 && (words[0] ?? "").length <= 4);
}

/**
 * Drops, in every document, the mentions of bodies and persons whose name the corpus names
 * as a place (a name with a body's head word is always a body's).
 */
export function dropPlaceNames(analyses: DocAnalysis[]): void {
  const places = new Set<string>();
  for (const an of analyses) for (const k of an.placeKeys ?? []) places.add(k);
  if (places.size === 0) return;
  for (const an of analyses) {
    const dropped = new Set<string>();
    an.mentions = an.mentions.filter((m) => {
      if (m.kind === "event" || !places.has(m.ref.slice(2))) return true;
      const words = an.text.slice(m.start, m.end).split(/\s+/);
      if (words.some((w) => ORG_HEADS.has(w)) || keptAsAcronym(words)) return true;
      dropped.add(m.ref);
      return false;
    });
    for (const ref of dropped) {
      if (an.mentions.some((m) => m.ref === ref)) continue;
      an.names.delete(ref);
      an.links = an.links.filter(([a, b]) => a !== ref && b !== ref);
      an.tableFunding = an.tableFunding.filter((t) => t.ref !== ref);
    }
  }
}
