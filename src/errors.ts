/** Every message byline shows a user or an operator, in one place (fuse.js style). */
export const MESSAGES = {
  emptyArticle: (id: string) => `Article "${id}" is empty: it has no body text to read.`,
  binaryArticle: (id: string) => `Article "${id}" is not text (it contains binary data); save it as UTF-8 plain text.`,
  invalidUtf8: (id: string) => `Article "${id}" is not valid UTF-8; save it as UTF-8 plain text.`,
  articleTooLarge: (id: string, bytes: number, max: number) =>
    `Article "${id}" is ${(bytes / 1e6).toFixed(1)} MB, over the ${(max / 1e6).toFixed(0)} MB limit.`,
  unreadableArticle: (id: string, reason: string) => `Article "${id}" could not be read: ${reason}.`,
  noArticlesDir: (dir: string) => `The articles folder "${dir}" does not exist. Set ARTICLES_DIR or create it.`,
  noArticles: (dir: string) => `No articles in "${dir}": add .txt or .md files there.`,
  unknownArticle: (id: string, known: string[]) =>
    `There is no article "${id}".${known.length ? ` Articles: ${known.slice(0, 10).join(', ')}${known.length > 10 ? ', ...' : ''}.` : ''}`,
  emptyQuery: 'Type some words to look for.',
  queryTooLong: (max: number) => `That query is too long: keep it under ${max} characters.`,
  unknownCommand: (name: string) => `Unknown command "${name}". Try /help.`,
  badJsonLine: (line: number, reason: string) => `Line ${line} is not a valid request: ${reason}.`,
} as const;

/** An error whose message is fit to show a user as is. */
export class UserError extends Error {
  override readonly name = 'UserError';
}
