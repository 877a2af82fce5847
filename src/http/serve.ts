/**
 * `npm run serve`: byline as a Discord HTTP interactions endpoint instead of a gateway bot. Loads
 * the articles from ARTICLES_DIR, listens on PORT at HTTP_PATH, and stops cleanly on SIGINT or
 * SIGTERM (no new connections, requests in flight finish). Needs DISCORD_PUBLIC_KEY; no bot token.
 */
import { once } from 'node:events';
import { loadHttpConfig } from '../config.js';
import { UserError } from '../errors.js';
import { HTTP_MESSAGES as H } from './messages.js';

async function main(): Promise<void> {
  const config = loadHttpConfig();
  if (!config.publicKey) throw new UserError(H.missingPublicKey);
  // Listened for from the start, so that a signal while the articles load still stops cleanly.
  const stop = Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  // Loaded only once the settings are known to be usable, so a configuration error is reported at once.
  const [{ Engine }, { openLibrary, settle }, { LibraryWatcher }, { createLogger }, { publicKeyFromHex }, { createInteractionServer }] = await Promise.all([
    import('../answer/engine.js'),
    import('../library/open.js'),
    import('../library/watch.js'),
    import('../log.js'),
    import('./signature.js'),
    import('./server.js'),
  ]);
  try {
    publicKeyFromHex(config.publicKey);
  } catch {
    // createPublicKey's own message is no help to an operator; say what is wrong.
    throw new UserError(H.badPublicKey);
  }
  const logger = createLogger(config.logLevel, config.discordToken);
  const { library, cache } = await openLibrary(config, logger);
  const engine = new Engine(library);
  settle(engine, logger);
  // Every instance follows the shared folder itself, so all of them serve the same articles.
  const watcher = await LibraryWatcher.start(config.articlesDir, engine, { logger, cache });

  const endpoint = createInteractionServer({ engine, logger, publicKey: config.publicKey, path: config.httpPath });
  let url: string;
  try {
    url = await endpoint.listen(config.port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UserError(H.portInUse(config.port));
    throw error;
  }
  logger.info({ url, articles: library.size }, H.listening);

  const signal = await stop;
  logger.info({ signal: String(signal[0] ?? '') }, H.stopping);
  watcher.close();
  await endpoint.close();
  logger.info(H.stopped);
}

main().catch((error: unknown) => {
  const known = error instanceof UserError || (error instanceof Error && error.message.startsWith('Invalid configuration'));
  process.stderr.write(`byline: ${known ? (error as Error).message : ((error as Error)?.stack ?? String(error))}\n`);
  process.exitCode = 1;
});
