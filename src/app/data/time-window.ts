/**
 * Time-window membership, precomputed so that a brush step is cheap at 10,000 nodes: events
 * carry their day range as numbers, actors an adjacency array of their events, and a window
 * change updates per-actor counters only for the events whose membership flipped. An event is
 * inside when its date overlaps the window (undated events never are); an actor is inside
 * when one of its events is. Without a window everything is inside. Pure, no DOM.
 */
import type { EventDate } from "../../model/types.ts";
import type { TimeWindow } from "../state/view-state.ts";
import type { RabitaGraph } from "./dataset.ts";

const DAY = 86_400_000;

function parts(iso: string): [number, number | undefined, number | undefined] {
  const [y, m, d] = iso.split("-").map(Number);
  return [y ?? 0, m, d];
}

/** First day (days since 1970-01-01, UTC) of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date. */
export function firstDay(iso: string): number {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, (m ?? 1) - 1, d ?? 1) / DAY;
}

/** Last day covered by a date at its precision (the year's or month's last day). */
export function lastDay(iso: string): number {
  const [y, m, d] = parts(iso);
  if (m === undefined) return Date.UTC(y, 11, 31) / DAY;
  if (d === undefined) return Date.UTC(y, m, 0) / DAY;
  return Date.UTC(y, m - 1, d) / DAY;
}

/** The inclusive day range of an event date. */
export function dayRange(date: EventDate): [number, number] {
  return [firstDay(date.start), lastDay(date.end ?? date.start)];
}

export interface TimeIndex {
  keys: string[];
  indexOf: Map<string, number>;
  isEvent: Uint8Array;
  /** Day range per node; NaN for actors and undated events. */
  start: Float64Array;
  end: Float64Array;
  /** Indices of events, and for each node the events it is linked to. */
  events: Int32Array;
  eventsOf: Int32Array[];
  /** For each event, the actors linked to it (empty for actors). */
  actorsOf: Int32Array[];
}

/** Indexes the compiled graph once. */
export function makeTimeIndex(graph: RabitaGraph): TimeIndex {
  const keys = graph.nodes();
  const indexOf = new Map(keys.map((k, i) => [k, i]));
  const n = keys.length;
  const isEvent = new Uint8Array(n);
  const start = new Float64Array(n).fill(NaN);
  const end = new Float64Array(n).fill(NaN);
  const events: number[] = [];
  keys.forEach((key, i) => {
    const attrs = graph.getNodeAttributes(key);
    if (attrs.kind !== "event") return;
    isEvent[i] = 1;
    events.push(i);
    if (attrs.date) [start[i], end[i]] = dayRange(attrs.date);
  });
  const eventsOf = keys.map((key, i) => {
    if (isEvent[i]) return new Int32Array(0);
    const linked = new Set<number>();
    graph.forEachNeighbor(key, (other) => {
      const j = indexOf.get(other);
      if (j !== undefined && isEvent[j]) linked.add(j);
    });
    return Int32Array.from(linked);
  });
  const actors: number[][] = keys.map(() => []);
  eventsOf.forEach((evs, a) => evs.forEach((e) => actors[e]?.push(a)));
  const actorsOf = actors.map((l) => Int32Array.from(l));
  return {
    keys,
    indexOf,
    isEvent,
    start,
    end,
    events: Int32Array.from(events),
    eventsOf,
    actorsOf,
  };
}

/** Tracks which nodes are inside the current window and reports what each change flips. */
export class WindowMembership {
  /** 1 where the node is inside the window (all 1 without a window). */
  readonly inside: Uint8Array;
  /** 1 where the event is inside (used by edges that list shared events). */
  readonly eventInside: Uint8Array;
  private readonly count: Int32Array;
  private active = false;

  /** Whether a window is set (without one every node is inside). */
  get isActive(): boolean {
    return this.active;
  }

  constructor(private readonly index: TimeIndex) {
    const n = index.keys.length;
    this.inside = new Uint8Array(n).fill(1);
    this.eventInside = new Uint8Array(n);
    this.count = new Int32Array(n);
    for (const e of index.events) this.eventInside[e] = 1;
    index.eventsOf.forEach((evs, i) => (this.count[i] = evs.length));
  }

  /** Applies a window; returns the node indices whose `inside` flipped and the events whose
   * `eventInside` flipped. */
  setWindow(window: TimeWindow | null): { nodes: number[]; events: number[] } {
    const { index, eventInside, count, inside } = this;
    const lo = window ? firstDay(window.start) : -Infinity;
    const hi = window ? lastDay(window.end) : Infinity;
    const { start, end, events, actorsOf, isEvent } = index;
    const flippedEvents: number[] = [];
    // Indexed loops over the typed arrays: this runs on every brush step.
    for (let k = 0; k < events.length; k++) {
      const e = events[k] as number;
      const now = window === null || ((start[e] as number) <= hi && (end[e] as number) >= lo);
      const bit = now ? 1 : 0;
      if (bit !== eventInside[e]) {
        eventInside[e] = bit;
        flippedEvents.push(e);
      }
    }
    // Update actor counters through the events that flipped (actors linked to each event).
    for (const e of flippedEvents) {
      const delta = eventInside[e] ? 1 : -1;
      const actors = actorsOf[e];
      if (!actors) continue;
      for (let j = 0; j < actors.length; j++) {
        const a = actors[j] as number;
        count[a] = (count[a] as number) + delta;
      }
    }
    this.active = window !== null;
    const flippedNodes: number[] = [];
    for (let i = 0; i < inside.length; i++) {
      const now = !this.active
        ? 1
        : isEvent[i]
          ? (eventInside[i] as number)
          : (count[i] as number) > 0
            ? 1
            : 0;
      if (now !== inside[i]) {
        inside[i] = now;
        flippedNodes.push(i);
      }
    }
    return { nodes: flippedNodes, events: flippedEvents };
  }
}

/**
 * Which nodes a window keeps (1) and how many events it keeps, computed from scratch in one
 * pass over events and actors' event lists: cheap enough to derive once per window change.
 */
export function insideWindow(
  index: TimeIndex,
  window: TimeWindow,
): { inside: Uint8Array; events: number } {
  const lo = firstDay(window.start);
  const hi = lastDay(window.end);
  const { start, end, isEvent, eventsOf } = index;
  const inside = new Uint8Array(index.keys.length);
  let events = 0;
  // Plain loops: this runs on every brush step.
  for (let k = 0; k < index.events.length; k++) {
    const e = index.events[k] as number;
    if ((start[e] as number) <= hi && (end[e] as number) >= lo) {
      inside[e] = 1;
      events++;
    }
  }
  for (let i = 0; i < eventsOf.length; i++) {
    if (isEvent[i]) continue;
    const evs = eventsOf[i] as Int32Array;
    for (let j = 0; j < evs.length; j++)
      if (inside[evs[j] as number] === 1) {
        inside[i] = 1;
        break;
      }
  }
  return { inside, events };
}
