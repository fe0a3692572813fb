/**
 * Events that are parts of others: "The training is part of Qach'ab'al", "Under the project,
 * TRWN organised a training", "as part of the Safe Schools programme", "X was the second
 * annual gathering of the Y project", "the third edition of the Z festival". The part is
 * the event the sentence tells of beside the cue; the whole is the event the cue governs.
 */
import type { EventType } from "../../model/types.ts";

interface EventItem {
  id: string;
  start: number;
  end: number;
}

type AddPart = (part: string, whole: string) => void;

/** A cue right before the whole: "part of the", "a component of", "the second edition of". */
const PART_OF_BEFORE =
  /\b(?:part|parts|component|components|activity|activities|event|element|phase|pillar|edition|gathering|round|session|leg|stage)\s+of\s+(?:the\s+|its\s+|their\s+|our\s+|this\s+)?[*_“"]*$/i;
/** A cue that needs the whole to be a project or programme: "under the", "within the". */
const FRAMEWORK_BEFORE =
  /\b(?:under|within|through)\s+(?:the\s+(?:framework|umbrella)\s+of\s+)?(?:the\s+|its\s+|their\s+|our\s+|this\s+)?[*_“"]*$|\bin\s+the\s+(?:framework|context)\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?[*_“"]*$|\b(?:funded|financed|supported)\s+(?:by|through|from)\s+(?:the\s+|its\s+|their\s+|our\s+)?[*_“"]*$/i;
/** The kinds of event that other events run under. */
const FRAMES: ReadonlySet<EventType> = new Set(["project", "programme"]);

/**
 * Adds `part → whole` for each part cue in the sentence `s` whose events are `events` (in
 * order; references included), `typeOf` giving each event's type.
 */
export function eventParts(
  text: string,
  s: { start: number; end: number },
  events: readonly EventItem[],
  typeOf: (id: string) => EventType | undefined,
  add: AddPart,
): void {
  if (events.length < 2) return;
  for (const [k, whole] of events.entries()) {
    const before = text.slice(Math.max(s.start, whole.start - 60), whole.start);
    const partOf = PART_OF_BEFORE.test(before);
    const framed = !partOf && FRAMEWORK_BEFORE.test(before);
    if (!partOf && !framed) continue;
    const type = typeOf(whole.id);
    if (framed && (!type || !FRAMES.has(type))) continue;
    // The part: the event told just before the cue, or else the first told after the whole.
    const part =
      events
        .slice(0, k)
        .reverse()
        .find((e) => e.id !== whole.id) ?? events.slice(k + 1).find((e) => e.id !== whole.id);
    if (!part) continue;
    // (A project is not part of an activity under it.)
    const partType = typeOf(part.id);
    if (partType && FRAMES.has(partType) && !(type && FRAMES.has(type))) continue;
    add(part.id, whole.id);
  }
}
