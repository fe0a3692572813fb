/**
 * Node labels that read: sigma's label grid picks the candidates (fewer when zoomed out, more
 * when zoomed in, as `labelDensity` sets), and this layer places them. `collect` stands in for
 * sigma's label drawer and only records each candidate; after the frame, `flush` places them
 * by priority (the selected node, then forced labels — the focus's neighbours, search hits,
 * the largest nodes — then by size), right of the node or else left of it, and draws only
 * those whose box meets no label already placed, stays inside the canvas and is not under
 * anything that covers it (zoom buttons, a sheet). Long labels are cut with an ellipsis; the
 * hover draws the whole label in a box that stays inside the canvas.
 */
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData, PartialButFor } from "sigma/types";

/** A rectangle in viewport pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A label drawn in the last frame: its text, where (left edge and baseline) and its box. */
export interface DrawnLabel extends Box {
  key: string;
  text: string;
  left: number;
  baseline: number;
  font: string;
}

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">;
/** The settings read here (none depends on the graph's attribute types). */
type AnySettings = Pick<Settings, "labelSize" | "labelWeight" | "labelFont" | "labelColor">;

interface Candidate {
  key: string;
  label: string;
  x: number;
  y: number;
  size: number;
  /** Placed first: 2 the selected node, 1.5 a hovered or chosen edge, 1 forced, 0 others,
   * -1 other edges. */
  rank: number;
  edge?: undefined;
}

/** An edge label, placed along the edge from (x, y) to (x2, y2). */
interface EdgeCandidate {
  key: string;
  label: string;
  x: number;
  y: number;
  x2: number;
  y2: number;
  size: number;
  rank: number;
  colour: string;
  edge: true;
}

type EdgeData = PartialButFor<EdgeDisplayData, "label" | "color" | "size">;
type EndData = PartialButFor<NodeDisplayData, "x" | "y" | "size">;
type EdgeSettings = Pick<Settings, "edgeLabelSize" | "edgeLabelWeight" | "edgeLabelColor">;

/** How many labels to show: the grid's density and the smallest node (in pixels) labelled. */
export const LABEL_LEVELS = {
  fewer: { density: 0.25, threshold: 10 },
  normal: { density: 0.7, threshold: 6 },
  more: { density: 2, threshold: 3 },
  all: { density: 50, threshold: 0 },
} as const;
export type LabelLevel = keyof typeof LABEL_LEVELS;

export const LABEL_DEFAULTS = {
  /** Longest label drawn, in pixels; longer ones end in "…". */
  maxWidth: 180,
  /** Space kept between labels, and from the canvas edges. */
  gap: 2,
  /** Between a node and its label. */
  offset: 3,
  /** Side of the spatial hash's cells, in pixels. */
  cell: 64,
};

const ELLIPSIS = "…";

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Placed boxes in a uniform grid, so that a frame with thousands of candidates stays linear. */
class BoxIndex {
  private cells = new Map<number, Box[]>();
  constructor(private readonly cell: number) {}

  private *keys(b: Box): Generator<number> {
    const c = this.cell;
    for (let i = Math.floor(b.x / c); i <= Math.floor((b.x + b.w) / c); i++)
      for (let j = Math.floor(b.y / c); j <= Math.floor((b.y + b.h) / c); j++)
        yield (i + 4096) * 8192 + (j + 4096);
  }

  hits(b: Box): boolean {
    for (const k of this.keys(b))
      for (const o of this.cells.get(k) ?? []) if (intersects(b, o)) return true;
    return false;
  }

  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
}

export class LabelLayer {
  /** Areas of the canvas kept clear of labels (viewport pixels). */
  occluders: Box[] = [];
  /** What the last frame drew (read by tests and by nothing else). */
  drawn: DrawnLabel[] = [];
  /** The last label drawn by the hover, whole. */
  hovered: string | null = null;
  private candidates: Candidate[] = [];
  private edgeCandidates: EdgeCandidate[] = [];
  private widths = new Map<string, number>();
  private cut = new Map<string, string>();
  private font = "";
  /** The canvas's width in CSS pixels, as of the last frame. */
  private viewWidth = Infinity;

  constructor(private readonly options = LABEL_DEFAULTS) {}

  /** Forgets the candidates of the previous frame (sigma's `beforeRender`). */
  begin(): void {
    this.candidates = [];
    this.edgeCandidates = [];
  }

  /** Sigma's `defaultDrawEdgeLabel`: records the edge's label, drawn with the node labels. */
  readonly collectEdge = (
    _context: CanvasRenderingContext2D,
    data: EdgeData,
    source: EndData,
    target: EndData,
    settings: EdgeSettings,
  ): void => {
    if (!data.label) return;
    this.edgeCandidates.push({
      key: typeof data.key === "string" ? data.key : String(data.key ?? data.label),
      label: data.label,
      x: source.x,
      y: source.y,
      x2: target.x,
      y2: target.y,
      size: data.size,
      rank: data.forceLabel ? 1.5 : -1,
      colour: settings.edgeLabelColor.color ?? "#555",
      edge: true,
    });
  };

  /** Sigma's `defaultDrawNodeLabel`: records the candidate, draws nothing yet. */
  readonly collect = (_context: CanvasRenderingContext2D, data: LabelData): void => {
    if (!data.label) return;
    const key = typeof data.key === "string" ? data.key : String(data.key ?? data.label);
    const rank = data.highlighted ? 2 : data.forceLabel ? 1 : 0;
    this.candidates.push({ key, label: data.label, x: data.x, y: data.y, size: data.size, rank });
  };

  private setFont(context: CanvasRenderingContext2D, settings: AnySettings): number {
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    if (font !== this.font) {
      this.font = font;
      this.widths.clear();
      this.cut.clear();
    }
    context.font = font;
    return settings.labelSize;
  }

  private width(context: CanvasRenderingContext2D, text: string): number {
    let w = this.widths.get(text);
    if (w === undefined) {
      w = context.measureText(text).width;
      this.widths.set(text, w);
    }
    return w;
  }

  /** The label as drawn: whole, or cut at a word or character with "…" to fit `maxWidth`. */
  shorten(context: CanvasRenderingContext2D, label: string): string {
    const known = this.cut.get(label);
    if (known !== undefined) return known;
    let text = label;
    if (this.width(context, label) > this.options.maxWidth) {
      let lo = 0;
      let hi = label.length;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        const w = context.measureText(label.slice(0, mid).trimEnd() + ELLIPSIS).width;
        if (w <= this.options.maxWidth) lo = mid;
        else hi = mid - 1;
      }
      const head = label.slice(0, lo);
      const space = head.lastIndexOf(" ");
      text = (space > lo * 0.6 ? head.slice(0, space) : head).trimEnd() + ELLIPSIS;
    }
    this.cut.set(label, text);
    return text;
  }

  /** Places and draws the frame's candidates (sigma's `afterRender`). */
  flush(
    context: CanvasRenderingContext2D,
    settings: AnySettings & EdgeSettings,
    width: number,
    height: number,
  ): void {
    const size = this.setFont(context, settings);
    this.viewWidth = width;
    const { gap, offset, cell } = this.options;
    const placed = new BoxIndex(cell);
    for (const o of this.occluders) placed.add(o);
    const drawn: DrawnLabel[] = [];
    const fits = (box: Box): boolean =>
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.w <= width &&
      box.y + box.h <= height &&
      !placed.hits(box);
    const edgeFont = `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.labelFont}`;
    const order = [...this.candidates, ...this.edgeCandidates].sort(
      (a, b) => b.rank - a.rank || b.size - a.size,
    );
    for (const c of order) {
      if (c.edge) {
        context.font = edgeFont;
        const w = context.measureText(c.label).width;
        const h = settings.edgeLabelSize + 2;
        for (const t of [0.5, 0.35, 0.65]) {
          const cx = c.x + (c.x2 - c.x) * t;
          const cy = c.y + (c.y2 - c.y) * t;
          const box = { x: cx - w / 2 - gap, y: cy - h / 2 - gap, w: w + 2 * gap, h: h + 2 * gap };
          if (!fits(box)) continue;
          placed.add(box);
          const baseline = cy + settings.edgeLabelSize / 3;
          context.fillStyle = c.colour;
          context.fillText(c.label, cx - w / 2, baseline);
          drawn.push({
            key: c.key,
            text: c.label,
            left: cx - w / 2,
            baseline,
            font: edgeFont,
            ...{ x: cx - w / 2, y: cy - h / 2, w, h },
          });
          break;
        }
        continue;
      }
      context.font = this.font;
      // The selected node's label is drawn whole by the hover layer: keep its room.
      const whole = c.rank >= 2;
      const text = whole ? c.label : this.shorten(context, c.label);
      const w = this.width(context, text);
      const h = size + 2;
      const right = c.x + c.size + offset;
      const left = c.x - c.size - offset - w;
      // (Where the hover draws it: right of the node, else left, and never past the left edge.)
      const spots: [number, number][] = whole
        ? [[Math.max(3, right + w + 3 > width ? left : right), c.y]]
        : [
            [right, c.y],
            [left, c.y],
            [c.x - w / 2, c.y - c.size - h / 2 - offset],
            [c.x - w / 2, c.y + c.size + h / 2 + offset],
            [right, c.y - h],
            [right, c.y + h],
            [left, c.y - h],
            [left, c.y + h],
          ];
      for (const [x, y] of spots) {
        const pad = whole ? 3 : gap / 2;
        const top = y - size / 2 - 1;
        const box = { x: x - pad, y: top - pad, w: w + 2 * pad, h: h + 2 * pad };
        if (!whole && !fits(box)) continue;
        placed.add(box);
        const baseline = y + size / 3;
        if (!whole) {
          context.fillStyle = settings.labelColor.color ?? "#000";
          context.fillText(text, x, baseline);
        }
        drawn.push({ key: c.key, text, left: x, baseline, font: this.font, x, y: top, w, h });
        break;
      }
    }
    this.drawn = drawn;
    this.candidates = [];
    this.edgeCandidates = [];
  }

  /** Sigma's `defaultDrawNodeHover`: the node ringed, its whole label in a white box with a
   * shadow, right of the node or left of it where the right would leave the canvas. */
  readonly hover = (
    context: CanvasRenderingContext2D,
    data: LabelData,
    settings: AnySettings,
  ): void => {
    const size = this.setFont(context, settings);
    const label = data.label ?? "";
    const pad = 3;
    const w = label ? this.width(context, label) : 0;
    const right = data.x + data.size + this.options.offset;
    const left =
      right + w + pad > this.viewWidth ? data.x - data.size - this.options.offset - w : right;
    const x = Math.max(pad, left);
    context.save();
    context.fillStyle = "#fff";
    context.shadowColor = "rgba(0, 0, 0, 0.35)";
    context.shadowBlur = 6;
    context.beginPath();
    context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
    context.fill();
    if (label) context.fillRect(x - pad, data.y - size / 2 - pad, w + 2 * pad, size + 2 * pad);
    context.restore();
    if (!label) return;
    context.fillStyle = settings.labelColor.color ?? "#000";
    context.fillText(label, x, data.y + size / 3);
    this.hovered = label;
  };
}
