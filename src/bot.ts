/**
 * Runs the Discord bot on its own (`tsx src/bot.ts`); also the script each shard runs. `npm start`
 * (src/main.ts) does the same through `runBot` when DISCORD_TOKEN is set.
 */
import { Engine } from './answer/engine.js';
import { loadConfig } from './config.js';
import { runBot } from './discord/bot.js';
import { UserError } from './errors.js';
import { openLibrary, settle, type OpenedLibrary } from './library/open.js';
import { ArticleStore } from './library/store.js';
import { LibraryWatcher } from './library/watch.js';
import { createLogger } from './log.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
    return;
  }
  const logger = createLogger(config.logLevel, config.discordToken);
  let opened: OpenedLibrary;
  try {
    opened = await openLibrary(config, logger, { allowEmpty: true });
  } catch (error) {
    process.stderr.write(`${error instanceof UserError ? error.message : String(error)}\n`);
    process.exitCode = 1;
    return;
  }
  const engine = new Engine(opened.library);
  settle(engine, logger);
  const watcher = await LibraryWatcher.start(config.articlesDir, engine, { logger, cache: opened.cache });
  try {
    await runBot(config, engine, logger, new ArticleStore(config.articlesDir, engine, { watcher, cache: opened.cache }));
  } finally {
    watcher.close();
  }
}

await main();
