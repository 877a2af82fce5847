/**
 * One cold start, in a fresh process: load the articles in a folder (through the extraction
 * cache when a cache folder is given), build the engine, answer one question. Prints one JSON
 * line for `scale-cold.ts`. Run: `node --expose-gc --import tsx bench/cold-start.ts DIR [CACHE_DIR] [--load-only]`
 * (`--load-only` stops after loading: enough to fill the cache, without paying for an index;
 * `--keep-index` keeps the built index on disk afterwards, as a front end does, untimed).
 * Modules are imported inside the timing, since a real start-up pays for them too.
 */
import type { FromDirectory } from './cache-option.js';

const loadOnly = process.argv.includes('--load-only');
const keepIndex = process.argv.includes('--keep-index');
const [dir, cacheDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!dir) throw new Error('usage: cold-start.ts DIR [CACHE_DIR] [--load-only]');

const t0 = performance.now();
const { Library } = await import('../src/library/library.js');
const { Engine } = await import('../src/answer/engine.js');
const { cacheOption } = await import('./cache-option.js');
const imported = performance.now();
// Typed loosely so this file compiles whatever shape the cache option has.
const fromDirectory = Library.fromDirectory as FromDirectory<InstanceType<typeof Library>>;
const library = await fromDirectory(dir, cacheDir ? await cacheOption(cacheDir) : {});
const loaded = performance.now();
const engine = loadOnly ? undefined : new Engine(library);
engine?.answer({ command: 'figure', query: 'homes without power' });
const built = performance.now();
// What a front end does once it serves: keep the index for the next start (not timed).
const kept = keepIndex && engine ? await engine.keepIndex() : false;
globalThis.gc?.();
console.log(JSON.stringify({
  articles: library.size,
  errors: library.errors.length,
  /** From process start (performance.timeOrigin) to the first answer (to loaded, with --load-only). */
  readyMs: built,
  bootMs: t0,
  importMs: imported - t0,
  loadMs: loaded - imported,
  /** Index build and first answer. */
  engineMs: built - loaded,
  heapMB: process.memoryUsage().heapUsed / 1e6,
  /** Whether the index was taken over from one an earlier start kept. */
  takenOver: engine?.takenOver ?? false,
  kept,
}));
