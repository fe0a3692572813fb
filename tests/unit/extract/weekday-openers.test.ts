/**
 * A weekday before a name says when, and is no part of the name ("Every Thursday Kanuku
 * Airwaves Radio carries …"); "the Sunday Times Foundation" keeps its day. Phrasings written
 * for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, run } from "./query.ts";

describe("a weekday before a body's name", () => {
  it.each([
    ["Every Thursday Kanuku Airwaves Radio carries the council news.", "Kanuku Airwaves Radio"],
    ["On Saturday Tindur Youth Club hosted a dance for the village.", "Tindur Youth Club"],
    ["SATURDAY Hrafnar Rowing Club races on the fjord.", "Hrafnar Rowing Club"],
    ["Last Monday Whanau Ora Collective opened its office.", "Whanau Ora Collective"],
  ])("%s", (sentence, name) => {
    const ex = run(sentence);
    expect(find(ex, name)).toBeDefined();
    expect(ex.entities.filter((e) => /day\b/i.test(e.label))).toEqual([]);
  });

  it("keeps the day that opens a name after 'the'", () => {
    expect(
      find(run("A grant from the Sunday Times Foundation paid for it."), "Sunday Times Foundation"),
    ).toBeDefined();
  });
});
