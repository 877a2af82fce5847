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
  const held = piecesSaidWith(index, terms, r);
  if (held.length < 2 || !held.includes(r)) return item;
  const span = { start: held[0]!.quote.start, end: held[held.length - 1]!.quote.end };
  return { ...item, quote: r.article.article.text.slice(span.start, span.end), text: sentencesAround(r.article, span), citation: citation(r.article, r.quote.paragraph, span) };
}

/**
 * The pieces of the quote's utterance in its paragraph, and the speaker's other quotes there
 * (`"My feet were too light today," he said. "That's all."`), that hold a fair share of the query.
 */
function piecesSaidWith(index: SearchIndex, terms: readonly QueryTerm[], r: QuoteRecord): QuoteRecord[] {
  const q = r.quote;
  const mates = index.quotesIn(r.article.id).filter((o) => o.quote.paragraph === q.paragraph && (o.quote.group === q.group || (q.speakerId !== null && o.quote.speakerId === q.speakerId)));
  if (mates.length < 2) return [];
  const pieces = mates.map((o) => ({ o, score: coverage(terms, o.pieceDoc).score }));
  const best = Math.max(...pieces.map((p) => p.score));
  // (Another quote of the speaker's is held to more: half the best piece's share, as for which piece answers.)
  return pieces.filter((p) => p.score > 0 && p.score >= best * (p.o.quote.group === q.group ? PIECE_SHARE.shown : PIECE_SHARE.answers)).map((p) => p.o);
}
