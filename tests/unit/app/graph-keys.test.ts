import { describe, expect, it } from "vitest";
import { graphKeyAction } from "../../../src/app/graph/graph-keys.ts";

describe("graph keys", () => {
  it("pans with the arrows", () => {
    expect(graphKeyAction("ArrowLeft")).toEqual({ kind: "pan", dx: -1, dy: 0 });
    expect(graphKeyAction("ArrowRight")).toEqual({ kind: "pan", dx: 1, dy: 0 });
    expect(graphKeyAction("ArrowUp")).toEqual({ kind: "pan", dx: 0, dy: 1 });
    expect(graphKeyAction("ArrowDown")).toEqual({ kind: "pan", dx: 0, dy: -1 });
  });

  it("zooms with + and −, fits with 0, opens with Enter", () => {
    expect(graphKeyAction("+")).toEqual({ kind: "zoom", direction: 1 });
    expect(graphKeyAction("=")).toEqual({ kind: "zoom", direction: 1 });
    expect(graphKeyAction("-")).toEqual({ kind: "zoom", direction: -1 });
    expect(graphKeyAction("0")).toEqual({ kind: "fit" });
    expect(graphKeyAction("Enter")).toEqual({ kind: "open" });
  });

  it("leaves other keys alone", () => {
    for (const key of ["a", "Tab", "Escape", " ", "1"]) expect(graphKeyAction(key)).toBeNull();
  });
});
