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
    }
  }
  for (const an of analyses) {
    const added: Mention[] = [];
    const covered = (s: number, e: number): boolean =>
      an.mentions.some((m) => m.kind !== "event" && s < m.end && e > m.start);
    const { tokens } = an;
    an.sentTokens.forEach(([from, to], si) => {
      for (let i = from; i < to; i++) {
        const first = matchKey(tokens[i]?.text ?? "");
        if (!firstWords.has(first)) continue;
        let best: { end: number; ref: string } | undefined;
        for (let j = i; j < Math.min(to, i + MAX_WORDS); j++) {
          const s = tokens[i]?.start ?? 0;
          const e = tokens[j]?.end ?? 0;
          const surface = an.text.slice(s, e);
          const ref = known.get(matchKey(surface));
          if (ref && (j > i || /^\p{Lu}/u.test(surface))) best = { end: e, ref };
        }
        const s = tokens[i]?.start ?? 0;
        if (best && !covered(s, best.end)) {
          added.push({
            start: s,
            end: best.end,
            ref: best.ref,
            kind: best.ref.startsWith("p:") ? "person" : "org",
            sentence: si,
          });
          addName(an, best.ref, an.text.slice(s, best.end));
        }
      }
    });
    if (added.length)
      an.mentions = [...an.mentions, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}
