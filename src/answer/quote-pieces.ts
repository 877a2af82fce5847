import { SPEECH_VERBS } from '../extract/lexicon.js';
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
 * What is shown with the quote: the run it stands in (see `runOf`), and the speaker's other quotes
 * in its paragraph that hold a fair share of the query.
 */
function piecesSaidWith(index: SearchIndex, terms: readonly QueryTerm[], r: QuoteRecord): QuoteRecord[] {
  const q = r.quote;
  const mates = index.quotesIn(r.article.id).filter((o) => o.quote.paragraph === q.paragraph && (o.quote.group === q.group || (q.speakerId !== null && o.quote.speakerId === q.speakerId)));
  if (mates.length < 2) return [];
  const pieces = mates.map((o) => ({ o, score: coverage(terms, o.pieceDoc).score }));
  const best = Math.max(...pieces.map((p) => p.score));
  // (Another quote of the speaker's is held to more: half the best piece's share, as for which piece answers.)
  const held = pieces.filter((p) => p.score > 0 && p.score >= best * (p.o.quote.group === q.group ? PIECE_SHARE.shown : PIECE_SHARE.answers)).map((p) => p.o);
  return [...new Set([...runOf(r, mates), ...held])].sort((a, b) => a.quote.start - b.quote.start);
}

/** Whether words between two quotes are an attribution: a verb of saying (`she said`, `he added`). */
function saysIn(gap: string): boolean {
  return gap.split(/[^\p{L}]+/u).some((w) => SPEECH_VERBS.has(w));
}

/** Most characters between two of a speaker's quotes that read as one run: an attribution (`," she said. "`). */
const ATTRIBUTION_GAP = 40;

/**
 * The quotes read as one with `r`: its pieces and the speaker's quotes next to it with no more than an
 * attribution between (`"The market had priced in a modest win," she said. "What it got was a
 * potential blockbuster."`), which a reader remembers as one thing said.
 */
function runOf(r: QuoteRecord, mates: readonly QuoteRecord[]): QuoteRecord[] {
  const text = r.article.article.text;
  const sorted = [...mates].sort((a, b) => a.quote.start - b.quote.start);
  // (Whole quotes only, with a verb of saying between: `"prepare to operate" in the city and that "total victory"` are two phrases.)
  const joined = (a: QuoteRecord, b: QuoteRecord) =>
    a.quote.kind !== 'partial' && b.quote.kind !== 'partial' && (a.quote.group === b.quote.group || (b.quote.start - a.quote.end <= ATTRIBUTION_GAP && saysIn(text.slice(a.quote.end, b.quote.start))));
  let first = sorted.indexOf(r);
  let last = first;
  while (first > 0 && joined(sorted[first - 1]!, sorted[first]!)) first--;
  while (last < sorted.length - 1 && joined(sorted[last]!, sorted[last + 1]!)) last++;
  return sorted.slice(first, last + 1);
}
