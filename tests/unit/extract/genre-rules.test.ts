/**
 * Rules of the genre beyond cue verbs, each on a small document written for the test (other
 * names, other places): lists of grant winners, lists told over the following sentences,
 * ministries of state and their variants, and a numbered event completed by its title.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";
import type { NormalisedDocument } from "../../../src/compiler/types.ts";
import { find, related } from "./query.ts";

const WINNERS: NormalisedDocument = {
  id: "winners.txt",
  text: [
    "Nine community projects win grants under the Coastal Livelihoods Programme",
    "",
    "Sfax, 4 March 2021 – A total of €1.2 million will go to nine projects under the Coastal Livelihoods Programme, the donor said on Thursday.",
    "The Maghreb Cooperation Office manages the Coastal Livelihoods Programme.",
    "The organisations listed below were chosen after two calls for proposals. A plan from the Kerkennah Fishers Association will restore small harbours. Third comes the Oasis Heritage Foundation, whose project trains young guides.",
    "The remaining winners are the Gabes Youth Union; Djerba Women Network, which works on crafts; and, finally, the Sfax Literacy Council.",
    "",
    "By Amira Belhadj",
  ].join("\n"),
};

describe("lists of programme members", () => {
  const ex = extract([WINNERS]);
  it("relates each winner of a list without a cue verb to the programme", () => {
    for (const org of ["Gabes Youth Union", "Djerba Women Network", "Sfax Literacy Council"])
      expect(related(ex, org, "Coastal Livelihoods Programme")).toContain("participated");
  });
  it("relates the members of a list told over the following sentences", () => {
    for (const org of ["Kerkennah Fishers Association", "Oasis Heritage Foundation"])
      expect(related(ex, org, "Coastal Livelihoods Programme")).toContain("participated");
  });
  it("reads the body that manages a programme as its organiser", () => {
    expect(related(ex, "Maghreb Cooperation Office", "Coastal Livelihoods Programme")).toEqual([
      "organised",
    ]);
  });
  it("does not carry the list past the paragraph that ends it", () => {
    expect(related(ex, "Amira Belhadj", "Coastal Livelihoods Programme")).toEqual([]);
  });
});

describe("ministries of state", () => {
  it("merges the office, the ministry and the acronym of a minister of state", () => {
    const ex = extract([
      {
        id: "m1.txt",
        text: "The Office of State for Digital Affairs (OSDA) administers the Smart Villages Programme, funded by the World Bank.",
      },
      {
        id: "m2.txt",
        text: [
          "Closing ceremony of the Smart Villages Programme",
          "",
          "Tyre, 9 May 2019 – The Minister of State for Digital Affairs manages the programme. The Office of the Minister of State for Digital Affairs hosted the ceremony, and a prize went to the team at the Ministry of Digital Affairs.",
        ].join("\n"),
      },
    ]);
    const office = find(ex, "OSDA");
    expect(office?.label).toBe("Office of the Minister of State for Digital Affairs");
    expect(office?.aliases).toEqual(
      expect.arrayContaining([
        "Office of State for Digital Affairs",
        "Ministry of Digital Affairs",
        "Minister of State for Digital Affairs",
      ]),
    );
    expect(ex.entities.filter((e) => e.kind === "person")).toEqual([]);
  });
});

describe("numbered events", () => {
  it("completes a numbered event with the quoted title of its project", () => {
    const ex = extract([
      {
        id: "w.txt",
        text: "The third seminar within the project “Voices of Kairouan” has been completed by the Tunisian Centre for Local Democracy. It took place on 12 June 2022 in Kairouan.",
      },
    ]);
    const ev = find(ex, "third seminar within the project “Voices of Kairouan”");
    expect(ev?.kind).toBe("event");
    expect(find(ex, "Voices of Kairouan")?.kind).toBe("event");
  });
});

describe("coordinated names", () => {
  const ex = extract([
    {
      id: "c.txt",
      text: [
        "Media literacy workshop in Sousse",
        "",
        "Sousse, 2 October 2023 – The media literacy workshop has been completed by the Sahel Press Institute. Nadia Ferchichi, trainer Karim Ben Salah, and the mentors Leila Mansour and Hedi Zribi supervised the workshop; Sonia Gharbi and Mehdi Trabelsi were present as well.",
      ].join("\n"),
    },
  ]);
  it("reads a list closed by “, and” as the subject of the verb", () => {
    for (const p of ["Nadia Ferchichi", "Karim Ben Salah", "Leila Mansour", "Hedi Zribi"])
      expect(related(ex, p, "Media literacy workshop in Sousse")).toContain("participated");
  });
  it("recognises a name coordinated with another person's name", () => {
    expect(find(ex, "Sonia Gharbi")?.kind).toBe("person");
    expect(related(ex, "Sonia Gharbi", "Media literacy workshop in Sousse")).toContain(
      "participated",
    );
  });
  it("reads “completed by” as the organiser", () => {
    expect(related(ex, "Sahel Press Institute", "Media literacy workshop in Sousse")).toEqual([
      "organised",
    ]);
  });
  it("does not read a clause after “, and” as part of a list", () => {
    const ex2 = extract([
      {
        id: "d.txt",
        text: "Tunis Budget Forum\n\nTunis, 5 May 2022 – Amel Jaziri said the plan was weak, and the Tunis Audit Council attended the forum.",
      },
    ]);
    expect(related(ex2, "Amel Jaziri", "Tunis Budget Forum")).not.toContain("participated");
  });
});
