/**
 * Data for the export tests: the seed corpus compiled by the real pipeline (as
 * `npm run compile` does), a small hand-made graph full of hostile strings, and the flat values
 * each export must carry, computed here straight from the graph (not through src/export).
 */
import path from "node:path";
import { compileCorpus } from "../../../src/compiler/index.ts";
import { DECODE_DEFAULTS } from "../../../src/compiler/decode.ts";
import { parseDocuments, parseGraph } from "../../../src/model/schema.ts";
import type {
  DocumentsFile,
  EdgeKind,
  NodeAttributes,
  SerializedEdge,
  SerializedNode,
  SerializedRabitaGraph,
  Span,
} from "../../../src/model/types.ts";
import { readFound, walk } from "../../../scripts/compile-io.ts";

export const root = path.resolve(import.meta.dirname, "../../..");

export interface Data {
  graph: SerializedRabitaGraph;
  documents: DocumentsFile;
}

/** seeds/ compiled with the compiler's defaults. */
export async function compileSeeds(): Promise<Data> {
  const found = await walk(path.join(root, "seeds"));
  const files = await Promise.all(found.map((f) => readFound(f, DECODE_DEFAULTS.maxBytes)));
  const { graph, documents } = compileCorpus(files);
  return { graph, documents };
}

// Hostile strings: quotes, commas, newlines, CR, tabs, markup, Arabic script, emoji.
const DOC_A = 'notes, "draft" <1> & more.txt';
const DOC_B = "تقارير/تقرير الأمل 🌱.md";
const TEXT_A = [
  'Al-Amal "Hope", <Association> & Co. met Seán O\'Brien.',
  'The Conference "Civil Society"\r\nBaghdad, 2023 was organised by Al-Amal "Hope", <Association> & Co.',
  "Funding: 1,234,567.89 EUR, from جمعية الأمل 🌱\tto Al-Amal; and 3,000,000,000 USD.",
  "Seán O'Brien spoke;\nhe works for Al-Amal.",
].join("\n\n");
const TEXT_B = 'جمعية الأمل 🌱 موّلت مشروع <Alpha> & Beta، وقالت: "شكراً".\nProject <Alpha> & Beta';

function span(doc: string, text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: ${JSON.stringify(needle)} not in ${doc}`);
  return { doc, start, end: start + needle.length };
}

function node(
  key: string,
  attributes: Partial<NodeAttributes> & Pick<NodeAttributes, "label" | "kind">,
): SerializedNode {
  return {
    key,
    attributes: { aliases: [], mentions: [], x: 0, y: 0, size: 3, degree: 0, ...attributes },
  };
}

function edge(
  source: string,
  kind: EdgeKind,
  target: string,
  evidence: Span[],
  extra: { amount?: number; currency?: string; key?: string } = {},
): SerializedEdge {
  const { key, ...money } = extra;
  return {
    key: key ?? `${kind}:${source}->${target}`,
    source,
    target,
    attributes: { kind, evidence, ...money },
  };
}

const ORG = 'org:"quoted",<&>';
const FUNDER = "org:الأمل";
const PERSON = "person:o'brien";
const CONF = "event:conf\tbaghdad";
const PROJECT = "event:proj";
const GALA = "event:gala";

/** A small graph of every kind and every edge kind, with hostile strings everywhere. */
export function hostileData(): Data {
  const nodes: SerializedNode[] = [
    node(ORG, {
      label: 'Al-Amal "Hope", <Association> & Co.',
      kind: "organisation",
      aliases: ["الأمل", "line\nbreak", "tab\there", "semi;colon"],
      mentions: [span(DOC_A, TEXT_A, 'Al-Amal "Hope"'), span(DOC_A, TEXT_A, "Al-Amal;")],
      x: 0.1 + 0.2,
      y: -12.5,
      size: 7.25,
      degree: 4,
    }),
    node(FUNDER, {
      label: "جمعية الأمل 🌱",
      kind: "funder",
      aliases: ["🌱 Hope, Inc."],
      mentions: [span(DOC_A, TEXT_A, "جمعية الأمل 🌱"), span(DOC_B, TEXT_B, "جمعية الأمل 🌱")],
      x: 1e-7,
      y: 123456.789,
      size: 5,
      degree: 3,
    }),
    node(PERSON, {
      label: "Seán O'Brien",
      kind: "person",
      aliases: ['"Sean"'],
      mentions: [span(DOC_A, TEXT_A, "Seán O'Brien")],
      x: -3,
      y: 4,
      degree: 2,
    }),
    node(CONF, {
      label: 'Conference "Civil Society"\r\nBaghdad, 2023',
      kind: "event",
      mentions: [span(DOC_A, TEXT_A, 'Conference "Civil Society"\r\nBaghdad, 2023')],
      date: { start: "2023-03", end: "2023-04-02" },
      eventType: "conference",
      place: 'Erbil, "Kurdistan"',
      degree: 3,
    }),
    node(PROJECT, {
      label: "Project <Alpha> & Beta",
      kind: "event",
      aliases: ["مشروع <Alpha> & Beta"],
      mentions: [span(DOC_B, TEXT_B, "Project <Alpha> & Beta")],
      date: { start: "2013" },
      eventType: "programme",
      place: "Mosul",
      degree: 2,
    }),
    node(GALA, {
      label: "Gala, \u0007bell",
      kind: "event",
      mentions: [span(DOC_B, TEXT_B, "شكراً")],
      eventType: "other",
      degree: 1,
    }),
  ];
  const sentence = (needle: string): Span[] => [span(DOC_A, TEXT_A, needle)];
  const edges: SerializedEdge[] = [
    edge(FUNDER, "funded", ORG, sentence("Funding: 1,234,567.89 EUR"), {
      amount: 1234567.89,
      currency: "EUR",
      key: `funded:${FUNDER}->${ORG}:1234567.89EUR`,
    }),
    edge(FUNDER, "funded", ORG, sentence("and 3,000,000,000 USD."), {
      amount: 3e9,
      currency: "USD",
      key: `funded:${FUNDER}->${ORG}:3000000000USD`,
    }),
    edge(FUNDER, "funded", PROJECT, [span(DOC_B, TEXT_B, "موّلت مشروع <Alpha> & Beta")], {
      amount: 250000,
      currency: "IQD",
    }),
    edge(FUNDER, "funded", GALA, [span(DOC_B, TEXT_B, "شكراً")]),
    edge(ORG, "organised", CONF, [
      span(DOC_A, TEXT_A, 'The Conference "Civil Society"\r\nBaghdad, 2023 was organised'),
      span(DOC_B, TEXT_B, "Project"),
    ]),
    edge(ORG, "participated", PROJECT, [span(DOC_B, TEXT_B, "<Alpha>")]),
    edge(PERSON, "spoke_at", CONF, sentence("Seán O'Brien spoke;\nhe works")),
    edge(PERSON, "part_of", ORG, sentence("he works for Al-Amal.")),
    edge(ORG, "part_of", PROJECT, sentence('Al-Amal "Hope", <Association> & Co. met')),
  ];
  const graph = parseGraph({
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: { version: 1, generator: 'test, "hostile" <&>' },
    nodes,
    edges,
  });
  const documents = parseDocuments({
    version: 1,
    documents: [
      {
        id: DOC_A,
        title: 'Notes, "draft" <1> & more',
        date: "2023-04",
        text: TEXT_A,
        status: "compiled",
      },
      { id: DOC_B, title: "تقرير الأمل 🌱", text: TEXT_B, status: "compiled" },
      { id: "broken.txt", title: "broken.txt", text: "", status: "failed", error: "empty file" },
    ],
  });
  return { graph, documents };
}

const SEP = " | ";

/** The flat node values every export must carry, from the graph itself. */
export function expectedNode(n: SerializedNode): Record<string, string | number> {
  const a = n.attributes;
  const docs = [...new Set(a.mentions.map((m) => m.doc))].sort();
  return {
    label: a.label,
    kind: a.kind,
    event_type: a.eventType ?? "",
    place: a.place ?? "",
    date_start: a.date?.start ?? "",
    date_end: a.date?.end ?? "",
    aliases: a.aliases.join(SEP),
    mention_count: a.mentions.length,
    documents: docs.join(SEP),
    document_count: docs.length,
    degree: a.degree,
    x: a.x,
    y: a.y,
    size: a.size,
  };
}

/** The flat edge values every export must carry, from the graph and documents.json. */
export function expectedEdge(
  e: SerializedEdge,
  documents: DocumentsFile,
): Record<string, string | number> {
  const a = e.attributes;
  const first = a.evidence[0];
  const text = documents.documents.find((d) => d.id === first?.doc)?.text ?? "";
  const docs = [...new Set(a.evidence.map((s) => s.doc))].sort();
  return {
    kind: a.kind,
    amount: a.amount ?? "",
    currency: a.currency ?? "",
    evidence: first ? text.slice(first.start, first.end) : "",
    evidence_count: a.evidence.length,
    documents: docs.join(SEP),
    document_count: docs.length,
  };
}

export const KIND_HEX = {
  organisation: "#0072B2",
  funder: "#E69F00",
  person: "#009E73",
  event: "#CC79A7",
} as const;

// eslint-disable-next-line no-control-regex -- the controls XML cannot carry
const XML_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/** What XML 1.0 can carry of a string: the exporters replace the rest with U+FFFD. */
export function xmlVisible(value: string | number): string | number {
  return typeof value === "string" ? value.replace(XML_CONTROLS, "\uFFFD") : value;
}
