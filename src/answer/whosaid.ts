import { MESSAGES } from '../errors.js';
import { allWordTerms, coverage } from '../search/match.js';
import type { SearchIndex } from '../search/index.js';
import type { QuoteRecord } from '../search/records.js';
import { LIMITS, THRESHOLDS } from './config.js';
import { quoteItem, sentenceItem } from './items.js';
import { statementHits, suggest } from './shared.js';
import type { Answer, Scope } from './types.js';

/**
 * `whosaid <words>`: the quote that holds the words (partial, misspelt, paraphrased in part),
 * with its speaker, then further close matches. Falls back to reported speech when the
 * article says it without quote marks; otherwise says no one is quoted saying it.
 */
export function whosaid(index: SearchIndex, query: string, scope: Scope = {}): Omit<Answer, 'command' | 'query'> {
  const terms = index.terms(query);
  // The utterance decides; the piece holding the words wins among its siblings.
  const hits = index.search('quotes', terms, (r) => {
    const whole = coverage(terms, r.doc);
    return { ...whole, score: whole.score + PIECE_TIEBREAK * coverage(terms, r.pieceDoc).score };
  }, scope)
    // Equal scores: the shorter quote, where the words asked for weigh more, comes first.
    .sort((a, b) => b.score - a.score || a.record.doc.words.length - b.record.doc.words.length);
  // A query of mostly common words must match as a whole, function words too.
  const whole = allWordTerms(query);
  const gate = (h: { record: QuoteRecord }) => whole.length < 2 || coverage(whole, h.record.doc).score >= THRESHOLDS.allWords;
  const accepted = bestPerUtterance(hits.filter((h) => h.score >= THRESHOLDS.quote && gate(h)));
  if (accepted.length) {
    const best = accepted[0]!.score;
    const answers = accepted.filter((h) => h.score >= best - THRESHOLDS.spread).slice(0, LIMITS.answers).map((h) => quoteItem(h.record));
    const top = answers[0]!;
    return { answers, message: MESSAGES.saidBy(top.speaker?.name ?? null, top.citation.paragraph) };
  }
  const reported = statementHits(index, terms, scope).filter((h) => h.score >= THRESHOLDS.statement && (whole.length < 2 || coverage(whole, h.record.doc).score >= THRESHOLDS.statementAllWords));
  if (reported.length) {
    const h = reported[0]!;
    return { answers: [sentenceItem(h.record, h.speaker, 'statement')], message: MESSAGES.reportedNotQuoted };
  }
  return { answers: [], message: MESSAGES.notQuoted, ...suggest(hits.map((h) => h.record.quote.text), hits.map((h) => h.score)) };
}

const PIECE_TIEBREAK = 0.01;

/** One answer per utterance: the piece of a split quote that matched best. */
function bestPerUtterance<T extends { record: QuoteRecord; score: number }>(hits: T[]): T[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.record.article.id}#${h.record.quote.group}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
