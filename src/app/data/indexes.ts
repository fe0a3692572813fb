/**
 * Indexes derived once from the dataset for the views: the collaboration network, the
 * time-window index and the search index. Built after loading, never reactive.
 */
import type { Dataset } from "./dataset.ts";
import { makeCollaborationGraph } from "./collaboration.ts";
import type { CollabGraph } from "./collaboration.ts";
import { makeTimeIndex } from "./time-window.ts";
import type { TimeIndex } from "./time-window.ts";
import { makeSearchIndex } from "../search/search-index.ts";
import type { SearchIndex } from "../search/search-index.ts";

export interface Indexes {
  collab: CollabGraph;
  time: TimeIndex;
  search: SearchIndex;
}

export function makeIndexes(dataset: Dataset): Indexes {
  const { graph } = dataset;
  const search = makeSearchIndex(
    graph.mapNodes((key, a) => ({
      key,
      label: a.label,
      kind: a.kind,
      weight: a.degree,
      names: [a.label, ...a.aliases],
    })),
  );
  return { collab: makeCollaborationGraph(graph), time: makeTimeIndex(graph), search };
}
