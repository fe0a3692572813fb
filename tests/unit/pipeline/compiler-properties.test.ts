// Property-based tests of the pure compiler (fast-check): random Unicode text, random bytes,
// random HTML and markdown, documents of the genre and mixes never make compileCorpus throw;
// every mention and evidence span lies inside its compiled document and a mention reads as
// its node's label or an alias; a second run gives byte-identical output. A thousand cases
// here, with a fixed seed; `npm run fuzz -- 100000` runs as many as asked.
import fc from "fast-check";
import { describe, it } from "vitest";
import { CORPORA, compilerProperty, runsPerCorpus, textProperties } from "./compiler-properties.ts";

const CASES = 1000;
const SEED = 20_260_101;

describe("compiler properties", () => {
  const runs = runsPerCorpus(CASES);
  CORPORA.forEach((corpus, i) => {
    it(`hold on ${runs[i]} corpora of ${corpus.name}`, () => {
      fc.assert(compilerProperty(corpus.files), { numRuns: runs[i], seed: SEED + i });
    });
  });
  for (const [i, p] of textProperties.entries())
    it(p.name, () => {
      fc.assert(p.property, { numRuns: 300, seed: SEED + 100 + i });
    });
});
