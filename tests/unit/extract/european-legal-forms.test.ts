/**
 * Bodies named by a European legal form before their name ("Zavod Žarek", "Nadace Lípa",
 * "Foreningen Fjordvenner"), a Nordic head after it ("Ravnsborg Fonden") as the English
 * name's translation, and "the Ljubljana-based institute" as no body's name. Phrasings written
 * for these tests.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";
import { find, run } from "./query.ts";

describe("a legal form opening a body's name", () => {
  it.each([
    ["The studio is run with Zavod Žarek from Ljubljana.", "Zavod Žarek"],
    ["Volunteers of Društvo Sončnica cleaned the riverbank.", "Društvo Sončnica"],
    ["A grant from Nadace Lípa paid for the books.", "Nadace Lípa"],
    ["Members of Foreningen Fjordvenner met the mayor.", "Foreningen Fjordvenner"],
  ])("%s", (sentence, name) => {
    expect(find(run(sentence), name)?.kind).toMatch(/organisation|funder/);
  });
});

describe("a Nordic or German head after a body's name", () => {
  it.each([
    ["the Ravnsborg Foundation (Ravnsborg Fonden)", "Ravnsborg Fonden", "Ravnsborg Foundation"],
    ["the Lindqvist Foundation", "Lindqvist Stiftelse", "Lindqvist Foundation"],
    ["the Fjord Friends Association", "Fjord Friends Forening", "Fjord Friends Association"],
  ])("%s", (english, own, label) => {
    const ex = extract([
      { id: "a.txt", text: `A grant from ${english} paid for the boat.` },
      { id: "b.txt", text: `The boat was paid for by ${own}, said the club.` },
    ]);
    const node = find(ex, label);
    expect([node?.label, ...(node?.aliases ?? [])]).toContain(own);
  });
});

describe("a place-based description names no body", () => {
  it.each([
    "the director of the Ljubljana-based institute for community media, Mateja Horvat, spoke.",
    "A Tórshavn-based network of youth clubs hosted the meeting.",
    "The Hilo-based foundation funds language nests.",
  ])("%s", (sentence) => {
    const ex = run(sentence);
    expect(ex.entities.filter((e) => /-based/.test(e.label))).toEqual([]);
  });
});
