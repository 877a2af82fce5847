/**
 * The second argument to `Library.fromDirectory` that turns the extraction cache on, found at
 * run time so the benchmark keeps compiling while the cache's API settles: `{ cache }` with an
 * `ExtractionCache.open(dir)` from `src/library/cache.ts` (the API as of this writing), else
 * `{ cacheDir }`. Imports nothing from src statically, so the cold-start child times them all.
 */

interface CacheModule {
  ExtractionCache?: { open(dir: string): Promise<unknown> };
}

/** Where the extraction cache lives in src; a variable, so the import is resolved at run time. */
const CACHE_MODULE = '../src/library/cache.js';

/** Options for `fromDirectory` that cache extractions under `cacheDir`. */
export async function cacheOption(cacheDir: string): Promise<Record<string, unknown>> {
  const mod = (await import(CACHE_MODULE).catch(() => ({}))) as CacheModule;
  return mod.ExtractionCache ? { cache: await mod.ExtractionCache.open(cacheDir) } : { cacheDir };
}

/** `fromDirectory` as this benchmark calls it, with either options shape. */
export type FromDirectory<L> = (dir: string, options?: Record<string, unknown>) => Promise<L>;
