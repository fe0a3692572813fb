// Progress output: plain lines every 10% off a terminal, a redrawn bar with ETA on one.
import { describe, expect, it } from "vitest";
import { createProgress } from "../../../scripts/compile-progress.ts";

function capture(isTTY: boolean): {
  out: string[];
  stream: { isTTY: boolean; write: (s: string) => boolean };
} {
  const out: string[] = [];
  return { out, stream: { isTTY, write: (s: string) => out.push(s) > 0 } };
}

describe("createProgress", () => {
  it("prints a line per 10% when not on a terminal", () => {
    const { out, stream } = capture(false);
    let t = 0;
    const progress = createProgress(stream, () => (t += 10));
    for (let i = 1; i <= 100; i++) progress.tick("reading", i, 100);
    progress.stage("laying out…");
    expect(out).toHaveLength(12);
    expect(out[0]).toMatch(/^reading: 1\/100 \(0%\), ETA \d+s\n$/);
    expect(out[10]).toBe("reading: 100/100 (100%)\n");
    expect(out[11]).toBe("laying out…\n");
  });

  it("redraws a bar with count and ETA on a terminal, then clears it", () => {
    const { out, stream } = capture(true);
    let t = 0;
    const progress = createProgress(stream, () => (t += 1000));
    progress.tick("decoding", 1, 4);
    progress.tick("decoding", 4, 4);
    expect(out[0]).toMatch(/decoding \[######-+\] 1\/4 25% ETA \d+s/);
    expect(out.at(-1)).toBe("\r\u001b[2K");
  });
});
