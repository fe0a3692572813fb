/**
 * FollowTheMoney entities for OCCRP Aleph (`entities.ftm.json`: one JSON object a line, as
 * `ftm` and `alephclient write-entities` read it). Each entity is `{id, schema, properties}`
 * with every property value an array of strings; schema and property names are FtM's own.
 *
 * - Each compiled document (and any other document a span points at) → `Document`
 *   (`fileName` = its id, `title`, `date`, `bodyText` when at most 65,000 characters).
 * - organisation, funder → `Organization` (funders with `keywords: funder`); person → `Person`;
 *   event → `Project` when its type is project or programme, otherwise `Event` (`date`, or
 *   `startDate`/`endDate` for a range; the place as `location` on events, `address` on
 *   projects; the event type as `keywords`). Each has `name`, `alias` and, as `proof`, the
 *   `Document`s that name it (FtM allows `proof` on these schemata only, not on the interval
 *   schemata below).
 * - funded → `Payment` (`payer`, `beneficiary`, `amount`, `currency`) when the funded end is an
 *   organisation or a person. FtM requires a beneficiary and only a legal entity can be one, so
 *   funding of a project is its funder's `ProjectParticipant` with role `funder` (the amount in
 *   `summary`), and funding of another event makes the funder one of the event's `involved`.
 *   No beneficiary is guessed (an organiser is not necessarily the recipient).
 * - part_of → `Membership` (`member`, `organization`) when the container is an organisation.
 * - organised, participated, spoke_at → `ProjectParticipant` (`participant`, `project`, role
 *   organiser / participant / speaker) for projects; for other events the event's `organizer`
 *   (organised) or `involved` (the others).
 * - Any other combination of ends → `UnknownLink` (`subject`, `object`, role = the edge kind).
 * Entities made from an edge carry the first evidence sentence as `description` and the edge
 * key as `recordId`.
 *
 * Ids are stable and deterministic: `rabita-` + a slug + a 64-bit hash of the node key,
 * document id or edge key, within FtM's id alphabet (`[0-9a-zA-Z.-]`) and under 128 characters.
 */
import type {
  DocumentRecord,
  DocumentsFile,
  EdgeKind,
  NodeAttributes,
  SerializedEdge,
  SerializedRabitaGraph,
} from "../model/types.ts";
import { compareStrings, documentIndex, spanDocuments, spanText } from "./flat.ts";

export type FtmSchema =
  | "Document"
  | "Organization"
  | "Person"
  | "Event"
  | "Project"
  | "Payment"
  | "Membership"
  | "ProjectParticipant"
  | "UnknownLink";

export interface FtmEntity {
  id: string;
  schema: FtmSchema;
  properties: Record<string, string[]>;
}

/** FtM's limit for `text` properties such as `bodyText`. */
const MAX_TEXT = 65_000;
const SLUG_LENGTH = 60;

/**
 * A 64-bit string hash (cyrb53's two multiplicative lanes, kept whole), as 16 hex digits:
 * fast, with no BigInt, the same in every engine.
 */
export function hash64(value: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, "0") + (h1 >>> 0).toString(16).padStart(8, "0");
}

function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^0-9a-z]+/g, "-")
    .slice(0, SLUG_LENGTH)
    .replace(/^-+|-+$/g, "");
}

function makeId(prefix: string, readable: string, hashed: string): string {
  const middle = slug(readable);
  return ["rabita", prefix, middle, hash64(hashed)].filter(Boolean).join("-");
}

/** The FtM id of a node. */
export function nodeEntityId(key: string): string {
  return makeId("", key, `node\u0000${key}`);
}

/** The FtM id of a document. */
export function documentEntityId(id: string): string {
  return makeId("doc", id, `document\u0000${id}`);
}

function edgeEntityId(prefix: string, key: string): string {
  return makeId(prefix, "", `edge\u0000${key}`);
}

/** An entity under construction: property values de-duplicated, empty strings dropped. */
class Builder {
  private readonly props = new Map<string, string[]>();
  constructor(
    readonly id: string,
    readonly schema: FtmSchema,
  ) {}

  add(name: string, ...values: (string | undefined)[]): this {
    for (const value of values) {
      if (value === undefined || value === "") continue;
      const list = this.props.get(name) ?? [];
      if (!list.includes(value)) list.push(value);
      this.props.set(name, list);
    }
    return this;
  }

  build(): FtmEntity {
    const properties: Record<string, string[]> = {};
    for (const name of [...this.props.keys()].sort(compareStrings))
      properties[name] = this.props.get(name) as string[];
    return { id: this.id, schema: this.schema, properties };
  }
}

const LEGAL_ENTITY = new Set(["organisation", "funder", "person"]);
const ORGANIZATION = new Set(["organisation", "funder"]);

function isProject(a: NodeAttributes): boolean {
  return a.kind === "event" && (a.eventType === "project" || a.eventType === "programme");
}

function nodeSchema(a: NodeAttributes): FtmSchema {
  if (a.kind === "person") return "Person";
  if (a.kind === "event") return isProject(a) ? "Project" : "Event";
  return "Organization";
}

function addDates(b: Builder, a: NodeAttributes): void {
  if (!a.date) return;
  if (a.date.end) b.add("startDate", a.date.start).add("endDate", a.date.end);
  else b.add("date", a.date.start);
}

const PARTICIPANT_ROLES: Partial<Record<EdgeKind, string>> = {
  organised: "organiser",
  participated: "participant",
  spoke_at: "speaker",
  funded: "funder",
};

/** How one edge is represented: an entity of its own, or a property of an event. */
type EdgePlan = { entity: FtmSchema; role?: string } | { eventProperty: "organizer" | "involved" };

/** Decides how an edge becomes FtM (see the module comment). */
export function planEdge(
  edge: SerializedEdge,
  source: NodeAttributes,
  target: NodeAttributes,
): EdgePlan {
  const kind = edge.attributes.kind;
  const legalSource = LEGAL_ENTITY.has(source.kind);
  if (!legalSource) return { entity: "UnknownLink" };
  if (kind === "part_of")
    return ORGANIZATION.has(target.kind) ? { entity: "Membership" } : { entity: "UnknownLink" };
  if (kind === "funded" && LEGAL_ENTITY.has(target.kind)) return { entity: "Payment" };
  if (target.kind !== "event") return { entity: "UnknownLink" };
  if (isProject(target)) return { entity: "ProjectParticipant", role: PARTICIPANT_ROLES[kind] };
  return { eventProperty: kind === "organised" ? "organizer" : "involved" };
}

function documentEntity(id: string, record: DocumentRecord | undefined): FtmEntity {
  const b = new Builder(documentEntityId(id), "Document").add("fileName", id);
  if (record) {
    b.add("title", record.title).add("date", record.date);
    if (record.text.length <= MAX_TEXT) b.add("bodyText", record.text);
  }
  return b.build();
}

/** All entities, in a fixed order: documents (by id), nodes, then edges (graph order). */
export function toFtmEntities(graph: SerializedRabitaGraph, documents: DocumentsFile): FtmEntity[] {
  const docs = documentIndex(documents);
  const nodes = new Map(graph.nodes.map((n) => [n.key, n.attributes]));

  const docIds = new Set(
    documents.documents.filter((d) => d.status === "compiled").map((d) => d.id),
  );
  for (const n of graph.nodes) for (const m of n.attributes.mentions) docIds.add(m.doc);
  for (const e of graph.edges) for (const s of e.attributes.evidence) docIds.add(s.doc);
  const out: FtmEntity[] = [...docIds]
    .sort(compareStrings)
    .map((id) => documentEntity(id, docs.get(id)));

  const ids = new Map(graph.nodes.map((n) => [n.key, nodeEntityId(n.key)]));
  const docEntityIds = new Map([...docIds].map((id) => [id, documentEntityId(id)]));
  const proofOf = (doc: string): string => docEntityIds.get(doc) as string;
  const builders = new Map<string, Builder>();
  for (const { key, attributes: a } of graph.nodes) {
    const schema = nodeSchema(a);
    const b = new Builder(ids.get(key) as string, schema)
      .add("name", a.label)
      .add("alias", ...a.aliases)
      .add("proof", ...spanDocuments(a.mentions).map(proofOf));
    if (a.kind === "funder") b.add("keywords", "funder");
    if (a.kind === "event") {
      addDates(b, a);
      b.add(schema === "Project" ? "address" : "location", a.place).add("keywords", a.eventType);
    }
    builders.set(key, b);
  }

  const edgeEntities: FtmEntity[] = [];
  for (const edge of graph.edges) {
    const source = nodes.get(edge.source) as NodeAttributes;
    const target = nodes.get(edge.target) as NodeAttributes;
    const plan = planEdge(edge, source, target);
    const sourceId = ids.get(edge.source) as string;
    const targetId = ids.get(edge.target) as string;
    if ("eventProperty" in plan) {
      builders.get(edge.target)?.add(plan.eventProperty, sourceId);
      continue;
    }
    const a = edge.attributes;
    const money = a.amount === undefined ? undefined : `${a.amount} ${a.currency ?? ""}`.trim();
    const b = new Builder(edgeEntityId(plan.entity.toLowerCase(), edge.key), plan.entity)
      .add("description", spanText(a.evidence[0], docs))
      .add("recordId", edge.key);
    if (plan.entity === "Payment")
      b.add("payer", sourceId)
        .add("beneficiary", targetId)
        .add("amount", a.amount === undefined ? undefined : String(a.amount))
        .add("currency", a.currency);
    else if (plan.entity === "Membership") b.add("member", sourceId).add("organization", targetId);
    else if (plan.entity === "ProjectParticipant")
      b.add("participant", sourceId)
        .add("project", targetId)
        .add("role", plan.role)
        .add("summary", money);
    else
      b.add("subject", sourceId).add("object", targetId).add("role", a.kind).add("summary", money);
    edgeEntities.push(b.build());
  }

  for (const b of builders.values()) out.push(b.build());
  out.push(...edgeEntities);
  const seen = new Set<string>();
  for (const e of out) {
    if (seen.has(e.id)) throw new Error(`duplicate FtM id ${e.id}`);
    seen.add(e.id);
  }
  return out;
}

/** entities.ftm.json: one entity a line, newline-terminated. */
export function toFtm(graph: SerializedRabitaGraph, documents: DocumentsFile): string {
  return toFtmEntities(graph, documents)
    .map((e) => `${JSON.stringify(e)}\n`)
    .join("");
}
