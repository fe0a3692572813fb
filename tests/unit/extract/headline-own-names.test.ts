/**
 * A headline's event whose name the body uses too is that event, never another one the body
 * names ("Near Voices: six stations receive grants" over "… for KAN's Village Newsreaders
 * Programme"). Phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, run } from "./query.ts";

describe("a headline's named event and another named event of the body", () => {
  it.each([
    [
      "Rooted Voices: five language nests receive second-round grants",
      "The Merrow Trust has awarded NZD 300,000 to five language nests in the second grant round of Rooted Voices, its programme for language nests.",
      "Rooted Voices was approved by the board in 2023. Each nest also takes part in the Elders' Recording Programme of the Sámi Language Trust.",
      "Rooted Voices",
      "Elders' Recording Programme",
    ],
    [
      "Safe Harbour Asia: eight shelters win grants in the second call",
      "The Bellbird Foundation has awarded AUD 450,000 to eight shelters in the second call of Safe Harbour Asia, its programme for migrant workers.",
      "Safe Harbour Asia began in 2024. Two of the shelters also run the Legal Literacy Programme of the Kowloon Workers' Centre.",
      "Safe Harbour Asia",
      "Legal Literacy Programme",
    ],
    [
      "Open Airwaves: grants for six community stations",
      "The Fjordlight Fund has awarded NOK 2 million to six stations in the first round of Open Airwaves, its programme for local radio.",
      "Open Airwaves was launched in 2022. The stations will share studios with the Village Newsreaders Programme of the Rupununi Radio Network.",
      "Open Airwaves",
      "Village Newsreaders Programme",
    ],
  ])("%s", (headline, first, second, own, other) => {
    const ex = run(headline, "", first, "", second);
    const event = find(ex, own);
    expect(event?.kind).toBe("event");
    expect(event?.label.startsWith(other)).toBe(false);
  });
});
