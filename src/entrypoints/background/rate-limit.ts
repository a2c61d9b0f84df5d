// A minimum interval per key: how the background limits what a message may make it do (open a
// briefing tab) however often the message comes.

export class MinInterval<K> {
  /** key → when it was last allowed (ms, on `now`'s clock). */
  private last = new Map<K, number>();

  /**
   * @param now a monotonic clock in ms (the background: `performance.now`).
   * @param intervalMs the least time between two allowed uses of one key.
   */
  constructor(
    private readonly now: () => number,
    private readonly intervalMs: number,
  ) {}

  /** True (and the use is counted) when `key` was not allowed in the last `intervalMs`. */
  take(key: K): boolean {
    const t = this.now();
    const prev = this.last.get(key);
    if (prev !== undefined && t - prev < this.intervalMs) return false;
    this.last.set(key, t);
    // Keys whose interval is over are worth nothing: drop them, so a long session holds only the
    // keys of the last interval.
    for (const [k, at] of this.last) if (t - at >= this.intervalMs) this.last.delete(k);
    return true;
  }

  /** Forgets `key` (its tab closed). */
  forget(key: K): void {
    this.last.delete(key);
  }

  /** Keys remembered now (for the leak test). */
  get size(): number {
    return this.last.size;
  }
}
