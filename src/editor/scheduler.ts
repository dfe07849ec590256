/**
 * Debounces work per key (one timer per document) and hands each run a generation number, so a
 * result is applied only if nothing newer was scheduled for the same key in the meantime.
 */
export class AnalysisScheduler<K> {
  private readonly timers = new Map<K, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<K, number>();

  constructor(private readonly run: (key: K, generation: number) => void) {}

  /** Schedules `key` after `delayMs`, replacing any pending run for it. */
  schedule(key: K, delayMs: number): void {
    const gen = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, gen);
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.run(key, gen);
    }, delayMs));
  }

  /** Is `generation` still the newest one scheduled for `key`? */
  isCurrent(key: K, generation: number): boolean {
    return this.generations.get(key) === generation;
  }

  /** Forgets `key` (document closed): its pending run is dropped. */
  forget(key: K): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generations.delete(key);
  }

  /** Cancels everything. */
  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.generations.clear();
  }
}
