/**
 * What every HTTP handler gets. All of it is derived from the articles (re-read when the files
 * change), so any number of instances over the same ARTICLES_DIR answer alike.
 */
import type { Logger } from 'pino';
import type { Engine } from '../answer/engine.js';
import { choicesOf, type Choices } from '../discord/autocomplete/choices.js';

/** Shared by every handler. */
export interface HttpContext {
  engine: Engine;
  logger: Logger;
  /** The autocomplete lists, built from the engine's index and rebuilt when its articles change. */
  readonly choices: Choices;
}

/** The context for `engine`; builds the autocomplete lists now (the slow part), not on the first keystroke. */
export function createContext(engine: Engine, logger: Logger): HttpContext {
  choicesOf(engine);
  return {
    engine,
    logger,
    get choices() {
      return choicesOf(engine);
    },
  };
}
