/**
 * Keeps a running engine in step with `ARTICLES_DIR`: a file added, changed or deleted (there or
 * in a server's folder) is picked up without a restart. File events only say "something
 * changed", and editors, `cp` and atomic renames fire them in bursts, so every burst is
 * debounced into one reconcile: list the files, compare size and mtime with what is loaded,
 * load or drop what differs. A slow poll runs the same reconcile in case events are missed
 * (network and container volumes drop them). A broken file is logged and stops being served;
 * the rest keep serving.
 */
import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Engine } from '../answer/engine.js';
import { UserError } from '../errors.js';
import type { ExtractionCache } from './cache.js';
import { GUILDS_FOLDER, listArticleFiles, loadArticle, type ArticleFile } from './files.js';

export const WATCH_DEFAULTS = {
  /** Quiet time after the last file event before the folder is read again. */
  debounceMs: 250,
  /** The safety-net poll; 0 turns it off. */
  pollMs: 30_000,
} as const;

export interface WatchOptions {
  logger: Logger;
  cache?: ExtractionCache | undefined;
  debounceMs?: number;
  pollMs?: number;
}

/** What one reconcile changed, by article ID. */
export interface Changes {
  added: string[];
  updated: string[];
  removed: string[];
  failed: string[];
}

interface Known {
  id: string;
  size: number;
  mtimeMs: number;
  /** Whether this file is what the engine serves under `id` (not a broken file or a duplicate ID). */
  served: boolean;
}

export class LibraryWatcher {
  private readonly known = new Map<string, Known>();
  /** The file each served article ID comes from. */
  private readonly servedFrom = new Map<string, string>();
  private readonly watchers = new Map<string, FSWatcher>();
  private timer: NodeJS.Timeout | undefined;
  private poller: NodeJS.Timeout | undefined;
  /** Reconciles run one after another, each after the one before has finished. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    readonly dir: string,
    private readonly engine: Engine,
    private readonly options: WatchOptions,
  ) {}

  /**
   * Starts watching `dir` for an engine already loaded from it: the files as they are now
   * count as loaded, and only later changes are applied.
   */
  static async start(dir: string, engine: Engine, options: WatchOptions): Promise<LibraryWatcher> {
    const watcher = new LibraryWatcher(dir, engine, options);
    for (const file of await listArticleFiles(dir).catch(() => [])) {
      const info = await stat(file.path).catch(() => undefined);
      if (!info) continue;
      const served = engine.library.get(file.id) !== undefined && !watcher.servedFrom.has(file.id);
      if (served) watcher.servedFrom.set(file.id, file.path);
      watcher.known.set(file.path, { id: file.id, size: info.size, mtimeMs: info.mtimeMs, served });
    }
    watcher.watchFolders();
    const pollMs = options.pollMs ?? WATCH_DEFAULTS.pollMs;
    if (pollMs > 0) watcher.poller = setInterval(() => watcher.schedule(0), pollMs).unref();
    return watcher;
  }

  /**
   * Reads the folders and applies what changed (also what a debounced event runs). Calls are
   * queued, so once it resolves, every file written before the call is served.
   */
  reconcile(): Promise<Changes> {
    const run = this.queue.then(() => this.apply());
    this.queue = run.catch(() => undefined);
    return run;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    clearInterval(this.poller);
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }

  private schedule(delay = this.options.debounceMs ?? WATCH_DEFAULTS.debounceMs): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reconcile(), delay);
  }

  private async apply(): Promise<Changes> {
    const changes: Changes = { added: [], updated: [], removed: [], failed: [] };
    const { logger } = this.options;
    let files: ArticleFile[];
    try {
      files = await listArticleFiles(this.dir);
    } catch (error) {
      logger.error({ err: error, dir: this.dir }, 'articles folder cannot be read; keeping the articles already loaded');
      return changes;
    }
    const present = new Set(files.map((f) => f.path));
    for (const [path, known] of this.known) {
      if (present.has(path)) continue;
      this.known.delete(path);
      if (!known.served) continue;
      this.servedFrom.delete(known.id);
      if (this.engine.delete(known.id)) changes.removed.push(known.id);
    }
    for (const file of files) {
      const info = await stat(file.path).catch(() => undefined);
      const known = this.known.get(file.path);
      if (!info || (known && known.size === info.size && known.mtimeMs === info.mtimeMs)) continue;
      const stats = { id: file.id, size: info.size, mtimeMs: info.mtimeMs };
      const owner = this.servedFrom.get(file.id);
      if (owner !== undefined && owner !== file.path) {
        this.known.set(file.path, { ...stats, served: false });
        logger.warn({ article: file.id, path: file.path }, 'another article already has this ID (file name); skipped');
        changes.failed.push(file.id);
        continue;
      }
      try {
        this.engine.put(await loadArticle(file, this.options.cache));
        this.known.set(file.path, { ...stats, served: true });
        this.servedFrom.set(file.id, file.path);
        (owner ? changes.updated : changes.added).push(file.id);
      } catch (error) {
        this.known.set(file.path, { ...stats, served: false });
        this.servedFrom.delete(file.id);
        changes.failed.push(file.id);
        logger.warn({ article: file.id, err: error instanceof UserError ? undefined : error }, error instanceof UserError ? error.message : 'article could not be loaded');
        if (this.engine.delete(file.id)) changes.removed.push(file.id);
      }
    }
    if (changes.added.length + changes.updated.length + changes.removed.length) logger.info({ ...changes, articles: this.engine.library.size }, 'library changed');
    this.watchFolders();
    return changes;
  }

  /** Watches the folder, `guilds/` and each server's folder; new server folders join on the next reconcile. */
  private watchFolders(): void {
    if (this.closed) return;
    const guilds = join(this.dir, GUILDS_FOLDER);
    const folders = [this.dir, guilds, ...[...this.known.keys()].filter((p) => p.startsWith(guilds)).map((p) => join(p, '..'))];
    for (const folder of new Set(folders)) {
      if (this.watchers.has(folder)) continue;
      try {
        const w = watch(folder, { persistent: false }, () => this.schedule());
        w.on('error', () => {
          w.close();
          this.watchers.delete(folder);
          this.schedule();
        });
        this.watchers.set(folder, w);
      } catch {
        // The folder does not exist (yet): the poll and the next reconcile find it.
      }
    }
  }
}
