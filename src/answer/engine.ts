import { MESSAGES } from '../errors.js';
import { Library, type LoadedArticle } from '../library/library.js';
import { SearchIndex } from '../search/index.js';
import { loadThesaurus } from '../search/thesaurus.js';
import { ask } from './ask.js';
import { figure } from './figure.js';
import { cleanQuery } from './query.js';
import { quotesCommand } from './quotes-by.js';
import { search } from './search.js';
import { COMMANDS, type Answer, type Command, type Request, type Scope } from './types.js';
import { whosaid } from './whosaid.js';

const WHEN_ASKED = /^(?:when|what (?:year|date|day))\b/i;

const HANDLERS = {
  whosaid: (index, q, scope) => whosaid(index, q, scope),
  quotes: (index, q, scope) => quotesCommand(index, q, scope),
  // (`/figure when will the final phase be completed`: a date is asked, which the sentences give; figures are amounts.)
  figure: (index, q, scope) => (WHEN_ASKED.test(q.trim()) ? ask(index, q, scope) : figure(index, q, scope)),
  search: (index, q, scope) => search(index, q, scope),
  ask: (index, q, scope) => ask(index, q, scope),
} as const satisfies Record<Command, (index: SearchIndex, query: string, scope: Scope) => Omit<Answer, 'command' | 'query'>>;

/**
 * Answers questions about a library of articles. Transport-neutral: the CLI, the console and
 * Discord all render the {@link Answer} it returns. Never throws on user input.
 */
export class Engine {
  readonly index: SearchIndex;
  /** Goes up whenever an article is added, replaced or removed (caches built from the library check it). */
  version = 0;

  constructor(readonly library: Library) {
    this.index = new SearchIndex(library.list());
    // (Read at start, not by the first paraphrase a user asks, which would wait for it.)
    loadThesaurus();
  }

  /** Adds an article, or replaces the one with its ID, while serving. */
  put(loaded: LoadedArticle): void {
    this.library.set(loaded);
    this.index.add(loaded);
    this.version++;
  }

  /** Removes an article while serving; true when there was one. */
  delete(id: string): boolean {
    if (!this.library.delete(id)) return false;
    this.index.remove(id);
    this.version++;
    return true;
  }

  static isCommand(name: string): name is Command {
    return (COMMANDS as readonly string[]).includes(name);
  }

  answer(request: Request): Answer {
    const { command } = request;
    const raw = String(request.query ?? '');
    const base = { command, query: raw };
    if (!Engine.isCommand(command)) return { ...base, command: 'search', answers: [], message: MESSAGES.unknownCommand(String(command)) };
    const { guild } = request;
    const chosen = request.article ? this.library.get(request.article) : undefined;
    if (request.article && (!chosen || !Library.visibleTo(chosen, guild))) return { ...base, answers: [], message: MESSAGES.unknownArticle(request.article, this.library.ids(guild)) };
    if (!this.library.size) return { ...base, answers: [], message: MESSAGES.noArticlesLoaded };
    const clean = cleanQuery(raw);
    if (!clean.ok) return { ...base, answers: [], message: clean.message };
    return { ...base, ...HANDLERS[command](this.index, clean.query, this.scope(request.article, guild)) };
  }

  /** Where a request looks: one article, or every article its server sees. */
  private scope(article: string | undefined, guild: string | undefined): Scope {
    if (article) return { article };
    const hasOwn = this.library.hasGuildArticles;
    return hasOwn ? { accept: (id) => { const a = this.library.get(id); return a !== undefined && Library.visibleTo(a, guild); } } : {};
  }
}
