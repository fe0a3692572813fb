import { describe, expect, it } from "vitest";
import {
  DEFAULT_VIEW,
  hashToView,
  keepsAllButTransient,
  roundCamera,
  sameCamera,
  viewToHash,
} from "../../../src/app/state/view-state.ts";
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
      camera: { x: 0.25, y: -1.5, ratio: 0.125 },
      main: "table",
      rows: "relations",
      sort: { column: "amount", desc: true },
      tableFilter: "الأمل & co",
    };
    expect(hashToView(`#${viewToHash(view)}`)).toEqual(view);
  });

  it("falls back to defaults for malformed values", () => {
    const v = hashToView(
      "window=2015-01-01..2011-01-01&mode=weird&doc=x:y&kinds=nope&view=map&rows=x&sort=-a%20b",
    );
    expect(v.window).toBeNull();
    expect(v.main).toBe("graph");
    expect(v.rows).toBe("entities");
    expect(v.sort).toBeNull();
    expect(v.mode).toBe("events");
    expect(v.openDoc).toBeNull();
    expect(v.kinds).toEqual([]);
  });

  it("writes the table's view as view=table, rows=, sort=[-]column and tf=", () => {
    const hash = viewToHash({
      ...DEFAULT_VIEW,
      main: "table",
      rows: "relations",
      sort: { column: "date", desc: false },
      tableFilter: "undp",
    });
    expect(hash).toBe("view=table&rows=relations&sort=date&tf=undp");
    expect(hashToView("sort=-degree").sort).toEqual({ column: "degree", desc: true });
  });

  it("writes the camera as cam=x,y,ratio rounded to 3 decimals", () => {
    const hash = viewToHash({
      ...DEFAULT_VIEW,
      camera: { x: 0.123456, y: 0.98765, ratio: 0.0333333 },
    });
    expect(hash).toBe(`cam=${encodeURIComponent("0.123,0.988,0.033")}`);
    expect(hashToView(hash).camera).toEqual({ x: 0.123, y: 0.988, ratio: 0.033 });
  });

  it("leaves the default camera out and ignores malformed cameras", () => {
    expect(viewToHash({ ...DEFAULT_VIEW, camera: { x: 0.5, y: 0.5, ratio: 1 } })).toBe("");
    for (const bad of ["cam=1,2", "cam=a,b,c", "cam=1,2,0", "cam=1,2,-1", "cam=,,", "cam=1,2,3,4"])
      expect(hashToView(bad).camera).toBeNull();
  });

  it("compares cameras after rounding", () => {
    expect(roundCamera({ x: 0.5004, y: 0.4996, ratio: 1.0001 })).toBeNull();
    expect(sameCamera({ x: 0.1231, y: 0, ratio: 1 }, { x: 0.1229, y: 0, ratio: 1 })).toBe(true);
    expect(sameCamera({ x: 0.1, y: 0, ratio: 1 }, { x: 0.2, y: 0, ratio: 1 })).toBe(false);
    expect(sameCamera(null, { x: 0.5, y: 0.5, ratio: 1 })).toBe(true);
  });

  it("tells a brush step or a keystroke from any other change without serialising", () => {
    const base: ViewState = { ...DEFAULT_VIEW, selected: "org:a" };
    // Only transient fields replaced, the others carried over as they are.
    expect(
      keepsAllButTransient(base, { ...base, window: { start: "2004-01-01", end: "2005-12-31" } }),
    ).toBe(true);
    expect(
      keepsAllButTransient(base, { ...base, query: "x", camera: { x: 0.1, y: 0.2, ratio: 1 } }),
    ).toBe(true);
    expect(keepsAllButTransient(base, { ...base, tableFilter: "y" })).toBe(true);
    // Any other field changed, or replaced by an equal value (the hash then decides).
    expect(keepsAllButTransient(base, { ...base, selected: "org:b" })).toBe(false);
    expect(keepsAllButTransient(base, { ...base, hideFiltered: true })).toBe(false);
    expect(keepsAllButTransient(base, { ...base, kinds: [...base.kinds] })).toBe(false);
  });
});
