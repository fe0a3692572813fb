/**
 * Framework-free d3 adapter for the timeline: `createTimelineView(el, model, handlers)` draws
 * one row per event type and a funding row on a UTC time axis; wheel/pinch zooms the x axis,
 * a click on a tick (or on the axis) zooms to that year or month; a brush picks the time
 * window. `update(viewModel)` pushes the window and highlight; `destroy()` removes everything.
 *
 * Every item element carries `data-id` (node or edge key) and `data-visible` ("true" when it
 * intersects the visible domain; others are not displayed), so tests can read what is shown.
 * Items sit under the brush overlay, so hover and click are hit-tested from the pointer.
 */
import { axisBottom, brushX, pointer, scaleUtc, select, zoom, zoomIdentity } from "d3";
import type {
  BrushBehavior,
  D3BrushEvent,
  D3ZoomEvent,
  Selection,
  ZoomBehavior,
  ZoomTransform,
} from "d3";
import type { TimeWindow } from "../state/view-state.ts";
import { createControls } from "./timeline-controls.ts";
import {
  chooseTickLevel,
  describePeriod,
  formatTick,
  periodToWindow,
  snapWindow,
  tickPeriod,
  tickValues,
  windowToPeriod,
} from "./periods.ts";
import type { Period, TickLevel } from "./periods.ts";
import {
  FUNDING_COLOR,
  FUNDING_STROKE,
  ROWS,
  ROW_COLORS,
  ROW_LABELS,
  ROW_STROKES,
} from "./palette.ts";
import { formatAmount } from "./timeline-model.ts";
import type { FundingItem, TimelineItem, TimelineModel } from "./timeline-model.ts";

export interface TimelineHandlers {
  onwindow: (window: TimeWindow | null) => void;
  onhover: (id: string | null) => void;
  onselect: (id: string) => void;
}

export interface TimelineViewModel {
  window: TimeWindow | null;
  /** Events to light up (the focused event, or an actor's events); null when none is focused. */
  highlighted: ReadonlySet<string> | null;
  /** The focused node (hovered, else selected): lights the funding it gives or receives. */
  focus: string | null;
  selected: string | null;
}

export interface TimelineView {
  update(viewModel: TimelineViewModel): void;
  /** Zooms the axis to a period, or back to every year with null. */
  zoomTo(period: Period | null): void;
  destroy(): void;
}

/** Layout and behaviour constants, resolved in one place. */
export const TIMELINE_DEFAULTS = {
  axisHeight: 22,
  gutterWide: 92,
  gutterNarrow: 58,
  narrowBelow: 560,
  /** Smallest visible span when zoomed in. */
  minSpanMs: 7 * 86_400_000,
  /** Items up to this count are keyboard-focusable one by one. */
  maxFocusableItems: 300,
  pointRadius: 4,
  /** Room right of the plot for the last tick's label. */
  padRight: 14,
};

const SHORT_LABELS: Record<string, string> = {
  conference: "Conf.",
  meeting: "Meet.",
  workshop: "Wksp.",
  project: "Proj.",
  launch: "Launch",
  other: "Other",
  funding: "Funds",
};

/** Classes an item carries, mirrored here so that an update touches only the items whose
 * classes change (reading or writing thousands of class lists costs milliseconds a step). */
interface Marks {
  visible: boolean;
  hl: boolean;
  selected: boolean;
  /** Its copy drawn over the window's dimming (a highlighted item while a window is set). */
  lift: SVGRectElement | null;
}

type Drawn =
  | ({ kind: "event"; item: TimelineItem; el: SVGRectElement; row: number } & Marks)
  | ({ kind: "funding"; item: FundingItem; el: SVGRectElement; row: number } & Marks);

const UNMARKED = { visible: false, hl: false, selected: false, lift: null };

const SVG = "http://www.w3.org/2000/svg";

/** Whether two windows (or none) are the same days. */
function sameWindow(a: TimeWindow | null, b: TimeWindow | null): boolean {
  return a === b || (!!a && !!b && a.start === b.start && a.end === b.end);
}

/** Mounts the timeline into `el`. */
export function createTimelineView(
  el: HTMLElement,
  model: TimelineModel,
  handlers: TimelineHandlers,
): TimelineView {
  const D = TIMELINE_DEFAULTS;
  const mountStart = performance.now();
  const root = select(el).classed("tl", true);
  const controls = createControls(
    model.undated,
    {
      onclearwindow: () => handlers.onwindow(null),
      onreset: () => zoomTo(null),
      onselect: (id) => handlers.onselect(id),
      onsetwindow: (w) => handlers.onwindow(w),
    },
    periodToWindow(model.extent.start, model.extent.end),
  );
  controls.setWindow(null);
  el.append(controls.bar);
  const body = root.append("div").attr("class", "tl-body");
  el.append(controls.list);
  // Two layers: the items (thousands of rects) in an SVG of their own underneath, untouched by
  // a brush step, so that the browser paints them from its cache; the stripes' and items' SVG is
  // repainted only when the items move (zoom) or their highlight changes. Over it, the rows'
  // labels, the window's dimming, the axis and the brush.
  const under = body.append("svg").attr("class", "tl-svg-items");
  const svg = body.append("svg").attr("class", "tl-svg");
  const tip = body
    .append("div")
    .attr("class", "tl-tip")
    .attr("role", "tooltip")
    .property("hidden", true);

  const rowKeys: string[] = [...ROWS];
  const hasFunding = model.funding.length > 0 || model.unplacedFunding > 0;
  if (hasFunding) rowKeys.push("funding");

  const gutter = svg.append("g").attr("class", "tl-gutter");
  const underPlot = under.append("g").attr("class", "tl-plot");
  const plot = svg.append("g").attr("class", "tl-plot");
  const clipId = `tl-clip-${Math.random().toString(36).slice(2)}`;
  const clipRects = [under, svg].map((s, i) =>
    s.append("defs").append("clipPath").attr("id", `${clipId}-${i}`).append("rect"),
  );
  const stripes = underPlot.append("g").attr("class", "tl-stripes");
  const itemsG = underPlot
    .append("g")
    .attr("class", "tl-items")
    .attr("clip-path", `url(#${clipId}-0)`);
  // What the time window leaves out is drawn at a quarter of its strength: white at three
  // quarters over the plot on either side of the window. A brush step moves these two
  // rectangles instead of restyling the thousands of items that enter or leave the window.
  // While a node is focused, what it is not linked to fades: one veil over the plot (the rows'
  // own colours at 85 %, so that an item shows at 15 % of its strength, as it would drawn so),
  // and the linked items are drawn again over it ("lifted"). Focusing then changes the few
  // items whose highlight changes, never the style of the thousands of others.
  const veil = plot.append("g").attr("class", "tl-veil").attr("display", "none");
  const shade = plot.append("g").attr("class", "tl-shade").attr("display", "none");
  const shadeRects = [shade.append("rect"), shade.append("rect")];
  // Items linked to the focused node are drawn again here, whole, over the veil and the
  // window's dimming.
  const liftG = plot.append("g").attr("class", "tl-lifted").attr("clip-path", `url(#${clipId}-1)`);
  const axisBg = plot.append("rect").attr("class", "tl-axis-bg");
  const axisG = plot.append("g").attr("class", "tl-axis");
  const brushG = plot.append("g").attr("class", "tl-brush");

  // Row labels with a swatch: the legend of colours, naming every type in words.
  const labels = gutter
    .selectAll<SVGGElement, string>("g")
    .data(rowKeys)
    .join("g")
    .attr("class", "tl-row-label");
  labels
    .append("rect")
    .attr("width", 8)
    .attr("height", 8)
    .attr("rx", 2)
    .attr("fill", (k) =>
      k === "funding" ? FUNDING_COLOR : ROW_COLORS[k as keyof typeof ROW_COLORS],
    )
    .attr("stroke", (k) =>
      k === "funding" ? FUNDING_STROKE : ROW_STROKES[k as keyof typeof ROW_STROKES],
    );
  const labelText = labels.append("text").attr("x", 12).attr("dy", "0.35em");
  labels
    .append("title")
    .text((k) =>
      k === "funding"
        ? `Funding, at the funded event's date${model.unplacedFunding ? ` (${model.unplacedFunding} not placed: no date)` : ""}`
        : ROW_LABELS[k as keyof typeof ROW_LABELS],
    );

  // Items: created once, positioned on every zoom.
  const drawn: Drawn[] = [];
  const focusable = model.items.length <= D.maxFocusableItems;
  for (const item of model.items) {
    const r = document.createElementNS(SVG, "rect");
    r.setAttribute("class", `tl-item tl-${item.shape}`);
    r.setAttribute("data-id", item.id);
    r.setAttribute("data-row", item.row);
    r.setAttribute("data-visible", "false");
    r.setAttribute("fill", ROW_COLORS[item.row]);
    r.setAttribute("stroke", ROW_STROKES[item.row]);
    if (focusable) {
      r.setAttribute("tabindex", "0");
      r.setAttribute("role", "button");
      r.setAttribute("aria-label", `${item.label}, ${ROW_LABELS[item.row]}, ${item.dateText}`);
    }
    r.style.display = "none";
    itemsG.node()?.append(r);
    drawn.push({ kind: "event", item, el: r, row: rowKeys.indexOf(item.row), ...UNMARKED });
  }
  const fundingRow = rowKeys.indexOf("funding");
  for (const item of model.funding) {
    const r = document.createElementNS(SVG, "rect");
    r.setAttribute("class", `tl-fund${item.share === undefined ? " tl-fund-unknown" : ""}`);
    r.setAttribute("data-id", item.id);
    r.setAttribute("data-visible", "false");
    r.setAttribute("fill", FUNDING_COLOR);
    r.setAttribute("stroke", FUNDING_STROKE);
    r.style.display = "none";
    itemsG.node()?.append(r);
    drawn.push({ kind: "funding", item, el: r, row: fundingRow, ...UNMARKED });
  }
  const byId = new Map(drawn.map((d) => [d.item.id, d]));
  /** Each node's funding items, given or received (lit while the node is focused). */
  const fundingOf = new Map<string, Drawn[]>();
  for (const d of drawn) {
    if (d.kind !== "funding") continue;
    for (const node of new Set([d.item.source, d.item.target])) {
      const list = fundingOf.get(node);
      if (list) list.push(d);
      else fundingOf.set(node, [d]);
    }
  }

  // Scales and sizes.
  let width = 0;
  let height = 0;
  let gutterW: number = D.gutterWide;
  let plotW = 1;
  let rowsH = 1;
  let rowH = 1;
  const x0 = scaleUtc().domain([model.extent.start, model.extent.end]);
  let x = x0.copy();
  let transform: ZoomTransform = zoomIdentity;
  let level: TickLevel = chooseTickLevel(model.extent.end - model.extent.start, 1);
  const maxK = Math.max(1, (model.extent.end - model.extent.start) / D.minSpanMs);

  // Wheel and pinch zoom anywhere; drags pan only on the axis (on the rows they brush).
  const zoomer: ZoomBehavior<SVGGElement, unknown> = zoom<SVGGElement, unknown>()
    .filter((event: Event) => {
      if (event.type === "wheel") return true;
      if (event instanceof MouseEvent && event.button) return false;
      return !(brushG.node()?.contains(event.target as Node) ?? false);
    })
    .scaleExtent([1, maxK])
    .on("zoom", (e: D3ZoomEvent<SVGGElement, unknown>) => {
      transform = e.transform;
      render();
    });
  plot.call(zoomer).on("dblclick.zoom", null);

  // Brush: the time window.
  let window: TimeWindow | null = null;
  let brushing = false;
  let moved = false;
  /** A dragged window not yet sent (one came earlier in this frame). */
  let pending: TimeWindow | null = null;
  /** A window was sent since the last animation frame began: the next waits for it. */
  let frame = 0;
  const brusher: BrushBehavior<unknown> = brushX<unknown>()
    .on("start", (e: D3BrushEvent<unknown>) => {
      if (!e.sourceEvent) return;
      brushing = true;
      moved = false;
    })
    .on("brush", (e: D3BrushEvent<unknown>) => {
      if (!e.sourceEvent || !e.selection) return;
      moved = true;
      const w = pixelsToWindow(e.selection as [number, number]);
      // The window's text follows every move (the fields once the brush rests).
      controls.setWindow(w, true);
      // A move within the same whole years (months, days) changes nothing else.
      pending = sameWindow(w, window) ? null : w;
      // Sent at once, so that the graph answers in the frame this move is drawn in (the
      // browser delivers moves at the start of a frame), and at most once a frame: a move
      // that comes after one was sent waits for the next frame.
      if (pending && !frame) sendDragged();
    })
    .on("end", (e: D3BrushEvent<unknown>) => {
      if (!e.sourceEvent) return;
      brushing = false;
      cancelAnimationFrame(frame);
      frame = 0;
      pending = null;
      if (!moved) {
        const [px, py] = pointer(e.sourceEvent, plot.node());
        const hit = hitTest(px, py);
        if (hit) handlers.onselect(hit.kind === "event" ? hit.item.id : hit.item.source);
        else if (!e.selection) send(null);
        syncBrush();
        return;
      }
      send(e.selection ? pixelsToWindow(e.selection as [number, number]) : null);
      syncBrush();
      resize(); // a size change seen while brushing
    });
  const typedBrushG = brushG as unknown as Selection<SVGGElement, unknown, null, undefined>;

  /** The brushed pixels as a window of whole years, months or days, as the axis counts them
   * at this zoom (the brush snaps to it when released). */
  function pixelsToWindow([a, b]: [number, number]): TimeWindow {
    return snapWindow(x.invert(a).getTime(), x.invert(b).getTime(), level.precision);
  }

  /** Sends the dragged window, then holds the next one until the next frame. */
  function sendDragged(): void {
    const w = pending;
    pending = null;
    if (!w) return;
    send(w);
    frame = requestAnimationFrame(() => {
      frame = 0;
      sendDragged();
    });
  }

  function send(w: TimeWindow | null): void {
    window = w;
    // While dragged, the window's date fields follow once it rests.
    controls.setWindow(w, brushing);
    markWindow();
    handlers.onwindow(w);
  }

  /** Puts the brush where the window is at the current zoom (or hides it when out of view). */
  function syncBrush(): void {
    const p = window ? windowToPeriod(window) : null;
    if (!p) {
      typedBrushG.call(brusher.move, null);
      return;
    }
    const a = Math.max(0, Math.min(plotW, x(p.start)));
    const b = Math.max(0, Math.min(plotW, x(p.end)));
    typedBrushG.call(brusher.move, b - a >= 1 ? [a, b] : null);
  }

  // Hit-testing under the brush overlay.
  function hitTest(px: number, py: number): Drawn | null {
    if (py < 0 || py >= rowsH) return null;
    const row = Math.floor(py / rowH);
    let best: Drawn | null = null;
    let bestScore = Infinity;
    for (const d of drawn) {
      if (!d.visible || d.row !== row) continue;
      const a = x(d.item.start);
      const b = x(d.item.end);
      const isPoint = d.kind === "event" && d.item.shape === "point";
      const pad = isPoint ? D.pointRadius + 2 : 2;
      const lo = isPoint ? (a + b) / 2 - pad : a - pad;
      const hi = isPoint ? (a + b) / 2 + pad : Math.max(b, a + 4) + pad;
      if (px < lo || px > hi) continue;
      // Prefer points, then the narrowest span.
      const score = isPoint ? 0 : 1 + (b - a);
      if (score < bestScore) {
        best = d;
        bestScore = score;
      }
    }
    return best;
  }

  let hoverId: string | null = null;
  function showTip(d: Drawn, px: number, py: number): void {
    tip.selectAll("*").remove();
    if (d.kind === "event") {
      tip.append("strong").attr("dir", "auto").text(d.item.label);
      tip.append("span").text(`${ROW_LABELS[d.item.row]} · ${d.item.dateText}`);
    } else {
      tip
        .append("strong")
        .attr("dir", "auto")
        .text(`${d.item.sourceLabel} → ${d.item.targetLabel}`);
      tip
        .append("span")
        .text(`${formatAmount(d.item.amount, d.item.currency)} · ${d.item.dateText}`);
    }
    tip.property("hidden", false);
    const tw = (tip.node() as HTMLElement).offsetWidth;
    const left = Math.max(0, Math.min(width - tw, gutterW + px + 10));
    tip.style("left", `${left}px`).style("top", `${Math.max(0, py - 34)}px`);
  }
  function hideTip(): void {
    tip.property("hidden", true);
  }
  function hoverTo(id: string | null): void {
    if (id === hoverId) return;
    hoverId = id;
    handlers.onhover(id);
  }
  brushG
    .on("pointermove.hit", (e: PointerEvent) => {
      if (brushing) return;
      const [px, py] = pointer(e, plot.node());
      const hit = hitTest(px, py);
      if (hit) {
        showTip(hit, px, py);
        hoverTo(hit.kind === "event" ? hit.item.id : hit.item.source);
      } else {
        hideTip();
        hoverTo(null);
      }
      (brushG.select(".overlay").node() as SVGElement | null)?.style.setProperty(
        "cursor",
        hit ? "pointer" : "crosshair",
      );
    })
    .on("pointerleave.hit", () => {
      hideTip();
      hoverTo(null);
    });
  itemsG
    .on("focusin", (e: FocusEvent) => {
      const d = byId.get((e.target as Element).getAttribute("data-id") ?? "");
      if (!d) return;
      showTip(d, x(d.item.start), d.row * rowH);
      hoverTo(d.item.id);
    })
    .on("focusout", () => {
      hideTip();
      hoverTo(null);
    })
    .on("keydown", (e: KeyboardEvent) => {
      if (e.key !== "Enter" && e.key !== " ") return;
      const id = (e.target as Element).getAttribute("data-id");
      if (!id) return;
      e.preventDefault();
      handlers.onselect(id);
    });

  // Axis: ticks zoom to their period; a click elsewhere on the axis zooms to the period there.
  function zoomToTick(d: Date): void {
    zoomTo(tickPeriod(d, level.precision));
  }
  axisBg.on("click", (e: MouseEvent) => {
    const [px] = pointer(e, plot.node());
    zoomToTick(x.invert(px));
  });

  function drawAxis(): void {
    const [s, t] = x.domain().map((d) => d.getTime()) as [number, number];
    level = chooseTickLevel(t - s, plotW);
    axisG.call(
      axisBottom<Date>(x)
        .tickValues(tickValues(level, s, t))
        .tickFormat((d) => formatTick(d))
        .tickSizeOuter(0),
    );
    axisG
      .selectAll<SVGTextElement, Date>(".tick text")
      .attr("class", "tl-tick")
      .attr("tabindex", "0")
      .attr("role", "button")
      .attr("data-period", (d) => formatTick(d))
      .attr("aria-label", (d) => {
        // The name holds the label as shown ("Feb"), for speech input (WCAG 2.5.3).
        const shown = formatTick(d);
        const whole = describePeriod(tickPeriod(d, level.precision).start, level.precision);
        return whole.split(" ").includes(shown) ? `Zoom to ${whole}` : `${shown}: zoom to ${whole}`;
      })
      .on("click", (e: MouseEvent, d) => {
        e.stopPropagation();
        zoomToTick(d);
      })
      .on("keydown", (e: KeyboardEvent, d) => {
        if (e.key !== "Enter" && e.key !== " ") return;
        e.preventDefault();
        zoomToTick(d);
      });
  }

  function zoomTo(period: Period | null): void {
    if (!period) {
      plot.call(zoomer.transform, zoomIdentity);
      return;
    }
    const a = x0(period.start);
    const b = x0(period.end);
    const k = Math.max(1, Math.min(maxK, plotW / Math.max(1e-9, b - a)));
    const tx = plotW / 2 - (k * (a + b)) / 2;
    plot.call(zoomer.transform, zoomIdentity.translate(tx, 0).scale(k));
  }

  /** Dims what the window leaves out: the shade covers the plot's rows outside the window's
   * pixels (an item that reaches into the window is whole where it does). */
  let masked = false;
  function markWindow(): void {
    const p = window ? windowToPeriod(window) : null;
    if (!p) {
      if (!masked) return;
      shade.attr("display", "none");
      masked = false;
      return;
    }
    const lo = -D.pointRadius - 1;
    const hi = plotW + D.padRight;
    const a = Math.max(lo, Math.min(hi, x(p.start)));
    const b = Math.max(a, Math.min(hi, x(p.end)));
    const [left, right] = shadeRects.map((r) => r.node());
    // Only what moved is set (each attribute set restyles and lays out its rectangle).
    if (left) setAttrs(left, lo, a - lo, rowsH);
    if (right) setAttrs(right, b, hi - b, rowsH);
    if (masked) return;
    shade.attr("display", null);
    masked = true;
  }

  /** Copies of the highlighted items over the focus veil and the window's dimming (few: one
   * node's events or funding). */
  const lifted = new Set<Drawn>();
  function lift(d: Drawn): void {
    const want = d.hl;
    if (want === (d.lift !== null)) {
      if (d.lift) placeLift(d, d.lift);
      return;
    }
    if (!want) {
      d.lift?.remove();
      d.lift = null;
      lifted.delete(d);
      return;
    }
    const copy = document.createElementNS(SVG, "rect");
    // The shape's classes, under names that the item queries do not match (the copy carries no
    // id either: tests and hit-testing read the items).
    const cls = [...d.el.classList].map((c) =>
      c === "tl-item" ? "tl-lift-item" : c === "tl-fund" ? "tl-lift-fund" : c,
    );
    copy.setAttribute("class", ["tl-lift", ...cls].join(" "));
    copy.setAttribute("fill", d.el.getAttribute("fill") ?? "");
    copy.setAttribute("stroke", d.el.getAttribute("stroke") ?? "");
    placeLift(d, copy);
    liftG.node()?.append(copy);
    d.lift = copy;
    lifted.add(d);
  }
  function placeLift(d: Drawn, copy: SVGRectElement): void {
    for (const k of ["x", "y", "width", "height"]) {
      const v = d.el.getAttribute(k);
      if (v !== null && copy.getAttribute(k) !== v) copy.setAttribute(k, v);
    }
    const display = d.visible ? "" : "none";
    if (copy.style.display !== display) copy.style.display = display;
    const cls = copy.classList;
    if (cls.contains("is-selected") !== d.selected) cls.toggle("is-selected", d.selected);
  }

  /** Positions what the visible domain shows; hides the rest. */
  function render(): void {
    x = transform.rescaleX(x0);
    const [s, t] = x.domain().map((d) => d.getTime()) as [number, number];
    const eps = (t - s) * 1e-6;
    for (const d of drawn) {
      const visible = d.item.start < t - eps && d.item.end > s + eps;
      if (visible !== d.visible) {
        d.visible = visible;
        d.el.setAttribute("data-visible", String(visible));
        d.el.style.display = visible ? "" : "none";
      }
      if (!visible) continue;
      const a = x(d.item.start);
      const b = x(d.item.end);
      const top = d.row * rowH;
      if (d.kind === "event" && d.item.shape === "point") {
        const r = D.pointRadius;
        setRect(d.el, (a + b) / 2 - r, top + rowH / 2 - r, 2 * r, 2 * r);
      } else if (d.kind === "event") {
        // Spans are cut at the plot's edges (zoomed in, a project runs on past them).
        const [l, w] = within(a, b, 2);
        const inset = d.item.shape === "bar" ? rowH * 0.25 : rowH * 0.12;
        setRect(d.el, l, top + inset, w, rowH - 2 * inset);
      } else {
        const [l, w] = within(a, b, 4);
        const h =
          d.item.share === undefined ? 4 : Math.max(3, Math.sqrt(d.item.share) * (rowH - 3));
        setRect(d.el, l, top + rowH - h - 1, w, h);
      }
    }
    drawAxis();
    if (!brushing) syncBrush();
    markWindow();
    for (const d of lifted) lift(d);
    controls.setZoomed(transform.k > 1.0001);
  }

  /** Left edge and width of the span `[a, b]` cut to the plot, at least `min` wide. */
  function within(a: number, b: number, min: number): [number, number] {
    const l = Math.max(0, Math.min(a, plotW - min));
    const r = Math.min(plotW, Math.max(b, l + min));
    return [l, r - l];
  }

  /** Sets a shade rectangle's `x`, `width` and `height`, each only when it changes. */
  function setAttrs(r: SVGRectElement, rx: number, w: number, h: number): void {
    for (const [name, value] of [
      ["x", rx.toFixed(1)],
      ["width", w.toFixed(1)],
      ["height", String(h)],
    ] as const)
      if (r.getAttribute(name) !== value) r.setAttribute(name, value);
  }

  function setRect(r: SVGRectElement, rx: number, ry: number, w: number, h: number): void {
    r.setAttribute("x", rx.toFixed(1));
    r.setAttribute("y", ry.toFixed(1));
    r.setAttribute("width", w.toFixed(1));
    r.setAttribute("height", h.toFixed(1));
  }

  /** Lays out for the current size, keeping the visible domain. */
  function resize(): void {
    const box = (body.node() as HTMLElement).getBoundingClientRect();
    if (box.width === 0 || brushing) return;
    if (box.width === width && Math.max(60, box.height) === height) return;
    const keep = x.domain().map((d) => d.getTime()) as [number, number];
    width = box.width;
    height = Math.max(60, box.height);
    gutterW = width < D.narrowBelow ? D.gutterNarrow : D.gutterWide;
    plotW = Math.max(1, width - gutterW - D.padRight);
    rowsH = height - D.axisHeight;
    rowH = rowsH / rowKeys.length;
    svg.attr("width", width).attr("height", height);
    under.attr("width", width).attr("height", height);
    plot.attr("transform", `translate(${gutterW},0)`);
    underPlot.attr("transform", `translate(${gutterW},0)`);
    // Points on the first or last day stay whole; the clip only cuts what lies outside.
    for (const clipRect of clipRects)
      clipRect
        .attr("x", -D.pointRadius - 1)
        .attr("width", plotW + D.padRight)
        .attr("height", rowsH);
    labels.attr("transform", (_k, i) => `translate(6,${(i + 0.5) * rowH - 4})`);
    labelText
      .attr("y", 4)
      .text(
        (k) =>
          (width < D.narrowBelow
            ? SHORT_LABELS[k]
            : k === "funding"
              ? "Funding"
              : ROW_LABELS[k as keyof typeof ROW_LABELS]) ?? k,
      );
    veil
      .selectAll("rect")
      .data(["left", "right", ...rowKeys.map((_k, i) => (i % 2 ? "tl-veil-odd" : "tl-veil-row"))])
      .join("rect")
      .attr("class", (c) => (c === "left" || c === "right" ? "tl-veil-edge" : c))
      .attr("x", (c) => (c === "left" ? -D.pointRadius - 1 : c === "right" ? plotW : 0))
      .attr("y", (_c, i) => (i < 2 ? 0 : (i - 2) * rowH))
      .attr("width", (c) => (c === "left" ? D.pointRadius + 1 : c === "right" ? D.padRight : plotW))
      .attr("height", (_c, i) => (i < 2 ? rowsH : rowH));
    stripes
      .selectAll("rect")
      .data(rowKeys)
      .join("rect")
      .attr("class", (_k, i) => (i % 2 ? "tl-stripe tl-stripe-odd" : "tl-stripe"))
      .attr("y", (_k, i) => i * rowH)
      .attr("width", plotW)
      .attr("height", rowH);
    axisG.attr("transform", `translate(0,${rowsH})`);
    axisBg.attr("y", rowsH).attr("width", plotW).attr("height", D.axisHeight);
    x0.range([0, plotW]);
    zoomer
      .extent([
        [0, 0],
        [plotW, height],
      ])
      .translateExtent([
        [0, 0],
        [plotW, height],
      ]);
    brusher.extent([
      [0, 0],
      [plotW, rowsH],
    ]);
    typedBrushG.call(brusher);
    if (started) zoomTo({ start: keep[0], end: keep[1] });
    else render();
  }

  /** Whether the focus veil is shown. */
  let veiled = false;
  /** The items drawn highlighted or selected. */
  const marked = new Set<Drawn>();
  /** What the items' highlight classes show. */
  let lit: Pick<TimelineViewModel, "highlighted" | "focus" | "selected"> | null = null;
  let started = false;
  const observer = new ResizeObserver(() => resize());
  observer.observe(body.node() as HTMLElement);
  resize();
  started = true;
  performance.measure("rabita:timeline-mount", { start: mountStart });

  return {
    update(vm) {
      if (!sameWindow(vm.window, window) && !brushing) {
        window = vm.window;
        controls.setWindow(window);
        markWindow();
        syncBrush();
      }
      // The highlight is restyled only when it changes (a brush step leaves it as it was).
      if (
        lit !== null &&
        lit.highlighted === vm.highlighted &&
        lit.focus === vm.focus &&
        lit.selected === vm.selected
      )
        return;
      lit = { highlighted: vm.highlighted, focus: vm.focus, selected: vm.selected };
      const focused = vm.highlighted !== null;
      if (focused !== veiled) {
        veiled = focused;
        veil.attr("display", focused ? null : "none");
      }
      // Only the items marked before or marked now are looked at (a focus lights a few).
      const now = new Set<Drawn>();
      for (const id of vm.highlighted ?? []) {
        const d = byId.get(id);
        if (d?.kind === "event") now.add(d);
      }
      if (vm.focus !== null) for (const d of fundingOf.get(vm.focus) ?? []) now.add(d);
      const chosen = vm.selected === null ? undefined : byId.get(vm.selected);
      for (const d of new Set([...marked, ...now, ...(chosen ? [chosen] : [])])) {
        const hl = now.has(d);
        if (d.hl !== hl) {
          d.hl = hl;
          d.el.classList.toggle("is-hl", hl);
        }
        const sel = d === chosen;
        if (d.selected !== sel) {
          d.selected = sel;
          d.el.classList.toggle("is-selected", sel);
        }
        lift(d);
        if (hl || sel) marked.add(d);
        else marked.delete(d);
      }
    },
    zoomTo,
    destroy() {
      observer.disconnect();
      cancelAnimationFrame(frame);
      controls.destroy();
      plot.on(".zoom", null);
      root.classed("tl", false);
      el.replaceChildren();
    },
  };
}
