/**
 * A second look at every document for names learnt anywhere in the corpus: a multi-word
 * organisation named in one document is found again in another, in a title-case headline,
 * or in lower case ("peace and freedom organization"). Names are indexed by their first
 * word, so the scan stays linear in the number of tokens.
 */
import type { DocAnalysis, Mention } from "./model.ts";
import { addName } from "./mentions.ts";
import { isPossessive, matchKey } from "./text.ts";

const MAX_WORDS = 10;

/**
 * Characters and sequences that make the key of a span differ from its tokens' keys joined
 * by spaces: symbols that decompose into letters ("™"), the context-dependent final sigma,
 * and an "'s" that is not a possessive token of its own.
 */
const UNJOINABLE =
  /[^\p{L}\p{N}\p{M}\s\x21-\x7e\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac\u00a3\u00ab\u00bb]|\u03a3|[`´‘]s|(?:^|[^\p{L}\p{N}])['’]s/u;

/**
 * True when, in `text`, the matching key of every run of tokens not starting with "the" is
 * the keys of its tokens joined by spaces, so keys can be built word by word (sentences
 * where it is not take the full key of each run). The "non-governmental organisation" fold
 * spans words and is excluded too.
 */
export function joinableKeys(text: string): boolean {
  if (/governmental/i.test(text)) return false;
  if (!NON_ASCII.test(text)) return !/`s|(?:^|[^A-Za-z0-9])'s/.test(text);
  return !UNJOINABLE.test(text);
}

const NON_ASCII = /[^\p{ASCII}]/u;

interface TrieNode {
  next: Map<string, TrieNode>;
  ref?: string;
}

/** The names known anywhere in the corpus: full keys, first words, and a trie of words. */
export interface CorpusNameIndex {
  known: Map<string, string>;
  firstWords: Set<string>;
  root: TrieNode;
}

/** Indexes the organisation and person names recognised in every document. */
export function corpusNameIndex(analyses: readonly DocAnalysis[]): CorpusNameIndex {
  const known = new Map<string, string>();
  const firstWords = new Set<string>();
  /** The known keys as a trie of words: a longer n-gram can only match through a prefix. */
  const root: TrieNode = { next: new Map() };
  for (const an of analyses) {
    for (const m of an.mentions) {
      if (m.kind === "event") continue;
      const name = an.text.slice(m.start, m.end);
      const words = name.split(/\s+/);
      if (words.length < 2 && m.kind === "person") continue;
      const key = matchKey(name);
      if (!key || known.has(key)) continue;
      known.set(key, m.ref);
      firstWords.add(key.split(" ")[0] ?? "");
      let node = root;
      for (const w of key.split(" ")) {
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = { next: new Map() }));
        node = child;
      }
      node.ref = m.ref;
    }
  }
  return { known, firstWords, root };
}

/**
 * Adds mentions of known names wherever they recur in one document (its `tokens` and
 * `sentTokens` must be present).
 */
export function addCorpusNames(an: DocAnalysis, index: CorpusNameIndex): void {
  const { known, firstWords, root } = index;
  const added: Mention[] = [];
  const cover = new Uint8Array(an.text.length);
  for (const m of an.mentions) if (m.kind !== "event") cover.fill(1, m.start, m.end);
  const covered = (s: number, e: number): boolean => {
    for (let p = s; p < e; p++) if (cover[p] === 1) return true;
    return false;
  };
  const { tokens, text } = an;
  an.sentTokens.forEach(([from, to], si) => {
    let local: boolean | undefined;
    for (let i = from; i < to; i++) {
      const first = matchKey(tokens[i]?.text ?? "");
      if (!firstWords.has(first)) continue;
      local ??= joinableKeys(text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0));
      const incremental = local && first !== "the";
      const s = tokens[i]?.start ?? 0;
      let best: { end: number; ref: string } | undefined;
      let node = root.next.get(first);
      for (let j = i; j < Math.min(to, i + MAX_WORDS); j++) {
        if (incremental && j > i) {
          const k = matchKey(tokens[j]?.text ?? "");
          if (k) for (const w of k.includes(" ") ? k.split(" ") : [k]) node = node?.next.get(w);
          if (!node) break;
        }
        // A name never ends on punctuation ("Sanad;", "Ajyal."), though it may hold some, nor
        // on a possessive ("in Aqisseq’s clubhouse").
        const word = tokens[j]?.text ?? "";
        if (j > i && (!/[\p{L}\p{N}]/u.test(word) || isPossessive(word))) continue;
        const e = tokens[j]?.end ?? 0;
        const ref = incremental ? node?.ref : known.get(matchKey(text.slice(s, e)));
        if (ref && (j > i || /^\p{Lu}/u.test(tokens[i]?.text ?? ""))) best = { end: e, ref };
      }
      if (best && !covered(s, best.end)) {
        added.push({
          start: s,
          end: best.end,
          ref: best.ref,
          kind: best.ref.startsWith("p:") ? "person" : "org",
          sentence: si,
        });
        addName(an, best.ref, text.slice(s, best.end));
      }
    }
  });
  if (added.length)
    an.mentions = [...an.mentions, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Adds mentions of known organisation and person names wherever they recur. */
export function corpusNames(analyses: DocAnalysis[]): void {
  const index = corpusNameIndex(analyses);
  for (const an of analyses) addCorpusNames(an, index);
}
