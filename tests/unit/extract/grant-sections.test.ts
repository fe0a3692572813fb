/**
 * Grant announcements written in sections, and the names inside them: a heading per grantee
 * with its grant told in prose, a project named right after its noun or described after its
 * name, an amount that sums many grants, names of bodies in Spanish and Portuguese, where a
 * body works after its name, and the words around a name that are no name. Each class is
 * tested with phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, fundedAmount, run } from "./query.ts";

describe("a grant announcement with a section per grantee", () => {
  it.each([
    [
      [
        "Larch Trust awards three new grants",
        "",
        "The Larch Trust approved three grants at its board meeting on 4 May 2024.",
        "",
        "Kenya – Turkana Pastoralist Network (TPN)",
        "",
        "Founded in Lodwar in 2011, TPN runs water committees. A grant of USD 90,000 over two years will support its herders' early warning work.",
        "",
        "Haiti – Fanm Vanyan Association",
        "",
        "The association runs two shelters. It receives USD 45,000 in core support.",
      ],
      "Larch Trust",
      [
        ["Turkana Pastoralist Network", 90000],
        ["Fanm Vanyan Association", 45000],
      ],
    ],
    [
      [
        "The Beacon Fund announces its 2025 grantees",
        "",
        "Beacon Fund has awarded two grants to women-led groups.",
        "",
        "Mothers of Jos Collective",
        "",
        "The collective mediates land disputes. Its grant of EUR 30,000 funds twelve mediators.",
        "",
        "Zomba Girls' Education Society",
        "",
        "The largest award, EUR 75,000 over three years, pays for bursaries.",
      ],
      "Beacon Fund",
      [
        ["Mothers of Jos Collective", 30000],
        ["Zomba Girls' Education Society", 75000],
      ],
    ],
  ])("each heading's body gets its grant (%#)", (lines, giver, grants) => {
    const ex = run(...(lines as string[]));
    for (const [body, amount] of grants as [string, number][])
      expect(fundedAmount(ex, giver as string, body)).toBe(amount);
  });

  it.each([
    "The Cedar Fund approved five new grants, worth close to USD 1.4 million in total, on 12 March.",
    "The Cedar Fund awarded grants totalling USD 900,000 to six groups at the Basra forum.",
    "The Cedar Fund approved eleven grants with a combined value of USD 2 million at the Basra forum.",
  ])("an amount that sums many grants goes to no one grant: %s", (sentence) => {
    const ex = run(sentence);
    expect(ex.relations.filter((r) => r.amount !== undefined)).toEqual([]);
  });
});

describe("a project named after its noun or described after its name", () => {
  it.each([
    ["Its grant funds the 24-month project Vozes do Norte in Pemba.", "Vozes do Norte"],
    ["UNICEF supports its programme Safe Futures in Kenya.", "Safe Futures"],
    ["The grant pays for the campaign Stop Early Marriage in Herat.", "Stop Early Marriage"],
  ])("%s", (sentence, name) => {
    expect(find(run(sentence), name)?.kind).toBe("event");
  });

  it.each([
    [
      "The award supports Caminos Seguros, a cross-border project for deported women.",
      "Caminos Seguros",
    ],
    ["Women in Mardan lead Meena Bibi, a two-year programme on land titles.", "Meena Bibi"],
    ["The money goes to Ruth Amani, a youth campaign against early marriage.", "Ruth Amani"],
  ])("a name a project's description follows: %s", (sentence, name) => {
    expect(find(run(sentence), name)?.kind).toBe("event");
  });

  it.each([
    ["A grant of USD 220,000 goes to MWDC for Thozhi, a project on land rights.", "MWDC", "Thozhi"],
    [
      "The money goes to the Hope Foundation for Safe Roads, a two-year project in Basra.",
      "Hope Foundation",
      "Safe Roads",
    ],
    [
      "USD 40,000 was awarded to Sawa Youth Club for Green Yards, a school garden initiative.",
      "Sawa Youth Club",
      "Green Yards",
    ],
  ])("a body, then the project it gets the grant for: %s", (sentence, body, project) => {
    const ex = run(sentence);
    expect(find(ex, body)?.kind).toBe("organisation");
    expect(find(ex, project)?.kind).toBe("event");
  });

  it.each([
    "The project UNICEF funds will start soon.",
    "We thank Leila Haddad, a project officer at the centre.",
    "Tomás Lind, the Fund's Programme Officer for Africa, will travel to Pemba.",
    "“Women know their rights,” said Samia Labib, the forum's director.",
    "The report was written by Omar Saleh, the campaign's spokesperson.",
  ])("names no project: %s", (sentence) => {
    const ex = run(sentence);
    expect(ex.entities.filter((e) => e.kind === "event")).toEqual([]);
  });
});

describe("names of bodies in Spanish and Portuguese", () => {
  it.each([
    [
      "It is led by Colectivo Defensoras del Valle in San Pedro Sula.",
      "Colectivo Defensoras del Valle",
    ],
    [
      "Based in Pemba, Associação Kuendeleza para o Desenvolvimento Comunitário works with returnees.",
      "Associação Kuendeleza para o Desenvolvimento Comunitário",
    ],
    [
      "The Fundación para la Paz y la Democracia (FUNPADEM) joined the network in Cali.",
      "Fundación para la Paz y la Democracia",
    ],
  ])("%s", (sentence, name) => {
    const ex = run(sentence);
    expect(find(ex, name)?.kind).toBe("organisation");
    expect(ex.entities.some((e) => /^Based\b| in San /.test(e.label))).toBe(false);
  });
});

describe("words around a name that are no part of it", () => {
  it.each([
    [
      "Groups funded by the Larch Trust for Civic Courage in Sudan, Haiti and Nepal met in June.",
      "Larch Trust for Civic Courage",
    ],
    [
      "In June we met grantees of the Nile Fund for Rural Women in Egypt, Sudan and Chad.",
      "Nile Fund for Rural Women",
    ],
  ])("a list of the places where a body works: %s", (sentence, name) => {
    expect(find(run(sentence), name)?.kind).toBe("organisation");
  });

  it.each([
    ["Founded in Nyala in 2009, NWAD runs safe spaces.", "NWAD"],
    ["Based in Pemba, Kuendeleza Association works with returnees.", "Kuendeleza Association"],
    ["Registered in Erbil since 2015, Tawar Centre trains nurses.", "Tawar Centre"],
  ])("a fronted participle names nothing: %s", (sentence, body) => {
    const ex = run(sentence);
    expect(ex.entities.map((e) => e.label)).toEqual([body]);
  });

  it.each([
    [
      "Sri Lanka – Mullaitivu Women's Development Collective (MWDC)",
      "Mullaitivu Women's Development Collective",
    ],
    ["Moldova – Casa Luminii Association", "Casa Luminii Association"],
  ])("a country heading a grantee's line is no person: %s", (line, body) => {
    const ex = run("The 2024 grantees", "", line, "", "The group runs a helpline.");
    expect(find(ex, body)?.kind).toBe("organisation");
    expect(ex.entities.filter((e) => e.kind === "person")).toEqual([]);
  });

  it.each([
    [
      "All grantees will meet at the Larch Trust Grantee Learning Exchange in June.",
      "Larch Trust Grantee Learning Exchange",
    ],
    ["The Youth Peer Exchange took place in Erbil on 3 May 2024.", "Youth Peer Exchange"],
  ])("an exchange of peers is a gathering: %s", (sentence, name) => {
    expect(find(run(sentence), name)?.kind).toBe("event");
  });
});

describe("what a body names as its own", () => {
  it.each([
    [
      "The Mwangaza Foundation announced the results of the 2024 call under its Community Voices for Resilience Fund.",
      "Mwangaza Foundation",
      "Community Voices for Resilience Fund",
      "funded",
    ],
    [
      "The Beacon Trust gives grants to women's groups through its Rapid Response Fund.",
      "Beacon Trust",
      "Rapid Response Fund",
      "funded",
    ],
    [
      "The Tigris Youth Network trains 200 volunteers a year through its Street Libraries Project.",
      "Tigris Youth Network",
      "Street Libraries Project",
      "organised",
    ],
  ])("%s", (sentence, owner, owned, kind) => {
    const ex = run(sentence);
    const a = find(ex, owner)?.id;
    const b = find(ex, owned)?.id;
    expect(ex.relations.some((r) => r.source === a && r.target === b && r.kind === kind)).toBe(
      true,
    );
  });

  it("'its' after a second body is that body's", () => {
    const ex = run("UNICEF thanked the Hope Foundation for its Safe Learning Programme.");
    const unicef = find(ex, "UNICEF")?.id;
    const programme = find(ex, "Safe Learning Programme")?.id;
    expect(
      ex.relations.some(
        (r) => r.source === unicef && r.target === programme && r.kind === "organised",
      ),
    ).toBe(false);
  });
});

describe("technical support is taking part, not funding", () => {
  it.each([
    [
      "The Balambala Irrigation Project is implemented by the Garissa Youth Network with funding from the Mwangaza Foundation, and with technical support from the Kenya Red Cross Society.",
      "Kenya Red Cross Society",
      "Balambala Irrigation Project",
    ],
    [
      "The Lake Basin Fishers Project runs with funding from the EU and with technical assistance from the Kisumu Fisheries Institute.",
      "Kisumu Fisheries Institute",
      "Lake Basin Fishers Project",
    ],
    [
      "The Safe Homes Campaign was launched with logistical support from the Lodwar Youth Network on 3 May 2024.",
      "Lodwar Youth Network",
      "Safe Homes Campaign",
    ],
  ])("%s", (sentence, body, event) => {
    const ex = run(sentence);
    const a = find(ex, body)?.id;
    const b = find(ex, event)?.id;
    const kinds = ex.relations.filter((r) => r.source === a && r.target === b).map((r) => r.kind);
    expect(kinds).toContain("participated");
    expect(kinds).not.toContain("funded");
  });
});

describe("amounts told beside their funders", () => {
  it.each([
    [
      "The forum on 24 April 2024 was organised by the Civic Forum. Forum costs are covered by the Larch Trust (MZN 2 100 000) and the Embassy of Ireland (MZN 1 400 000).",
      [
        ["Larch Trust", 2100000],
        ["Embassy of Ireland", 1400000],
      ],
    ],
    [
      "The training was held in Bamako on 3 May 2024. Its costs were met by the Sahel Trust (XOF 4 500 000).",
      [["Sahel Trust", 4500000]],
    ],
    [
      "Project: Safe Roads\nImplementing partner: Hope Foundation\nBudget: USD 220,000 (Beacon Fund); LKR 18,500,000 (Netherlands Embassy); total approx. USD 281,000",
      [
        ["Beacon Fund", 220000],
        ["Netherlands Embassy", 18500000],
      ],
    ],
  ])("%s", (text, funders) => {
    const ex = run(text);
    for (const [funder, amount] of funders as [string, number][]) {
      const id = find(ex, funder)?.id;
      expect(
        ex.relations.some((r) => r.source === id && r.kind === "funded" && r.amount === amount),
      ).toBe(true);
    }
  });
});

describe("a table of donors and their projects", () => {
  it.each([
    [
      "Donor | Project | Amount | Period",
      "Beacon Fund | Safe Roads for Girls (with Hope Foundation) | EUR 900,000 | 01/03/2024 - 28/02/2025",
      "Larch Trust | Clean Water in Garowe | USD 1,150,000 | 01/07/2024 - 31/03/2025",
    ],
    [
      "Funder | Programme | Grant",
      "Beacon Fund | Safe Roads for Girls | EUR 900,000",
      "Larch Trust | Clean Water in Garowe | USD 1,150,000",
    ],
    [
      "| Donor | Project | Amount |",
      "|---|---|---|",
      "| Beacon Fund | Safe Roads for Girls | EUR 900,000 |",
      "| Larch Trust | Clean Water in Garowe | USD 1,150,000 |",
    ],
  ])("table %#", (...table) => {
    const ex = run(
      "Hope Foundation – situation report",
      "",
      "FUNDING",
      "",
      ...table,
      "",
      "We thank our donors.",
    );
    const pairs: [string, string, number][] = [
      ["Beacon Fund", "Safe Roads for Girls", 900000],
      ["Larch Trust", "Clean Water in Garowe", 1150000],
    ];
    for (const [donor, project, amount] of pairs) {
      const a = find(ex, donor)?.id;
      const b = find(ex, project)?.id;
      expect(find(ex, project)?.kind).toBe("event");
      const funded = ex.relations.filter((r) => r.source === a && r.kind === "funded");
      expect(funded.map((r) => [r.target, r.amount])).toEqual([[b, amount]]);
    }
  });
});

describe("a body that received money from a donor", () => {
  it.each([
    [
      "CAJB received a grant of USD 150,000 from the Lebanon Humanitarian Fund.",
      "CAJB",
      "Lebanon Humanitarian Fund",
      150000,
    ],
    [
      "The Goma Legal Clinic received USD 80,000 from the Kivu Peace Fund in May.",
      "Goma Legal Clinic",
      "Kivu Peace Fund",
      80000,
    ],
    [
      "KWN: received EUR 40,000 from the European Union for its shelters.",
      "KWN",
      "European Union",
      40000,
    ],
    [
      "The Kivu Women Network secured funding of EUR 45,000 from the EU for its shelters.",
      "Kivu Women Network",
      "EU",
      45000,
    ],
  ])("%s", (sentence, body, donor, amount) => {
    const ex = run(
      "Minutes",
      "",
      "The working group met in Goma on 12 November 2024.",
      "",
      sentence,
    );
    const b = find(ex, body)?.id;
    const d = find(ex, donor)?.id;
    expect(
      ex.relations.find((r) => r.kind === "funded" && r.source === d && r.target === b)?.amount,
    ).toBe(amount);
  });
});

describe("a second verb after the funders ends them", () => {
  it.each([
    "The exhibition was funded by Crosswater International and shows forty portraits taken by young photographers from the initiative.",
    "The exhibition was financed by Crosswater International and includes a film made by the initiative.",
    "The exhibition was supported by Crosswater International and travels next month with the initiative to Duhok.",
  ])("%s", (sentence) => {
    const ex = run(
      "Report",
      "",
      'The Sinuni Youth Initiative opened a photo exhibition, "Faces of Return", on 18 September 2024.',
      sentence,
    );
    const funders = ex.relations.filter((r) => r.kind === "funded").map((r) => r.source);
    expect(funders).toContain(find(ex, "Crosswater International")?.id);
    expect(funders).not.toContain(find(ex, "Sinuni Youth Initiative")?.id);
  });
});

describe("costs covered, with an aside before the verb", () => {
  it.each([
    [
      "Its costs - PEN 38,500 for stands, sound and transport - were covered by IOM Peru.",
      "IOM Peru",
      38500,
    ],
    ["The costs (USD 12,000 for venue and travel) were met by UNICEF.", "UNICEF", 12000],
    ["Its costs — EUR 9,000 in all — were covered by the European Union.", "European Union", 9000],
  ])("%s", (sentence, funder, amount) => {
    const ex = run(
      "News",
      "",
      "Last Saturday 900 job seekers came to the Lima Job Fair 2024, held on 2 November 2024. The fair was opened by the deputy mayor.",
      sentence,
    );
    const f = find(ex, funder)?.id;
    expect(ex.relations.find((r) => r.kind === "funded" && r.source === f)?.amount).toBe(amount);
  });
});

describe("a donor's cell names the donor without what it says of the money", () => {
  it.each([
    ["Hope Foundation private appeal", "Hope Foundation"],
    ["Larch Trust own funds", "Larch Trust"],
    ["Beacon Fund core contribution", "Beacon Fund"],
  ])("%s", (cell, donor) => {
    const ex = run(
      "Hope Foundation – situation report",
      "",
      "FUNDING",
      "",
      "| Donor | Amount |",
      "|---|---|",
      `| ${cell} | USD 95,000 |`,
      "| Terre des hommes | USD 40,000 |",
      "",
      "We thank our donors.",
    );
    const labels = ex.entities.map((e) => e.label);
    expect(find(ex, donor)).toBeDefined();
    expect(labels).not.toContain(cell);
    expect(find(ex, "Terre des hommes")).toBeDefined();
  });
});
