/**
 * `/article add` and `/article remove` end to end: the real bot, through the emulator, writing
 * into a real folder; an attachment is served by a local HTTP server standing in for Discord's CDN.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { DISCORD_MESSAGES as M } from '../../src/discord/messages.js';
import { ArticleStore } from '../../src/library/store.js';
import { EPHEMERAL, libraryOf, startHarness, type Harness } from './harness.js';

const MANAGER = { member: { permissions: String(PermissionFlagsBits.ManageGuild) } };
const STORY = '---\ntitle: Ferry timetable row\noutlet: Island Post\n---\nThe ferry operator cut two sailings.\n"The ferry timetable is a disgrace," said Omar Reyes, a councillor.\n';
const FILE = '---\ntitle: Bridge repairs delayed\n---\nRepairs to the bridge will take until spring.\n"We are doing what we can," said Lena Fisk, the county engineer.\n';

let h: Harness;
let dir: string;
let cdn: Server;
let cdnUrl: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byline-add-'));
  const engine = new Engine(await libraryOf(['afp-rafah']));
  h = await startHarness({ engine, store: new ArticleStore(dir, engine) });
  cdn = createServer((req, res) => (req.url === '/bridge.txt' ? res.end(FILE) : res.writeHead(404).end()));
  await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve));
  cdnUrl = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await h.close();
  cdn.close();
  await rm(dir, { recursive: true, force: true });
});

const guild = () => h.emulator.defaultGuild.id;

describe('/article add', () => {
  it('refuses people without Manage Server, ephemerally, and writes nothing', async () => {
    const handle = await h.run(h.emulator.chatInput('article', { text: STORY }, { subcommand: 'add' }));
    const response = await handle.response();
    expect(Number(response.data?.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(response.data?.content).toBe(M.needsManageServer);
    expect(await readdir(dir)).toEqual([]);
  });

  it('adds pasted text for this server, says what was extracted, and answers from it at once', async () => {
    const handle = await h.run(h.emulator.chatInput('article', { text: STORY }, { subcommand: 'add', ...MANAGER }));
    const message = await handle.original();
    expect(message.content).toBe(M.articleAdded('ferry-timetable-row'));
    const [card] = message.embeds as { title?: string; fields?: { value: string }[] }[];
    expect(card?.title).toBe('Ferry timetable row');
    expect(card?.fields?.[0]?.value).toContain('Omar Reyes');
    expect(await readdir(join(dir, 'guilds', guild()))).toEqual(['ferry-timetable-row.txt']);

    const asked = await h.run(h.emulator.chatInput('whosaid', { quote: 'ferry timetable disgrace' }));
    expect((await asked.response()).data?.content).toContain('Omar Reyes said it');
  });

  it('adds an attached .txt file, and refuses other files and empty requests', async () => {
    const attachment = (name: string) => ({ resolved: { attachments: { '1180000000000000900': { id: '1180000000000000900', filename: name, size: FILE.length, url: `${cdnUrl}/${name}`, proxy_url: `${cdnUrl}/${name}` } } } });
    const added = await h.run(h.emulator.chatInput('article', { file: '1180000000000000900' }, { subcommand: 'add', ...MANAGER, ...attachment('bridge.txt') }));
    expect((await added.original()).content).toBe(M.articleAdded('bridge-repairs-delayed'));

    const image = await h.run(h.emulator.chatInput('article', { file: '1180000000000000900' }, { subcommand: 'add', ...MANAGER, ...attachment('photo.png') }));
    expect((await image.response()).data?.content).toBe(M.notTextFile('photo.png'));
    const nothing = await h.run(h.emulator.chatInput('article', {}, { subcommand: 'add', ...MANAGER }));
    expect((await nothing.response()).data?.content).toBe(M.addNeedsText);
  });

  it('tells the person privately why text is refused', async () => {
    const handle = await h.run(h.emulator.chatInput('article', { text: '   ' }, { subcommand: 'add', ...MANAGER }));
    expect((await handle.response()).data?.content).toBe(M.addNeedsText);
    const binary = await h.run(h.emulator.chatInput('article', { text: 'a\u0000b' }, { subcommand: 'add', ...MANAGER }));
    const [refusal] = await binary.waitForFollowUps(1);
    expect(Number(refusal?.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(refusal?.content).toMatch(/not text/);
  });
});

describe('/article remove', () => {
  it('removes an article this server added, and never a shared one', async () => {
    const shared = await h.run(h.emulator.chatInput('article', { article: 'afp-rafah' }, { subcommand: 'remove', ...MANAGER }));
    expect((await shared.response()).data?.content).toMatch(/shared articles cannot be removed/);
    const own = await h.run(h.emulator.chatInput('article', { article: 'ferry-timetable-row' }, { subcommand: 'remove', ...MANAGER }));
    expect((await own.response()).data?.content).toBe(M.articleRemoved('Ferry timetable row'));
    expect(await readdir(join(dir, 'guilds', guild()))).toEqual(['bridge-repairs-delayed.txt']);
    const asked = await h.run(h.emulator.chatInput('whosaid', { quote: 'ferry timetable disgrace' }));
    expect((await asked.response()).data?.content).not.toContain('Omar Reyes');
  });
});
