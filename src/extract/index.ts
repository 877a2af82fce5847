import type { Article } from '../article/types.js';
import { EntityRegistry } from './entities.js';
import { extractFigures } from './figures.js';
import { collectMentions } from './mentions.js';
import { extractQuotes } from './quotes.js';
import { primeTokens } from './tokens.js';
import type { Extraction, Figure, Quote, Statement } from './types.js';

/**
 * Extracts quotes with speakers, figures and entities from a parsed article.
 * Pure and synchronous; never throws on any text the parser accepted.
 */
export function extract(article: Article): Extraction {
  primeTokens(article.text, article.paragraphs);
  const registry = new EntityRegistry();
  collectMentions(article, registry);
  const { quotes, statements } = extractQuotes(article, registry);
  const figures = extractFigures(article).map((f) => withKnownSource(withSpeakerSource(f, quotes, statements), registry));
  return { quotes, figures, entities: registry.entities, statements };
}

/**
 * A figure with no source of its own, inside a quote or a sentence of reported speech, is given
 * by whoever says it (`"We have 400 members," said the pastor`, `Chen argued the project would
 * bring in about $6 million`).
 */
function withSpeakerSource(figure: Figure, quotes: readonly Quote[], statements: readonly Statement[]): Figure {
  if (figure.source) return figure;
  const quote = quotes.find((q) => q.speaker && q.start <= figure.start && figure.end <= q.end);
  if (quote) return { ...figure, source: quote.speaker!.name };
  const statement = statements.find((s) => s.start <= figure.start && figure.end <= s.end);
  return statement ? { ...figure, source: statement.speaker.name } : figure;
}

/** `the ministry said` gives the source `ministry`; name it as the article did (`Gaza health ministry`). */
function withKnownSource(figure: Figure, registry: EntityRegistry): Figure {
  if (!figure.source || figure.source.split(' ').length > 3) return figure;
  const entity = registry.known(figure.source, figure.start);
  return entity && entity.name.length > figure.source.length && entity.kind !== 'place' ? { ...figure, source: entity.name } : figure;
}
