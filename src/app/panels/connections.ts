/**
 * The panel's view models: a node's connections grouped by relation and direction, and
 * dates in words. Pure.
 */
import type { EdgeKind, EventDate, IsoDate, NodeKind } from "../../model/types.ts";
import type { RabitaGraph } from "../data/dataset.ts";

export interface Connection {
  edge: string;
  kind: EdgeKind;
  other: string;
  otherLabel: string;
  otherKind: NodeKind;
  amount?: number;
  currency?: string;
}

export interface ConnectionGroup {
  title: string;
  items: Connection[];
}

/** Group titles per relation, as seen from the source (out) and from the target (in). */
const PHRASES: Record<EdgeKind, { out: string; in: string }> = {
  organised: { out: "Organised", in: "Organised by" },
  funded: { out: "Funded", in: "Funded by" },
  spoke_at: { out: "Spoke at", in: "Speakers" },
  participated: { out: "Took part in", in: "Participants" },
  part_of: { out: "Part of", in: "Includes" },
};
const ORDER: EdgeKind[] = ["organised", "funded", "spoke_at", "participated", "part_of"];

/** Label order as `localeCompare` gives it, at a fraction of the cost per comparison (a hub
 * has thousands of connections). */
const byLabel = new Intl.Collator().compare;

/** A node's connections grouped by relation and direction, groups in a fixed order and
 * items by label. */
export function connectionsOf(graph: RabitaGraph, key: string): ConnectionGroup[] {
  if (!graph.hasNode(key)) return [];
  const groups = new Map<string, Connection[]>();
  graph.forEachEdge(key, (edge, attrs, source, target) => {
    const out = source === key;
    const other = out ? target : source;
    const oa = graph.getNodeAttributes(other);
    const title = PHRASES[attrs.kind][out ? "out" : "in"];
    const item: Connection = {
      edge,
      kind: attrs.kind,
      other,
      otherLabel: oa.label,
      otherKind: oa.kind,
    };
    if (attrs.amount !== undefined) item.amount = attrs.amount;
    if (attrs.currency !== undefined) item.currency = attrs.currency;
    const list = groups.get(title);
    if (list) list.push(item);
    else groups.set(title, [item]);
  });
  const titles = ORDER.flatMap((k) => [PHRASES[k].out, PHRASES[k].in]);
  return titles
    .filter((t) => groups.has(t))
    .map((title) => ({
      title,
      items: (groups.get(title) ?? []).sort((a, b) => byLabel(a.otherLabel, b.otherLabel)),
    }));
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2023` → "2023", `2023-12` → "Dec 2023", `2023-12-10` → "10 Dec 2023". */
export function formatIsoDate(iso: IsoDate): string {
  const [y, m, d] = iso.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? iso;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function formatEventDate(date: EventDate): string {
  const start = formatIsoDate(date.start);
  return date.end && date.end !== date.start ? `${start} – ${formatIsoDate(date.end)}` : start;
}

/** "1,500,000 EUR" in tabular-friendly digits. */
export function formatAmount(amount: number, currency?: string): string {
  const n = amount.toLocaleString("en-GB");
  return currency ? `${n} ${currency}` : n;
}
