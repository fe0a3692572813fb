/**
 * Synthetic graphs for the rendering benchmark: `makeBenchGraph(n)` returns a contract-valid
 * `graph.json` with n nodes of mixed kinds, about four edges per node, event dates spread
 * over 2000–2024 at every precision (some ranges, some undated), and positions from a seeded
 * clustered layout, so the benchmark measures the renderer, not a layout algorithm.
 */
import { EVENT_TYPES } from "../src/model/types.ts";
import type {
  EdgeAttributes,
  EventDate,
  NodeKind,
  SerializedRabitaGraph,
} from "../src/model/types.ts";

/** A small seeded PRNG (mulberry32): the same n gives the same graph. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number): string => String(n).padStart(2, "0");

function randomDate(rnd: () => number): EventDate | undefined {
  const r = rnd();
  if (r < 0.05) return undefined;
  const y = 2000 + Math.floor(rnd() * 25);
  const m = 1 + Math.floor(rnd() * 12);
  const d = 1 + Math.floor(rnd() * 28);
  if (r < 0.15) return { start: String(y) };
  if (r < 0.35) return { start: `${y}-${pad(m)}` };
  if (r < 0.45) {
    const months = 1 + Math.floor(rnd() * 18);
    const end = new Date(Date.UTC(y, m - 1 + months, 1));
    return {
      start: `${y}-${pad(m)}`,
      end: `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}`,
    };
  }
  return { start: `${y}-${pad(m)}-${pad(d)}` };
}

function kindOf(r: number): NodeKind {
  if (r < 0.4) return "organisation";
  if (r < 0.5) return "funder";
  if (r < 0.75) return "person";
  return "event";
}

/** A graph of `n` nodes and about `4n` edges. */
export function makeBenchGraph(n: number, seed = 42): SerializedRabitaGraph {
  const rnd = seeded(seed + n);
  const clusters = Math.max(4, Math.round(Math.sqrt(n) / 3));
  const centres = Array.from({ length: clusters }, () => [rnd() * 1000, rnd() * 1000] as const);
  const gauss = (): number => {
    const u = Math.max(1e-9, rnd());
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
  };
  const kinds: NodeKind[] = [];
  const clusterOf: number[] = [];
  const nodes: SerializedRabitaGraph["nodes"] = [];
  for (let i = 0; i < n; i++) {
    const kind = kindOf(rnd());
    const c = Math.floor(rnd() * clusters);
    const [cx, cy] = centres[c] ?? [0, 0];
    const spread = 1000 / Math.sqrt(clusters) / 3;
    kinds.push(kind);
    clusterOf.push(c);
    const date = kind === "event" ? randomDate(rnd) : undefined;
    nodes.push({
      key: `n${i}`,
      attributes: {
        label: `${kind[0]?.toUpperCase()}${kind.slice(1)} ${i}`,
        kind,
        aliases: [],
        mentions: [],
        ...(date ? { date } : {}),
        ...(kind === "event"
          ? { eventType: EVENT_TYPES[Math.floor(rnd() * EVENT_TYPES.length)] ?? "other" }
          : {}),
        x: cx + gauss() * spread,
        y: cy + gauss() * spread,
        size: 2,
        degree: 0,
      },
    });
  }
  // Events by cluster, so that most edges stay local like a real corpus.
  const eventsIn: number[][] = Array.from({ length: clusters }, () => []);
  const allEvents: number[] = [];
  kinds.forEach((k, i) => {
    if (k !== "event") return;
    eventsIn[clusterOf[i] ?? 0]?.push(i);
    allEvents.push(i);
  });
  const pickEvent = (i: number): number | undefined => {
    const local = eventsIn[clusterOf[i] ?? 0] ?? [];
    const pool = local.length > 0 && rnd() < 0.85 ? local : allEvents;
    return pool[Math.floor(rnd() * pool.length)];
  };
  const edges: SerializedRabitaGraph["edges"] = [];
  const degree = new Map<number, number>();
  const add = (s: number, t: number, attrs: EdgeAttributes): void => {
    if (s === t) return;
    edges.push({ key: `e${edges.length}`, source: `n${s}`, target: `n${t}`, attributes: attrs });
    degree.set(s, (degree.get(s) ?? 0) + 1);
    degree.set(t, (degree.get(t) ?? 0) + 1);
  };
  const target = 4 * n;
  for (let guard = 0; edges.length < target && guard < target * 3; guard++) {
    const s = Math.floor(rnd() * n);
    const kind = kinds[s];
    if (kind === "event") continue;
    const r = rnd();
    if (kind === "funder" && r < 0.5) {
      const t = pickEvent(s);
      if (t !== undefined)
        add(s, t, {
          kind: "funded",
          evidence: [],
          ...(rnd() < 0.7
            ? { amount: Math.round(rnd() * 100) * 10_000, currency: rnd() < 0.6 ? "EUR" : "USD" }
            : {}),
        });
    } else if (kind === "organisation" && r < 0.1) {
      const t = Math.floor(rnd() * n);
      if (kinds[t] === "organisation") add(s, t, { kind: "part_of", evidence: [] });
    } else {
      const t = pickEvent(s);
      const rel =
        r < 0.3 ? "organised" : r < 0.45 && kind === "person" ? "spoke_at" : "participated";
      if (t !== undefined) add(s, t, { kind: rel, evidence: [] });
    }
  }
  for (const node of nodes) {
    const d = degree.get(Number(node.key.slice(1))) ?? 0;
    node.attributes.degree = d;
    node.attributes.size = 2 + Math.log2(1 + d) * 1.5;
  }
  return {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: { version: 1, generator: "bench/render-graph-generator" },
    nodes,
    edges,
  };
}
