/**
 * Rows of a table without a header, as a web page's cells or a text file's columns give them
 * ("Treasurer  Ana Ruiz  Casa Luz Collective"): a person-shaped cell is a person when the row
 * gives a role or opens with the name before a body's, and the cell after the person's is the
 * body; a grants row's project cell of the same shape is no person. Phrasings written for
 * these tests.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";
import type { Extraction } from "../../../src/compiler/types.ts";
import { htmlToText } from "../../../src/compiler/html.ts";

const fromHtml = (html: string): Extraction =>
  extract([{ id: "t.html", text: htmlToText(html).text }]);
const fromText = (text: string): Extraction => extract([{ id: "t.txt", text }]);
const kinds = (ex: Extraction): Record<string, string> =>
  Object.fromEntries(ex.entities.map((e) => [e.label, e.kind]));

const page = (intro: string, rows: string[][]): string =>
  `<html><body><article><h1>Report</h1><p>${intro}</p><table>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`)
    .join("")}</table></article></body></html>`;

describe("a row of role, person and body", () => {
  it.each([
    [
      page(
        "The federation held its 2nd Delegates Assembly on 3 May 2025 in Ipoh. The new committee:",
        [
          ["President / Presiden", "Puan Rosnah Ahmad", "Sahabat Pekerja Perak"],
          ["Treasurer / Bendahari", "Teresa Lim Mei Ling", "Rumah Kita Penang"],
        ],
      ),
      ["Teresa Lim Mei Ling"],
      ["Rumah Kita Penang", "Sahabat Pekerja Perak"],
    ],
    [
      page("On 4 June 2025 the network elected its board:", [
        ["Chair", "Marta Quispe Mamani", "Warmi Sayariy"],
        ["Secretary", "Pedro Gil Soto", "Manos Tejedoras Sucre"],
      ]),
      ["Marta Quispe Mamani", "Pedro Gil Soto"],
      ["Warmi Sayariy", "Manos Tejedoras Sucre"],
    ],
  ])("%#", (html, people, bodies) => {
    const k = kinds(fromHtml(html));
    for (const p of people) expect(k[p]).toBe("person");
    for (const b of bodies) expect(k[b]).toBe("organisation");
  });

  it("columns of a text file: the name, then the body", () => {
    const k = kinds(
      fromText(
        "On 4 June 2025 the network elected its board.\n\nAna Ruiz   Casa Luz Collective\nPedro Gil Soto   Manos Unidas Association\n",
      ),
    );
    expect(k["Ana Ruiz"]).toBe("person");
    expect(k["Pedro Gil Soto"]).toBe("person");
  });
});

describe("a grants row's project cell is no person", () => {
  it.each([
    [["Kivu Women Mediators Network", "DR Congo – Goma", "Safe Lanes", "USD 80,000"], "Safe Lanes"],
    [
      ["Valley Growers Association", "St Ann, Jamaica", "Replant Moneague", "JMD 4,000,000"],
      "Replant Moneague",
    ],
    [["Tamar Youth Circle", "Hebron", "Open Courtyards", "EUR 25,000"], "Open Courtyards"],
  ])("%j", (row, project) => {
    const ex = fromHtml(
      page("The Larchfield Foundation announced its 2025 grants on 2 March 2025:", [
        ["Grantee", "Location", "Project", "Grant"],
        row,
      ]),
    );
    expect(kinds(ex)[project]).not.toBe("person");
  });
});
