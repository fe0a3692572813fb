/**
 * Assemble stage: an Extraction → the contract's graphology MultiDirectedGraph. Entities
 * become nodes (merged by id), relations become edges keyed by content (duplicates merged,
 * self loops and dangling ends dropped), sizes come from degree; nodes and edges are
 * inserted in sorted order so the export is deterministic. `serialiseGraph` exports and
 * validates against the contract.
 */
import { MultiDirectedGraph } from "graphology";
import type {
  EdgeAttributes,
  GraphAttributes,
  MergeEvidence,
  NodeAttributes,
  SerializedRabitaGraph,
  Span,
} from "../model/types.ts";
import { FORMAT_VERSION } from "../model/types.ts";
import { parseGraph } from "../model/schema.ts";
import type { ExtractedEntity, ExtractedRelation, Extraction } from "./types.ts";

/** The compiled graph, before or after layout. */
export type RabitaGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Options for node sizes and the graph's generator stamp. */
export interface AssembleOptions {
  generator: string;
  /** size = min(maxSize, minSize + sizeScale·sqrt(degree)). */
  minSize: number;
  maxSize: number;
  sizeScale: number;
}

export const ASSEMBLE_DEFAULTS: AssembleOptions = {
  generator: "rabita",
  minSize: 3,
  maxSize: 20,
  sizeScale: 2,
};

/** Plain code-unit comparison: independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareSpans(a: Span, b: Span): number {
  return compareStrings(a.doc, b.doc) || a.start - b.start || a.end - b.end;
}

/** Sorted spans without repeats (fresh objects, so the graph shares nothing with its input). */
export function unionSpans(lists: Span[][]): Span[] {
  const byKey = new Map<string, Span>();
  for (const list of lists)
    for (const s of list)
      byKey.set(`${s.start}:${s.end}:${s.doc}`, { doc: s.doc, start: s.start, end: s.end });
  return [...byKey.values()].sort(compareSpans);
}

/** An entity with its names and mentions gathered from every record that shares its id. */
interface EntityGroup {
  entity: ExtractedEntity;
  aliases: string[];
  mentions: Span[][];
  merges: MergeEvidence[];
}

/** The most joins a node keeps as evidence (one per rule first, then in sorted order). */
export const MAX_MERGES = 5;

const mergeText = (m: MergeEvidence): string => `${m.rule}\u0000${m.names.join("\u0000")}`;

/**
 * A node's join evidence: one record per rule and pair of names (the first document by id),
 * sorted; at most MAX_MERGES, taking one of each rule before a second of any.
 */
export function pickMerges(list: MergeEvidence[]): MergeEvidence[] {
  const byText = new Map<string, MergeEvidence>();
  for (const m of list) {
    const k = mergeText(m);
    const seen = byText.get(k);
    if (!seen || (m.doc !== undefined && (seen.doc === undefined || m.doc < seen.doc)))
      byText.set(k, m);
  }
  const sorted = [...byText.entries()]
    .sort(([a, x], [b, y]) => compareStrings(a, b) || compareStrings(x.doc ?? "", y.doc ?? ""))
    .map(([, m]) => m);
  const rules = new Set<string>();
  const first = sorted.filter((m) => !rules.has(m.rule) && rules.add(m.rule));
  const rest = sorted.filter((m) => !first.includes(m));
  const kept = new Set([...first, ...rest].slice(0, MAX_MERGES));
  return sorted
    .filter((m) => kept.has(m))
    .map((m) => ({
      rule: m.rule,
      names: [...m.names],
      ...(m.doc !== undefined && { doc: m.doc }),
    }));
}

/** Groups entities by id in one pass; the longest label wins, the others become aliases. */
function mergeEntities(entities: ExtractedEntity[]): Map<string, EntityGroup> {
  const byId = new Map<string, EntityGroup>();
  for (const e of entities) {
    const group = byId.get(e.id);
    if (!group) {
      byId.set(e.id, {
        entity: e,
        aliases: [...e.aliases],
        mentions: [e.mentions],
        merges: [...(e.merges ?? [])],
      });
      continue;
    }
    group.merges.push(...(e.merges ?? []));
    group.aliases.push(...e.aliases, e.label, group.entity.label);
    group.mentions.push(e.mentions);
    const longer =
      e.label.length > group.entity.label.length ||
      (e.label.length === group.entity.label.length && e.label < group.entity.label);
    if (longer) group.entity = { ...group.entity, ...e };
  }
  return byId;
}

function nodeAttributes(group: EntityGroup, funds: boolean): NodeAttributes {
  const e = group.entity;
  const aliases = [...new Set(group.aliases)].filter((a) => a !== e.label && a !== "");
  // Keys in the contract's order, so the JSON reads the same as the schema.
  const attributes: NodeAttributes = {
    label: e.label,
    kind: e.kind === "organisation" && funds ? "funder" : e.kind,
    aliases: aliases.sort(compareStrings),
    mentions: unionSpans(group.mentions),
    ...(e.date && {
      date: e.date.end ? { start: e.date.start, end: e.date.end } : { start: e.date.start },
    }),
    ...(e.eventType && { eventType: e.eventType }),
    ...(e.place && { place: e.place }),
    ...(group.merges.length > 0 && { merges: pickMerges(group.merges) }),
    x: 0,
    y: 0,
    size: 0,
    degree: 0,
  };
  return attributes;
}

/** Content-derived edge key; distinct funding amounts between the same pair stay distinct. */
export function edgeKey(r: ExtractedRelation): string {
  const base = `${r.kind}:${r.source}->${r.target}`;
  return r.amount === undefined ? base : `${base}:${r.amount}${r.currency ?? ""}`;
}

/** Relations that share a key, with all their evidence. */
interface RelationGroup {
  relation: ExtractedRelation;
  evidence: Span[][];
}

/** Groups relations by key in one pass, dropping self loops and dangling ends. */
function mergeRelations(
  relations: ExtractedRelation[],
  nodes: Set<string>,
): Map<string, RelationGroup> {
  const byKey = new Map<string, RelationGroup>();
  for (const r of relations) {
    if (r.source === r.target || !nodes.has(r.source) || !nodes.has(r.target)) continue;
    const key = edgeKey(r);
    const group = byKey.get(key);
    if (group) group.evidence.push(r.evidence);
    else byKey.set(key, { relation: r, evidence: [r.evidence] });
  }
  return byKey;
}

function edgeAttributes(group: RelationGroup): EdgeAttributes {
  const r = group.relation;
  const attributes: EdgeAttributes = { kind: r.kind, evidence: unionSpans(group.evidence) };
  if (r.amount !== undefined) {
    attributes.amount = r.amount;
    if (r.currency) attributes.currency = r.currency;
  }
  return attributes;
}

/** Builds the graph (positions all 0 until `layout` runs). Input order does not matter. */
export function buildGraph(
  extraction: Extraction,
  options: Partial<AssembleOptions> = {},
): RabitaGraph {
  const { generator, minSize, maxSize, sizeScale } = { ...ASSEMBLE_DEFAULTS, ...options };
  const entities = mergeEntities(extraction.entities);
  const edges = mergeRelations(extraction.relations, new Set(entities.keys()));
  const funders = new Set<string>();
  for (const g of edges.values()) if (g.relation.kind === "funded") funders.add(g.relation.source);
  const graph: RabitaGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ version: FORMAT_VERSION, generator });
  for (const id of [...entities.keys()].sort(compareStrings)) {
    graph.addNode(id, nodeAttributes(entities.get(id) as EntityGroup, funders.has(id)));
  }
  for (const key of [...edges.keys()].sort(compareStrings)) {
    const group = edges.get(key) as RelationGroup;
    graph.addDirectedEdgeWithKey(
      key,
      group.relation.source,
      group.relation.target,
      edgeAttributes(group),
    );
  }
  graph.forEachNode((node, attributes) => {
    const degree = graph.neighbors(node).length;
    attributes.degree = degree;
    attributes.size =
      Math.round(Math.min(maxSize, minSize + sizeScale * Math.sqrt(degree)) * 100) / 100;
  });
  return graph;
}

/**
 * Exports the graph in graphology's format and validates it against the contract. Returns
 * the export itself (not the validator's copy), so a large graph is not held twice.
 */
export function serialiseGraph(graph: RabitaGraph): SerializedRabitaGraph {
  const data = graph.export() as SerializedRabitaGraph;
  parseGraph(data);
  return data;
}

/** buildGraph + serialiseGraph, for callers that lay out elsewhere or not at all. */
export function assemble(
  extraction: Extraction,
  options: Partial<AssembleOptions> = {},
): SerializedRabitaGraph {
  return serialiseGraph(buildGraph(extraction, options));
}
