/** Every message byline shows a user or an operator, in one place (fuse.js style). */
export const MESSAGES = {
  emptyArticle: (id: string) => `Article "${id}" is empty: it has no body text to read.`,
  binaryArticle: (id: string) => `Article "${id}" is not text (it contains binary data); save it as UTF-8 plain text.`,
  invalidUtf8: (id: string) => `Article "${id}" is not valid UTF-8; save it as UTF-8 plain text.`,
  articleTooLarge: (id: string, bytes: number, max: number) =>
    `Article "${id}" is ${(bytes / 1e6).toFixed(1)} MB, over the ${(max / 1e6).toFixed(0)} MB limit.`,
  unreadableArticle: (id: string, reason: string) => `Article "${id}" could not be read: ${reason}.`,
  duplicateArticle: (id: string) => `Article "${id}" is skipped: another article already has that ID (file name).`,
  tooManyArticles: (max: number) => `This server already has ${max} articles of its own: remove some with /article remove first.`,
  notYourArticle: (id: string) => `There is no article "${id}" that this server added (shared articles cannot be removed from Discord).`,
  notInServer: 'Articles can only be added or removed in a server, not in direct messages.',
  badArticleName: 'That article name cannot be used: pick a plain title.',
  noArticlesDir: (dir: string) => `The articles folder "${dir}" does not exist. Set ARTICLES_DIR or create it.`,
  noArticles: (dir: string) => `No articles in "${dir}": add .txt or .md files there.`,
  unknownArticle: (id: string, known: string[]) =>
    `There is no article "${id}".${known.length ? ` Articles: ${known.slice(0, 10).join(', ')}${known.length > 10 ? ', ...' : ''}.` : ''}`,
  emptyQuery: 'Type some words to look for.',
  queryTooLong: (max: number) => `That query is too long: keep it under ${max} characters.`,
  unknownCommand: (name: string) => `Unknown command "${name}". Try /help.`,
  badJsonLine: (line: number, reason: string) => `Line ${line} is not a valid request: ${reason}.`,
  // Answers
  saidBy: (name: string | null, paragraph: number) =>
    name ? `${name} said it (paragraph ${paragraph}).` : `The article quotes it without saying who said it (paragraph ${paragraph}).`,
  notQuoted: 'No one in the article is quoted saying that.',
  reportedNotQuoted: 'The article reports this but does not quote anyone saying it word for word.',
  quotesBy: (name: string, count: number) => `${count} quote${count === 1 ? '' : 's'} by ${name}.`,
  quotesByMany: (names: string[], count: number) => `${count} quotes by ${names.join(' and ')} (more than one person matches).`,
  unknownPerson: (query: string) => `The article does not mention anyone matching "${query}".`,
  personNotQuoted: (name: string) => `${name} is in the article but is not quoted.`,
  reportedOnly: (name: string, count: number) => `${name} is not quoted directly; the article reports what ${count === 1 ? 'was' : 'they'} said${count === 1 ? '' : ` ${count} times`}.`,
  personSaidNothingAbout: (name: string, topic: string) => `The article does not quote ${name} on "${topic}".`,
  figuresFound: (count: number) => `${count} figure${count === 1 ? '' : 's'} found.`,
  noFigure: 'The article gives no figure for that.',
  sentencesFound: (count: number) => `${count} passage${count === 1 ? '' : 's'} found.`,
  noSentence: 'The article does not say that.',
  whoIs: (name: string, role?: string) => (role ? `${name}: ${role}.` : `${name}.`),
  noArticlesLoaded: 'No articles are loaded.',
} as const;

/** An error whose message is fit to show a user as is. */
export class UserError extends Error {
  override readonly name = 'UserError';
}
