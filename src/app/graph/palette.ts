/** Okabe–Ito colours per node kind (colour-blind safe), shared by graph, legend and panel chips;
 * relation styles for edges. Transparency is pre-blended onto the white background: sigma
 * blends non-premultiplied colours additively, which would wash light colours out to cyan. */
import type { EdgeKind, NodeKind } from "../../model/types.ts";

export const KIND_COLORS: Record<NodeKind, string> = {
  organisation: "#0072B2",
  funder: "#E69F00",
  person: "#009E73",
  event: "#CC79A7",
};

/** Human words for kinds (the legend and chips never rely on colour alone). */
export const KIND_LABELS: Record<NodeKind, string> = {
  organisation: "Organisation",
  funder: "Funder",
  person: "Person",
  event: "Event",
};

/** `#rrggbb` as if drawn at `alpha` over white, as an opaque `#rrggbb`. */
export function overWhite(hex: string, alpha: number): string {
  const mix = (i: number): string => {
    const c = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(255 - (255 - c) * alpha)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${mix(1)}${mix(3)}${mix(5)}`;
}

/** `#rrggbb` with each channel scaled by `factor` (below 1: darker), for outlines. */
export function darker(hex: string, factor: number): string {
  const channel = (i: number): string =>
    Math.round(parseInt(hex.slice(i, i + 2), 16) * factor)
      .toString(16)
      .padStart(2, "0");
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/** A kind's colour at ~15 % strength, for dimmed nodes. */
export const DIM_COLORS: Record<NodeKind, string> = {
  organisation: overWhite(KIND_COLORS.organisation, 0.18),
  funder: overWhite(KIND_COLORS.funder, 0.18),
  person: overWhite(KIND_COLORS.person, 0.18),
  event: overWhite(KIND_COLORS.event, 0.18),
};

export interface EdgeStyle {
  color: string;
  size: number;
  /** Verb phrase shown on the edge and in the legend. */
  label: string;
}

/** Funded: thick, orange; part_of: light; participation: plain grey, low alpha. Thicker kinds
 * are drawn underneath so parallel relations between two nodes show as a line in a line. */
export const EDGE_STYLES: Record<EdgeKind, EdgeStyle> = {
  funded: { color: overWhite("#E69F00", 0.75), size: 4, label: "funded" },
  organised: { color: overWhite("#3C4650", 0.55), size: 2.5, label: "organised" },
  spoke_at: { color: overWhite("#6A4A7E", 0.5), size: 1.6, label: "spoke at" },
  participated: { color: overWhite("#5B6570", 0.4), size: 1, label: "took part" },
  part_of: { color: overWhite("#5B6570", 0.22), size: 1, label: "part of" },
};

export const COLLAB_EDGE_COLOR = overWhite("#3C4650", 0.4);
export const DIM_EDGE_COLOR = overWhite("#5B6570", 0.08);
export const SELECTED_EDGE_COLOR = "#D55E00";
