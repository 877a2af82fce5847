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

  get size(): number {
    return this.byId.size;
  }

  get(id: string): LoadedArticle | undefined {
    return this.byId.get(id);
  }

  ids(): string[] {
    return [...this.byId.keys()].sort();
  }

  list(): LoadedArticle[] {
    return this.ids().map((id) => this.byId.get(id)!);
  }
}

/** Extracts a parsed article. */
export function load(article: Article): LoadedArticle {
  return { id: article.id, article, extraction: extract(article) };
}
