/**
 * Connected components of a graph (edge direction ignored), each ordered breadth-first
 * from its best-connected node, so the layout can seed neighbours near each other.
 */
import type { AbstractGraph } from "graphology-types";

/**
 * Returns the components as lists of node keys. Components come largest first (ties by
 * first key); inside one, nodes are in breadth-first order from the node of highest degree.
 * Deterministic for a graph whose nodes and edges were inserted in a fixed order.
 */
export function connectedComponents(graph: AbstractGraph): string[][] {
  const seen = new Set<string>();
  const components: string[][] = [];
  graph.forEachNode((start) => {
    if (seen.has(start)) return;
    const members: string[] = [];
    collect(graph, start, seen, members);
    components.push(breadthFirst(graph, hub(graph, members)));
  });
  return components.sort((a, b) => b.length - a.length || compare(a[0] ?? "", b[0] ?? ""));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function collect(graph: AbstractGraph, start: string, seen: Set<string>, out: string[]): void {
  const stack = [start];
  seen.add(start);
  while (stack.length > 0) {
    const node = stack.pop() as string;
    out.push(node);
    graph.forEachNeighbor(node, (next) => {
      if (seen.has(next)) return;
      seen.add(next);
      stack.push(next);
    });
  }
}

/** The member with most neighbours; ties go to the smallest key. */
function hub(graph: AbstractGraph, members: string[]): string {
  let best = members[0] as string;
  let bestDegree = -1;
  for (const node of members) {
    const degree = graph.neighbors(node).length;
    if (degree > bestDegree || (degree === bestDegree && node < best)) {
      best = node;
      bestDegree = degree;
    }
  }
  return best;
}

function breadthFirst(graph: AbstractGraph, root: string): string[] {
  const order = [root];
  const seen = new Set(order);
  for (let i = 0; i < order.length; i++) {
    graph.forEachNeighbor(order[i] as string, (next) => {
      if (seen.has(next)) return;
      seen.add(next);
      order.push(next);
    });
  }
  return order;
}
