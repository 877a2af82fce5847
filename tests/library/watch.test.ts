import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { Library } from '../../src/library/library.js';
import { LibraryWatcher } from '../../src/library/watch.js';

const story = (speaker: string, words: string) => `---\ntitle: ${speaker} speaks\n---\nThe council met on Tuesday.\n"${words}," said ${speaker}, a council member.\n`;
const GUILD = '123456789012345678';

let dir: string;
let watcher: LibraryWatcher | undefined;
const logger = pino({ level: 'silent' });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byline-watch-'));
  await writeFile(join(dir, 'harbour.txt'), story('Jane Moss', 'We will rebuild the harbour wall'));
});
afterEach(async () => {
  watcher?.close();
  watcher = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function started(pollMs = 0) {
  const engine = new Engine(await Library.fromDirectory(dir));
  watcher = await LibraryWatcher.start(dir, engine, { logger, pollMs, debounceMs: 50 });
  return engine;
}

const speakerOf = (engine: Engine, quote: string, guild?: string) => engine.answer({ command: 'whosaid', query: quote, guild }).answers[0]?.speaker?.name;

describe('LibraryWatcher.reconcile', () => {
  it('adds, updates and removes articles as the files change', async () => {
    const engine = await started();
    await writeFile(join(dir, 'ferry.md'), story('Omar Reyes', 'The ferry timetable is a disgrace'));
    expect(await watcher!.reconcile()).toMatchObject({ added: ['ferry'], updated: [], removed: [] });
    expect(speakerOf(engine, 'ferry timetable disgrace')).toBe('Omar Reyes');

    await writeFile(join(dir, 'ferry.md'), story('Lena Fisk', 'The bus timetable is a disgrace, frankly'));
    expect(await watcher!.reconcile()).toMatchObject({ updated: ['ferry'] });
    expect(speakerOf(engine, 'bus timetable disgrace frankly')).toBe('Lena Fisk');

    await rm(join(dir, 'harbour.txt'));
    expect(await watcher!.reconcile()).toMatchObject({ removed: ['harbour'] });
    expect(engine.library.ids()).toEqual(['ferry']);
    expect(await watcher!.reconcile()).toEqual({ added: [], updated: [], removed: [], failed: [] });
  });

  it('stops serving a file that breaks, keeps the others, and serves it again once fixed', async () => {
    const engine = await started();
    await writeFile(join(dir, 'ferry.txt'), story('Omar Reyes', 'The ferry timetable is a disgrace'));
    await watcher!.reconcile();
    await writeFile(join(dir, 'ferry.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    expect(await watcher!.reconcile()).toMatchObject({ failed: ['ferry'], removed: ['ferry'] });
    expect(engine.library.ids()).toEqual(['harbour']);
    expect(speakerOf(engine, 'rebuild the harbour wall')).toBe('Jane Moss');
    await writeFile(join(dir, 'ferry.txt'), story('Omar Reyes', 'The ferry timetable is a disgrace again'));
    expect(await watcher!.reconcile()).toMatchObject({ added: ['ferry'] });
  });

  it('reads a server\'s own folder as that server\'s articles, and never lets it shadow a shared ID', async () => {
    const engine = await started();
    await mkdir(join(dir, 'guilds', GUILD), { recursive: true });
    await writeFile(join(dir, 'guilds', GUILD, 'ferry.txt'), story('Omar Reyes', 'The ferry timetable is a disgrace'));
    await writeFile(join(dir, 'guilds', GUILD, 'harbour.txt'), story('Mallory Crane', 'Nothing to see at the harbour'));
    expect(await watcher!.reconcile()).toMatchObject({ added: ['ferry'], failed: ['harbour'] });
    expect(engine.library.get('ferry')?.guild).toBe(GUILD);
    expect(speakerOf(engine, 'ferry timetable disgrace', GUILD)).toBe('Omar Reyes');
    expect(speakerOf(engine, 'ferry timetable disgrace', '999999999999999999')).toBeUndefined();
    expect(speakerOf(engine, 'rebuild the harbour wall', GUILD)).toBe('Jane Moss');

    await rm(join(dir, 'guilds', GUILD, 'harbour.txt'));
    await watcher!.reconcile();
    expect(engine.library.get('harbour')?.guild).toBeUndefined();
  });
});

describe('LibraryWatcher on its own', () => {
  it('picks up a new file from file events, without a restart or a poll', async () => {
    const engine = await started();
    const version = engine.version;
    await writeFile(join(dir, 'ferry.txt'), story('Omar Reyes', 'The ferry timetable is a disgrace'));
    const deadline = Date.now() + 5_000;
    while (engine.version === version && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(speakerOf(engine, 'ferry timetable disgrace')).toBe('Omar Reyes');
  });
});
