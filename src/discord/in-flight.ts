/**
 * The interactions being handled right now (shutdown waits for them), and which ones are done
 * (`handled(id)` lets tests and the benchmark wait for the bot instead of sleeping).
 */
export class InFlight {
  readonly #running = new Set<Promise<void>>();
  readonly #done = new Set<string>();
  readonly #waiting = new Map<string, (() => void)[]>();

  /** Tracks `work` for interaction `id`; it must not reject. */
  add(id: string, work: Promise<void>): void {
    const tracked: Promise<void> = work.finally(() => {
      this.#running.delete(tracked);
      this.#finish(id);
    });
    this.#running.add(tracked);
  }

  /**
   * Resolves when nothing is in flight any more, or after `ms`. Work added meanwhile (a "restarting"
   * notice during shutdown) is waited for too, not only what was running when it was called.
   */
  async settle(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), ms).unref();
    });
    try {
      while (this.#running.size > 0) {
        if ((await Promise.race([Promise.allSettled([...this.#running]), timeout])) === 'timeout') return;
      }
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves once interaction `id` has been handled (the last 1,000 are remembered). */
  handled(id: string): Promise<void> {
    if (this.#done.has(id)) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.set(id, [...(this.#waiting.get(id) ?? []), resolve]));
  }

  #finish(id: string): void {
    this.#done.add(id);
    if (this.#done.size > 1000) this.#done.delete(this.#done.values().next().value!);
    for (const resolve of this.#waiting.get(id) ?? []) resolve();
    this.#waiting.delete(id);
  }
}

/**
 * The global concurrency cap: at most `limit` interactions handled at once, over every user. The
 * per-user cooldown cannot bound a burst from many users; this does, so that a flood (or Discord
 * answering slowly, which keeps replies in flight longer) cannot queue unbounded work and REST
 * calls, and each refusal costs one cheap "busy" reply instead of a late answer.
 */
export class ConcurrencyCap {
  #active = 0;

  constructor(readonly limit: number) {}

  /** Interactions being handled now. */
  get active(): number {
    return this.#active;
  }

  /** Takes a slot and returns true, or returns false when all `limit` slots are taken. */
  tryEnter(): boolean {
    if (this.#active >= this.limit) return false;
    this.#active += 1;
    return true;
  }

  /** Gives back a slot taken by `tryEnter`. */
  leave(): void {
    this.#active = Math.max(0, this.#active - 1);
  }
}
