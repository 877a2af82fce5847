import { articleFromText } from '../article/load.js';
import type { Article } from '../article/types.js';
import { MESSAGES, UserError } from '../errors.js';
import { extract } from '../extract/index.js';
import type { Extraction } from '../extract/types.js';
import type { IndexState } from '../search/index.js';
import type { ExtractionCache } from './cache.js';
import { listArticleFiles, loadArticle, type ArticleFile } from './files.js';
import { readKeptIndex, SNAPSHOT_DEFAULTS, stampsOf, type FileStamp } from './snapshot.js';

/** Article files read at once while loading a folder. */
const LOAD_CONCURRENCY = 8;

/** An article with what was extracted from it. */
export interface LoadedArticle {
  id: string;
  /** The Discord server that added it; shared by every server when absent. */
  guild?: string | undefined;
  article: Article;
  extraction: Extraction;
  /** Its body sentences, when known without reading it (an article a kept index holds). */
  sentenceCount?: number | undefined;
}

/** A file that could not be loaded, with the reason to log. */
export interface LoadError {
  id: string;
  message: string;
}

/** The articles byline answers from, by ID, in ID order. */
export class Library {
  private readonly byId = new Map<string, LoadedArticle>();
  private guildOwned = 0;
  private sentences = 0;
  /** The folder it was read from, its files as they were, and the cache: what keeping its index needs. */
  source: { dir: string; stamps: FileStamp[]; cache: ExtractionCache } | undefined;
  /** An index kept by an earlier start over these very files, for the engine to take over. */
  kept: IndexState | undefined;

  constructor(articles: Iterable<LoadedArticle> = [], readonly errors: LoadError[] = []) {
    for (const a of articles) this.set(a);
  }

  /**
   * Every article in `dir` (`.txt`, `.md`) and in its servers' folders (`guilds/<id>/`); a
   * broken file is reported in `errors` and skipped. With a cache, unchanged articles are not
   * extracted again, and a library of `keepFrom` articles or more whose index was kept by an
   * earlier start (`src/library/snapshot.ts`) is not read at all until queries reach its articles.
   */
  static async fromDirectory(dir: string, options: { cache?: ExtractionCache | undefined; keepFrom?: number } = {}): Promise<Library> {
    let files: ArticleFile[];
    try {
      files = await listArticleFiles(dir);
    } catch {
      throw new UserError(MESSAGES.noArticlesDir(dir));
    }
    const { cache } = options;
    const source = cache && files.length >= (options.keepFrom ?? SNAPSHOT_DEFAULTS.minArticles) ? { dir, stamps: stampsOf(files), cache } : undefined;
    const kept = source ? await readKeptIndex(dir, source.stamps, source.cache) : undefined;
    if (kept) {
      const library = new Library(kept.articles, [...kept.errors]);
      library.kept = kept.state;
      library.source = source;
      return library;
    }
    const library = new Library();
    library.source = source;
    // A few files in flight at once, so reading overlaps parsing; results are kept in file order.
    const results = await mapLimit(files, LOAD_CONCURRENCY, (file) => loadArticle(file, options.cache).then(
      (loaded) => ({ file, loaded }),
      (error: unknown) => ({ file, error }),
    ));
    for (const r of results) {
      if ('error' in r) library.errors.push({ id: r.file.id, message: r.error instanceof UserError ? r.error.message : String(r.error) });
      else if (library.get(r.loaded.id)) library.errors.push({ id: r.file.id, message: MESSAGES.duplicateArticle(r.file.id) });
      else library.set(r.loaded);
    }
    return library;
  }

  /** A library of texts already in memory (tests, the `extract` command). */
  static fromTexts(texts: Record<string, string>): Library {
    return new Library(Object.entries(texts).map(([id, text]) => load(articleFromText(id, text))));
  }

  /** Adds an article, or replaces the one with its ID. */
  set(loaded: LoadedArticle): void {
    this.delete(loaded.id);
    this.byId.set(loaded.id, loaded);
    if (loaded.guild) this.guildOwned++;
    this.sentences += sentencesOf(loaded);
  }

  /** Removes an article; true when there was one. */
  delete(id: string): boolean {
    const old = this.byId.get(id);
    if (!old) return false;
    if (old.guild) this.guildOwned--;
    this.sentences -= sentencesOf(old);
    return this.byId.delete(id);
  }

  /** Sentences in every article: how much a question over the whole library reads. */
  get sentenceCount(): number {
    return this.sentences;
  }

  /** Whether any server has articles of its own (else every server sees the same library). */
  get hasGuildArticles(): boolean {
    return this.guildOwned > 0;
  }

  /** Whether a server sees this article: shared ones, and its own. */
  static visibleTo(loaded: LoadedArticle, guild: string | undefined): boolean {
    return !loaded.guild || loaded.guild === guild;
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): LoadedArticle | undefined {
    return this.byId.get(id);
  }

  /** Article IDs in order; only those a server sees when `guild` is given. */
  ids(guild?: string): string[] {
    return this.list(guild).map((a) => a.id);
  }

  /** Articles in ID order; only those a server sees when `guild` is given. */
  list(guild?: string): LoadedArticle[] {
    const all = [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return guild === undefined ? all : all.filter((a) => Library.visibleTo(a, guild));
  }
}

/** An article's body sentences (how much a question over it reads). */
export function sentencesOf(loaded: LoadedArticle): number {
  return loaded.sentenceCount ?? loaded.article.paragraphs.reduce((n, b) => n + b.sentences.length, 0);
}

/** Extracts a parsed article. */
export function load(article: Article): LoadedArticle {
  return { id: article.id, article, extraction: extract(article) };
}

/** `fn` over `items`, at most `limit` at a time, results in the items' order. */
async function mapLimit<T, U>(items: readonly T[], limit: number, fn: (item: T) => Promise<U>): Promise<U[]> {
  const out = new Array<U>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
