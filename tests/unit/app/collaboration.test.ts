import { describe, expect, it } from "vitest";
import {
  collabKey,
  collaboratorsOf,
  makeCollaborationGraph,
} from "../../../src/app/data/collaboration.ts";
import { makeFixture } from "./fixture.ts";

describe("makeCollaborationGraph", () => {
  it("keeps actors only, with their attributes and positions", () => {
    const g = makeFixture();
    g.setNodeAttribute("undp", "x", 42);
    const c = makeCollaborationGraph(g);
    expect(c.nodes().sort()).toEqual(["ali", "eu", "icssi", "lonely", "undp"]);
    expect(c.getNodeAttribute("undp", "x")).toBe(42);
    expect(c.type).toBe("undirected");
  });

  it("links actors sharing an event, weighted by the events shared", () => {
    const c = makeCollaborationGraph(makeFixture());
    const icssiAli = c.getEdgeAttributes(collabKey("icssi", "ali"));
    expect(icssiAli.events).toEqual(["conf2011"]);
    expect(icssiAli.weight).toBe(1);
    // eu and undp share the project (once, though undp has two relations to it) and a direct edge.
    const euUndp = c.getEdgeAttributes(collabKey("undp", "eu"));
    expect(euUndp.events).toEqual(["proj"]);
    expect(euUndp.relations).toEqual([{ edge: "e8", kind: "funded" }]);
    expect(euUndp.weight).toBe(2);
  });

  it("adds no link for actors that share nothing, nor for crowded events past the cap", () => {
    const c = makeCollaborationGraph(makeFixture());
    expect(c.hasEdge(collabKey("ali", "eu"))).toBe(false);
    expect(c.degree("lonely")).toBe(0);
    const capped = makeCollaborationGraph(makeFixture(), { maxEventActors: 2 });
    expect(capped.hasEdge(collabKey("icssi", "ali"))).toBe(false);
    expect(capped.hasEdge(collabKey("undp", "eu"))).toBe(true);
  });

  it("lists collaborators most shared first, and none for events or unknown keys", () => {
    const c = makeCollaborationGraph(makeFixture());
    const list = collaboratorsOf(c, "undp");
    expect(list.map((x) => x.key)).toEqual(["eu", "ali", "icssi"]);
    expect(list[0]?.events).toEqual(["proj"]);
    expect(collaboratorsOf(c, "conf2011")).toEqual([]);
    expect(collaboratorsOf(c, "nope")).toEqual([]);
  });

  it("makes one key per pair whatever the order", () => {
    expect(collabKey("b", "a")).toBe(collabKey("a", "b"));
  });
});
