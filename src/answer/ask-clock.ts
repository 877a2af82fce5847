/**
 * `When did the tram derail?`: a lede gives the day (`derailed ... on Thursday morning`) and a
 * later sentence the time of day in other words (`left the tracks at about 7:52 a.m.`). The
 * time of day says when more precisely, so it comes first, when it is about the same thing.
 */
import type { SearchIndex } from '../search/index.js';
import { coverageOver } from '../search/index.js';
import type { QueryTerm } from '../search/match.js';
import { stem } from '../search/text.js';
import { sentenceSynonyms } from '../search/synonyms.js';
import { AM_PM_TIME, LIGHT_VERBS } from './ask-when.js';
import { LIMITS, THRESHOLDS } from './config.js';
import { sentenceItem } from './items.js';
import type { Answer } from './types.js';

/** How many paragraphs after the dated answer the time of day may stand. */
const CLOCK_REACH = 3;
/** A time that is not when the deed happened: `reopened at 3 p.m.`, `until 6 p.m.`. */
const OTHER_TIME = /\b(?:until|till|by|since|from|reopen\w*|resum\w*|restor\w*|lifted|ended|expir\w*)\s+(?:about\s+|around\s+|roughly\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m/i;

/**
 * The answers to a when-question with the one sentence that gives the time of day first, when
 * the best answer gives only a day: that sentence must say every word of the question but the
 * deed, and stand within a few paragraphs after it. Undefined when there is no such sentence.
 */
export function withTimeOfDay(index: SearchIndex, found: Omit<Answer, 'command' | 'query'>, topic: string, deed: string | undefined, article: string): Omit<Answer, 'command' | 'query'> | undefined {
  const top = found.answers[0];
  if (!top || AM_PM_TIME.test(top.text)) return undefined;
  // (`when did the explosion happen`: no deed but the event the question names, which the sentence must say.)
  const deeds = new Set(deed ? [deed, ...sentenceSynonyms(deed)].map(stem) : []);
  const rest: QueryTerm[] = index.terms(topic, { question: true }, sentenceSynonyms).filter((t) => !deeds.has(t.stem) && !LIGHT_VERBS.test(t.word));
  if (!rest.length) return undefined;
  const timed = index.sentencesIn(article).filter((s) => {
    const text = s.sentence.text;
    if (!AM_PM_TIME.test(text) || OTHER_TIME.test(text) || s.block.paragraph < top.citation.paragraph || s.block.paragraph > top.citation.paragraph + CLOCK_REACH) return false;
    const c = coverageOver(rest, [{ doc: s.doc, factor: 1 }, { doc: s.antecedentDoc, factor: 0.9 }]);
    return c.perTerm.every((p) => p >= THRESHOLDS.wordFound);
  });
  // (Two times of day about it: which one is the deed's, the words do not say.)
  if (timed.length !== 1) return undefined;
  const item = sentenceItem(timed[0]!);
  return { ...found, answers: [item, ...found.answers.filter((a) => a.text !== item.text)].slice(0, LIMITS.answers) };
}
