/**
 * Two or three capitalised words without a head noun read as a person's name by their shape
 * alone, which the corpus names otherwise: a project written elsewhere with its head, a body
 * another document reads as a body, or a body whose full name begins with them. Phrasings
 * written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";
import type { Extraction } from "../../../src/compiler/types.ts";
import { find } from "./query.ts";

const corpus = (...texts: string[]): Extraction =>
  extract(texts.map((text, i) => ({ id: `d${i}.txt`, text })));
const people = (ex: Extraction): string[] =>
  ex.entities.filter((e) => e.kind === "person").map((e) => e.label);

describe("a project's name without its head is the project, not a person", () => {
  it.each([
    [
      [
        "Annual report 2024. The association launched the Green Hills project in March 2024 with support from the Tidewell Foundation. Green Hills trained 40 women in pruning.",
      ],
      "Green Hills",
    ],
    [
      [
        "The Bright Looms initiative began on 2 May 2024 in Mardan with the Weavers Union.",
        "Bright Looms trained 40 weavers in Swat last year.",
      ],
      "Bright Looms",
    ],
    [
      [
        "News, 4 April 2025. With a grant from the Larchmont Fund, the Quiet Harbour programme opened two boat repair yards.",
        "Quiet Harbour hired six apprentices in the spring.",
        "Our partners in Quiet Harbour met the fishers' council on 9 June 2025.",
      ],
      "Quiet Harbour",
    ],
  ])("%j", (texts, bare) => {
    const ex = corpus(...texts);
    expect(people(ex)).not.toContain(bare);
    const project = find(ex, bare);
    expect(project?.kind).toBe("event");
  });
});

describe("a body's name the first words of which stand alone", () => {
  it.each([
    [
      "The Tuzamurane Hamwe Women Farmers Association (TUHA) held its assembly on 3 March 2024 in Ngozi.",
      "The board thanked the Tuzamurane Hamwe team for the photos of the assembly.",
      "Tuzamurane Hamwe",
    ],
    [
      "On 5 May 2024 the Umoja Wetu Youth Network opened a library in Kisumu.",
      "Photos: Umoja Wetu",
      "Umoja Wetu",
    ],
    [
      "The Association des Femmes Kira Ubuntu signed the charter on 2 February 2024.",
      'Kira Ubuntu ("share kindness" in Kirundi) is an association of 300 women farmers.',
      "Kira Ubuntu",
    ],
  ])("%s / %s", (a, b, short) => {
    const ex = corpus(a, b);
    expect(people(ex)).not.toContain(short);
    expect(find(ex, short)?.kind).toBe("organisation");
  });

  it("a person named with a title keeps her name", () => {
    const ex = corpus(
      "The Amani Mwangi Foundation opened a clinic on 4 May 2024 in Nakuru.",
      "Dr. Amani Mwangi, director of the clinic, welcomed the visitors.",
    );
    expect(people(ex)).toContain("Amani Mwangi");
  });
});

describe("a name one document reads as a body and another as a person, never titled, is a body", () => {
  it.each([
    [
      "Casa Luna is a network of midwives in Sucre. It trained 20 women on 3 May 2024.",
      "Photos: Casa Luna",
      "Casa Luna",
    ],
    [
      "The fair on 4 June 2024 was hosted by Río Claro, a farmers' cooperative.",
      "Thanks to Río Claro and Ana Pérez for the seeds.",
      "Río Claro",
    ],
    [
      "On 6 July 2024 the market was run by Sol Andino, a network of weavers.",
      "Greetings from Sol Andino and Marta Quispe to all our friends!",
      "Sol Andino",
    ],
  ])("%s / %s", (a, b, name) => {
    const ex = corpus(a, b);
    expect(people(ex)).not.toContain(name);
    expect(find(ex, name)?.kind).toBe("organisation");
  });
});
