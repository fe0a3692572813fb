// Assemble stage: contract attributes, merging, dropping, stable keys, determinism.
import { describe, expect, it } from "vitest";
import { assemble, buildGraph, edgeKey } from "../../../src/compiler/assemble.ts";
import { parseGraph } from "../../../src/model/schema.ts";
import type { Extraction } from "../../../src/compiler/types.ts";
import { randomExtraction, shuffled, smallExtraction } from "./fixtures.ts";

function shuffle(extraction: Extraction, seed: number): Extraction {
  return {
    ...extraction,
    entities: shuffled(extraction.entities, seed).map((e) => ({
      ...e,
      aliases: shuffled(e.aliases, seed + 1),
      mentions: shuffled(e.mentions, seed + 2),
    })),
    relations: shuffled(extraction.relations, seed + 3).map((r) => ({
      ...r,
      evidence: shuffled(r.evidence, seed + 4),
    })),
  };
}

describe("assemble", () => {
  it("drops self loops and edges to missing nodes", () => {
    const graph = assemble(smallExtraction());
    const keys = graph.edges.map((e) => e.key);
    expect(keys).not.toContain("part_of:org:undp->org:undp");
    expect(keys.some((k) => k.includes("event:missing"))).toBe(false);
  });

  it("merges duplicate relations, uniting evidence, and keeps distinct amounts distinct", () => {
    const graph = assemble(smallExtraction());
    const funded = graph.edges.filter((e) => e.attributes.kind === "funded");
    expect(funded.map((e) => e.key)).toEqual([
      "funded:org:eu->event:conf:2221818EUR",
      "funded:org:eu->event:conf:500USD",
    ]);
    expect(funded[0]?.attributes.evidence).toEqual([
      { doc: "a.txt", start: 0, end: 10 },
      { doc: "b.txt", start: 5, end: 9 },
    ]);
    expect(funded[0]?.attributes).toMatchObject({ amount: 2221818, currency: "EUR" });
  });

  it("keeps different relations between the same two nodes", () => {
    const extraction = smallExtraction();
    extraction.relations.push({
      source: "org:undp",
      target: "event:conf",
      kind: "organised",
      evidence: [],
    });
    const keys = assemble(extraction)
      .edges.map((e) => e.key)
      .filter((k) => k.includes("org:undp->event:conf"));
    expect(keys).toEqual(["organised:org:undp->event:conf", "participated:org:undp->event:conf"]);
  });

  it("writes the contract's node attributes", () => {
    const graph = assemble(smallExtraction());
    const conf = graph.nodes.find((n) => n.key === "event:conf");
    expect(conf?.attributes).toMatchObject({
      label: "Conference on Human Rights",
      kind: "event",
      date: { start: "2007-11-22" },
      eventType: "conference",
      place: "Amman",
      degree: 4,
    });
    const undp = graph.nodes.find((n) => n.key === "org:undp");
    expect(undp?.attributes.aliases).toEqual(["UNDP"]);
    expect(graph.options).toEqual({ type: "directed", multi: true, allowSelfLoops: false });
    expect(() => parseGraph(JSON.parse(JSON.stringify(graph)))).not.toThrow();
  });

  it("makes an organisation that funds something a funder", () => {
    const graph = assemble(smallExtraction());
    expect(graph.nodes.find((n) => n.key === "org:eu")?.attributes.kind).toBe("funder");
    expect(graph.nodes.find((n) => n.key === "org:undp")?.attributes.kind).toBe("organisation");
  });

  it("sizes nodes by degree within bounds", () => {
    const graph = buildGraph(randomExtraction(200, 2000, 3), { minSize: 2, maxSize: 12 });
    graph.forEachNode((_, a) => {
      expect(a.size).toBeGreaterThanOrEqual(2);
      expect(a.size).toBeLessThanOrEqual(12);
    });
    const sizes = graph.mapNodes((_, a) => [a.degree, a.size] as const).sort((a, b) => a[0] - b[0]);
    expect(sizes[0]?.[1]).toBeLessThanOrEqual(sizes[sizes.length - 1]?.[1] ?? 0);
  });

  it("merges entities that share an id", () => {
    const extraction = smallExtraction();
    extraction.entities.push({
      id: "org:eu",
      kind: "organisation",
      label: "EU",
      aliases: [],
      mentions: [{ doc: "c.txt", start: 1, end: 3 }],
    });
    const eu = assemble(extraction).nodes.find((n) => n.key === "org:eu");
    expect(eu?.attributes.label).toBe("European Union");
    expect(eu?.attributes.aliases).toEqual(["EU"]);
    expect(eu?.attributes.mentions).toHaveLength(2);
  });

  it("gives identical JSON for shuffled input", () => {
    const base = JSON.stringify(assemble(randomExtraction(300, 900, 7)));
    for (const seed of [1, 2, 3])
      expect(JSON.stringify(assemble(shuffle(randomExtraction(300, 900, 7), seed)))).toBe(base);
    expect(JSON.stringify(assemble(shuffle(smallExtraction(), 9)))).toBe(
      JSON.stringify(assemble(smallExtraction())),
    );
  });

  it("derives edge keys from content", () => {
    expect(
      edgeKey({
        source: "a",
        target: "b",
        kind: "funded",
        evidence: [],
        amount: 5,
        currency: "USD",
      }),
    ).toBe("funded:a->b:5USD");
    expect(edgeKey({ source: "a", target: "b", kind: "part_of", evidence: [] })).toBe(
      "part_of:a->b",
    );
  });
});
