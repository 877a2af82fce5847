import { coverage, type QueryTerm } from '../search/match.js';
import type { SearchIndex } from '../search/index.js';
import type { QuoteRecord } from '../search/records.js';
import { citation, quoteItem, sentencesAround } from './items.js';
import type { AnswerItem } from './types.js';

/**
 * Of the best piece's match, what another piece must hold to count as holding the query too:
 * to decide which piece answers (half), and to show the pieces the query runs across (a third:
 * `we will own that publicly` holds `we will own it`, mostly short words, of a longer query).
 */
export const PIECE_SHARE = { answers: 1 / 2, shown: 1 / 3 } as const;

/**
 * The pieces of a split quote that hold a fair share of the query, in article order: one
 * holding a stray word does not count. Empty for a quote of one piece.
 */
export function piecesHolding(index: SearchIndex, terms: readonly QueryTerm[], r: QuoteRecord, share: number): QuoteRecord[] {
  if (r.utterance === r.quote.text) return [];
  const pieces = index.quotesIn(r.article.id).filter((q) => q.quote.group === r.quote.group).map((q) => ({ q, score: coverage(terms, q.pieceDoc).score }));
  const best = Math.max(...pieces.map((p) => p.score));
  return pieces.filter((p) => p.score > 0 && p.score >= best * share).map((p) => p.q);
}

/**
 * A quote as the answer to words that run across its pieces in one paragraph (`"We respect
 * the court," she said, "but we believe it has ignored the evidence"`): the pieces and the
 * attribution between them, verbatim, since one piece alone would not show what was asked.
 */
export function quoteAcrossPieces(index: SearchIndex, terms: readonly QueryTerm[], r: QuoteRecord): AnswerItem {
  const item = quoteItem(r);
  const held = piecesHolding(index, terms, r, PIECE_SHARE.shown).filter((q) => q.quote.paragraph === r.quote.paragraph);
  if (held.length < 2 || !held.includes(r)) return item;
  const span = { start: held[0]!.quote.start, end: held[held.length - 1]!.quote.end };
  return { ...item, quote: r.article.article.text.slice(span.start, span.end), text: sentencesAround(r.article, span), citation: citation(r.article, r.quote.paragraph, span) };
}
