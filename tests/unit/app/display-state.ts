/** A graph view's display state for tests: nothing selected, every kind shown, no window. */
import type { DisplayState } from "../../../src/app/graph/graph-display.ts";

export const displayState = (patch: Partial<DisplayState> = {}): DisplayState => ({
  mode: "events",
  selected: null,
  selectedEdge: null,
  hovered: null,
  kinds: ["organisation", "funder", "person", "event"],
  window: null,
  hideFiltered: false,
  hits: null,
  ...patch,
});
