/**
 * HTML tables as the extraction reads them: a column of <th> labels beside their values is a
 * fact box ("Host: X"), a header row over rows of as many cells is a Markdown table, and a
 * layout table of an older site stays plain lines. Pages written for these tests.
 */
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../src/compiler/html.ts";
import { extract } from "../../../src/compiler/extract/index.ts";
import { fundedAmount } from "../extract/query.ts";

const PROSE = `<p>The meeting brought together shelters, unions and legal aid groups from across the region, who compared their casework over two days and agreed a joint plan for the coming year.</p>`;
const page = (inner: string): string =>
  `<html><body><nav><a href="/">Home</a></nav><article><h1>Programme as delivered</h1>${inner}${PROSE}</article></body></html>`;

describe("a table of labels and values reads as fact lines", () => {
  it.each([
    [
      "<th> labels in a plain table",
      `<table><tr><th>Host</th><td>Quayside Lawyers' Group</td></tr><tr><th>Organiser</th><td>Northern Shelters Network</td></tr></table>`,
      ["Host: Quayside Lawyers' Group", "Organiser: Northern Shelters Network"],
    ],
    [
      "labels with their own colons, in a <tbody>",
      `<table class="event-facts"><tbody><tr><th>Dates:</th><td>4–5 June 2025</td></tr><tr><th>Supported by:</th><td>Harrow Fund</td></tr></tbody></table>`,
      ["Dates: 4–5 June 2025", "Supported by: Harrow Fund"],
    ],
    [
      "a value over two paragraphs",
      `<table><tr><th>Venue</th><td><p>Town Hall,</p><p>Tromsø</p></td></tr><tr><th>Convened by</th><td>Arctic Language Council</td></tr></table>`,
      ["Venue: Town Hall, Tromsø", "Convened by: Arctic Language Council"],
    ],
  ])("%s", (_shape, table, lines) => {
    const text = htmlToText(page(table)).text.split("\n");
    for (const line of lines) expect(text).toContain(line);
  });
});

describe("a header row over rows of data reads as a Markdown table", () => {
  it.each([
    [
      "a <thead> and a <tbody>",
      `<table><thead><tr><th>Grantee</th><th>Amount (EUR)</th></tr></thead><tbody><tr><td>Moorside Tenants Association</td><td>48,000</td></tr></tbody></table>`,
      ["| Grantee | Amount (EUR) |", "|---|---|", "| Moorside Tenants Association | 48,000 |"],
    ],
    [
      "a first row of <th>, a cell in a paragraph and a pipe",
      `<table><tr><th>Organisation</th><th>Project</th><th>USD</th></tr><tr><td>Pinecrest Reading Society</td><td><p>Story hour for toddlers | phase 2</p></td><td>15,000</td></tr></table>`,
      [
        "| Organisation | Project | USD |",
        "|---|---|---|",
        "| Pinecrest Reading Society | Story hour for toddlers / phase 2 | 15,000 |",
      ],
    ],
    [
      "inline markup and an empty cell",
      `<table><tr><th>Partner</th><th>Role</th><th>Note</th></tr><tr><td>Calder <b>Residents</b> Network</td><td><em>host</em> and caterer</td><td></td></tr></table>`,
      [
        "| Partner | Role | Note |",
        "|---|---|---|",
        "| Calder Residents Network | host and caterer | |",
      ],
    ],
  ])("%s", (_shape, table, lines) => {
    const text = htmlToText(page(table)).text.split("\n");
    for (const line of lines) expect(text).toContain(line);
  });

  it("keeps a programme whose cells hold several lines each as lines", () => {
    const { text } = htmlToText(
      page(
        `<table><tr><th>Time</th><th>Session</th><th>Speakers</th></tr><tr><td>09:30</td><td>Opening</td><td><p>Chair: Dr. Mira Odell, Director, Fjord Institute</p><p>Keynote: Tove Lund, Arctic Language Council</p></td></tr></table>`,
      ),
    );
    const lines = text.split("\n").map((l) => l.trim());
    expect(lines).toContain("Chair: Dr. Mira Odell, Director, Fjord Institute");
    expect(lines).toContain("Keynote: Tove Lund, Arctic Language Council");
  });

  it("keeps a layout table without header cells as plain lines", () => {
    const { text } = htmlToText(
      page(
        `<table><tr><td>Sixty fishers founded the Small Boats Cooperative.</td><td>Read more</td></tr></table>`,
      ),
    );
    expect(text).not.toContain("|");
    expect(text).toContain("Sixty fishers founded the Small Boats Cooperative.");
  });

  it("lets the grant reader read an HTML table of grants", () => {
    const { text } = htmlToText(
      page(
        `<p>The Ostrander Foundation has awarded grants to four rural libraries.</p><table><thead><tr><th>Grantee</th><th>Town</th><th>Amount (USD)</th></tr></thead><tbody><tr><td>Pinecrest Reading Society</td><td>Marquette</td><td>15,000</td></tr><tr><td>Lakeshore Literacy Alliance</td><td>Escanaba</td><td>22,000</td></tr></tbody></table>`,
      ),
    );
    const ex = extract([{ id: "grants.html", text }]);
    expect(fundedAmount(ex, "Ostrander Foundation", "Pinecrest Reading Society")).toBe(15000);
    expect(fundedAmount(ex, "Ostrander Foundation", "Lakeshore Literacy Alliance")).toBe(22000);
  });
});
