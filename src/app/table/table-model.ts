/**
 * The table view's model: one row per entity and per relation, built once per dataset, and
 * the filtered, sorted list of rows the table shows for the current view. Pure: no DOM.
 *
 * Sorting 10,000 rows on every change would cost a locale-aware comparison per pair, so each
 * column is ranked once (on first use) and a view sorts row indices by those ranks. Empty
 * values (an undated entity, a relation without an amount) sort last in both directions.
 */
import type { EdgeKind, NodeKind } from "../../model/types.ts";
import type { Dataset } from "../data/dataset.ts";
import { KIND_LABELS } from "../graph/palette.ts";
import { normalise } from "../search/search-index.ts";
import type { TableRows, TableSort } from "../state/view-state.ts";

export interface EntityRow {
  key: string;
  name: string;
  kind: NodeKind;
  aliases: string[];
  /** Distinct documents that name it. */
  documents: number;
  /** Earliest and latest date: an event's own, an actor's over the events it is linked to. */
  first: string;
  last: string;
  degree: number;
  /** Graph node order (the index of the time-window mask). */
  index: number;
  /** Folded name and aliases, for the text filter. */
  folded: string;
}

export interface RelationRow {
  key: string;
  source: string;
  sourceName: string;
  sourceKind: NodeKind;
  kind: EdgeKind;
  target: string;
  targetName: string;
  targetKind: NodeKind;
  amount: number | undefined;
  currency: string;
  /** The event's date when an end is a dated event, else the evidence document's date. */
  date: string;
  /** Title of the first document that states it, and its id. */
  document: string;
  documentId: string;
  /** Graph node order of both ends. */
  sourceIndex: number;
  targetIndex: number;
  folded: string;
}

/** Relation words, as the table reads them ("UNDP · funded · the project"). */
export const RELATION_LABELS: Record<EdgeKind, string> = {
  organised: "organised",
  participated: "took part in",
  spoke_at: "spoke at",
  funded: "funded",
  part_of: "part of",
};

export interface Column<R> {
  id: string;
  label: string;
  /** Sort numerically, and start descending (most first). */
  numeric?: boolean;
  /** The sort value; "" or undefined for empty. */
  value: (row: R) => string | number | undefined;
}

export const ENTITY_COLUMNS: readonly Column<EntityRow>[] = [
  { id: "name", label: "Name", value: (r) => r.name },
  { id: "kind", label: "Kind", value: (r) => KIND_LABELS[r.kind] },
  { id: "aliases", label: "Also known as", value: (r) => r.aliases.join(", ") },
  { id: "documents", label: "Documents", numeric: true, value: (r) => r.documents },
  { id: "first", label: "First date", value: (r) => r.first },
  { id: "last", label: "Last date", value: (r) => r.last },
  { id: "degree", label: "Connections", numeric: true, value: (r) => r.degree },
];

export const RELATION_COLUMNS: readonly Column<RelationRow>[] = [
  { id: "source", label: "Source", value: (r) => r.sourceName },
  { id: "kind", label: "Relation", value: (r) => RELATION_LABELS[r.kind] },
  { id: "target", label: "Target", value: (r) => r.targetName },
  { id: "amount", label: "Amount", numeric: true, value: (r) => r.amount },
  { id: "date", label: "Date", value: (r) => r.date },
  { id: "document", label: "Document", value: (r) => r.document },
];

/** The sort each table starts with: most connected entities first; relations by source. */
export const DEFAULT_SORTS: Record<TableRows, TableSort> = {
  entities: { column: "degree", desc: true },
  relations: { column: "source", desc: false },
};

/** A sort that names one of `columns`, else the default. */
export function effectiveSort<R>(
  columns: readonly Column<R>[],
  sort: TableSort | null,
  fallback: TableSort,
): TableSort {
  return sort && columns.some((c) => c.id === sort.column) ? sort : fallback;
}

/** The sort after activating a column's header: the other direction when it is the sorted
 * column, else the column's natural first direction (numbers most first). */
export function nextSort(
  columns: readonly { id: string; numeric?: boolean }[],
  current: TableSort,
  id: string,
): TableSort {
  if (current.column === id) return { column: id, desc: !current.desc };
  return { column: id, desc: !!columns.find((c) => c.id === id)?.numeric };
}

function earliest(a: string, b: string): string {
  return !a || (b && b < a) ? b : a;
}
function latest(a: string, b: string): string {
  return !a || (b && b > a) ? b : a;
}

/** One row per node, in graph order. */
export function entityRows(dataset: Dataset): EntityRow[] {
  const { graph } = dataset;
  const rows: EntityRow[] = [];
  graph.forEachNode((key, a) => {
    let first = "";
    let last = "";
    if (a.kind === "event") {
      first = a.date?.start ?? "";
      last = a.date?.end ?? first;
    } else {
      graph.forEachNeighbor(key, (_n, b) => {
        if (b.kind !== "event" || !b.date) return;
        first = earliest(first, b.date.start);
        last = latest(last, b.date.end ?? b.date.start);
      });
    }
    rows.push({
      key,
      name: a.label,
      kind: a.kind,
      aliases: a.aliases,
      documents: new Set(a.mentions.map((m) => m.doc)).size,
      first,
      last,
      degree: a.degree,
      index: rows.length,
      folded: normalise([a.label, ...a.aliases].join(" ")),
    });
  });
  return rows;
}

/** One row per edge, in graph order. */
export function relationRows(dataset: Dataset): RelationRow[] {
  const { graph, documents } = dataset;
  const order = new Map<string, number>();
  graph.forEachNode((key) => order.set(key, order.size));
  const rows: RelationRow[] = [];
  graph.forEachEdge((key, a, source, target, sa, ta) => {
    const event = [sa, ta].find((n) => n.kind === "event" && n.date);
    const doc = a.evidence[0] ? documents.get(a.evidence[0].doc) : undefined;
    const date = event?.date
      ? event.date.end && event.date.end !== event.date.start
        ? `${event.date.start} – ${event.date.end}`
        : event.date.start
      : (doc?.date ?? "");
    rows.push({
      key,
      source,
      sourceName: sa.label,
      sourceKind: sa.kind,
      kind: a.kind,
      target,
      targetName: ta.label,
      targetKind: ta.kind,
      amount: a.amount,
      currency: a.currency ?? "",
      date,
      document: doc?.title || (a.evidence[0]?.doc ?? ""),
      documentId: a.evidence[0]?.doc ?? "",
      sourceIndex: order.get(source) ?? -1,
      targetIndex: order.get(target) ?? -1,
      folded: normalise(`${sa.label} ${ta.label} ${doc?.title ?? ""}`),
    });
  });
  return rows;
}

/** What the shared state filters by. */
export interface RowFilter {
  /** Kinds shown. */
  kinds: readonly NodeKind[];
  /** Nodes the time window keeps (graph order), or null without a window. */
  inside: Uint8Array | null;
  /** The table's own text filter, as typed. */
  text: string;
}

/**
 * Rows of one kind with their columns; `view` answers the filtered, sorted row indices,
 * ranking each column once on first use.
 */
export class Table<R> {
  private readonly ranks = new Map<string, Int32Array>();
  private readonly collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

  constructor(
    readonly rows: readonly R[],
    readonly columns: readonly Column<R>[],
    private readonly keep: (row: R, filter: RowFilter, kinds: ReadonlySet<NodeKind>) => boolean,
    private readonly folded: (row: R) => string,
  ) {}

  /** Each row's rank in ascending order of the column; -1 where the value is empty. */
  rank(columnId: string): Int32Array {
    const cached = this.ranks.get(columnId);
    if (cached) return cached;
    const column = this.columns.find((c) => c.id === columnId);
    const out = new Int32Array(this.rows.length).fill(-1);
    if (column) {
      const values = this.rows.map((r) => column.value(r));
      const idx: number[] = [];
      values.forEach((v, i) => {
        if (v !== undefined && v !== "") idx.push(i);
      });
      const cmp = this.collator.compare;
      idx.sort((a, b) => {
        const va = values[a] as string | number;
        const vb = values[b] as string | number;
        return typeof va === "number" && typeof vb === "number"
          ? va - vb
          : cmp(String(va), String(vb));
      });
      // Equal values share a rank, so that ties keep the rows' own order in both directions.
      let rank = 0;
      idx.forEach((row, i) => {
        const prev = idx[i - 1];
        if (i > 0 && prev !== undefined && values[prev] !== values[row]) rank = i;
        out[row] = rank;
      });
    }
    this.ranks.set(columnId, out);
    return out;
  }

  /** Indices of the rows the filter keeps, in sort order. */
  view(filter: RowFilter, sort: TableSort): number[] {
    const kinds = new Set(filter.kinds);
    const text = normalise(filter.text);
    const out: number[] = [];
    this.rows.forEach((row, i) => {
      if (!this.keep(row, filter, kinds)) return;
      if (text && !this.folded(row).includes(text)) return;
      out.push(i);
    });
    const rank = this.rank(sort.column);
    const dir = sort.desc ? -1 : 1;
    return out.sort((a, b) => {
      const ra = rank[a] ?? -1;
      const rb = rank[b] ?? -1;
      if (ra < 0 || rb < 0) return ra < 0 && rb < 0 ? a - b : ra < 0 ? 1 : -1;
      return (ra - rb) * dir || a - b;
    });
  }
}

export interface Tables {
  entities: Table<EntityRow>;
  relations: Table<RelationRow>;
}

/** Both tables of a dataset. */
export function makeTables(dataset: Dataset): Tables {
  return {
    entities: new Table(
      entityRows(dataset),
      ENTITY_COLUMNS,
      (r, f, kinds) => kinds.has(r.kind) && (!f.inside || f.inside[r.index] === 1),
      (r) => r.folded,
    ),
    relations: new Table(
      relationRows(dataset),
      RELATION_COLUMNS,
      (r, f, kinds) =>
        kinds.has(r.sourceKind) &&
        kinds.has(r.targetKind) &&
        (!f.inside || (f.inside[r.sourceIndex] === 1 && f.inside[r.targetIndex] === 1)),
      (r) => r.folded,
    ),
  };
}

/** The page (0-based) that holds row `index` of a view, or null when the view lacks it. */
export function pageOf(view: readonly number[], index: number, pageSize: number): number | null {
  const at = view.indexOf(index);
  return at < 0 ? null : Math.floor(at / pageSize);
}

const built = new WeakMap<Dataset, { tables: Tables; loading: boolean }>();

/** The tables of a dataset, built on first use and kept while the dataset lives; built again
 * once when its documents come in after (with them, the mentions and evidence that give the
 * rows their documents). */
export function tablesOf(dataset: Dataset): Tables {
  const loading = !!dataset.documentsLoading;
  let t = built.get(dataset);
  if (!t || (t.loading && !loading)) {
    t = { tables: makeTables(dataset), loading };
    built.set(dataset, t);
  }
  return t.tables;
}
