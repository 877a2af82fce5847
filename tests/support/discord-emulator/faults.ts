/**
 * REST fault injection: the next N requests matching a route get a 429, a 5xx, a dropped connection
 * or an extra delay instead of (or before) the normal answer.
 */
import type { RecordedRequest } from './types.js';

/**
 * Which requests a fault applies to:
 * - a route string as in `EmulatorRoutes` (`'POST /interactions/:id/:token/callback'`), a template
 *   without method (`'/interactions/:id/:token/callback'`) or a literal path (`'GET /users/@me'`);
 * - a RegExp tested against `METHOD /path`;
 * - a predicate over the recorded request.
 */
export type RouteMatcher = string | RegExp | ((request: RecordedRequest) => boolean);

export function matchesRoute(matcher: RouteMatcher, request: RecordedRequest): boolean {
  if (typeof matcher === 'function') return matcher(request);
  const literal = `${request.method} ${request.path}`;
  if (matcher instanceof RegExp) return matcher.test(literal);
  const template = request.route.slice(request.route.indexOf(' ') + 1);
  return matcher === request.route || matcher === template || matcher === literal || matcher === request.path;
}

export interface RateLimitFault {
  /** How many matching requests get the 429 (default 1; `Infinity` for all). */
  count?: number;
  /** Seconds, sent in the `retry-after` header and body (default 0.05: real Discord sends ≥ 1 s, tests want speed). */
  retryAfter?: number;
  /** Sends `x-ratelimit-global: true` and `global: true`. */
  global?: boolean;
  /** `x-ratelimit-scope` header: user, global or shared. */
  scope?: 'user' | 'global' | 'shared';
}

export interface StatusFault {
  /** HTTP status, default 500. */
  status?: number;
  count?: number;
  /** Response body; defaults to Discord's `{ message: '500: Internal Server Error', code: 0 }` style. */
  body?: unknown;
  /**
   * The emulator handles the request as usual and only then answers with the error, as when
   * Discord did the work but its edge lost the answer (a 502 or 504 after the fact): a client
   * that retries then meets the consequences, e.g. 40060 for an interaction callback.
   */
  processed?: boolean;
}

export type FaultOutcome =
  | { kind: 'respond'; label: string; status: number; body: unknown; headers: Record<string, string>; processed?: boolean }
  | { kind: 'reset'; label: string };

interface ResponseFault {
  matcher: RouteMatcher;
  remaining: number;
  outcome: () => FaultOutcome;
}

interface DelayFault {
  matcher: RouteMatcher;
  remaining: number;
  ms: number;
}

const STATUS_TEXT: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export class FaultInjector {
  readonly #responses: ResponseFault[] = [];
  readonly #delays: DelayFault[] = [];
  readonly #sleeping = new Map<NodeJS.Timeout, () => void>();

  /** The next `count` matching requests answer 429 with `retry-after`, like a Discord rate limit. */
  rateLimit(matcher: RouteMatcher, options: RateLimitFault = {}): void {
    const retryAfter = options.retryAfter ?? 0.05;
    const global = options.global ?? false;
    const headers: Record<string, string> = {
      'retry-after': String(retryAfter),
      'x-ratelimit-scope': options.scope ?? (global ? 'global' : 'user'),
    };
    if (global) headers['x-ratelimit-global'] = 'true';
    this.#responses.push({
      matcher,
      remaining: options.count ?? 1,
      outcome: () => ({
        kind: 'respond',
        label: '429',
        status: 429,
        headers,
        body: { message: 'You are being rate limited.', retry_after: retryAfter, global },
      }),
    });
  }

  /**
   * The next `count` matching requests answer with a server error (500 by default; 502/503 for
   * gateway-ish outages), without being handled, or after being handled with `processed`.
   */
  fail(matcher: RouteMatcher, options: StatusFault = {}): void {
    const status = options.status ?? 500;
    const body = options.body ?? { message: `${status}: ${STATUS_TEXT[status] ?? 'Error'}`, code: 0 };
    const processed = options.processed ?? false;
    this.#responses.push({
      matcher,
      remaining: options.count ?? 1,
      outcome: () => ({ kind: 'respond', label: processed ? `${status} after handling` : String(status), status, headers: {}, body, processed }),
    });
  }

  /** The next `count` matching requests get their TCP connection destroyed without an answer. */
  reset(matcher: RouteMatcher, options: { count?: number } = {}): void {
    this.#responses.push({ matcher, remaining: options.count ?? 1, outcome: () => ({ kind: 'reset', label: 'reset' }) });
  }

  /**
   * The next `count` matching requests are held for `ms` before the emulator processes them, as if
   * they reached Discord late: interaction deadlines are checked after the delay.
   */
  delay(matcher: RouteMatcher, ms: number, options: { count?: number } = {}): void {
    this.#delays.push({ matcher, remaining: options.count ?? 1, ms });
  }

  /** Removes all pending faults. */
  clear(): void {
    this.#responses.length = 0;
    this.#delays.length = 0;
  }

  /** Faults still waiting to fire (`Infinity` counts as 1 per rule). */
  get pending(): number {
    return [...this.#responses, ...this.#delays].filter((fault) => fault.remaining > 0).length;
  }

  /** @internal Total delay to apply to this request (consumes the matching delay rules). */
  takeDelay(request: RecordedRequest): number {
    let total = 0;
    for (const fault of this.#delays) {
      if (fault.remaining > 0 && matchesRoute(fault.matcher, request)) {
        fault.remaining -= 1;
        total += fault.ms;
      }
    }
    return total;
  }

  /** @internal The first pending response fault matching this request, if any (consumes it). */
  takeResponse(request: RecordedRequest): FaultOutcome | undefined {
    const fault = this.#responses.find((candidate) => candidate.remaining > 0 && matchesRoute(candidate.matcher, request));
    if (!fault) return undefined;
    fault.remaining -= 1;
    return fault.outcome();
  }

  /** @internal A cancellable sleep, so `close()` never waits for injected delays. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#sleeping.delete(timer);
        resolve();
      }, ms);
      this.#sleeping.set(timer, resolve);
    });
  }

  /** @internal */
  dispose(): void {
    this.clear();
    for (const [timer, resolve] of this.#sleeping) {
      clearTimeout(timer);
      resolve();
    }
    this.#sleeping.clear();
  }
}
