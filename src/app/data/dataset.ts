/**
 * The loaded corpus as the app uses it: the graphology graph (built once from the JSON and
 * never mutated for display), documents by id, and the list of documents that failed.
 */
import Graph from "graphology";
import type {
  DocumentRecord,
  DocumentsFile,
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
  SerializedRabitaGraph,
} from "../../model/types.ts";

export type RabitaGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface Dataset {
  graph: RabitaGraph;
  documents: Map<string, DocumentRecord>;
  /** Documents that could not be compiled, with their reasons. */
  failed: DocumentRecord[];
}

/** Builds the dataset from validated compiled data. */
export function makeDataset(graphData: SerializedRabitaGraph, docs: DocumentsFile): Dataset {
  const graph: RabitaGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  graph.import(graphData);
  const documents = new Map(docs.documents.map((d) => [d.id, d]));
  const failed = docs.documents.filter((d) => d.status !== "compiled");
  return { graph, documents, failed };
}
