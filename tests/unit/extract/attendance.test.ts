/**
 * Attendance lists of minutes: under a heading of who attended, every body and person of an
 * item took part in the meeting, a person belongs to the body of their item, and those who
 * sent apologies did not come. Lists written for these tests in the shapes minutes use.
 */
import { describe, expect, it } from "vitest";
import { find, related, run } from "./query.ts";

const minutes = (...list: string[]) =>
  run(
    "WATER SECTOR WORKING GROUP – GAROWE",
    "Monthly coordination meeting – minutes",
    "",
    "Date: 12 March 2025",
    "Venue: Garowe Town Hall",
    "",
    ...list,
    "",
    "AGENDA",
    "1. Review of action points",
    "2. Borehole repairs",
    "",
    "The group agreed to meet again in April.",
  );

describe("an attendance list under its heading", () => {
  it.each([
    [
      [
        "PARTICIPANTS (9 persons / 5 organisations)",
        "* Puntland Water Authority - Abdi Warsame, Director",
        "* Hiiraan Relief Society (HRS): Faadumo Ali; Yusuf Jama (engineer)",
        "* Dr. Amina Guled / Nugaal Women's Network",
      ],
      [
        ["Abdi Warsame", "Puntland Water Authority"],
        ["Yusuf Jama", "Hiiraan Relief Society"],
        ["Amina Guled", "Nugaal Women's Network"],
      ],
    ],
    [
      [
        "Attendance",
        "- Puntland Water Authority: Abdi Warsame (Director)",
        "- Yusuf Jama, Hiiraan Relief Society",
        "- Nugaal Women's Network (2 pax)",
        "Online: Amina Guled (Mercy Corps Garowe office); Somali Red Crescent Society",
      ],
      [
        ["Abdi Warsame", "Puntland Water Authority"],
        ["Yusuf Jama", "Hiiraan Relief Society"],
        ["Amina Guled", "Mercy Corps"],
      ],
    ],
    [
      [
        "Present:",
        "1. Abdi Warsame – Puntland Water Authority",
        "2. Yusuf Jama – Hiiraan Relief Society",
        "3. Amina Guled – Nugaal Women's Network",
      ],
      [
        ["Abdi Warsame", "Puntland Water Authority"],
        ["Yusuf Jama", "Hiiraan Relief Society"],
        ["Amina Guled", "Nugaal Women's Network"],
      ],
    ],
  ])("list %#", (list, pairs) => {
    const ex = minutes(...(list as string[]));
    const meeting = ex.entities.find((e) => e.kind === "event");
    expect(meeting).toBeDefined();
    for (const [person, body] of pairs as [string, string][]) {
      expect(related(ex, person, body)).toContain("part_of");
      expect(related(ex, person, meeting?.label ?? "").length).toBeGreaterThan(0);
      expect(related(ex, body, meeting?.label ?? "").length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["- HelpAge International - Natalia Verbytska", "Natalia Verbytska", "HelpAge International"],
    [
      "- UNICEF, Child Protection AoR - Sofia Remmert",
      "Sofia Remmert",
      "United Nations Children's Fund",
    ],
    [
      "- Slobozhanskyi Women's Initiative (SWI) - Daria Kovalchuk",
      "Daria Kovalchuk",
      "Slobozhanskyi Women's Initiative",
    ],
    [
      "* Galkayo Teachers Union – Mr. Hassan Omar, treasurer",
      "Hassan Omar",
      "Galkayo Teachers Union",
    ],
  ])("a body, then a person from it: %s", (line, person, body) => {
    const ex = minutes("Attendance:", line);
    const meeting = ex.entities.find((e) => e.kind === "event")?.label ?? "";
    expect(find(ex, person)?.kind).toBe("person");
    expect(related(ex, person, body)).toContain("part_of");
    expect(related(ex, person, meeting).length).toBeGreaterThan(0);
  });

  it("a known body whose name ends on a lower-case word", () => {
    const ex = minutes(
      "Attendance:",
      "- Terre des hommes",
      "- Puntland Water Authority - Abdi Warsame",
    );
    expect(find(ex, "Terre des hommes")?.kind).toBe("organisation");
  });

  it("those who sent apologies did not take part", () => {
    const ex = minutes(
      "PARTICIPANTS",
      "* Puntland Water Authority - Abdi Warsame",
      "Apologies: Bosaso Youth Council; Galkayo Teachers Union",
    );
    const meeting = ex.entities.find((e) => e.kind === "event")?.label ?? "";
    expect(related(ex, "Puntland Water Authority", meeting).length).toBeGreaterThan(0);
    expect(related(ex, "Bosaso Youth Council", meeting)).toEqual([]);
    expect(
      find(ex, "Galkayo Teachers Union") && related(ex, "Galkayo Teachers Union", meeting),
    ).toEqual([]);
  });
});

describe("an annex of the organisations represented, grouped by country or kind", () => {
  it.each([
    [
      "ANNEX: ORGANISATIONS REPRESENTED (selection)",
      "Somalia:  Puntland Water Authority; Hiiraan Relief Society",
      "Kenya:    Mandera Pastoralist Network; Wajir Women's Forum Trust",
    ],
    [
      "Annex 2 – Organizations represented",
      "Government: Puntland Water Authority; Bari Regional Administration",
      "Civil society: Hiiraan Relief Society; Mandera Pastoralist Network",
    ],
    [
      "Institutions represented",
      "UN agencies: UNICEF; UNHCR",
      "NGOs: Hiiraan Relief Society; Mandera Pastoralist Network",
    ],
  ])("%s", (...list) => {
    const ex = minutes(...list);
    const meeting = ex.entities.find((e) => e.kind === "event")?.label ?? "";
    for (const body of ["Hiiraan Relief Society", "Mandera Pastoralist Network"])
      expect(related(ex, body, meeting)).toContain("participated");
  });
});

describe("a table of people and their bodies", () => {
  it.each([
    [
      [
        "| # | Organisation | Name | Position |",
        "|---|---|---|---|",
        "| 1 | Kivu Legal Aid Network | Fadi Mbeki | Lawyer |",
        "| 2 | Goma Women Forum | Hiba Lusamba | Coordinator |",
      ],
      "Hiba Lusamba",
      "Goma Women Forum",
    ],
    [
      [
        "| Participant | Organization | Role |",
        "|---|---|---|",
        "| Me Joëlle Kabila | Collectif d'Aide Juridique | Lawyer |",
        "| Dr. Ali Mdeiru | Bukavu Health Institute | Director |",
      ],
      "Ali Mdeiru",
      "Bukavu Health Institute",
    ],
    [
      [
        "| Agency | Focal point |",
        "|---|---|",
        "| UNICEF | Layal Saroufim |",
        "| Palu Youth Network | Made Wirawan |",
      ],
      "Made Wirawan",
      "Palu Youth Network",
    ],
  ])("row by row: %j", (lines, person, body) => {
    const ex = run(
      "Minutes",
      "",
      "The working group met in Goma on 12 November 2024.",
      "",
      ...lines,
    );
    expect(find(ex, person)?.kind).toBe("person");
    expect(related(ex, person, body)).toContain("part_of");
  });

  it("a minutes header's label and how the meeting met are no part of its name", () => {
    const ex = run(
      "Bukavu Protection Working Group – Minutes",
      "",
      "**Meeting:** Monthly coordination meeting (hybrid)",
      "Date: 12/11/2024",
      "",
      "The group reviewed the shelters.",
    );
    expect(
      ex.entities.some((e) => e.kind === "event" && e.label === "Monthly coordination meeting"),
    ).toBe(true);
  });
});

describe("an annex list grouped under short labels, after blank lines", () => {
  it.each([
    [
      [
        "Garowe",
        "  Hiiraan Relief Society",
        "  Puntland Water Authority",
        "",
        "Kenya",
        "  Mandera Pastoralist Network",
      ],
    ],
    [
      [
        "Government",
        "- Puntland Water Authority",
        "",
        "Civil society",
        "- Hiiraan Relief Society",
        "- Mandera Pastoralist Network",
      ],
    ],
    [
      [
        "Donors",
        "  Oxfam",
        "",
        "Local partners",
        "  Hiiraan Relief Society",
        "",
        "Networks",
        "  Mandera Pastoralist Network",
      ],
    ],
  ])("%j", (groups) => {
    const ex = minutes("ANNEX: ORGANISATIONS REPRESENTED", "", ...groups);
    const meeting = ex.entities.find((e) => e.kind === "event")?.label ?? "";
    for (const body of ["Hiiraan Relief Society", "Mandera Pastoralist Network"])
      expect(related(ex, body, meeting)).toContain("participated");
  });

  it("a table of contents' entry opens no list; the annex it points to does", () => {
    const ex = run(
      "LAKE DIALOGUE FORUM 2025",
      "Kisumu, 11-12 March 2025",
      "",
      "CONTENTS",
      "1. Background ........................ 2",
      "Annex: Organisations represented ........................ 6",
      "",
      "1. BACKGROUND",
      "",
      "The Lake Dialogue Forum 2025 brought together 60 participants from 20 organisations in Kisumu.",
      "",
      "ANNEX: ORGANISATIONS REPRESENTED",
      "",
      "Kisumu County",
      "  Hiiraan Relief Society",
      "",
      "Siaya County",
      "  Mandera Pastoralist Network",
    );
    for (const body of ["Hiiraan Relief Society", "Mandera Pastoralist Network"])
      expect(related(ex, body, "Lake Dialogue Forum")).toContain("participated");
  });
});

describe("an attendance list set out in columns: the name, a gap, the role, a dash, the body", () => {
  it.each([
    [
      "PRESENT",
      "  Ana Vaka Lomani         Chair - Lautoka Market Vendors Association, Fiji",
      "  Sefo Tuilagi            Vice-Chair - Komiti Tina Salelologa, Samoa",
      "  Mere Koroi              Treasurer - Sigatoka Tuvakei Weavers, Fiji",
    ],
    [
      "IN ATTENDANCE",
      "  Kaure Teiti\t\tSecretary - Bairiki Fish Sellers Association (BFSA), Kiribati",
      "  Sione Latu\t\tCoordinator - Tonga Handicraft Vendors, Tonga",
      "  Lisi Moala\t\tMember - Haapai Growers Circle, Tonga",
    ],
    [
      "Members present",
      "  Dr. Tevita Fifita       Coordinator - Vava'u Weavers Association",
      "  Losa Helu               Treasurer - Nukunuku Women Savers",
      "  Pita Taufa              Member - Kolonga Youth Club",
    ],
  ])("%s", (heading, ...rows) => {
    const ex = minutes(heading, ...rows);
    expect(find(ex, heading.trim())).toBeUndefined();
    for (const row of rows) {
      const [name = "", rest = ""] = row.trim().split(/\s{3,}|\t+/);
      const person = name.replace(/^Dr\.\s+/, "");
      const body = (rest.split(/\s+-\s+/)[1] ?? "").replace(/\s*\(.*$/, "").split(",")[0] ?? "";
      expect(find(ex, person)?.kind).toBe("person");
      expect(find(ex, body)?.kind).toBe("organisation");
      expect(related(ex, person, body)).toContain("part_of");
      expect(related(ex, person, "Monthly coordination meeting")).toContain("participated");
    }
  });
});

describe("an attendance row of a name, a role, a semicolon and the body", () => {
  it.each([
    [
      " 3. Florin Neagu – Treasurer; Asociația Pescarilor Sulina",
      "Florin Neagu",
      "Asociația Pescarilor Sulina",
    ],
    [" 4. Ana Rus – Secretary; Fundația Delta Verde", "Ana Rus", "Fundația Delta Verde"],
    [
      "- Marta Kowalska – Chair; Spółdzielnia Socjalna Razem",
      "Marta Kowalska",
      "Spółdzielnia Socjalna Razem",
    ],
  ])("%s", (row, person, body) => {
    const ex = run(
      "Minutes of the board meeting of 18 March 2025",
      "",
      "Present:",
      row,
      " 9. Ion Pop – Kisumu Youth Network",
    );
    expect(find(ex, body)?.kind).toBe("organisation");
    expect(related(ex, person, body)).toContain("part_of");
    expect(ex.entities.map((e) => e.label).filter((l) => l.includes(";"))).toEqual([]);
  });
});

describe("a foreign article and a head alone name no body", () => {
  it.each([
    "La Fédération a salué le Réseau des Femmes Rurales de Dassa.",
    "El Consejo felicitó a la Red de Mujeres de Upala.",
    "Le Syndicat remercie la Mutuelle des Taxis de Lomé.",
  ])("%s", (sentence) => {
    const labels = run(sentence).entities.map((e) => e.label);
    expect(labels.filter((l) => /^(?:La|El|Le)\s\S+$/.test(l))).toEqual([]);
  });
});

describe("an attendance item of a name, a dash and the body, family names in capitals or not", () => {
  it.each([
    [
      "1. Kodjo AMEGBETO – Syndicat des Pêcheurs de Aného, treasurer",
      "Kodjo AMEGBETO",
      "Syndicat des Pêcheurs de Aného",
    ],
    [
      "2. Ifeoma Nwachukwu – Enugu Market Women Union",
      "Ifeoma Nwachukwu",
      "Enugu Market Women Union",
    ],
    [
      "3. Sessi HOUNKPATIN – Réseau des Femmes de Porto-Novo",
      "Sessi HOUNKPATIN",
      "Réseau des Femmes de Porto-Novo",
    ],
    [
      "4. Mawuli Agbeko – Coopérative Agricole de Kpalimé, chair",
      "Mawuli Agbeko",
      "Coopérative Agricole de Kpalimé",
    ],
    [
      "5. Yawa Dzifa – Association des Maraîchers de Tsévié",
      "Yawa Dzifa",
      "Association des Maraîchers de Tsévié",
    ],
    [
      "6. Edem Kpodar – Union des Transporteurs de Kara, secretary",
      "Edem Kpodar",
      "Union des Transporteurs de Kara",
    ],
  ])("%s", (item, person, body) => {
    const ex = minutes("PRESENT", "1. Halima Warsame – Chair", item);
    expect(find(ex, person)?.kind).toBe("person");
    expect(related(ex, person, body)).toContain("part_of");
  });

  it("an acronym or a short capital word after a name stays a body's", () => {
    const ex = minutes("PRESENT", "1. Halima Warsame – Chair", "2. Mercy Corps CRS – observer");
    expect(find(ex, "Halima Warsame")?.kind).toBe("person");
    expect(ex.entities.some((e) => e.kind === "person" && /CRS/.test(e.label))).toBe(false);
  });
});

describe("a minutes heading's date set off after the meeting's name is no part of it", () => {
  it.each([
    [
      "Minutes of the meeting of the Executive Bureau, 4 October 2025",
      "meeting of the Executive Bureau",
    ],
    ["Minutes of the Board meeting – 12 March 2024", "Board meeting"],
    ["Notes of the quarterly partners' meeting · 3 June 2025", "quarterly partners' meeting"],
  ])("%s", (heading, name) => {
    const ex = run(
      "RIVER FISHERS UNION",
      heading,
      "",
      "Present: all members.",
      "",
      "The chair opened the meeting at 9:00.",
    );
    const events = ex.entities.filter((e) => e.kind === "event").map((e) => e.label);
    expect(events).toContain(name);
  });
});

describe("a given name, then a family name in capitals, is a person's", () => {
  it.each([
    ["Chair: Kossi ADZOMADA, President", "Kossi ADZOMADA"],
    ["Minutes taken by Afiavi GBAGUIDI, Secretary for Communication.", "Afiavi GBAGUIDI"],
    ["The report was presented by Rodrigue KPONOU on behalf of the bureau.", "Rodrigue KPONOU"],
    ["Apologies were received from Mme Estelle TOGBÉ-HOUNDÉ.", "Estelle TOGBÉ-HOUNDÉ"],
  ])("%s", (line, person) => {
    const ex = run(
      "LAKE FISHERS UNION",
      "Minutes of the bureau meeting, 2 May 2025",
      "",
      line,
      "",
      "The meeting closed at noon.",
    );
    expect(find(ex, person)?.kind).toBe("person");
  });
});

describe("an attendance list keeps one order, person then body, in every item", () => {
  it.each([
    [
      [
        "PRESENT",
        "  1. Amani Njoroge - Watamu Turtle Watch Trust (Kenya), Chair",
        "  2. Farida Rahmani - Bandar Reef Wardens (Iran)",
        "  3. Kofi Asante - Ada Lagoon Keepers (Ghana)",
      ],
      [
        ["Farida Rahmani", "Bandar Reef Wardens"],
        ["Kofi Asante", "Ada Lagoon Keepers"],
        ["Amani Njoroge", "Watamu Turtle Watch Trust"],
      ],
    ],
    [
      [
        "Attendance",
        "- Dr. Lina Sabbagh - Cedar Valley Foresters",
        "- Omar Tlass - Orontes River Friends",
        "- Hiba Najjar - Qadisha Hiking Club",
      ],
      [
        ["Omar Tlass", "Orontes River Friends"],
        ["Hiba Najjar", "Qadisha Hiking Club"],
      ],
    ],
    [
      [
        "Members present",
        "1. Ms. Teuila Fa'asavalu - Apia Market Vendors Association, Treasurer",
        "2. Sione Havili - Nuku'alofa Fishers Circle",
        "3. Losana Tabua - Suva Seawall Volunteers",
      ],
      [
        ["Sione Havili", "Nuku'alofa Fishers Circle"],
        ["Losana Tabua", "Suva Seawall Volunteers"],
        ["Teuila Fa'asavalu", "Apia Market Vendors Association"],
      ],
    ],
  ])("%j", (list, pairs) => {
    const ex = minutes(...list);
    for (const [person, body] of pairs) {
      expect(find(ex, person ?? "")?.kind).toBe("person");
      expect(find(ex, body ?? "")?.kind).toBe("organisation");
      expect(related(ex, person ?? "", body ?? "")).toContain("part_of");
      expect(related(ex, body ?? "", "Monthly coordination meeting")).not.toEqual([]);
    }
  });

  it("reads what follows the body as its town or the person's role", () => {
    const ex = minutes(
      "Participants",
      "1. Nadia Berrada – Oasis Women Cooperative, Figuig",
      "2. Karim Ouali – Tafilalt Youth Circle, Errachidia, treasurer",
      "3. Dr. Salma Idrissi – Atlas Water Watch (Morocco) (item 2 only, observer)",
    );
    expect(related(ex, "Karim Ouali", "Tafilalt Youth Circle")).toContain("part_of");
    expect(related(ex, "Salma Idrissi", "Atlas Water Watch")).toContain("part_of");
    const bodies = ex.entities.filter((e) => e.kind === "organisation").map((e) => e.label);
    expect(bodies).not.toContain("Errachidia");
    expect(bodies.filter((b) => b.includes("("))).toEqual([]);
  });

  it("a list written body first stays so", () => {
    const ex = minutes(
      "ATTENDANCE",
      "1. Garowe Water Authority - Ahmed Farah",
      "2. Nugaal Women's Network - Hodan Ali",
      "3. Puntland Youth Forum - Abdi Warsame",
    );
    expect(find(ex, "Ahmed Farah")?.kind).toBe("person");
    expect(find(ex, "Hodan Ali")?.kind).toBe("person");
    expect(related(ex, "Hodan Ali", "Nugaal Women's Network")).toContain("part_of");
  });
});

describe("guests and observers under their own heading go on with the list", () => {
  it.each([
    [
      [
        "PRESENT",
        " 1. Halima Noor – Garowe Youth Forum",
        "",
        "GUESTS",
        " 2. Anders Vik – Tromsø Rain Fund, programme officer",
      ],
    ],
    [
      [
        "Members present",
        "Halima Noor (Garowe Youth Forum)",
        "",
        "Observers",
        "Anders Vik (Tromsø Rain Fund)",
      ],
    ],
    [
      [
        "Attendance",
        "Halima Noor, Garowe Youth Forum",
        "",
        "Also present",
        "Anders Vik, Tromsø Rain Fund (item 2 only)",
      ],
    ],
  ])("%#", (list) => {
    const ex = minutes(...list);
    const meeting = ex.entities.find((e) => e.kind === "event")?.label ?? "";
    expect(related(ex, "Garowe Youth Forum", meeting)).toContain("participated");
    expect(related(ex, "Tromsø Rain Fund", meeting)).toContain("participated");
  });
});
