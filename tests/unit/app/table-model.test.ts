// The table view's model: rows, filters by kind, window and text, sorting with empties last,
// the header's sort cycle and the page that holds a row.
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/app/data/dataset.ts";
import { insideWindow, makeTimeIndex } from "../../../src/app/data/time-window.ts";
import {
  DEFAULT_SORTS,
  ENTITY_COLUMNS,
  RELATION_COLUMNS,
  effectiveSort,
  makeTables,
  nextSort,
  pageOf,
  tablesOf,
} from "../../../src/app/table/table-model.ts";
import type { RowFilter } from "../../../src/app/table/table-model.ts";
import type { DocumentRecord } from "../../../src/model/types.ts";
import { makeFixture } from "./fixture.ts";

function makeDataset(): Dataset {
  const graph = makeFixture();
  graph.setNodeAttribute("undp", "aliases", ["UNDP"]);
  graph.setNodeAttribute("undp", "degree", 3);
  graph.setNodeAttribute("eu", "degree", 3);
  graph.setNodeAttribute("icssi", "degree", 2);
  graph.setNodeAttribute("undp", "mentions", [
    { doc: "a.txt", start: 0, end: 4 },
    { doc: "b.txt", start: 0, end: 4 },
    { doc: "a.txt", start: 9, end: 13 },
  ]);
  graph.setNodeAttribute("lonely", "label", "جمعية الأمل");
  graph.setEdgeAttribute("e4", "amount", 500_000);
  graph.setEdgeAttribute("e4", "currency", "EUR");
  graph.setEdgeAttribute("e8", "amount", 2_000_000);
  graph.setEdgeAttribute("e8", "evidence", [{ doc: "b.txt", start: 0, end: 10 }]);
  const docs: DocumentRecord[] = [
    {
      id: "a.txt",
      title: "Report A",
      text: "UNDP ... UNDP",
      status: "compiled",
      date: "2013-05-01",
    },
    {
      id: "b.txt",
      title: "Funding news",
      text: "EU funds UNDP",
      status: "compiled",
      date: "2014-02",
    },
  ];
  return { graph, documents: new Map(docs.map((d) => [d.id, d])), failed: [] };
}

const ALL: RowFilter = {
  kinds: ["organisation", "funder", "person", "event"],
  inside: null,
  text: "",
};

describe("entity rows", () => {
  const dataset = makeDataset();
  const { entities } = makeTables(dataset);
  const row = (key: string) => entities.rows.find((r) => r.key === key);

  it("has one row per node with name, kind, aliases, documents, dates and degree", () => {
    expect(entities.rows).toHaveLength(dataset.graph.order);
    expect(row("undp")).toMatchObject({
      name: "United Nations Development Programme",
      kind: "organisation",
      aliases: ["UNDP"],
      documents: 2,
      first: "2011-10-30",
      last: "2015-12",
      degree: 3,
    });
    // An event's own dates; an actor without dated events has none.
    expect(row("proj")).toMatchObject({ first: "2012-04", last: "2015-12" });
    expect(row("lonely")).toMatchObject({ first: "", last: "" });
  });

  it("filters by kind, by the time window and by folded text", () => {
    const names = (f: RowFilter) =>
      entities.view(f, { column: "name", desc: false }).map((i) => entities.rows[i]?.key);
    expect(names({ ...ALL, kinds: ["person", "funder"] })).toEqual(["ali", "eu"]);
    const inside = insideWindow(makeTimeIndex(dataset.graph), {
      start: "2011-01-01",
      end: "2011-12-31",
    }).inside;
    expect(new Set(names({ ...ALL, inside }))).toEqual(
      new Set(["conf2011", "icssi", "ali", "undp"]),
    );
    expect(names({ ...ALL, text: "undp" })).toEqual(["undp"]);
    expect(names({ ...ALL, text: "الامل" })).toEqual(["lonely"]);
    expect(names({ ...ALL, text: "nothing like it" })).toEqual([]);
  });

  it("sorts by any column both ways, empty values last either way, ties in graph order", () => {
    const keys = (column: string, desc: boolean) =>
      entities.view(ALL, { column, desc }).map((i) => entities.rows[i]?.key);
    const byDegree = keys("degree", true);
    expect(byDegree.slice(0, 3)).toEqual(["undp", "eu", "icssi"]);
    expect(keys("degree", false).slice(-3)).toEqual(["icssi", "undp", "eu"]);
    const first = keys("first", false);
    // Everything linked to the 2011 conference shares its date: graph order breaks the tie.
    expect(first.slice(0, 4)).toEqual(["undp", "ali", "icssi", "conf2011"]);
    expect(first.slice(-2).sort()).toEqual(["lonely", "undated"]);
    expect(keys("first", true).slice(-2).sort()).toEqual(["lonely", "undated"]);
    expect(keys("first", true)[0]).toBe("meet2023");
    // Locale-aware names: case does not decide.
    expect(keys("name", false)[0]).toBe("ali");
  });
});

describe("relation rows", () => {
  const dataset = makeDataset();
  const { relations } = makeTables(dataset);
  const row = (key: string) => relations.rows.find((r) => r.key === key);

  it("has source, relation, target, amount, date and document", () => {
    expect(relations.rows).toHaveLength(dataset.graph.size);
    expect(row("e4")).toMatchObject({
      sourceName: "European Union",
      kind: "funded",
      targetName: "Empowering CSOs",
      amount: 500_000,
      currency: "EUR",
      date: "2012-04 – 2015-12",
    });
    // Between two actors: the evidence document's date and title.
    expect(row("e8")).toMatchObject({
      date: "2014-02",
      document: "Funding news",
      documentId: "b.txt",
    });
  });

  it("keeps a relation when both ends pass the kinds and the window", () => {
    const keys = (f: RowFilter) =>
      relations.view(f, DEFAULT_SORTS.relations).map((i) => relations.rows[i]?.key);
    expect(keys({ ...ALL, kinds: ["organisation", "funder"] })).toEqual(["e8"]);
    const inside = insideWindow(makeTimeIndex(dataset.graph), {
      start: "2023-01-01",
      end: "2023-12-31",
    }).inside;
    expect(keys({ ...ALL, inside })).toEqual(["e6"]);
    expect(keys({ ...ALL, text: "funding news" })).toEqual(["e8"]);
  });

  it("sorts amounts numerically, most first, with unstated amounts last", () => {
    const keys = relations
      .view(ALL, { column: "amount", desc: true })
      .map((i) => relations.rows[i]?.key);
    expect(keys.slice(0, 2)).toEqual(["e8", "e4"]);
    expect(
      relations
        .view(ALL, { column: "amount", desc: false })
        .slice(0, 2)
        .map((i) => relations.rows[i]?.key),
    ).toEqual(["e4", "e8"]);
  });
});

describe("sort state", () => {
  it("flips the sorted column, starts numbers most first and text from A", () => {
    const byName = { column: "name", desc: false };
    expect(nextSort(ENTITY_COLUMNS, byName, "name")).toEqual({ column: "name", desc: true });
    expect(nextSort(ENTITY_COLUMNS, byName, "degree")).toEqual({ column: "degree", desc: true });
    expect(nextSort(RELATION_COLUMNS, byName, "date")).toEqual({ column: "date", desc: false });
  });

  it("falls back to the table's default for a column it does not have", () => {
    expect(
      effectiveSort(RELATION_COLUMNS, { column: "degree", desc: true }, DEFAULT_SORTS.relations),
    ).toEqual(DEFAULT_SORTS.relations);
    expect(effectiveSort(ENTITY_COLUMNS, null, DEFAULT_SORTS.entities)).toEqual({
      column: "degree",
      desc: true,
    });
  });

  it("finds the page that holds a row", () => {
    const view = Array.from({ length: 250 }, (_, i) => 249 - i);
    expect(pageOf(view, 249, 100)).toBe(0);
    expect(pageOf(view, 0, 100)).toBe(2);
    expect(pageOf(view, 999, 100)).toBeNull();
  });
});

describe("at 10,000 rows", () => {
  it("builds once per dataset and answers a sorted, filtered view quickly", () => {
    const dataset = makeDataset();
    for (let i = 0; i < 10_000; i++)
      dataset.graph.addNode(`n${i}`, {
        ...dataset.graph.getNodeAttributes("icssi"),
        label: `Organisation ${(i * 7919) % 10_000}`,
        degree: i % 17,
      });
    const t = tablesOf(dataset);
    expect(tablesOf(dataset)).toBe(t);
    t.entities.view(ALL, { column: "name", desc: false });
    const view = t.entities.view(
      { ...ALL, text: "organisation 1" },
      { column: "degree", desc: true },
    );
    expect(view.length).toBeGreaterThan(1000);
  });
});

describe("documents that come after the graph", () => {
  it("build the tables again once, with the documents' counts", () => {
    const graph = makeFixture();
    let loading = true;
    const dataset: Dataset = {
      graph,
      documents: new Map(),
      failed: [],
      get documentsLoading() {
        return loading;
      },
    };
    const before = tablesOf(dataset);
    expect(tablesOf(dataset)).toBe(before);
    const row = (t: typeof before): number | undefined =>
      t.entities.rows.find((r) => r.key === "undp")?.documents;
    expect(row(before)).toBe(0);
    // The mentions are filled in, then the documents are handed over.
    graph.getNodeAttributes("undp").mentions = [{ doc: "a.txt", start: 0, end: 4 }];
    loading = false;
    const after = tablesOf(dataset);
    expect(after).not.toBe(before);
    expect(row(after)).toBe(1);
    expect(tablesOf(dataset)).toBe(after);
  });
});
