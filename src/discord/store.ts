/**
 * A short-lived in-memory store for what buttons need (pages of an answer, suggestions), keyed by a
 * short random id that goes into the buttons' custom IDs. Each entry lives `ttlMs` after its last
 * use; when it expires, `onExpire` runs (the owner disables the buttons). Timers are unref'd so a
 * pending expiry never keeps the process alive.
 */
import { randomBytes } from 'node:crypto';

interface Slot<T> {
  value: T;
  timer: NodeJS.Timeout;
}

export class TtlStore<T> {
  readonly #slots = new Map<string, Slot<T>>();

  constructor(
    private readonly ttlMs: number,
    private readonly onExpire: (value: T, id: string) => Promise<void>,
  ) {}

  get size(): number {
    return this.#slots.size;
  }

  /** Stores `value` and returns its id (8 URL-safe characters). */
  add(value: T): string {
    let id = randomBytes(6).toString('base64url');
    while (this.#slots.has(id)) id = randomBytes(6).toString('base64url');
    this.#slots.set(id, { value, timer: this.#timer(id) });
    return id;
  }

  get(id: string): T | undefined {
    return this.#slots.get(id)?.value;
  }

  /** Restarts the entry's lifetime (after a click). */
  touch(id: string): void {
    const slot = this.#slots.get(id);
    if (!slot) return;
    clearTimeout(slot.timer);
    slot.timer = this.#timer(id);
  }

  /** Forgets an entry without expiring it (its message was never sent). */
  delete(id: string): void {
    const slot = this.#slots.get(id);
    if (slot) clearTimeout(slot.timer);
    this.#slots.delete(id);
  }

  /** Expires one entry now. */
  async expire(id: string): Promise<void> {
    const slot = this.#slots.get(id);
    if (!slot) return;
    this.delete(id);
    await this.onExpire(slot.value, id);
  }

  /** Expires every entry now (shutdown). */
  async expireAll(): Promise<void> {
    await Promise.allSettled([...this.#slots.keys()].map((id) => this.expire(id)));
  }

  #timer(id: string): NodeJS.Timeout {
    const timer = setTimeout(() => void this.expire(id), this.ttlMs);
    timer.unref();
    return timer;
  }
}
