/**
 * What every HTTP handler gets. All of it is derived from the articles at start-up and never
 * changes afterwards, so any number of instances over the same ARTICLES_DIR answer alike.
 */
import type { Logger } from 'pino';
import type { Engine } from '../answer/engine.js';
import { buildChoices, type Choices } from '../discord/autocomplete/choices.js';

/** Shared by every handler; immutable once built. */
export interface HttpContext {
  engine: Engine;
  logger: Logger;
  /** The autocomplete lists, built once from the engine's index (as the gateway bot does). */
  choices: Choices;
}

/** The context for `engine`; builds the autocomplete lists (the slow part, once). */
export function createContext(engine: Engine, logger: Logger): HttpContext {
  return { engine, logger, choices: buildChoices(engine) };
}
