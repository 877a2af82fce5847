/** `npm run deploy`: one bulk overwrite, guild or global, idempotent, and a clear line without a token. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REST } from 'discord.js';
import { deployCommands, main } from '../../src/discord/deploy.js';
import { DISCORD_MESSAGES as M } from '../../src/discord/messages.js';
import { DiscordEmulator, EmulatorRoutes } from '../support/discord-emulator.js';

let emulator: DiscordEmulator;
let rest: REST;

beforeAll(async () => {
  emulator = await DiscordEmulator.start();
  rest = new REST({ api: emulator.apiUrl }).setToken(emulator.token);
});
afterAll(async () => emulator?.close());

const NAMES = ['article', 'ask', 'figure', 'help', 'quotes', 'search', 'whosaid'];
const summary = (commands: { id: string; name: string; description: string; options?: unknown[] }[]) =>
  commands.map(({ id, name, description, options }) => ({ id, name, description, options })).sort((a, b) => a.name.localeCompare(b.name));

describe('deployCommands', () => {
  it('registers every command in the guild with one PUT, and a second deploy changes nothing', async () => {
    const guildId = emulator.defaultGuild.id;
    const first = await deployCommands(rest, { articleCount: 3, guildId });
    expect(first).toMatchObject({ scope: 'guild', applicationId: emulator.applicationId });
    const stored = emulator.getCommands(guildId);
    expect(stored.map((c) => c.name).sort()).toEqual(NAMES);
    expect(emulator.getCommands()).toEqual([]);

    const whosaid = stored.find((c) => c.name === 'whosaid')!;
    expect(whosaid.options).toEqual([
      expect.objectContaining({ name: 'quote', type: 3, required: true, autocomplete: true, max_length: 500 }),
      expect.objectContaining({ name: 'article', type: 3, autocomplete: true, max_length: 100 }),
      expect.objectContaining({ name: 'hide', type: 5 }),
      expect.objectContaining({ name: 'mention', type: 6 }),
    ]);
    // Every question command takes `article` when several articles are loaded; /article's subcommands carry their own.
    for (const c of stored) expect(c.options?.some((o) => o.name === 'article')).toBe(c.name !== 'help' && c.name !== 'article');
    const article = stored.find((c) => c.name === 'article')!;
    expect(article.options?.map((o) => [o.name, o.type])).toEqual([['show', 1], ['list', 1], ['add', 1], ['remove', 1]]);
    for (const c of stored) {
      expect(c.description.length).toBeLessThanOrEqual(100);
      for (const o of c.options ?? []) expect(String(o.description).length).toBeLessThanOrEqual(100);
    }

    await deployCommands(rest, { articleCount: 3, guildId });
    expect(summary(emulator.getCommands(guildId))).toEqual(summary(stored));
    const writes = emulator.commandWrites.filter((w) => w.guildId === guildId);
    expect(writes.map((w) => w.method)).toEqual(['PUT', 'PUT']);
    expect(emulator.requests.filter((r) => r.route === EmulatorRoutes.currentApplication)).toHaveLength(2);
  });

  it('registers globally without a guild, and leaves out `article` for a single article', async () => {
    const result = await deployCommands(rest, { articleCount: 1 });
    expect(result.scope).toBe('global');
    const stored = emulator.getCommands();
    expect(stored.map((c) => c.name).sort()).toEqual(NAMES);
    for (const c of stored) expect(c.options?.map((o) => o.name)).not.toContain('article');
    expect(emulator.commandWrites.at(-1)).toMatchObject({ method: 'PUT', guildId: undefined });
  });
});

describe('the deploy script', () => {
  it('prints one line and fails without DISCORD_TOKEN', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main({ DISCORD_TOKEN: '', ARTICLES_DIR: 'data/articles' })).toBe(1);
      expect(errors.mock.calls).toEqual([[M.missingToken]]);
    } finally {
      errors.mockRestore();
    }
  });

  it('deploys against DISCORD_API_URL, saying global commands can take an hour', async () => {
    const logs = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const env = { DISCORD_TOKEN: emulator.token, DISCORD_API_URL: emulator.apiUrl, ARTICLES_DIR: 'data/articles' };
      expect(await main(env)).toBe(0);
      expect(logs.mock.calls.flat()).toEqual([M.deployed(7, 'globally'), M.deployedGlobal]);
      logs.mockClear();
      expect(await main({ ...env, DISCORD_GUILD_ID: emulator.defaultGuild.id })).toBe(0);
      expect(logs.mock.calls.flat()).toEqual([M.deployed(7, `in guild ${emulator.defaultGuild.id}`)]);
    } finally {
      logs.mockRestore();
    }
  });

  it('says in one line, without the token, when Discord rejects it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const env = { DISCORD_TOKEN: 'wrong-token-123', DISCORD_API_URL: emulator.apiUrl, ARTICLES_DIR: 'data/articles' };
      expect(await main(env)).toBe(1);
      expect(errors.mock.calls).toEqual([[M.deployFailed(M.invalidToken)]]);
    } finally {
      errors.mockRestore();
    }
  });
});
