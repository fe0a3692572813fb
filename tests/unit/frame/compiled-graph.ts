/** A small compiled graph for the frame's tests: every optional field, content-derived and
 * other edge keys, mentions, merges and evidence. */
import { parseGraph } from "../../../src/model/schema.ts";
import type { SerializedRabitaGraph } from "../../../src/model/types.ts";

export function compiledGraph(): SerializedRabitaGraph {
  const span = (doc: string, start: number): { doc: string; start: number; end: number } => ({
    doc,
    start,
    end: start + 4,
  });
  return parseGraph({
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: { version: 1, generator: "rabita test" },
    nodes: [
      {
        key: "event:forum-2019",
        attributes: {
          label: "Amman Forum",
          kind: "event",
          aliases: ["the Forum", "منتدى عمان"],
          mentions: [span("a.txt", 10), span("b.txt", 3)],
          date: { start: "2019-03", end: "2019-04-02" },
          eventType: "conference",
          place: "Amman",
          x: 1.5,
          y: -2.25,
          size: 4,
          degree: 2,
        },
      },
      {
        key: "event:project",
        attributes: {
          label: "A project",
          kind: "event",
          aliases: [],
          mentions: [span("a.txt", 40)],
          date: { start: "2020" },
          eventType: "project",
          x: 0.1,
          y: 0.2,
          size: 3,
          degree: 1,
        },
      },
      {
        key: "org:undp",
        attributes: {
          label: "United Nations Development Programme",
          kind: "funder",
          aliases: ["UNDP"],
          mentions: [span("a.txt", 0), span("a.txt", 20), span("c.txt", 7)],
          merges: [
            { rule: "acronym-or-initials", names: ["UNDP", "United Nations"], doc: "a.txt" },
          ],
          x: -7,
          y: 3.125,
          size: 6.5,
          degree: 2,
        },
      },
      {
        key: "person:ali",
        attributes: {
          label: "Ali Hassan",
          kind: "person",
          aliases: [],
          mentions: [],
          x: 0,
          y: 0,
          size: 2,
          degree: 1,
        },
      },
    ],
    edges: [
      {
        key: "funded:org:undp->event:forum-2019:1200000.5EUR",
        source: "org:undp",
        target: "event:forum-2019",
        attributes: {
          kind: "funded",
          evidence: [span("a.txt", 0)],
          amount: 1200000.5,
          currency: "EUR",
        },
      },
      {
        key: "funded:org:undp->event:project",
        source: "org:undp",
        target: "event:project",
        attributes: { kind: "funded", evidence: [span("a.txt", 20), span("c.txt", 7)] },
      },
      {
        key: "a key of another tool",
        source: "person:ali",
        target: "event:forum-2019",
        attributes: { kind: "spoke_at", evidence: [], currency: "USD" },
      },
      {
        key: "participated:person:ali->event:forum-2019",
        source: "person:ali",
        target: "event:forum-2019",
        attributes: { kind: "participated", evidence: [span("b.txt", 3)] },
      },
    ],
  });
}
