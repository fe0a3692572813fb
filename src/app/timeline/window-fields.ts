/**
 * The time window by keyboard: a start and an end date field, and two buttons that move the
 * window by its own length, earlier or later. The brush does the same with a pointer; both
 * set the one window in the app state. The rules are pure functions (unit-tested); the fields
 * are plain DOM, built by the timeline's control bar.
 */
import type { TimeWindow } from "../state/view-state.ts";
import { settler } from "../state/settler.ts";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Milliseconds at UTC midnight of an ISO day, or NaN when it is not a real day. */
export function dayMs(day: string): number {
  const m = ISO_DAY.exec(day);
  if (!m) return NaN;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === day ? ms : NaN;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The window the fields say: both empty, none; one empty, that side of `bounds` (the
 * timeline's whole span); a start after the end, the two swapped. Undefined while a field
 * holds no real day or one outside `bounds` (the window stays as it was): typing a year digit
 * by digit passes through years such as 0201, which must not move the window.
 */
export function windowFromFields(
  start: string,
  end: string,
  bounds: TimeWindow,
): TimeWindow | null | undefined {
  if (start === "" && end === "") return null;
  const a = start === "" ? bounds.start : start;
  const b = end === "" ? bounds.end : end;
  for (const day of [a, b])
    if (Number.isNaN(dayMs(day)) || day < bounds.start || day > bounds.end) return undefined;
  return a <= b ? { start: a, end: b } : { start: b, end: a };
}

/** The last day of the month `months` after January of year 0 (months counted from 0). */
function monthEnd(months: number): number {
  return Date.UTC(Math.floor(months / 12), (months % 12) + 1, 0);
}

/**
 * The window moved by its own length, earlier (-1) or later (1): whole months (a year, a
 * quarter) by as many months, from the first of a month to the end of one; any other window
 * by its number of days, both ends counted.
 */
export function shiftWindow(window: TimeWindow, direction: -1 | 1): TimeWindow {
  const a = dayMs(window.start);
  const b = dayMs(window.end);
  if (Number.isNaN(a) || Number.isNaN(b)) return window;
  const start = new Date(a);
  const end = new Date(b);
  if (start.getUTCDate() === 1 && new Date(b + DAY_MS).getUTCDate() === 1) {
    const first = start.getUTCFullYear() * 12 + start.getUTCMonth();
    const last = end.getUTCFullYear() * 12 + end.getUTCMonth();
    const step = (last - first + 1) * direction;
    return {
      start: isoDay(Date.UTC(Math.floor((first + step) / 12), (first + step) % 12, 1)),
      end: isoDay(monthEnd(last + step)),
    };
  }
  const step = (b - a + DAY_MS) * direction;
  return { start: isoDay(a + step), end: isoDay(b + step) };
}

export interface WindowFields {
  /** The group of fields and buttons, for the control bar. */
  el: HTMLElement;
  /** Shows the window (fields empty and moves disabled when none); with `settle` (a brush
   * being dragged), the fields once it rests. */
  setWindow(window: TimeWindow | null, settle?: boolean): void;
  destroy(): void;
}

let uid = 0;

/** Builds the start and end fields and the move buttons; `onwindow` gets what they set. */
export function createWindowFields(
  bounds: TimeWindow,
  onwindow: (window: TimeWindow | null) => void,
): WindowFields {
  const n = ++uid;
  const el = document.createElement("span");
  el.className = "tl-fields";
  el.setAttribute("role", "group");
  el.setAttribute("aria-label", "Time window");
  let current: TimeWindow | null = null;

  const field = (text: string, name: string): HTMLInputElement => {
    const label = document.createElement("label");
    label.className = "tl-field";
    label.htmlFor = `tl-${name}-${n}`;
    label.textContent = text;
    const input = document.createElement("input");
    input.type = "date";
    input.id = label.htmlFor;
    input.className = `tl-date tl-${name}`;
    input.min = bounds.start;
    input.max = bounds.end;
    el.append(label, input);
    return input;
  };
  const from = field("From", "from");
  const to = field("to", "to");
  const changed = (): void => {
    const next = windowFromFields(from.value, to.value, bounds);
    if (next === undefined) return;
    if (
      next === null ? current === null : next.start === current?.start && next.end === current?.end
    )
      return;
    onwindow(next);
  };
  from.addEventListener("change", changed);
  to.addEventListener("change", changed);
  // Left, a field shows the window again (swapped ends, or a day it could not take).
  from.addEventListener("blur", () => (from.value = current?.start ?? ""));
  to.addEventListener("blur", () => (to.value = current?.end ?? ""));

  const move = (text: string, label: string, direction: -1 | 1): HTMLButtonElement => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "tl-btn tl-move";
    b.textContent = text;
    b.setAttribute("aria-label", label);
    b.title = label;
    b.addEventListener("click", () => {
      if (current) onwindow(shiftWindow(current, direction));
    });
    el.append(b);
    return b;
  };
  const earlier = move("◀", "Move the window earlier by its length", -1);
  const later = move("▶", "Move the window later by its length", 1);

  const write = (window: TimeWindow | null): void => {
    // A field being typed in keeps its text until it is left.
    if (document.activeElement !== from) from.value = window?.start ?? "";
    if (document.activeElement !== to) to.value = window?.end ?? "";
  };
  // While the brush is dragged, the fields show the window once it rests: the brush moves it
  // every frame, and a date field's new text costs that frame its layout (the window's text
  // beside them shows each step).
  const show = settler(write);
  function setWindow(window: TimeWindow | null, settle = false): void {
    current = window;
    earlier.disabled = later.disabled = window === null;
    if (settle) show(window);
    else {
      show.cancel();
      write(window);
    }
  }
  setWindow(null);
  return { el, setWindow, destroy: () => show.cancel() };
}
