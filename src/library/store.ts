/**
 * Articles a Discord server adds or removes itself (`/article add`, `/article remove`): checked
 * like any article file (size, encoding, not empty), written atomically into the server's own
 * folder under a safe name, and served at once. A server can only touch its own articles; no
 * name it gives can leave its folder.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Engine } from '../answer/engine.js';
import { articleFromBytes } from '../article/load.js';
import { MESSAGES, UserError } from '../errors.js';
import type { ExtractionCache } from './cache.js';
import { GUILD_ID, guildFolder, loadArticle } from './files.js';
import type { LoadedArticle } from './library.js';
import type { LibraryWatcher } from './watch.js';

export const STORE_LIMITS = {
  /** Largest article a server can add (a long feature is ~60 KB). */
  maxBytes: 1_000_000,
  /** Articles one server can keep. */
  maxPerGuild: 500,
  /** Longest article ID made from a title or file name. */
  maxIdLength: 60,
} as const;

/** A safe article ID from a title or file name: lower-case letters, digits and dashes only. */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\.(?:txt|md)$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, STORE_LIMITS.maxIdLength)
    .replace(/-+$/, '');
  return slug || 'article';
}

export class ArticleStore {
  constructor(
    readonly dir: string,
    private readonly engine: Engine,
    private readonly options: { watcher?: LibraryWatcher | undefined; cache?: ExtractionCache | undefined } = {},
  ) {}

  /**
   * Adds an article for a server. `name` (a title or a file name) gives its ID, made unique
   * across the library. Throws a UserError a person can read when the text is refused.
   */
  async add(guild: string, bytes: Uint8Array, name: string): Promise<LoadedArticle> {
    const folder = this.folderOf(guild);
    if (bytes.length > STORE_LIMITS.maxBytes) throw new UserError(MESSAGES.articleTooLarge(name, bytes.length, STORE_LIMITS.maxBytes));
    const own = this.engine.library.list().filter((a) => a.guild === guild).length;
    if (own >= STORE_LIMITS.maxPerGuild) throw new UserError(MESSAGES.tooManyArticles(STORE_LIMITS.maxPerGuild));
    const parsed = articleFromBytes(slugOf(name), bytes);
    const id = this.freeId(slugOf(parsed.meta.title ?? name));
    const path = this.inside(folder, `${id}.txt`);
    await mkdir(folder, { recursive: true });
    const temporary = this.inside(folder, `.${id}.${process.pid}.${Date.now()}.tmp`);
    await writeFile(temporary, bytes);
    await rename(temporary, path);
    await this.sync({ path, id, guild });
    const added = this.engine.library.get(id);
    if (!added) throw new UserError(MESSAGES.unreadableArticle(id, 'it could not be loaded after saving'));
    return added;
  }

  /** Removes one of a server's own articles; a shared article or another server's is refused. */
  async remove(guild: string, id: string): Promise<void> {
    const article = this.engine.library.get(id);
    if (!article || article.guild !== guild) throw new UserError(MESSAGES.notYourArticle(id));
    await rm(this.inside(this.folderOf(guild), `${id}.txt`), { force: true });
    if (this.options.watcher) await this.options.watcher.reconcile();
    else this.engine.delete(id);
  }

  private async sync(file: { path: string; id: string; guild: string }): Promise<void> {
    if (this.options.watcher) await this.options.watcher.reconcile();
    else this.engine.put(await loadArticle(file, this.options.cache));
  }

  private freeId(base: string): string {
    let id = base;
    for (let n = 2; this.engine.library.get(id); n++) id = `${base.slice(0, STORE_LIMITS.maxIdLength - String(n).length - 1)}-${n}`;
    return id;
  }

  private folderOf(guild: string): string {
    if (!GUILD_ID.test(guild)) throw new UserError(MESSAGES.notInServer);
    return resolve(guildFolder(this.dir, guild));
  }

  /** A path inside `folder`, or an error: the last guard against a name that escapes it. */
  private inside(folder: string, name: string): string {
    const path = resolve(folder, name);
    const rel = relative(folder, path);
    if (!rel || rel.startsWith('..') || rel.includes(sep) || name.includes('\0')) throw new UserError(MESSAGES.badArticleName);
    return join(folder, rel);
  }
}
