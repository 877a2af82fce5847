/**
 * Per-user cooldown: at most `limit` commands in any `windowMs` (a sliding window). `take` records a
 * command and returns 0, or returns how many ms to wait when the user is over the limit.
 */
export interface CooldownSettings {
  limit: number;
  windowMs: number;
}

export class Cooldown {
  readonly #uses = new Map<string, number[]>();

  constructor(
    private readonly settings: CooldownSettings,
    private readonly now: () => number = Date.now,
  ) {}

  take(userId: string): number {
    const now = this.now();
    const recent = (this.#uses.get(userId) ?? []).filter((t) => now - t < this.settings.windowMs);
    if (recent.length >= this.settings.limit) {
      this.#uses.set(userId, recent);
      return this.settings.windowMs - (now - recent[0]!);
    }
    recent.push(now);
    this.#uses.set(userId, recent);
    if (this.#uses.size > 10_000) this.#prune(now);
    return 0;
  }

  /** Drops users with no recent command, so the map cannot grow without bound. */
  #prune(now: number): void {
    for (const [user, uses] of this.#uses) {
      if (uses.every((t) => now - t >= this.settings.windowMs)) this.#uses.delete(user);
    }
  }
}
