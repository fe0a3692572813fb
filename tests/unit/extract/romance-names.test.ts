/**
 * Names from Spanish and Portuguese in English text: titles written before a name ("Lic.",
 * "Abg.", "Mons.", "Hna."), the first of a person's two family names used alone ("Lic.
 * Choque" for "Wilber Choque Flores"), and the nouns that open names of bodies ("Clínica",
 * "Juzgado", "Parroquia") and of gatherings ("Asamblea", "Audiencia", "Mesa de Diálogo").
 * Each class is tested with several phrasings written for these tests, with guards.
 */
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../src/compiler/types.ts";
import { find, run } from "./query.ts";

const kindOf = (ex: Extraction, label: string): string | undefined => find(ex, label)?.kind;
const persons = (ex: Extraction): string[] =>
  ex.entities.filter((e) => e.kind === "person").map((e) => e.label);

describe("a Spanish title before a name makes it a person's and is no body", () => {
  it.each([
    ["The mass was celebrated by Mons. Paucar in the square.", "Paucar"],
    ["Abg. Solís spoke for the families of the defenders.", "Solís"],
    ["The choir was led by Hna. Ticona and the children.", "Ticona"],
    ["The survey was presented by Bach. Huanca on Friday.", "Huanca"],
  ])("%s", (sentence, name) => {
    const ex = run("Community news", "", `Sucre, 3 May 2025. ${sentence}`);
    expect(persons(ex)).toContain(name);
    expect(ex.entities.some((e) => /^(?:Abg|Mons|Hna|Bach)$/.test(e.label))).toBe(false);
  });

  it("a title in capitals alone names no body", () => {
    const ex = run(
      "Panel transcript",
      "",
      "DRA. ELENA MAMANI CRUZ: Thank you. The court will hear the case on Monday.",
      "",
      "LIC. PABLO ROJAS VERA: The office will follow the case.",
    );
    for (const title of ["DRA", "LIC", "Dra", "Lic"]) expect(find(ex, title)).toBeUndefined();
  });
});

describe("the first of two family names alone is the person who carries both", () => {
  it.each([
    [
      "The table was facilitated by Lic. Wilmer Choque Flores of the Ombudsman's Office. Lic. Choque presented the findings.",
      "Wilmer Choque Flores",
      "Choque",
    ],
    [
      "On the panel sat Mtra. Citlali Morán Ruiz, coordinator of Tequio Vivo. 'The springs are dry,' said Mtra. Morán.",
      "Citlali Morán Ruiz",
      "Morán",
    ],
    [
      "The clinic is directed by Dra. Marisela Cáceres Arana. Dra. Cáceres said the hearing was public.",
      "Marisela Cáceres Arana",
      "Cáceres",
    ],
  ])("%s", (sentence, full, short) => {
    const ex = run("News", "", `Cusco, 2 October 2025. ${sentence}`);
    expect(find(ex, short)?.label).toBe(find(ex, full)?.label);
    expect(ex.entities.filter((e) => e.kind === "person" && e.label === short)).toEqual([]);
  });

  it("guard: a first family name two people share stays apart from both", () => {
    const ex = run(
      "News",
      "",
      "Cusco, 2 October 2025. Ana Quispe Rojas and Luis Quispe Mamani spoke. Sra. Quispe thanked the donors.",
    );
    expect(find(ex, "Quispe")?.label).not.toBe("Ana Quispe Rojas");
    expect(find(ex, "Quispe")?.label).not.toBe("Luis Quispe Mamani");
  });
});

describe("Spanish and Portuguese nouns that open names of bodies", () => {
  it.each([
    ["the Clínica Jurídica Popular of the university", "Clínica Jurídica Popular"],
    ["the Juzgado Civil de Tarata", "Juzgado Civil de Tarata"],
    ["the Parroquia San Martín de Porres", "Parroquia San Martín de Porres"],
    ["the Comunidad Campesina de Huaylla", "Comunidad Campesina de Huaylla"],
  ])("%s", (phrase, name) => {
    const ex = run(
      "News",
      "",
      `Cusco, 2 October 2025. Water monitors met with ${phrase} on Friday to discuss the river.`,
    );
    expect(kindOf(ex, name)).toBe("organisation");
  });
});

describe("Spanish and Portuguese nouns that open names of gatherings", () => {
  it.each([
    [
      "The Mesa de Diálogo por el Río Rímac was installed on 4 March 2025 in Lima.",
      "Mesa de Diálogo por el Río Rímac",
    ],
    [
      "The Mesa Técnica de Agua Potable de Sucre met on 4 March 2025.",
      "Mesa Técnica de Agua Potable de Sucre",
    ],
    [
      "The Asamblea General Ordinaria of the water users was held on 8 November 2025.",
      "Asamblea General Ordinaria",
    ],
    [
      "The Audiencia Pública Ambiental took place in Yauri on 4 March 2025.",
      "Audiencia Pública Ambiental",
    ],
  ])("%s", (sentence, name) => {
    const ex = run("News", "", sentence);
    expect(kindOf(ex, name)).toBe("event");
  });

  it("guard: a standing body named Mesa stays a body", () => {
    const ex = run(
      "News",
      "",
      "Lima, 3 May 2025. The Mesa Comunitaria del Agua de Morazán signed the agreement with the municipality.",
    );
    expect(kindOf(ex, "Mesa Comunitaria del Agua de Morazán")).not.toBe("event");
  });
});
