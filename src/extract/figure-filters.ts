/**
 * Numbers that are not figures: dates, years, times, labels and model names (`Boeing 737`,
 * `COVID-19`, `Article 5`), addresses, ages, scores and phone numbers. Each test looks at
 * the tokens around one number; `figures.ts` combines them.
 */
import { FUNCTION_WORDS } from './figure-lexicon.js';
import { ROLE_WORDS } from './lexicon.js';
import { isInnerHyphen, low, type Token } from './figure-tokens.js';

/** Month names and their abbreviations, matched only when capitalised (`may` is a verb). */
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** After a number these make it a clock time: `3 p.m.`, `0900 GMT`, `10 o'clock`. */
const TIME_MARKERS = new Set([
  'a.m', 'p.m', 'am', 'pm', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'et', 'pt', 'pst', 'pdt', "o'clock",
  'o’clock', 'hrs', 'local',
]);

/** Lower-case words that name the number after them: `flight 370`, `number 10`, `phase 2`. */
const LABEL_WORDS = new Set([
  'number', 'no', 'nos', 'version', 'flight', 'route', 'article', 'chapter', 'section', 'room', 'gate', 'level',
  'phase', 'stage', 'round', 'page', 'line', 'platform', 'terminal', 'channel', 'episode', 'season', 'volume', 'vol',
  'category', 'tier', 'size', 'model', 'type', 'class', 'suite', 'block', 'exit', 'junction', 'highway', 'interstate',
  'paragraph', 'clause', 'resolution', 'grade', 'division', 'district', 'ward', 'zone', 'sector', 'apartment',
  'game', 'week', 'day', 'match', 'act', 'track', 'bus', 'lane', 'pier', 'row', 'seat', 'table', 'figure', 'item',
  'code', 'plot', 'unit', 'bay', 'tranche', 'wave', 'aged', 'age', 'ages', '#',
]);

/** The last word of an address: `10 Downing Street`. */
const STREET_WORDS = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'blvd', 'lane', 'drive', 'place', 'square', 'way',
  'court', 'terrace', 'crescent', 'close', 'highway', 'parkway',
]);

/** Words near `3-1` that make it a score or a vote, not a range. */
const SCORE_WORDS = new Set([
  'won', 'win', 'wins', 'beat', 'beats', 'lost', 'lose', 'loses', 'drew', 'draw', 'victory', 'defeat', 'defeated',
  'loss', 'lead', 'led', 'leads', 'score', 'scored', 'scoreline', 'trailing', 'trail', 'vote', 'voted', 'votes',
  'ruling', 'majority', 'decision', 'thrashing', 'rout', 'aggregate',
]);

/** Before a four-digit number these make it a year: `in 1998`, `the 2024 election`, `by 2030`. */
const YEAR_CUES = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'of', 'the', 'during', 'before', 'after', 'early', 'late', 'mid',
  'through', 'between', 'last', 'this', 'circa', 'c', 'fiscal', 'around', 'about', 'year', 'spring',
  'summer', 'autumn', 'fall', 'winter',
]);

/** `at 10.30`: British clock time. */
const DOTTED_TIME = /^\d{1,2}\.\d\d$/;
const POSSESSIVE = /['’]s?$/;
/** `at 10 on Tuesday`: an hour, then one of these. */
const HOUR = /^(?:[01]?\d|2[0-4])$/;
const CLOCK_CUES = new Set([
  'on', 'this', 'tonight', 'tomorrow', 'today', 'in', 'sharp', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'every', 'each', 'last', 'next',
]);
const THREE_DIGITS = /^\d{3}$/;
const FOUR_DIGITS = /^\d{4}$/;

const FIRST_YEAR = 1000;
const LAST_YEAR = 2099;
const MAX_AGE = 120;
const SCORE_WINDOW = 3;

/** A capitalised month name or abbreviation (`October`, `Oct`, but not the verb `may`). */
export function isMonth(t: Token | undefined): boolean {
  return t !== undefined && t.cap && MONTHS.has(t.lower);
}

/** `October 7`, `Oct. 7`, `7 October`. */
export function isDate(tokens: readonly Token[], at: number, next: number): boolean {
  const before = low(tokens, at - 1) === '.' ? tokens[at - 2] : tokens[at - 1];
  return isMonth(before) || isMonth(tokens[next]) || (low(tokens, next) === 'of' && isMonth(tokens[next + 1]));
}

/** `3 p.m.`, `10:30`, `9/11`, `24/7`, `0900 GMT`, `at 10.30`. */
export function isTime(tokens: readonly Token[], at: number, next: number): boolean {
  // `held its rate at 4.25%`: a percentage is no clock time, whatever its dot.
  if (low(tokens, next) === '%' || low(tokens, next) === 'percent' || (low(tokens, next) === 'per' && low(tokens, next + 1) === 'cent')) return false;
  if (TIME_MARKERS.has(low(tokens, next))) return true;
  const before = tokens[at - 1];
  if (before !== undefined && (before.text === ':' || before.text === '/') && !tokens[at]!.spaced) return true;
  const after = tokens[next];
  if (after !== undefined && (after.text === ':' || after.text === '/') && !after.spaced && tokens[next + 1]?.num) return true;
  if (low(tokens, at - 1) !== 'at') return false;
  // `at 10.30`, `at 10 on Tuesday`, `at 6 tonight`: a clock time, not `at 10%` or `at 10 points`.
  return DOTTED_TIME.test(tokens[at]!.text) || (HOUR.test(tokens[at]!.text) && CLOCK_CUES.has(low(tokens, next)));
}

/**
 * A name with a number in it: `Boeing 737`, `Article 5`, `flight 370`, `No. 10`, `COVID-19`,
 * `F-16`, `mid-2024`. `at` is the number's token; nothing stands between it and the word before.
 */
export function isLabel(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  if (prev === undefined) return false;
  if (isInnerHyphen(tokens, at - 1) && tokens[at - 2]?.word && !tokens[at - 1]!.spaced) return true;
  if (prev.text === '.' && (low(tokens, at - 2) === 'no' || low(tokens, at - 2) === 'nos')) return true;
  if (LABEL_WORDS.has(prev.lower)) return true;
  // (`Set 301 to win`, `Chasing 250`: a verb opening the sentence, capitalised only for that.)
  if (at === 1 && OPENING_VERB.test(prev.lower)) return false;
  // A capitalised name word right before a bare number (`Boeing 737`), but not `Only 5` or `Gaza's 2`.
  return prev.word && prev.cap && !FUNCTION_WORDS.has(prev.lower) && !POSSESSIVE.test(prev.lower);
}

/** Verbs that may open a sentence right before a number (`Set 301 to win`, `Needing 12 off the last over`). */
const OPENING_VERB = /^(?:\p{Ll}{3,}ing|set|put|cut|hit|made|won|lost|scored|chasing|needing|trailing|leading)$/u;

/** `10 Downing Street`: capitalised words then a street word. */
export function isAddress(tokens: readonly Token[], next: number): boolean {
  for (let k = next; k < next + 3 && tokens[k]?.cap; k++) if (STREET_WORDS.has(low(tokens, k + 1))) return true;
  return false;
}

/** `Jane Doe, 34, said`, `her eldest son, 15, was`: a small number between commas after a name or a person. */
export function isApposedAge(tokens: readonly Token[], at: number, next: number, value: number): boolean {
  const before = tokens[at - 2];
  return value <= MAX_AGE && low(tokens, at - 1) === ',' && (before?.cap === true || (before !== undefined && (PERSON_NOUNS.has(before.lower) || (ROLE_WORDS.has(before.lower) && !before.lower.endsWith('s'))))) &&
    (low(tokens, next) === ',' || low(tokens, next) === ')');
}

/** Words for one person whom an age may follow (roles are in `ROLE_WORDS`). */
const PERSON_NOUNS = new Set(`son daughter wife husband mother father brother sister boy girl man woman child baby toddler
  teenager teen grandmother grandfather grandson granddaughter nephew niece cousin partner fiance fiancé fiancee fiancée
  widow widower uncle aunt stepson stepdaughter victim driver passenger pedestrian cyclist rider motorist neighbour
  neighbor owner tenant farmer fisherman miner pensioner mum mom dad friend suspect`.split(/\s+/));

/** `won 3-1`, `a 5-4 vote`. */
export function isScore(tokens: readonly Token[], start: number, next: number): boolean {
  for (let k = start - SCORE_WINDOW; k < next + SCORE_WINDOW; k++) if (SCORE_WORDS.has(low(tokens, k))) return true;
  return false;
}

/** `555-1234`: three digits then four, as phone numbers are written. */
export function isPhoneLike(low3: Token, high4: Token): boolean {
  return THREE_DIGITS.test(low3.text) && FOUR_DIGITS.test(high4.text);
}

/** A bare four-digit number that reads as a year. `countsNoun`: a plural noun follows (`2000 people`). */
export function isYear(tokens: readonly Token[], start: number, value: number, countsNoun: boolean): boolean {
  if (value < FIRST_YEAR || value > LAST_YEAR || !Number.isInteger(value)) return false;
  return !countsNoun || YEAR_CUES.has(low(tokens, start - 1));
}

/** `34-year-old`, `two-day visit`, `2024-02-08`: a number inside a compound or chain (`4-hectare` is read as a unit first). */
export function isInCompound(tokens: readonly Token[], next: number): boolean {
  return isInnerHyphen(tokens, next) && (tokens[next + 1]?.word === true || tokens[next + 1]?.num === true);
}

/** A numeral right next to another (`020 7946 0958`): phone numbers, codes, lists. */
export function isInNumberRun(tokens: readonly Token[], start: number, next: number): boolean {
  return tokens[start - 1]?.num === true || (tokens[next]?.num === true && tokens[next]!.spaced);
}

/** `aged 34`, `34 years old`. */
export function isAge(tokens: readonly Token[], start: number, next: number): boolean {
  const before = low(tokens, start - 1);
  if (before === 'aged' || before === 'age' || before === 'ages' || low(tokens, next) === 'old') return true;
  // `She is 41.`, `he turned 60,`, `died at 91`: a bare number that ends the clause after these.
  const ends = next >= tokens.length || /^[.,;)]$/.test(low(tokens, next));
  const person = /^(?:he|she|who|i|they)$/.test(low(tokens, start - 2));
  return ends && ((person && /^(?:is|was|turned|turns)$/.test(before)) || ((before === 'at' || before === 'aged') && /^(?:died|dies|retired)$/.test(low(tokens, start - 2))));
}

/** `the 737 Max`: a bare number followed by a capitalised word that is no counted noun. */
export function isNamedBefore(tokens: readonly Token[], next: number, counted: boolean): boolean {
  const t = tokens[next];
  return !counted && t !== undefined && t.word && t.cap && t.spaced;
}
