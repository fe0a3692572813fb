/**
 * Places the corpus names as places are no bodies elsewhere: a town after a body in an
 * attendance line, a speakers' list or a grants table is dropped where another sentence of the
 * corpus writes it as a place ("in X", "X, Country", "X district"). Each case is a phrasing
 * written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/compiler/extract/index.ts";
import { placeKeysOf } from "../../../src/compiler/extract/places.ts";
import { recognise } from "../../../src/compiler/extract/recognise.ts";

const bodies = (...texts: string[]): string[] =>
  extract(texts.map((text, i) => ({ id: `d${i}.txt`, text })))
    .entities.filter((e) => e.kind !== "event")
    .map((e) => e.label);

describe("a name the corpus writes as a place is no body anywhere in it", () => {
  it.each([
    [
      "Ostrava",
      "Luludi",
      "Attendance\n\n1. Dana Kralova – Luludi, Ostrava (online)\n2. Petr Novak – Amaro Network, chair\n\nThe meeting on 13 February 2025 approved the plan.",
      "Luludi is a women's group in Ostrava, Czech Republic, which joined the steering committee on 5 May 2024.",
    ],
    [
      "Keshpur",
      "Maa Durga SHG",
      "Present: Sukanti Das - EC member, Maa Durga SHG, Keshpur\nPresent: Rina Rout - Treasurer, Sagar Mahila Samiti, Keshpur\n\nThe committee met on 8 February 2025.",
      "Women from six cooperatives in Keshpur took part in the workshop on 16 December 2024.",
    ],
    [
      "Gelsenkirchen",
      "Tom Haas",
      "Speakers\n\n- Ilse Berg, Ruhrwerk e.V., Gelsenkirchen\n- Tom Haas, Stadtteilbüro, Gelsenkirchen\n\nThe forum on 9 October 2024 closed with a vote.",
      "Ruhrwerk runs repair cafés in Gelsenkirchen, Germany, since 2019.",
    ],
  ])("%s", (place, kept, ...texts) => {
    const found = bodies(...texts);
    expect(found).not.toContain(place);
    expect(found).toContain(kept);
  });

  it("a body joined 'in' stays a body", () => {
    const found = bodies(
      "Silver Reed, a women-led collective, organised the clean-up on 4 June 2024.",
      "Ten schools took part in Silver Reed and two are members in Marlow Tide, a network of fishers.",
    );
    expect(found).toContain("Silver Reed");
    expect(found).toContain("Marlow Tide");
  });
});

describe("the places one document names", () => {
  const keys = (text: string): string[] => {
    const { tokens, sentTokens } = recognise("t.txt", text);
    return placeKeysOf(tokens, sentTokens);
  };
  it("learns places after 'in', before a country and before a noun of places", () => {
    expect(keys("The assembly met in Puri on 18 January.")).toContain("puri");
    expect(keys("Our partner is based in Arica, Chile.")).toEqual(["arica"]);
    expect(keys("Fish vendors of Balasore district keep a notebook.")).toEqual([
      "balasore",
      "balasore district",
    ]);
  });
  it("joins the parts of a place's name across de, do or da, but ends on a capitalised word", () => {
    expect(keys("The fair was held in Santa Rosa de Copán on 4 May.")).toContain(
      "santa rosa de copan",
    );
    expect(keys("Our office moved to Rio do Sul, Brazil, last year.")).toContain("rio do sul");
    expect(keys("The cooperative opened a shop in Neves da Ponte on Monday.")).toContain(
      "neves da ponte",
    );
    expect(keys("They met in Lisbon de facto.")).toEqual(["lisbon"]);
  });
  it("learns no dates, bodies, acronyms, owners or things joined", () => {
    expect(keys("It met in March and in UNICEF offices.")).toEqual([]);
    expect(keys("Ten women took part in Silver Reed.")).toEqual([]);
    expect(keys("They trained in Kayak Hands' workshop and in the Women Union.")).toEqual([]);
  });
});

describe("a place written in capitals, as a dateline writes it, is no body either", () => {
  it.each([
    [
      "Karonga",
      "Notices\n\n- Karonga: the Lakeshore Traders Association meets on Friday.\n- Chitipa: football trials on Saturday.\n\nKARONGA – The Lakeshore Traders Association held its annual fair on Friday, 7 March 2025.",
      "The Lakeshore Traders Association opened an office in Karonga on 2 March 2025.",
    ],
    [
      "Port Ellen",
      "PORT ELLEN – The Islay Weavers Guild held its spring fair on Saturday, 12 April 2025.",
      "The guild has met in Port Ellen every spring since 1998.",
    ],
    [
      "Santa Rosa de Copán",
      "SANTA ROSA DE COPÁN, 4 May 2025 – The Copán Coffee Growers Cooperative hosted a tasting for buyers.",
      "Buyers from three countries met the growers in Santa Rosa de Copán last year.",
    ],
  ])("%s", (place, ...texts) => {
    const found = bodies(...texts).map((b) => b.toLowerCase());
    expect(found).not.toContain(place.toLowerCase());
  });

  it("a short acronym in capitals stays a body's", () => {
    const found = bodies(
      "The NIA trained ten officers on 3 June 2025, and the Wells Forum thanked NIA for it.",
      "The Wells Forum met in Nia on 4 July 2025.",
    );
    expect(found.map((b) => b.toLowerCase())).toContain("nia");
  });
});
