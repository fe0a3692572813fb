/** Small queries over an Extraction, shared by the rule tests. */
import { extract } from "../../../src/compiler/extract/index.ts";
import type { Extraction } from "../../../src/compiler/types.ts";

/** The extraction of one document made of `lines`. */
export const run = (...lines: string[]): Extraction =>
  extract([{ id: "t.txt", text: lines.join("\n") }]);

/** The entity named `label`, as its label or one of its aliases. */
export const find = (ex: Extraction, label: string) =>
  ex.entities.find((e) => e.label === label || e.aliases.includes(label));

/** The kinds of the relations between the entities named `a` and `b`, either way round. */
export function related(ex: Extraction, a: string, b: string): string[] {
  const x = find(ex, a)?.id;
  const y = find(ex, b)?.id;
  return ex.relations
    .filter((r) => (r.source === x && r.target === y) || (r.source === y && r.target === x))
    .map((r) => r.kind);
}

/** The amount of the funding relation from the entity named `a` to the one named `b`, if any. */
export function fundedAmount(ex: Extraction, a: string, b: string): number | undefined {
  const x = find(ex, a)?.id;
  const y = find(ex, b)?.id;
  return ex.relations.find((r) => r.kind === "funded" && r.source === x && r.target === y)?.amount;
}
