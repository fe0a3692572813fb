import { describe, expect, it } from "vitest";
import { LabelLayer } from "../../../src/app/graph/labels.ts";

/** A 2D context stand-in: every character 7 pixels wide; drawing is recorded, not rendered. */
function fakeContext(): CanvasRenderingContext2D {
  const texts: { text: string; x: number }[] = [];
  const context = {
    font: "",
    fillStyle: "",
    shadowColor: "",
    shadowBlur: 0,
    texts,
    measureText: (text: string) => ({ width: 7 * text.length }),
    fillText: (text: string, x: number) => void texts.push({ text, x }),
    save: () => undefined,
    restore: () => undefined,
    beginPath: () => undefined,
    arc: () => undefined,
    fill: () => undefined,
    fillRect: () => undefined,
  };
  return context as unknown as CanvasRenderingContext2D;
}

const SETTINGS = {
  labelSize: 12,
  labelWeight: "normal",
  labelFont: "sans-serif",
  labelColor: { color: "#000" },
  edgeLabelSize: 11,
  edgeLabelWeight: "normal",
  edgeLabelColor: { color: "#555" },
};

describe("the selected node's whole label", () => {
  it("stays inside the canvas when it fits neither right nor left of its node", () => {
    const layer = new LabelLayer();
    const context = fakeContext();
    const label = "Annual Civil Society Platform for Security Sector Reform"; // 392 px
    const width = 500;
    const node = { key: "hub", label, x: 200, y: 100, size: 6, color: "#000", highlighted: true };
    // First frame: the layer learns the canvas's width.
    layer.begin();
    layer.flush(context, SETTINGS, width, 300);
    layer.begin();
    layer.collect(context, node);
    layer.hover(context, node, SETTINGS);
    layer.flush(context, SETTINGS, width, 300);
    const drawn = layer.drawn.find((d) => d.key === "hub");
    expect(drawn).toBeDefined();
    // Where the hover layer drew it, and inside the canvas on the left.
    const hovered = (context as unknown as { texts: { text: string; x: number }[] }).texts.find(
      (t) => t.text === label,
    );
    expect(drawn?.left).toBe(hovered?.x);
    expect(drawn?.x).toBeGreaterThanOrEqual(0);
  });
});
