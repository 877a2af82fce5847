/**
 * Where articles live on disk: the files of `ARTICLES_DIR`, shared by every Discord server, and
 * `ARTICLES_DIR/guilds/<server id>/`, the articles one server added for itself. Reading a file
 * goes through the extraction cache when there is one.
 */
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ARTICLE_EXTENSIONS, articleFromBytes, articleId, readArticleBytesSync } from '../article/load.js';
import type { Article } from '../article/types.js';
import { extract } from '../extract/index.js';
import type { Extraction } from '../extract/types.js';
import type { ExtractionCache } from './cache.js';
import type { LoadedArticle } from './library.js';

/** The folder, inside `ARTICLES_DIR`, of the servers' own articles. */
export const GUILDS_FOLDER = 'guilds';
/** A Discord server ID: the only folder names read under `guilds/`. */
export const GUILD_ID = /^\d{15,25}$/;

export interface ArticleFile {
  path: string;
  id: string;
  /** The server the article belongs to; shared when absent. */
  guild?: string | undefined;
}

/** Whether a file name is read as an article (`.txt`, `.md`, not hidden). */
export function isArticleName(name: string): boolean {
  return !name.startsWith('.') && (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

/** The article files of one folder, by name; a folder that cannot be read has none. */
async function filesIn(dir: string, guild?: string): Promise<ArticleFile[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter(isArticleName)
    .sort()
    .map((name) => ({ path: join(dir, name), id: articleId(name), ...(guild ? { guild } : {}) }));
}

/** Every article file: the shared ones, then each server's. Throws when `dir` cannot be read. */
export async function listArticleFiles(dir: string): Promise<ArticleFile[]> {
  await readdir(dir);
  const shared = await filesIn(dir);
  const guildsDir = join(dir, GUILDS_FOLDER);
  const guilds = (await readdir(guildsDir).catch(() => [] as string[])).filter((g) => GUILD_ID.test(g)).sort();
  const own = await Promise.all(guilds.map((g) => filesIn(join(guildsDir, g), g)));
  return [...shared, ...own.flat()];
}

/** The folder of a server's own articles. */
export function guildFolder(dir: string, guild: string): string {
  return join(dir, GUILDS_FOLDER, guild);
}

/**
 * Reads, parses and extracts one article file, the extraction from the cache when it holds
 * this very content. Throws a UserError (empty, binary, not UTF-8, too large, gone) to log.
 */
export async function loadArticle(file: ArticleFile, cache?: ExtractionCache): Promise<LoadedArticle> {
  const { article, extraction, stored } = readArticle(file, cache);
  await stored;
  return { id: file.id, article, extraction, ...(file.guild ? { guild: file.guild } : {}) };
}

/**
 * An article a kept index already holds (`src/library/snapshot.ts`): read, parsed and its
 * extraction taken from the cache only when something first needs it. A file that cannot be
 * read by then throws the UserError loading it would have.
 */
export function lazyArticle(file: ArticleFile, sentenceCount: number, cache?: ExtractionCache): LoadedArticle {
  let read: { article: Article; extraction: Extraction } | undefined;
  // (The cache write is not waited for: a query is.)
  const get = () => (read ??= readArticle(file, cache));
  return {
    id: file.id,
    ...(file.guild ? { guild: file.guild } : {}),
    sentenceCount,
    get article() {
      return get().article;
    },
    get extraction() {
      return get().extraction;
    },
  };
}

/**
 * One article file read, parsed and extracted (from the cache when it holds this very
 * content), synchronously: `stored` settles once a fresh extraction is in the cache.
 */
function readArticle(file: ArticleFile, cache?: ExtractionCache): { article: Article; extraction: Extraction; stored: Promise<unknown> } {
  const bytes = readArticleBytesSync(file.path);
  const article = articleFromBytes(file.id, bytes);
  const key = cache?.key(file.id, bytes);
  const cached = key ? cache!.getSync(key) : undefined;
  if (cached) return { article, extraction: cached, stored: Promise.resolve() };
  const extraction = extract(article);
  return { article, extraction, stored: key ? cache!.set(key, extraction) : Promise.resolve() };
}
