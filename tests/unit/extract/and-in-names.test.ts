/**
 * "and" inside a body's name in other languages: Turkish "ve" ("… Zeytin ve El Emeği Kadın
 * Kooperatifi") and Somali "iyo" ("Ururka Haweenka iyo Horumarka …") join the words of one
 * name, as English "and" does in "Ministry of Labour and Social Affairs". Each class is tested
 * with several phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, run } from "./query.ts";

describe("a Turkish or Somali 'and' inside a body's name", () => {
  it.each([
    "Kırsal Kalkınma ve Dayanışma Derneği",
    "Akçay Zeytin ve Zanaat Kadın Kooperatifi",
    "Ururka Haweenka iyo Horumarka Tuulada",
    "Shabakadda Nabadda iyo Horumarka Gobolka",
  ])("%s", (name) => {
    const ex = run(
      "Partner news",
      "",
      `The ${name} took part in the regional forum on 3 May 2024, with the Lowland Relief Committee.`,
    );
    expect(find(ex, name)?.kind).toBe("organisation");
  });
});
