/**
 * What a figure's own sentence says about which figure a question wants, beyond its words: an
 * enterprise value against a deal price, a year gone by against today's figure, a vague order of
 * size against the number itself, an upper bound for what something could reach. Each is a
 * small shift in rank; none decides whether a figure answers at all.
 */
import type { FigureRecord } from '../search/records.js';
import { isForecast } from './figure-clause.js';

/** Another quantity than the price asked: more than a change is from a level. */
const WITH_DEBT_PENALTY = 0.2;
/** A figure of an earlier year than the one asked: well below today's, yet still an answer when it is the only one. */
const PAST_PENALTY = 0.2;
/** The upper bound a question about what something could reach asks for outweighs words a little closer. */
const BOUND_BONUS = 0.25;
const VAGUE_PENALTY = 0.2;
/** A running total asked (`so far`, `to date`), and how far before its figure the article says so. */
const SO_FAR = /\b(?:so far|to date|thus far|in total|cumulative|altogether)\b/i;
const SO_FAR_CHARS = 40;
const SO_FAR_BONUS = 0.15;
/** A forecast for a question about one, or against a question about what was. */
const TENSE_SHIFT = 0.2;
/** Questions about what something will be, and about what it was. */
const FORECAST_ASKED = /\b(?:guidance|forecasts?|outlook|projections?|projected|expects?|expected|expectations?|will|next (?:quarter|year|month|week|season)|going to|predict(?:ed|s|ion)?)\b/i;
const PAST_ASKED = /\b(?:was|were|did|had|last (?:quarter|year|month|week|season)|previous|ended)\b/i;

/** Words that make a deal's value the enterprise value, debt included. */
const ENTERPRISE_VALUE = /\b(?:including|includ(?:es|ing) net|with|plus|counting)\s+(?:its\s+|net\s+)?debt\b|\benterprise value\b/i;
const DEBT_ASKED = /\b(?:debt|enterprise)\b/i;
/** A question about the most something could be, and the qualifiers of an upper bound. */
const BOUND_ASKED = /\b(?:could|might|may)\b.*\b(?:get|reach|rise|grow|climb|go|hit|cost|be)\b|\b(?:at most|at worst|worst case|maximum|max)\b/i;
const BOUND_QUALIFIER = /^(?:up to|as much as|as many as|as high as|at most|no more than)$/i;
const YEAR_ASKED = /\b(?:1[89]|20)\d{2}\b|\b(?:ago|before|previous|previously|last time|history|historic|record)\b/i;
/** Numbers given only as an order of size. */
const VAGUE = /^(?:dozens|scores|hundreds|thousands|millions|billions|tens of (?:thousands|millions)|hundreds of (?:thousands|millions))$/i;
const PAST_FRAME = /\b(?:in|during|since)\s+((?:19|20)\d{2}),?\s+when\b[^;]*$/i;
/** `last erupted in January, when about 2,000 ...`: the time before, whatever year. */
const LAST_TIME = /\blast\s+[a-z]+\s+in\s+(?:(?:19|20)\d{2}|january|february|march|april|may|june|july|august|september|october|november|december)\b[^;.]*?\bwhen\b[^;]*$/i;
/** `prison sentences of two years or less ... are usually suspended`: a rule's threshold, not a figure of the story. */
const THRESHOLD_AFTER = /^\s+(?:or (?:less|more|fewer|under|over|above|below|longer|shorter|older|younger)|and (?:over|above|under|below|older|up))\b/i;
const THRESHOLD_ASKED = /\b(?:threshold|minimum|maximum|limit|cut-?off|at least|at most|or (?:less|more))\b/i;
const THRESHOLD_PENALTY = 0.2;
/** `broke the previous national record of 41.8°C`: the value before, which a question about the new one does not want. */
const PREVIOUS_BEFORE = /\b(?:previous|former|old|prior)\s+(?:[\p{L}-]+\s+){0,3}(?:of\s+|at\s+|was\s+)?$/iu;
const PREVIOUS_ASKED = /\b(?:previous|old|former|earlier|prior|last|before|beaten|broken)\b/i;
const PAST_OPENING = /^(?:In|During|Back in)\s+((?:19|20)\d{2}),/;

/** The rank shift, up or down, that a figure's own sentence earns for this question. */
export function contextRank(query: string): (r: FigureRecord) => number {
  const debtAsked = DEBT_ASKED.test(query);
  const boundAsked = BOUND_ASKED.test(query);
  const yearAsked = YEAR_ASKED.test(query);
  // `what was revenue last quarter` asks what it was, not the forecast; `guidance` asks the forecast.
  const forecastAsked = FORECAST_ASKED.test(query);
  const pastAsked = !forecastAsked && PAST_ASKED.test(query);
  const soFarAsked = SO_FAR.test(query);
  const thresholdAsked = boundAsked || THRESHOLD_ASKED.test(query);
  const previousAsked = PREVIOUS_ASKED.test(query);
  return (r) => {
    const tense = forecastAsked && isForecast(r) ? TENSE_SHIFT : pastAsked && isForecast(r) ? -TENSE_SHIFT : 0;
    // `Including debt, the deal values it at $29.1 billion`: the enterprise value, not the price asked.
    const withDebt = !debtAsked && ENTERPRISE_VALUE.test(r.article.article.text.slice(r.figure.sentence.start, r.figure.start)) ? WITH_DEBT_PENALTY : 0;
    // `Batu Lawang last erupted in 2019, when about 2,000 people were evacuated`: history, not what a question without a year asks.
    const past = !yearAsked && isDatedEarlier(r) ? PAST_PENALTY : 0;
    // `dozens` in the lede, `at least 63` further down: the number itself, when both count it.
    const vague = VAGUE.test(r.figure.text) ? VAGUE_PENALTY : 0;
    // `how big could the gap get`: the most it could be (`as much as $1.9 billion`).
    const bound = boundAsked && BOUND_QUALIFIER.test(r.figure.qualifier ?? '') ? BOUND_BONUS : 0;
    // `how much have insurers paid out so far`: the running total (`payouts so far reaching $1.3 billion`).
    const sum = soFarAsked && SO_FAR.test(r.article.article.text.slice(Math.max(r.figure.sentence.start, r.figure.start - SO_FAR_CHARS), r.figure.start)) ? SO_FAR_BONUS : 0;
    const threshold = !thresholdAsked && THRESHOLD_AFTER.test(r.article.article.text.slice(r.figure.end, r.figure.end + 20)) ? THRESHOLD_PENALTY : 0;
    const previous = !previousAsked && PREVIOUS_BEFORE.test(r.article.article.text.slice(Math.max(r.figure.sentence.start, r.figure.start - 40), r.figure.start)) ? PAST_PENALTY : 0;
    return bound + tense + sum - withDebt - past - vague - threshold - previous;
  };
}

/**
 * Whether its sentence sets the figure in a year before the article's: `In 2019, ...`, `last
 * erupted in 2019, when about 2,000 ...` (not `down from 341,000 in 2015 – a fall of 38%`).
 */
function isDatedEarlier(r: FigureRecord): boolean {
  const before = r.article.article.text.slice(r.figure.sentence.start, r.figure.start);
  if (LAST_TIME.test(before)) return true;
  const published = Number(/^(\d{4})/.exec(r.article.article.meta.date ?? '')?.[1]);
  if (!published) return false;
  const year = PAST_FRAME.exec(before)?.[1] ?? PAST_OPENING.exec(before)?.[1];
  return year !== undefined && Number(year) < published;
}
