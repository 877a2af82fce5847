/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, else the local console on the same
 * articles and commands, so a new user sees byline work at once.
 */
import { Engine } from './answer/engine.js';
import { loadConfig } from './config.js';
import { runConsole } from './console/console.js';
import { UserError } from './errors.js';
import { openLibrary, settle } from './library/open.js';
import { ArticleStore } from './library/store.js';
import { LibraryWatcher } from './library/watch.js';
import { createLogger } from './log.js';

async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, config.discordToken);
  const { library, cache } = await openLibrary(config, logger, { allowEmpty: Boolean(config.discordToken) });
  const engine = new Engine(library);
  settle(engine, logger);
  if (config.discordToken) {
    const { runBot } = await import('./discord/bot.js');
    // The bot runs for days: articles added, changed or deleted meanwhile are picked up.
    const watcher = await LibraryWatcher.start(config.articlesDir, engine, { logger, cache });
    try {
      await runBot(config, engine, logger, new ArticleStore(config.articlesDir, engine, { watcher, cache }));
    } finally {
      watcher.close();
    }
    return 0;
  }
  const interactive = Boolean(process.stdout.isTTY && process.stdin.isTTY);
  if (interactive) {
    console.log(`byline: no DISCORD_TOKEN set, so this is the local console, on ${library.size} article${library.size === 1 ? '' : 's'} from ${config.articlesDir}.`);
    console.log('To run the Discord bot: copy .env.example to .env, set DISCORD_TOKEN, run `npm run deploy`, then `npm start`.');
    console.log('Type /help for the commands, or just ask a question. Try: /whosaid space for agreement\n');
  }
  await runConsole(engine);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof UserError || (error instanceof Error && error.message.startsWith('Invalid configuration'));
    console.error(`byline: ${known ? (error as Error).message : (error as Error)?.stack ?? String(error)}`);
    process.exitCode = 1;
  },
);
