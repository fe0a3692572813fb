import { describe, expect, it } from "vitest";
import { KeyQueue } from "../../../src/app/graph/key-queue.ts";

describe("KeyQueue", () => {
  it("gives keys back in the order they came, each once, a slice at a time", () => {
    const q = new KeyQueue();
    for (const k of ["a", "b", "a", "c", "d", "b"]) q.add(k);
    expect(q.size).toBe(4);
    expect([...q]).toEqual(["a", "b", "c", "d"]);
    expect(q.take(2, () => true)).toEqual(["a", "b"]);
    expect(q.size).toBe(2);
    // A key taken can come again; one still waiting is not queued twice.
    q.add("a");
    q.add("c");
    expect(q.take(10, () => true)).toEqual(["c", "d", "a"]);
    expect(q.size).toBe(0);
    expect(q.take(10, () => true)).toEqual([]);
  });

  it("drops the keys refused, and empties on clear", () => {
    const q = new KeyQueue();
    for (const k of ["a", "x", "b", "y"]) q.add(k);
    expect(q.take(2, (k) => k !== "x")).toEqual(["a", "b"]);
    expect(q.size).toBe(1);
    q.clear();
    expect(q.size).toBe(0);
    expect([...q]).toEqual([]);
  });

  it("takes a large queue in many slices without slowing down on what was taken", () => {
    const q = new KeyQueue();
    for (let i = 0; i < 20_000; i++) q.add(`k${i}`);
    const taken: string[] = [];
    while (q.size > 0) taken.push(...q.take(64, () => true));
    expect(taken.length).toBe(20_000);
    expect(taken[19_999]).toBe("k19999");
  });
});
