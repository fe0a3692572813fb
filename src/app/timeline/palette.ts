/**
 * The timeline's rows and colours. One row per event type, then a funding row.
 *
 * Colours come from the graph's palette (`../graph/palette.ts`, the one source): every event
 * row is drawn in the event kind's colour, as events are in the graph, and funding in the
 * funder kind's colour. Rows are told apart by their position and label (every type is named
 * in words), never by colour alone.
 */
import type { EventType } from "../../model/types.ts";
import { KIND_COLORS, darker } from "../graph/palette.ts";

export const ROWS = ["conference", "meeting", "workshop", "project", "launch", "other"] as const;
/** A timeline row: event types merged where the corpus uses them alike. */
export type RowKey = (typeof ROWS)[number];

export const ROW_LABELS: Record<RowKey, string> = {
  conference: "Conference",
  meeting: "Meeting",
  workshop: "Workshop",
  project: "Project",
  launch: "Launch",
  other: "Other",
};

/** Fill per row: the graph's event colour. */
export const ROW_COLORS: Record<RowKey, string> = {
  conference: KIND_COLORS.event,
  meeting: KIND_COLORS.event,
  workshop: KIND_COLORS.event,
  project: KIND_COLORS.event,
  launch: KIND_COLORS.event,
  other: KIND_COLORS.event,
};

/** Outline per row: the same colour, darker, so that items stand apart where they overlap. */
export const ROW_STROKES: Record<RowKey, string> = Object.fromEntries(
  Object.entries(ROW_COLORS).map(([row, colour]) => [row, darker(colour, 0.7)]),
) as Record<RowKey, string>;

export const FUNDING_COLOR = KIND_COLORS.funder;
export const FUNDING_STROKE = darker(KIND_COLORS.funder, 0.7);

/** Which row an event type is drawn in. */
export function rowOf(type: EventType | undefined): RowKey {
  switch (type) {
    case "conference":
      return "conference";
    case "meeting":
      return "meeting";
    case "workshop":
    case "training":
      return "workshop";
    case "project":
    case "programme":
      return "project";
    case "launch":
      return "launch";
    default:
      return "other";
  }
}
