/**
 * Turns the graph into what the timeline draws: dated events as periods (a day, a month, a
 * year, or a range from the start of its first period to the end of its last), funding
 * placed at the funded event's period, the undated events, and the extent in whole years.
 * Pure: reads the graphology graph, never mutates it; no DOM.
 */
import type { RabitaGraph } from "../data/dataset.ts";
import { parseIsoPeriod } from "./periods.ts";
import type { Period, Precision } from "./periods.ts";
import { rowOf } from "./palette.ts";
import type { RowKey } from "./palette.ts";

/** How an item is drawn: a point (one day), a bar (a range), a light block (a year or month). */
export type ItemShape = "point" | "bar" | "period";

export interface TimelineItem extends Period {
  /** Node key. */
  id: string;
  label: string;
  row: RowKey;
  shape: ItemShape;
  /** Coarsest precision among the stated dates. */
  precision: Precision;
  /** The dates as the text states them: "2011-10", "2013-05 – 2014-04". */
  dateText: string;
}

export interface FundingItem extends Period {
  /** Edge key. */
  id: string;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  amount?: number;
  currency?: string;
  /** `amount / max amount in the same currency`, in (0, 1]; absent when no amount is known. */
  share?: number;
  dateText: string;
}

export interface UndatedEvent {
  id: string;
  label: string;
}

export interface TimelineModel {
  items: TimelineItem[];
  funding: FundingItem[];
  undated: UndatedEvent[];
  /** Funded edges that could not be placed in time (their target has no date). */
  unplacedFunding: number;
  /** Whole years around every dated item; the current year when nothing is dated. */
  extent: Period;
}

const RANK: Record<Precision, number> = { day: 0, month: 1, year: 2 };

/** Builds one timeline item from an event's stated dates; null when they do not parse. */
export function makeItem(
  id: string,
  label: string,
  date: { start: string; end?: string } | undefined,
  row: RowKey,
): TimelineItem | null {
  if (!date) return null;
  const a = parseIsoPeriod(date.start);
  if (!a) return null;
  const b = date.end === undefined ? null : parseIsoPeriod(date.end);
  if (b && b.end > a.start && date.end !== date.start) {
    const precision = RANK[a.precision] >= RANK[b.precision] ? a.precision : b.precision;
    return {
      id,
      label,
      row,
      start: a.start,
      end: Math.max(a.end, b.end),
      shape: "bar",
      precision,
      dateText: `${date.start} – ${date.end}`,
    };
  }
  return {
    id,
    label,
    row,
    start: a.start,
    end: a.end,
    shape: a.precision === "day" ? "point" : "period",
    precision: a.precision,
    dateText: date.start,
  };
}

function yearExtent(items: Period[]): Period {
  if (items.length === 0) {
    const y = new Date().getUTCFullYear();
    return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const it of items) {
    if (it.start < lo) lo = it.start;
    if (it.end > hi) hi = it.end;
  }
  const first = new Date(lo).getUTCFullYear();
  const last = new Date(hi - 1).getUTCFullYear();
  return { start: Date.UTC(first, 0, 1), end: Date.UTC(last + 1, 0, 1) };
}

function byStartThenId(a: Period & { id: string }, b: Period & { id: string }): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Everything the timeline draws, from the graph. */
export function makeTimelineModel(graph: RabitaGraph): TimelineModel {
  const items: TimelineItem[] = [];
  const byId = new Map<string, TimelineItem>();
  const undated: UndatedEvent[] = [];
  graph.forEachNode((id, attrs) => {
    if (attrs.kind !== "event") return;
    const item = makeItem(id, attrs.label, attrs.date, rowOf(attrs.eventType));
    if (item) {
      items.push(item);
      byId.set(id, item);
    } else undated.push({ id, label: attrs.label });
  });
  items.sort(byStartThenId);
  undated.sort((a, b) => a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1));

  const funding: FundingItem[] = [];
  let unplacedFunding = 0;
  graph.forEachEdge((id, attrs, source, target, sourceAttrs, targetAttrs) => {
    if (attrs.kind !== "funded") return;
    const at = byId.get(target) ?? byId.get(source);
    if (!at) {
      unplacedFunding++;
      return;
    }
    funding.push({
      id,
      source,
      target,
      sourceLabel: sourceAttrs.label,
      targetLabel: targetAttrs.label,
      amount: attrs.amount,
      currency: attrs.currency,
      start: at.start,
      end: at.end,
      dateText: at.dateText,
    });
  });
  const maxByCurrency = new Map<string, number>();
  for (const f of funding) {
    if (f.amount === undefined || f.amount <= 0) continue;
    const key = f.currency ?? "";
    maxByCurrency.set(key, Math.max(maxByCurrency.get(key) ?? 0, f.amount));
  }
  for (const f of funding) {
    const max = maxByCurrency.get(f.currency ?? "");
    if (f.amount !== undefined && f.amount > 0 && max) f.share = f.amount / max;
  }
  funding.sort(byStartThenId);
  return { items, funding, undated, unplacedFunding, extent: yearExtent([...items, ...funding]) };
}

/**
 * The events to light up for a focused node: the event itself, or for an actor the events it
 * is connected to. Empty when the id is unknown.
 */
export function relatedEventIds(graph: RabitaGraph, id: string): Set<string> {
  const out = new Set<string>();
  if (!graph.hasNode(id)) return out;
  if (graph.getNodeAttribute(id, "kind") === "event") {
    out.add(id);
    return out;
  }
  graph.forEachNeighbor(id, (n, attrs) => {
    if (attrs.kind === "event") out.add(n);
  });
  return out;
}

/** Formats an amount with its currency: "1,200,000 EUR"; "amount not stated" when unknown. */
export function formatAmount(amount: number | undefined, currency: string | undefined): string {
  if (amount === undefined) return "amount not stated";
  const n = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(amount);
  return currency ? `${n} ${currency}` : n;
}
