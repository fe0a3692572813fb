// Small fake extractions and shuffling helpers shared by the pipeline tests.
import { makeRandom } from "../../../src/compiler/layout.ts";
import type {
  ExtractedEntity,
  ExtractedRelation,
  Extraction,
  NormalisedDocument,
} from "../../../src/compiler/types.ts";
import type { EdgeKind, NodeKind } from "../../../src/model/types.ts";

export function entity(
  id: string,
  kind: NodeKind,
  label: string,
  extra: Partial<ExtractedEntity> = {},
): ExtractedEntity {
  return {
    id,
    kind,
    label,
    aliases: [],
    mentions: [{ doc: "a.txt", start: 0, end: label.length }],
    ...extra,
  };
}

export function relation(
  source: string,
  kind: EdgeKind,
  target: string,
  extra: Partial<ExtractedRelation> = {},
): ExtractedRelation {
  return { source, target, kind, evidence: [{ doc: "a.txt", start: 0, end: 10 }], ...extra };
}

/** A small corpus-shaped extraction: two organisations, a funder, a person, an event. */
export function smallExtraction(): Extraction {
  return {
    entities: [
      entity("org:undp", "organisation", "United Nations Development Programme", {
        aliases: ["UNDP", "UNDP"],
      }),
      entity("org:unops", "organisation", "United Nations Office for Project Services", {
        aliases: ["UNOPS"],
      }),
      entity("org:eu", "organisation", "European Union"),
      entity("person:sorensen", "person", "Peter Sorensen"),
      entity("event:conf", "event", "Conference on Human Rights", {
        date: { start: "2007-11-22" },
        eventType: "conference",
        place: "Amman",
      }),
    ],
    relations: [
      relation("org:unops", "organised", "event:conf"),
      relation("org:undp", "participated", "event:conf"),
      relation("org:eu", "funded", "event:conf", { amount: 2221818, currency: "EUR" }),
      relation("org:eu", "funded", "event:conf", {
        amount: 2221818,
        currency: "EUR",
        evidence: [{ doc: "b.txt", start: 5, end: 9 }],
      }),
      relation("org:eu", "funded", "event:conf", { amount: 500, currency: "USD" }),
      relation("person:sorensen", "spoke_at", "event:conf"),
      relation("person:sorensen", "part_of", "org:unops"),
      relation("org:undp", "part_of", "org:undp"),
      relation("org:undp", "participated", "event:missing"),
    ],
    documents: [{ id: "a.txt", title: "Press release", date: "2007-11-22" }],
  };
}

/** Fisher-Yates with a seeded PRNG. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const random = makeRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** An extraction of n random entities with m random relations (deterministic for a seed). */
export function randomExtraction(n: number, m: number, seed: number): Extraction {
  const random = makeRandom(seed);
  const entities = Array.from({ length: n }, (_, i) =>
    entity(`e${i}`, "organisation", `Organisation ${i}`),
  );
  const relations: ExtractedRelation[] = [];
  for (let i = 0; i < m; i++) {
    const a = Math.floor(random() ** 2 * n);
    const b = Math.floor(random() * n);
    relations.push(relation(`e${a}`, "participated", `e${b}`));
  }
  return { entities, relations, documents: [] };
}

/** A fake extractor for compileCorpus: one organisation per capitalised word pair. */
export function fakeExtract(docs: NormalisedDocument[]): Extraction {
  const entities: ExtractedEntity[] = [];
  const relations: ExtractedRelation[] = [];
  for (const doc of docs) {
    const ids: string[] = [];
    for (const m of doc.text.matchAll(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g)) {
      const id = `org:${m[0].toLowerCase()}`;
      ids.push(id);
      entities.push(
        entity(id, "organisation", m[0], {
          mentions: [{ doc: doc.id, start: m.index, end: m.index + m[0].length }],
        }),
      );
    }
    for (let i = 1; i < ids.length; i++)
      relations.push(
        relation(ids[0] as string, "participated", ids[i] as string, {
          evidence: [{ doc: doc.id, start: 0, end: 1 }],
        }),
      );
  }
  return {
    entities,
    relations,
    documents: docs.map((d) => ({ id: d.id, title: `Title of ${d.id}` })),
    timings: { fake: 1 },
  };
}
