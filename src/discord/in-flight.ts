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

  /** Resolves when everything in flight has finished, or after `ms`. */
  settle(ms: number): Promise<void> {
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
    return Promise.race([Promise.allSettled([...this.#running]).then(() => undefined), timeout]);
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
