import { MESSAGES } from '../errors.js';
import { coverageOver, figureSynonyms, type SearchIndex } from '../search/index.js';
import { coverage } from '../search/match.js';
import type { FigureRecord } from '../search/records.js';
import { LIMITS, THRESHOLDS } from './config.js';
import { figureItem } from './items.js';
import { suggest } from './shared.js';
import type { Answer } from './types.js';

/** A small preference for the kind of figure a question asks for. */
const KIND_HINTS: readonly [RegExp, FigureRecord['figure']['kind']][] = [
  [/\b(?:how much|cost|price|worth|revenue|profit|budget|paid|pay|spent|raised|fine|value|dollars?|euros?|pounds?)\b/i, 'money'],
  [/\b(?:percent|percentage|per cent|share|rate|proportion|%)\b/i, 'percent'],
  [/\b(?:how (?:fast|far|high|big|long|deep|heavy)|speed|distance|height|size|area|temperature)\b/i, 'measure'],
];
const KIND_BONUS = 0.05;
const HEAD_BONUS = 0.08;
/** Words that make a question, not what it asks about. */
const QUESTION_PHRASES = /\bhow (?:many|much|long|far|big|large|high|old|fast|deep|heavy|strong|often)\b|\b(?:the )?(?:number|amount|total|size|count|figure|level) (?:of|for)\b|\bwhat (?:is|was|are|were)\b/gi;

/**
 * `figure <what>`: the figures that answer it (`death toll`, `homes without power`), with
 * what they count, their qualifier and source, in the sentence they stand in.
 */
export function figure(index: SearchIndex, query: string, article?: string): Omit<Answer, 'command' | 'query'> {
  const wanted = KIND_HINTS.find(([re]) => re.test(query))?.[1];
  const terms = index.terms(query.replace(QUESTION_PHRASES, ' '), { question: true }, figureSynonyms);
  const head = terms[0];
  const hits = index
    .search('figures', terms, (r) => {
      const c = coverageOver(terms, [
        { doc: r.doc, factor: 1 },
        { doc: r.nearDoc, factor: 0.95 },
        { doc: r.contextDoc, factor: 0.75 },
        { doc: r.paragraphDoc, factor: 0.5 },
      ]);
      // The question's first word usually names what is counted (`people in shelters`).
      const headBonus = head && coverage([head], r.doc).score >= 0.8 ? HEAD_BONUS : 0;
      return { ...c, score: c.score + headBonus + (wanted && r.figure.kind === wanted ? KIND_BONUS : 0) };
    }, { article, question: true })
    // Equal scores: the figure the story gives first (the lede's toll, not a later breakdown).
    .sort((a, b) => b.score - a.score || a.record.figure.start - b.record.figure.start);
  const accepted = hits.filter((h) => h.score >= THRESHOLDS.figure);
  if (!accepted.length) return { answers: [], message: MESSAGES.noFigure, ...suggest(hits.map((h) => h.record.figure.text + (h.record.figure.counts ? ` ${h.record.figure.counts}` : '')), hits.map((h) => h.score)) };
  const best = accepted[0]!.score;
  const answers = accepted.filter((h) => h.score >= best - THRESHOLDS.spread / 2).slice(0, LIMITS.answers).map((h) => figureItem(h.record));
  return { answers, message: MESSAGES.figuresFound(answers.length) };
}
