/**
 * A second look at every document for names learnt anywhere in the corpus: a multi-word
 * organisation named in one document is found again in another, in a title-case headline,
 * or in lower case ("peace and freedom organization"). Names are indexed by their first
 * word, so the scan stays linear in the number of tokens.
 */
import type { DocAnalysis, Mention } from "./model.ts";
import { addName } from "./recognise.ts";
import { matchKey } from "./text.ts";

const MAX_WORDS = 10;

/** Adds mentions of known organisation and person names wherever they recur. */
export function corpusNames(analyses: DocAnalysis[]): void {
  const known = new Map<string, string>();
  const firstWords = new Set<string>();
  /** Every word prefix of a known key: a longer n-gram can only match through one. */
  const prefixes = new Set<string>();
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
      for (let at = key.indexOf(" "); at >= 0; at = key.indexOf(" ", at + 1))
        prefixes.add(key.slice(0, at));
      prefixes.add(key);
    }
  }
  for (const an of analyses) {
    const added: Mention[] = [];
    const covered = (s: number, e: number): boolean =>
      an.mentions.some((m) => m.kind !== "event" && s < m.end && e > m.start);
    const { tokens, text } = an;
    an.sentTokens.forEach(([from, to], si) => {
      // In ASCII text the key of an n-gram is its tokens' keys joined by spaces, except for
      // the "non-governmental organisation" fold, a leading "the" and a stray "'s" token;
      // a sentence with any of them takes the full key of each n-gram.
      let local: boolean | undefined;
      for (let i = from; i < to; i++) {
        const first = matchKey(tokens[i]?.text ?? "");
        if (!firstWords.has(first)) continue;
        if (local === undefined) {
          const body = text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
          local =
            !/governmental/i.test(body) && !/[^\p{ASCII}]|(?:^|[^A-Za-z0-9])['`]s/u.test(body);
        }
        const incremental = local && first !== "the";
        const s = tokens[i]?.start ?? 0;
        let best: { end: number; ref: string } | undefined;
        let acc = first;
        for (let j = i; j < Math.min(to, i + MAX_WORDS); j++) {
          if (incremental && j > i) {
            const k = matchKey(tokens[j]?.text ?? "");
            if (k) acc = `${acc} ${k}`;
            if (!prefixes.has(acc)) break;
          }
          const e = tokens[j]?.end ?? 0;
          const ref = known.get(incremental ? acc : matchKey(text.slice(s, e)));
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
}
