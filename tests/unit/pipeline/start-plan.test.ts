import { describe, expect, it } from "vitest";
import { inputName } from "../../../scripts/compile-meta.ts";
import type { CompileMeta } from "../../../scripts/compile-meta.ts";
import { planStart } from "../../../scripts/start-plan.ts";

const meta = (input: string): CompileMeta => ({
  version: 1,
  input,
  compiledAt: "2026-03-04T10:20:30.000Z",
  documents: { compiled: 12, failed: 1, skipped: 0 },
});
const cwd = "/home/user/rabita";

describe("planStart", () => {
  it("compiles the seeds when there is no data yet, saying nothing", () => {
    expect(planStart([], { data: false, meta: null }, cwd)).toEqual({
      kind: "run",
      compile: { folder: "seeds", options: [] },
      notes: [],
    });
  });

  it("keeps data compiled from another folder, and says how to replace it", () => {
    const plan = planStart([], { data: true, meta: meta("reports") }, cwd);
    expect(plan.kind === "run" && plan.compile).toBe(null);
    const notes = plan.kind === "run" ? plan.notes.join("\n") : "";
    expect(notes).toContain("compiled from reports/ on 2026-03-04 10:20 UTC, 12 documents");
    expect(notes).toContain("it is kept");
    expect(notes).toContain("npm start -- seeds");
  });

  it("keeps data whose folder is not recorded", () => {
    const plan = planStart([], { data: true, meta: null }, cwd);
    expect(plan.kind === "run" && plan.compile).toBe(null);
  });

  it("recompiles the seeds over a compile of the seeds, saying so", () => {
    const plan = planStart([], { data: true, meta: meta("seeds") }, cwd);
    expect(plan).toMatchObject({ kind: "run", compile: { folder: "seeds" } });
    expect(plan.kind === "run" && plan.notes[0]).toMatch(/^recompiling seeds\/ into public\/data/);
  });

  it("compiles the folder given, saying which data it replaces", () => {
    const plan = planStart(
      ["../reports", "--keep-contacts", "--workers", "2"],
      { data: true, meta: meta("seeds") },
      cwd,
    );
    expect(plan).toMatchObject({
      kind: "run",
      compile: { folder: "../reports", options: ["--keep-contacts", "--workers", "2"] },
    });
    expect(plan.kind === "run" && plan.notes).toEqual([
      "replacing the data in public/data (compiled from seeds/ on 2026-03-04 10:20 UTC, 12 documents) with ../reports/",
    ]);
    // The same folder again is a recompile, not a replacement.
    const again = planStart(["reports"], { data: true, meta: meta("reports") }, cwd);
    expect(again.kind === "run" && again.notes[0]).toMatch(/^recompiling reports\//);
  });

  it("refuses --out and a second folder", () => {
    expect(planStart(["a", "--out", "x"], { data: false, meta: null }, cwd).kind).toBe("error");
    expect(planStart(["a", "b"], { data: false, meta: null }, cwd).kind).toBe("error");
  });
});

describe("inputName", () => {
  it("is the path inside the working folder, else the folder's name only", () => {
    expect(inputName("seeds", cwd)).toBe("seeds");
    expect(inputName("corpora/2024/", cwd)).toBe("corpora/2024");
    expect(inputName("/srv/data/reports", cwd)).toBe("reports");
    expect(inputName("../private/notes", cwd)).toBe("notes");
  });
});
