/**
 * Values applied once they rest: what the page shows beside the graph (the kind counts, the
 * window's date fields while the brush is dragged) follows the time window once the brush
 * pauses (or at least every `maxMs` while it goes on), instead of on every brush step, whose
 * frame is the graph's (see settled.svelte.ts). Framework-free.
 */

/** Changes show once they pause this long… */
export const SETTLE_QUIET_MS = 150;
/** …or at least this often while they go on. */
export const SETTLE_MAX_MS = 500;

/**
 * Calls `apply` with the last value given to the returned function once values stop coming
 * for `quietMs`, or `maxMs` after the first one not yet applied; `cancel` drops what waits.
 */
export function settler<T>(
  apply: (value: T) => void,
  quietMs = SETTLE_QUIET_MS,
  maxMs = SETTLE_MAX_MS,
): { (value: T): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest value not yet applied came. */
  let since = 0;
  const give = (value: T): void => {
    const now = Date.now();
    if (timer === undefined) since = now;
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        timer = undefined;
        apply(value);
      },
      Math.max(0, Math.min(quietMs, since + maxMs - now)),
    );
  };
  give.cancel = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };
  return give;
}
