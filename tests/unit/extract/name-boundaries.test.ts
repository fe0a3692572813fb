/**
 * Where names start and stop: administrative units are places, "NAME of BODY" is two names,
 * headings and emphasis in capitals name nothing. Each class with several phrasings.
 */
import { describe, expect, it } from "vitest";
import { find, related, run } from "./query.ts";

describe("a name closed by an administrative unit is a place", () => {
  it.each([
    [
      "Farmers from Jonglei State and Twic East County met the Bor Youth Union.",
      ["Jonglei State", "Twic East County"],
    ],
    [
      "The Lakeside Women's Association works in Borno and Yobe States and in Makuach Payam.",
      ["Yobe States", "Makuach Payam"],
    ],
    [
      "Volunteers came from Kupiansk Raion, Shirak Province and Gujba Woreda.",
      ["Kupiansk Raion", "Shirak Province", "Gujba Woreda"],
    ],
  ])("%s", (sentence, places) => {
    const ex = run(sentence);
    for (const p of places) expect(find(ex, p)).toBeUndefined();
  });

  it("a body named for its state keeps its name", () => {
    const ex = run(
      "The Borno State Ministry of Health and the Kano State Emergency Management Agency met.",
    );
    expect(find(ex, "Borno State Ministry of Health")?.kind).toBe("organisation");
    expect(find(ex, "Kano State Emergency Management Agency")?.kind).toBe("organisation");
  });
});

describe("a person of a body is two names", () => {
  it.each([
    [
      "Panellists included Boukary Sawadogo of REJEPAC at the forum.",
      "Boukary Sawadogo",
      "REJEPAC",
    ],
    [
      "The talk was given by Amina Yusuf of Kano Women's Association.",
      "Amina Yusuf",
      "Kano Women's Association",
    ],
    [
      "Questions came from Yonas Berhane Gebremedhin of Dire Dawa Youth Network.",
      "Yonas Berhane Gebremedhin",
      "Dire Dawa Youth Network",
    ],
  ])("%s", (sentence, person, body) => {
    const ex = run(sentence);
    expect(find(ex, person)?.kind).toBe("person");
    expect(related(ex, person, body)).toEqual(["part_of"]);
  });

  it("keeps bodies named 'X of Y' whole", () => {
    const ex = run("Staff of the University of Gondar and Friends of Lake Turkana attended.");
    expect(find(ex, "University of Gondar")?.kind).toBe("organisation");
  });
});

describe("headings and emphasis in capitals name nothing", () => {
  it.each([
    ["The side event drew many. The permanent secretary spoke.", "SIDE EVENT"],
    ["The permanent secretary of the ministry spoke at the meeting.", "PERMANENT SECRETARY"],
    ["The next steps were agreed by the partners of the network.", "NEXT STEPS"],
  ])("a heading: %s", (sentence, heading) => {
    const ex = run(
      "Report of the Baobab Trust",
      "",
      sentence,
      "",
      heading,
      "More text follows here.",
    );
    expect(find(ex, heading)).toBeUndefined();
  });

  it.each(["CONTENTS", "-ENDS-", "AOB"])("furniture: %s", (word) => {
    expect(
      find(run("The Baobab Trust met its partners.", "", word), word.replace(/-/g, "")),
    ).toBeUndefined();
  });

  it("emphasis in a post, and a known body in capitals", () => {
    const ex = run("HUGE thanks to CARE and the Baobab Trust for the training!");
    expect(find(ex, "HUGE")).toBeUndefined();
    expect(find(ex, "CARE")?.kind).toMatch(/organisation|funder/);
  });
});

describe("a letterhead's postal address is no headline", () => {
  it.each([
    [
      "MINISTRY OF SOCIAL AFFAIRS",
      "Simbamanyo House, Plot 2, George Street",
      "P.O. Box 7136, Kampala",
    ],
    ["Baobab Trust", "3rd Floor, Amani Building, Kenyatta Avenue", "Nairobi"],
    ["Lakeshore Fund", "Block 4, Road 12, Gulshan", "Dhaka 1212"],
  ])("%s / %s", (...letterhead) => {
    const ex = run(
      ...letterhead,
      "",
      "Kampala, 5 September 2024",
      "",
      "The Kano Women's Association held a training workshop on 4 September 2024 with the Lira Youth Network.",
    );
    const events = ex.entities.filter((e) => e.kind === "event");
    expect(events.map((e) => e.label)).toEqual(["training workshop"]);
  });
});

describe("an honorific cut from its name names no one", () => {
  it.each([
    ["In May the Minister of Health, Hon. Kamala Magar, opened the clinic.", "Hon"],
    ["The guest of honour, H.E. Niamh Gallagher, spoke first.", "H.E"],
    ["Our host, Dr. Amina Yusuf, welcomed the guests.", "Dr"],
  ])("%s", (sentence, honorific) => {
    const ex = run(sentence);
    expect(ex.entities.some((e) => e.label.replace(/\.$/, "") === honorific)).toBe(false);
  });
});

describe("a name said to be an event by a copula", () => {
  it.each([
    ["Tamkeen is a two-year project of the Sawa Women Association in Zarqa.", "Tamkeen"],
    ["Sabeel is a three-year programme of the Baobab Trust in Kenya.", "Sabeel"],
    [
      "Safe Roofs Kassala is a shelter project of the Kassala Relief Society.",
      "Safe Roofs Kassala",
    ],
  ])("%s", (sentence, name) => {
    expect(find(run(sentence), name)?.kind).toBe("event");
  });

  it("a body said to be a network stays a body", () => {
    expect(
      find(
        run("The Sawa Women Association is a network of forty groups."),
        "Sawa Women Association",
      )?.kind,
    ).toBe("organisation");
  });
});

describe("a letterhead that gives a body's acronym names no event", () => {
  it.each([
    ["North-East Resilience Consortium (NERC)", "Quarterly Update"],
    ["Kano Women's Association (KWA)", "Annual Report 2023"],
    ["Sahel Youth Dialogue Network (SYDN)", "Newsletter, May 2024"],
  ])("%s", (letterhead, kind) => {
    const ex = run(
      letterhead,
      "",
      kind,
      "",
      "In May the members met the governor and agreed on a plan for the dry season.",
    );
    expect(ex.entities.filter((e) => e.kind === "event").map((e) => e.label)).not.toContain(
      letterhead,
    );
  });
});

describe("two names joined by a dash without spaces are one compound", () => {
  it.each([
    [
      "The Iraq–Jordan Youth Exchange opened in Amman on 3 May 2024, organised by the Sawa Youth Network.",
      "Iraq–Jordan Youth Exchange",
      "Sawa Youth Network",
    ],
    [
      "On 12 June 2023 the Rafah Women's Union hosted the Gaza–Sinai Traders Forum, which met in Arish.",
      "Gaza–Sinai Traders Forum",
      "Rafah Women's Union",
    ],
    [
      "Delegates from the Tana Farmers Cooperative attended the Kenya—Ethiopia Borderlands Dialogue, held in Moyale on 4 March 2022.",
      "Kenya—Ethiopia Borderlands Dialogue",
      "Tana Farmers Cooperative",
    ],
  ])("%s", (text, event, body) => {
    const ex = run(text);
    expect(find(ex, event)?.kind).toBe("event");
    expect(related(ex, body, event).length).toBeGreaterThan(0);
  });

  it("a range of months is no name", () => {
    const ex = run("The Basra Women Forum held a training from January–March 2024 in Zubair.");
    expect(ex.entities.map((e) => e.label)).not.toContain("January–March");
  });
});

describe("a month after its day opens no name", () => {
  it.each([
    [
      "Forty reclaimers met from 25 to 27 March for the Kupferberg Women Forum in Windhoek.",
      "Kupferberg Women Forum",
      "March for the Kupferberg Women Forum",
    ],
    [
      "On 4 April Re Dira Mmogo Cooperative opened its baling shed in Gaborone.",
      "Re Dira Mmogo Cooperative",
      "April Re Dira Mmogo Cooperative",
    ],
    [
      "On 12 May Umoja Youth Collective hosted the Kisumu County Government.",
      "Umoja Youth Collective",
      "May Umoja Youth Collective",
    ],
  ])("%s", (sentence, name, wrong) => {
    const ex = run(sentence);
    expect(find(ex, name)).toBeDefined();
    expect(find(ex, wrong)).toBeUndefined();
  });
});

describe("an exchange of a plural possessive is an event", () => {
  it.each([
    [
      "Forty members went to the Regional Reclaimers' Exchange in Windhoek.",
      "Regional Reclaimers' Exchange",
    ],
    [
      "Delegates of the Lake Kivu Fishers' Union attended the Great Lakes Fishers' Exchange in Goma on 3 May 2025.",
      "Great Lakes Fishers' Exchange",
    ],
    [
      "The Weavers' Exchange in Dori brought together the Sahel Weavers Union and the Kaya Craft Group.",
      "Weavers' Exchange",
    ],
  ])("%s", (sentence, name) => {
    expect(find(run(sentence), name)?.kind).toBe("event");
  });
  it("keeps a stock exchange a body", () => {
    expect(
      find(
        run("The Nairobi Securities Exchange funded the Umoja Youth Collective."),
        "Nairobi Securities Exchange",
      )?.kind,
    ).not.toBe("event");
  });
});

describe("a project that ends a list of three or more bodies is run as a body", () => {
  it.each([
    "Taking part were delegations of the Kisumu Youth Network, the Lake Women Union and the Ombili Women's Recycling Project.",
    "Grants went to the Kisumu Youth Network, Lake Women Union, and the Ombili Women's Recycling Project.",
    "Members include the Kisumu Youth Network, the Lake Women Union, and Ombili Women's Recycling Project.",
  ])("%s", (sentence) => {
    expect(find(run(sentence), "Ombili Women's Recycling Project")?.kind).toBe("organisation");
  });
  it("keeps a project beside one body an event", () => {
    const ex = run("The Umoja Fund supports the Kisumu Youth Network and the Clean Water Project.");
    expect(find(ex, "Clean Water Project")?.kind).toBe("event");
  });
});

describe("a body's acronym before a regional exchange names the exchange", () => {
  it.each([
    [
      "Forty members went to the SARN Regional Reclaimers' Exchange in Windhoek.",
      "SARN Regional Reclaimers' Exchange",
    ],
    [
      "KWN delegates joined the ECOWAS Regional Fishers' Exchange in Lomé last week.",
      "ECOWAS Regional Fishers' Exchange",
    ],
    [
      "The PFN Senior Weavers' Exchange took place in Dori on 3 May 2025.",
      "PFN Senior Weavers' Exchange",
    ],
  ])("%s", (sentence, name) => {
    expect(find(run(sentence), name)?.kind).toBe("event");
  });
  it("still reads a body's acronym, a title and its holder apart", () => {
    const ex = run("UNDP Regional Director Ahmed Ali opened the Kisumu Youth Forum meeting.");
    expect(find(ex, "Ahmed Ali")?.kind).toBe("person");
  });
});

describe("a region's adjective before a body's kind names no body", () => {
  it.each([
    [
      "Rete Brace is the Mediterranean network of communities rebuilding after wildfire.",
      "Mediterranean network",
    ],
    [
      "The weavers joined the West African network of craft groups in 2024.",
      "West African network",
    ],
    ["Delegates of the European association of fishers met in Sulina.", "European association"],
  ])("%s", (sentence, phrase) => {
    expect(find(run(sentence), phrase)).toBeUndefined();
  });
  it("keeps a name before a body's kind", () => {
    expect(find(run("They met the Harikar organisation in Duhok."), "Harikar")?.kind).toBe(
      "organisation",
    );
  });
});

describe("an acronym in brackets spells no name across a semicolon or colon", () => {
  it.each([
    [
      "Presented by Lena Park, Liaison Office in Armenia; Discussant: Dr. Davit Sahakyan (ADSA).",
      "Liaison Office in Armenia",
    ],
    [
      "Chaired by Ruth Achieng, Kisumu Basin Office; Rapporteur: Dr. Joseph Otieno (KBORO).",
      "Kisumu Basin Office",
    ],
    [
      "Welcome by Sara Moyo, Coastal Office in Kenya; Host: Mr. Ali Hassan (KHAH).",
      "Coastal Office in Kenya",
    ],
  ])("%s", (sentence, body) => {
    const ex = run(sentence);
    expect(find(ex, body)?.kind).toBe("organisation");
    const crossing = ex.entities.filter((e) => /[;:|]/.test(e.label));
    expect(crossing.map((e) => e.label)).toEqual([]);
  });
});

describe("a name after an honorific, then a body's acronym the name does not spell, is a person's", () => {
  it.each([
    ["Discussant: Dr. Rashid Mammadov (AGU).", "Rashid Mammadov"],
    ["We thank Eng. Faris Haddad (JVA), who led the site visit.", "Faris Haddad"],
    ["The keynote came from Prof. Amara Okoye (UNILAG) on Monday.", "Amara Okoye"],
    ["Questions were answered by Mrs Bintu Sesay (WCC) and her team.", "Bintu Sesay"],
  ])("%s", (sentence, person) => {
    expect(find(run(sentence), person)?.kind).toBe("person");
  });
});

describe("a heading's place between its event's name and date is no part of the name", () => {
  it.each([
    ["## 3rd Delta Women Forum · Mopti, Mali · 12–13 March 2025", "3rd Delta Women Forum"],
    ["# Coastal Fishers Congress – Beira, Mozambique, 4–6 June 2024", "Coastal Fishers Congress"],
    ["## Second Highland Youth Summit • Gonder • 1–2 July 2025", "Second Highland Youth Summit"],
  ])("%s", (heading, name) => {
    const ex = run(heading, "", "Some 200 people took part in the two days of debate.");
    expect(ex.entities.filter((e) => e.kind === "event").map((e) => e.label)).toEqual([name]);
  });
});

describe("a person after an honorific, 'of' and their body with no head, then its town", () => {
  it.each([
    [
      "We welcomed Mme Fifamè Hounsa of Alafia Solidarité in Cotonou, who spoke.",
      "Fifamè Hounsa",
      "Alafia Solidarité",
    ],
    ["Greetings came from Mlle Awa Diop of Jigeen Yi in Dakar.", "Awa Diop", "Jigeen Yi"],
    ["Sra. Marta Quispe of Warmi Pura in La Paz led the march.", "Marta Quispe", "Warmi Pura"],
    ["Dr. Ana Ruiz from Casa Abierta in Managua opened the session.", "Ana Ruiz", "Casa Abierta"],
  ])("%s", (sentence, person, body) => {
    const ex = run(sentence);
    expect(find(ex, person)?.kind).toBe("person");
    expect(find(ex, body)?.kind).toBe("organisation");
  });

  it("a known body keeps its place", () => {
    expect(
      find(run("The study was led by CARE International in Iraq."), "CARE International in Iraq"),
    ).toBeDefined();
  });
});

describe("an imperative before a person's name opens no name", () => {
  it.each([
    [
      "Questions? Contact Colleen Harkavy, Senior Program Officer, at the Ashgrove Fund.",
      "Colleen Harkavy",
    ],
    ["Meet Dana Whitlow, the new director of the Pinecrest Reading Society.", "Dana Whitlow"],
    [
      "To join, write to the Lakeshore Literacy Alliance. Ask Tomas Reyes, its coordinator, for a form.",
      "Tomas Reyes",
    ],
  ])("%s", (sentence, person) => {
    const ex = run("News", "", `Chicago, 3 March 2025. ${sentence}`);
    expect(find(ex, person)?.kind).toBe("person");
    expect(ex.entities.some((e) => /^(?:Contact|Meet|Ask|Email) /.test(e.label))).toBe(false);
  });
});
