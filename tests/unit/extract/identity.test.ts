/**
 * Identity across documents (issue 8): events join only when name and date (and place)
 * agree, an acronym means what its own document defined, short forms carry no long form
 * into another, and every join keeps its evidence. A generated corpus checks the rules at
 * a small scale against the facts the generator wrote; hand-written documents check each
 * rule in several phrasings.
 */
import { describe, expect, it } from "vitest";
import { acronymOf, generateReleases } from "../../../bench/corpus-generator.ts";
import type { ReleaseFacts } from "../../../bench/corpus-generator.ts";
import { MAX_MERGES } from "../../../src/compiler/assemble.ts";
import { groupSignatures, sigText } from "../../../src/compiler/extract/identity.ts";
import type { EventSig } from "../../../src/compiler/extract/identity.ts";
import { extract } from "../../../src/compiler/extract/index.ts";
import { compileCorpus } from "../../../src/compiler/index.ts";
import { find, run } from "./query.ts";
import type { NodeAttributes } from "../../../src/model/types.ts";
import type {
  ExtractedEntity,
  Extraction,
  NormalisedDocument,
} from "../../../src/compiler/types.ts";

// ---------------------------------------------------------------------------------------
// A generated corpus, compiled by the real pipeline.

const COUNT = 80;
const { files, facts } = generateReleases(COUNT);
const compiled = compileCorpus(files);
const textOf = new Map(compiled.documents.documents.map((d) => [d.id, d.text]));
const factOf = new Map(facts.map((f) => [f.id, f]));
const nodes = compiled.graph.nodes.map((n) => ({
  key: n.key,
  ...(n.attributes as NodeAttributes),
}));
const spanText = (m: { doc: string; start: number; end: number }): string =>
  textOf.get(m.doc)?.slice(m.start, m.end) ?? "";
/** A name as a node shows it, without the punctuation a span may have taken along. */
const clean = (name: string): string => name.replace(/[,.;:]+$/, "");
const namesOf = (n: { label: string; aliases: string[] }): Set<string> =>
  new Set([n.label, ...n.aliases].map(clean));

/** The node holding the mention of `text` in document `doc` (the first such mention). */
function nodeOfMention(doc: string, text: string, kinds: string[]): string | undefined {
  let best: { key: string; start: number } | undefined;
  for (const n of nodes) {
    if (!kinds.includes(n.kind)) continue;
    for (const m of n.mentions)
      if (m.doc === doc && spanText(m) === text && (!best || m.start < best.start))
        best = { key: n.key, start: m.start };
  }
  return best?.key;
}

/** Acronym → the bodies releases define it for. */
const hostsOf = new Map<string, Set<string>>();
for (const f of facts) hostsOf.set(f.acronym, (hostsOf.get(f.acronym) ?? new Set()).add(f.host));
const edition = (f: ReleaseFacts): string => `${f.event.title}|${f.event.date}`;
const reports = new Map<string, string[]>();
for (const f of facts) reports.set(edition(f), [...(reports.get(edition(f)) ?? []), f.id]);

describe(`a generated corpus of ${COUNT} releases`, () => {
  it("holds the hard cases: recurring titles, shared editions, shared acronyms, bare acronyms", () => {
    const datesOfTitle = new Map<string, Set<string>>();
    for (const f of facts)
      datesOfTitle.set(
        f.event.title,
        (datesOfTitle.get(f.event.title) ?? new Set()).add(f.event.date),
      );
    expect([...datesOfTitle.values()].filter((d) => d.size > 1).length).toBeGreaterThan(2);
    expect([...reports.values()].filter((r) => r.length > 1).length).toBeGreaterThan(5);
    expect([...hostsOf.values()].filter((h) => h.size > 1).length).toBeGreaterThan(1);
    expect(facts.filter((f) => f.bare).length).toBeGreaterThan(10);
  });

  it("puts no two editions of a title in one event node", () => {
    for (const n of nodes) {
      if (n.kind !== "event") continue;
      const dates = new Set<string>();
      for (const m of n.mentions) {
        const f = factOf.get(m.doc);
        if (f && spanText(m) === f.event.title) dates.add(f.event.date);
      }
      expect([n.key, [...dates]]).toEqual([n.key, [...dates].slice(0, 1)]);
    }
  });

  it("puts the releases that report one edition in one event node", () => {
    let checked = 0;
    for (const [key, ids] of reports) {
      if (ids.length < 2) continue;
      const title = key.slice(0, key.indexOf("|"));
      const held = new Set(ids.map((id) => nodeOfMention(id, title, ["event"])));
      expect([key, held.size]).toEqual([key, 1]);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("never joins two bodies defined with one acronym", () => {
    for (const n of nodes) {
      if (n.kind !== "organisation" && n.kind !== "funder") continue;
      const names = namesOf(n);
      for (const [acronym, hosts] of hostsOf) {
        const held = [...hosts].filter((h) => names.has(h));
        expect([n.key, acronym, held.length <= 1]).toEqual([n.key, acronym, true]);
      }
    }
  });

  it("gives each release's acronym the body that release defined", () => {
    for (const f of facts) {
      const key = nodeOfMention(f.id, f.acronym, ["organisation", "funder"]);
      const node = nodes.find((n) => n.key === key);
      expect([f.id, node && namesOf(node).has(f.host)]).toEqual([f.id, true]);
    }
  });

  it("resolves a bare acronym only where the corpus gives it one meaning", () => {
    /** Acronym → every body any release names in full with those initials. */
    const namedWith = new Map<string, Set<string>>();
    for (const f of facts)
      for (const b of f.bodies)
        namedWith.set(acronymOf(b), (namedWith.get(acronymOf(b)) ?? new Set()).add(b));
    let one = 0;
    let several = 0;
    for (const f of facts) {
      if (!f.bare) continue;
      const { acronym, name } = f.bare;
      // A release that names a body with these initials in full may tie the acronym to it
      // by its initials: that is its own evidence, not the corpus's.
      if (f.bodies.some((b) => acronymOf(b) === acronym)) continue;
      const key = nodeOfMention(f.id, acronym, ["organisation", "funder"]);
      const node = nodes.find((n) => n.key === key);
      const names = node ? namesOf(node) : new Set<string>();
      const hosts = hostsOf.get(acronym) ?? new Set<string>();
      if (hosts.has(name) && namedWith.get(acronym)?.size === 1) {
        expect([f.id, names.has(name)]).toEqual([f.id, true]);
        one++;
      } else if (hosts.size > 1) {
        expect([f.id, [...hosts].filter((h) => names.has(h))]).toEqual([f.id, []]);
        several++;
      }
    }
    expect(one).toBeGreaterThan(1);
    expect(several).toBeGreaterThan(0);
  });

  it("compiles the same bytes whatever the order of the files", () => {
    const again = compileCorpus([...files].reverse());
    expect(JSON.stringify(again.graph)).toBe(JSON.stringify(compiled.graph));
  });

  it("keeps the evidence of its joins on the nodes, a few sorted records each", () => {
    const withMerges = nodes.filter((n) => n.merges && n.merges.length > 0);
    expect(withMerges.length).toBeGreaterThan(10);
    for (const n of withMerges) {
      const list = n.merges ?? [];
      expect(list.length).toBeLessThanOrEqual(MAX_MERGES);
      const keys = list.map((m) => `${m.rule}|${m.names.join("|")}`);
      expect(keys).toEqual([...keys].sort());
      for (const m of list)
        for (const name of m.names) expect(namesOf(n).has(clean(name))).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------
// Hand-written documents, several phrasings per rule.

const docs = (texts: Record<string, string>): NormalisedDocument[] =>
  Object.entries(texts).map(([id, text]) => ({ id, text }));
/** The entities of `kind` that are mentioned by exactly `name` in document `doc`. */
function holders(ex: Extraction, texts: Record<string, string>, doc: string, name: string) {
  return ex.entities.filter((e) =>
    e.mentions.some((m) => m.doc === doc && texts[doc]?.slice(m.start, m.end) === name),
  );
}
const holder = (
  ex: Extraction,
  texts: Record<string, string>,
  doc: string,
  name: string,
): ExtractedEntity | undefined => holders(ex, texts, doc, name)[0];
const docsOf = (e: ExtractedEntity | undefined): string[] =>
  [...new Set(e?.mentions.map((m) => m.doc))].sort();

describe("events join only when name and date (and place) agree", () => {
  it("keeps a workshop held in 2012 and its namesake of 2019 apart", () => {
    const t = {
      "a.txt":
        "Workshop on Youth Employment in Basra\n\nBasra, 14 March 2012 – The Basra Youth Council organised the Workshop on Youth Employment in Basra on 14 March 2012 with forty young jobseekers.",
      "b.txt":
        "Workshop on Youth Employment in Basra\n\nBasra, 2 October 2019 – The Southern Women Network held the Workshop on Youth Employment in Basra on 2 October 2019 for sixty participants.",
      "c.txt":
        "Looking back\n\nAlumni of the Workshop on Youth Employment in Basra have founded a cooperative, the Basra Youth Council said.",
    };
    const ex = extract(docs(t));
    const a = holder(ex, t, "a.txt", "Workshop on Youth Employment in Basra");
    const b = holder(ex, t, "b.txt", "Workshop on Youth Employment in Basra");
    expect(a?.id).not.toBe(b?.id);
    expect(a?.date).toEqual({ start: "2012-03-14" });
    expect(b?.date).toEqual({ start: "2019-10-02" });
    // Undated, between two editions: it joins neither.
    const c = holder(ex, t, "c.txt", "Workshop on Youth Employment in Basra");
    expect([a?.id, b?.id]).not.toContain(c?.id);
  });

  it("keeps one title held on one day in two cities apart", () => {
    const t = {
      "a.txt":
        "Regional Forum on Water Rights\n\nErbil, 3 June 2015 – Farmers and engineers met at the Regional Forum on Water Rights, organised by the Kurdistan Water Institute.",
      "b.txt":
        "Regional Forum on Water Rights\n\nBeirut, 3 June 2015 – Lawyers and activists met at the Regional Forum on Water Rights, organised by the Lebanese Water Observatory.",
    };
    const ex = extract(docs(t));
    const a = holder(ex, t, "a.txt", "Regional Forum on Water Rights");
    const b = holder(ex, t, "b.txt", "Regional Forum on Water Rights");
    expect(a).toBeDefined();
    expect(a?.id).not.toBe(b?.id);
    expect([a?.place, b?.place].sort()).toEqual(["Beirut", "Erbil"]);
  });

  it("joins one conference named in two documents with the same date", () => {
    const t = {
      "c.txt":
        "Annual Conference on Civic Space\n\nAmman, 5 May 2016 – More than two hundred activists attended the Annual Conference on Civic Space in Amman on 5 May 2016, organised by the Arab Civic Network.",
      "d.txt":
        "Report on the Annual Conference on Civic Space\n\nThe Jordanian Lawyers Union took part in the Annual Conference on Civic Space, held in Amman on 5 May 2016, and presented a paper on freedom of association.",
    };
    const ex = extract(docs(t));
    const c = holder(ex, t, "c.txt", "Annual Conference on Civic Space");
    expect(c).toBeDefined();
    expect(holder(ex, t, "d.txt", "Annual Conference on Civic Space")?.id).toBe(c?.id);
  });

  it("joins a dated mention with an undated one", () => {
    const t = {
      "e.txt":
        "Civic Space Conference closes in Amman\n\nThe Civic Space Conference took place in Amman on 5 May 2016. The Arab Civic Network organised it.",
      "f.txt":
        "Notes from the field\n\nSpeakers at the Civic Space Conference called for an end to restrictions on associations. The Jordanian Lawyers Union presented a paper.",
    };
    const ex = extract(docs(t));
    const e = holder(ex, t, "e.txt", "Civic Space Conference");
    expect(docsOf(e)).toEqual(["e.txt", "f.txt"]);
    expect(e?.date).toEqual({ start: "2016-05-05" });
  });

  it("joins a year-only mention with the one edition of that year", () => {
    const t = {
      "g.txt":
        "Youth Budget Forum\n\nOn 12 November 2017 the Youth Budget Forum opened in Tunis with three hundred students, organised by the Tunisian Budget Observatory.",
      "h.txt":
        "Annual report\n\nIn 2017 our members took part in the Youth Budget Forum and in two training courses run by the Tunisian Budget Observatory.",
      "i.txt":
        "Youth Budget Forum returns\n\nOn 20 October 2021 the Youth Budget Forum opened again in Tunis, organised by the Tunisian Budget Observatory.",
    };
    const ex = extract(docs(t));
    const g = holder(ex, t, "g.txt", "Youth Budget Forum");
    expect(holder(ex, t, "h.txt", "Youth Budget Forum")?.id).toBe(g?.id);
    expect(holder(ex, t, "i.txt", "Youth Budget Forum")?.id).not.toBe(g?.id);
    expect(g?.date).toEqual({ start: "2017-11-12" });
  });
});

describe("an acronym means what its own document defined", () => {
  const drc = {
    "a.txt":
      "Aid for returnees\n\nThe Danish Refugee Council (DRC) distributed winter kits in Mosul. DRC staff said more help is needed.",
    "b.txt":
      "Dialogue in Tripoli\n\nThe Dialogue Renewal Centre (DRC) hosted a meeting of tribal leaders in Tripoli. The DRC director said talks will continue.",
    "c.txt":
      "Partners\n\nThe DRC also joined the coordination meeting of the Protection Cluster in Erbil.",
  };

  it("keeps two bodies that share an acronym apart, each with its own uses", () => {
    const ex = extract(docs(drc));
    const danish = holder(ex, drc, "a.txt", "Danish Refugee Council");
    const dialogue = holder(ex, drc, "b.txt", "Dialogue Renewal Centre");
    expect(danish?.id).not.toBe(dialogue?.id);
    expect(holder(ex, drc, "a.txt", "DRC")?.id).toBe(danish?.id);
    expect(holders(ex, drc, "b.txt", "DRC").map((e) => e.id)).toEqual([dialogue?.id]);
    // Bare, where the corpus gives two meanings: its own node.
    expect([danish?.id, dialogue?.id]).not.toContain(holder(ex, drc, "c.txt", "DRC")?.id);
  });

  it("ties a bare acronym to the name whose initials it spells in the same document", () => {
    const t = {
      "a.txt": drc["a.txt"],
      "b.txt":
        "Dialogue in Tripoli\n\nThe Dialogue Renewal Centre hosted a meeting of tribal leaders in Tripoli. The DRC director said talks will continue.",
    };
    const ex = extract(docs(t));
    const dialogue = holder(ex, t, "b.txt", "Dialogue Renewal Centre");
    expect(holder(ex, t, "b.txt", "DRC")?.id).toBe(dialogue?.id);
    expect(holder(ex, t, "a.txt", "DRC")?.id).not.toBe(dialogue?.id);
  });

  it("resolves a bare acronym the corpus defines once", () => {
    const t = {
      "a.txt":
        "Training for monitors\n\nThe Iraqi Election Watch (IEW) trained two hundred observers in Najaf.",
      "b.txt":
        "Observers deployed\n\nIEW deployed observers to every polling station in Karbala, the network said.",
    };
    const ex = extract(docs(t));
    const iew = holder(ex, t, "a.txt", "Iraqi Election Watch");
    expect(holder(ex, t, "b.txt", "IEW")?.id).toBe(iew?.id);
  });

  it("lets a document define a well-known acronym otherwise, and keeps the well-known body", () => {
    const t = {
      "a.txt":
        "Health campaign\n\nThe Women's Health Organisation (WHO) opened a clinic in Zarqa. WHO volunteers will staff it.",
      "b.txt":
        "Vaccines\n\nWHO delivered vaccines to Irbid with UNDP support. The World Health Organization said more will follow.",
    };
    const ex = extract(docs(t));
    const women = holder(ex, t, "a.txt", "Women's Health Organisation");
    const world = holder(ex, t, "b.txt", "World Health Organization");
    expect(women?.id).not.toBe(world?.id);
    expect(holder(ex, t, "a.txt", "WHO")?.id).toBe(women?.id);
    expect(holder(ex, t, "b.txt", "WHO")?.id).toBe(world?.id);
    expect(holder(ex, t, "b.txt", "UNDP")?.label).toBe("United Nations Development Programme");
  });

  it("prefers the body a document defines to another with the same initials", () => {
    const t = {
      "a.txt":
        "Media freedom\n\nThe Arab Forum for Media Freedom (AFMF) organised a seminar in Beirut with the Arab Foundation for Media Freedom. AFMF members said the seminar was useful.",
      "b.txt":
        "Grants\n\nThe Arab Foundation for Media Freedom (AFMF) awarded ten grants to journalists in Amman.",
    };
    const ex = extract(docs(t));
    const forum = holders(ex, t, "a.txt", "Arab Forum for Media Freedom").find(
      (e) => e.kind === "organisation",
    );
    const foundation = holder(ex, t, "b.txt", "Arab Foundation for Media Freedom");
    expect(forum?.id).not.toBe(foundation?.id);
    expect(holder(ex, t, "a.txt", "AFMF")?.id).toBe(forum?.id);
    expect(holder(ex, t, "b.txt", "AFMF")?.id).toBe(foundation?.id);
  });
});

describe("a short form carries no long form into another", () => {
  it("keeps two coalitions apart through their shared short name", () => {
    const t = {
      "a.txt": "Youth\n\nThe Arab Coalition for Youth Participation organised a workshop in Cairo.",
      "b.txt": "Rights\n\nThe Arab Coalition for Human Rights issued a statement in Tunis.",
      "c.txt": "Letter\n\nThe Arab Coalition sent a letter to the ministry, it said in Amman.",
    };
    const ex = extract(docs(t));
    const youth = holder(ex, t, "a.txt", "Arab Coalition for Youth Participation");
    const rights = holder(ex, t, "b.txt", "Arab Coalition for Human Rights");
    expect(youth).toBeDefined();
    expect(youth?.id).not.toBe(rights?.id);
  });

  it("keeps two projects named with different countries apart through their base name", () => {
    const t = {
      "a.txt":
        "Water\n\nThe Clean Water Project in Oman was launched by the Omani Water Society in 2014.",
      "b.txt":
        "Water\n\nThe Clean Water Project in Jordan was launched by the Jordanian Water Association in 2018.",
      "c.txt": "Water\n\nThe Clean Water Project received new funding from the European Union.",
    };
    const ex = extract(docs(t));
    const oman = holder(ex, t, "a.txt", "Clean Water Project in Oman");
    const jordan = holder(ex, t, "b.txt", "Clean Water Project in Jordan");
    expect(oman).toBeDefined();
    expect(oman?.id).not.toBe(jordan?.id);
  });

  it("joins a short form to its one long form", () => {
    const t = {
      "a.txt": "Youth\n\nThe Arab Coalition for Youth Participation organised a workshop in Cairo.",
      "c.txt": "Letter\n\nThe Arab Coalition sent a letter to the ministry, it said in Amman.",
    };
    const ex = extract(docs(t));
    const youth = holder(ex, t, "a.txt", "Arab Coalition for Youth Participation");
    expect(holder(ex, t, "c.txt", "Arab Coalition")?.id).toBe(youth?.id);
    expect(youth?.merges).toEqual([
      { rule: "short-form", names: ["Arab Coalition", "Arab Coalition for Youth Participation"] },
    ]);
  });
});

describe("a name without its middle names, in another document, is the one person so named", () => {
  it.each([
    ["Sheikh Adnan Ibrahim al-Tamimi", "Adnan al-Tamimi"],
    ["Dr. Zainab Abdul-Kareem al-Saadi", "Zainab al-Saadi"],
    ["Ms. Hadiya Khalaf Elias", "Hadiya Khalaf"],
  ])("%s / %s", (full, short) => {
    const t = {
      "a.txt": `Grants signed\n\nThe grant was signed on 3 March 2024 by ${full}, head of the Diyala Peace Society.`,
      "b.txt": `Bulletin\n\n${short} of the Diyala Peace Society spoke at the network's assembly on 9 May 2024.`,
    };
    const ex = extract(docs(t));
    const key = full.replace(/^(?:Sheikh|Dr\.|Ms\.)\s+/, "");
    expect(holder(ex, t, "b.txt", short)?.id).toBe(holder(ex, t, "a.txt", key)?.id);
  });

  it("joins neither of two full names that share the short one", () => {
    const t = {
      "a.txt":
        "Grants\n\nThe grant was signed by Adnan Ibrahim al-Tamimi of the Diyala Peace Society.",
      "b.txt":
        "Grants\n\nThe grant was signed by Adnan Jasim al-Tamimi of the Anbar Farmers Union.",
      "c.txt": "Bulletin\n\nAdnan al-Tamimi of the network spoke at the assembly on 9 May 2024.",
    };
    const ex = extract(docs(t));
    const short = holder(ex, t, "c.txt", "Adnan al-Tamimi");
    expect(short?.id).not.toBe(holder(ex, t, "a.txt", "Adnan Ibrahim al-Tamimi")?.id);
    expect(short?.id).not.toBe(holder(ex, t, "b.txt", "Adnan Jasim al-Tamimi")?.id);
  });
});

describe("an event's name with and without its generic head is one event", () => {
  it.each([
    [
      "The Oasis Schools of Figuig project trained 40 teachers in March 2024.",
      "The Atlas Education Fund funds Oasis Schools of Figuig, a project of the Zenaga Association.",
      "Oasis Schools of Figuig project",
      "Oasis Schools of Figuig",
    ],
    [
      "Under the Clean Streets for Halba campaign, volunteers collected waste on 4 May 2024.",
      'The Halba Youth Club took part in the campaign "Clean Streets for Halba" in May 2024.',
      "Clean Streets for Halba campaign",
      "Clean Streets for Halba",
    ],
    [
      "The Ksar Water Keepers programme repaired two foggaras in 2023.",
      "The Sahara Heritage Trust funds the programme Ksar Water Keepers.",
      "Ksar Water Keepers programme",
      "Ksar Water Keepers",
    ],
  ])("%s / %s", (first, second, long, short) => {
    const t = { "a.txt": `Update\n\n${first}`, "b.txt": `News\n\n${second}` };
    const ex = extract(docs(t));
    const a = holder(ex, t, "a.txt", long);
    expect(a?.kind).toBe("event");
    expect(holder(ex, t, "b.txt", short)?.id).toBe(a?.id);
  });

  it.each([
    ["The Safe Roads to School project was launched in Mafraq in 2022.", "Safe Roads to School"],
    ["The Women in Water Governance initiative began in Osh in 2023.", "Women in Water Governance"],
    [
      "Funding for the Green Terraces Relief project came from the Ostrander Fund.",
      "Green Terraces Relief",
    ],
  ])("%s: the name without its head is an alias", (text, bare) => {
    const ex = run(text);
    expect(find(ex, bare)?.kind).toBe("event");
  });
});

describe("a body's name and its place, where the corpus names the body in one place only", () => {
  it.each([
    ["Embassy of Japan in Iraq", "Embassy of Japan"],
    ["Consulate of Italy in Erbil", "Consulate of Italy"],
    ["Embassy of the Netherlands in Amman", "Embassy of the Netherlands"],
  ])("%s / %s", (long, short) => {
    const t = {
      "a.txt": `Grants\n\nThe ${long} signed five grant contracts on 3 March 2024.`,
      "b.txt": `Bulletin\n\nThe ${short} funded the network's training on 9 May 2024.`,
    };
    const ex = extract(docs(t));
    expect(holder(ex, t, "b.txt", short)?.id).toBe(holder(ex, t, "a.txt", long)?.id);
  });
});

describe("grouping the dates and places under which one name occurs", () => {
  const sig = (start?: string, place?: string, end?: string): EventSig => {
    const lo = start ? start.padEnd(10, start.length === 4 ? "-01-01" : "-01") : "0000-00-00";
    const last = end ?? start;
    const hi = last
      ? last.length === 4
        ? `${last}-12-31`
        : last.length === 7
          ? `${last}-31`
          : last
      : "9999-99-99";
    return {
      lo: lo.slice(0, 10),
      hi,
      ...(start && { date: end ? { start, end } : { start } }),
      ...(place && { placeKey: place.toLowerCase(), place }),
    };
  };
  const groups = (sigs: EventSig[]): string[][] => {
    const { groupOf } = groupSignatures(sigs);
    const by = new Map<string, string[]>();
    for (const s of sigs) {
      const g = groupOf.get(sigText(s)) ?? "";
      by.set(g, [...new Set([...(by.get(g) ?? []), sigText(s)])].sort());
    }
    return [...by.values()].sort((a, b) => ((a[0] ?? "") < (b[0] ?? "") ? -1 : 1));
  };

  it("joins a year to its one day, an undated mention to its one edition", () => {
    expect(groups([sig("2012-05-03"), sig("2012"), sig()])).toEqual([
      ["2012-05-03|", "2012|", "|"],
    ]);
  });

  it("keeps a year between two days of that year, and an undated mention, apart", () => {
    expect(groups([sig("2012-05-03"), sig("2012-07-01"), sig("2012"), sig()])).toEqual([
      ["2012-05-03|"],
      ["2012-07-01|"],
      ["2012|"],
      ["|"],
    ]);
  });

  it("keeps places apart and gives the same groups in any order", () => {
    const list = [sig("2015-06-03", "Erbil"), sig("2015-06-03", "Beirut"), sig("2015-06")];
    const one = groups(list);
    expect(one).toEqual([["2015-06-03|beirut"], ["2015-06-03|erbil"], ["2015-06|"]]);
    expect(groups([...list].reverse())).toEqual(one);
  });
});

describe("a name the corpus reads as a body in more documents than as a person is a body's", () => {
  it.each([
    [
      "Silver Reed",
      "Silver Reed, a women-led collective, organised the river clean-up on 4 June 2024.",
      "The clean-up on 9 July 2024 was organised by Silver Reed, a collective of fishers' wives.",
      "Photo: Silver Reed at the river.",
    ],
    [
      "Marlow Tide",
      "Marlow Tide is an independent association of fishers. It hosted the forum on 2 March 2023.",
      "Marlow Tide, a network of fishers, met on 5 April 2023.",
      "Our guests included Marlow Tide and Ana Ruiz.",
    ],
    [
      "Casa Verdeluz",
      "Casa Verdeluz, a cooperative of weavers, joined the fair on 5 May 2022.",
      "The market on 6 June 2022 was run by Casa Verdeluz, a weavers' cooperative.",
      "Photo: Casa Verdeluz at the market.",
    ],
  ])("%s", (name, ...texts) => {
    const ex = extract(texts.map((text, i) => ({ id: `d${i}.txt`, text })));
    const named = ex.entities.filter((e) => e.label === name);
    expect(named.map((e) => e.kind)).toEqual(["organisation"]);
  });

  it("a person named so in more documents stays one person", () => {
    const ex = extract([
      { id: "a.txt", text: "Dr. Lina Haddad opened the forum on 2 March 2023." },
      { id: "b.txt", text: "The training on 4 May 2023 was led by Ms. Lina Haddad." },
      { id: "c.txt", text: "Partners: Lina Haddad\n\nMore to follow." },
    ]);
    expect(ex.entities.filter((e) => e.label === "Lina Haddad").map((e) => e.kind)).toEqual([
      "person",
    ]);
  });
});

describe("an event's name with a place the corpus writes as a place is that event", () => {
  it.each([
    [
      "At its Fifth Annual General Body Meeting in Gopalpur on 30 March 2025, the federation elected a new board.",
      "The Fifth Annual General Body Meeting will be held on 30 March 2025. Members should register.",
    ],
    [
      "Farmers met at the Third Valley Seed Fair in Kandep on 12 May 2024, where 40 stalls opened.",
      "The Third Valley Seed Fair was organised by the Kandep Growers Network on 12 May 2024.",
    ],
    [
      "The Second Coastal Women's Conference in Podampeta on 4 June 2023 adopted a charter.",
      "Speakers at the Second Coastal Women's Conference on 4 June 2023 included Lina Haddad.",
    ],
  ])("%s", (...texts) => {
    const ex = extract(texts.map((text, i) => ({ id: `d${i}.txt`, text })));
    expect(ex.entities.filter((e) => e.kind === "event")).toHaveLength(1);
  });
});

describe("a body's own name inside a name that opens with its head is its short form", () => {
  const two = (a: string, b: string): Extraction =>
    extract([
      { id: "a.txt", text: a },
      { id: "b.txt", text: b },
    ]);
  it.each([
    [
      "The fair was run with the Asociación de Mujeres Rurales Manos Unidas in Jinotega.",
      "Manos Unidas sold coffee at the market on Saturday, said its treasurer.",
      "Asociación de Mujeres Rurales Manos Unidas",
      "Manos Unidas",
    ],
    [
      "The grant went to ONG Lumière Partagée, which trains midwives in Parakou.",
      "Lumière Partagée said the second training would follow in March.",
      "ONG Lumière Partagée",
      "Lumière Partagée",
    ],
    [
      "The Associação Raízes Sertanejas met the mayor in Petrolina on Monday.",
      "Raízes Sertanejas thanked the mayor for the new well, said its president.",
      "Associação Raízes Sertanejas",
      "Raízes Sertanejas",
    ],
    [
      "The Coopérative Dzogbé des Maraîchères de Kpalimé signed the agreement.",
      "Dzogbé, the growers' cooperative, will deliver vegetables to three schools.",
      "Coopérative Dzogbé des Maraîchères de Kpalimé",
      "Dzogbé",
    ],
  ])("%s / %s", (a, b, long, short) => {
    const ex = two(a, b);
    expect(find(ex, long)?.id).toBeDefined();
    expect(find(ex, short)?.id).toBe(find(ex, long)?.id);
  });

  it("a place at the end of such a name is no short form", () => {
    const ex = two(
      "The Asociación de Pescadores de Matagalpa met on Monday.",
      "The meeting in Matagalpa was held at the Pescadores Hall.",
    );
    expect(find(ex, "Matagalpa")?.id ?? "").not.toBe(
      find(ex, "Asociación de Pescadores de Matagalpa")?.id,
    );
  });
});
