/**
 * Short project names across documents: a two-word proper name ("Kisima Safi", a project
 * named in one page's grant table and another's prose) is one project wherever it recurs,
 * while a short description ("General Assembly") stays its document's own. A programme
 * that one document names with its period ("its programme for 2024–2027") and another
 * without is one programme, dated by that period. A body
 * that funds an event and, in another sentence, runs it keeps both relations. Each class is tested with
 * several phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";
import type { Extraction } from "../../../src/compiler/types.ts";
import { related } from "./query.ts";

const docs = (...texts: string[]): Extraction =>
  extract(texts.map((text, i) => ({ id: `d${i + 1}.txt`, text })));

const grantTable = (project: string): string =>
  [
    "Grants approved",
    "",
    "Brightwater Trust, 2 May 2025 – The Brightwater Trust has approved three grants.",
    "",
    "| Grantee | Project | Period | Grant (USD) |",
    "|---|---|---|---|",
    `| Umoja Women's Cooperative | ${project} | Jul 2025 – Jun 2027 | 40,000 |`,
    "| Tana River Youth Association | Safe Crossings for Herders | Aug 2025 – Jul 2026 | 25,000 |",
    "",
  ].join("\n");

describe("a two-word proper project name is one project across documents", () => {
  it.each([
    [
      "Kisima Safi",
      "The cooperative presented its project Kisima Safi to the district water board.",
    ],
    ["Verde Vivo", "The Verde Vivo project now serves 300 homes, the cooperative said."],
    ["Bab Amal", "Bab Amal, a water project of the cooperative, now serves 300 homes."],
  ])("%s", (name, prose) => {
    const ex = docs(grantTable(name), `Water news\n\nNairobi, 9 June 2025 – ${prose}`);
    const found = ex.entities.filter((e) => e.label === name || e.aliases.includes(name));
    expect(found).toHaveLength(1);
    const e = found[0];
    expect(e?.kind).toBe("event");
    expect(new Set(e?.mentions.map((m) => m.doc))).toEqual(new Set(["d1.txt", "d2.txt"]));
    expect(e?.date).toEqual({ start: "2025-07", end: "2027-06" });
  });
});

describe("a short description stays its document's own", () => {
  it.each(["General Assembly", "Annual Meeting", "Closing Ceremony"])("%s", (name) => {
    const ex = docs(
      `Members meet\n\nThe Umoja Women's Cooperative held its ${name} on Saturday. Forty members attended.`,
      `Network news\n\nThe Tana River Youth Association held its ${name} on Sunday. Sixty members attended.`,
    );
    const found = ex.entities.filter((e) => e.label === name || e.aliases.includes(name));
    expect(found).toHaveLength(2);
  });
});

describe("a programme named in two documents is one, dated by its period", () => {
  it.each([
    "Verde Vivo, the programme the Brightwater Trust runs from 2024 to 2027, supports groups that look after springs.",
    "Under Verde Vivo, its programme for 2024–2027, the Brightwater Trust supports groups that look after springs.",
    "Through Verde Vivo, its programme for 2024–2027, the Brightwater Trust backs groups that look after springs.",
  ])("%s", (sentence) => {
    const ex = docs(
      [
        "Verde Vivo: four water grants",
        "",
        "Lima, 24 April 2025 – The Brightwater Trust has announced four grants under its Verde Vivo programme to groups that look after springs.",
      ].join("\n"),
      `About our programmes\n\n${sentence}`,
    );
    const found = ex.entities.filter(
      (e) => e.label === "Verde Vivo" || e.aliases.includes("Verde Vivo"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe("event");
    expect(found[0]?.date).toEqual({ start: "2024", end: "2027" });
  });
});

describe("funding and running a programme, told apart, are both kept", () => {
  it.each([
    [
      "The Brightwater Trust organised the Verde Vivo Learning Exchange in Cusco on 3 May 2025.",
      "The exchange was funded by the Brightwater Trust with USD 12,000.",
    ],
    [
      "The Verde Vivo Learning Exchange was organised by the Brightwater Trust in Cusco on 3 May 2025.",
      "The Brightwater Trust also covered its costs with a grant of USD 12,000.",
    ],
    [
      "Hosted by the Brightwater Trust, the Verde Vivo Learning Exchange met in Cusco on 3 May 2025.",
      "The Brightwater Trust funded the exchange with USD 12,000.",
    ],
  ])("%s", (organised, funded) => {
    const ex = docs(`Exchange held\n\n${organised} ${funded}`);
    const kinds = related(ex, "Brightwater Trust", "Verde Vivo Learning Exchange");
    expect(kinds).toContain("funded");
    expect(kinds).toContain("organised");
  });
});
