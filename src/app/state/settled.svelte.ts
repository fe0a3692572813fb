/**
 * A value that follows another once it rests: what the page counts beside the graph (the kind
 * counts, the empty-window notice, the table) follows the time window once the brush pauses
 * (or at least every `SETTLE_MAX_MS` while it goes on), instead of being recounted and laid
 * out again on every brush step, whose frame is the graph's.
 */
import { untrack } from "svelte";
import { settler } from "./settler.ts";

/**
 * `read()`'s value, from the start, then each change once changes rest (see settler.ts). Call
 * it while a component is set up (it runs an effect, stopped with the component).
 */
export function settled<T>(read: () => T): { readonly current: T } {
  let current = $state.raw(read());
  const give = settler<T>((value) => (current = value));
  let first = true;
  $effect(() => {
    const value = read();
    const unchanged = first && value === untrack(() => current);
    first = false;
    if (!unchanged) give(value);
  });
  $effect(() => () => give.cancel());
  return {
    get current() {
      return current;
    },
  };
}
