/**
 * Amounts as the genre writes them (issue 8 item 9): currency codes, symbols and names on
 * either side of the figure, the separators of several conventions, scale words and amounts
 * in words; and the figures that are never amounts. Each rule has several phrasings and
 * negative cases.
 */
import { describe, expect, it } from "vitest";
import { currencyOf, findAmounts, parseNumber } from "../../../src/compiler/extract/amounts.ts";

/** [amount, currency] of each amount found in `text`. */
const amounts = (text: string, defaultCurrency?: string): [number, string | undefined][] =>
  findAmounts(text, 0, text.length, defaultCurrency).map((a) => [a.amount, a.currency]);
/** The text each amount found covers. */
const spans = (text: string): string[] => findAmounts(text).map((a) => text.slice(a.start, a.end));

describe("currency codes", () => {
  it("reads any ISO 4217 code before the figure", () => {
    expect(amounts("a grant of IQD 50 million for")).toEqual([[50_000_000, "IQD"]]);
    expect(amounts("JOD 40,000 were")).toEqual([[40_000, "JOD"]]);
    expect(amounts("(SAR 1.5 million)")).toEqual([[1_500_000, "SAR"]]);
    expect(amounts("USD 250,000.")).toEqual([[250_000, "USD"]]);
    expect(amounts("worth AED 3,000,000 in")).toEqual([[3_000_000, "AED"]]);
    expect(amounts("KES 4,500,000")).toEqual([[4_500_000, "KES"]]);
  });
  it("reads a code glued to the figure or after it", () => {
    expect(amounts("EUR2,000 each")).toEqual([[2_000, "EUR"]]);
    expect(amounts("1 250 300 EUR")).toEqual([[1_250_300, "EUR"]]);
    expect(amounts("a total of 40,000 JOD")).toEqual([[40_000, "JOD"]]);
    expect(amounts("75 000 TND from")).toEqual([[75_000, "TND"]]);
  });
  it("reads no code that reads as a word or an acronym, and no small figure after a rare code", () => {
    expect(amounts("SDG 16 and SDG 5")).toEqual([]);
    expect(amounts("at COP 28 in Dubai")).toEqual([]);
    expect(amounts("ALL 3,000 participants")).toEqual([]);
    expect(amounts("the CRC 2019 report")).toEqual([]);
    expect(amounts("XAF 2020")).toEqual([]);
    expect(amounts("sar 5,000")).toEqual([]);
  });
  it("lists codes as ISO 4217 and symbols and names as their codes", () => {
    expect(currencyOf("JOD")).toBe("JOD");
    expect(currencyOf("KRW")).toBe("KRW");
    expect(currencyOf("HK$")).toBe("HKD");
    expect(currencyOf("Jordanian dinars")).toBe("JOD");
    expect(currencyOf("usd")).toBe("USD");
    expect(currencyOf("ABC")).toBeUndefined();
    expect(currencyOf("ALL")).toBeUndefined();
  });
});

describe("currency symbols", () => {
  it("reads symbols before the figure, with or without a space", () => {
    expect(amounts("$2.5 million in aid")).toEqual([[2_500_000, "USD"]]);
    expect(amounts("US$ 2 million")).toEqual([[2_000_000, "USD"]]);
    expect(amounts("a grant of €450,000 for")).toEqual([[450_000, "EUR"]]);
    expect(amounts("£ 1.2m from")).toEqual([[1_200_000, "GBP"]]);
    expect(amounts("¥300,000,000")).toEqual([[300_000_000, "JPY"]]);
    expect(amounts("HK$ 300,000")).toEqual([[300_000, "HKD"]]);
    expect(amounts("JD 40,000")).toEqual([[40_000, "JOD"]]);
  });
  it("reads South Africa's rand glued to an amount-shaped figure, and no road or round", () => {
    expect(amounts("a grant of R1,450,000 for")).toEqual([[1_450_000, "ZAR"]]);
    expect(amounts("has awarded R6.35 million in grants")).toEqual([[6_350_000, "ZAR"]]);
    expect(amounts("(R 2,000 each)")).toEqual([]);
    expect(amounts("budget: R18 million")).toEqual([[18_000_000, "ZAR"]]);
    expect(spans("received R780,000 from")).toEqual(["R780,000"]);
    expect(amounts("along the R21 towards")).toEqual([]);
    expect(amounts("Round R2 starts")).toEqual([]);
    expect(amounts("in FR2,000 or AR1,000")).toEqual([]);
  });
  it("reads other southern African currencies glued to an amount-shaped figure only", () => {
    expect(amounts("set aside E240,000 for the kiosks")).toEqual([[240_000, "SZL"]]);
    expect(amounts("a second instalment of E1.2 million")).toEqual([[1_200_000, "SZL"]]);
    expect(amounts("the district gave P490,000 towards it")).toEqual([[490_000, "BWP"]]);
    expect(amounts("a contribution of D2,350,000 from members")).toEqual([[2_350_000, "GMD"]]);
    expect(amounts("in room E12 and block P4, grade D2")).toEqual([]);
    expect(amounts("vitamin E1000 and form P60")).toEqual([]);
  });
  it("reads local symbols of rupees, kwanza, dobra and Djibouti francs before a figure", () => {
    expect(amounts("a grant of Rs 2,400,000 over two years")).toEqual([[2_400_000, "INR"]]);
    expect(amounts("(Rs. 75,000 each)")).toEqual([[75_000, "INR"]]);
    expect(amounts("the savings groups hold Kz 31.4 million")).toEqual([[31_400_000, "AOA"]]);
    expect(amounts("paid Db 125,000 for the nets")).toEqual([[125_000, "STN"]]);
    expect(amounts("a budget of Fdj 9,800,000")).toEqual([[9_800_000, "DJF"]]);
  });
  it("reads a symbol after the figure", () => {
    expect(amounts("1 200 000 €")).toEqual([[1_200_000, "EUR"]]);
    expect(amounts("costs 500 000 $ a year")).toEqual([[500_000, "USD"]]);
    expect(amounts("3,000 £ in")).toEqual([[3_000, "GBP"]]);
  });
  it("covers the whole written amount", () => {
    expect(spans("received US$ 2 million from")).toEqual(["US$ 2 million"]);
    expect(spans("received 40,000 Jordanian dinars from")).toEqual(["40,000 Jordanian dinars"]);
    expect(spans("€ 3,5 Mio. für")).toEqual(["€ 3,5 Mio."]);
  });
});

describe("separators and scales of several conventions", () => {
  it("reads continental decimals and abbreviated scales", () => {
    expect(amounts("€ 3,5 Mio.")).toEqual([[3_500_000, "EUR"]]);
    expect(amounts("EUR 1.2m")).toEqual([[1_200_000, "EUR"]]);
    expect(amounts("2,5 Mrd. EUR")).toEqual([[2_500_000_000, "EUR"]]);
    expect(amounts("USD 2.5bn")).toEqual([[2_500_000_000, "USD"]]);
    expect(amounts("1.200.000 EUR")).toEqual([[1_200_000, "EUR"]]);
    expect(amounts("CHF 1'250'300.50")).toEqual([[1_250_300.5, "CHF"]]);
  });
  it("reads spaces grouping thousands, and a comma (with or without a space) for decimals", () => {
    expect(amounts("1 250 300, 50 EUR")).toEqual([[1_250_300.5, "EUR"]]);
    expect(amounts("12 500,75 EUR")).toEqual([[12_500.75, "EUR"]]);
    expect(amounts("3 900 000 USD")).toEqual([[3_900_000, "USD"]]);
    expect(amounts("1\u00a0250\u00a0300 €")).toEqual([[1_250_300, "EUR"]]);
    expect(parseNumber("1 250 300, 50")).toBe(1_250_300.5);
  });
  it("reads a one-letter scale only beside a currency", () => {
    expect(amounts("EUR 5 m")).toEqual([[5_000_000, "EUR"]]);
    expect(amounts("$300k")).toEqual([[300_000, "USD"]]);
    expect(amounts("a 500 m road", "USD")).toEqual([]);
    expect(amounts("5 k runners", "USD")).toEqual([]);
  });
});

describe("amounts in words and currency names", () => {
  it("reads number words with a scale and a currency", () => {
    expect(amounts("two million dollars")).toEqual([[2_000_000, "USD"]]);
    expect(amounts("half a million euros")).toEqual([[500_000, "EUR"]]);
    expect(amounts("three hundred thousand US dollars")).toEqual([[300_000, "USD"]]);
    expect(amounts("two and a half million euros")).toEqual([[2_500_000, "EUR"]]);
    expect(amounts("one hundred and fifty thousand pounds sterling")).toEqual([[150_000, "GBP"]]);
    expect(amounts("a million Jordanian dinars")).toEqual([[1_000_000, "JOD"]]);
    expect(amounts("Twenty-five Thousand Euros")).toEqual([[25_000, "EUR"]]);
  });
  it("reads figures with currency names", () => {
    expect(amounts("40,000 Jordanian dinars")).toEqual([[40_000, "JOD"]]);
    expect(amounts("2 billion Iraqi dinars")).toEqual([[2_000_000_000, "IQD"]]);
    expect(amounts("5,000 Saudi riyals")).toEqual([[5_000, "SAR"]]);
    expect(amounts("10 million Egyptian pounds")).toEqual([[10_000_000, "EGP"]]);
    expect(amounts("250,000 Swiss francs")).toEqual([[250_000, "CHF"]]);
  });
  it("reads no amount without a number or without a currency", () => {
    expect(amounts("millions of dollars")).toEqual([]);
    expect(amounts("two million people")).toEqual([]);
    expect(amounts("half a million refugees")).toEqual([]);
    expect(amounts("2,000 pounds of rice")).toEqual([]);
  });
});

describe("figures that are never amounts", () => {
  it("reads nothing out of range", () => {
    expect(amounts("USD 0")).toEqual([]);
    expect(amounts("USD 99,999,999,999,999")).toEqual([]);
    expect(amounts("EUR 10,000 billion")).toEqual([]);
    expect(amounts("USD 9,999 billion")).toEqual([[9_999_000_000_000, "USD"]]);
  });
  it("never reads percentages", () => {
    expect(amounts("EUR 15%")).toEqual([]);
    expect(amounts("USD 5 percent")).toEqual([]);
    expect(amounts("a 20 per cent share", "USD")).toEqual([]);
  });
  it("never reads years, even beside a currency that belongs to the next figure", () => {
    expect(amounts("In 2020 USD 50,000 was granted")).toEqual([[50_000, "USD"]]);
    expect(amounts("prices in 2019 dollars")).toEqual([]);
    expect(amounts("2020 USD")).toEqual([]);
    expect(amounts("Sweden 2019 1,500,000", "USD")).toEqual([[1_500_000, "USD"]]);
  });
  it("never reads phone numbers, dates, times or figures glued to letters", () => {
    expect(amounts("call +964 750 123 4567 USD")).toEqual([]);
    expect(amounts("Tel. 07701234567", "USD")).toEqual([]);
    expect(amounts("EUR 05.11.2021")).toEqual([]);
    expect(amounts("at 10:30 USD")).toEqual([]);
    expect(amounts("the 5th EUR")).toEqual([]);
    expect(amounts("COVID19 USD")).toEqual([]);
  });
  it("never reads counts of people or dates under a default currency", () => {
    expect(amounts("250 participants")).toEqual([]);
    expect(amounts("USD 250 participants")).toEqual([]);
    expect(amounts("about 1,200 people", "USD")).toEqual([]);
    expect(amounts("3,000 beneficiaries", "EUR")).toEqual([]);
    expect(amounts("on 12 May 2020", "USD")).toEqual([]);
  });
});

// Time on a megabyte of digits and separators is measured by `npm run bench -- pathological`.
describe("hostile text", () => {
  it("reads a megabyte of digits and separators without a bare number as money", () => {
    const digits = "1234 5 678 90 ".repeat(75_000);
    expect(findAmounts(digits)).toEqual([]);
    const commas = "1, ".repeat(350_000);
    expect(
      findAmounts(commas, 0, commas.length, "USD").every((a) => Number.isFinite(a.amount)),
    ).toBe(true);
  });
});

describe("local symbols, names and scale words of the countries' own documents", () => {
  it("reads local symbols before the figure", () => {
    expect(amounts("a grant of Bs 18.000 for looms")).toEqual([[18_000, "BOB"]]);
    expect(amounts("VT 2,500,000 (about AUD 32,000)")).toEqual([
      [2_500_000, "VUV"],
      [32_000, "AUD"],
    ]);
    expect(amounts("FCFA 5 000 000 per commune")).toEqual([[5_000_000, "XOF"]]);
    expect(amounts("R$ 86.400 for three trips")).toEqual([[86_400, "BRL"]]);
    expect(amounts("Le 150,000 each")).toEqual([[150_000, "SLE"]]);
    expect(amounts("Ar 85 000 000 from the fund")).toEqual([[85_000_000, "MGA"]]);
    expect(amounts("₮ 12 000 000 and ₸5 000 000")).toEqual([
      [12_000_000, "MNT"],
      [5_000_000, "KZT"],
    ]);
    expect(amounts("Q 2.7 million in total")).toEqual([[2_700_000, "GTQ"]]);
  });
  it("reads local names and symbols after the figure", () => {
    expect(amounts("5 million CFA francs")).toEqual([[5_000_000, "XOF"]]);
    expect(amounts("2.5 million kwacha")).toEqual([[2_500_000, "MWK"]]);
    expect(amounts("20.000 dólares")).toEqual([[20_000, "USD"]]);
    expect(amounts("750 000 FCFA chacun")).toEqual([[750_000, "XOF"]]);
    expect(amounts("about 300,000 Kenyan shillings")).toEqual([[300_000, "KES"]]);
  });
  it("reads scale words of other languages and of South Asia", () => {
    expect(amounts("Rp 150 juta")).toEqual([[150_000_000, "IDR"]]);
    expect(amounts("Rp 1,5 miliar")).toEqual([[1_500_000_000, "IDR"]]);
    expect(amounts("INR 12 lakh")).toEqual([[1_200_000, "INR"]]);
    expect(amounts("NPR 1.2 crore")).toEqual([[12_000_000, "NPR"]]);
    expect(amounts("18 mil bolivianos")).toEqual([[18_000, "BOB"]]);
    expect(amounts("USD 2 millones")).toEqual([[2_000_000, "USD"]]);
  });
  it("leaves letters that only look like symbols alone", () => {
    for (const text of [
      "Le 5 mai 2025, à Dakar",
      "in Q3 2024 and Q 2 of the survey",
      "KM 12 from Sarajevo",
      "In 2024 the network reached 12 mil",
    ])
      expect(amounts(text)).toEqual([]);
  });
});
