/**
 * The timeline's rows and colours. One row per event type, then a funding row.
 *
 * Palette (Okabe–Ito, colour-blind safe; row labels always name the type, so colour is never
 * the only cue): conference `#CC79A7` (reddish purple, the event kind's colour), meeting
 * `#56B4E9` (sky blue), workshop/training `#D55E00` (vermillion), project/programme `#009E73`
 * (bluish green), launch `#F0E442` (yellow, drawn with a dark outline), other `#7A7A7A` (grey);
 * funding `#E69F00` (orange, the funder kind's colour).
 */
import type { EventType } from "../../model/types.ts";

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

export const ROW_COLORS: Record<RowKey, string> = {
  conference: "#CC79A7",
  meeting: "#56B4E9",
  workshop: "#D55E00",
  project: "#009E73",
  launch: "#F0E442",
  other: "#7A7A7A",
};

/** Outline per row: dark enough to keep the light yellow visible on white. */
export const ROW_STROKES: Record<RowKey, string> = {
  ...ROW_COLORS,
  launch: "#8A7E00",
};

export const FUNDING_COLOR = "#E69F00";
export const FUNDING_STROKE = "#9A6A00";

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
