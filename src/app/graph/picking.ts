/**
 * Pointer picking on the CPU. Sigma finds the node or edge under the pointer by reading a pixel
 * back from a WebGL picking buffer on every pointer move, press, release, click and wheel step;
 * that read waits until the GPU has drawn everything queued before it, which on a large graph
 * (or a software GPU) blocks the main thread for a frame or more each time. Here the same
 * questions are answered from the drawn positions: nodes by distance to their centre within
 * their drawn radius (the one drawn on top wins), edges by distance to their segment. Viewport
 * positions are computed once per drawn frame and reused until the camera or the data moves.
 */
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { Coordinates, EdgeDisplayData, NodeDisplayData } from "sigma/types";

/** Extra room around an edge's stroke, in pixels, that still counts as on it. */
const EDGE_SLACK = 3;

/** A drawn node: viewport centre, radius in pixels and z-index. */
interface DrawnNode {
  key: string;
  x: number;
  y: number;
  r: number;
  z: number;
}

interface Picker {
  getNodeAtPosition: (position: Coordinates) => string | null;
  getEdgeAtPoint: (x: number, y: number) => string | null;
}

/** Sigma's internals: the picking buffers, and the display data it keeps per item (read in
 * place: `getNodeDisplayData` copies the object on every call). */
interface PickingInternals {
  nodeDataCache?: Record<string, NodeDisplayData>;
  edgeDataCache?: Record<string, EdgeDisplayData>;
  pickingLayers?: Set<string>;
  nodePrograms?: Record<string, { pickProgram?: unknown }>;
  edgePrograms?: Record<string, { pickProgram?: unknown }>;
}

/** Replaces sigma's pixel-reading pickers on `renderer` with geometric ones, and stops it
 * drawing every frame a second time into the picking buffers nothing reads any more. */
export function pickOnCpu<N extends Attributes, E extends Attributes>(renderer: Sigma<N, E>): void {
  // Viewport position and radius per drawn node, valid until the next render.
  let nodes: DrawnNode[] | null = null;
  let at: Map<string, { x: number; y: number }> | null = null;
  const invalidate = (): void => {
    nodes = null;
    at = null;
  };
  renderer.on("afterRender", invalidate);
  renderer.getCamera().on("updated", invalidate);
  const internals = renderer as unknown as PickingInternals;
  const nodeData = (key: string): NodeDisplayData | undefined =>
    internals.nodeDataCache ? internals.nodeDataCache[key] : renderer.getNodeDisplayData(key);
  const edgeData = (key: string): EdgeDisplayData | undefined =>
    internals.edgeDataCache ? internals.edgeDataCache[key] : renderer.getEdgeDisplayData(key);

  /** The camera's framed-graph → viewport mapping, read once per call as an affine map (three
   * points), so that placing every node is a few multiplications instead of a matrix product
   * and two objects per node (the pointer moves many times a second over 10,000 nodes). */
  const viewportMap = (): ((p: Coordinates) => Coordinates) => {
    const o = renderer.framedGraphToViewport({ x: 0, y: 0 });
    const ux = renderer.framedGraphToViewport({ x: 1, y: 0 });
    const uy = renderer.framedGraphToViewport({ x: 0, y: 1 });
    const [ax, ay, bx, by] = [ux.x - o.x, ux.y - o.y, uy.x - o.x, uy.y - o.y];
    return (p) => ({ x: o.x + p.x * ax + p.y * bx, y: o.y + p.x * ay + p.y * by });
  };

  const drawnNodes = (): DrawnNode[] => {
    if (nodes) return nodes;
    const list: DrawnNode[] = [];
    const map = viewportMap();
    // Drawn radii are proportional to sizes.
    const unit = renderer.scaleSize(1);
    renderer.getGraph().forEachNode((key) => {
      const d = nodeData(key);
      if (!d || d.hidden) return;
      const p = map(d);
      list.push({ key, x: p.x, y: p.y, r: d.size * unit, z: d.zIndex ?? 0 });
    });
    nodes = list;
    return list;
  };

  /** Viewport positions of every node (hidden ones too: an edge's ends), for edge picking. */
  const positionsOf = (): Map<string, { x: number; y: number }> => {
    if (at) return at;
    const positions = new Map<string, { x: number; y: number }>();
    const map = viewportMap();
    renderer.getGraph().forEachNode((key) => {
      const d = nodeData(key);
      if (d) positions.set(key, map(d));
    });
    at = positions;
    return positions;
  };

  internals.pickingLayers?.clear();
  for (const programs of [internals.nodePrograms, internals.edgePrograms])
    for (const program of Object.values(programs ?? {}))
      if ("pickProgram" in program) program.pickProgram = null;

  const picker = renderer as unknown as Picker;
  picker.getNodeAtPosition = ({ x, y }) => {
    let best: string | null = null;
    let bestZ = -Infinity;
    let bestD = Infinity;
    for (const n of drawnNodes()) {
      const dx = n.x - x;
      const dy = n.y - y;
      const d2 = dx * dx + dy * dy;
      if (d2 > n.r * n.r) continue;
      if (n.z > bestZ || (n.z === bestZ && d2 < bestD)) {
        best = n.key;
        bestZ = n.z;
        bestD = d2;
      }
    }
    return best;
  };
  picker.getEdgeAtPoint = (x, y) => {
    const positions = positionsOf();
    let best: string | null = null;
    let bestZ = -Infinity;
    let bestD = Infinity;
    renderer.getGraph().forEachEdge((edge, _attrs, source, target) => {
      const d = edgeData(edge);
      if (!d || d.hidden) return;
      const a = positions.get(source);
      const b = positions.get(target);
      if (!a || !b) return;
      const vx = b.x - a.x;
      const vy = b.y - a.y;
      const len2 = vx * vx + vy * vy;
      const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - a.x) * vx + (y - a.y) * vy) / len2)) : 0;
      const dx = a.x + t * vx - x;
      const dy = a.y + t * vy - y;
      const dist = Math.sqrt(dx * dx + dy * dy);
      const reach = renderer.scaleSize(d.size) / 2 + EDGE_SLACK;
      if (dist > reach) return;
      const z = d.zIndex ?? 0;
      if (z > bestZ || (z === bestZ && dist < bestD)) {
        best = edge;
        bestZ = z;
        bestD = dist;
      }
    });
    return best;
  };
}
