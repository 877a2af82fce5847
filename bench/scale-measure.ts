/**
 * Timing and scoring of one command's queries, for byline and the baseline alike: warm-up,
 * repeated rounds while a time budget lasts, p50/p99 latency, and hit@1 split by variant and
 * by scope (whole library or one article).
 */
import { isHit, VARIANTS, type BenchQuery, type Top, type Variant } from './scale-queries.js';

/** Hits out of queries asked. */
export interface Score {
  hits: number;
  n: number;
}

export interface Timing {
  /** Queries scored (the first round); fewer than planned when the budget ran out. */
  queries: number;
  /** Latencies measured (all rounds). */
  samples: number;
  p50: number;
  p99: number;
  mean: number;
  hit1: Score;
  byVariant: Record<Variant, Score>;
  byScope: { library: Score; article: Score };
  /** Queries whose top answer was wrong, for the report (first few). */
  misses: { query: string; article?: string; variant: Variant }[];
}

export interface Budget {
  /** Stop starting new queries after this long (ms), once `minQueries` have been scored. */
  ms: number;
  minQueries: number;
  /** Timed passes over the queries at most (small libraries: more samples for a steadier p99). */
  rounds: number;
  /** Queries run untimed first, so the JIT has compiled the search path. */
  warm: number;
}

/** The q-quantile of sorted values (nearest rank). */
export function percentile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const score = (): Score => ({ hits: 0, n: 0 });

/** Runs `top` over the queries within the budget; hit@1 from the first round, latency from all. */
export function timeQueries(queries: readonly BenchQuery[], top: (q: BenchQuery) => Top | null, budget: Budget): Timing {
  for (const q of queries.slice(0, budget.warm)) top(q);
  const times: number[] = [];
  const t: Timing = { queries: 0, samples: 0, p50: NaN, p99: NaN, mean: NaN, hit1: score(), byVariant: Object.fromEntries(VARIANTS.map((v) => [v, score()])) as Record<Variant, Score>, byScope: { library: score(), article: score() }, misses: [] };
  const started = performance.now();
  for (let round = 0; round < budget.rounds; round++) {
    for (const q of queries) {
      if (performance.now() - started > budget.ms && (round > 0 || t.queries >= budget.minQueries)) break;
      const t0 = performance.now();
      const answer = top(q);
      times.push(performance.now() - t0);
      if (round > 0) continue;
      const hit = isHit(q.expect, answer);
      t.queries++;
      for (const s of [t.hit1, t.byVariant[q.variant], q.article ? t.byScope.article : t.byScope.library]) {
        s.n++;
        if (hit) s.hits++;
      }
      if (!hit && t.misses.length < 5) t.misses.push({ query: q.query, ...(q.article ? { article: q.article } : {}), variant: q.variant });
    }
    if (performance.now() - started > budget.ms) break;
  }
  times.sort((a, b) => a - b);
  t.samples = times.length;
  t.p50 = percentile(times, 0.5);
  t.p99 = percentile(times, 0.99);
  t.mean = times.reduce((a, b) => a + b, 0) / (times.length || 1);
  return t;
}
