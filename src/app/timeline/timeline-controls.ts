/**
 * The timeline's control bar, framework-free: a legend of shapes, the brushed window as text
 * with a one-click clear, the "N undated" button with its list, and a zoom reset. Text is set
 * with `textContent`, never as HTML.
 */
import type { TimeWindow } from "../state/view-state.ts";
import type { UndatedEvent } from "./timeline-model.ts";
import { describeWindow } from "./periods.ts";
import { createWindowFields } from "./window-fields.ts";

export interface ControlHandlers {
  onclearwindow(): void;
  onreset(): void;
  onselect(id: string): void;
  /** A window set by keyboard: typed in the start and end fields, or moved by its buttons. */
  onsetwindow?(window: TimeWindow | null): void;
}

export interface Controls {
  /** The bar, to be placed above the plot. */
  bar: HTMLElement;
  /** The undated list, positioned by the caller's CSS inside the timeline. */
  list: HTMLElement;
  /** Shows the window; with `settle` (a brush being dragged), its fields once it rests. */
  setWindow(window: TimeWindow | null, settle?: boolean): void;
  setZoomed(zoomed: boolean): void;
  destroy(): void;
}

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = cls;
  if (text !== undefined) el.textContent = text;
  return el;
}

function legend(): HTMLElement {
  const box = h("span", "tl-legend");
  box.setAttribute("aria-hidden", "true");
  for (const [shape, text] of [
    ["point", "day"],
    ["bar", "range"],
    ["period", "month / year"],
  ] as const) {
    const item = h("span", "tl-legend-item");
    item.append(h("span", `tl-swatch tl-swatch-${shape}`), document.createTextNode(text));
    box.append(item);
  }
  return box;
}

let uid = 0;

/** How many undated events the list shows at first, and how many more each "Show more" adds. */
export const UNDATED_PAGE = 50;

/** Builds the control bar and the undated list; `bounds` (the timeline's span) gives the
 * window fields their range. */
export function createControls(
  undated: UndatedEvent[],
  handlers: ControlHandlers,
  bounds?: TimeWindow,
): Controls {
  const bar = h("div", "tl-controls");
  const onsetwindow = handlers.onsetwindow;
  const fields = bounds && onsetwindow ? createWindowFields(bounds, onsetwindow) : null;
  const win = h("span", "tl-window");
  const winText = h("span", "tl-window-text");
  const text = document.createTextNode("");
  winText.append(text);
  const clear = h("button", "tl-btn tl-clear", "Clear");
  clear.type = "button";
  clear.setAttribute("aria-label", "Clear the time window");
  clear.addEventListener("click", () => handlers.onclearwindow());
  win.append(winText, clear);

  const listId = `tl-undated-${++uid}`;
  const undatedBtn = h("button", "tl-btn tl-undated", `${undated.length} undated`);
  undatedBtn.type = "button";
  undatedBtn.setAttribute("aria-expanded", "false");
  undatedBtn.setAttribute("aria-controls", listId);
  undatedBtn.disabled = undated.length === 0;
  undatedBtn.title = "Events whose date the documents do not state";

  const list = h("div", "tl-undated-list");
  list.id = listId;
  list.hidden = true;
  const ul = h("ul", "");
  ul.setAttribute("aria-label", "Undated events");
  // Rendered a page at a time: a compiled corpus can have thousands of undated events, and
  // every element on the page costs each frame's style, paint and compositing.
  let shown = 0;
  const moreLi = h("li", "tl-undated-more-row");
  const more = h("button", "tl-btn tl-undated-more");
  more.type = "button";
  more.addEventListener("click", () => {
    const first = showMore();
    // Keyboard focus goes on to the first row it revealed (the button may be gone).
    first?.focus();
  });
  moreLi.append(more);

  function item(ev: UndatedEvent): HTMLLIElement {
    const li = h("li", "");
    const b = h("button", "tl-undated-item", ev.label);
    b.type = "button";
    b.dir = "auto";
    b.dataset.id = ev.id;
    b.addEventListener("click", () => {
      toggle(false);
      handlers.onselect(ev.id);
    });
    li.append(b);
    return li;
  }

  /** Shows the next page of rows; returns the first row's button it added. */
  function showMore(): HTMLButtonElement | null {
    const page = undated.slice(shown, shown + UNDATED_PAGE);
    shown += page.length;
    const rows = page.map(item);
    moreLi.before(...rows);
    const rest = undated.length - shown;
    if (rest > 0) {
      more.textContent = `Show more (${rest.toLocaleString("en")})`;
      more.title = `List the next ${Math.min(rest, UNDATED_PAGE)} of the ${rest} undated events not listed`;
    } else moreLi.remove();
    return rows[0]?.querySelector("button") ?? null;
  }
  ul.append(moreLi);
  showMore();
  list.append(ul);

  function toggle(open: boolean): void {
    list.hidden = !open;
    undatedBtn.setAttribute("aria-expanded", String(open));
    if (open) list.querySelector("button")?.focus();
  }
  undatedBtn.addEventListener("click", () => toggle(list.hidden));
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === "Escape" && !list.hidden) {
      toggle(false);
      undatedBtn.focus();
    }
  };
  const onDown = (e: PointerEvent): void => {
    const t = e.target as Node | null;
    if (!list.hidden && t && !list.contains(t) && !undatedBtn.contains(t)) toggle(false);
  };
  list.addEventListener("keydown", onKey);
  document.addEventListener("pointerdown", onDown);

  const reset = h("button", "tl-btn tl-reset", "All years");
  reset.type = "button";
  reset.title = "Zoom out to every year";
  reset.addEventListener("click", () => handlers.onreset());

  const spacer = h("span", "tl-spacer");
  bar.append(legend(), spacer, ...(fields ? [fields.el] : []), win, undatedBtn, reset);

  /** The window shown (undefined before the first). */
  let shownWindow: TimeWindow | null | undefined = undefined;
  return {
    bar,
    list,
    setWindow(window, settle = false) {
      // A dragged brush gives the same window many times over: nothing to show again.
      const was = shownWindow;
      const same =
        was !== undefined &&
        (window === was ||
          (!!window && !!was && window.start === was.start && window.end === was.end));
      if (same && settle) return;
      shownWindow = window;
      if (!same) {
        win.hidden = window === null;
        // The text node's data replaced, not the node (a new node costs its style).
        text.data = window ? describeWindow(window) : "";
        winText.title = window ? `${window.start} – ${window.end}` : "";
      }
      fields?.setWindow(window, settle);
    },
    setZoomed(zoomed) {
      reset.disabled = !zoomed;
    },
    destroy() {
      document.removeEventListener("pointerdown", onDown);
      fields?.destroy();
    },
  };
}
