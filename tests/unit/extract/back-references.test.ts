/**
 * Relations told across sentences through a back-reference: "Both organisations" and "the two
 * partners" stand for the bodies just named, "Participants came from …" goes on about the event
 * just told of, and the first event a dated section describes is the section's heading event.
 * Also the name boundaries these sentences need: a body and the project it acts for, and two
 * bodies joined by "and" when the second opens with a head of its own language. Each class is
 * tested with phrasings written for these tests and the near misses it must leave alone.
 */
import { describe, expect, it } from "vitest";
import { find, related, run } from "./query.ts";

describe("a plural back-reference stands for the bodies just named", () => {
  it.each([
    [
      "KASAMA, 20 May 2025 – The Lake Women's Network and the Farmers' Union ran a market day in Kasama on 3 May. The two organisations also organised a dialogue on land rights on 10 May.",
      ["Lake Women's Network", "Farmers' Union"],
      "dialogue on land rights",
    ],
    [
      "SUVA, 9 March 2025 – Oxfam and the Pacific Islands Climate Network signed a partnership agreement. Both partners took part in the Suva Climate Dialogue on 3 March.",
      ["Oxfam", "Pacific Islands Climate Network"],
      "Suva Climate Dialogue",
    ],
    [
      "BUKAVU, 4 June 2025 – Green Hope Society, Tumaini Youth Group and the Kivu Peace Centre trained 40 mediators in April. Together, they then held a peace conference on 2 June in Bukavu.",
      ["Green Hope Society", "Tumaini Youth Group", "Kivu Peace Centre"],
      "peace conference",
    ],
  ])("%s", (text, bodies, event) => {
    const ex = run(text);
    for (const b of bodies) expect(related(ex, b, event).length).toBeGreaterThan(0);
  });

  it("a count that does not match the bodies named refers to none of them", () => {
    const ex = run(
      "AMMAN, 9 May 2025 – The Karak Women's Society and the Irbid Youth Centre signed grant contracts. The heads of the three organisations attended the Amman Grants Ceremony on 8 May.",
    );
    expect(related(ex, "Karak Women's Society", "Amman Grants Ceremony")).toEqual([]);
    expect(related(ex, "Irbid Youth Centre", "Amman Grants Ceremony")).toEqual([]);
  });
});

describe("a sentence about the participants goes on about the event just told", () => {
  const lead =
    "DILI, 3 June 2025 – The Timor Rural Water Network (TRWN) runs the Water for All project (2025–2027), funded by the European Union. Under the project, TRWN organised a training for water committees in Baucau on 21 and 22 May.";
  it.each([
    [
      "Participants came from the Ministry of Health and the Dili Youth Network.",
      "Dili Youth Network",
    ],
    ["Trainees were drawn from the Ministry of Health and Caritas Dili.", "Caritas Dili"],
    ["Delegates came from Fundasaun Mahein and WaterAid.", "Fundasaun Mahein"],
    [
      "The participants came from the Ministry of Health and the Dili Youth Network.",
      "Dili Youth Network",
    ],
  ])("%s", (sentence, body) => {
    const ex = run(`${lead} ${sentence}`);
    expect(related(ex, body, "training for water committees in Baucau")).toContain("participated");
    expect(related(ex, body, "Water for All project")).toEqual([]);
  });
});

describe("the first event a dated section describes is the section's heading event", () => {
  const page = (heading: string, body: string) =>
    run(
      "Mzuzu Youth Trust > Our work > Projects",
      "",
      "Safe Futures for Northern Youth",
      "",
      "The Mzuzu Youth Trust runs the Safe Futures for Northern Youth project from 2024 to 2026 with funding from Irish Aid. It trains young people in six districts.",
      "",
      "Project news",
      "",
      "15.01.2025 – Graduation ceremony in Rumphi",
      "Forty trainees received their certificates from the District Commissioner.",
      "",
      heading,
      body,
    );
  it.each([
    [
      "03.04.2024 – Project launch in Mzuzu",
      "The project was officially launched at a meeting with district officials. Speakers included Grace Phiri (Mzuzu Youth Trust) and Peter Banda (Mzimba Youth Forum).",
    ],
    [
      "12.06.2024 – Opening of the Lira youth centre",
      "The centre was opened at a ceremony with chiefs and parents. Speakers included Grace Phiri (Mzuzu Youth Trust) and Peter Banda (Mzimba Youth Forum).",
    ],
    [
      "2 May 2024 – Launch of the Salima helpline",
      "The helpline was presented at a gathering of partners and police officers. Speakers included Grace Phiri (Mzuzu Youth Trust) and Peter Banda (Mzimba Youth Forum).",
    ],
  ])("%s", (heading, body) => {
    const ex = page(heading, body);
    const dated = ex.entities.filter(
      (e) => e.kind === "event" && e.date?.start.startsWith("2024-0"),
    );
    expect(dated).toHaveLength(1);
    for (const person of ["Grace Phiri", "Peter Banda"])
      expect(related(ex, person, dated[0]?.label ?? "").length).toBeGreaterThan(0);
  });
});

describe("a body and the project it acts for are two names", () => {
  it.each([
    [
      "The Timor Rural Water Network received EUR 3.5 million from the German Federal Foreign Office for the Water for All project.",
      "German Federal Foreign Office",
      "Water for All project",
    ],
    [
      "The Ministry of Foreign Affairs of Finland granted EUR 200,000 to the Savanna Women's Association for the Clean Wells for Turkana project.",
      "Savanna Women's Association",
      "Clean Wells for Turkana project",
    ],
    [
      "Staff of the Caritas Internationalis Foundation for the Safe Rivers initiative visited Gulu in May 2024.",
      "Caritas Internationalis Foundation",
      "Safe Rivers initiative",
    ],
  ])("%s", (sentence, body, project) => {
    const ex = run(sentence);
    expect(find(ex, body)?.kind).toMatch(/organisation|funder/);
    expect(find(ex, project)?.kind).toBe("event");
  });

  it("a body's own 'for' stays inside its name", () => {
    const ex = run("The Centre for Peace Studies project ended in May 2024.");
    expect(find(ex, "Centre for Peace Studies")).toBeUndefined();
  });
});

describe("'and' before a head that opens a body's name starts another body", () => {
  it.each([
    [
      "Participants came from the Ministry of Public Works and Caritas Dili.",
      "Ministry of Public Works",
      "Caritas Dili",
    ],
    [
      "The Ministry of Education and Fundación Tierra Viva signed an agreement.",
      "Ministry of Education",
      "Fundación Tierra Viva",
    ],
    [
      "The Ministry of Women and Fundasaun Mahein attended.",
      "Ministry of Women",
      "Fundasaun Mahein",
    ],
    [
      "The Ministry of Agriculture and Timor Rural Water Network signed.",
      "Ministry of Agriculture",
      "Timor Rural Water Network",
    ],
    ["The Ministry of Health and WaterAid trained nurses.", "Ministry of Health", "WaterAid"],
  ])("%s", (sentence, a, b) => {
    const ex = run(sentence);
    expect(find(ex, a)).toBeDefined();
    expect(find(ex, b)).toBeDefined();
  });

  it.each([
    [
      "Staff of the Ministry of Labour and Social Affairs attended.",
      "Ministry of Labour and Social Affairs",
    ],
    [
      "The Department of Peace and Conflict Studies hosted it.",
      "Department of Peace and Conflict Studies",
    ],
    ["The Ministry of Justice and Police hosted it.", "Ministry of Justice and Police"],
  ])("a ministry's portfolios stay one name: %s", (sentence, name) => {
    expect(find(run(sentence), name)).toBeDefined();
  });
});

describe("within a paragraph, speakers without an event of their own speak at the one it tells of", () => {
  const lead =
    "MAE SOT, 4 November 2025 – The Border Legal Network ran legal clinics for workers in October.";
  it.each([
    "On 30 October the network held the Tak Dialogue on Fair Recruitment in Mae Sot with 34 employers. Daw Khin Noe of the Thit Sar Network spoke about lost documents.",
    "The Tak Dialogue on Fair Recruitment took place in Mae Sot on 30 October. Naw Eh Paw, chair of the Hsa Mu Women's Group, called for inspections.",
    "On 30 October the Tak Dialogue on Fair Recruitment brought employers together in Mae Sot. Among the speakers, Saw Kyaw Lin explained the new permit rules.",
  ])("%s", (paragraph) => {
    const ex = run(lead, "", paragraph);
    const person = ex.entities.find((e) => e.kind === "person");
    const dialogue = ex.entities.find((e) => e.kind === "event" && /^Tak Dialogue/.test(e.label));
    expect(related(ex, person?.label ?? "", dialogue?.label ?? "").length).toBeGreaterThan(0);
  });

  it("'Last Thursday' names no one", () => {
    const ex = run(
      "MAE SOT, 4 November 2025 – Last Thursday, the Border Legal Network held a dialogue in Mae Sot.",
    );
    expect(find(ex, "Last Thursday")).toBeUndefined();
  });
});

describe("'we' and 'us' are the body the document speaks for", () => {
  it.each([
    [
      "Last week we co-organised the Lake Climate Forum with the Kisumu Youth Network on 3 May.",
      "Lake Climate Forum",
    ],
    [
      "The Kisumu Peace Dialogue on 3 May was organised by us and the county government.",
      "Kisumu Peace Dialogue",
    ],
    ["On 3 May we took part in the Regional Water Conference.", "Regional Water Conference"],
  ])("%s", (sentence, event) => {
    const ex = run("Lake Women's Network - LWN", "20 May 2025 at 14:32", "", sentence);
    expect(related(ex, "Lake Women's Network", event).length).toBeGreaterThan(0);
  });

  it("without a body on the first line, 'we' stands for no one", () => {
    const ex = run(
      "KISUMU, 20 May 2025 – On 3 May we took part in the Regional Water Conference in Kisumu.",
    );
    expect(ex.relations.filter((r) => r.kind !== "part_of")).toEqual([]);
  });
});
