// Contact details: e-mail addresses and telephone numbers become same-length placeholders
// before extraction (by default); dates, years, amounts and ranges stay.
import { describe, expect, it } from "vitest";
import { compileCorpus } from "../../../src/compiler/index.ts";
import { findContacts, redactContacts, REDACTION_MARK } from "../../../src/compiler/redact.ts";

const found = (text: string) => findContacts(text).map((c) => text.slice(c.start, c.end));

describe("findContacts", () => {
  it("finds e-mail addresses", () => {
    expect(found("Contact Laetitia Kraus, UNOPS laetitiak@unops.org.")).toEqual([
      "laetitiak@unops.org",
    ]);
    expect(found("<a.b-c+d@mail.example.org.jo>, info@oxfam.org.uk")).toEqual([
      "a.b-c+d@mail.example.org.jo",
      "info@oxfam.org.uk",
    ]);
  });

  it("finds telephone numbers in international and local formats", () => {
    for (const phone of [
      "+964 770 123 4567",
      "+962-6-555-1234",
      "00962-6-555-1234",
      "00 962 6 555 1234",
      "+9647701234567",
      "+1 (202) 555-0100",
      "+44 (0)20 7946 0958",
      "(06) 555 1234",
      "(+962) 6 555 1234",
      "(202) 555-0100",
    ])
      expect(found(`Call ${phone} today.`)).toEqual([phone]);
    expect(found("Tel: 06 555 1234. Mobile 0770 123 4567, Tel./Fax: 06-5551234")).toEqual([
      "06 555 1234",
      "0770 123 4567",
      "06-5551234",
    ]);
  });

  it("leaves dates, years, amounts, ranges and references alone", () => {
    for (const text of [
      "The project ran from 2019-2021 and 2019 – 2021.",
      "On 12/05/2020, 2020-13-01 and 13.12.2017 the board met.",
      "It received USD 350 000, EUR 1 200 000, $2,221,818 and 1,000,000 dinars.",
      "Years: 2017 2018 2019 2020; (2019) 2000 people; (3) 2019 2020.",
      "Mobile clinics served 2019 families; phone 2019-2021 strategy.",
      "A rise of +50 000 people, +1.5 points; ISBN 978-3-16-148410-0.",
      "Mercy Corps (CA-CRA_ACR-0010011366)",
      "Follow @UNDP and medium.com/@user.",
    ])
      expect(found(text)).toEqual([]);
  });
});

describe("redactContacts", () => {
  it("keeps the length, so every offset stays valid", () => {
    const text = "Write to laetitiak@unops.org or call +964 770 123 4567 (Amman).";
    const redacted = redactContacts(text);
    expect(redacted.text).toHaveLength(text.length);
    expect(redacted.text).toBe(
      `Write to ${REDACTION_MARK.repeat(19)} or call ${REDACTION_MARK.repeat(17)} (Amman).`,
    );
    expect(redacted).toMatchObject({ emails: 1, phones: 1 });
  });

  // Time on hostile text is measured by `npm run bench -- pathological`.
  it("keeps the length of hostile text", () => {
    for (const text of [
      " ".repeat(500_000),
      "a@".repeat(250_000),
      "a".repeat(500_000) + "@x.org",
      "+1 ".repeat(150_000),
      "tel: ".repeat(100_000),
    ])
      expect(redactContacts(text).text.length).toBe(text.length);
  });
});

describe("compileCorpus and contacts", () => {
  const text =
    "UNOPS organised the Amman Conference on Human Rights.\n\nContact Laetitia Kraus, UNOPS laetitiak@unops.org, +962 6 555 1234.";
  const files = [{ id: "a.txt", bytes: new TextEncoder().encode(text) }];

  it("redacts contacts in documents.json by default, and no mention falls inside one", () => {
    const result = compileCorpus(files);
    const doc = result.documents.documents[0];
    expect(doc?.text).not.toContain("laetitiak@unops.org");
    expect(doc?.text).not.toContain("555 1234");
    expect(doc?.text).toHaveLength(text.length);
    expect(result.redacted).toEqual({ emails: 1, phones: 1 });
    const at = text.indexOf("laetitiak@");
    const end = at + "laetitiak@unops.org".length;
    for (const node of result.graph.nodes)
      for (const m of node.attributes.mentions) expect(m.end <= at || m.start >= end).toBe(true);
  });

  it("keeps them with keepContacts, with the same graph", () => {
    const kept = compileCorpus(files, { keepContacts: true });
    expect(kept.documents.documents[0]?.text).toBe(text);
    expect(kept.redacted).toEqual({ emails: 0, phones: 0 });
    expect(kept.graph).toEqual(compileCorpus(files).graph);
  });
});

describe("contact lines after redaction", () => {
  // A contact line names a person, a title and a body before the address or number that the
  // redaction replaces: the person's affiliation must be read from the redacted text too.
  const phrasings: [string, string, string][] = [
    [
      "Press contacts\nBrightwater Relief Society: Nadia Okonjo, Communications Officer, +44 20 7946 0958",
      "Nadia Okonjo",
      "Brightwater Relief Society",
    ],
    [
      "For more information\nTomasz Wierzba, Programme Manager, Lindenfeld Youth Foundation – t.wierzba@lindenfeld.example.org",
      "Tomasz Wierzba",
      "Lindenfeld Youth Foundation",
    ],
    [
      "Contacts:\n- Kamala Perera, Legal Coordinator, Vanni Legal Aid Network, kperera@vlan.example.lk",
      "Kamala Perera",
      "Vanni Legal Aid Network",
    ],
  ];
  const affiliated = (graph: ReturnType<typeof compileCorpus>["graph"], who: string) => {
    const label = new Map(graph.nodes.map((n) => [n.key, n.attributes.label]));
    return graph.edges
      .filter((e) => e.attributes.kind === "part_of" && label.get(e.source) === who)
      .map((e) => label.get(e.target));
  };
  it.each(phrasings)("%#: the person is part of the body, redacted or not", (line, who, body) => {
    const text = `The partners met in the capital on 3 May 2024.\n\n${line}\n`;
    const files = [{ id: "c.txt", bytes: new TextEncoder().encode(text) }];
    const redacted = compileCorpus(files);
    expect(redacted.redacted.emails + redacted.redacted.phones).toBe(1);
    expect(affiliated(redacted.graph, who)).toContain(body);
    expect(affiliated(compileCorpus(files, { keepContacts: true }).graph, who)).toContain(body);
  });
});
