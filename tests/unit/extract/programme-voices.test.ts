/**
 * A voice quoted in a programme's account ("…," says X, the Foundation's director) spoke at no
 * gathering of that programme; a voice quoted in a workshop's report still spoke at it.
 * Phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { related, run } from "./query.ts";

describe("a quote in a programme's account", () => {
  it.each([
    [
      "The Rooted Voices programme supports language nests in Sápmi and Aotearoa. It began in 2023 and runs until 2026.",
      '"Language lives where children play," says Ingrid Halvorsen, the Foundation\'s Executive Director.',
      "Rooted Voices programme",
      "Ingrid Halvorsen",
    ],
    [
      "The Safe Harbour programme funds shelters for migrant workers in Taiwan and Hong Kong from 2024 to 2027.",
      '"No worker should sleep on a boat deck," said Chen Mei-ling, the Bellbird Foundation\'s board chair.',
      "Safe Harbour programme",
      "Chen Mei-ling",
    ],
    [
      "The Open Airwaves programme helps six community stations in Guyana and Wales until 2026.",
      '"Radio is the village square," added Dr. Halvard Lunde, director of the Fjordlight Fund.',
      "Open Airwaves programme",
      "Halvard Lunde",
    ],
  ])("%s", (programme, quote, event, person) => {
    const ex = run(`${event.replace(/ programme$/, "")}: our programme`, "", programme, "", quote);
    expect(related(ex, event, person)).toEqual([]);
  });

  it("a voice quoted in a workshop's report spoke at it", () => {
    const ex = run(
      "# Radio workshop in Lethem",
      "",
      "The Rupununi Radio Network held a radio production workshop in Lethem on 3 May 2025.",
      '"We learnt to edit on a phone," said Aldina Marco, a presenter from Nappi.',
    );
    expect(related(ex, "Radio workshop in Lethem", "Aldina Marco")).toEqual(["spoke_at"]);
  });
});
