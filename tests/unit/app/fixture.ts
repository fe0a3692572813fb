/** A tiny hand-written event network for the app's unit tests. */
import Graph from "graphology";
import type { EdgeKind, EventDate, NodeAttributes, NodeKind } from "../../../src/model/types.ts";
import type { RabitaGraph } from "../../../src/app/data/dataset.ts";

export function node(label: string, kind: NodeKind, date?: EventDate): NodeAttributes {
  const a: NodeAttributes = {
    label,
    kind,
    aliases: [],
    mentions: [],
    x: 0,
    y: 0,
    size: 1,
    degree: 0,
  };
  if (date) a.date = date;
  return a;
}

/** undp, eu (funder), ali (person), icssi; conf2011 (2011-10-30), proj (2012-04..2015-12),
 * meet2023 (2023), undated. */
export function makeFixture(): RabitaGraph {
  const g: RabitaGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  g.addNode("undp", node("United Nations Development Programme", "organisation"));
  g.addNode("eu", node("European Union", "funder"));
  g.addNode("ali", node("Ali Hassan", "person"));
  g.addNode("icssi", node("ICSSI", "organisation"));
  g.addNode("lonely", node("Lonely Org", "organisation"));
  g.addNode("conf2011", node("Third Conference", "event", { start: "2011-10-30" }));
  g.addNode("proj", node("Empowering CSOs", "event", { start: "2012-04", end: "2015-12" }));
  g.addNode("meet2023", node("Meeting", "event", { start: "2023" }));
  g.addNode("undated", node("Undated", "event"));
  const edges: [string, string, EdgeKind][] = [
    ["icssi", "conf2011", "organised"],
    ["ali", "conf2011", "spoke_at"],
    ["undp", "conf2011", "participated"],
    ["undp", "proj", "organised"],
    ["eu", "proj", "funded"],
    ["undp", "proj", "funded"],
    ["eu", "meet2023", "participated"],
    ["icssi", "undated", "participated"],
    ["eu", "undp", "funded"],
  ];
  edges.forEach(([s, t, kind], i) => g.addEdgeWithKey(`e${i}`, s, t, { kind, evidence: [] }));
  return g;
}
