// entities.ftm.json: valid FollowTheMoney lines whose references all resolve, one
// representation per node and per edge.
import { beforeAll, describe, expect, it } from "vitest";
import { documentEntityId, nodeEntityId, toFtm } from "../../../src/export/ftm.ts";
import type { FtmEntity } from "../../../src/export/ftm.ts";
import type { SerializedRabitaGraph } from "../../../src/model/types.ts";
import { compileSeeds, hostileData } from "./fixtures.ts";
import type { Data } from "./fixtures.ts";

/*
 * The FtM schemata and properties the export may use, as FtM defines them (checked against
 * the model shipped in @alephdata/followthemoney 3.8.4): property → the schemata an entity
 * reference may point at, or null for a value property.
 */
const LEGAL = ["Organization", "Person"];
const THING = ["Organization", "Person", "Event", "Project", "Document"];
const THING_PROPS = { name: null, alias: null, keywords: null, proof: ["Document"] };
const INTERVAL_PROPS = {
  date: null,
  startDate: null,
  endDate: null,
  description: null,
  summary: null,
  recordId: null,
};
const SCHEMATA: Record<string, Record<string, string[] | null>> = {
  Document: { fileName: null, title: null, date: null, bodyText: null },
  Organization: THING_PROPS,
  Person: THING_PROPS,
  Event: {
    ...THING_PROPS,
    ...INTERVAL_PROPS,
    location: null,
    organizer: LEGAL,
    involved: LEGAL,
  },
  Project: { ...THING_PROPS, ...INTERVAL_PROPS, address: null },
  Payment: {
    ...INTERVAL_PROPS,
    payer: LEGAL,
    beneficiary: LEGAL,
    amount: null,
    currency: null,
    project: ["Project"],
  },
  Membership: { ...INTERVAL_PROPS, member: LEGAL, organization: ["Organization"] },
  ProjectParticipant: {
    ...INTERVAL_PROPS,
    participant: LEGAL,
    project: ["Project"],
    role: null,
  },
  UnknownLink: { ...INTERVAL_PROPS, subject: THING, object: THING, role: null },
};
const REQUIRED: Record<string, string[]> = {
  Document: ["fileName"],
  Organization: ["name"],
  Person: ["name"],
  Event: ["name"],
  Project: ["name"],
  Payment: ["payer", "beneficiary"],
  Membership: ["member", "organization"],
  ProjectParticipant: ["participant", "project"],
  UnknownLink: ["subject", "object"],
};
/** FtM's entity id alphabet. */
const FTM_ID = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/;

function parseLines(text: string): FtmEntity[] {
  expect(text.endsWith("\n")).toBe(true);
  return text
    .slice(0, -1)
    .split("\n")
    .map((line) => JSON.parse(line) as FtmEntity);
}

/** Every line valid FtM, every reference to an emitted entity of an allowed schema. */
function checkValid(entities: FtmEntity[]): Map<string, FtmEntity> {
  const byId = new Map<string, FtmEntity>();
  for (const e of entities) {
    expect(Object.keys(e)).toEqual(["id", "schema", "properties"]);
    expect(e.id).toMatch(FTM_ID);
    expect(e.id.length).toBeLessThanOrEqual(128);
    expect(byId.has(e.id)).toBe(false);
    byId.set(e.id, e);
  }
  for (const e of entities) {
    const allowed = SCHEMATA[e.schema];
    expect(allowed, e.schema).toBeDefined();
    for (const name of REQUIRED[e.schema] ?? [])
      expect(e.properties[name]?.length, `${e.schema}.${name}`).toBeGreaterThan(0);
    for (const [name, values] of Object.entries(e.properties)) {
      expect(Object.keys(allowed!), `${e.schema}.${name}`).toContain(name);
      expect(Array.isArray(values) && values.length > 0).toBe(true);
      for (const value of values) expect(typeof value).toBe("string");
      const range = allowed![name];
      if (range)
        for (const ref of values) {
          const target = byId.get(ref);
          expect(target, `${e.schema}.${name} → ${ref}`).toBeDefined();
          expect(range, `${e.schema}.${name} → ${target?.schema}`).toContain(target?.schema);
        }
    }
  }
  return byId;
}

const EDGE_SCHEMATA = new Set(["Payment", "Membership", "ProjectParticipant", "UnknownLink"]);

/** Each node once, each edge once: as an entity with its key as recordId, or an event property. */
function checkCounts(
  graph: SerializedRabitaGraph,
  entities: FtmEntity[],
  byId: Map<string, FtmEntity>,
): void {
  const count = (schema: string): number => entities.filter((e) => e.schema === schema).length;
  const kinds = (...k: string[]): number =>
    graph.nodes.filter((n) => k.includes(n.attributes.kind)).length;
  expect(count("Organization")).toBe(kinds("organisation", "funder"));
  expect(count("Person")).toBe(kinds("person"));
  expect(count("Event") + count("Project")).toBe(kinds("event"));
  const projects = graph.nodes.filter((n) =>
    ["project", "programme"].includes(n.attributes.eventType ?? ""),
  );
  expect(count("Project")).toBe(projects.length);
  for (const n of graph.nodes) {
    const e = byId.get(nodeEntityId(n.key))!;
    expect(e.properties.name).toEqual([n.attributes.label]);
    expect(e.properties.alias ?? []).toEqual(n.attributes.aliases);
    const docs = [...new Set(n.attributes.mentions.map((m) => m.doc))].sort();
    expect(e.properties.proof ?? []).toEqual(docs.map(documentEntityId));
  }
  const byRecord = new Map<string, FtmEntity[]>();
  for (const e of entities)
    if (EDGE_SCHEMATA.has(e.schema)) {
      const key = e.properties.recordId![0]!;
      byRecord.set(key, [...(byRecord.get(key) ?? []), e]);
    }
  let asProperty = 0;
  for (const edge of graph.edges) {
    const own = byRecord.get(edge.key);
    if (own) {
      expect(own).toHaveLength(1);
      const e = own[0]!;
      const ends = Object.values(e.properties).flat();
      expect(ends).toContain(nodeEntityId(edge.source));
      expect(ends).toContain(nodeEntityId(edge.target));
      if (e.schema === "Payment") {
        expect(e.properties.payer).toEqual([nodeEntityId(edge.source)]);
        expect(e.properties.beneficiary).toEqual([nodeEntityId(edge.target)]);
        expect(e.properties.amount).toEqual(
          edge.attributes.amount === undefined ? undefined : [String(edge.attributes.amount)],
        );
        expect(e.properties.currency).toEqual(
          edge.attributes.currency && [edge.attributes.currency],
        );
      }
      continue;
    }
    asProperty++;
    const event = byId.get(nodeEntityId(edge.target))!;
    expect(event.schema).toBe("Event");
    const prop = edge.attributes.kind === "organised" ? "organizer" : "involved";
    expect(event.properties[prop]).toContain(nodeEntityId(edge.source));
  }
  expect([...byRecord.values()].flat().length + asProperty).toBe(graph.edges.length);
}

describe("FollowTheMoney export", () => {
  let seeds: Data;
  beforeAll(async () => {
    seeds = await compileSeeds();
  });

  it("writes valid entities for the seed graph, every reference resolved, counts equal", () => {
    const text = toFtm(seeds.graph, seeds.documents);
    const entities = parseLines(text);
    const byId = checkValid(entities);
    checkCounts(seeds.graph, entities, byId);
    const compiled = seeds.documents.documents.filter((d) => d.status === "compiled");
    expect(entities.filter((e) => e.schema === "Document")).toHaveLength(compiled.length);
    for (const d of compiled) {
      const doc = byId.get(documentEntityId(d.id))!;
      expect(doc.properties.fileName).toEqual([d.id]);
      expect(doc.properties.title).toEqual([d.title]);
    }
    expect(toFtm(seeds.graph, seeds.documents)).toBe(text);
  });

  it("maps every edge kind as documented, hostile strings included", () => {
    const { graph, documents } = hostileData();
    const entities = parseLines(toFtm(graph, documents));
    const byId = checkValid(entities);
    checkCounts(graph, entities, byId);
    const schemaOf = (key: string): string | undefined =>
      entities.find((e) => e.properties.recordId?.[0] === key)?.schema;
    const edge = (prefix: string): string => graph.edges.find((e) => e.key.startsWith(prefix))!.key;
    expect(entities.filter((e) => e.schema === "Payment")).toHaveLength(2);
    const payment = entities.find((e) => e.properties.currency?.[0] === "EUR")!;
    expect(payment.properties.amount).toEqual(["1234567.89"]);
    expect(payment.properties.description).toEqual(["Funding: 1,234,567.89 EUR"]);
    expect(entities.find((e) => e.properties.currency?.[0] === "USD")!.properties.amount).toEqual([
      "3000000000",
    ]);
    expect(schemaOf(edge("funded:org:الأمل->event:proj"))).toBe("ProjectParticipant");
    expect(schemaOf(edge("part_of:person:"))).toBe("Membership");
    expect(schemaOf(edge("participated:"))).toBe("ProjectParticipant");
    expect(schemaOf(edge("part_of:org:"))).toBe("UnknownLink");
    const funder = entities.find((e) => e.properties.role?.[0] === "funder")!;
    expect(funder.properties.summary).toEqual(["250000 IQD"]);
    const conf = byId.get(nodeEntityId("event:conf\tbaghdad"))!;
    expect(conf.properties.startDate).toEqual(["2023-03"]);
    expect(conf.properties.endDate).toEqual(["2023-04-02"]);
    expect(conf.properties.location).toEqual(['Erbil, "Kurdistan"']);
    expect(byId.get(nodeEntityId("org:الأمل"))!.properties.keywords).toEqual(["funder"]);
    // The failed document is not emitted; both compiled ones are, with their Arabic names.
    const docs = entities.filter((e) => e.schema === "Document");
    expect(docs.map((d) => d.properties.fileName![0])).toEqual([
      'notes, "draft" <1> & more.txt',
      "تقارير/تقرير الأمل 🌱.md",
    ]);
  });

  it("gives stable ids in FtM's alphabet, distinct for keys that slug alike", () => {
    expect(nodeEntityId("org:undp")).toBe(nodeEntityId("org:undp"));
    expect(nodeEntityId("org:undp")).toMatch(/^rabita-org-undp-[0-9a-f]{16}$/);
    expect(nodeEntityId("org:a b")).not.toBe(nodeEntityId("org:a-b"));
    expect(nodeEntityId("org:الأمل")).toMatch(FTM_ID);
    expect(documentEntityId("a.txt")).not.toBe(nodeEntityId("a.txt"));
    expect(nodeEntityId("x".repeat(500)).length).toBeLessThanOrEqual(128);
  });
});
