/**
 * Grant announcements told as lists, and the words around a grant-maker that name no body of
 * their own. Each class is tested with several phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, fundedAmount, run } from "./query.ts";

describe("a list of grantees, each with its town, country and amount", () => {
  it.each([
    [
      "The Baobab Trust is pleased to announce the results of its 2024 call for proposals.",
      "1. Sahel Youth Dialogue Network (SYDN), Dori, Burkina Faso - USD 40,000 - youth dialogue.",
      "2. Tana River Women Farmers Union, Garsen, Kenya - USD 35,000 - irrigation.",
      "Baobab Trust",
      [
        ["Sahel Youth Dialogue Network", 40000],
        ["Tana River Women Farmers Union", 35000],
      ],
    ],
    [
      "The Lakeshore Fund has awarded grants to four organisations this year.",
      "- Kivu Peace Radio Collective, Goma: EUR 22,000 for community radio",
      "- Ituri Mothers' Association, Bunia, DR Congo: EUR 18,500 for savings groups",
      "Lakeshore Fund",
      [
        ["Kivu Peace Radio Collective", 22000],
        ["Ituri Mothers' Association", 18500],
      ],
    ],
    [
      "The Nile Basin Foundation announces its 2023 grantees.",
      "* Atbara Water Users Association (AWUA), Atbara – GBP 15,000 – water points",
      "* Kassala Youth Volunteers Network, Kassala, Sudan – GBP 12,000 – cash for work",
      "Nile Basin Foundation",
      [
        ["Atbara Water Users Association", 15000],
        ["Kassala Youth Volunteers Network", 12000],
      ],
    ],
  ])("%s", (lead, first, second, giver, grants) => {
    const ex = run(lead, "", first, "", second);
    for (const [body, amount] of grants) expect(fundedAmount(ex, giver, String(body))).toBe(amount);
  });
});

describe("a body's board and its head noun alone name no body", () => {
  it.each([
    [
      "The Baobab Trust opened its call in March.",
      "After review, the Trust's Board of Trustees approved nine grants.",
    ],
    [
      "The Lakeshore Fund met its partners in Goma.",
      "The Fund's Executive Board approved the plan, and the Fund will publish it.",
    ],
    [
      "The Nile Basin Foundation held its annual meeting.",
      "The Board of Directors thanked the Foundation's staff.",
    ],
  ])("%s %s", (...lines) => {
    const labels = run(...lines).entities.map((e) => e.label);
    expect(
      labels.filter((l) => /^(?:Board|Executive Board|Trust|Fund|Foundation)\b/.test(l)),
    ).toEqual([]);
  });
});

describe("a body's own list of the grants it received", () => {
  it.each([
    [
      "SAHEL WOMEN'S VOICE",
      "Annual Report 2023",
      "",
      "In 2023 Sahel Women's Voice worked in four regions of the country.",
      "",
      "Grants received in 2023",
      "- Baobab Trust - USD 60,000 - core support",
      "- European Union, Niamey (Civil Society Facility) - EUR 45,000 - radio programmes",
      [
        ["Baobab Trust", 60000],
        ["European Union", 45000],
      ],
    ],
    [
      "Kivu Peace Radio Collective",
      "",
      "Kivu Peace Radio Collective broadcasts in three languages.",
      "",
      "Our donors this year:",
      "1. Lakeshore Fund: EUR 22,000 for community radio",
      "2. Embassy of Switzerland, Kinshasa: CHF 30,000 for training",
      "",
      [
        ["Lakeshore Fund", 22000],
        ["Embassy of Switzerland", 30000],
      ],
    ],
    [
      "KATHMANDU LEGAL AID CIRCLE",
      "",
      "Kathmandu Legal Aid Circle is a network of volunteer lawyers.",
      "",
      "Donor - Amount - Purpose",
      "- Linden Civic Fund - NPR 4,250,000 - legal aid desks",
      "- UN Women - NPR 1,500,000 - survivor support",
      "",
      [
        ["Linden Civic Fund", 4250000],
        ["UN Women", 1500000],
      ],
    ],
  ])("%s", (...args) => {
    const grants = args.pop() as unknown as [string, number][];
    const lines = args as string[];
    const ex = run(...lines);
    const body = lines[0] ?? "";
    const recipient = ex.entities.find(
      (e) =>
        e.kind !== "event" &&
        [e.label, ...e.aliases].some((n) => n.toLowerCase() === body.toLowerCase()),
    );
    expect(recipient).toBeDefined();
    for (const [donor, amount] of grants)
      expect(fundedAmount(ex, donor, recipient?.label ?? "")).toBe(amount);
  });
});

describe("currency codes that also spell words count beside an amount", () => {
  it.each([
    ["The Linden Civic Fund gave NPR 4,250,000 to the Kathmandu Legal Aid Circle.", 4250000],
    ["The Andes Fund gave COP 500 million to the Cauca Women's Network.", 500000000],
    ["The Mindanao Fund gave PHP 2.5 million to the Cotabato Youth Council.", 2500000],
  ])("%s", (sentence, amount) => {
    expect(run(sentence).relations.find((r) => r.kind === "funded")?.amount).toBe(amount);
  });

  it("'COP 28' and 'SDG 16.2' are no money", () => {
    const ex = run("The Andes Fund spoke at COP 28 about SDG 16.2 with the Cauca Women's Network.");
    expect(ex.relations.filter((r) => r.amount !== undefined)).toEqual([]);
  });
});

describe("a forum of people and its town", () => {
  it.each([
    [
      "Our partners are the Samabeshi Dalit Women's Forum in Rupandehi.",
      "Samabeshi Dalit Women's Forum",
    ],
    ["Members of the Garsen Youth Forum in Tana River met the governor.", "Garsen Youth Forum"],
    ["A letter from the Dori Farmers' Forum in Seno reached the council.", "Dori Farmers' Forum"],
  ])("%s", (sentence, body) => {
    expect(find(run(sentence), body)?.kind).toBe("organisation");
  });
});

describe("a formal text's capitalised 'the Programme' refers to its named programme", () => {
  it.each([
    [
      "The MoU covers the Safe Childhoods Programme, a three-year programme in four districts.",
      "The Government of Ireland, through Irish Aid, is funding the Programme with EUR 4 million.",
      "Irish Aid",
      "Safe Childhoods Programme",
    ],
    [
      "The Green Valleys Project started in 2023 in the north.",
      "The Lakeshore Fund supports the Project with USD 250,000 this year.",
      "Lakeshore Fund",
      "Green Valleys Project",
    ],
    [
      "The Rural Voices Initiative programme runs until 2026.",
      "In June the Baobab Trust funded this Programme with KES 9 million.",
      "Baobab Trust",
      "Rural Voices Initiative programme",
    ],
  ])("%s %s", (first, second, funder, event) => {
    // (A ceremony of the day is the document's event: a funding told without the reference
    // would go to it.)
    const ex = run(
      "Partners sign agreement at ceremony in Kampala",
      "",
      "Kampala, 5 September 2024 – Partners signed an agreement at a ceremony in Kampala yesterday.",
      first,
      "",
      second,
    );
    const f = find(ex, funder)?.id;
    const e = ex.entities.find(
      (x) => x.kind === "event" && x.label.startsWith(event.split(" ")[0] ?? ""),
    );
    expect(
      ex.relations.some((r) => r.kind === "funded" && r.source === f && r.target === e?.id),
    ).toBe(true);
  });
});

describe("a giver before a relative clause that gives an amount to a body", () => {
  it.each([
    [
      "The round is co-financed by the Swedish Agency (SA), which contributed USD 200,000 to the Community Voices Fund.",
      "Swedish Agency",
      "Community Voices Fund",
      200000,
    ],
    [
      "The Baobab Trust, which gave EUR 50,000 to the Kano Women's Association, attended.",
      "Baobab Trust",
      "Kano Women's Association",
      50000,
    ],
    [
      "Irish Aid, who granted KES 2 million to the Garissa Youth Network, thanked the partners.",
      "Irish Aid",
      "Garissa Youth Network",
      2000000,
    ],
  ])("%s", (sentence, giver, body, amount) => {
    expect(fundedAmount(run(sentence), giver, body)).toBe(amount);
  });
});

describe("a body's label is its name as the text writes it, not as a letterhead shouts it", () => {
  it.each([
    ["BAOBAB TRUST", "The Baobab Trust met its partners in Nairobi.", "Baobab Trust"],
    [
      "KANO WOMEN'S ASSOCIATION",
      "Kano Women's Association trained forty mediators.",
      "Kano Women's Association",
    ],
    [
      "SAHEL YOUTH NETWORK",
      "In May, Sahel Youth Network met the governor of Dori.",
      "Sahel Youth Network",
    ],
  ])("%s", (letterhead, sentence, label) => {
    const ex = run(letterhead, "", sentence);
    expect(ex.entities.filter((e) => e.kind !== "event").map((e) => e.label)).toContain(label);
    expect(ex.entities.map((e) => e.label)).not.toContain(letterhead);
  });
});

describe("a body that gave a sum to several grantees funds each row of its grants table", () => {
  it.each([
    [
      "2 May 2024 · News\n\nGrants for the Balkans\n\nThe Lindqvist Trust has awarded EUR 420,000 to nine community groups in Serbia, Albania and North Macedonia in the 2024 round of its Open Doors Programme.\n\nGrantee  Country  Project  Grant (EUR)\nNovi Most Association  Serbia  Bridges of Words  45,000\nZelena Kuca  Albania  Green Roofs  50,000\n\nMore in June.",
      "Lindqvist Trust",
      [
        ["Novi Most Association", 45000],
        ["Zelena Kuca", 50000],
      ],
    ],
    [
      "Grants 2025\n\nThis year the Mahoe Fund gave USD 210,000 to seven organisations working on storm recovery across the islands.\n\n| Grantee | Project | Grant (USD) |\n|---|---|---|\n| Tide Hands Network | Roofs First | 40,000 |\n| Reef Women Collective | Ice for Fishers | 25,000 |\n\nReports follow in December.",
      "Mahoe Fund",
      [
        ["Tide Hands Network", 40000],
        ["Reef Women Collective", 25000],
      ],
    ],
    [
      "Results of the 2023 call\n\nThe Amari Foundation allocated a total of KES 12 million to 14 youth-led groups across three counties, its largest round so far.\n\nOrganisation  County  Amount (KES)\nKibera Youth Forum  Nairobi  900,000\nLamu Sea Scouts  Lamu  750,000\n\nApplications reopen in 2024.",
      "Amari Foundation",
      [
        ["Kibera Youth Forum", 900000],
        ["Lamu Sea Scouts", 750000],
      ],
    ],
  ] as [string, string, [string, number][]][])("%s", (text, giver, rows) => {
    const ex = run(text);
    for (const [grantee, amount] of rows) expect(fundedAmount(ex, giver, grantee)).toBe(amount);
  });
});

describe("a grants table under a total with decimals: named projects and described work", () => {
  it.each([
    [
      [
        "The Acacia Trust has awarded R2.35 million in first-round grants.",
        "",
        "Grantee  Project  Grant",
        "Umoja Women Collective  Clean Taps: water tanks for Alexandra clinics  R450,000",
        "Kgotla Youth Forum  Bookkeeping school for young traders in Mochudi  R120,000",
      ],
      "Acacia Trust",
      ["Umoja Women Collective", 450000, "Clean Taps"],
      ["Kgotla Youth Forum", 120000, "Bookkeeping school for young traders in Mochudi"],
    ],
    [
      [
        "The Harbour Light Fund today awarded EUR 1.2 million in grants to coastal groups.",
        "",
        "| Organisation | Initiative | Grant (EUR) |",
        "| --- | --- | --- |",
        "| Porto Net Menders | Net Lofts (“redes”): a repair loft at the harbour | 60,000 |",
        "| Aveiro Salt Workers | A cold room and scales at the fish market | 45,000 |",
      ],
      "Harbour Light Fund",
      ["Porto Net Menders", 60000, "Net Lofts"],
      ["Aveiro Salt Workers", 45000, "A cold room and scales at the fish market"],
    ],
    [
      [
        "Fondation Verte has approved USD 0.9 million in grants for 2025.",
        "",
        "Recipient | Project | Amount",
        "Sahel Weavers Union | Threads of Dori: looms and a shop for 40 weavers | USD 30,000",
        "Kaya Water Committee | Rainwater tanks and gutters for two clinics in Kaya | USD 25,000",
      ],
      "Fondation Verte",
      ["Sahel Weavers Union", 30000, "Threads of Dori"],
      ["Kaya Water Committee", 25000, "Rainwater tanks and gutters for two clinics in Kaya"],
    ],
    [
      [
        "The Baobab Trust has awarded USD 1.5 million in grants for 2025–2026.",
        "",
        "Grantee | Project | Grant | Period",
        "Tana Youth Union | River Guards: patrol boats and radios for two villages | USD 40,000 | Mar 2025 – Feb 2026",
        "Garsen Women Group | Goats and fodder stores for widows in three villages | USD 22,000 | Apr 2025 – Mar 2026",
      ],
      "Baobab Trust",
      ["Tana Youth Union", 40000, "River Guards"],
      ["Garsen Women Group", 22000, "Goats and fodder stores for widows in three villages"],
    ],
  ] as [string[], string, [string, number, string], [string, number, string]][])(
    "%s",
    (lines, giver, named, described) => {
      const ex = run(...lines);
      expect(fundedAmount(ex, giver, named[0])).toBe(named[1]);
      expect(fundedAmount(ex, giver, described[0])).toBe(described[1]);
      // The name before the colon is the project's, and it is no person's.
      expect(find(ex, named[2])?.kind).toBe("event");
      expect(ex.entities.filter((e) => e.label === named[2])).toHaveLength(1);
      // What a grant pays for is no event.
      expect(find(ex, described[2])).toBeUndefined();
    },
  );
});

describe("a grant table under 'the Foundation's board approved the grants'", () => {
  const table = (lead: string, about: string, unit: string) =>
    run(
      "# Fair Wages: five first grants",
      "",
      about,
      "",
      lead,
      "",
      `| Grantee | Country | Project | Grant (${unit}) |`,
      "|---|---|---|---:|",
      "| Union des Pêcheurs de Ouidah | Benin | new nets for fishers | 96,000 |",
      "| Cooperativa Manos Unidas | Nicaragua | compost for market gardens | 120,000 |",
      "| **Total** | | | **216,000** |",
    );
  it.each([
    [
      "On 5 June the Foundation's Board of Directors approved the first five grants of the programme.",
      "The Lakeshore Foundation supports groups that workers run.",
      "CAD",
      "Lakeshore Foundation",
    ],
    [
      "In March the Trust's trustees awarded five grants under the new window.",
      "Set up in 1998, the Baobab Trust is a family trust based in Accra.",
      "GHS",
      "Baobab Trust",
    ],
    [
      "The Fund's selection committee approved five grants after two rounds of review.",
      "The Kivu Solidarity Fund works with groups in the Great Lakes region.",
      "EUR",
      "Kivu Solidarity Fund",
    ],
  ])("%s", (lead, about, unit, giver) => {
    const ex = table(lead, about, unit);
    expect(fundedAmount(ex, giver, "Union des Pêcheurs de Ouidah")).toBe(96000);
    expect(fundedAmount(ex, giver, "Cooperativa Manos Unidas")).toBe(120000);
    expect(ex.entities.some((e) => /total/i.test(e.label))).toBe(false);
  });
});
