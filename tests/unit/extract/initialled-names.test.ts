/**
 * Names written with initials before the name, as South Asian, Mongolian and post-Soviet
 * writing gives them ("K. Behera", "Ts. Batbayar", "S. Kamalarajan of the X"): a person, even
 * with one name after the initials; the initials of a name another line writes in full stand
 * for that person ("C. Hernández" ↔ "Citlali Hernández Ruiz"); a bracket after such a name
 * names the person's body, no acronym of theirs. A lettered section ("A. Introduction") is no
 * one. Each class is tested with several phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, related, run } from "./query.ts";

const people = (ex: ReturnType<typeof run>): string[] =>
  ex.entities.filter((e) => e.kind === "person").map((e) => e.label);

describe("initials and a name are a person", () => {
  it.each([
    ["K. Behera reported that the federation sent twelve delegates to the assembly.", "K. Behera"],
    ["The forum was opened by Ts. Batbayar, chair of the network's board.", "Ts. Batbayar"],
    [
      "Among the speakers was Kh. Bolormaa, director of the Elder Care Association.",
      "Kh. Bolormaa",
    ],
    ["S. T. Omarova presented the results of the survey to the akimat.", "S. T. Omarova"],
  ])("%s", (sentence, name) => {
    const ex = run("Minutes", "", "Puri, 20 January 2025", "", sentence);
    expect(people(ex)).toContain(name);
  });
});

describe("a person's initials end before the body they come from", () => {
  it.each([
    ["S. Kamalarajan of the Jaffna Fishers' Federation attended the meeting.", "S. Kamalarajan"],
    ["Ch. Ganzorig of the Steppe Herders' Association raised the question of hay.", "Ch. Ganzorig"],
    ["M. Rizvi of the Kattankudy Women's Collective chaired the session.", "M. Rizvi"],
  ])("%s", (sentence, name) => {
    const ex = run("Minutes", "", "Batticaloa, 4 May 2025", "", sentence);
    expect(people(ex)).toContain(name);
    const body = ex.entities.find(
      (e) => e.kind !== "person" && e.label.includes("of the") === false,
    );
    expect(body).toBeDefined();
    expect(ex.entities.some((e) => e.label.startsWith(`${name} of`))).toBe(false);
  });
});

describe("initials stand for the one person the document names in full", () => {
  it.each([
    ["Citlali Hernández Ruiz", "C. Hernández"],
    ["Sofia Pinheiro Gaspar", "S. Pinheiro Gaspar"],
    ["Jamuna Devi Nayak", "J. D. Nayak"],
  ])("%s", (full, short) => {
    const ex = run(
      "Minutes of the coordination call",
      "",
      "Lima, 29 May 2025",
      "",
      `Present: ${full} (Red Manantial), Tomás Quispe (Agua Viva).`,
      "",
      `${short} reported on the spring monitoring and thanked the members.`,
    );
    const person = find(ex, full);
    expect(person?.kind).toBe("person");
    expect(person?.aliases).toContain(short);
    expect(people(ex).filter((p) => p === short)).toHaveLength(0);
  });
});

describe("a bracket after initials and a name is the person's body", () => {
  it.each([
    ["Y. Conteh (UNFPA) informed members of the refresher training.", "Y. Conteh", "UNFPA"],
    ["I. Vásquez (UNHCR) reported 9,800 new arrivals at the border.", "I. Vásquez", "UNHCR"],
    ["Ts. Oyuna (WFP) presented the fodder plan for the winter.", "Ts. Oyuna", "WFP"],
  ])("%s", (sentence, name, body) => {
    const ex = run("Minutes", "", "Kenema, 3 October 2025", "", sentence);
    expect(find(ex, name)?.kind).toBe("person");
    expect(find(ex, name)?.aliases ?? []).not.toContain(body);
    expect(related(ex, name, body)).toContain("part_of");
  });
});

describe("a lettered section is no one", () => {
  it.each(["A. Introduction", "B. Members", "C. Background"])("%s", (heading) => {
    const ex = run("Annual report", "", heading, "", "The network grew to forty members in 2024.");
    expect(people(ex)).toHaveLength(0);
  });
});
