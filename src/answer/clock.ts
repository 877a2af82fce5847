/**
 * `what time did the crash happen`: a time of day as the article prints it (`around 7:15 a.m.`,
 * `at about 7.40am`). Extraction keeps clock times out of its figures (a time counts nothing),
 * so they are read from the sentences: the one that holds most of the question's words, the
 * first of equals.
 */
import type { SearchIndex } from '../search/index.js';
import { coverage } from '../search/match.js';
import { sentenceSynonyms } from '../search/synonyms.js';
import { isStopword } from '../search/text.js';
import { spanItem } from './items.js';
import type { AnswerItem, Scope } from './types.js';

const CLOCK_ASKED = /\b(?:what|which) time\b|\bat what hour\b/i;
/** The question's own words, which say nothing of what happened. */
const QUESTION_WORDS = /\b(?:what|which|time|at|did|does|do|was|were|is|are|will|the|it|happen|happened|take place|took place|occur|occurred)\b/gi;
/** A time of day with its qualifier: `around 7:15 a.m.`, `about 7.40am`, `shortly after 2 p.m.`, `noon`. */
const CLOCK = /(?:\b(?:about|around|approximately|roughly|shortly after|shortly before|just after|just before|soon after)\s+)?(?:\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)|\b\d{1,2}:\d{2}\b(?!\s?%)|\bnoon\b|\bmidnight\b)/i;
/** A sentence must hold this share of the question's words, when it has any. */
const CLOCK_MATCH = 0.5;

export function asksClock(query: string): boolean {
  return CLOCK_ASKED.test(query);
}

/** The time of day the question asks for, with its sentence; none when no sentence gives one for the words asked. */
export function clockOf(index: SearchIndex, query: string, scope: Scope): AnswerItem[] {
  const terms = index.terms(query.replace(QUESTION_WORDS, ' '), {}, sentenceSynonyms).filter((t) => !isStopword(t.word));
  if (!terms.length && scope.article === undefined) return [];
  let best: { item: AnswerItem; score: number } | undefined;
  const hits = index.search('sentences', terms, (r) => coverage(terms, r.doc), scope);
  for (const { record: s } of hits) {
    const m = CLOCK.exec(s.sentence.text);
    if (!m) continue;
    const score = terms.length ? coverage(terms, s.doc).score : 1;
    if (score < CLOCK_MATCH || (best && score <= best.score)) continue;
    best = { score, item: spanItem(s, m.index, m[0]) };
  }
  return best ? [best.item] : [];
}
