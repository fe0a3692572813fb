// Normalise stage: the text every offset points into.
import { describe, expect, it } from "vitest";
import { normalise } from "../../../src/compiler/normalise.ts";

describe("normalise", () => {
  it("turns CRLF and CR into LF", () => {
    expect(normalise("a\r\nb\rc\n")).toBe("a\nb\nc");
  });

  it("strips BOMs and control characters but keeps tabs and newlines", () => {
    expect(normalise("\ufeffa\u0000b\u0007c\td\u001b\u0085e\u0092f")).toBe("abc\td\ne" + "f");
  });

  it("composes to NFC", () => {
    expect(normalise("Cafe\u0301")).toBe("Caf\u00e9");
  });

  it("turns non-breaking spaces into spaces", () => {
    expect(normalise("10\u00a0000\u202fUSD")).toBe("10 000 USD");
  });

  it("trims trailing whitespace on lines and collapses 3+ blank lines to 2", () => {
    expect(normalise("a  \t\n\n\n\n\n\nb \n\nc")).toBe("a\n\n\nb\n\nc");
  });

  it("drops blank lines at the start and whitespace at the end", () => {
    expect(normalise("\n\n\n  indented\n\n\n")).toBe("  indented");
  });

  it("is idempotent", () => {
    const messy = "\ufeff\r\n\r\nTitle \r\n\r\n\r\n\r\n\r\nBody\u00a0text\u0301\t \n";
    expect(normalise(normalise(messy))).toBe(normalise(messy));
  });

  it("is idempotent when a control character sits before a combining mark (found by fuzzing)", () => {
    for (const text of ["Z\ufeff\u0301", "A\u0000\u0301", "e\u001b\u0308x"]) {
      expect(normalise(normalise(text))).toBe(normalise(text));
      expect(normalise(text)).toBe(normalise(text).normalize("NFC"));
    }
  });
});
