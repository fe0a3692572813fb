/**
 * Grant tables as a PDF report's text gives them: a header, a rule whose dash runs mark the
 * columns ("-------- ----- ------"), rows cut at those columns even where two cells touch,
 * and wrapped cells on lines of their own. A report that speaks of "our grants" is the giver
 * of its table's grants; a table of grantees whose giver the page does not name gives no
 * grantee a funder's part. Each class is tested with several layouts or phrasings written for
 * these tests.
 */
import { describe, expect, it } from "vitest";
import { find, fundedAmount, related, run } from "./query.ts";

// (Under the letterhead of the body's name in its own language, as a foundation abroad
// prints it: the page names the giver only in its prose.)
const report = (lead: string, ...table: string[]): string[] => [
  "STIFTELSEN KESTREL",
  "Annual Report 2024",
  "Bergen, 20 March 2025",
  "",
  "",
  "3   COASTAL PROGRAMME",
  "",
  `The coast of West Africa is the newest region of work of the Kestrel Fund. Fishing families there have lost a third of their catch in ten years, and the sea takes a little more of their beaches every season. The Fund's board visited them in May. ${lead}`,
  "",
  ...table,
  "",
  "* Converted at the average rate of the year.",
];

describe("a fixed-width table with wrapped cells is read row by row", () => {
  it.each([
    [
      "Table 3.1  Coastal grants made in 2024",
      "",
      "Grantee                  Country  Project                 Period     Amount",
      "------------------------ -------- ----------------------- ---------- -------------",
      "Lagoon Women's Union,    Ghana    Smoked Fish Markets     2024–2025  GHS 310,000",
      "Keta                              (second phase)",
      "Dune Keepers Association Togo     Sand and Salt           2024       XOF 9 500 000",
      "Fishers' Voice Network,  Benin    Boat Safety Kits        2024–2025  EUR 18.000",
      "Ouidah",
      "------------------------ -------- ----------------------- ---------- -------------",
      "Total                                                                EUR 61.000",
    ],
    [
      "Grants approved by the board in 2024:",
      "",
      "Grantee                     Project                    Amount",
      "--------------------------- -------------------------- --------------",
      "Lagoon Women's Union        Smoked Fish Markets in the GHS 310,000",
      "                            Volta delta",
      "Dune Keepers Association    Sand and Salt              XOF 9 500 000",
      "Fishers' Voice Network      Boat Safety Kits for       EUR 18.000",
      "                            three landing beaches",
    ],
    [
      "Table 2  Grants made in 2024 (amounts as in the grant agreements)",
      "",
      "Recipient                 Period      Amount          Purpose",
      "------------------------- ----------- --------------- ------------------------",
      "Lagoon Women's Union      2024–2025   GHS 310,000     Smoked Fish Markets",
      "Dune Keepers Association  2024        XOF 9 500 000   Sand and Salt, a coastal",
      "                                                      survey with schools",
      "Fishers' Voice Network    2024–2025   EUR 18.000      Boat Safety Kits",
    ],
  ])("%s", (...table) => {
    const ex = run(
      ...report("All our grants on the coast are made under the Blue Margins programme.", ...table),
    );
    expect(fundedAmount(ex, "Kestrel Fund", "Lagoon Women's Union")).toBe(310000);
    expect(fundedAmount(ex, "Kestrel Fund", "Dune Keepers Association")).toBe(9500000);
    expect(fundedAmount(ex, "Kestrel Fund", "Fishers' Voice Network")).toBe(18000);
  });
});

describe("a page that speaks of its own grants gives its table's grants", () => {
  it.each([
    "All our grants on the coast are made under the Blue Margins programme.",
    "The Lagoon Women's Union used our 2024 grant to open two smoking sheds.",
    "Our grants this year went to three groups on the Gulf of Guinea.",
  ])("%s", (lead) => {
    const ex = run(
      ...report(
        lead,
        "| Grantee | Project | Amount |",
        "|---|---|---|",
        "| Lagoon Women's Union | Smoked Fish Markets | GHS 310,000 |",
        "| Dune Keepers Association | Sand and Salt | XOF 9 500 000 |",
      ),
    );
    expect(fundedAmount(ex, "Kestrel Fund", "Lagoon Women's Union")).toBe(310000);
    expect(fundedAmount(ex, "Kestrel Fund", "Dune Keepers Association")).toBe(9500000);
  });
});

describe("grantees of a giver the page does not name fund nothing", () => {
  it.each(["Grantee", "Recipient", "Beneficiary organisation"])("%s", (column) => {
    const ex = run(
      "Coastal grants 2024",
      "",
      "Accra, 3 March 2025 – Six coastal groups have received grants under the Blue Margins programme.",
      "",
      `| ${column} | Project | Amount (EUR) |`,
      "|---|---|---|",
      "| Lagoon Women's Union | Smoked Fish Markets | 31,000 |",
      "| Dune Keepers Association | Sand and Salt | 14,500 |",
    );
    expect(find(ex, "Lagoon Women's Union")).toBeDefined();
    for (const body of ["Lagoon Women's Union", "Dune Keepers Association"])
      expect(related(ex, body, "Blue Margins programme")).not.toContain("funded");
  });
});
