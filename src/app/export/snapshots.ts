/**
 * Pictures the views can make of themselves for the Export menu. The graph and the timeline
 * register theirs while mounted; the menu asks for them by name. The views and the menu never
 * call each other; the shell hands this object to each.
 */
export class Snapshots {
  /** The graph view as a PNG at twice its size; null when it is not drawn (no WebGL). */
  graph: (() => Promise<Blob>) | null = null;
  /** The timeline as a standalone SVG document. */
  timeline: (() => string) | null = null;
}
