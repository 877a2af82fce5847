import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ARTICLE_EXTENSIONS, articleFromText, articleId, loadArticleFile } from '../article/load.js';
import type { Article } from '../article/types.js';
import { MESSAGES, UserError } from '../errors.js';
import { extract } from '../extract/index.js';
import type { Extraction } from '../extract/types.js';

/** An article with what was extracted from it. */
export interface LoadedArticle {
  id: string;
  /** The Discord server that added it; shared by every server when absent. */
  guild?: string | undefined;
  article: Article;
  extraction: Extraction;
}

/** A file that could not be loaded, with the reason to log. */
export interface LoadError {
  id: string;
  message: string;
}

/** The articles byline answers from, by ID, in ID order. */
export class Library {
  private readonly byId = new Map<string, LoadedArticle>();

  constructor(articles: Iterable<LoadedArticle> = [], readonly errors: LoadError[] = []) {
    for (const a of articles) this.byId.set(a.id, a);
  }

  /** Every article in `dir` (`.txt`, `.md`); a broken file is reported in `errors` and skipped. */
  static async fromDirectory(dir: string): Promise<Library> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      throw new UserError(MESSAGES.noArticlesDir(dir));
    }
    const files = names.filter((n) => (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(n).toLowerCase())).sort();
    const loaded: LoadedArticle[] = [];
    const errors: LoadError[] = [];
    for (const name of files) {
      const path = join(dir, name);
      try {
        if (!(await stat(path)).isFile()) continue;
        loaded.push(load(await loadArticleFile(path)));
      } catch (error) {
        errors.push({ id: articleId(name), message: error instanceof UserError ? error.message : String(error) });
      }
    }
    return new Library(loaded, errors);
  }

  /** A library of texts already in memory (tests, the `extract` command). */
  static fromTexts(texts: Record<string, string>): Library {
    return new Library(Object.entries(texts).map(([id, text]) => load(articleFromText(id, text))));
  }

  /** Adds an article, or replaces the one with its ID. */
  set(loaded: LoadedArticle): void {
    this.byId.set(loaded.id, loaded);
  }

  /** Removes an article; true when there was one. */
  delete(id: string): boolean {
    return this.byId.delete(id);
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

/** Extracts a parsed article. */
export function load(article: Article): LoadedArticle {
  return { id: article.id, article, extraction: extract(article) };
}
