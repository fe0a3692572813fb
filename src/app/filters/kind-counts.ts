/** Node counts per kind, over all nodes or over those a time window keeps. Pure. */
import type { NodeKind } from "../../model/types.ts";

export type KindCounts = Record<NodeKind, number>;

/** Counts `kinds` (one per node), only where `inside` is 1 when a mask is given. */
export function kindCounts(kinds: readonly NodeKind[], inside: Uint8Array | null): KindCounts {
  const c: KindCounts = { organisation: 0, funder: 0, person: 0, event: 0 };
  kinds.forEach((kind, i) => {
    if (!inside || inside[i] === 1) c[kind]++;
  });
  return c;
}
