/**
 * The Discord bot: a discord.js Client whose interactions go through the router, with clean
 * shutdown (finish in-flight replies, disable live buttons, destroy the client) and one-line,
 * token-free errors when it cannot log in.
 *
 *   createBot(...)  the client and its context, no process-level handling (tests, the benchmark)
 *   startBot(...)   createBot + log in + SIGINT/SIGTERM handling
 *   runBot(...)     what `npm start` calls: startBot, then wait until the bot has stopped
 */
import { Client, Events, GatewayIntentBits, Options } from 'discord.js';
import type { Logger } from 'pino';
import type { Engine } from '../answer/engine.js';
import type { Config } from '../config.js';
import type { ArticleStore } from '../library/store.js';
import { choicesOf } from './autocomplete/choices.js';
import { COMMANDS_BY_NAME } from './commands/index.js';
import { Cooldown } from './cooldown.js';
import { InFlight } from './in-flight.js';
import { BOT_DEFAULTS } from './limits.js';
import { describeStartError, MissingTokenError } from './login-errors.js';
import { DISCORD_MESSAGES as M } from './messages.js';
import { disableView } from './pager.js';
import { notice } from './replies/common.js';
import { createRouter } from './router.js';
import { TtlStore } from './store.js';
import { disableSuggestions } from './suggestions.js';
import type { BotContext, BotSettings, PagedView, SuggestionSet } from './types.js';

export interface CreateBotOptions {
  engine: Engine;
  logger: Logger;
  /** REST base without the version (`config.apiUrl`). */
  apiUrl: string;
  settings?: Partial<BotSettings>;
  /** Where `/article add` writes; without it the bot takes no articles from Discord. */
  store?: ArticleStore | undefined;
}

export interface Bot {
  client: Client;
  context: BotContext;
  /** Logs in and resolves once the client is ready. */
  login(token: string): Promise<void>;
  /** Stops taking interactions, lets in-flight ones finish (bounded), disables live buttons, destroys the client. */
  stop(): Promise<void>;
  /** Resolves once `stop()` has finished. */
  readonly stopped: Promise<void>;
  /** Resolves when the interaction with this id has been handled (tests, benchmark). */
  handled(interactionId: string): Promise<void>;
}

const MAX_BUTTON_TTL_MS = 14 * 60_000;

/**
 * discord.js caches every user and guild member an interaction comes from, forever by default:
 * memory that grows with the audience. byline reads both from the interaction itself, never from
 * the cache, so it keeps only its own user and member.
 */
const CACHES = Options.cacheWithLimits({
  ...Options.DefaultMakeCacheSettings,
  UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
  GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
});

export function createBot({ engine, logger, apiUrl, settings: overrides, store }: CreateBotOptions): Bot {
  const settings: BotSettings = { ...BOT_DEFAULTS, ...overrides };
  // Expired buttons are disabled through an interaction token, which Discord keeps for 15 minutes.
  settings.buttonTtlMs = Math.min(settings.buttonTtlMs, MAX_BUTTON_TTL_MS);
  const context: BotContext = {
    engine,
    logger,
    settings,
    pages: new TtlStore<PagedView>(settings.buttonTtlMs, (view, id) => disableView(view, id, logger)),
    picks: new TtlStore<SuggestionSet>(settings.buttonTtlMs, (set, id) => disableSuggestions(set, id, logger)),
    cooldown: new Cooldown(settings.cooldown),
    get choices() {
      return choicesOf(engine);
    },
    store,
  };
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiUrl }, makeCache: CACHES });
  const route = createRouter(context, COMMANDS_BY_NAME);
  const inFlight = new InFlight();
  let closing = false;
  let markStopped: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (markStopped = resolve));

  client.once(Events.ClientReady, (ready) => logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'byline is online'));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.InteractionCreate, (interaction) => {
    const started = performance.now();
    const work = closing
      ? interaction.isRepliable() ? notice(interaction, M.shuttingDown) : Promise.resolve()
      : route(interaction);
    inFlight.add(
      interaction.id,
      work
        .catch((error: unknown) => logger.error({ err: error }, 'unhandled interaction error'))
        .finally(() => logger.debug({ interaction: interaction.id, ms: Math.round(performance.now() - started) }, 'interaction handled')),
    );
  });

  let stopping: Promise<void> | undefined;
  return {
    client,
    context,
    stopped,
    async login(token: string) {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(token);
      await ready;
    },
    stop() {
      stopping ??= (async () => {
        closing = true;
        await inFlight.settle(settings.shutdownGraceMs);
        const disabling = Promise.allSettled([context.pages.expireAll(), context.picks.expireAll()]);
        await Promise.race([disabling, new Promise((resolve) => setTimeout(resolve, settings.shutdownGraceMs).unref())]);
        await client.destroy();
        markStopped();
      })();
      return stopping;
    },
    handled: (id) => inFlight.handled(id),
  };
}

export interface StartBotOptions {
  config: Pick<Config, 'discordToken' | 'apiUrl'>;
  engine: Engine;
  logger: Logger;
  settings?: Partial<BotSettings>;
  store?: ArticleStore | undefined;
}

/** Creates the bot, logs in, and stops cleanly on SIGINT/SIGTERM. Throws when it cannot log in. */
export async function startBot({ config, engine, logger, settings, store }: StartBotOptions): Promise<Bot> {
  if (!config.discordToken) throw new MissingTokenError();
  const bot = createBot({ engine, logger, apiUrl: config.apiUrl, store, ...(settings ? { settings } : {}) });
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down: finishing replies in flight');
    void bot.stop().then(() => logger.info('byline stopped'));
  };
  const release = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  // Installed before logging in, so that a signal at any moment stops the bot cleanly.
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  void bot.stopped.then(release);
  try {
    await bot.login(config.discordToken);
  } catch (error) {
    release();
    await bot.client.destroy();
    throw error;
  }
  return bot;
}

/**
 * What `src/main.ts` calls when DISCORD_TOKEN is set: runs the bot until SIGINT/SIGTERM. When it
 * cannot start (no token, token rejected, Discord unreachable) it prints one line to stderr, sets
 * the exit code to 1 and resolves.
 */
export async function runBot(config: Config, engine: Engine, logger: Logger, store?: ArticleStore): Promise<void> {
  let bot: Bot;
  try {
    bot = await startBot({ config, engine, logger, store });
  } catch (error) {
    process.stderr.write(`${describeStartError(error, config.discordToken)}\n`);
    process.exitCode = 1;
    return;
  }
  await bot.stopped;
}
