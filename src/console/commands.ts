import type { Engine } from '../answer/engine.js';
import { COMMANDS, type Command } from '../answer/types.js';
import { MESSAGES } from '../errors.js';
import { renderAnswer, type Style } from '../render/text.js';

/** What a console line asks for, in the same words as the Discord commands. */
export type ConsoleAction =
  | { kind: 'answer'; command: Command; query: string; article?: string }
  | { kind: 'help' }
  | { kind: 'articles' }
  | { kind: 'use'; article: string | undefined }
  | { kind: 'quit' }
  | { kind: 'error'; message: string }
  | { kind: 'nothing' };

const ARTICLE_OPTION = /(?:^|\s)(?:--article[=\s]|article:)(\S+)/;

/**
 * Reads one console line: `/whosaid we will not back down`, `/figure death toll --article ID`,
 * `/help`, `/articles`, `/use ID`, `/quit`. A line without a slash is a question for `/ask`.
 */
export function parseLine(line: string): ConsoleAction {
  let text = line.trim();
  if (!text) return { kind: 'nothing' };
  let article: string | undefined;
  const option = ARTICLE_OPTION.exec(text);
  if (option) {
    article = option[1];
    text = text.replace(option[0], ' ').trim();
  }
  if (!text.startsWith('/')) return { kind: 'answer', command: 'ask', query: text, ...(article ? { article } : {}) };
  const [name = '', ...rest] = text.slice(1).split(/\s+/);
  const query = rest.join(' ');
  const command = name.toLowerCase();
  if (command === 'help' || command === '?') return { kind: 'help' };
  if (command === 'quit' || command === 'exit' || command === 'q') return { kind: 'quit' };
  if (command === 'articles' || command === 'article' || command === 'list') return { kind: 'articles' };
  if (command === 'use') return { kind: 'use', article: query || undefined };
  if ((COMMANDS as readonly string[]).includes(command)) return { kind: 'answer', command: command as Command, query, ...(article ? { article } : {}) };
  return { kind: 'error', message: MESSAGES.unknownCommand(`/${name}`) };
}

export const HELP = `Commands (the same as in Discord):
  /whosaid <words>      who said it: the quote, its speaker, where it stands
  /quotes <person>      every quote by a person (name, surname, role or organisation)
  /figure <what>        figures: death toll, homes without power, revenue...
  /ask <question>       a question in plain words (also: just type it)
  /search <text>        the sentences that match best
  /articles             the loaded articles       /use <id>   answer from one article (/use alone: all)
  /help                 this list                 /quit       leave
Add --article <id> to any command to ask one article.`;

/** Runs one parsed line against the engine and returns the text to print. */
export function run(engine: Engine, action: ConsoleAction, style: Style, current: string | undefined): string {
  switch (action.kind) {
    case 'answer':
      return renderAnswer(engine.answer({ command: action.command, query: action.query, article: action.article ?? current }), style);
    case 'help':
      return HELP;
    case 'articles':
      return engine.library
        .list()
        .map((a) => `${style.bold(a.id)}  ${a.article.meta.title ?? ''}${style.dim(` · ${[a.article.meta.outlet, a.article.meta.date].filter(Boolean).join(' · ')} · ${a.extraction.quotes.length} quotes, ${a.extraction.figures.length} figures`)}`)
        .join('\n');
    case 'error':
      return style.warn(action.message);
    default:
      return '';
  }
}
