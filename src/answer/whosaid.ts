import { MESSAGES } from '../errors.js';
import { allWordTerms, bestWord, coverage, toDoc, type Coverage, type Doc, type QueryTerm } from '../search/match.js';
import type { SearchIndex } from '../search/index.js';
import type { QuoteRecord } from '../search/records.js';
import { LIMITS, THRESHOLDS } from './config.js';
import { quoteSynonyms } from '../search/thesaurus.js';
import { sentenceItem } from './items.js';
import { PIECE_SHARE, piecesHolding, quoteAcrossPieces } from './quote-pieces.js';
import { statementHits, suggest } from './shared.js';
import type { Answer, Scope } from './types.js';

/**
 * `whosaid <words>`: the quote that holds the words (partial, misspelt, paraphrased in part),
 * with its speaker, then further close matches. Falls back to reported speech when the
 * article says it without quote marks; otherwise says no one is quoted saying it.
 */
export function whosaid(index: SearchIndex, typed: string, scope: Scope = {}): Omit<Answer, 'command' | 'query'> {
  // (`who said there are villages ...`: the command typed as a question; its first words are no words of the quote.)
  const query = typed.replace(ASKED_AS_QUESTION, '') || typed;
  // (Words of the quote said in other words count too, a little less: `lengthy` for `long`.)
  const terms = index.terms(query, {}, quoteSynonyms, true);
  // Every word of the query, function words too: `we will not back down` is that phrase, not
  // any quote with `not` and `back` in it.
  const whole = allWordTerms(query);
  // The utterance decides; the piece holding the words wins among its siblings.
  const pieceTerms = whole.length > 1 ? whole : terms;
  const hits = index.search('quotes', terms, (r) => {
    const content = bestOf(coverage(terms, r.doc), terms, index, r);
    // Tie-breaks only order quotes that may be answers (a quote or a paraphrase): the rest are not worth the words.
    if (content.score < Math.min(THRESHOLDS.quote, PARAPHRASE.score)) return content;
    const all = whole.length > 1 ? coverage(whole, r.doc).score : 0;
    // (A quote of one piece is its own piece: its score is the one just made.)
    const piece = r.utterance !== r.quote.text ? pieceScore(index, pieceTerms, r) : whole.length > 1 ? all : content.score;
    return { ...content, score: content.score + WHOLE_TIEBREAK * all + PIECE_TIEBREAK * piece };
  }, scope)
    // Equal scores: the shorter quote, where the words asked for weigh more, comes first.
    .sort((a, b) => b.score - a.score || a.record.doc.words.length - b.record.doc.words.length);
  // A query of mostly common words must match as a whole, function words too.
  const gate = (h: { record: QuoteRecord }) => whole.length < 2 || coverage(whole, h.record.doc).score >= THRESHOLDS.allWords || coverage(whole, passageOf(index, h.record) ?? h.record.doc).score * PASSAGE_SHARE >= THRESHOLDS.allWords;
  const accepted = bestPerUtterance(hits.filter((h) => h.score >= THRESHOLDS.quote && gate(h)));
  if (!accepted.length) accepted.push(...paraphrased(index, bestPerUtterance(hits), terms));
  if (accepted.length) {
    const best = accepted[0]!.score;
    const answers = accepted.filter((h) => h.score >= best - THRESHOLDS.spread).slice(0, LIMITS.answers).map((h) => quoteAcrossPieces(index, pieceTerms, h.record));
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

/** `who said`, `which minister said that`, `who was it that said`: how a quote is asked for, before its words. */
const ASKED_AS_QUESTION = /^\s*(?:who|which\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:(?:was\s+it\s+that|has|had|did)\s+)?(?:said|says|say|told|tells|claimed|claims|warned|warns|stated|declared|added|insisted|argued)\s+(?:that\s+)?/iu;

const PIECE_TIEBREAK = 0.01;
/** What a match over a speaker's whole passage is worth against one in a single quote. */
const PASSAGE_SHARE = 0.95;
/** Query words from which a query may be matched over a passage. */
const PASSAGE_TERMS = 5;
/** Among quotes matched through their passage, the one holding more of the query comes first. */
const OWN_TIEBREAK = 0.02;

const PASSAGES = new WeakMap<QuoteRecord, Doc | null>();

/**
 * All a speaker says in the quote's paragraph, when that is more than this quote: readers
 * remember a passage, not where its sentences end (`taking the tablets for years and felt let
 * down` runs over `I've been taking these tablets for six years ...` and `I feel a bit let down`).
 */
function passageOf(index: SearchIndex, r: QuoteRecord): Doc | undefined {
  let doc = PASSAGES.get(r);
  if (doc === undefined) {
    const mates = index.quotesIn(r.article.id).filter((q) => q.quote.group !== r.quote.group && samePassage(q, r));
    // (Only the pieces said in this paragraph: an utterance running on into the next is another passage.)
    doc = mates.length ? toDoc([r.utterance, ...mates.map((q) => q.quote.text)].join(' ')) : null;
    PASSAGES.set(r, doc);
  }
  return doc ?? undefined;
}

/**
 * The quote's own coverage, or its passage's (discounted) when that holds more of the query;
 * only the piece of the passage holding the most of the query on its own answers for it.
 */
function bestOf(own: Coverage, terms: QueryTerm[], index: SearchIndex, r: QuoteRecord): Coverage {
  // (A short query is a fragment of one sentence: only a long one is remembered over several.)
  const passage = terms.length >= PASSAGE_TERMS ? passageOf(index, r) : undefined;
  if (!passage) return own;
  const wide = coverage(terms, passage);
  if (wide.score * PASSAGE_SHARE <= own.score) return own;
  const mine = coverage(terms, r.pieceDoc).score;
  const anchor = index.quotesIn(r.article.id).every((q) => {
    if (q === r || !samePassage(q, r)) return true;
    const theirs = coverage(terms, q.pieceDoc).score;
    return theirs < mine || (theirs === mine && q.quote.start > r.quote.start);
  });
  return anchor ? { score: wide.score * PASSAGE_SHARE + OWN_TIEBREAK * own.score, perTerm: wide.perTerm } : own;
}

/** How much the query's function words weigh once its content words tie: enough to order, never to admit. */
const WHOLE_TIEBREAK = 0.05;

/**
 * Which piece of a split quote answers: the one holding the query, or, when the query runs
 * across pieces (`"I was 19," she says, "and terrified."`), the first one holding a fair share
 * of it, where the reader starts.
 */
function pieceScore(index: SearchIndex, terms: QueryTerm[], r: QuoteRecord): number {
  const touched = piecesHolding(index, terms, r, PIECE_SHARE.answers);
  return touched.length > 1 ? (touched[0] === r ? 1 : 0) : coverage(terms, r.pieceDoc).score;
}

/**
 * A long query in the user's own words (`who said they took a loan from a moneylender for the
 * crop and cant repay`) meets the quote on several rare words but not on the rest. Taken when
 * many of its words are found, in one quote only, far ahead of any other quote.
 */
function paraphrased<T extends { record: QuoteRecord; score: number; coverage: { perTerm: number[] } }>(index: SearchIndex, hits: T[], terms: readonly QueryTerm[]): T[] {
  const [best] = hits;
  // (Far ahead of any quote outside its passage: the speaker's other quotes there share its words.)
  const next = best && hits.find((h) => !samePassage(h.record, best.record));
  if (!best) return [];
  const found = terms.filter((_, i) => (best.coverage.perTerm[i] ?? 0) >= PARAPHRASE.wordFound);
  const passes = (p: typeof PARAPHRASE | typeof OWN_WORDS_PARAPHRASE) => terms.length >= p.terms && best.score >= p.score && found.length >= p.found && best.score - (next?.score ?? 0) >= p.margin;
  if (passes(PARAPHRASE)) return [best];
  // Fewer words found will do when one of them is the quote's own, said nowhere else in the article:
  // `vaccine` and `malaria` in a story about a malaria vaccine are its topic and find any quote on it
  // (`this vaccine will end malaria within a decade`); `wheels` or `velodrome` point at the one quote.
  const sentences = index.sentencesIn(best.record.article.id);
  // (The word the quote itself has: `wall` read as a misspelt `will` is no word of its own.)
  const ownWord = () => found.some((t) => {
    const at = bestWord(t, best.record.doc);
    const word = at >= 0 && t.stem === best.record.doc.stems[at] ? t.stem : undefined;
    return word !== undefined && sentences.filter((s) => s.doc.stems.includes(word)).length <= OWN_WORDS_PARAPHRASE.sentences;
  });
  return passes(OWN_WORDS_PARAPHRASE) && ownWord() ? [best] : [];
}
/** A quote matched in other words: enough query words, enough of them found, and far ahead of the next quote. */
const PARAPHRASE = { terms: 5, found: 3, wordFound: 0.8, score: 0.45, margin: 0.25 } as const;
/** ...or fewer, when a word found is the quote's own: in no more sentences of the article than this. */
const OWN_WORDS_PARAPHRASE = { terms: 3, found: 2, score: 0.4, margin: 0.15, sentences: 1 } as const;

/** Whether two quotes are the same speaker's in one paragraph. */
function samePassage(a: QuoteRecord, b: QuoteRecord): boolean {
  return a.article === b.article && a.quote.paragraph === b.quote.paragraph && a.quote.speakerId !== null && a.quote.speakerId === b.quote.speakerId;
}

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
