/**
 * Documents of the genre written for these tests, from countries and publishers the seeds do not
 * cover (Yemen, Tunisia, Sudan, the Kurdistan Region of Iraq): bylines and "Posted on" lines,
 * day-first and month/year dates, amounts in words and figures, markup left in a text file,
 * ambassadors and ministers with titles, Arabic name particles, gerund and transliterated
 * organisation names, partner lists, headline events and numbered projects.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";
import type { Extraction, NormalisedDocument } from "../../../src/compiler/types.ts";
import { find, related } from "./query.ts";

const exact = (ex: Extraction, docs: NormalisedDocument[]) => {
  for (const e of ex.entities)
    for (const m of e.mentions) {
      const text = docs.find((d) => d.id === m.doc)?.text ?? "";
      expect([e.label, ...e.aliases]).toContain(text.slice(m.start, m.end));
    }
};

const YEMEN: NormalisedDocument = {
  id: "aden-forum.txt",
  text: [
    "Building Bridges Foundation launches youth dialogue forum in Aden",
    "",
    "Posted on 26th, 09.2022 by Huda Al-Sakkaf",
    "",
    'Aden – The Building Bridges Foundation, in partnership with the Al-Nour Association, the Yemeni Women\'s Union and Oxfam, organised the "Voices for Peace" forum in Aden on 25 September 2022. The forum was funded by the Kingdom of the Netherlands with EUR 1.2 million.',
    "",
    'H.E. Peter Derrek Hof, the Dutch Ambassador to Yemen, said that civil society is key to peace. "Young people must be heard," said Mohammed Abu Bakr bin Salem, Director of the Al-Nour Association.',
    "",
    "The Housing and Reconstruction Agency also took part in the forum.",
  ].join("\n"),
};

const TUNISIA: NormalisedDocument = {
  id: "tunis-closing.txt",
  text: [
    "<p>Tunis, 13.12.2017</p>",
    "<h1>Closing conference of the Civic Budgets Project in Tunisia</h1>",
    "<p>The Carthage Foundation for Research held the closing conference of the Civic Budgets Project in Tunis. The project, which ran from 8/2014-4/2015, was implemented by the Carthage Foundation for Research and Al-Bawsala Watch, and received $350,000 from the U.S. Embassy in Tunis.</p>",
    "<p>In funding this project, the Ambassador said, France is helping municipalities listen to citizens. France also gave two million dollars to a second phase.</p>",
    "<p>The fifth project of the foundation will start next year.</p>",
  ].join("\n"),
};

const SUDAN: NormalisedDocument = {
  id: "khartoum-training.txt",
  text: [
    "Khartoum training on community mediation",
    "",
    "By Omar Abdel-Rahman | Published: 3 May 2021",
    "",
    "Khartoum – The Nile Peace Network held a three-day training on community mediation in Khartoum on 2 May 2021, in partnership with the Darfur Women Association, Al-Salam Organisation for Development and Save the Children.",
    "The training was supported by the European Union. Ms. Amna bint Khalid, Coordinator of the Nile Peace Network, opened the training.",
    "Sudan has faced severe funding shortages since 2019.",
  ].join("\n"),
};

const KURDISTAN: NormalisedDocument = {
  id: "erbil-roundtable.txt",
  text: [
    "Erbil, 14 November 2019 – The Kurdistan Civil Society Forum organised the Erbil Roundtable on Local Elections. H.E. Dr. Ahmed bin Yousef, Minister of Interior, and Mr. Lars Nilsson, the Swedish Ambassador to Iraq, spoke at the roundtable.",
    "Sweden is also funding the roundtable with SEK 900,000 through the Embassy of Sweden in Baghdad.",
    "The Hawler Youth Centre and the Housing and Reconstruction Agency took part.",
  ].join("\n"),
};

describe("a Yemeni press release", () => {
  const ex = extract([YEMEN]);
  it("keeps gerund and transliterated organisation names whole", () => {
    expect(find(ex, "Building Bridges Foundation")?.kind).toBe("organisation");
    expect(find(ex, "Al-Nour Association")?.kind).toBe("organisation");
    expect(find(ex, "Housing and Reconstruction Agency")?.kind).toBe("organisation");
    expect(find(ex, "Building Bridges Foundation,")).toBeUndefined();
  });
  it("splits a partner list into its bodies", () => {
    expect(find(ex, "Yemeni Women's Union")?.kind).toBe("organisation");
    expect(find(ex, "Oxfam")).toBeDefined();
    expect(ex.entities.some((e) => /Union and Oxfam/.test(e.label))).toBe(false);
    expect(related(ex, "Oxfam", "Voices for Peace").length).toBeGreaterThan(0);
  });
  it("merges the headline event with the forum the body names", () => {
    const forum = find(ex, "Voices for Peace");
    expect(forum?.kind).toBe("event");
    expect(ex.entities.filter((e) => e.kind === "event")).toHaveLength(1);
    expect(forum?.date).toEqual({ start: "2022-09-25" });
  });
  it("reads a kingdom in a funding construction as a funder with its amount", () => {
    const nl = find(ex, "Kingdom of the Netherlands");
    expect(nl?.kind).toBe("funder");
    const rel = ex.relations.find((r) => r.source === nl?.id || r.target === nl?.id);
    expect(rel).toMatchObject({ kind: "funded", amount: 1_200_000, currency: "EUR" });
  });
  it("keeps bin inside a name and ties an ambassador to his state", () => {
    expect(find(ex, "Mohammed Abu Bakr bin Salem")?.kind).toBe("person");
    expect(related(ex, "Mohammed Abu Bakr bin Salem", "Al-Nour Association")).toContain("part_of");
    expect(related(ex, "Peter Derrek Hof", "Kingdom of the Netherlands")).toContain("part_of");
    expect(find(ex, "Huda Al-Sakkaf")?.kind).toBe("person");
  });
  it("mentions are exact", () => exact(ex, [YEMEN]));
});

describe("a Tunisian page with markup left in the text", () => {
  const ex = extract([TUNISIA]);
  it("keeps tags out of names and reads the day-first dateline", () => {
    expect(ex.entities.some((e) => /[<>]/.test(e.label))).toBe(false);
    const conf = ex.entities.find((e) => e.kind === "event" && /^Closing conference/.test(e.label));
    expect(conf?.date).toEqual({ start: "2017-12-13" });
  });
  it("dates a project by a month/year range and merges its place-tailed name", () => {
    const project = find(ex, "Civic Budgets Project in Tunis");
    expect(project?.date).toEqual({ start: "2014-08", end: "2015-04" });
    expect(find(ex, "Civic Budgets Project in Tunisia")?.id).toBe(project?.id);
  });
  it("splits two implementers joined by “and” before an Arabic article", () => {
    expect(find(ex, "Carthage Foundation for Research")?.kind).toBe("organisation");
    expect(ex.entities.some((e) => /Research and/.test(e.label))).toBe(false);
  });
  it("reads “received $X from” and a state funding in an adjunct as funding", () => {
    const us = ex.relations.find(
      (r) => r.source === find(ex, "U.S. Embassy in Tunis")?.id && r.kind === "funded",
    );
    expect(us).toMatchObject({ amount: 350_000, currency: "USD" });
    expect(find(ex, "France")?.kind).toBe("funder");
  });
  it("does not make an event of a bare numbered project", () => {
    expect(ex.entities.some((e) => /fifth project/.test(e.label))).toBe(false);
  });
  it("mentions are exact", () => exact(ex, [TUNISIA]));
});

describe("a Sudanese training report", () => {
  const ex = extract([SUDAN]);
  it("reads a byline with a published date", () => {
    const training = ex.entities.find((e) => e.kind === "event");
    expect(training?.date?.start).toBe("2021-05-02");
  });
  it("relates each partner of an “in partnership with” list", () => {
    for (const org of [
      "Darfur Women Association",
      "Al-Salam Organisation for Development",
      "Save the Children",
    ])
      expect(related(ex, org, "Khartoum training on community mediation").length).toBeGreaterThan(
        0,
      );
  });
  it("reads “bint” inside a name and the title after it", () => {
    expect(find(ex, "Amna bint Khalid")?.kind).toBe("person");
    expect(related(ex, "Amna bint Khalid", "Nile Peace Network")).toContain("part_of");
  });
  it("does not turn a country into a funder without a funding construction", () => {
    expect(find(ex, "Sudan")).toBeUndefined();
    expect(find(ex, "European Union")?.kind).toBe("funder");
  });
  it("mentions are exact", () => exact(ex, [SUDAN]));
});

describe("a release from the Kurdistan Region", () => {
  const ex = extract([KURDISTAN]);
  it("does not read a minister's portfolio as a person", () => {
    expect(find(ex, "Interior")).toBeUndefined();
    expect(find(ex, "Ahmed bin Yousef")?.kind).toBe("person");
  });
  it("reads a state that “is also funding” as a funder and ties its ambassador", () => {
    expect(find(ex, "Sweden")?.kind).toBe("funder");
    expect(related(ex, "Lars Nilsson", "Embassy of Sweden in Baghdad")).toContain("part_of");
  });
  it("mentions are exact", () => exact(ex, [KURDISTAN]));
});

describe("known bodies in coordinated lists", () => {
  it("closes a known body with a connector in its name before “and”", () => {
    const ex = extract([
      {
        id: "list.txt",
        text: "Aden, 5 May 2021 – The Aden Youth Forum was organised by Save the Children and Oxfam.",
      },
    ]);
    expect(find(ex, "Save the Children")?.kind).toBe("organisation");
    expect(find(ex, "Oxfam")?.kind).toBe("organisation");
    expect(related(ex, "Save the Children", "Aden Youth Forum")).toEqual(["organised"]);
  });
  it("keeps a name whose “and” joins two parts of one portfolio", () => {
    const ex = extract([
      {
        id: "portfolio.txt",
        text: "Basra, 2 June 2020 – The Institute for Open Society and Democracy organised the Basra Youth Workshop.",
      },
    ]);
    expect(find(ex, "Institute for Open Society and Democracy")?.kind).toBe("organisation");
  });
});

const DUHOK: NormalisedDocument = {
  id: "duhok-consultation.txt",
  text: [
    "Duhok hosts consultation on returnee livelihoods",
    "",
    "By Shilan Abdulla, 04/03/2023",
    "",
    "Duhok – Rwanga Foundation and Jiyan Organization for Human Rights, with financial support from the Royal Government of Denmark, hosted a two-day consultation on returnee livelihoods on 1-2 March 2023. Partners included Harikar NGO, the Board of Relief and Humanitarian Affairs (BRHA) and the Duhok Directorate of Labour and Social Affairs.",
    "",
    "Speaking at the opening, Mr. Dilshad Abu Sharif, Director General of BRHA, thanked the donor. Dr. Layla El-Masri from the University of Duhok presented findings of the Sinjar Recovery Programme (2019-2022), a EUR 3.5 million programme financed by the European Union.",
  ].join("\n"),
};

describe("a consultation report from Duhok", () => {
  const ex = extract([DUHOK]);
  // The headline's agent and verb ("Duhok hosts") are no part of the event's name.
  const headline = "consultation on returnee livelihoods";
  it("reads the subjects before a funding aside as the organisers", () => {
    for (const org of ["Rwanga Foundation", "Jiyan Organization for Human Rights"])
      expect(related(ex, org, headline)).toEqual(["organised"]);
    expect(related(ex, "Royal Government of Denmark", headline)).toEqual(["funded"]);
  });
  it("relates the members of “Partners included”, a name with NGO among them", () => {
    for (const org of ["Harikar NGO", "BRHA", "Duhok Directorate of Labour and Social Affairs"])
      expect(related(ex, org, headline)).toEqual(["participated"]);
  });
  it("dates a programme by a range of years and a consultation by a day range", () => {
    expect(find(ex, "Sinjar Recovery Programme")?.date).toEqual({ start: "2019", end: "2022" });
    expect(find(ex, headline)?.date).toEqual({ start: "2023-03-01", end: "2023-03-02" });
    expect(related(ex, "European Union", "Sinjar Recovery Programme")).toEqual(["funded"]);
  });
  it("mentions are exact", () => exact(ex, [DUHOK]));
});
