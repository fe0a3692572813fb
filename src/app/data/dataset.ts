/**
 * The loaded corpus as the app uses it: the graphology graph (built once from the JSON and
 * never mutated for display), documents by id, and the list of documents that failed. Served
 * data comes in two steps: the graph first (it is drawn at once), then the documents (read and
 * checked off the main thread, see `load.ts`); until they are in, `documentsLoading` is true
 * and `documents` is empty. A graph drawn from frame.json has no mentions, merges or evidence
 * until graph.json's are filled in, which happens before the documents are handed over: what
 * shows them waits for the documents.
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
  /** Documents by id (empty while they load; reactive where they come after the graph). */
  readonly documents: Map<string, DocumentRecord>;
  /** Documents that could not be compiled, with their reasons. */
  readonly failed: DocumentRecord[];
  /** True while the documents are still on their way (absent: they came with the graph). */
  readonly documentsLoading?: boolean;
  /** Resolves once the documents are in (absent: they came with the graph). */
  readonly documentsLoaded?: Promise<void>;
}

/** Resolves once the dataset's documents are in. */
export function whenDocuments(dataset: Dataset): Promise<void> {
  return dataset.documentsLoaded ?? Promise.resolve();
}

/** The graph of validated compiled data. */
export function makeGraph(graphData: SerializedRabitaGraph): RabitaGraph {
  const graph: RabitaGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  graph.import(graphData);
  return graph;
}

/** Validated documents by id, and those that failed. */
export function documentMaps(docs: DocumentsFile): Pick<Dataset, "documents" | "failed"> {
  const documents = new Map(docs.documents.map((d) => [d.id, d]));
  const failed = docs.documents.filter((d) => d.status !== "compiled");
  return { documents, failed };
}

/** Builds the dataset from validated compiled data. */
export function makeDataset(graphData: SerializedRabitaGraph, docs: DocumentsFile): Dataset {
  return { graph: makeGraph(graphData), ...documentMaps(docs) };
}
