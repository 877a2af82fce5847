/**
 * Scale benchmark (issue 5): byline on 1, 100, 1,000 and 10,000 synthetic articles. Per size:
 * extraction and index build time, heap after a full GC, then per command a fixed query mix
 * (exact, partial, misspelt, absent; whole library and one article) run warm, with p50/p99
 * latency and hit@1, next to plain fuse.js over the same records. Then cold start from disk with
 * the extraction cache, when the library offers one. Prints tables; writes bench/results.json.
 *
 *   npx tsx bench/scale.ts [--sizes=1,100,1000,10000] [--per-variant=8] [--no-cold] [--out=PATH]
 *
 * It re-runs itself under `node --expose-gc` when started without it, so heap figures are
 * measured after a full collection, not whenever V8 last happened to collect.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { articleFromText } from '../src/article/load.js';
import { Engine } from '../src/answer/engine.js';
import { COMMANDS, type Answer, type Command } from '../src/answer/types.js';
import { Library, load } from '../src/library/library.js';
import { FuseBaseline } from './scale-baseline.js';
import { coldStart, type ColdResult } from './scale-cold.js';
import { timeQueries, type Budget } from './scale-measure.js';
import { buildQueries, type Top } from './scale-queries.js';
import { buildTable, coldLines, commandTable, missLines, type CommandResult, type SizeResult } from './scale-report.js';
import { formatSelfCheck, selfCheck } from './self-check.js';
import { DEFAULT_SEED, generateArticles, type SyntheticArticle } from './synthetic.js';

interface Options {
  sizes: number[];
  perVariant: number;
  cold: boolean;
  out: string;
  seed: number;
}

function parseArgs(argv: readonly string[]): Options {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  return {
    sizes: (value('sizes') ?? '1,100,1000,10000').split(',').map(Number).filter((n) => n > 0),
    perVariant: Number(value('per-variant') ?? 8),
    cold: !argv.includes('--no-cold'),
    out: value('out') ?? fileURLToPath(new URL('./results.json', import.meta.url)),
    seed: Number(value('seed') ?? DEFAULT_SEED),
  };
}

/**
 * How long each command may take per size. Small libraries get several rounds for a steady
 * p99; at 10,000 articles one round within a budget, so the whole `npm run bench` stays under
 * five minutes on two cores while the search is slow. `queries` in the table says how many ran.
 */
function budgets(size: number): { byline: Budget; fuse: Budget } {
  if (size <= 100) return { byline: { ms: 2000, minQueries: Infinity, rounds: 5, warm: 4 }, fuse: { ms: 2000, minQueries: Infinity, rounds: 5, warm: 4 } };
  if (size <= 1000) return { byline: { ms: 4000, minQueries: 16, rounds: 3, warm: 4 }, fuse: { ms: 2500, minQueries: 8, rounds: 2, warm: 2 } };
  // Plain Fuse.js takes seconds per query here (no warm-up needed at that cost): an exact and a
  // partial query, then as the budget allows. Its hit@1 is better read at 1,000 articles.
  return { byline: { ms: 8000, minQueries: 12, rounds: 1, warm: 2 }, fuse: { ms: 4000, minQueries: 2, rounds: 1, warm: 0 } };
}

const gc = () => (globalThis.gc as (() => void) | undefined)?.();
const heapMB = () => process.memoryUsage().heapUsed / 1e6;

function topOf(answer: Answer): Top | null {
  const a = answer.answers[0];
  return a ? { article: a.citation.article, start: a.citation.start, end: a.citation.end, speaker: a.speaker?.name ?? null } : null;
}

/** Everything measured on one library size. Locals die with the call, so the next size starts clean. */
function measureSize(articles: readonly SyntheticArticle[], options: Options): SizeResult {
  gc();
  const heapBefore = heapMB();
  const t0 = performance.now();
  const library = new Library(articles.map((a) => load(articleFromText(a.id, a.text))));
  const t1 = performance.now();
  gc();
  const heapLibrary = heapMB();
  const t1b = performance.now();
  const engine = new Engine(library);
  const t2 = performance.now();
  gc();
  const heapAfter = heapMB();
  const index = engine.index;

  const queries = buildQueries(articles, options.perVariant, options.seed);
  const t3 = performance.now();
  const baseline = new FuseBaseline(index);
  const fuseIndexMs = performance.now() - t3;
  const budget = budgets(articles.length);
  const commands = {} as Record<Command, CommandResult>;
  for (const command of COMMANDS) {
    const qs = queries[command];
    const byline = timeQueries(qs, (q) => topOf(engine.answer({ command, query: q.query, article: q.article })), budget.byline);
    const fuse = timeQueries(qs, (q) => baseline.top(q), budget.fuse);
    commands[command] = { byline, fuse, speedupP50: fuse.p50 / byline.p50, speedupP99: fuse.p99 / byline.p99 };
  }
  return {
    articles: articles.length,
    records: { quotes: index.quotes.length, sentences: index.sentences.length, figures: index.figures.length, people: index.people.length },
    build: { extractMs: t1 - t0, extractPerSecond: articles.length / ((t1 - t0) / 1000), indexMs: t2 - t1b, heapMB: heapAfter, heapDeltaMB: heapAfter - heapBefore, heapIndexMB: heapAfter - heapLibrary, fuseIndexMs },
    selfCheck: selfCheck(articles, library),
    commands,
  };
}

async function main(options: Options): Promise<void> {
  const started = performance.now();
  const load0 = loadavg()[0]!;
  const max = Math.max(...options.sizes);
  console.log(`\nScale (synthetic articles, seed ${options.seed}); ${cpus().length} cores, load average ${load0.toFixed(1)}`);

  const results: SizeResult[] = [];
  let generateMs = 0;
  let chars = 0;
  let largestArticles: SyntheticArticle[] = [];
  for (const size of options.sizes) {
    // Generated per size (article i is the same in every size), so the heap holds only this library's texts.
    const tg = performance.now();
    const articles = generateArticles(size, options.seed);
    if (size === max) [generateMs, chars, largestArticles] = [performance.now() - tg, articles.reduce((n, a) => n + a.text.length, 0), articles];
    const r = measureSize(articles, options);
    results.push(r);
    console.log(`\n${size.toLocaleString('en-US')} article${size === 1 ? '' : 's'}: extraction ${Math.round(r.build.extractMs)} ms, index ${Math.round(r.build.indexMs)} ms, heap ${Math.round(r.build.heapMB)} MB`);
    for (const line of commandTable(r)) console.log(`  ${line}`);
  }
  console.log(`\nGenerated ${max.toLocaleString('en-US')} articles in ${Math.round(generateMs)} ms, average ${Math.round(chars / max)} characters.`);
  const largest = results[results.length - 1]!;
  console.log('\nBuild (extraction and index timed apart; heap after a full GC, then what the library and the index add to it):');
  for (const line of buildTable(results)) console.log(`  ${line}`);
  console.log(`\nSpeed-up = plain fuse.js latency / byline latency (above 1x: byline faster). hit@1: top answer is the expected quote, speaker or figure; for absent queries, no answer.`);
  const misses = missLines(largest);
  if (misses.length) console.log(`Some misses at ${largest.articles.toLocaleString('en-US')} articles:\n${misses.join('\n')}`);
  console.log('');
  for (const line of formatSelfCheck(largest.selfCheck)) console.log(line);

  let cold: ColdResult | null = null;
  if (options.cold) cold = await coldStart(largestArticles);
  console.log('');
  for (const line of coldLines(cold)) console.log(line);

  const load1 = loadavg()[0]!;
  const totalMs = performance.now() - started;
  console.log(`\nScale benchmark took ${(totalMs / 1000).toFixed(1)} s (load average ${load0.toFixed(1)} → ${load1.toFixed(1)}; other processes on the machine slow every figure alike).`);
  const json = { date: new Date().toISOString(), node: process.version, cores: cpus().length, cpu: cpus()[0]?.model, loadAverage: [load0, load1], seed: options.seed, perVariant: options.perVariant, generateMs, averageChars: chars / max, totalMs, sizes: results, cold };
  writeFileSync(options.out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`Results written to ${options.out}`);
}

if (typeof globalThis.gc !== 'function') {
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
} else {
  await main(parseArgs(process.argv.slice(2)));
}
