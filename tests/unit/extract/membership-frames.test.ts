/**
 * Memberships and affiliations told in the ways reports tell them: relative clauses, pronoun
 * subjects, "of which", joining a network, a body's board, a post's @-mention of a page.
 * Each class is tested with several phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, related, run } from "./query.ts";

describe("a body's membership of a collective body", () => {
  it.each([
    [
      "The Hope Foundation, which is a member of the Sunrise Network, spoke at the assembly.",
      "Hope Foundation",
      "Sunrise Network",
    ],
    [
      "Delegates of Tala Relief, itself a founding member of the Coastal Aid Alliance, visited the port.",
      "Tala Relief",
      "Coastal Aid Alliance",
    ],
    [
      "Assessments were made with the Basra NGO Committee (BNC), of which the Tamkeen Society is a member.",
      "Tamkeen Society",
      "Basra NGO Committee",
    ],
    [
      "Last year the Dijla Women's Union joined the Iraqi Women Network.",
      "Dijla Women's Union",
      "Iraqi Women Network",
    ],
  ])("%s", (sentence, member, body) => {
    expect(related(run(sentence), member, body)).toEqual(["part_of"]);
  });

  it.each([
    [
      "Noor Centre is a Jordanian NGO founded in 2010.",
      "It is a member of the Jordan NGO Forum and of the Civic Space Alliance.",
      "Noor Centre",
      ["Jordan NGO Forum", "Civic Space Alliance"],
    ],
    [
      "The Sabeel Association works with farmers in the Jordan Valley.",
      "The association is also an active member of the Arab Water Network, the Rural Women Coalition and the Valley Farmers Union.",
      "Sabeel Association",
      ["Arab Water Network", "Rural Women Coalition", "Valley Farmers Union"],
    ],
    [
      "Rahma Relief was registered in Aden in 2015.",
      "They are members of the Yemen Civil Society Coalition as well as of the Gulf Aid Platform.",
      "Rahma Relief",
      ["Yemen Civil Society Coalition", "Gulf Aid Platform"],
    ],
  ])("a pronoun subject stands for the body before: %s %s", (first, second, member, bodies) => {
    const ex = run(first, second);
    for (const body of bodies) expect(related(ex, member, body)).toEqual(["part_of"]);
  });

  it.each([
    [
      "Tala Relief met the mayor of Tyre on 3 May 2024.",
      "",
      "He is a member of the Coastal Aid Alliance.",
      "Tala Relief",
      "Coastal Aid Alliance",
    ],
    [
      "The Sabeel Association works with farmers.",
      "Prices rose sharply in 2023 across the valley.",
      "It is a member of the Arab Water Network.",
      "Sabeel Association",
      "Arab Water Network",
    ],
  ])("no membership for a body the pronoun does not stand for: %s", (a, b, c, member, body) => {
    expect(related(run(a, b, c), member, body)).toEqual([]);
  });

  it("joining a workshop is no membership", () => {
    const ex = run(
      "The Dijla Women's Union joined the Media Skills Workshop in Basra on 3 May 2023.",
    );
    expect(related(ex, "Dijla Women's Union", "Media Skills Workshop")).not.toContain("part_of");
  });
});

describe("a body's governing board stands for the body", () => {
  it.each([
    [
      "Omar Nadim, Chairman of the Board of Basma Relief, welcomed the guests.",
      "Omar Nadim",
      "Basma Relief",
    ],
    [
      "Dr. Huda Salim, a member of the Board of Directors of Tamkin Foundation, attended the forum.",
      "Huda Salim",
      "Tamkin Foundation",
    ],
    [
      "The plan was approved by Lina Aziz, President of the Board of Trustees of the Sanad Institute.",
      "Lina Aziz",
      "Sanad Institute",
    ],
  ])("%s", (sentence, person, body) => {
    const ex = run(sentence);
    expect(related(ex, person, body)).toEqual(["part_of"]);
    expect(ex.entities.some((e) => /^Board\b/.test(e.label))).toBe(false);
  });

  it("a board named for its work is a body of its own", () => {
    const ex = run("Ali Hassan, President of the Board of Supreme Audit, opened the session.");
    expect(find(ex, "Board of Supreme Audit")?.kind).toBe("organisation");
  });
});

describe("a post's @-mention of a page names the page", () => {
  it.each([
    [
      "Thanks to our jury, Ali Kamal from @Northern Angel Investors and Reem Odeh from @Irbid Youth Hub!",
      [
        ["Ali Kamal", "Northern Angel Investors"],
        ["Reem Odeh", "Irbid Youth Hub"],
      ],
    ],
    [
      "Great panel with Sana Dabbas (@Women Traders Association) and Karim Zaki (@Zarqa Chamber of Commerce).",
      [
        ["Sana Dabbas", "Women Traders Association"],
        ["Karim Zaki", "Zarqa Chamber of Commerce"],
      ],
    ],
    [
      "Huge thanks to Mona Ali of @Basma Relief Society for her talk.",
      [["Mona Ali", "Basma Relief Society"]],
    ],
  ])("%s", (sentence, pairs) => {
    const ex = run(sentence);
    for (const [person, body] of pairs) {
      expect(find(ex, body ?? "")?.kind).toBe("organisation");
      expect(related(ex, person ?? "", body ?? "")).toEqual(["part_of"]);
    }
  });

  it("keeps a handle of one word and an e-mail address as they are", () => {
    const ex = run("Tigris Youth @TigrisYouth · May 3", "", "Write to info@Sawa.org for details.");
    expect(ex.entities.some((e) => e.label === "Sawa")).toBe(false);
  });
});

describe("a platform is a network, or the gathering a body hosts", () => {
  it.each([
    ["The Misrata Civil Society Platform called for the release of the activists.", "organisation"],
    ["Members of the Eastern Youth Platform met the governor.", "organisation"],
    ["The ministry hosted the Annual Civil Society Platform for Water on 3 May 2023.", "event"],
    ["The mission hosts the Youth Dialogue Platform in Erbil on 5 June 2024.", "event"],
  ])("%s", (sentence, kind) => {
    const ex = run(sentence);
    const platform = ex.entities.find((e) => /Platform/.test(e.label));
    expect(platform?.kind).toBe(kind);
  });
});

describe("an 'About' section's heading names its body", () => {
  it.each([
    ["About Noor Centre", "Noor Centre is a Jordanian NGO founded in 2010."],
    ["## About the Sabeel Association", "The Sabeel Association works with farmers."],
    ["About Rahma Relief:", "Rahma Relief was registered in Aden in 2015."],
  ])("%s", (heading, sentence) => {
    const ex = run("Farmers plant trees in the valley", "", sentence, "", heading, sentence);
    expect(ex.entities.some((e) => /^About\b/.test(e.label))).toBe(false);
  });
});

describe("towns of every region are places, not bodies", () => {
  it.each([
    [
      "Lawyers from Peshawar, Quetta and Karachi met the Sahar Legal Forum on 3 May 2024.",
      ["Peshawar", "Quetta", "Karachi"],
    ],
    [
      "The Linden Fund held its convening in Kathmandu with partners from Bamako and Tbilisi.",
      ["Kathmandu", "Bamako", "Tbilisi"],
    ],
    [
      "Trainers of the Andes Rights Centre travelled from Cúcuta to Kharkiv and Goma.",
      ["Cúcuta", "Kharkiv", "Goma"],
    ],
  ])("%s", (sentence, places) => {
    const ex = run(sentence);
    for (const p of places) expect(find(ex, p)).toBeUndefined();
  });

  it("a first name that is also a town keeps the person whole", () => {
    const ex = run(
      "Hodan Cali Nuur and Sofia Remmel spoke at the Mogadishu Youth Forum on 2 May 2024.",
    );
    expect(find(ex, "Hodan Cali Nuur")?.kind).toBe("person");
    expect(find(ex, "Sofia Remmel")?.kind).toBe("person");
  });
});

describe("an office named for the title it serves is one body", () => {
  it.each([
    [
      "The programme is funded by the Office of the Prime Minister.",
      "Office of the Prime Minister",
    ],
    [
      "Staff of the Office of the High Commissioner visited the camp.",
      "Office of the High Commissioner",
    ],
    [
      "A letter from the Office of the Deputy Governor reached the council.",
      "Office of the Deputy Governor",
    ],
  ])("%s", (sentence, body) => {
    expect(find(run(sentence), body)?.kind).toMatch(/organisation|funder/);
  });
});

describe("memberships of bodies given with their acronyms", () => {
  it.each([
    [
      "ILAN is a member of the Asia Refugee Rights Network (ARRN) and of the Civil Society Coalition on Refugees (CSCR).",
      "ILAN",
      ["Asia Refugee Rights Network", "Civil Society Coalition on Refugees"],
    ],
    [
      "The Tala Relief Society is a member of the Coastal Aid Alliance (CAA), the Gulf NGO Forum (GNF) and the Sahel Water Network.",
      "Tala Relief Society",
      ["Coastal Aid Alliance", "Gulf NGO Forum", "Sahel Water Network"],
    ],
    [
      "Basma Relief is an active member of the Aden Civil Society Network (ACSN) as well as of the Yemen Women Coalition (YWC).",
      "Basma Relief",
      ["Aden Civil Society Network", "Yemen Women Coalition"],
    ],
  ])("%s", (sentence, member, bodies) => {
    const ex = run(sentence);
    for (const b of bodies) expect(related(ex, member, b)).toEqual(["part_of"]);
  });
});

describe("titles written with a hyphen, and honorifics of the region", () => {
  it.each([
    [
      "Advocate Bimala Pokharel, Vice-President of the Nepal Bar Association, spoke.",
      "Bimala Pokharel",
      "Nepal Bar Association",
    ],
    [
      "Hajiya Zara Bukar, Permanent Secretary of the Borno Ministry of Women Affairs, opened the meeting.",
      "Zara Bukar",
      "Borno Ministry of Women Affairs",
    ],
    [
      "Alhaji Musa Danladi, Co-Chair of the Kano Traders Association, welcomed the guests.",
      "Musa Danladi",
      "Kano Traders Association",
    ],
  ])("%s", (sentence, person, body) => {
    const ex = run(sentence);
    expect(find(ex, person)?.kind).toBe("person");
    expect(related(ex, person, body)).toEqual(["part_of"]);
  });
});

describe("a header's role line with the body in brackets", () => {
  it.each([
    ["Chair: Tomas Berg, Cluster Coordinator (UNHCR)", "Tomas Berg", "UNHCR"],
    [
      "Co-chair: Leila Haddad, Programme Director (Sawa Women Association)",
      "Leila Haddad",
      "Sawa Women Association",
    ],
    [
      "Minutes: Ana Ruiz, Information Management Officer (Shelter Cluster)",
      "Ana Ruiz",
      "Shelter Cluster",
    ],
  ])("%s", (line, person, body) => {
    const ex = run(
      "Shelter Cluster Meeting",
      "",
      "Date: 14/02/2024",
      "Venue: Kharkiv",
      line,
      "",
      "The Chair opened the meeting.",
    );
    expect(related(ex, person, body)).toContain("part_of");
  });
});

describe("a social post's author and commenters with their headline", () => {
  it.each([
    [
      [
        "Andrii Sirko • 2nd",
        "Project Manager at Dobro Charitable Foundation | Legal aid | Kharkiv",
        "3w • Edited",
      ],
      "Andrii Sirko",
      "Dobro Charitable Foundation",
    ],
    [
      ["Mona Saleh (She/Her) • 1st", "Programme Officer at the Aden Women Union"],
      "Mona Saleh",
      "Aden Women Union",
    ],
    [
      ["Olha Kravchuk • ICLA Coordinator at Norwegian Refugee Council"],
      "Olha Kravchuk",
      "Norwegian Refugee Council",
    ],
  ])("%j", (header, person, body) => {
    const ex = run(...header, "", "Great to see the launch of our new legal aid project today!");
    expect(related(ex, person, body)).toEqual(["part_of"]);
  });
});

describe("a platform's short name inside the name of the document's gathering", () => {
  it.each([
    [
      "Mission hosts Civil Society Platform in Erbil",
      "The mission hosted the Annual Civil Society Platform for Water Rights on 3 May 2023 in Erbil.",
    ],
    [
      "Youth Dialogue Platform opens in Basra",
      "The Third Youth Dialogue Platform on Jobs opened in Basra on 5 June 2024.",
    ],
    [
      "Council convenes Women's Peace Platform",
      "The council convened the 2024 Women's Peace Platform of Nineveh on 2 March 2024.",
    ],
  ])("%s", (headline, sentence) => {
    const events = run(headline, "", sentence).entities.filter((e) => e.kind === "event");
    expect(events).toHaveLength(1);
  });
});

describe("the founders of a collective body", () => {
  it.each([
    [
      "The Refugee Inclusion Consortium Moldova (RICM) was set up in March 2023 by Horizon Aid International, Casa Sperantei Association and the Lex Via Legal Centre.",
      "Refugee Inclusion Consortium Moldova",
      ["Horizon Aid International", "Casa Sperantei Association", "Lex Via Legal Centre"],
    ],
    [
      "The Sahel Women's Network was founded by the Niamey Lawyers Association and Kayes Women's Union.",
      "Sahel Women's Network",
      ["Niamey Lawyers Association", "Kayes Women's Union"],
    ],
    [
      "The Coastal Aid Alliance was jointly established in 2019 by Tala Relief and the Hope Foundation.",
      "Coastal Aid Alliance",
      ["Tala Relief", "Hope Foundation"],
    ],
  ])("%s", (sentence, body, members) => {
    const ex = run(sentence);
    for (const member of members) expect(related(ex, member, body)).toEqual(["part_of"]);
  });

  it("a body that is no collective has no members by founding", () => {
    const ex = run("The Basra Eye Clinic was founded by the Hope Foundation in 2004.");
    expect(related(ex, "Hope Foundation", "Basra Eye Clinic")).toEqual([]);
  });
});

describe("a contact line names a person and their body", () => {
  it.each([
    [
      "Selvi Tharmalingam, Director, Mullaitivu Women Collective – director@mwdc.lk",
      "Selvi Tharmalingam",
      "Mullaitivu Women Collective",
    ],
    [
      "Mathivathani Rajan, Attorney-at-Law, Legal Coordinator, Vanni Legal Aid Foundation – legal@vlaf.lk",
      "Mathivathani Rajan",
      "Vanni Legal Aid Foundation",
    ],
    [
      "Casa Luminii Association: Doina Lupascu, Communications Officer, +373 22 000 418",
      "Doina Lupascu",
      "Casa Luminii Association",
    ],
    [
      "Horizon Aid International: Emma Hart, Regional Communications Manager, press@horizonaid.org",
      "Emma Hart",
      "Horizon Aid International",
    ],
  ])("%s", (line, person, body) => {
    const ex = run(
      "Hope Fund opens a clinic",
      "",
      "The clinic opened on 3 May 2024.",
      "",
      "CONTACTS",
      line,
    );
    expect(find(ex, person)?.kind).toBe("person");
    expect(related(ex, person, body)).toEqual(["part_of"]);
  });
});

describe("a bracket after a name defines no acronym that a long form spells elsewhere", () => {
  it.each([
    [
      "Notes: Zaw Min Oo (HAI)",
      "* Horizon Aid International (HAI) - Zaw Min Oo, Protection Manager",
      "HAI",
      "Horizon Aid International",
    ],
    [
      "Rapporteur: Lina Saleh (WRN)",
      "The Women's Rights Network (WRN) hosted the meeting.",
      "WRN",
      "Women's Rights Network",
    ],
  ])("%s", (first, second, short, long) => {
    const ex = run("Minutes", "", first, "", second);
    expect(find(ex, short)?.label).toBe(long);
  });
});

describe("the people who signed for the parties", () => {
  it.each([
    [
      "The agreements were signed at the Embassy in Baghdad on 3 May 2024. They were signed on behalf of the organisations by Ms. Nadia Ibrahim, Director of the Sumer Women Organisation, and Mr. Ali Mahdi, Director of Qistas Center.",
      ["Nadia Ibrahim", "Ali Mahdi"],
    ],
    [
      "The memorandum was signed on 12 May 2024 in Erbil. It was signed on behalf of the two universities by Prof. Karwan Aziz and Dr. Hana Yousif.",
      ["Karwan Aziz", "Hana Yousif"],
    ],
    [
      "The charter was co-signed by Dr. Amina Yusuf and Mr. Musa Bello at the Kano forum on 4 June 2024.",
      ["Amina Yusuf", "Musa Bello"],
    ],
  ])("%s", (text, signers) => {
    const ex = run(text);
    const events = ex.entities.filter((e) => e.kind === "event").map((e) => e.id);
    expect(events.length).toBeGreaterThan(0);
    for (const signer of signers) {
      const id = find(ex, signer)?.id;
      expect(ex.relations.some((r) => r.source === id && events.includes(r.target))).toBe(true);
    }
  });
});

describe("a headline's signing, the body's signing and its ceremony are one event", () => {
  it.each([
    [
      "Sweden signs two grant agreements with Kurdish civil society groups",
      "Today, Sweden's Ambassador, H.E. Anna Berg, signed two grant agreements with civil society groups in Erbil. The agreements, with a combined value of SEK 4 million, were signed at a ceremony at the Consulate in Erbil.",
    ],
    [
      "UNDP and Basra University sign partnership agreement",
      "UNDP signed a partnership agreement with Basra University on 4 May 2024. The document, which covers three years, was signed at a short ceremony on the campus.",
    ],
    [
      "Ministry signs memorandum with the Women's Network",
      "The Ministry of Social Affairs signed a memorandum of understanding with the Women's Network on Sunday. The memorandum was signed during a ceremony at the ministry.",
    ],
  ])("%s", (headline, body) => {
    const ex = run(headline, "", body);
    const events = ex.entities.filter((e) => e.kind === "event");
    expect(events.map((e) => e.label)).toHaveLength(1);
    expect(events[0]?.label).toMatch(/^signing of /);
  });
});

describe("a post's account name over its handle", () => {
  it.each([
    ["Yobe Women & Children Dev. Initiative", "@YOWCDI_Nigeria", "YOWCDI"],
    ["Hope Foundation for Girls' Education", "@HFGE_Kenya · Follow", "HFGE"],
    ["Tigris Youth Network", "@TYN_Basra", "TYN"],
  ])("%s", (account, handle, acronym) => {
    const ex = run(
      "Post",
      "",
      account,
      handle,
      "",
      "Today we wrapped up a 3-day training of trainers in Damaturu with 32 women group leaders.",
    );
    const body = find(ex, account);
    expect(body?.kind).toBe("organisation");
    expect(body?.aliases).toContain(acronym);
    expect(ex.entities.some((e) => e.kind === "event" && e.label === account)).toBe(false);
  });
});

describe("a list under a heading of members names the body's members, who take part", () => {
  it.each([
    [
      "Member organisations of the PCCS",
      "The Platform for Social Cohesion (PCCS) convened the National Dialogue on Elections in Abidjan on 3 December 2024.",
      "PCCS",
    ],
    [
      "Members of the KYN:",
      "The Kivu Youth Network (KYN) held its Peace Caravan in Goma on 12 May 2023.",
      "KYN",
    ],
    [
      "## Member associations of the Sahel Water Alliance",
      "The Sahel Water Alliance organised the Water Rights Forum in Niamey on 7 March 2022.",
      "Sahel Water Alliance",
    ],
    [
      "ANNEX 2 – MEMBER ORGANISATIONS REPRESENTED IN PERSON",
      "The Annual Meeting of the Andes Rural Network took place in Cusco on 14 September 2024. The Andes Rural Network thanked its hosts.",
      "Andes Rural Network",
    ],
    [
      "Member organisations present:",
      "The Danube Roma Coalition held its Annual Conference in Novi Sad on 2 June 2023. The Danube Roma Coalition elected a new board.",
      "Danube Roma Coalition",
    ],
  ])("%s", (heading, story, network) => {
    const ex = run(
      "Report",
      "",
      story,
      "",
      heading,
      "1.  Hawa Solidarity Association – Gothenburg",
      "2.  Tawasol Association (TA) – Marseille",
      "3.  Nawras Cultural Association – Oslo",
    );
    const event = ex.entities.find((e) => e.kind === "event")?.label ?? "";
    for (const member of [
      "Hawa Solidarity Association",
      "Tawasol Association",
      "Nawras Cultural Association",
    ]) {
      expect(related(ex, member, network)).toContain("part_of");
      expect(related(ex, member, event)).toContain("participated");
    }
  });

  it("a list of partners under its own heading is no list of members", () => {
    const ex = run(
      "Statement",
      "",
      "The Platform for Social Cohesion (PCCS) convened the National Dialogue on Elections in Abidjan on 3 December 2024.",
      "",
      "Member organisations of the PCCS",
      "1.  Tawasol Association (TA) – Bouaké",
      "",
      "Partner organisations",
      "2.  Volta Women Network (VOWIM) – Ho, Ghana",
    );
    expect(related(ex, "Tawasol Association", "PCCS")).toContain("part_of");
    expect(related(ex, "Volta Women Network", "PCCS")).not.toContain("part_of");
  });
});

describe("a colon after a collective body's cue opens a list that semicolons divide", () => {
  it.each([
    "The Highlands Peace Network brings together: the Enga Women Association; the Wabag Youth Union; and the Hela Peace Coalition.",
    "The Delta Water Alliance comprises: Enga Women Association; Wabag Youth Union; Hela Peace Coalition.",
    "Today the Coastal Fishers Federation includes: the Enga Women Association (Lae); the Wabag Youth Union (Wabag); and the Hela Peace Coalition (Tari).",
  ])("%s", (text) => {
    const ex = run("Bulletin", "", text);
    const network =
      ex.entities.find((e) => /Network|Alliance|Federation/.test(e.label))?.label ?? "";
    for (const member of ["Enga Women Association", "Wabag Youth Union", "Hela Peace Coalition"])
      expect(related(ex, member, network)).toContain("part_of");
  });
});
