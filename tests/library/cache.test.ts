import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { ExtractionCache } from '../../src/library/cache.js';
import { Library } from '../../src/library/library.js';

const FIXTURES = new URL('../fixtures/articles/', import.meta.url).pathname;
let dir: string;
let cacheDir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byline-cache-'));
  cacheDir = join(dir, 'cache');
  await mkdir(join(dir, 'articles'));
  // Eight real articles: enough styles to catch what a JSON round trip could lose, quick to extract.
  for (const name of (await readdir(FIXTURES)).sort().slice(0, 8)) await copyFile(join(FIXTURES, name), join(dir, 'articles', name));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function cacheFiles(): Promise<string[]> {
  const shards = await readdir(cacheDir).catch(() => []);
  return (await Promise.all(shards.map(async (s) => (await readdir(join(cacheDir, s))).map((f) => join(cacheDir, s, f))))).flat();
}

describe('ExtractionCache', () => {
  it('gives back exactly what extraction gave, so a cached library answers the same', async () => {
    const fresh = await Library.fromDirectory(join(dir, 'articles'), { cache: await ExtractionCache.open(cacheDir) });
    expect((await cacheFiles()).length).toBe(fresh.size);
    const cached = await Library.fromDirectory(join(dir, 'articles'), { cache: await ExtractionCache.open(cacheDir) });
    expect(cached.ids()).toEqual(fresh.ids());
    for (const id of fresh.ids()) expect(cached.get(id)!.extraction).toEqual(fresh.get(id)!.extraction);
    const [a, b] = [new Engine(fresh), new Engine(cached)];
    for (const q of cached.get(cached.ids()[0]!)!.extraction.quotes.slice(0, 5)) {
      expect(b.answer({ command: 'whosaid', query: q.text })).toEqual(a.answer({ command: 'whosaid', query: q.text }));
    }
  });

  it('misses when the article changes, and survives a corrupt entry', async () => {
    const cache = await ExtractionCache.open(cacheDir);
    const bytes = Buffer.from('"We will not back down," said Jane Moss.\n');
    expect(cache.key('a', bytes)).not.toBe(cache.key('a', Buffer.from('"We will back down," said Jane Moss.\n')));
    expect(cache.key('a', bytes)).not.toBe(cache.key('b', bytes));

    await Library.fromDirectory(join(dir, 'articles'), { cache });
    const files = await cacheFiles();
    for (const f of files) await writeFile(f, '{ not json');
    const again = await Library.fromDirectory(join(dir, 'articles'), { cache });
    expect(again.errors).toEqual([]);
    expect(again.size).toBe(files.length);
    // The corrupt entries were replaced by good ones.
    expect(JSON.parse(await readFile(files[0]!, 'utf8'))).toHaveProperty('quotes');
  });

  it('costs only speed when it cannot be written', async () => {
    await writeFile(cacheDir, 'a file where the cache folder should be');
    const library = await Library.fromDirectory(join(dir, 'articles'), { cache: await ExtractionCache.open(cacheDir) });
    expect(library.errors).toEqual([]);
    expect(library.size).toBe(8);
  });
});
