/**
 * A grants page in cards: a heading names each project, the paragraph under it names the
 * grantee first and gives the grant and its period after labels. The grant-maker funds each
 * project with its card's grant; the grantee (and whoever works "jointly with" it) carries
 * it out and funds nothing. Pages written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, related, run } from "./query.ts";

const pages: [string, string[], [string, string, number][]][] = [
  [
    "an embassy's small grants",
    [
      "Six Malawian projects selected for small grants support",
      "",
      "The Embassy of Ireland in Lilongwe has selected six projects by Malawian community groups for support from its small grants scheme in 2025.",
      "",
      "Tiwale Girls' Savings",
      "",
      "Tiwale Women's Collective, Zomba. Savings groups for adolescent mothers. Grant: EUR 40 000. Period: 02/2025–01/2026.",
      "",
      "Radio Mkhonde – Budgets on Air",
      "",
      "Mzimba Community Radio Trust, Mzuzu, jointly with the Northern Budget Network. Phone-in programmes on district budgets. Grant: EUR 35 500. Period: 03/2025–02/2026.",
    ],
    [
      ["Tiwale Girls' Savings", "Tiwale Women's Collective", 40000],
      ["Radio Mkhonde", "Mzimba Community Radio Trust", 35500],
    ],
  ],
  [
    "a foundation's grants round",
    [
      "Our 2024 grants round",
      "",
      "The Lindqvist Foundation has selected three initiatives from the Andes for funding this year.",
      "",
      "Agua para Todos",
      "",
      "Asociación Manantial, Cusco. Community water boards in four districts. Amount awarded: USD 25,000. Duration: 05/2024–04/2025.",
      "",
      "Voces del Valle",
      "",
      "Colectivo Ñawi, Ayacucho, in partnership with Asociación Juvenil Andina. A youth radio school. Amount awarded: USD 18,000. Duration: 06/2024–05/2025.",
    ],
    [
      ["Agua para Todos", "Asociación Manantial", 25000],
      ["Voces del Valle", "Colectivo Ñawi", 18000],
    ],
  ],
  [
    "a fund's list in a newsletter",
    [
      "Grants approved in Mindanao",
      "",
      "The Bangsamoro Peace Fund selected two projects by local organisations for support after its autumn call.",
      "",
      "Safe Schools Cotabato",
      "",
      "Tri-People Teachers Association, Cotabato City. Peace education in 20 schools. Budget: PHP 1,200,000. Period: 01/2025–12/2025.",
      "",
      "River Women Mediators",
      "",
      "Lanao Women's Peace Circle, Marawi, together with the Iligan Youth Council. Training of women mediators. Budget: PHP 950,000. Period: 02/2025–01/2026.",
    ],
    [
      ["Safe Schools Cotabato", "Tri-People Teachers Association", 1200000],
      ["River Women Mediators", "Lanao Women's Peace Circle", 950000],
    ],
  ],
];

describe.each(pages)("grant cards: %s", (_name, lines, cards) => {
  const ex = run(...lines);
  const giver = ex.entities.find((e) =>
    ex.relations.some((r) => r.source === e.id && r.kind === "funded" && r.amount),
  );

  it.each(cards)(
    "%s is a project the grant-maker funds with its grant",
    (project, grantee, amount) => {
      const node = find(ex, project);
      expect(node?.kind).toBe("event");
      const funded = ex.relations.find((r) => r.target === node?.id && r.kind === "funded");
      expect(funded?.amount).toBe(amount);
      expect(funded?.source).toBe(giver?.id);
      expect(giver?.id).not.toBe(find(ex, grantee)?.id);
    },
  );

  it.each(cards)("%s is carried out by its grantee, who funds nothing", (project, grantee) => {
    expect(related(ex, grantee, project)).toContain("organised");
    const id = find(ex, grantee)?.id;
    expect(ex.relations.filter((r) => r.source === id && r.kind === "funded")).toEqual([]);
  });
});

describe("a body named 'jointly with' the grantee carries the project out too", () => {
  it.each([
    [pages[0]?.[1] ?? [], "Northern Budget Network", "Radio Mkhonde"],
    [pages[1]?.[1] ?? [], "Asociación Juvenil Andina", "Voces del Valle"],
    [pages[2]?.[1] ?? [], "Iligan Youth Council", "River Women Mediators"],
  ])("%#", (lines, partner, project) => {
    expect(related(run(...lines), partner, project)).toContain("organised");
  });
});
