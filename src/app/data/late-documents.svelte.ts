/**
 * A dataset whose graph is in and whose documents follow: `documents`, `failed` and
 * `documentsLoading` are reactive, so that panels, search, the status line and exports show
 * the documents once `receive` hands them over.
 */
import type { DocumentRecord, DocumentsFile } from "../../model/types.ts";
import { documentMaps } from "./dataset.ts";
import type { Dataset, RabitaGraph } from "./dataset.ts";

const NO_DOCUMENTS: ReadonlyMap<string, DocumentRecord> = new Map();
const NONE: readonly DocumentRecord[] = [];

export class GraphFirstDataset implements Dataset {
  readonly graph: RabitaGraph;
  readonly documentsLoaded: Promise<void>;
  #docs: Pick<Dataset, "documents" | "failed"> | null = $state.raw(null);
  #resolve: () => void = () => {};

  constructor(graph: RabitaGraph) {
    this.graph = graph;
    this.documentsLoaded = new Promise((resolve) => (this.#resolve = resolve));
  }

  get documents(): Map<string, DocumentRecord> {
    return this.#docs?.documents ?? (NO_DOCUMENTS as Map<string, DocumentRecord>);
  }

  get failed(): DocumentRecord[] {
    return this.#docs?.failed ?? (NONE as DocumentRecord[]);
  }

  get documentsLoading(): boolean {
    return this.#docs === null;
  }

  /** Hands over the validated documents (once). */
  receive(docs: DocumentsFile): void {
    if (this.#docs) return;
    this.#docs = documentMaps(docs);
    this.#resolve();
  }
}
