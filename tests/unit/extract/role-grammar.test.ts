/**
 * The title grammar between a person and the body they work for: titles inside a bracket,
 * titles with a department ("Head of Programmes"), an age between commas, a role told in the
 * predicate ("is a member of", "serves on"), a body's organ after its name ("the X Board"), a
 * branch's town after the body ("X Garissa branch coordinator NAME"), and acronyms whose
 * letters a word's inside could also spell. Each class is tested with phrasings written for
 * these tests.
 */
import { describe, expect, it } from "vitest";
import { find, related, run } from "./query.ts";

describe("a title and the body inside one bracket after a name", () => {
  it.each([
    [
      "Amina Bello (Protection Manager, Mercy Corps) presented the findings.",
      "Amina Bello",
      "Mercy Corps",
    ],
    [
      "The panel heard Tomás Rivera (Head of Programmes, Asociación Tierra Viva) and others.",
      "Tomás Rivera",
      "Asociación Tierra Viva",
    ],
    [
      "Remarks by Nadia Karimi (Senior Legal Adviser, the Herat Law Centre) closed the day.",
      "Nadia Karimi",
      "Herat Law Centre",
    ],
    [
      "Grace Achieng (Field Coordinator, NRC) and Paul Lokwang (Chair, Lodwar Youth Network) spoke.",
      "Paul Lokwang",
      "Lodwar Youth Network",
    ],
  ])("%s", (sentence, person, body) => {
    expect(related(run(sentence), person, body)).toContain("part_of");
  });
});

describe("a title with its department, and an age, between commas", () => {
  it.each([
    [
      "The last word went to Ibrahim Sani, Head of Programmes, Mercy Corps.",
      "Ibrahim Sani",
      "Mercy Corps",
    ],
    [
      "Lina Farouk, Director of Finance and Operations at the Tihama Foundation, signed it.",
      "Lina Farouk",
      "Tihama Foundation",
    ],
    [
      "Halima Abdi, 43, chairperson of the Saka Women Farmers Group, said the pump had come late.",
      "Halima Abdi",
      "Saka Women Farmers Group",
    ],
    [
      "Joseph Ochieng, 61, a member of the Lake Basin Fishers Association, lost his nets.",
      "Joseph Ochieng",
      "Lake Basin Fishers Association",
    ],
  ])("%s", (sentence, person, body) => {
    expect(related(run(sentence), person, body)).toContain("part_of");
  });

  it.each([
    "The last word went to Ibrahim Sani, Head of Programmes, Mercy Corps.",
    "Omar Haddad, Director of Communications at the Nile Youth Forum, spoke.",
    "Sara Tahir, Head of Advocacy, Basra Civic Network, opened the session.",
  ])("a department names no body: %s", (sentence) => {
    const ex = run(sentence);
    for (const department of ["Programmes", "Communications", "Advocacy"])
      expect(find(ex, department)).toBeUndefined();
  });
});

describe("a role told in the predicate", () => {
  it.each([
    ["Ali Musa is a member of the Borno Youth Council.", "Ali Musa", "Borno Youth Council"],
    [
      "Grace Achieng serves on the Board of Trustees of the Turkana Pastoralist Network.",
      "Grace Achieng",
      "Turkana Pastoralist Network",
    ],
    ["Peter Lokol is the programme coordinator at Turkana Aid.", "Peter Lokol", "Turkana Aid"],
    ["Fatuma Hassan works for Mercy Corps in Garissa.", "Fatuma Hassan", "Mercy Corps"],
    [
      "Our programme manager, Samir Odeh, sits on the Steering Committee of the Jordan NGO Forum.",
      "Samir Odeh",
      "Jordan NGO Forum",
    ],
  ])("%s", (sentence, person, body) => {
    const ex = run(sentence);
    expect(find(ex, person)?.kind).toBe("person");
    expect(related(ex, person, body)).toContain("part_of");
  });
});

describe("a body's organ after its name stands for the body", () => {
  it.each([
    [
      "Rokia Sanogo, Chairperson of the PANCOR Board, welcomed the delegates.",
      "Rokia Sanogo",
      "PANCOR",
    ],
    ["Our programme manager, Abdi Noor, sits on the GCCN Steering Committee.", "Abdi Noor", "GCCN"],
    [
      "The Sahel Civic Alliance has forty members. Moussa Traoré, a member of the Sahel Civic Alliance Secretariat, spoke.",
      "Moussa Traoré",
      "Sahel Civic Alliance",
    ],
  ])("%s", (text, person, body) => {
    const ex = run(text);
    expect(related(ex, person, body)).toContain("part_of");
    expect(
      ex.entities.some((e) => / (?:Board|Steering Committee|Secretariat)$/.test(e.label)),
    ).toBe(false);
  });

  it.each([
    "The Executive Committee met on Monday.",
    "The National Steering Committee met on Monday.",
  ])("an organ named by no body keeps its name: %s", (sentence) => {
    const ex = run(sentence);
    expect(ex.entities.map((e) => e.label).join()).toMatch(/Committee/);
  });
});

describe("a body, the town of its branch, the title and its holder", () => {
  it.each([
    [
      "Kenya Red Cross Garissa branch coordinator Ibrahim Dubow said the branch would train six committees.",
      "Kenya Red Cross",
      "Ibrahim Dubow",
    ],
    [
      "Mercy Corps Maiduguri office head Aisha Bello welcomed the guests.",
      "Mercy Corps",
      "Aisha Bello",
    ],
    [
      "The Hope Foundation Tripoli field coordinator, Salem Ali, visited the camp.",
      "Hope Foundation",
      "Salem Ali",
    ],
  ])("%s", (sentence, body, person) => {
    const ex = run(sentence);
    expect(find(ex, body)?.kind).toBe("organisation");
    expect(related(ex, person, body)).toContain("part_of");
  });

  it("keeps a possessive owner's name whole", () => {
    const ex = run(
      "The union works with the Ministry of Fish Wealth's Hadramout office on the plan.",
    );
    expect(find(ex, "Ministry of Fish Wealth")).toBeDefined();
    expect(ex.entities.some((e) => /['’]s$/.test(e.label))).toBe(false);
  });
});

describe("an acronym whose long form's words spell it", () => {
  it.each([
    ["Yesterday Action Against Hunger (AAH) opened a new office.", "Action Against Hunger", "AAH"],
    ["On Monday Action Against Poverty (AAP) held a rally.", "Action Against Poverty", "AAP"],
    [
      "Last week Alliance Against Trafficking (AAT) trained forty nurses.",
      "Alliance Against Trafficking",
      "AAT",
    ],
  ])("%s", (sentence, long, short) => {
    const entity = find(run(sentence), short);
    expect(entity?.label).toBe(long);
  });

  it("a body whose name ends in an event word is still a body", () => {
    const ex = run("The Lebanese Organization for Studies and Training (LOST) met the press.");
    expect(find(ex, "LOST")?.kind).toBe("organisation");
  });
});

describe("a body's possessive, a title, then its holder", () => {
  it.each([
    [
      "UNICEF's Representative Tanya Nour spoke first.",
      "Tanya Nour",
      "United Nations Children's Fund",
    ],
    [
      "The speech of UNDP's Resident Representative in Iraq Auke Jansen was welcomed.",
      "Auke Jansen",
      "United Nations Development Programme",
    ],
    [
      "The Hope Foundation's Country Director for Yemen Ali Musa opened the clinic.",
      "Ali Musa",
      "Hope Foundation",
    ],
  ])("%s", (sentence, person, body) => {
    const ex = run(sentence);
    expect(find(ex, person)?.kind).toBe("person");
    expect(related(ex, person, body)).toContain("part_of");
  });
});

describe("a title glued to a name by a hyphen", () => {
  it.each([
    ["The panel included Leila Haddad-Director of the Amal Centre.", "Leila Haddad", "Amal Centre"],
    [
      "Thanks to Omar Saleh-Coordinator, Tigris Youth Network.",
      "Omar Saleh",
      "Tigris Youth Network",
    ],
    [
      "Speakers: Huda Karim-Chairperson of the Basra Women Forum, and others.",
      "Huda Karim",
      "Basra Women Forum",
    ],
  ])("%s", (sentence, person, body) => {
    const ex = run(sentence);
    expect(find(ex, person)?.kind).toBe("person");
    expect(ex.entities.some((e) => /-(?:Director|Coordinator|Chairperson)/.test(e.label))).toBe(
      false,
    );
    expect(related(ex, person, body)).toContain("part_of");
  });

  it("keeps a hyphenated title and an Arabic name whole", () => {
    const ex = run("The Vice-President of the Basra Youth Council, Mariam Al-Sayed, spoke.");
    expect(find(ex, "Mariam Al-Sayed")?.kind).toBe("person");
    expect(related(ex, "Mariam Al-Sayed", "Basra Youth Council")).toContain("part_of");
  });
});

describe("a person after a courtesy title or a title and its scope", () => {
  it.each([
    ["Guests included Hon. Abdul-Aziz Dradria and others.", "Abdul-Aziz Dradria"],
    [
      "The elders were represented by Chief Manyang Garang Deng of Makuach Payam.",
      "Manyang Garang Deng",
    ],
    ["Mr. Omar Saleh of Basra thanked the donors.", "Omar Saleh"],
    [
      "Guests included the governor of Hebron, Khaled Dudin, and members of the women's committee.",
      "Khaled Dudin",
    ],
    ["Speakers were the mayor of Mosul, Zuhair al-Araji, and two imams.", "Zuhair al-Araji"],
  ])("%s", (sentence, person) => {
    const ex = run(sentence);
    expect(find(ex, person)?.kind).toBe("person");
    expect(ex.entities.some((e) => e.kind === "person" && / of /.test(e.label))).toBe(false);
  });
});

describe("a bare head noun names no body", () => {
  it.each([
    [
      "Lead agency: Hope Foundation",
      "Consortium members: Tala Relief, Sawa Youth Club",
      "Consortium",
    ],
    ["Chair: Tala Relief", "Network partners: Sawa Youth Club", "Network"],
    ["Date: 3 May 2024", "Committee members: Ali Musa, Huda Karim", "Committee"],
  ])("%s / %s", (first, second, head) => {
    const ex = run(
      "Quarterly update",
      "",
      first,
      second,
      "",
      `The ${head} Steering Committee meets in June.`,
    );
    expect(ex.entities.some((e) => e.label.toLowerCase() === head.toLowerCase())).toBe(false);
  });
});

describe("a name and its body alone between a list's delimiters", () => {
  it.each([
    [
      ["Panellists: Rosa Quispe, Asociación Manos Unidas; Daniel Okello, Gulu Youth Network."],
      "Rosa Quispe",
      "Asociación Manos Unidas",
    ],
    [
      ["| 10:00 | Opening | Dr. Hana Kovač, Udruženje Sigurna Kuća |"],
      "Hana Kovač",
      "Udruženje Sigurna Kuća",
    ],
    [
      ["Speakers:", "- Made Wirawan, Yayasan Lestari Desa", "- Siti Rahma, Oxfam"],
      "Siti Rahma",
      "Oxfam",
    ],
    [
      ["Moderated by: Lucas Mbeki, Kivu Peace Foundation (KPF)."],
      "Lucas Mbeki",
      "Kivu Peace Foundation",
    ],
  ])("%s", (lines, person, body) => {
    expect(related(run(...lines), person, body)).toContain("part_of");
  });

  it("a list of people and bodies gives no person the next item's body", () => {
    const ex = run(
      "Speakers: Ana Nhantumbo, Universidade Comunitária de Pemba; Omar Said, Norwegian Refugee Council.",
    );
    expect(related(ex, "Ana Nhantumbo", "Universidade Comunitária de Pemba")).toContain("part_of");
    expect(related(ex, "Ana Nhantumbo", "Norwegian Refugee Council")).toEqual([]);
    // (Prose that lists people and bodies together affiliates no one.)
    const prose = run(
      "The forum was attended by Grace Achieng, UNICEF and the Lodwar Youth Network.",
    );
    expect(related(prose, "Grace Achieng", "UNICEF")).toEqual([]);
  });
});

describe("a unit's acronym inside a title, then the body", () => {
  it.each([
    [
      "Panellists: Sara Lind, DTM Coordinator, IOM Mozambique; Omar Said, Kivu Women Network.",
      "Sara Lind",
      "IOM Mozambique",
      "DTM",
    ],
    [
      "The keynote was given by Ana Ruiz, WASH Cluster Coordinator, Save the Children.",
      "Ana Ruiz",
      "Save the Children",
      "WASH",
    ],
    [
      "Rana Aziz, ICLA Manager, Norwegian Refugee Council, spoke first on 3 May 2024.",
      "Rana Aziz",
      "Norwegian Refugee Council",
      "ICLA",
    ],
  ])("%s", (sentence, person, body, unit) => {
    const ex = run(sentence);
    expect(related(ex, person, body)).toContain("part_of");
    expect(related(ex, person, unit)).not.toContain("part_of");
  });

  it("a body, then the title it gives, still names the holder's body", () => {
    expect(
      related(run("We met Omar Said, UNICEF senior adviser, in Goma."), "Omar Said", "UNICEF"),
    ).toContain("part_of");
  });
});
