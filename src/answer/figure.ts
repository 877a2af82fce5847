import { MESSAGES } from '../errors.js';
import { coverageOver, figureSynonyms, type SearchIndex } from '../search/index.js';
import { toDoc } from '../search/match.js';
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

/**
 * `figure <what>`: the figures that answer it (`death toll`, `homes without power`), with
 * what they count, their qualifier and source, in the sentence they stand in.
 */
export function figure(index: SearchIndex, query: string, article?: string): Omit<Answer, 'command' | 'query'> {
  const terms = index.terms(query, { question: true }, figureSynonyms);
  const wanted = KIND_HINTS.find(([re]) => re.test(query))?.[1];
  const hits = index
    .search('figures', terms, (r) => {
      const c = coverageOver(terms, [
        { doc: r.doc, factor: 1 },
        { doc: toDoc(r.figure.text), factor: 1 },
        { doc: r.contextDoc, factor: 0.8 },
      ]);
      return { ...c, score: c.score + (wanted && r.figure.kind === wanted ? KIND_BONUS : 0) };
    }, { article, question: true })
    .sort((a, b) => b.score - a.score);
  const accepted = hits.filter((h) => h.score >= THRESHOLDS.figure);
  if (!accepted.length) return { answers: [], message: MESSAGES.noFigure, ...suggest(hits.map((h) => h.record.figure.text + (h.record.figure.counts ? ` ${h.record.figure.counts}` : '')), hits.map((h) => h.score)) };
  const best = accepted[0]!.score;
  const answers = accepted.filter((h) => h.score >= best - THRESHOLDS.spread / 2).slice(0, LIMITS.answers).map((h) => figureItem(h.record));
  return { answers, message: MESSAGES.figuresFound(answers.length) };
}
