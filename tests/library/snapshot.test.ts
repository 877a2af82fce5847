import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { ExtractionCache } from '../../src/library/cache.js';
import { Library } from '../../src/library/library.js';
import { snapshotPath } from '../../src/library/snapshot.js';

const FIXTURES = new URL('../fixtures/articles/', import.meta.url).pathname;
/** Kept from one article up, so a small folder shows what 10,000 articles would. */
const KEEP = { keepFrom: 1 };
let dir: string;
let articles: string;
let cacheDir: string;
let names: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byline-snapshot-'));
  articles = join(dir, 'articles');
  cacheDir = join(dir, 'cache');
  await mkdir(articles);
  names = (await readdir(FIXTURES)).sort().slice(0, 10);
  for (const name of names) await copyFile(join(FIXTURES, name), join(articles, name));
  await writeFile(join(articles, 'empty.txt'), '');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const open = async () => Library.fromDirectory(articles, { cache: await ExtractionCache.open(cacheDir), ...KEEP });

/** A start that builds its index and keeps it, as a front end does. */
async function firstStart(): Promise<Engine> {
  const engine = new Engine(await open());
  expect(engine.takenOver).toBe(false);
  expect(await engine.keepIndex(1)).toBe(true);
  expect(existsSync(snapshotPath(cacheDir, articles))).toBe(true);
  return engine;
}

/** Questions over every article of the folder: each one's first quote and figure, and its first speaker's quotes. */
function questionsFor(engine: Engine): { command: 'whosaid' | 'figure' | 'quotes'; query: string; article?: string }[] {
  return engine.library.list().flatMap((a) => [
    ...a.extraction.quotes.slice(0, 1).map((q) => ({ command: 'whosaid' as const, query: q.text.split(' ').slice(0, 6).join(' ') })),
    ...a.extraction.figures.slice(0, 1).map((f) => ({ command: 'figure' as const, query: f.counts ?? f.text, article: a.id })),
    ...a.extraction.entities.filter((e) => e.kind === 'person').slice(0, 1).map((e) => ({ command: 'quotes' as const, query: e.name })),
  ]);
}

describe('the index kept between starts', () => {
  it('is taken over by the next start, which reads no article until a query reaches it and answers as the first did', async () => {
    const first = await firstStart();
    const library = await open();
    expect(library.kept).toBeDefined();
    expect(library.size).toBe(names.length);
    // The broken file is still reported, though nothing was read.
    expect(library.errors.map((e) => e.id)).toEqual(['empty']);
    const second = new Engine(library);
    expect(second.takenOver).toBe(true);
    expect(second.index.pending).toBe(names.length);
    const asked = questionsFor(first);
    expect(asked.length).toBeGreaterThan(20);
    for (const q of asked) expect(second.answer(q)).toEqual(first.answer(q));
    // A taken-over index is already kept: nothing to write again.
    expect(await second.keepIndex(1)).toBe(false);
  });

  it('is passed over when a file was added, changed or removed since, and the next keep replaces it', async () => {
    await firstStart();
    await writeFile(join(articles, names[0]!), `${await readFile(join(articles, names[0]!), 'utf8')}\n"One more line," the editor said.\n`);
    const changed = await open();
    expect(changed.kept).toBeUndefined();
    const engine = new Engine(changed);
    expect(engine.answer({ command: 'whosaid', query: 'one more line' }).answers[0]?.quote).toContain('One more line');
    expect(await engine.keepIndex(1)).toBe(true);
    expect((await open()).kept).toBeDefined();
    await unlink(join(articles, names[1]!));
    expect((await open()).kept).toBeUndefined();
  });

  it('is not kept for a library smaller than asked, nor after the library changed while serving', async () => {
    const engine = new Engine(await open());
    expect(await engine.keepIndex(names.length + 1)).toBe(false);
    engine.delete(engine.library.ids()[0]!);
    expect(await engine.keepIndex(1)).toBe(false);
    expect(existsSync(snapshotPath(cacheDir, articles))).toBe(false);
  });

  it('serves on when a file goes before a query reaches it, and indexes afresh one changed behind its back', async () => {
    const first = await firstStart();
    const [gone, edited] = first.library.list();
    const goneQuote = gone!.extraction.quotes[0]!.text;
    const editedQuotes = edited!.extraction.quotes.map((q) => q.text);
    expect(editedQuotes.length).toBeGreaterThan(1);
    const second = new Engine(await open());
    expect(second.takenOver).toBe(true);
    // After the start checked the files: one deleted, one edited to the same size and time (its first quote unquoted).
    await unlink(join(articles, `${gone!.id}.txt`));
    const editedPath = join(articles, `${edited!.id}.txt`);
    const before = await stat(editedPath);
    const text = await readFile(editedPath, 'utf8');
    const at = text.indexOf(editedQuotes[0]!);
    const unquoted = `${text.slice(0, at - 1)}'${editedQuotes[0]}'${text.slice(at + editedQuotes[0]!.length + 1)}`;
    expect(Buffer.byteLength(unquoted)).toBe(before.size);
    await writeFile(editedPath, unquoted);
    await utimes(editedPath, before.atime, before.mtime);

    expect(second.answer({ command: 'whosaid', query: goneQuote, article: gone!.id }).answers).toEqual([]);
    expect(second.answer({ command: 'whosaid', query: goneQuote }).answers.every((a) => a.citation.article !== gone!.id)).toBe(true);
    expect(second.library.get(edited!.id)!.extraction.quotes.map((q) => q.text)).not.toContain(editedQuotes[0]);
    expect(second.answer({ command: 'whosaid', query: editedQuotes[1]!, article: edited!.id }).answers[0]?.quote).toBe(editedQuotes[1]);
    expect(second.index.quotesIn(edited!.id).map((r) => r.quote.text)).toEqual(second.library.get(edited!.id)!.extraction.quotes.map((q) => q.text));
  });

  it('has every article read in the background once serving starts', async () => {
    await firstStart();
    const engine = new Engine(await open());
    expect(engine.index.pending).toBe(names.length);
    engine.warmUp(1);
    await expect.poll(() => engine.index.pending, { timeout: 10_000 }).toBe(0);
  });
});
