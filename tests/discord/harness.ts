/**
 * Test harness: the local Discord emulator, the real bot (createBot) logged in against it, the
 * commands registered through deployCommands, and the bot's logs captured as parsed pino records.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REST } from 'discord.js';
import { pino } from 'pino';
import type { ArticleStore } from '../../src/library/store.js';
import { Engine } from '../../src/answer/engine.js';
import { createBot, type Bot } from '../../src/discord/bot.js';
import { deployCommands } from '../../src/discord/deploy.js';
import type { BotSettings } from '../../src/discord/types.js';
import { Library } from '../../src/library/library.js';
import { DiscordEmulator, type DiscordEmulatorOptions, type InteractionDraft, type InteractionHandle } from '../support/discord-emulator.js';

export const FIXTURES = new URL('../fixtures/articles/', import.meta.url).pathname;
export const OWN_FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

/** A temporary ARTICLES_DIR holding these fixture articles (IDs without `.txt`). */
export async function libraryOf(ids: string[]): Promise<Library> {
  const dir = mkdtempSync(join(tmpdir(), 'byline-discord-'));
  try {
    for (const id of ids) cpSync(join(id === 'eastport-pier' ? OWN_FIXTURES : FIXTURES, `${id}.txt`), join(dir, `${id}.txt`));
    return await Library.fromDirectory(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface LogRecord {
  level: number;
  msg: string;
  err?: { message: string; stack?: string; type?: string };
  [key: string]: unknown;
}

export interface Harness {
  emulator: DiscordEmulator;
  bot: Bot;
  engine: Engine;
  logs: LogRecord[];
  rest: REST;
  guildId: string;
  /** Sends an interaction and resolves once the bot has finished handling it. */
  run(draft: InteractionDraft, options?: { expired?: boolean }): Promise<InteractionHandle>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  library?: Library;
  engine?: Engine;
  settings?: Partial<BotSettings>;
  emulator?: DiscordEmulatorOptions;
  /** Where `/article add` writes; without it the bot takes no articles from Discord. */
  store?: ArticleStore;
}

/** Generous defaults for tests: no cooldown unless a test asks for one. */
const TEST_SETTINGS: Partial<BotSettings> = { cooldown: { limit: 1000, windowMs: 1000 } };

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const engine = options.engine ?? new Engine(options.library ?? (await libraryOf(['afp-rafah'])));
  const emulator = await DiscordEmulator.start(options.emulator);
  const logs: LogRecord[] = [];
  const logger = pino(
    { level: 'trace', serializers: { err: pino.stdSerializers.err } },
    { write: (line: string) => void logs.push(JSON.parse(line) as LogRecord) },
  );
  const bot = createBot({ engine, logger, apiUrl: emulator.apiUrl, settings: { ...TEST_SETTINGS, ...options.settings }, store: options.store });
  await bot.login(emulator.token);
  const rest = new REST({ api: emulator.apiUrl }).setToken(emulator.token);
  const guildId = emulator.defaultGuild.id;
  await deployCommands(rest, { articleCount: engine.library.size, guildId });
  return {
    emulator,
    bot,
    engine,
    logs,
    rest,
    guildId,
    async run(draft, runOptions) {
      const handle = emulator.sendInteraction(draft, runOptions);
      await withTimeout(bot.handled(handle.id), 8000, `the bot to handle interaction ${handle.id}`);
      return handle;
    },
    async close() {
      await bot.stop();
      await emulator.close();
    },
  };
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Every string value in a JSON payload, for "nothing unsafe anywhere" checks. */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

export const EPHEMERAL = 64;
