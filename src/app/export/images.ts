/**
 * Pictures of the views for export: the graph as a PNG at a fixed pixel ratio (drawn by
 * @sigma/export-image in a temporary renderer with the same reducers and camera, so it shows
 * exactly what the view shows, loaded on demand), and the timeline as a standalone SVG (its
 * styles, which live in the page's CSS, written onto each element).
 */
import type Sigma from "sigma";
import type { Attributes } from "graphology-types";

/** Renders the graph view as a PNG at `scale` times its CSS size, on white. */
export async function graphToPng<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
  scale = 2,
): Promise<Blob> {
  const { drawOnCanvas } = await import("@sigma/export-image");
  // The library draws at the device's pixel ratio: that ratio is `scale` while it draws.
  // Its drawing is synchronous up to the returned promise, so no frame of the live renderer
  // can see the override.
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => scale });
  let drawing: Promise<HTMLCanvasElement>;
  try {
    drawing = drawOnCanvas(renderer as unknown as Sigma, { backgroundColor: "#ffffff" });
  } finally {
    restore(own);
  }
  const canvas = await drawing;
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"),
  );
}

function restore(own: PropertyDescriptor | undefined): void {
  if (own) Object.defineProperty(window, "devicePixelRatio", own);
  else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Presentation properties copied from the computed style onto each exported element. */
const STYLE_PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-opacity",
  "stroke-width",
  "stroke-dasharray",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-variant-numeric",
  "text-anchor",
  "dominant-baseline",
  "visibility",
];

/**
 * The SVG element as a standalone SVG document: computed styles inlined, elements that are
 * not displayed left out, a white background, and a title. The contents of `under` (SVG layers
 * drawn beneath it at the same place and size) come first, each in a group of its own.
 */
export function svgToString(
  svg: SVGSVGElement,
  title: string,
  under: readonly SVGSVGElement[] = [],
): string {
  const clone = inlined(svg);
  const layers = under.map((layer) => {
    const g = document.createElementNS(SVG_NS, "g");
    g.append(...inlined(layer).childNodes);
    return g;
  });
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute("xmlns", SVG_NS);
  clone.setAttribute("width", String(Math.round(width)));
  clone.setAttribute("height", String(Math.round(height)));
  clone.setAttribute("viewBox", `0 0 ${Math.round(width)} ${Math.round(height)}`);
  const bg = document.createElementNS(SVG_NS, "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", "#ffffff");
  const t = document.createElementNS(SVG_NS, "title");
  t.textContent = title;
  clone.prepend(t, bg, ...layers);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

/** A copy of `svg` with the computed presentation styles written onto its elements and those
 * not displayed left out. */
function inlined(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll("*")];
  const to = [clone, ...clone.querySelectorAll("*")];
  const drop: Element[] = [];
  from.forEach((el, i) => {
    const out = to[i];
    if (!out) return;
    const cs = getComputedStyle(el);
    if (cs.display === "none") {
      drop.push(out);
      return;
    }
    out.removeAttribute("class");
    out.removeAttribute("tabindex");
    if (!(el instanceof SVGGraphicsElement) && el !== svg) return;
    out.setAttribute(
      "style",
      STYLE_PROPERTIES.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(";"),
    );
    // Corner radii set from CSS (a geometry property SVG 1.1 readers do not know).
    for (const r of ["rx", "ry"]) {
      const v = cs.getPropertyValue(r);
      if (el instanceof SVGRectElement && v && v !== "auto")
        out.setAttribute(r, String(parseFloat(v)));
    }
  });
  for (const el of drop) el.remove();
  return clone;
}

/** Offers `blob` as a download named `name` (an object URL on a temporary link). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
