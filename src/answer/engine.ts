import { MESSAGES } from '../errors.js';
import type { Library } from '../library/library.js';
import { SearchIndex } from '../search/index.js';
import { ask } from './ask.js';
import { figure } from './figure.js';
import { cleanQuery } from './query.js';
import { quotesBy } from './quotes-by.js';
import { search } from './search.js';
import { COMMANDS, type Answer, type Command, type Request } from './types.js';
import { whosaid } from './whosaid.js';

const HANDLERS = {
  whosaid: (index, q, article) => whosaid(index, q, article),
  quotes: (index, q, article) => quotesBy(index, q, article),
  figure: (index, q, article) => figure(index, q, article),
  search: (index, q, article) => search(index, q, article),
  ask: (index, q, article) => ask(index, q, article),
} as const satisfies Record<Command, (index: SearchIndex, query: string, article?: string) => Omit<Answer, 'command' | 'query'>>;

/**
 * Answers questions about a library of articles. Transport-neutral: the CLI, the console and
 * Discord all render the {@link Answer} it returns. Never throws on user input.
 */
export class Engine {
  readonly index: SearchIndex;

  constructor(readonly library: Library) {
    this.index = new SearchIndex(library);
  }

  static isCommand(name: string): name is Command {
    return (COMMANDS as readonly string[]).includes(name);
  }

  answer(request: Request): Answer {
    const { command } = request;
    const raw = String(request.query ?? '');
    const base = { command, query: raw };
    if (!Engine.isCommand(command)) return { ...base, command: 'search', answers: [], message: MESSAGES.unknownCommand(String(command)) };
    if (request.article && !this.library.get(request.article)) return { ...base, answers: [], message: MESSAGES.unknownArticle(request.article, this.library.ids()) };
    if (!this.library.size) return { ...base, answers: [], message: MESSAGES.noArticlesLoaded };
    const clean = cleanQuery(raw);
    if (!clean.ok) return { ...base, answers: [], message: clean.message };
    return { ...base, ...HANDLERS[command](this.index, clean.query, request.article) };
  }
}
