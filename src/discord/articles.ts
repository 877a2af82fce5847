/** Naming and finding articles from what a user typed or picked in the `article` option. */
import { Library, type LoadedArticle } from '../library/library.js';
import { fold } from '../search/text.js';

/** Newest first (by front-matter date; undated last), the order articles are listed and offered in. */
export function byDateDesc(a: LoadedArticle, b: LoadedArticle): number {
  return (b.article.meta.date ?? '').localeCompare(a.article.meta.date ?? '');
}

/** How an article is named to people: its title, else its ID. */
export function articleLabel(loaded: LoadedArticle): string {
  return loaded.article.meta.title?.trim() || loaded.id;
}

/**
 * The article ID `typed` stands for: an exact ID, an ID in another case, the one ID starting with
 * it (autocomplete values are cut at 100 characters), or an exact title. Undefined when none or
 * several match.
 */
export function resolveArticle(library: Library, typed: string, guild?: string): string | undefined {
  const value = typed.trim();
  if (!value) return undefined;
  const exact = library.get(value);
  if (exact && Library.visibleTo(exact, guild)) return value;
  const ids = library.ids(guild);
  const lower = value.toLowerCase();
  const byCase = ids.filter((id) => id.toLowerCase() === lower);
  if (byCase.length === 1) return byCase[0];
  const byPrefix = ids.filter((id) => id.startsWith(value));
  if (byPrefix.length === 1) return byPrefix[0];
  const folded = fold(value);
  const byTitle = library.list(guild).filter((a) => a.article.meta.title && fold(a.article.meta.title) === folded);
  return byTitle.length === 1 ? byTitle[0]!.id : undefined;
}

/**
 * Which articles a server's autocomplete may offer: undefined (all) when no server has articles
 * of its own, the common case, so the lists are not filtered for nothing.
 */
export function visibleIn(library: Library, guild: string | undefined): ((article: string) => boolean) | undefined {
  if (!library.hasGuildArticles) return undefined;
  return (id) => {
    const a = library.get(id);
    return a !== undefined && Library.visibleTo(a, guild);
  };
}

/** Sentences a query over `article` (or the whole library) runs over. */
export function sentencesIn(library: Library, article: string | undefined): number {
  if (!article) return library.sentenceCount;
  const one = library.get(article);
  return one ? one.article.paragraphs.reduce((m, b) => m + b.sentences.length, 0) : 0;
}

/**
 * The defer rule: a query that runs over more than `threshold` sentences may take longer than
 * Discord's 3 s to answer, so the reply is deferred first ("byline is thinking...").
 */
export function shouldDefer(sentences: number, threshold: number): boolean {
  return sentences > threshold;
}
