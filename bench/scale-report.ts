/** Renders the scale benchmark's results as the plain-text tables `npm run bench` prints. */
import type { Command } from '../src/answer/types.js';
import type { ColdResult, ColdRun } from './scale-cold.js';
import type { Score, Timing } from './scale-measure.js';
import type { SelfCheck } from './self-check.js';

export interface CommandResult {
  byline: Timing;
  fuse: Timing;
  /** Plain Fuse latency over byline's: above 1, byline is faster. */
  speedupP50: number;
  speedupP99: number;
}

export interface SizeResult {
  articles: number;
  records: { quotes: number; sentences: number; figures: number; people: number };
  build: {
    extractMs: number;
    extractPerSecond: number;
    indexMs: number;
    /** Heap after the build, after a full GC. */
    heapMB: number;
    /** Of which the library and the index (heap after minus heap before)... */
    heapDeltaMB: number;
    /** ...and the index alone. */
    heapIndexMB: number;
    /** The plain-Fuse baseline's own index build. */
    fuseIndexMs: number;
  };
  selfCheck: SelfCheck;
  commands: Record<Command, CommandResult>;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (Number.isNaN(n) ? '-' : n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : int(n));
const pct = (s: Score) => (s.n ? `${Math.round((100 * s.hits) / s.n)}%` : '-');
const frac = (s: Score) => (s.n ? `${s.hits}/${s.n}` : '-');
const ratio = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 1 : 0)}x` : '-');

/** One row per library size: build cost, heap and what the index holds. */
export function buildTable(results: readonly SizeResult[]): string[] {
  const rows = [['articles', 'extract ms', 'art/s', 'index ms', 'heap MB', 'library MB', 'index MB', 'quotes', 'sentences', 'figures', 'people', 'fuse idx ms']];
  for (const r of results) {
    const b = r.build;
    rows.push([int(r.articles), int(b.extractMs), int(b.extractPerSecond), int(b.indexMs), int(b.heapMB), int(b.heapDeltaMB - b.heapIndexMB), int(b.heapIndexMB), int(r.records.quotes), int(r.records.sentences), int(r.records.figures), int(r.records.people), int(b.fuseIndexMs)]);
  }
  return align(rows);
}

/** Per command at one size: byline and plain Fuse side by side, hit@1 by variant and scope. */
export function commandTable(r: SizeResult): string[] {
  const rows = [['command', 'n', 'p50 ms', 'p99 ms', 'hit@1', 'exact', 'partial', 'typo', 'absent', 'library', 'article', '|', 'fuse n', 'p50 ms', 'p99 ms', 'hit@1', '|', 'x p50', 'x p99']];
  for (const [command, c] of Object.entries(r.commands)) {
    const b = c.byline;
    const f = c.fuse;
    rows.push([command, String(b.queries), ms(b.p50), ms(b.p99), pct(b.hit1), frac(b.byVariant.exact), frac(b.byVariant.partial), frac(b.byVariant.misspelt), frac(b.byVariant.absent), frac(b.byScope.library), frac(b.byScope.article), '|', String(f.queries), ms(f.p50), ms(f.p99), pct(f.hit1), '|', ratio(c.speedupP50), ratio(c.speedupP99)]);
  }
  return align(rows);
}

/** A few queries byline got wrong at this size, to start a diagnosis from. */
export function missLines(r: SizeResult, perCommand = 2): string[] {
  const out: string[] = [];
  for (const [command, c] of Object.entries(r.commands)) {
    for (const m of c.byline.misses.slice(0, perCommand)) out.push(`  ${command} ${JSON.stringify(m.query)}${m.article ? ` (article ${m.article})` : ''} [${m.variant}]`);
  }
  return out;
}

const coldLine = (label: string, c: ColdRun) =>
  `  ${label}: ${int(c.readyMs)} ms from process start (boot ${int(c.bootMs)}, imports ${int(c.importMs)}, load ${int(c.loadMs)}, index + first answer ${int(c.engineMs)}), heap ${int(c.heapMB)} MB, whole process ${int(c.processMs)} ms`;

export function coldLines(cold: ColdResult | null): string[] {
  if (!cold) return ['cache: skipped (--no-cold)'];
  if (!cold.available) return [`cache: not available (${cold.reason})`];
  return [
    `Cold start from disk, ${int(cold.articles)} articles, each in a fresh process (${int(cold.cacheFiles)} cache files):`,
    coldLine('empty cache, load only (fills it)', cold.fill),
    coldLine('filled cache, load + index + first answer', cold.filledCache),
    coldLine(`index kept by the start before${cold.keptIndex.takenOver ? '' : ' (NOT taken over)'}, load + first answer (time-to-ready)`, cold.keptIndex),
    ...(cold.missed
      ? [`  warning: the second run missed the cache for ${int(cold.missed)} articles and extracted them again; the cache is keyed on the extractor's source, so an edit to src/extract or src/article between the two runs does this`]
      : []),
  ];
}

/** Pads columns to a common width; numbers right-aligned, the first column left-aligned. */
function align(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd());
}
