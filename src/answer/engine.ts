import { MESSAGES } from '../errors.js';
import { Library, type LoadedArticle } from '../library/library.js';
import { keepIndex, SNAPSHOT_DEFAULTS } from '../library/snapshot.js';
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

  /** Whether the index was taken over from one kept on disk (its articles read as queries reach them). */
  readonly takenOver: boolean;

  constructor(readonly library: Library) {
    this.takenOver = library.kept !== undefined;
    this.index = library.kept ? SearchIndex.fromState(library.kept, library.list()) : new SearchIndex(library.list());
    // (One engine takes it over: another on the same library builds its own.)
    library.kept = undefined;
    // (Read at start, not by the first paraphrase a user asks, which would wait for it.)
    loadThesaurus();
  }

  /**
   * Keeps the index on disk for the next start: a library read from a folder through the
   * cache, of `minArticles` or more, unchanged since it was read. True when one was written.
   */
  async keepIndex(minArticles: number = SNAPSHOT_DEFAULTS.minArticles): Promise<boolean> {
    const source = this.library.source;
    if (!source || this.takenOver || this.version !== 0 || this.library.size < minArticles) return false;
    return keepIndex(source.dir, source.stamps, this.library, this.index, source.cache);
  }

  /**
   * Reads, a few at a time between other work, the articles of a taken-over index that no
   * query has reached yet, so later queries find them made. The timer never holds the process open.
   */
  warmUp(sliceMs = 10): void {
    const step = () => {
      if (this.index.warmUp(sliceMs) > 0) setTimeout(step, 0).unref();
    };
    if (this.index.pending > 0) setTimeout(step, 0).unref();
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
