import { MESSAGES } from '../errors.js';
import { coverageOver, type SearchIndex } from '../search/index.js';
import { sentenceSynonyms } from '../search/synonyms.js';
import { coverage, type QueryTerm } from '../search/match.js';
import { fold } from '../search/text.js';
import type { SentenceRecord } from '../search/records.js';
import { LIMITS, THRESHOLDS } from './config.js';
import { citation, quoteItem, sentenceItem } from './items.js';
import { suggest } from './shared.js';
import type { Answer, AnswerItem, Scope } from './types.js';

/** The bonus of a sentence `prefer` picks out (when/where questions); a number from it scales the bonus. */
const PREFERRED = 0.1;
/** What the sentence before names counts this much for a sentence that opens on a pronoun. */
const ANTECEDENT = 0.75;
/** How many times the event penalty counts when another sentence says the event. */
const EVENT_SAID_ELSEWHERE = 3;
/** How close a sentence's word must be to the event a question asks about: its stem (`funded`, `funding`), not a word one letter off (`leads`, `leak`). */
const EVENT_FOUND = 0.85;

/**
 * `search <text>`: the sentences that match best. `prefer` adds a bonus to some sentences,
 * `require` keeps only those that can answer at all (when/where questions), and `event` is a
 * word they must say (the verb of `who funded the study`), or, given `eventPenalty`, lose that
 * much score without (`when will the statements be mailed`: an answer may say it in other words).
 */
export function search(index: SearchIndex, query: string, scope: Scope, options: { question?: boolean; prefer?: (text: string) => boolean | number; require?: (text: string) => boolean; event?: string | undefined; eventPenalty?: number } = {}): Omit<Answer, 'command' | 'query'> {
  const terms = index.terms(query, { question: options.question ?? false }, sentenceSynonyms);
  // (`how many homes were flooded in Oakley`: a name no article has, nor any spelling close to
  // it, is not answered by a sentence about somewhere else; nor `who won the wheelchair race` by the women's race.)
  if (asksUnknown(index, query, terms)) return { answers: [], message: MESSAGES.noSentence };
  const event = options.event ? index.terms(options.event, {}, sentenceSynonyms)[0] : undefined;
  const saysEvent = (r: SentenceRecord) => !event || coverageOver([event], [{ doc: r.doc, factor: 1 }, { doc: r.antecedentDoc, factor: ANTECEDENT }]).score >= EVENT_FOUND;
  const found = index
    // (`It began shortly after 2 p.m.`: what `It` stands for is in the sentence before.)
    .search('sentences', terms, (r) => coverageOver(terms, [{ doc: r.doc, factor: 1 }, { doc: r.antecedentDoc, factor: ANTECEDENT }]), scope)
    // (`when did it happen`: a sentence that says no time at all never answers, whatever its words.)
    .filter((h) => (!options.require || options.require(h.record.sentence.text)) && (options.eventPenalty !== undefined || saysEvent(h.record)));
  // (`when did the dock workers walk out`: when one sentence says the deed, `walked out on Aug. 4`,
  // one that only shares the other words, `a strike by 7,000 dock workers`, counts for less.)
  const penalty = options.eventPenalty === undefined ? 0 : found.some((h) => saysEvent(h.record)) ? options.eventPenalty * EVENT_SAID_ELSEWHERE : options.eventPenalty;
  const hits = found
    .map((h) => ({ ...h, score: h.score + PREFERRED * Number(options.prefer?.(h.record.sentence.text) ?? 0) - (!saysEvent(h.record) ? penalty : 0) }))
    .sort((a, b) => b.score - a.score);
  const accepted = hits.filter((h) => h.score >= THRESHOLDS.sentence);
  if (!accepted.length) return { answers: [], message: MESSAGES.noSentence, ...suggest(hits.map((h) => h.record.sentence.text), hits.map((h) => h.score)) };
  const best = accepted[0]!.score;
  const answers = accepted.filter((h) => h.score >= best - THRESHOLDS.spread).slice(0, LIMITS.answers).map((h) => replyTo(h.record) ?? withQuote(index, h.record, terms) ?? sentenceItem(h.record));
  return { answers, message: MESSAGES.sentencesFound(answers.length) };
}

/** A capitalised word past the query's first: a name. (Not initials: `BOJ` may stand for a name the article spells out.) */
const NAME_IN_QUERY = /(?<=\S\s+)\p{Lu}\p{Ll}[\p{L}'’-]*/gu;
/** From this length a word says what is asked (`wheelchair`, `architect`), unless it is a verb form, an adverb or a function word. */
const THING_WORD_LENGTH = 7;
const NOT_A_THING = /(?:ed|ing|ly)$|^(?:against|without|between|through|because|whether)$/;

/**
 * Whether the query asks about something no word of the library stands for: a name (a
 * capitalised word), or a long word for a thing (`who won the wheelchair race` of an article
 * that has no wheelchair race). Close spellings count as the word: a typo is still known.
 */
function asksUnknown(index: SearchIndex, query: string, terms: readonly QueryTerm[]): boolean {
  const names = new Set([...query.matchAll(NAME_IN_QUERY)].map((m) => fold(m[0])));
  return terms.some((t) => (names.has(t.word) || (t.word.length >= THING_WORD_LENGTH && !NOT_A_THING.test(t.word))) && !index.knows(t));
}

/**
 * `What do you eat on your day off?` on a line of its own, then `Toast. Four slices.`: in an
 * interview's questions and answers, a question that matches is answered by the next paragraph.
 */
function replyTo(record: SentenceRecord): AnswerItem | null {
  const { article } = record.article;
  if (!record.sentence.text.trim().endsWith('?') || record.block.sentences.length !== 1) return null;
  const next = article.paragraphs[record.block.paragraph];
  if (!next || next.kind !== record.block.kind || next.text.trim().endsWith('?')) return null;
  return { kind: 'sentence', speaker: null, quote: null, figure: null, text: next.text, citation: citation(record.article, next.paragraph, next) };
}

/** A sentence that holds an attributed quote answers with the quote and who said it. */
function withQuote(index: SearchIndex, record: SentenceRecord, terms: QueryTerm[]): AnswerItem | null {
  const inside = index.quotesIn(record.article.id).filter((q) => q.quote.start >= record.sentence.start && q.quote.end <= record.sentence.end && q.quote.speaker);
  if (!inside.length) return null;
  const best = inside.reduce((a, b) => (coverage(terms, b.pieceDoc).score > coverage(terms, a.pieceDoc).score ? b : a));
  return { ...quoteItem(best), text: record.sentence.text };
}
