/** End-to-end tests of extract() on small documents of the genre written for these tests. */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";
import type { Extraction, NormalisedDocument } from "../../../src/compiler/types.ts";

const DOC_A: NormalisedDocument = {
  id: "a.txt",
  text: [
    "Basra Youth Forum on Water Rights",
    "",
    "Basra, 12th April, 2019 – The Southern Women Network (SWN) and the Basra Governorate Council organised a forum on water rights in Basra, funded by the Swedish International Development Cooperation Agency with a grant of $250,000.",
    "The forum was attended by the Ministry of Water Resources, the Iraqi Red Crescent Society and various civil society organisations.",
    "Dr. Huda Karim, Director of the Southern Women Network, said the forum was a first step.",
    "Karim added that the network will publish a report.",
    "",
    "Share this post",
  ].join("\n"),
};
const DOC_B: NormalisedDocument = {
  id: "b.txt",
  text: [
    "Training on Budget Monitoring",
    "",
    "From 3 to 5 June 2020, SWN ran a training workshop in Amman for twenty activists, in partnership with the Jordanian Transparency Center.",
    "Omar Saleh, the workshop's trainer, said the sessions were practical.",
  ].join("\n"),
};

const find = (ex: Extraction, label: string) =>
  ex.entities.find((e) => e.label === label || e.aliases.includes(label));

describe("extract", () => {
  it("returns empty output for no documents and for an empty document", () => {
    expect(extract([])).toMatchObject({ entities: [], relations: [], documents: [] });
    const ex = extract([{ id: "empty.txt", text: "" }]);
    expect(ex.entities).toEqual([]);
    expect(ex.documents[0]).toMatchObject({ id: "empty.txt", warnings: ["empty document"] });
  });

  it("is deterministic and independent of document order", () => {
    const one = extract([DOC_A, DOC_B]);
    const two = extract([DOC_B, DOC_A]);
    delete one.timings;
    delete two.timings;
    expect(two).toEqual(one);
  });

  it("cites exact mentions and evidence", () => {
    const ex = extract([DOC_A, DOC_B]);
    const texts = new Map([DOC_A, DOC_B].map((d) => [d.id, d.text]));
    for (const e of ex.entities) {
      expect(e.mentions.length).toBeGreaterThan(0);
      for (const m of e.mentions)
        expect([e.label, ...e.aliases]).toContain(texts.get(m.doc)?.slice(m.start, m.end));
    }
    for (const r of ex.relations) expect(r.evidence.length).toBeGreaterThan(0);
  });

  it("merges an acronym with its long form across documents", () => {
    const ex = extract([DOC_A, DOC_B]);
    const swn = find(ex, "SWN");
    expect(swn?.label).toBe("Southern Women Network");
    expect(new Set(swn?.mentions.map((m) => m.doc))).toEqual(new Set(["a.txt", "b.txt"]));
  });

  it("keeps places and generic mentions out, strips titles from people", () => {
    const ex = extract([DOC_A, DOC_B]);
    const labels = ex.entities.map((e) => e.label);
    expect(labels).not.toContain("Basra");
    expect(labels).not.toContain("Amman");
    expect(labels.some((l) => /civil society organisations/i.test(l))).toBe(false);
    expect(labels.some((l) => /share this/i.test(l))).toBe(false);
    const huda = find(ex, "Huda Karim");
    expect(huda?.kind).toBe("person");
    expect(huda?.aliases).toContain("Karim");
  });

  it("reads events with dates, places and types", () => {
    const ex = extract([DOC_A, DOC_B]);
    const forum = find(ex, "Basra Youth Forum on Water Rights");
    expect(forum).toMatchObject({ kind: "event", date: { start: "2019-04-12" }, place: "Basra" });
    const training = find(ex, "Training on Budget Monitoring");
    expect(training?.date).toEqual({ start: "2020-06-03", end: "2020-06-05" });
    expect(training?.eventType).toBe("training");
  });

  it("reads organised, participated, spoke_at, funded with amount, and part_of", () => {
    const ex = extract([DOC_A, DOC_B]);
    const id = (label: string) => find(ex, label)?.id ?? label;
    const has = (s: string, t: string, kind: string) =>
      ex.relations.some((r) => r.source === id(s) && r.target === id(t) && r.kind === kind);
    const forum = "Basra Youth Forum on Water Rights";
    expect(has("Southern Women Network", forum, "organised")).toBe(true);
    expect(has("Basra Governorate Council", forum, "organised")).toBe(true);
    expect(has("Ministry of Water Resources", forum, "participated")).toBe(true);
    expect(has("Iraqi Red Crescent Society", forum, "participated")).toBe(true);
    expect(has("Huda Karim", forum, "spoke_at")).toBe(true);
    expect(has("Huda Karim", "Southern Women Network", "part_of")).toBe(true);
    expect(
      has("Jordanian Transparency Center", "Training on Budget Monitoring", "participated"),
    ).toBe(true);
    const sida = find(ex, "Swedish International Development Cooperation Agency");
    expect(sida?.kind).toBe("funder");
    const grant = ex.relations.find((r) => r.source === sida?.id && r.kind === "funded");
    expect(grant).toMatchObject({ amount: 250000, currency: "USD", target: id(forum) });
  });

  it("describes each document", () => {
    const ex = extract([DOC_A, DOC_B]);
    expect(ex.documents[0]).toMatchObject({
      id: "a.txt",
      title: "Basra Youth Forum on Water Rights",
      date: "2019-04-12",
    });
    expect(Object.keys(ex.timings ?? {})).toContain("recognise");
  });
});
