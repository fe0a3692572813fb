/** The fast structural check in `parseGraph` accepts exactly what the valibot schema accepts,
 * outputs the same data, and leaves error messages (with their paths) to valibot. */
import { describe, expect, it } from "vitest";
import * as v from "valibot";
import { graphSchema, parseGraph } from "../../../src/model/schema.ts";
import { makeBenchGraph } from "../../../bench/render-graph-generator.ts";

type Path = (string | number)[];
const DELETE = Symbol("delete");

/** A deep copy of `data` with the value at `path` replaced (or deleted). */
function mutate(data: unknown, path: Path, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(data)) as unknown;
  let at = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === DELETE) Reflect.deleteProperty(at, last);
  else at[last] = value;
  return copy;
}

const base = makeBenchGraph(200);
const cases: [Path, unknown][] = [
  [["nodes", 3, "attributes", "label"], ""],
  [["nodes", 3, "attributes", "kind"], "x"],
  [["nodes", 3, "attributes", "size"], -1],
  [["nodes", 3, "attributes", "degree"], 1.5],
  [["nodes", 3, "attributes", "mentions"], [{ doc: "a", start: 3, end: 3 }]],
  [["nodes", 3, "attributes", "date"], { start: "2020-1" }],
  [["nodes", 3, "attributes", "extra"], 1],
  [["nodes", 3, "attributes", "aliases"], [1]],
  [["nodes", 3, "attributes", "mentions"], DELETE],
  [["edges", 3, "attributes", "currency"], "eur"],
  [["edges", 3, "attributes", "kind"], "knows"],
  [["edges", 3, "attributes", "amount"], "12"],
  [["options", "multi"], false],
  [["attributes", "version"], "1"],
  [["extra"], 1],
];

describe("parseGraph fast path", () => {
  it("returns what the schema outputs for a valid graph", () => {
    expect(parseGraph(JSON.parse(JSON.stringify(base)))).toEqual(v.parse(graphSchema, base));
  });
  it.each(cases)("agrees with the schema when %j is %j", (path, value) => {
    const data = mutate(base, path, value);
    const expected = v.safeParse(graphSchema, data);
    if (expected.success) expect(parseGraph(data)).toEqual(expected.output);
    else expect(() => parseGraph(data)).toThrow(path.join("."));
  });
  it("still rejects an edge to a missing node", () => {
    expect(() => parseGraph(mutate(base, ["edges", 3, "source"], "nope"))).toThrow(
      "points to a missing node",
    );
  });
});
