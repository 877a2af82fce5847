/**
 * Runs the Discord bot on its own (`tsx src/bot.ts`); also the script each shard runs. `npm start`
 * (src/main.ts) does the same through `runBot` when DISCORD_TOKEN is set.
 */
import { Engine } from './answer/engine.js';
import { loadConfig } from './config.js';
import { runBot } from './discord/bot.js';
import { UserError } from './errors.js';
import { Library } from './library/library.js';
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
  let library: Library;
  try {
    library = await Library.fromDirectory(config.articlesDir);
  } catch (error) {
    process.stderr.write(`${error instanceof UserError ? error.message : String(error)}\n`);
    process.exitCode = 1;
    return;
  }
  for (const e of library.errors) logger.warn({ article: e.id }, e.message);
  await runBot(config, new Engine(library), logger);
}

await main();
