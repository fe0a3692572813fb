import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, hashToView, viewToHash } from "../../../src/app/state/view-state.ts";
import type { ViewState } from "../../../src/app/state/view-state.ts";

describe("view state in the URL hash", () => {
  it("leaves defaults out", () => {
    expect(viewToHash(DEFAULT_VIEW)).toBe("");
    expect(hashToView("")).toEqual(DEFAULT_VIEW);
  });

  it("round-trips every field, including odd characters", () => {
    const view: ViewState = {
      selected: "org:ünicode & co/1",
      selectedEdge: "e#12",
      kinds: ["organisation", "event"],
      window: { start: "2011-01-01", end: "2015-12-31" },
      hideFiltered: true,
      query: "al amal: ج",
      mode: "collaboration",
      openDoc: { id: "press/2007:a.txt", focus: 3 },
    };
    expect(hashToView(`#${viewToHash(view)}`)).toEqual(view);
  });

  it("falls back to defaults for malformed values", () => {
    const v = hashToView("window=2015-01-01..2011-01-01&mode=weird&doc=x:y&kinds=nope");
    expect(v.window).toBeNull();
    expect(v.mode).toBe("events");
    expect(v.openDoc).toBeNull();
    expect(v.kinds).toEqual([]);
  });
});
