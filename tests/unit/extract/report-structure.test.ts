/**
 * The structure of conference reports and releases: headings in capitals, sections that end
 * at a heading that heads no event, side events named after their label, companions who are
 * no one's title, bodies known by their staff, and list items naming a unit and its body.
 * Each class is tested with phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, related, run } from "./query.ts";

const labels = (ex: ReturnType<typeof run>) => ex.entities.map((e) => e.label);

describe("a heading line in capitals names no body", () => {
  it.each([
    ["4. PANEL: WHO PAYS FOR THE WELLS? (12 June, 14:00)", "WHO PAYS FOR THE WELLS"],
    ["6. ROUND TWO: FROM PLANS TO BUDGETS (3 May, 09:30-11:00)", "FROM PLANS TO BUDGETS"],
    ["ANNEX: BODIES REPRESENTED (selection)", "BODIES REPRESENTED"],
  ])("%s", (heading, name) => {
    const ex = run(
      "Harvest Forum 2025",
      "",
      "The forum brought together the wells committees, who pays for repairs, plans and budgets of the bodies represented.",
      "",
      heading,
      "",
      "The Lilongwe Water Trust presented its data.",
    );
    expect(labels(ex)).not.toContain(name);
    expect(find(ex, "Lilongwe Water Trust")).toBeDefined();
  });
});

describe("sections of a report", () => {
  const report = (...middle: string[]) =>
    run(
      "Third Coastal Fisheries Forum",
      "",
      "The Third Coastal Fisheries Forum took place in Beira on 4 and 5 June 2025, organised by the Sofala Fishers Union.",
      "",
      ...middle,
    );

  it.each([
    ["5. SIDE EVENT: YOUNG SKIPPERS' LUNCH (5 June, 12:30)", "YOUNG SKIPPERS' LUNCH"],
    ["Side event: Net Menders' Breakfast (5 June 2025)", "Net Menders' Breakfast"],
    ["3. PARALLEL EVENT: WOMEN TRADERS' CIRCLE (4 June, 17:00)", "WOMEN TRADERS' CIRCLE"],
  ])("a side event is named after its label: %s", (heading, name) => {
    const ex = report(
      heading,
      "",
      "The Beira Women Traders Group hosted it for thirty members.",
      "",
      "6. FIELD VISIT TO THE NAMATANDA LANDING (6 June)",
      "",
      "The Namatanda Co-operative received the group.",
    );
    expect(labels(ex)).toContain(name);
    expect(labels(ex).filter((l) => /^(?:SIDE|PARALLEL|Side) (?:EVENT|event)$/.test(l))).toEqual(
      [],
    );
    expect(related(ex, "Beira Women Traders Group", name)).toContain("organised");
  });

  it.each([
    ["OPENING SESSION (4 June, 09:00)"],
    ["2. CLOSING SESSION (5 June, 16:00)"],
    ["PANEL (4 June, 11:00)"],
  ])("a part of the forum is no event of its own: %s", (heading) => {
    const ex = report(heading, "", "The Nacala Boat Owners Association spoke first.");
    expect(ex.entities.filter((e) => e.kind === "event")).toHaveLength(1);
    expect(
      related(ex, "Nacala Boat Owners Association", "Third Coastal Fisheries Forum"),
    ).not.toEqual([]);
  });

  it("a heading that heads no event ends the section before it", () => {
    const ex = report(
      "3. TRAINING FOR NET MENDERS (5 June)",
      "",
      "The Beira Net Guild trained twelve menders.",
      "",
      "4. WORKSHOP ON COLD STORES (6 June)",
      "",
      "The Namatanda Co-operative received the group.",
      "",
      "5. RECOMMENDATIONS",
      "",
      "The Quelimane Fish Traders Network asked for cold stores.",
      "",
      "ACKNOWLEDGEMENTS",
      "",
      "We thank the Sofala Coastal Trust for its support.",
    );
    const visit = "WORKSHOP ON COLD STORES";
    expect(related(ex, "Namatanda Co-operative", visit)).not.toEqual([]);
    expect(related(ex, "Quelimane Fish Traders Network", visit)).toEqual([]);
    expect(related(ex, "Sofala Coastal Trust", visit)).toEqual([]);
  });
});

describe("a companion's body is not the title of the one named before", () => {
  it.each([
    [
      "The opening was led by Dr Wanjiru Kamau, together with staff of Hope Bridge Kenya, on 3 March 2025.",
      "Wanjiru Kamau",
      "Hope Bridge Kenya",
    ],
    [
      "Mayor Tomas Reyes, accompanied by members of the Cotabato Elders Council, cut the ribbon on 2 May 2024.",
      "Tomas Reyes",
      "Cotabato Elders Council",
    ],
    [
      "The visit was hosted by Ms Aigerim Sadykova, along with volunteers of Amani Kwanza, on 9 July 2024.",
      "Aigerim Sadykova",
      "Amani Kwanza",
    ],
  ])("%s", (sentence, person, body) => {
    const ex = run(sentence);
    expect(find(ex, body)?.kind).toBe("organisation");
    expect(related(ex, person, body)).not.toContain("part_of");
  });
});

describe("a name after 'staff of', 'members of', 'volunteers from' is a body", () => {
  it.each([
    ["Staff of Tumaini Sisters joined the distribution on 3 May 2024.", "Tumaini Sisters"],
    ["Volunteers from Hands of Kigoma helped on 12 June 2024.", "Hands of Kigoma"],
    ["The hearing on 1 July 2024 was attended by representatives of Sauti Moja.", "Sauti Moja"],
  ])("%s", (sentence, body) => {
    expect(find(run(sentence), body)?.kind).toBe("organisation");
  });
});

describe("a department named in a title is no body", () => {
  it.each([
    [
      "Giorgi Tsiklauri, Head of Infrastructure, Marneuli Town Hall, spoke on 22 May 2025.",
      "Infrastructure",
    ],
    ["Amina Yusuf, Director of Planning, Kano Water Board, presented on 3 April 2024.", "Planning"],
    ["Luis Ortega, Head of Legal, Fundación Tierra Viva, closed on 8 August 2024.", "Legal"],
  ])("%s", (sentence, department) => {
    expect(labels(run(sentence))).not.toContain(department);
  });
});

describe("a list item naming a person, a unit and the unit's body", () => {
  it.each([
    [
      "Speakers: Dr. Levan Abashidze, Institute of Water Management, Georgian Technical University; Nune Hakobyan, Tumanyan Youth Centre",
      "Levan Abashidze",
      "Institute of Water Management",
    ],
    [
      "Panel: Prof. Ruth Okello, School of Law, Gulu University; Sam Odoch, Acholi Youth Forum",
      "Ruth Okello",
      "School of Law",
    ],
    [
      "Trainers: Maria Lopes, Centre for Social Studies, University of Coimbra; Rui Costa, Braga Civic Lab",
      "Maria Lopes",
      "Centre for Social Studies",
    ],
  ])("%s", (line, person, unit) => {
    const ex = run(
      "Water Week 2025",
      "",
      "Water Week took place in Tbilisi on 2 June 2025.",
      "",
      line,
    );
    expect(related(ex, person, unit)).toContain("part_of");
  });
});

describe("a venue named by its event noun is no event", () => {
  it.each([
    [
      "The forum took place at the Rustaveli Conference Hall in Tbilisi on 22 May 2025.",
      "Rustaveli Conference Hall",
    ],
    ["Delegates met in the Summit Room of the Lakeview Hotel on 3 June 2024.", "Summit Room"],
    [
      "Dancers filled the Festival Grounds in Mzuzu on 5 June 2024 for the Lake Festival.",
      "Festival Grounds",
    ],
  ])("%s", (sentence, venue) => {
    const events = run(sentence)
      .entities.filter((e) => e.kind === "event")
      .map((e) => e.label);
    expect(events.some((l) => l.includes(venue))).toBe(false);
  });
});

describe("a document about an event is no event", () => {
  it.each([
    [
      "Workshop Report",
      "The workshop took place in Juba on 3 May 2024, hosted by the Juba Peace Circle.",
    ],
    [
      "Conference Proceedings",
      "The conference met in Goma on 12 June 2024, convened by the Kivu Women's Forum.",
    ],
    [
      "Training Summary",
      "The training ran in Kandy on 9 August 2024, led by the Hill Country Legal Centre.",
    ],
  ])("%s", (title, lead) => {
    const events = run(title, "", lead)
      .entities.filter((e) => e.kind === "event")
      .map((e) => e.label);
    expect(events).not.toContain(title);
  });
});

describe("a fact table whose label cells keep their emphasis and colon", () => {
  it.each([
    [
      "| **Donor:** | Lindqvist Foundation, Oslo |",
      "| **Lead agency:** | Andes Water Trust |",
      "| **Budget:** | USD 250,000 |",
    ],
    [
      "| *Funded by:* | Bangsamoro Peace Fund |",
      "| *Implemented by:* | Tri-People Teachers Association |",
      "| *Budget:* | USD 250,000 |",
    ],
    [
      "| Donor: | Embassy of Ireland |",
      "| Implementing partners: | Zomba Youth Network |",
      "| Total budget: | USD 250,000 |",
    ],
  ])("%s", (donor, lead, budget) => {
    const ex = run(
      "# PROJECT FACT SHEET",
      "",
      "## Clean Rivers Together",
      "",
      "| | |",
      "|---|---|",
      donor,
      lead,
      "| **Duration:** | 1 March 2025 – 28 February 2027 |",
      budget,
      "",
      "The project helps 40 villages to keep their rivers clean.",
    );
    const funded = ex.relations.find(
      (r) => r.kind === "funded" && r.target === find(ex, "Clean Rivers Together")?.id,
    );
    expect(funded?.amount).toBe(250000);
    const partner = /\| ([^|:*]+?)\s*\|$/.exec(lead)?.[1] ?? "";
    expect(
      related(ex, partner, "Clean Rivers Together").some(
        (k) => k === "organised" || k === "participated",
      ),
    ).toBe(true);
  });
});

describe("a paragraph run in under an event's name and date", () => {
  it.each([
    [
      "Inception workshop, Zomba (13 March 2025). The project was launched at an inception workshop. It was opened by the Zomba Women's Network.",
      "Inception workshop",
      "2025-03-13",
      "Zomba Women's Network",
    ],
    [
      "District review meeting (18/06/2025). The Chikwawa Youth Council hosted a review meeting with the district executive committee.",
      "District review meeting",
      "2025-06-18",
      "Chikwawa Youth Council",
    ],
    [
      "Evacuation drill (3 September 2025). A simulated flood alert reached 22 villages. The drill was organised by the Nsanje Scouts Association.",
      "Evacuation drill",
      "2025-09-03",
      "Nsanje Scouts Association",
    ],
  ])("%s", (paragraph, name, date, body) => {
    const ex = run(
      "Flood Ready Villages",
      "",
      "Flood Ready Villages is a two-year project in the Lower Shire, run by the Shire Valley Trust since 1 March 2025.",
      "",
      "Milestones so far",
      "",
      paragraph,
      "",
      "The Shire Valley Trust thanks the Blantyre Rotary Club for its support.",
    );
    expect(find(ex, name)?.date?.start).toBe(date);
    expect(related(ex, body, name).length).toBeGreaterThan(0);
    expect(related(ex, "Blantyre Rotary Club", name)).toEqual([]);
  });
});

describe("a post's timestamp line dates the post", () => {
  it.each([
    ["9:14 AM · Aug 6, 2025 · 8,204 Views", "2025-08-06"],
    ["6:02 PM · 14 Mar 2024 · 1.2K Views", "2024-03-14"],
    ["11:47 · 3 June 2024 · 512 reposts", "2024-06-03"],
  ])("%s", (stamp, date) => {
    const ex = run(
      "Post",
      "",
      "Coletivo Rio Aberto",
      "@rioaberto",
      "🧵 Our documentation day was a success. Three hundred families came to the Mutirão de Direitos at the state school today, where public defenders and volunteers processed their papers from 8am to 6pm. Thanks to the Defensoria Pública for the team! A thread 👇 (1/3)",
      stamp,
    );
    expect(find(ex, "Mutirão de Direitos")?.date?.start).toBe(date);
  });
});

describe("a verb without its object takes part in the event told just before", () => {
  it.each([
    [
      "The Kasese District Coordination Meeting took place on 11 September 2025, chaired by the district commissioner.",
      "The Red Cross, UNICEF and nine NGOs attended.",
      "Kasese District Coordination Meeting",
      "United Nations Children's Fund",
    ],
    [
      "On 4 May 2024 the Gulu Land Forum met at the cathedral hall.",
      "Representatives of the Acholi Elders Council took part as observers.",
      "Gulu Land Forum",
      "Acholi Elders Council",
    ],
    [
      "The Regional Water Dialogue opened in Mzuzu on 2 June 2024.",
      "The Northern Region Water Board joined too.",
      "Regional Water Dialogue",
      "Northern Region Water Board",
    ],
  ])("%s %s", (first, second, event, body) => {
    const ex = run(
      "Situation report No. 4",
      "",
      "All activities are implemented under the Rwenzori Flood Recovery Programme, which runs from 1 August 2025 to 31 July 2026.",
      "",
      first,
      second,
    );
    expect(related(ex, body, event)).toContain("participated");
    expect(related(ex, body, "Rwenzori Flood Recovery Programme")).toEqual([]);
  });
});

describe("a list under 'Signatory members of the coalition' names the coalition's members", () => {
  it.each([
    ["Signatory members of the coalition", "Sahel Peace Coalition"],
    ["Members of the network", "Lake Chad Women's Network"],
    ["Participating members of the alliance", "Andean Water Alliance"],
  ])("%s", (heading, collective) => {
    const ex = run(
      "Civil society adopts a call on water",
      "",
      `The Regional Consultation on Water took place in Bamako on 24 June 2025. It was convened by the ${collective}.`,
      "",
      heading,
      "",
      "Association Kawral pour la Paix (AKP), Mopti, Mali",
      "Collectif des Femmes Rurales (CFR), Dori, Burkina Faso",
    );
    for (const member of ["Association Kawral pour la Paix", "Collectif des Femmes Rurales"]) {
      expect(related(ex, member, collective)).toContain("part_of");
      expect(related(ex, member, "Regional Consultation on Water")).toContain("participated");
    }
  });
});

describe("a heading in capitals names an event by a compound noun", () => {
  it.each([
    [
      "7. FIELD VISIT TO THE NAMATANDA LANDING (6 June)",
      "FIELD VISIT TO THE NAMATANDA LANDING",
      "2025-06-06",
    ],
    ["3. STUDY VISIT TO THE BEIRA PORT (5 June)", "STUDY VISIT TO THE BEIRA PORT", "2025-06-05"],
    ["4. CAREER DAY IN DONDO (7 June)", "CAREER DAY IN DONDO", "2025-06-07"],
  ])("%s", (heading, name, date) => {
    const ex = run(
      "Third Coastal Fisheries Forum",
      "",
      "The Third Coastal Fisheries Forum took place in Beira on 4 and 5 June 2025, organised by the Sofala Fishers Union.",
      "",
      "2. TRAINING FOR NET MENDERS (5 June)",
      "",
      "The Beira Net Guild trained twelve menders.",
      "",
      heading,
      "",
      "The Namatanda Co-operative received the group.",
    );
    expect(find(ex, name)?.date?.start).toBe(date);
    expect(related(ex, "Namatanda Co-operative", name).length).toBeGreaterThan(0);
  });
});

describe("a programme's day headings: the numbered day and its date, then the day's event", () => {
  it.each([
    [
      "### Day 1 – Monday 18 November · Opening session",
      "### Day 2 – Tuesday 19 November · Field day in Long Phu",
      "Field day",
      "2024-11-19",
    ],
    [
      "## Day 1 – 3 March – Training on seed banks",
      "## Day 2 – 4 March – Study visit to Tra Vinh",
      "Study visit",
      "2024-03-04",
    ],
    [
      "Day 1 - Wednesday 5 June: Workshop on budgets",
      "Day 2 - Thursday 6 June: Roundtable with the district council",
      "Roundtable",
      "2024-06-06",
    ],
  ])("%s / %s", (first, second, event, day) => {
    const ex = run(
      "# Farmers' exchange report",
      "",
      "Can Tho, 1 December 2024. The Delta Farmers Centre organised the exchange.",
      "",
      first,
      "",
      "Forty farmers from two provinces met the centre's agronomists.",
      "",
      second,
      "",
      "The Long Phu Cooperative hosted the visitors and showed its plots.",
    );
    const found = ex.entities.find((e) => e.kind === "event" && e.label.startsWith(event));
    expect(found?.label).not.toMatch(/Day \d/);
    expect(found?.date?.start).toBe(day);
  });
});

describe("a mailing list's tag in an e-mail's subject is no body", () => {
  it.each([
    ["Subject: [PWN-BOARD] Re: Draft minutes - Board 3rd meeting, Suva, 10/09/2024", "PWN-BOARD"],
    [
      "Subject: Fwd: [WASH-CLUSTER] Minutes of the coordination meeting, 4 June 2024",
      "WASH-CLUSTER",
    ],
    ["Subject: RE: [DGN-L] Report of the 2nd seed fair, 12 March 2025", "DGN-L"],
  ])("%s", (subject, tag) => {
    const ex = run(
      "From: Ana Ruiz <ana@example.org>",
      "To: members@example.org",
      subject,
      "",
      "Dear all,",
      "",
      "Please find the report below. The Mekong Seed Network thanks everyone who came.",
    );
    expect(find(ex, tag)).toBeUndefined();
  });
});

describe("a page's running header with its page number names no event", () => {
  it.each([
    "Harbour Forum – Report of the Second Assembly, Mombasa 2024                    2",
    "Reed Valley Water Conference 2025 · Proceedings                         7",
    "4          Tana Delta Fishers' Exchange – Summary Report",
  ])("%s", (header) => {
    const ex = run(
      "",
      header,
      "______________________________________________________________________________",
      "",
      "1. SUMMARY",
      "",
      "The Lakeside Women's Association hosted the Second Assembly of the Harbour Forum in Mombasa on 14 September 2024.",
    );
    const events = ex.entities.filter((e) => e.kind === "event").map((e) => e.label);
    expect(events.filter((l) => /\s{3,}|Report|Proceedings|^\d/.test(l))).toEqual([]);
  });
});
