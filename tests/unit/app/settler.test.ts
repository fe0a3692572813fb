import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SETTLE_MAX_MS, SETTLE_QUIET_MS, settler } from "../../../src/app/state/settler.ts";

describe("values applied once they rest", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("applies the last of a burst once, when the burst pauses", () => {
    const applied: number[] = [];
    const give = settler<number>((v) => applied.push(v));
    for (let v = 1; v <= 5; v++) {
      give(v);
      vi.advanceTimersByTime(SETTLE_QUIET_MS / 3);
    }
    expect(applied).toEqual([]);
    vi.advanceTimersByTime(SETTLE_QUIET_MS);
    expect(applied).toEqual([5]);
    // A value given later starts a burst of its own.
    give(6);
    vi.advanceTimersByTime(SETTLE_QUIET_MS);
    expect(applied).toEqual([5, 6]);
  });

  it("applies at least every so often while values keep coming", () => {
    const applied: number[] = [];
    const give = settler<number>((v) => applied.push(v));
    const every = SETTLE_QUIET_MS / 2;
    let v = 0;
    for (let t = 0; t < 3 * SETTLE_MAX_MS; t += every) {
      give(++v);
      vi.advanceTimersByTime(every);
    }
    // Three bursts' worth of never pausing: applied about once per longest wait.
    expect(applied.length).toBeGreaterThanOrEqual(2);
    expect(applied.length).toBeLessThanOrEqual(3);
    expect(applied.every((x, i) => i === 0 || x > (applied[i - 1] ?? 0))).toBe(true);
  });

  it("drops what waits when cancelled", () => {
    const applied: string[] = [];
    const give = settler<string>((v) => applied.push(v));
    give("a");
    give.cancel();
    vi.advanceTimersByTime(SETTLE_MAX_MS * 2);
    expect(applied).toEqual([]);
  });
});
