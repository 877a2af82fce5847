import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { Library } from '../../src/library/library.js';
import { ArticleStore, slugOf } from '../../src/library/store.js';
import { LibraryWatcher } from '../../src/library/watch.js';

const GUILD = '123456789012345678';
const OTHER = '876543210987654321';
const story = (title: string, speaker: string, words: string) => Buffer.from(`---\ntitle: ${title}\n---\nThe council met on Tuesday.\n"${words}," said ${speaker}, a council member.\n`);

let dir: string;
let watcher: LibraryWatcher | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byline-store-'));
  await writeFile(join(dir, 'harbour-vote.txt'), story('Harbour vote', 'Jane Moss', 'We will rebuild the harbour wall'));
});
afterEach(async () => {
  watcher?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('slugOf', () => {
  it('keeps letters, digits and dashes only, so no name can leave its folder', () => {
    expect(slugOf('Storm Délia: 12 dead!')).toBe('storm-delia-12-dead');
    expect(slugOf('../../etc/passwd')).toBe('etc-passwd');
    expect(slugOf('/absolute/path.txt')).toBe('absolute-path');
    expect(slugOf('a\0b')).toBe('a-b');
    expect(slugOf('...')).toBe('article');
    expect(slugOf('x'.repeat(200)).length).toBeLessThanOrEqual(60);
  });
});

describe('ArticleStore', () => {
  it('adds an article for one server, under a free ID, served at once and only there', async () => {
    const engine = new Engine(await Library.fromDirectory(dir));
    watcher = await LibraryWatcher.start(dir, engine, { logger: pino({ level: 'silent' }), pollMs: 0 });
    const store = new ArticleStore(dir, engine, { watcher });
    const added = await store.add(GUILD, story('Harbour vote', 'Omar Reyes', 'The ferry timetable is a disgrace'), 'upload.txt');
    expect(added).toMatchObject({ id: 'harbour-vote-2', guild: GUILD });
    expect(await readdir(join(dir, 'guilds', GUILD))).toEqual(['harbour-vote-2.txt']);
    expect(engine.answer({ command: 'whosaid', query: 'ferry timetable disgrace', guild: GUILD }).answers[0]?.speaker?.name).toBe('Omar Reyes');
    expect(engine.answer({ command: 'whosaid', query: 'ferry timetable disgrace', guild: OTHER }).answers).toEqual([]);

    await expect(store.remove(OTHER, 'harbour-vote-2')).rejects.toThrow(/no article "harbour-vote-2" that this server added/);
    await expect(store.remove(GUILD, 'harbour-vote')).rejects.toThrow(/shared articles cannot be removed/);
    await store.remove(GUILD, 'harbour-vote-2');
    expect(engine.library.ids()).toEqual(['harbour-vote']);
    expect(await readdir(join(dir, 'guilds', GUILD))).toEqual([]);
  });

  it('refuses empty, binary, non-UTF-8 and oversized text, and anything outside a server, writing nothing', async () => {
    const engine = new Engine(await Library.fromDirectory(dir));
    const store = new ArticleStore(dir, engine);
    await expect(store.add(GUILD, Buffer.from('   \n\n'), 'empty.txt')).rejects.toThrow(/empty/);
    await expect(store.add(GUILD, Buffer.from([0x41, 0x00, 0x42]), 'bin.txt')).rejects.toThrow(/not text/);
    await expect(store.add(GUILD, Buffer.from([0xc3, 0x28, 0x41]), 'latin.txt')).rejects.toThrow(/UTF-8/);
    await expect(store.add(GUILD, Buffer.alloc(1_000_001, 0x41), 'big.txt')).rejects.toThrow(/over the 1 MB limit/);
    await expect(store.add('../../etc', story('x', 'A B', 'words here'), 'x.txt')).rejects.toThrow(/only be added or removed in a server/);
    expect(await readdir(dir)).toEqual(['harbour-vote.txt']);
    expect(engine.library.size).toBe(1);
  });
});
