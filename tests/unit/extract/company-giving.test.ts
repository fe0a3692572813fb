/**
 * Companies as givers, as their sustainability and community-investment reports write it:
 * names closed by a legal form of Spanish, Portuguese, Italian or French law ("S.A.A.",
 * "Ltda.", "SpA", "S.R.L."), "X invested USD 4.2 million in the communities" over a table of
 * projects with an "Investment" column, and Peru's sol written "S/ 1,250,000". Each class is
 * tested with several phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, fundedAmount, run } from "./query.ts";

describe("a legal form closes a body's name, which is also written with it", () => {
  it.each([
    ["Cementos Andinos S.A.A. opened a library in the district.", "Cementos Andinos"],
    ["The grant came from Transportes Llanquihue Ltda. last year.", "Transportes Llanquihue"],
    ["Colecta Sur SpA matched every donation from the neighbours.", "Colecta Sur"],
    ["Altos Tejidos S.R.L. bought the wool of the cooperative.", "Altos Tejidos"],
  ])("%s", (sentence, name) => {
    const ex = run("News", "", `Arequipa, 3 May 2025. ${sentence}`);
    const body = find(ex, name);
    expect(body?.kind).toMatch(/organisation|funder/);
    // The name as the text writes it, legal form and all, names the same body.
    const written = sentence.slice(sentence.indexOf(name)).split(/\s+/).slice(0, 3).join(" ");
    expect(find(ex, written)?.id).toBe(body?.id);
  });
});

describe("'X invested N in the communities' over a table of projects and investments", () => {
  it.each([
    [
      "In 2024 Cementos Andinos S.A.A. invested USD 2.1 million in the communities around its plants.",
      "Cementos Andinos",
    ],
    [
      "Last year Norte Cobre Ltda. invested US$ 900,000 in local projects through its foundation window.",
      "Norte Cobre",
    ],
    [
      "The Halden Energy Company spent EUR 640,000 on community initiatives in 2024.",
      "Halden Energy Company",
    ],
  ])("%s", (sentence, giver) => {
    const ex = run(
      "Sustainability Report 2024 · Chapter 5",
      "",
      sentence,
      "",
      "Table 5.1 – Community projects in 2024",
      "Project  Location  Implementing partner  Period  Investment 2024",
      "Agua Limpia Yauri  Yauri  Asociación Tierra Fértil  2024–2025  US$ 300,000",
      "Becas Técnicas  Espinar  Instituto Superior de Espinar  2024  US$ 120,000",
    );
    const gave = (partner: string) => fundedAmount(ex, giver, partner);
    expect(gave("Asociación Tierra Fértil") ?? fundedAmount(ex, giver, "Agua Limpia Yauri")).toBe(
      300000,
    );
    expect(gave("Instituto Superior de Espinar") ?? fundedAmount(ex, giver, "Becas Técnicas")).toBe(
      120000,
    );
  });
});

describe("Peru's sol written 'S/' before the figure", () => {
  it.each([
    [
      "The Municipalidad Distrital de Pallpata gave S/ 85,000 to the Asociación Tierra Fértil.",
      85000,
    ],
    [
      "The Asociación Tierra Fértil received a grant of S/ 1,250,000 from the Fondo Minero Sur.",
      1250000,
    ],
    [
      "The Asociación Tierra Fértil was funded by the Fundación Ayni with S/ 40,000 for two ponds.",
      40000,
    ],
  ])("%s", (sentence, amount) => {
    const ex = run("News", "", `Cusco, 3 May 2025. ${sentence}`);
    const edge = ex.relations.find((r) => r.kind === "funded" && r.amount === amount);
    expect(edge?.currency).toBe("PEN");
  });
});
