/**
 * Keys waiting to be re-reduced, in the order they came, each once: taken a slice at a time
 * from the front. A `Set` alone would do, but taking from the front of a set while deleting
 * what was taken walks past every deleted entry again on each take (they stay in its table
 * until it is rebuilt): the slices of a large time-window change then cost more and more.
 */
export class KeyQueue implements Iterable<string> {
  private readonly waiting = new Set<string>();
  private order: string[] = [];
  private at = 0;

  get size(): number {
    return this.waiting.size;
  }

  add(key: string): void {
    if (this.waiting.has(key)) return;
    this.waiting.add(key);
    this.order.push(key);
  }

  clear(): void {
    this.waiting.clear();
    this.order = [];
    this.at = 0;
  }

  /** Takes up to `max` keys from the front (those `keep` refuses are dropped). */
  take(max: number, keep: (key: string) => boolean): string[] {
    const out: string[] = [];
    while (out.length < max && this.at < this.order.length) {
      const key = this.order[this.at++] as string;
      this.waiting.delete(key);
      if (keep(key)) out.push(key);
    }
    if (this.at >= this.order.length) {
      this.order = [];
      this.at = 0;
    }
    return out;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let i = this.at; i < this.order.length; i++) yield this.order[i] as string;
  }
}
