/**
 * A project's README or web page: its title given again in Arabic script, thanks and
 * instructions that open with a capitalised verb, file and format names in capitals. Each
 * class with phrasings written for these tests.
 */
import { describe, expect, it } from "vitest";
import { find, run } from "./query.ts";

const labels = (ex: ReturnType<typeof run>) => ex.entities.map((e) => e.label);

describe("a headline's name given again in Arabic script is no part of it", () => {
  it.each([
    ["Shafafiya", "شفافية"],
    ["Mizaniyatuna", "ميزانيتنا"],
    ["Raqaba", "رقابة"],
  ])("# %s · %s", (name, arabic) => {
    const ex = run(
      `# ${name} · ${arabic}`,
      "",
      `| Project | ${name} · ${arabic} |`,
      "|---|---|",
      "| Donor | Larchmont Foundation |",
      "| Period | June 2024 – May 2025 |",
      "",
      "The project is funded by the Larchmont Foundation with USD 150,000.",
    );
    const ev = find(ex, name);
    expect(ev?.kind).toBe("event");
    expect(ev?.label).toBe(name);
  });
});

describe("a clause of thanks or an instruction opens no name", () => {
  it.each([
    ["Thanks to the Sumer Network for hosting the trainings.", "Sumer Network"],
    ["Thanks to the Wasl Network for testing the beta.", "Wasl Network"],
    ["Read CONTRIBUTING before you open an issue with the Nabd Civic Lab.", "Nabd Civic Lab"],
  ])("%s", (sentence, body) => {
    const ex = run("Project news", "", sentence);
    expect(labels(ex)).toContain(body);
    expect(labels(ex).filter((l) => /^(?:Thanks|Read)\b/.test(l))).toEqual([]);
  });

  it("file and format names in capitals name no body", () => {
    const ex = run(
      "Project news",
      "",
      "Data are published as CSV and JSON through an API; see the README and LICENSE of the Nabd Civic Lab.",
    );
    for (const w of ["CSV", "JSON", "API", "README", "LICENSE"])
      expect(labels(ex)).not.toContain(w);
  });
});
