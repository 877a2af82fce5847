/**
 * Opening the library the way every long-running front end does: the articles of
 * `ARTICLES_DIR` through the extraction cache, broken files logged and skipped.
 */
import type { Logger } from 'pino';
import type { Engine } from '../answer/engine.js';
import type { Config } from '../config.js';
import { MESSAGES, UserError } from '../errors.js';
import { ExtractionCache } from './cache.js';
import { Library } from './library.js';

export interface OpenedLibrary {
  library: Library;
  cache: ExtractionCache | undefined;
}

/**
 * Loads `config.articlesDir`; throws a UserError when it holds no article at all, unless
 * `allowEmpty` (the bot, whose servers can add articles while it runs).
 */
export async function openLibrary(config: Pick<Config, 'articlesDir' | 'cacheDir'>, logger: Logger, options: { allowEmpty?: boolean } = {}): Promise<OpenedLibrary> {
  const cache = config.cacheDir ? await ExtractionCache.open(config.cacheDir) : undefined;
  const started = performance.now();
  const library = await Library.fromDirectory(config.articlesDir, { cache });
  for (const e of library.errors) logger.warn({ article: e.id }, e.message);
  if (!library.size && !options.allowEmpty) throw new UserError(MESSAGES.noArticles(config.articlesDir));
  logger.debug({ articles: library.size, ms: Math.round(performance.now() - started) }, 'library loaded');
  return { library, cache };
}

/**
 * What a long-running front end does once its engine serves: read, between queries, the
 * articles a kept index left unread, and keep the index for the next start when none was
 * taken over (`src/library/snapshot.ts`; a large library only).
 */
export function settle(engine: Engine, logger: Logger): void {
  engine.warmUp();
  const started = performance.now();
  engine.keepIndex().then(
    (kept) => {
      if (kept) logger.debug({ articles: engine.library.size, ms: Math.round(performance.now() - started) }, 'index kept for the next start');
    },
    (error: unknown) => logger.warn({ err: error }, 'index could not be kept; the next start reads every article'),
  );
}
