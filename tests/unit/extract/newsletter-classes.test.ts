/**
 * Classes met in newsletters and local NGOs' news from Latin America, Africa and Asia: names
 * spelled with glottal stops, a paragraph's run-in places and date, places after "in" and in a
 * title's region, honorifics of Spanish, Portuguese and Filipino usage, radio stations, a
 * project named right after its noun, an event's translated name in brackets, and grants
 * awarded to bodies named between the verb and the grant. Phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, related, run } from "./query.ts";

const kindOf = (text: string, name: string) => find(run(text), name)?.kind;

describe("a name spelled with glottal stops keeps its closing apostrophe", () => {
  it.each([
    [
      "COBÁN, 3 June 2025 – The forum was co-organised with the Consejo de Mujeres Q'eqchi' Ixim.",
      "Consejo de Mujeres Q'eqchi' Ixim",
    ],
    [
      "NEBAJ, 3 June 2025 – We spent an afternoon with the Asociación de Tejedoras Ixiles B'atz' in Chajul.",
      "Asociación de Tejedoras Ixiles B'atz'",
    ],
    [
      "HILO, 3 June 2025 – The workshop was hosted by the Hui Mālama Ka'ū' Network on 2 June.",
      "Hui Mālama Ka'ū' Network",
    ],
  ])("%s", (text, name) => {
    expect(find(run(text), name)).toBeDefined();
  });

  it("a quoted word keeps its quotes outside", () => {
    const ex = run("The Lake Women's Network calls its programme 'Mizizi' in Kiswahili.");
    expect(ex.entities.some((e) => e.label.endsWith("'"))).toBe(false);
  });
});

describe("places are no people", () => {
  it.each([
    [
      "Cobán, Alta Verapaz, 22 August 2025. More than 140 women came to the regional forum on land, co-organised with the Tinamit Women's Network.",
      "Alta Verapaz",
    ],
    [
      "Mae Sot, Tak Province, 5 May 2025. The Border Legal Clinic held a workshop on work permits with 40 migrant workers.",
      "Tak Province",
    ],
    [
      "Kenema, 3 June 2025 – Staff of the Kenema Women's Forum in Lower Bambara met the district council.",
      "Lower Bambara",
    ],
    [
      "Lira, 3 June 2025 – Welcome to Grace Akello, our new coordinator for Otuke Hills, who joined us in July.",
      "Otuke Hills",
    ],
  ])("%s", (text, place) => {
    expect(kindOf(text, place)).not.toBe("person");
  });
});

describe("honorifics of other languages and their abbreviations", () => {
  it.each([
    [
      "Also speaking were Sra. Marta Cux Pop of the Red de Mujeres Ixil and Don Sebastián Choc Ical.",
      ["Marta Cux Pop", "Sebastián Choc Ical"],
    ],
    [
      "The session was opened by Atty. Sittie Macabago and Fr. Juan Morales.",
      ["Sittie Macabago", "Juan Morales"],
    ],
    ["Licda. Ana Pop Caal and Dra. Elena Tzul spoke at the forum.", ["Ana Pop Caal", "Elena Tzul"]],
  ])("%s", (sentence, people) => {
    const ex = run(
      `COBÁN, 3 June 2025 – The Tinamit Women's Network held a forum on land on 2 June. ${sentence}`,
    );
    for (const p of people) expect(find(ex, p)?.kind).toBe("person");
  });

  it("'Don' that is a first name stays in the name", () => {
    const ex = run("Don Murray of the Asia Water Network spoke at the forum in May 2024.");
    expect(find(ex, "Don Murray")?.kind).toBe("person");
  });
});

describe("a radio station is a body", () => {
  it.each([
    "The training was facilitated by the team of Radio Comunitaria Tinamit Stereo.",
    "Two reporters of Radio Pacis joined the training in Arua.",
    "The debate was broadcast by Radio Ndeke Luka, which co-organised it.",
  ])("%s", (sentence) => {
    const ex = run(`GULU, 3 June 2025 – A radio training took place on 2 June. ${sentence}`);
    expect(ex.entities.filter((e) => /^Radio /.test(e.label)).map((e) => e.kind)).toEqual([
      "organisation",
    ]);
  });

  it("a programme named 'Radio for …' is no station", () => {
    const ex = run("The Embassy funds Local Radio for Accountable Budgets in Koshi in 2025.");
    expect(ex.entities.find((e) => /Radio for/.test(e.label))?.kind).not.toBe("organisation");
  });
});

describe("a project named after its noun, and its name in brackets", () => {
  it.each([
    [
      "The EU awarded the Tinamit Women's Network a grant for the three-year project Tejiendo Derechos (Weaving Rights).",
      "Tejiendo Derechos",
      "Weaving Rights",
    ],
    [
      "About 300 weavers came to the Feria de la Fibra (Fibre Fair) in Cobán on 3 May.",
      "Feria de la Fibra",
      "Fibre Fair",
    ],
    [
      "The network runs the two-year programme Mama Dunia (Mother Earth) with Oxfam.",
      "Mama Dunia",
      "Mother Earth",
    ],
  ])("%s", (sentence, name, english) => {
    const ex = run(`COBÁN, 3 June 2025 – ${sentence}`);
    const ev = find(ex, name);
    expect(ev?.kind).toBe("event");
    expect(find(ex, english)?.id).toBe(ev?.id);
  });
});

describe("a grant awarded to the bodies between the verb and the grant", () => {
  it.each([
    [
      "The Delegation of the European Union to Guatemala has awarded the Tinamit Women's Network and our partner Fundación Ruk'u'x Ulew a grant of EUR 320,000.",
      "Delegation of the European Union to Guatemala",
      ["Tinamit Women's Network", "Fundación Ruk'u'x Ulew"],
      320000,
    ],
    [
      "In May, the Andes Fund gave the Cauca Women's Network and the Popayán Youth Club two small grants worth COP 40 million each.",
      "Andes Fund",
      ["Cauca Women's Network", "Popayán Youth Club"],
      40000000,
    ],
    [
      "UNDP granted the Suva Youth Network a USD 20,000 award for its climate camp.",
      "UNDP",
      ["Suva Youth Network"],
      20000,
    ],
  ])("%s", (sentence, giver, recipients, amount) => {
    const ex = run(`COBÁN, 3 June 2025 – ${sentence}`);
    const g = find(ex, giver)?.id;
    for (const r of recipients) {
      const rel = ex.relations.find(
        (x) => x.source === g && x.target === find(ex, r)?.id && x.kind === "funded",
      );
      expect(rel?.amount).toBe(amount);
    }
    expect(related(ex, recipients[0] ?? "", giver)).toContain("funded");
  });
});

describe("a town after a body's name ends its list item", () => {
  it.each([
    ["Siyakhana Women's Trust, Beitbridge", "Beitbridge"],
    ["Mangwe Youth Forum, Plumtree", "Plumtree"],
    ["Matobo Disability Action Network (MADAN), Maphisa", "Maphisa"],
  ])("%s", (item, town) => {
    const ex = run(
      "GWANDA, 3 October 2025 – We, the undersigned organisations, met in Gwanda.",
      "",
      "Signatories",
      "",
      "Gwanda Residents Association (GRA), Gwanda",
      item,
      "Limpopo Basin Farmers' Union, Beitbridge",
    );
    expect(find(ex, town)).toBeUndefined();
    expect(find(ex, item.split(/,| \(/)[0] ?? "")?.kind).toMatch(/organisation|funder/);
  });

  it("a title before the comma names the body after it", () => {
    const ex = run(
      "ERBIL, 3 May 2024 – The roundtable on water brought together the following speakers:",
      "",
      "Dr. Salar Ahmed",
      "Head of Water Projects, Kaniaw",
    );
    expect(find(ex, "Kaniaw")?.kind).toBe("organisation");
  });
});

describe("funds and grants told in passive sentences", () => {
  it.each([
    [
      "FKF is managed by FTF and financed by the Australian Government, which has committed AUD 1.8 million to the fund.",
      "Australian Government",
      "FKF",
    ],
    ["The Lake Fund is run by Oxfam and funded by Irish Aid.", "Irish Aid", "Lake Fund"],
    [
      "The Kivu Peace Fund was set up by the Goma Women's Forum and is financed by the EU.",
      "European Union",
      "Kivu Peace Fund",
    ],
  ])("%s", (sentence, funder, fund) => {
    const ex = run(
      `DILI, 19 August 2025 – The Fundu Komunidade Forte (FKF) supports villages. ${sentence}`,
    );
    expect(related(ex, funder, fund)).toContain("funded");
  });

  it.each([
    [
      "The grant to the Lake Women's Network is co-financed by UN Women, which adds USD 10,000.",
      "UN Women",
      "Lake Women's Network",
    ],
    [
      "The grant of USD 20,000 to the Gulu Youth Club was funded by Irish Aid.",
      "Irish Aid",
      "Gulu Youth Club",
    ],
    [
      "A grant to the Kisumu Farmers' Union is supported by the EU.",
      "European Union",
      "Kisumu Farmers' Union",
    ],
  ])("%s", (sentence, funder, grantee) => {
    const ex = run(`KISUMU, 3 June 2025 – The Lake Fund awarded six grants. ${sentence}`);
    expect(related(ex, funder, grantee)).toContain("funded");
  });
});
