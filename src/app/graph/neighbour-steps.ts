/**
 * Stepping from a node to its neighbours by keyboard: `]` and `[` move a cursor through the
 * selected node's neighbours (those whose kind is shown), in a fixed order (by name), and Enter
 * selects the one reached. Pure, so that it is unit-testable.
 */
import type { NodeKind } from "../../model/types.ts";

/** What stepping reads of a graph (graphology's methods). */
export interface StepGraph {
  hasNode(key: string): boolean;
  neighbors(key: string): string[];
  getNodeAttributes(key: string): { label: string; kind: NodeKind };
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** The shown neighbours of `node`, by name (then key, so that the order is total). */
export function neighbourOrder(
  graph: StepGraph,
  node: string,
  shown: (kind: NodeKind) => boolean,
): string[] {
  if (!graph.hasNode(node)) return [];
  return graph
    .neighbors(node)
    .filter((n) => n !== node && shown(graph.getNodeAttributes(n).kind))
    .map((key) => ({ key, label: graph.getNodeAttributes(key).label }))
    .sort(
      (a, b) => collator.compare(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )
    .map((n) => n.key);
}

/**
 * The neighbour after `current` (direction 1) or before it (-1), wrapping round; the first
 * (or the last) when `current` is not one of them; null when there is none.
 */
export function stepNeighbour(
  order: readonly string[],
  current: string | null,
  direction: 1 | -1,
): string | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at < 0) return (direction === 1 ? order[0] : order[order.length - 1]) ?? null;
  return order[(at + direction + order.length) % order.length] ?? null;
}

/** What a screen reader hears on each step. */
export function stepAnnouncement(
  graph: StepGraph,
  from: string,
  to: string,
  order: readonly string[],
): string {
  const a = graph.getNodeAttributes(to);
  const of = graph.getNodeAttributes(from).label;
  return `${a.label} (${a.kind}), ${order.indexOf(to) + 1} of ${order.length} linked to ${of}. Enter selects it.`;
}
