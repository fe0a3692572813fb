// Exports from the app: what is shown (kinds, window, network mode) as a new graph that leaves
// the displayed one untouched, the worked-with links, file names from the corpus, and the
// formats the menu writes.
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { csvParse } from "d3-dsv";
import type { Dataset } from "../../../src/app/data/dataset.ts";
import { makeCollaborationGraph } from "../../../src/app/data/collaboration.ts";
import { makeTimeIndex } from "../../../src/app/data/time-window.ts";
import {
  collaborationLinks,
  shownData,
  shownNodes,
  subgraphData,
  wholeData,
} from "../../../src/app/export/shown.ts";
import type { ShownFilter } from "../../../src/app/export/shown.ts";
import {
  corpusName,
  exportFileName,
  safeName,
  scopeTag,
} from "../../../src/app/export/file-names.ts";
import {
  COLLABORATION_COLUMNS,
  collaborationCsv,
  collaborationGexf,
  renderData,
} from "../../../src/app/export/formats.ts";
import { NODE_KINDS } from "../../../src/model/types.ts";
import type { DocumentRecord } from "../../../src/model/types.ts";
import { makeFixture } from "./fixture.ts";

function makeDataset(): Dataset {
  const graph = makeFixture();
  graph.setNodeAttribute("undp", "mentions", [{ doc: "press/a.txt", start: 0, end: 4 }]);
  graph.setNodeAttribute("meet2023", "mentions", [{ doc: "press/c.txt", start: 0, end: 7 }]);
  graph.setEdgeAttribute("e8", "evidence", [{ doc: "press/b.txt", start: 0, end: 13 }]);
  graph.setEdgeAttribute("e8", "amount", 1000);
  const docs: DocumentRecord[] = ["a", "b", "c"].map((n) => ({
    id: `press/${n}.txt`,
    title: n.toUpperCase(),
    text: "UNDP and the EU met.",
    status: "compiled",
  }));
  return { graph, documents: new Map(docs.map((d) => [d.id, d])), failed: [] };
}

const ALL_KINDS = [...NODE_KINDS];
const events: ShownFilter = { kinds: ALL_KINDS, window: null, mode: "events" };

describe("what is shown", () => {
  const dataset = makeDataset();
  const time = makeTimeIndex(dataset.graph);

  it("is every node and edge with the default view", () => {
    const data = shownData(dataset, time, events);
    expect(data.graph.nodes).toHaveLength(dataset.graph.order);
    expect(data.graph.edges).toHaveLength(dataset.graph.size);
    expect(data.graph).toEqual(wholeData(dataset).graph);
  });

  it("keeps the kinds that are on, and the edges between kept nodes", () => {
    const keep = shownNodes(dataset.graph, time, { ...events, kinds: ["organisation", "event"] });
    expect([...keep].sort()).toEqual(
      ["conf2011", "icssi", "lonely", "meet2023", "proj", "undated", "undp"].sort(),
    );
    const data = subgraphData(dataset, keep);
    for (const e of data.graph.edges) {
      expect(keep.has(e.source) && keep.has(e.target)).toBe(true);
    }
    expect(data.graph.edges.map((e) => e.key).sort()).toEqual(["e0", "e2", "e3", "e5", "e7"]);
  });

  it("keeps what the time window keeps: events overlapping it and their actors", () => {
    const keep = shownNodes(dataset.graph, time, {
      ...events,
      window: { start: "2013-01-01", end: "2013-12-31" },
    });
    expect([...keep].sort()).toEqual(["eu", "proj", "undp"]);
    const data = shownData(dataset, time, {
      ...events,
      window: { start: "2013-01-01", end: "2013-12-31" },
    });
    expect(data.graph.edges.map((e) => e.key).sort()).toEqual(["e3", "e4", "e5", "e8"]);
    // Only the documents the kept nodes and edges cite.
    expect(data.documents.documents.map((d) => d.id)).toEqual(["press/a.txt", "press/b.txt"]);
  });

  it("keeps actors and their direct relations in the who-worked-with-whom network", () => {
    const keep = shownNodes(dataset.graph, time, { ...events, mode: "collaboration" });
    expect([...keep].sort()).toEqual(["ali", "eu", "icssi", "lonely", "undp"]);
    const data = subgraphData(dataset, keep);
    expect(data.graph.edges.map((e) => e.key)).toEqual(["e8"]);
  });

  it("never touches the displayed graph", () => {
    const before = JSON.stringify(dataset.graph.export());
    const data = shownData(dataset, time, {
      kinds: ["organisation"],
      window: { start: "2011-01-01", end: "2011-12-31" },
      mode: "collaboration",
    });
    renderData("gexf", data);
    renderData("ftm", data);
    expect(JSON.stringify(dataset.graph.export())).toBe(before);
  });
});

describe("worked-with links", () => {
  const dataset = makeDataset();
  const time = makeTimeIndex(dataset.graph);
  const collab = makeCollaborationGraph(dataset.graph);

  it("lists every link, or those between shown actors with a shared event in the window", () => {
    const all = collaborationLinks(dataset.graph, collab, time, null, null);
    expect(all).toHaveLength(collab.size);
    const window = { start: "2023-01-01", end: "2023-12-31" };
    const keep = shownNodes(dataset.graph, time, { ...events, mode: "collaboration", window });
    // Only the EU takes part in 2023; its link to UNDP rests on the 2012 project and a direct
    // relation, and direct relations count, but UNDP is not shown in 2023.
    expect(collaborationLinks(dataset.graph, collab, time, keep, window)).toEqual([]);
    const in2011 = collaborationLinks(dataset.graph, collab, time, null, {
      start: "2011-01-01",
      end: "2011-12-31",
    });
    expect(in2011.map((l) => [l.sourceLabel, l.targetLabel, l.eventLabels])).toContainEqual([
      "Ali Hassan",
      "ICSSI",
      ["Third Conference"],
    ]);
  });

  it("writes them as CSV and as GEXF that graphology reads back", () => {
    const links = collaborationLinks(dataset.graph, collab, time, null, null);
    const csv = collaborationCsv(links);
    expect(csv.content.split("\n")[0]).toBe(COLLABORATION_COLUMNS.join(","));
    const rows = csvParse(csv.content);
    expect(rows).toHaveLength(links.length);
    const gexf = collaborationGexf(dataset.graph, links);
    const back = parse(Graph, gexf.content);
    expect(back.size).toBe(links.length);
    expect(back.getNodeAttribute("undp", "label")).toBe("United Nations Development Programme");
  });
});

describe("file names", () => {
  it("names the corpus after the folder its documents share", () => {
    expect(corpusName(makeDataset().documents.values())).toBe("press");
    expect(corpusName([{ id: "a.txt", status: "compiled" }])).toBe("rabita");
    expect(
      corpusName([
        { id: "x/a.txt", status: "compiled" },
        { id: "y/b.txt", status: "compiled" },
      ]),
    ).toBe("rabita");
    expect(safeName('  ../My "Corpus": 2024  ')).toBe("My-Corpus-2024");
    expect(safeName("تقارير المنظمات")).toBe("تقارير-المنظمات");
  });

  it("says what a file holds", () => {
    expect(exportFileName("press", null, "nodes.csv")).toBe("press-nodes.csv");
    expect(scopeTag(events)).toBe("shown");
    expect(
      exportFileName(
        "press",
        {
          kinds: ["funder", "organisation"],
          window: { start: "2011-01-01", end: "2015-12-31" },
          mode: "collaboration",
        },
        "graph.gexf",
      ),
    ).toBe("press-collaboration-2011-01-01_2015-12-31-organisation+funder-graph.gexf");
  });
});

describe("formats", () => {
  it("writes each format of the compiled graph with its file name and media type", () => {
    const data = wholeData(makeDataset());
    const files = (["gexf", "graphml", "nodes", "edges", "ftm"] as const).map((f) =>
      renderData(f, data),
    );
    expect(files.map((f) => [f.file, f.mediaType])).toEqual([
      ["graph.gexf", "application/gexf+xml"],
      ["graph.graphml", "application/graphml+xml"],
      ["nodes.csv", "text/csv"],
      ["edges.csv", "text/csv"],
      ["entities.ftm.json", "application/x-ndjson"],
    ]);
    expect(files[2]?.content.startsWith("Id,Label,kind,")).toBe(true);
    expect(csvParse(files[3]?.content ?? "")).toHaveLength(data.graph.edges.length);
  });
});
