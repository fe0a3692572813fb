/**
 * Sigma, with its reducers handed each item's attributes as they are. Sigma 3 copies every
 * node's and edge's attributes (`Object.assign`) before each reduction, so that a reducer may
 * fill the copy in place; the reducers here never change what they are given and return the
 * display data (a small object of one shape), so the copy is skipped. That copy of an item
 * carrying its mentions, aliases and dates was most of what re-reducing an item cost: at 10,000
 * documents, most of the first frame's node work, and of a time-window step's.
 *
 * `DirectSigma` replaces sigma's private `addNode` and `addEdge` (the one place each item is
 * reduced) with the same steps without the copy; defaults are applied as sigma applies them.
 * Anything else (a picture export's own renderer) keeps sigma's, and gets the same display
 * data from the same reducers.
 */
import Sigma from "sigma";
import type { Attributes } from "graphology-types";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";

/** What sigma 3's `addNode` and `addEdge` read and write. */
interface ReducingInternals {
  graph: {
    getNodeAttributes(key: string): Attributes;
    getEdgeAttributes(key: string): Attributes;
  };
  settings: {
    nodeReducer: ((key: string, attrs: Attributes) => Partial<NodeDisplayData>) | null;
    edgeReducer: ((key: string, attrs: Attributes) => Partial<EdgeDisplayData>) | null;
    zIndex: boolean;
    defaultNodeColor: string;
    defaultNodeType: string;
    defaultEdgeColor: string;
    defaultEdgeType: string;
  };
  nodeDataCache: Record<string, NodeDisplayData>;
  edgeDataCache: Record<string, EdgeDisplayData>;
  nodesWithForcedLabels: Set<string>;
  edgesWithForcedLabels: Set<string>;
  highlightedNodes: Set<string>;
  nodeZExtent: [number, number];
  edgeZExtent: [number, number];
}

/** Sigma's node defaults (`applyNodeDefaults`), on the reducer's fresh object. */
export function nodeDefaults(
  settings: Pick<ReducingInternals["settings"], "defaultNodeColor" | "defaultNodeType">,
  key: string,
  d: Partial<NodeDisplayData>,
): NodeDisplayData {
  if (typeof d.x !== "number" || typeof d.y !== "number")
    throw new Error(`Sigma: could not find a valid position (x, y) for node "${key}".`);
  if (!d.color) d.color = settings.defaultNodeColor;
  d.label = d.label !== undefined && d.label !== null ? `${d.label}` : null;
  if (!d.size) d.size = 2;
  d.hidden ??= false;
  d.highlighted ??= false;
  d.forceLabel ??= false;
  if (!d.type) d.type = settings.defaultNodeType;
  if (!d.zIndex) d.zIndex = 0;
  return d as NodeDisplayData;
}

/** Sigma's edge defaults (`applyEdgeDefaults`), on the reducer's fresh object. */
export function edgeDefaults(
  settings: Pick<ReducingInternals["settings"], "defaultEdgeColor" | "defaultEdgeType">,
  d: Partial<EdgeDisplayData>,
): EdgeDisplayData {
  if (!d.color) d.color = settings.defaultEdgeColor;
  if (!d.label) d.label = "";
  if (!d.size) d.size = 0.5;
  d.hidden ??= false;
  d.forceLabel ??= false;
  if (!d.type) d.type = settings.defaultEdgeType;
  if (!d.zIndex) d.zIndex = 0;
  return d as EdgeDisplayData;
}

function addNode(this: ReducingInternals, key: string): void {
  const { settings } = this;
  const attrs = this.graph.getNodeAttributes(key);
  const reduced = settings.nodeReducer ? settings.nodeReducer(key, attrs) : { ...attrs };
  const data = nodeDefaults(settings, key, reduced);
  this.nodeDataCache[key] = data;
  this.nodesWithForcedLabels.delete(key);
  if (data.forceLabel && !data.hidden) this.nodesWithForcedLabels.add(key);
  this.highlightedNodes.delete(key);
  if (data.highlighted && !data.hidden) this.highlightedNodes.add(key);
  if (settings.zIndex) {
    if (data.zIndex < this.nodeZExtent[0]) this.nodeZExtent[0] = data.zIndex;
    if (data.zIndex > this.nodeZExtent[1]) this.nodeZExtent[1] = data.zIndex;
  }
}

function addEdge(this: ReducingInternals, key: string): void {
  const { settings } = this;
  const attrs = this.graph.getEdgeAttributes(key);
  const reduced = settings.edgeReducer ? settings.edgeReducer(key, attrs) : { ...attrs };
  const data = edgeDefaults(settings, reduced);
  this.edgeDataCache[key] = data;
  this.edgesWithForcedLabels.delete(key);
  if (data.forceLabel && !data.hidden) this.edgesWithForcedLabels.add(key);
  if (settings.zIndex) {
    if (data.zIndex < this.edgeZExtent[0]) this.edgeZExtent[0] = data.zIndex;
    if (data.zIndex > this.edgeZExtent[1]) this.edgeZExtent[1] = data.zIndex;
  }
}

/** Sigma whose reducers are given the attributes themselves (they must not change them, and
 * return every display value sigma reads). */
export class DirectSigma<N extends Attributes, E extends Attributes> extends Sigma<N, E> {}

// Sigma 3 declares both as private methods of its prototype: replaced on the subclass's.
const proto = DirectSigma.prototype as unknown as Record<string, unknown>;
if (typeof proto.addNode === "function" && typeof proto.addEdge === "function") {
  proto.addNode = addNode;
  proto.addEdge = addEdge;
}
