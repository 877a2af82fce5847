/**
 * Event-driven waiting without polling or fixed sleeps: a waiter re-evaluates its probe whenever the
 * emulator's state changes (`notify()`), and fails with a descriptive error after a timeout.
 */

export class EmulatorTimeoutError extends Error {
  override name = 'EmulatorTimeoutError';
}

interface PendingWait {
  check(): void;
  fail(error: Error): void;
}

export class Waiters {
  readonly #pending = new Set<PendingWait>();
  #closedWith: Error | null = null;

  /**
   * Resolves with the first non-undefined value `probe` returns; re-checked on every `notify()`.
   * A probe that throws rejects the wait with that error.
   */
  waitFor<T>(probe: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    if (this.#closedWith) return Promise.reject(this.#closedWith);
    return new Promise<T>((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        this.#pending.delete(entry);
      };
      const entry: PendingWait = {
        check: () => {
          let value: T | undefined;
          try {
            value = probe();
          } catch (error) {
            finish();
            reject(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          if (value === undefined) return;
          finish();
          resolve(value);
        },
        fail: (error) => {
          finish();
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        entry.fail(new EmulatorTimeoutError(`Timed out after ${timeoutMs} ms waiting for ${describe()}`));
      }, timeoutMs);
      this.#pending.add(entry);
      entry.check();
    });
  }

  /** Re-evaluates every pending probe; call after any state change. */
  notify(): void {
    for (const entry of [...this.#pending]) entry.check();
  }

  /** Rejects all pending and future waits (used by `close()` so nothing keeps vitest alive). */
  close(reason: Error): void {
    this.#closedWith = reason;
    for (const entry of [...this.#pending]) entry.fail(reason);
  }
}
