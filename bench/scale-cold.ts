/**
 * Cold start from disk at scale: write the synthetic articles to a temporary folder, load them
 * once in a fresh process to fill the extraction cache (load only: that run's index build would
 * add nothing but time), then time a fresh process from start to first answer with the cache
 * filled (it keeps its index afterwards, untimed), and one more that takes that index over.
 * Skipped, with a line saying so, while `Library.fromDirectory` takes no cache.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Library } from '../src/library/library.js';
import { cacheOption, type FromDirectory } from './cache-option.js';
import type { SyntheticArticle } from './synthetic.js';

/** The call this step expects; printed when it is missing. */
export const EXPECTED_CALL = 'Library.fromDirectory(dir, { cache: await ExtractionCache.open(cacheDir) }) (src/library/cache.ts) or Library.fromDirectory(dir, { cacheDir }), writing the cache under cacheDir';

export interface ColdRun {
  articles: number;
  errors: number;
  readyMs: number;
  bootMs: number;
  importMs: number;
  loadMs: number;
  engineMs: number;
  heapMB: number;
  /** Whether the index was taken over from one an earlier start kept. */
  takenOver: boolean;
  /** Whether this start kept its index for the next. */
  kept: boolean;
  /** Wall time of the child process as the parent saw it (start-up to exit). */
  processMs: number;
}

export type ColdResult =
  | { available: false; reason: string }
  | {
      available: true;
      articles: number;
      fill: ColdRun;
      filledCache: ColdRun;
      /** The start after, taking over the index the one before kept. */
      keptIndex: ColdRun;
      /** Cache entries after the fill. */
      cacheFiles: number;
      /** Entries the second run wrote: articles it did not find in the cache (0 when the cache works). */
      missed: number;
    };

/** Does `fromDirectory` take `{ cacheDir }` and write to it? Tried on one article, so it costs nothing. */
async function probe(article: SyntheticArticle): Promise<string | null> {
  const dir = mkdtempSync(join(tmpdir(), 'byline-probe-'));
  const cacheDir = join(dir, 'cache');
  try {
    writeFileSync(join(dir, `${article.id}.txt`), article.text);
    await (Library.fromDirectory as FromDirectory<Library>)(dir, await cacheOption(cacheDir));
    let written: string[] = [];
    try {
      written = readdirSync(cacheDir, { recursive: true }).map(String);
    } catch {
      // no cache folder: the option was ignored
    }
    return written.length ? null : `fromDirectory wrote nothing to cacheDir; expected ${EXPECTED_CALL}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(dir: string, cacheDir: string, mode: '--load-only' | '--keep-index' | ''): ColdRun {
  const script = fileURLToPath(new URL('./cold-start.ts', import.meta.url));
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', script, dir, cacheDir, ...(mode ? [mode] : [])], { encoding: 'utf8', maxBuffer: 1 << 24, env: { ...process.env, LOG_LEVEL: 'silent' } });
  const processMs = performance.now() - t0;
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`cold-start child failed (${child.status}): ${child.stderr.slice(-2000)}`);
  return { ...(JSON.parse(line) as Omit<ColdRun, 'processMs'>), processMs };
}

/** Measures cold start on these articles, or says why it cannot. */
export async function coldStart(articles: readonly SyntheticArticle[]): Promise<ColdResult> {
  const missing = await probe(articles[0]!);
  if (missing) return { available: false, reason: missing };
  const root = mkdtempSync(join(tmpdir(), 'byline-cold-'));
  try {
    const dir = join(root, 'articles');
    const cacheDir = join(root, 'cache');
    mkdirSync(dir);
    for (const a of articles) writeFileSync(join(dir, `${a.id}.txt`), a.text);
    const entries = () => readdirSync(cacheDir, { recursive: true }).filter((f) => String(f).endsWith('.json')).length;
    const fill = run(dir, cacheDir, '--load-only');
    const cacheFiles = entries();
    // Reads every article through the cache and builds the index, then keeps it (untimed), as a front end does...
    const filledCache = run(dir, cacheDir, '--keep-index');
    // ...so the next start takes the kept index over.
    const keptIndex = run(dir, cacheDir, '');
    return { available: true, articles: articles.length, fill, filledCache, keptIndex, cacheFiles, missed: entries() - cacheFiles };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
