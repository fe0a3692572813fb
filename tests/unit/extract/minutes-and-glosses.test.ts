/**
 * Minutes of a forum's meeting, activities named by compound nouns (a legal clinic, a case
 * management refresher), titles that end in a holder's noun, glosses in brackets between a
 * project's name and its noun, and a launch told in the passive with a date before its agent.
 * Phrasings written for these tests, with the near misses the rules must leave alone.
 */
import { describe, expect, it } from "vitest";
import { find, related, run } from "./query.ts";

const eventLabels = (ex: ReturnType<typeof run>) =>
  ex.entities.filter((e) => e.kind === "event").map((e) => e.label);

describe("the minutes of a forum's meeting", () => {
  it.each([
    [
      "Lira District Protection Forum",
      "Minutes of the Quarterly Coordination Meeting (Q3 2025)",
      "Quarterly Coordination Meeting",
    ],
    [
      "Bo Education Working Group",
      "Minutes of the Monthly Partners Meeting",
      "Monthly Partners Meeting",
    ],
    [
      "Kisumu Climate Platform",
      "Minutes of the Annual General Meeting (2nd quarter)",
      "Annual General Meeting",
    ],
  ])("%s / %s", (forum, title, meeting) => {
    const ex = run(
      forum,
      "",
      title,
      "",
      "Date: Tuesday 09/09/2025, 10:00 – 13:10",
      "Chair: Lake Women's Network",
      "",
      "The meeting opened at 10:00 with introductions.",
    );
    expect(eventLabels(ex)).toEqual([meeting]);
    expect(find(ex, forum)?.kind).not.toBe("event");
    expect(find(ex, meeting)?.date?.start).toBe("2025-09-09");
  });

  it("a forum that is the gathering itself stays an event", () => {
    const ex = run(
      "KISUMU, 9 September 2025 – The Lake Peace Forum opened on 8 September with 200 delegates.",
    );
    expect(find(ex, "Lake Peace Forum")?.kind).toBe("event");
  });
});

describe("activities named by a compound noun", () => {
  it.each([
    [
      "KLAC and the Legal Aid Board held a joint legal clinic at Blama market on 28 August.",
      "joint legal clinic",
      "Legal Aid Board",
    ],
    [
      "The Border Legal Network ran a mobile legal clinic in Mae Sot on 3 May.",
      "mobile legal clinic in Mae Sot",
      "Border Legal Network",
    ],
    [
      "UNFPA will facilitate a two-day case management refresher for case workers on 23–24 September.",
      "two-day case management refresher for case workers",
      "UNFPA",
    ],
  ])("%s", (sentence, event, body) => {
    const ex = run(`KENEMA, 9 September 2025 – ${sentence}`);
    expect(eventLabels(ex)).toContain(event);
    expect(related(ex, body, event).length).toBeGreaterThan(0);
  });

  it("a clinic named as a body stays a body", () => {
    const ex = run("The Open Horizons Foundation funds the Bayt al-Haqq Legal Clinic in Amman.");
    expect(find(ex, "Bayt al-Haqq Legal Clinic")?.kind).toBe("organisation");
  });
});

describe("a title ending in a holder's noun names no event", () => {
  it.each([
    "| 11 | Yeabu Conteh | UNFPA | GBV Programme Analyst |",
    "Grace Akello, Livelihoods Project Officer at the Lira Youth Trust, opened the meeting.",
    "The Training Programme Coordinator of the Lira Youth Trust, Peter Okot, spoke.",
  ])("%s", (line) => {
    const ex = run(
      "KENEMA, 9 September 2025 – The Lira Youth Trust held a meeting on 8 September.",
      line,
    );
    expect(eventLabels(ex).some((l) => /Analyst|Officer|Coordinator/.test(l))).toBe(false);
  });
});

describe("a gloss in brackets between a project's name and its noun", () => {
  it.each([
    [
      'A. Lahai presented the Sabi Yu Rayt ("Know Your Rights") project, which Harbourlight implements from 01/01/2025 to 31/12/2026.',
      "Sabi Yu Rayt",
      "Harbourlight",
    ],
    [
      "The network runs the Tumaini (Hope) programme with the Lake Women's Network since January 2024.",
      "Tumaini",
      "Lake Women's Network",
    ],
    [
      "Harbourlight presented the Sauti Yetu (Our Voice) initiative, which it runs with GOWID from 2025 to 2027.",
      "Sauti Yetu",
      "GOWID",
    ],
  ])("%s", (sentence, name, body) => {
    const ex = run(`KENEMA, 9 September 2025 – ${sentence}`);
    expect(find(ex, name)?.kind).toBe("event");
    expect(related(ex, body, name).length).toBeGreaterThan(0);
  });
});

describe("a launch told in the passive, a date before its agent", () => {
  it.each([
    "The Mama Dunia campaign was launched in May 2024 by the Lake Women's Network.",
    "The Safe Roads campaign was launched on 3 May by the Lake Women's Network.",
    "The helpline was launched in Kisumu on 3 May by the Lake Women's Network.",
  ])("%s", (sentence) => {
    const ex = run(`KISUMU, 9 September 2025 – ${sentence}`);
    expect(eventLabels(ex).some((l) => /^launched/.test(l))).toBe(false);
    expect(eventLabels(ex).some((l) => /Launch of the Lake/.test(l))).toBe(false);
  });
});

describe("gatherings named in the words of their region", () => {
  it.each([
    [
      "We met in Gwanda on 2 and 3 October at the Matabeleland South Water and Drought Indaba.",
      "Matabeleland South Water and Drought Indaba",
    ],
    ["The Limpopo Youth Imbizo took place in Polokwane on 4 May.", "Limpopo Youth Imbizo"],
    [
      "Elders and women met at a community baraza in Kilifi on 12 June.",
      "community baraza in Kilifi",
    ],
  ])("%s", (sentence, name) => {
    expect(find(run(`GWANDA, 3 October 2025 – ${sentence}`), name)?.kind).toBe("event");
  });
});

describe("'fair' as an adjective names no event", () => {
  it.each([
    "Joint Statement: communities call for a fair drought recovery",
    "Farmers demand a fair price for milk",
    "Observers ask for fair elections in the province",
  ])("%s", (headline) => {
    const ex = run(
      headline,
      "",
      "GWANDA, 3 October 2025 – The Lake Women's Network published its report on the province's farms.",
    );
    expect(ex.entities.some((e) => e.kind === "event" && /fair/i.test(e.label))).toBe(false);
  });

  it("a book fair is one", () => {
    const ex = run(
      "BENGHAZI, 20 October 2021 – From 14 to 16 October a small book fair brought together eleven publishers.",
    );
    expect(ex.entities.some((e) => e.kind === "event" && /book fair/.test(e.label))).toBe(true);
  });
});

describe("the owner of the channel money goes through funds nothing", () => {
  it.each([
    "The indaba was made possible by Sida, through the coalition's programme Amanzi Ngawethu, and by UNDP.",
    "The forum was funded by the EU through the network's Safe Water project.",
    "The dialogue was supported by Irish Aid via the coalition's own small grants window.",
  ])("%s", (sentence) => {
    const ex = run(
      "GWANDA, 3 October 2025 – The Lake Water Coalition convened the Gwanda Water Forum on 2 October. " +
        sentence,
    );
    expect(related(ex, "Lake Water Coalition", "Gwanda Water Forum")).not.toContain("funded");
  });
});

describe("a quoted gloss in brackets is the event's other name", () => {
  it.each([
    [
      "the programme Amanzi Ngawethu (“The water is ours”), which runs until 2026",
      "Amanzi Ngawethu",
      "The water is ours",
    ],
    ['the campaign Sauti Yetu ("Our voice counts") in May 2025', "Sauti Yetu", "Our voice counts"],
    ["the Tumaini Festival (‘Hope for all’) on 3 May", "Tumaini Festival", "Hope for all"],
  ])("%s", (phrase, name, gloss) => {
    const ex = run(`GWANDA, 3 October 2025 – The Lake Water Coalition runs ${phrase}.`);
    expect(find(ex, gloss)?.id).toBe(find(ex, name)?.id);
  });

  it("an unquoted remark in brackets is no name", () => {
    const ex = run(
      "GWANDA, 3 October 2025 – The Gwanda Water Forum (See annex for details) closed on 2 October.",
    );
    expect(find(ex, "See annex for details")).toBeUndefined();
  });
});

describe("a camp named by its theme is a training, and 'the camp' refers to it", () => {
  it.each([
    [
      "Sixty young people came together for the first Malaita Youth Climate Camp in Auki from 13 to 17 October.",
      "Malaita Youth Climate Camp",
    ],
    ["The Lake Girls Camp took place in Kisumu from 4 to 8 August.", "Lake Girls Camp"],
    ["Forty pupils joined the Kivu Holiday Camp in Goma from 1 to 5 July.", "Kivu Holiday Camp"],
  ])("%s", (sentence, camp) => {
    const ex = run(
      "Lake Youth Network",
      "20 October at 14:32",
      "",
      `${sentence} The camp was organised by the Lake Youth Network.`,
      "",
      "Comment: our officer ran the session on safeguarding.",
    );
    const events = ex.entities.filter((e) => e.kind === "event");
    expect(events.map((e) => e.label)).toEqual([camp]);
    expect(events[0]?.eventType).toBe("training");
    expect(related(ex, "Lake Youth Network", camp).length).toBeGreaterThan(0);
  });
});

describe("a forum a person speaks for is a body", () => {
  it.each([
    [
      "The third session was chaired by Ms. Fathima Ismail of the Kattankudy Women's Development Forum.",
      "Kattankudy Women's Development Forum",
    ],
    [
      "Panellists: Mr. Rizwan Hameed, lawyer, Trincomalee District Land Rights Forum; Ms. Devi Ratnam, President, Valaichchenai Women's Society",
      "Trincomalee District Land Rights Forum",
    ],
    [
      "Speaking were Dr. Ana Pop (Alta Verapaz Indigenous Youth Platform) and Mr. Juan Cux.",
      "Alta Verapaz Indigenous Youth Platform",
    ],
  ])("%s", (line, forum) => {
    const ex = run(
      "BATTICALOA, 12 March 2025 – The Land and Memory workshop took place on 11 March in Batticaloa.",
      "",
      line,
    );
    expect(find(ex, forum)?.kind).toBe("organisation");
  });

  it("a forum that gathers people stays an event", () => {
    const ex = run(
      "BATTICALOA, 12 March 2025 – Ms. Fathima Ismail opened the Eastern Land Rights Forum on 11 March in Batticaloa.",
    );
    expect(find(ex, "Eastern Land Rights Forum")?.kind).toBe("event");
  });
});

describe("a headline that only describes its event is the one event of its kind the body names", () => {
  it.each([
    [
      "LAND, MEMORY AND LIVELIHOODS",
      "A Civil Society Workshop",
      "The Land, Memory and Livelihoods workshop brought together 71 participants.",
      "Land, Memory and Livelihoods workshop",
    ],
    [
      "WATER FOR ALL",
      "A Regional Conference",
      "The Water for All Conference opened with a prayer.",
      "Water for All Conference",
    ],
    [
      "RIVERS AND PEOPLE",
      "A Youth Summit",
      "The Kafue Rivers Youth Summit ended with a field day.",
      "Kafue Rivers Youth Summit",
    ],
  ])("%s / %s", (title, subtitle, body, name) => {
    const ex = run(title, subtitle, "", "Batticaloa, 11-12 March 2025", "", body);
    const ev = find(ex, name);
    expect(ev?.kind).toBe("event");
    expect(find(ex, subtitle)?.id).toBe(ev?.id);
  });
});

describe("a meeting named in another language and glossed in English", () => {
  it.each([
    [
      "Kopano ya maloko (members' meeting) yesterday: 61 members came to the hall and chose our delegates.",
      "Kopano ya maloko",
    ],
    [
      "On Saturday the village held its Asamblea comunitaria (community assembly) in Upala, with the Upala Women Network.",
      "Asamblea comunitaria",
    ],
    [
      "The Umoja Youth Collective hosted Mkutano wa wazee (elders' gathering) on 3 May 2025 in Kisumu.",
      "Mkutano wa wazee",
    ],
    [
      "Fifty weavers met for the Adunni ọjà ọnà (crafts fair) in Abeokuta on 9 June.",
      "Adunni ọjà ọnà",
    ],
  ])("%s", (sentence, name) => {
    expect(find(run(sentence), name)?.kind).toBe("event");
  });
  it("reads no English words and no English event name as a name glossed", () => {
    const ex = run(
      "Last Friday we held a dialogue (community meeting) with the Kisumu Youth Network.",
      "The Youth meeting (first round) drew forty members of the Kisumu Youth Network.",
    );
    expect(eventLabels(ex)).not.toContain("Last Friday we held a dialogue");
    expect(eventLabels(ex)).not.toContain("Friday");
  });
});

describe("a social page's category and counts", () => {
  it.each([
    ["Community Organization · Gaborone, Botswana", "1.3K likes · 1.6K followers"],
    ["Nonprofit organisation · Kisumu, Kenya", "2,410 followers"],
    ["Page · Non-Governmental Organization (NGO)", "12K members"],
  ])("%s", (category, counts) => {
    const ex = run(
      "Umoja Youth Collective",
      category,
      counts,
      "",
      "The Umoja Youth Collective held a clean-up with the Kisumu County Government on 3 May 2025.",
    );
    const labels = ex.entities.map((e) => e.label);
    expect(labels).toContain("Umoja Youth Collective");
    for (const label of labels) {
      expect(label).not.toMatch(/Organi[sz]ation|likes|followers|members/i);
    }
  });
});

it("keeps a sentence that opens with a count of members", () => {
  const ex = run("Kisumu Youth Network", "", "61 members met the Kisumu County Government.");
  expect(find(ex, "Kisumu County Government")).toBeDefined();
});

describe("a name before a lower-case seminar, webinar or summit", () => {
  it.each([
    ["Forty teachers joined the Clean Rivers webinar on 4 May 2025.", "Clean Rivers webinar"],
    [
      "The Lakeside Farmers Union spoke at the Green Roofs seminar in Mzuzu.",
      "Green Roofs seminar",
    ],
    [
      "Delegates met at the Blue Pacific Youth summit in Suva last week.",
      "Blue Pacific Youth summit",
    ],
  ])("%s", (sentence, name) => {
    expect(find(run(sentence), name)?.kind).toBe("event");
  });
});
