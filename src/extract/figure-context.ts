/**
 * What a figure counts and which event it measures, read from the words around it in its
 * sentence: `killed at least 27,708 people` → counts `people`, event `killed`.
 */
import { CHANGE_VERBS, EVENTS, FUNCTION_WORDS, SPEECH_VERBS, TIME_WORDS } from './figure-lexicon.js';
import { isInnerHyphen, low, type Token } from './figure-tokens.js';

/** Plurals without a final `s`. */
const IRREGULAR_PLURALS = new Set([
  'people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'cattle', 'sheep', 'livestock', 'fish',
  'deer', 'aircraft', 'data', 'media', 'offspring', 'geese', 'mice', 'teeth', 'feet', 'clergy', 'youth',
]);

/** `grandchildren`, `fishermen`, `townspeople`: a compound ending on an irregular plural. */
const COMPOUND_PLURAL = /^\p{L}{3,}(?:children|men|people)$/u;
/** Words ending in `men` that are no plural of `man`. */
const NOT_MEN = new Set(['abdomen', 'specimen', 'regimen', 'acumen', 'stamen', 'gravamen', 'bitumen', 'albumen', 'cyclamen', 'dolmen', 'yemen', 'carmen', 'hymen', 'lumen', 'tegmen']);

function isCompoundPlural(w: string): boolean {
  return COMPOUND_PLURAL.test(w) && !NOT_MEN.has(w);
}

/** Words ending in `s` that are not plural nouns, or that make no sense as a count (`three times`). */
const NOT_PLURAL = new Set([
  'this', 'was', 'has', 'is', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'as', 'us', 'thus', 'plus', 'less',
  'unless', 'across', 'perhaps', 'always', 'besides', 'whereas', 'towards', 'afterwards', 'sometimes', 'news',
  'series', 'species', 'politics', 'economics', 'gas', 'bus', 'lens', 'times', 'mostly', 'nevertheless', 'regardless',
  'various', 'hamas',
  // Diseases and fields named in the plural's shape: `1,240 measles cases` counts cases.
  'measles', 'mumps', 'rabies', 'diabetes', 'herpes', 'shingles', 'rickets', 'tetanus', 'physics', 'mathematics',
  'athletics', 'gymnastics', 'logistics', 'statistics', 'aerobics', 'electronics', 'robotics', 'genetics',
]);

/** Capitalised names ending in `s` (`United States`, `Athens`); their lower-case forms may be plurals (`states`). */
const PROPER_NOT_PLURAL = new Set([
  'athens', 'brussels', 'wales', 'netherlands', 'philippines', 'bahamas', 'texas', 'kansas', 'arkansas', 'illinois',
  'paris', 'lagos', 'honduras', 'emirates', 'states', 'nations', 'forces', 'jones', 'james', 'charles', 'thomas',
  'williams', 'adams', 'roberts', 'evans', 'davis', 'harris', 'lewis', 'mercedes', 'reynolds', 'hopkins', 'brooks',
]);

/** Endings of singular words that end in `s`: `crisis`, `census`, `business`, `Hamas's`. Demonyms in `-is` (`Israelis`) are capitalised and allowed. */
const SINGULAR_S = /(?:ss|us|'s|’s)$/;
/** After a noun, an `-ed` word is nearly always its verb: `12% of voters backed`, `tonnes of aid arrived`. */
const PAST_TENSE = /ed$/;
/** Common verbs without `-ed` that may follow a measured noun: `40% of the vote went`. */
const COMMON_VERBS = new Set([
  'went', 'came', 'took', 'made', 'saw', 'got', 'gave', 'left', 'ran', 'held', 'paid', 'sold', 'spent', 'stood',
  'began', 'became', 'goes', 'comes', 'remains', 'remain', 'go', 'come', 'make', 'take', 'get', 'need', 'needs',
  'live', 'lives', 'work', 'works',
]);
const LOWER_IS = /is$/;

/** Words that may stand between a counted noun and its event: `people had been killed`, `were reportedly injured`. */
const EVENT_FILLERS = new Set([
  'had', 'have', 'has', 'been', 'were', 'was', 'are', 'is', 'be', 'being', 'reportedly', 'also', 'now', 'already',
  'all', 'officially', 'so', 'far', 'still', 'later', 'feared', 'believed', 'thought', 'confirmed', 'reported', 'to',
  'initially', 'allegedly', 'either', 'since',
]);

/** A clause starts after these: an event further back belongs to another clause (`X were killed and 25 injured`). */
const CLAUSE_BREAKS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'although', 'though', 'if', 'and', 'but',
]);

/** `of` may be followed by these before the counted noun: `two-thirds of the residents`. */
const OF_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'those', 'these', 'all']);

/** Heads too generic to say what money or a percentage measures: `a total of $5m`, `a rise of 3%`. */
const GENERIC_HEADS = new Set([
  'total', 'sum', 'average', 'maximum', 'minimum', 'rise', 'fall', 'increase', 'decrease', 'drop', 'jump', 'gain',
  'loss', 'decline', 'cut', 'tally', 'figure', 'amount', 'number', 'level', 'value', 'range', 'estimate', 'deaths',
  'toll', 'record', 'high', 'low', 'peak',
]);

/** Nouns before a counted noun, and the noun after `with`/`without`/`of`: at most this many words. */
const MAX_NOUN_WORDS = 3;
const MAX_COMPLEMENT_WORDS = 2;
/** How far back (tokens) an event verb may stand from the figure: `resulted in the deaths of about 1,160`. */
const EVENT_WINDOW = 5;
const MAX_EVENT_FILLERS = 4;

/** A plural noun, the head of a counted phrase (`people`, `homes`, `Palestinians`, `Israelis`). */
export function isPluralNoun(t: Token | undefined): boolean {
  if (t === undefined || !t.word) return false;
  const w = t.lower;
  if (IRREGULAR_PLURALS.has(w) || isCompoundPlural(w)) return true;
  if (w.length < 3 || !w.endsWith('s') || NOT_PLURAL.has(w) || SINGULAR_S.test(w)) return false;
  if (t.cap && PROPER_NOT_PLURAL.has(w)) return false;
  return t.cap || !LOWER_IS.test(w);
}

/** A content word: not a grammar word. */
export function isContentWord(t: Token | undefined): t is Token {
  return t !== undefined && t.word && !FUNCTION_WORDS.has(t.lower) && !TIME_WORDS.has(t.lower);
}

/** Index after a hyphenated compound starting at `k` (`war-displaced`, `long-range`). */
export function compoundEnd(tokens: readonly Token[], k: number): number {
  let e = k + 1;
  while (isInnerHyphen(tokens, e) && tokens[e + 1]?.word) e += 2;
  return e;
}

export interface CountedNoun {
  text: string;
  /** Token index after it. */
  next: number;
}

/**
 * The counted noun phrase after a figure: adjectives up to a plural head, then a short
 * `with`/`without`/`of` complement (`homes without power`). Null without a plural head.
 * `allowOf`: the figure is `hundreds`, `two-thirds`, `two`... and may be followed by `of (the)`.
 */
export function countedNoun(text: string, tokens: readonly Token[], k: number, allowOf: boolean): CountedNoun | null {
  let j = k;
  if (allowOf && low(tokens, j) === 'of') j += OF_DETERMINERS.has(low(tokens, j + 1)) ? 2 : 1;
  if (low(tokens, j) === 'more') j++; // `109 more people`, `thousands more Palestinians`
  const first = j;
  let head = -1;
  let joined = false;
  for (let n = 0; n < MAX_NOUN_WORDS; n++) {
    const t = tokens[j];
    if (!isContentWord(t) || !t.spaced) break;
    j = compoundEnd(tokens, j);
    if (isPluralNoun(tokens[j - 1])) {
      head = j;
      break;
    }
    // (`52,000 primary and secondary teachers`: two words joined before the head, once.)
    if (!joined && /^(?:and|or)$/.test(low(tokens, j)) && isContentWord(tokens[j + 1]) && !isPluralNoun(tokens[j + 1])) {
      joined = true;
      j++;
    }
  }
  if (head < 0) return null;
  const end = complementEnd(tokens, head);
  return { text: text.slice(tokens[first]!.start, tokens[end - 1]!.end), next: end };
}

/** `without power`, `with disabilities`, `of parliament` after a head noun; `head` itself when none. */
function complementEnd(tokens: readonly Token[], head: number): number {
  const prep = low(tokens, head);
  if (prep !== 'without' && prep !== 'with' && prep !== 'of') return head;
  let m = head + 1;
  for (let n = 0; n < MAX_COMPLEMENT_WORDS; n++) {
    const t = tokens[m];
    // A capitalised word after `with` is an agent (`with Israeli strikes`), not a complement.
    if (!isContentWord(t) || (t.cap && prep !== 'of')) break;
    m = compoundEnd(tokens, m);
  }
  return m > head + 1 ? m : head;
}

/**
 * The event of the figure spanning tokens `[start, …)`: first an event word just before it
 * in the same clause (`killed at least 27,708`, `the deaths of about 1,160`), else one after
 * its counted noun (`another 109 people had been killed`); `afterNoun` is where the noun ends.
 */
export function findEvent(tokens: readonly Token[], start: number, afterNoun: number): string | undefined {
  return eventBefore(tokens, start) ?? eventAfter(tokens, afterNoun);
}

function eventBefore(tokens: readonly Token[], start: number): string | undefined {
  for (let k = start - 1; k >= 0 && k >= start - EVENT_WINDOW; k--) {
    const t = tokens[k]!;
    if (!t.word || CLAUSE_BREAKS.has(t.lower) || SPEECH_VERBS.has(t.lower)) break;
    if (EVENTS.has(t.lower)) return eventName(tokens, k);
  }
  return undefined;
}

/** An event word at `k`, after auxiliaries and adverbs: `had been killed`, `were reportedly injured`. */
export function eventAfter(tokens: readonly Token[], k: number): string | undefined {
  for (let n = 0; n <= MAX_EVENT_FILLERS && k < tokens.length; n++, k++) {
    const w = low(tokens, k);
    if (EVENTS.has(w)) return eventName(tokens, k);
    if (!EVENT_FILLERS.has(w)) break;
  }
  return undefined;
}

/** True for an event word: `killed two` counts two. */
export function isEventWord(w: string): boolean {
  return EVENTS.has(w);
}

/** Event and speech verbs end a noun phrase: `snow fell`, `company said revenue`. */
function isVerbLike(t: Token): boolean {
  return EVENTS.has(t.lower) || SPEECH_VERBS.has(t.lower) || CHANGE_VERBS.has(t.lower);
}

function eventName(tokens: readonly Token[], k: number): string {
  const w = low(tokens, k);
  if (w === 'toll' && low(tokens, k - 1) === 'death') return 'death toll';
  if (w === 'laid' && low(tokens, k + 1) === 'off') return 'laid off';
  return w;
}

/** Spans of time a sum is `in`, which say when it was, not what it is. */
const PERIOD_NOUNS = /^(?:(?:first|second|third|fourth|last|latest|previous|same|current|fiscal|financial|calendar)\s+)*(?:quarter|half|year|month|week|period|session|day)s?$/i;

/**
 * What money, a percentage or a measure is of: after it (`12% of voters`, `$300m in aid`,
 * `2.4 million tonnes of grain`) or before it (`revenue of $4.5bn`, `Inflation rose to 3.2%`).
 */
export function measuredThing(text: string, tokens: readonly Token[], start: number, after: number, money: boolean): string | undefined {
  if (low(tokens, after) === (money ? 'in' : 'of')) {
    const j = OF_DETERMINERS.has(low(tokens, after + 1)) ? after + 2 : after + 1;
    const phrase = nounPhraseForward(text, tokens, j);
    // (`$9.3 billion in the quarter`: when, not what.)
    if (phrase !== undefined && !PERIOD_NOUNS.test(phrase)) return phrase;
  }
  // `a 68% chance`, `a 30% stake`: a share written before the one noun it is a share of.
  // (Not a sum: `a $180-million redevelopment` is what the sum is the cost of, and a cost question must find it.)
  const attributive = !money && (low(tokens, start - 1) === 'a' || low(tokens, start - 1) === 'an') && isContentWord(tokens[after]) && !tokens[after]!.cap && !isVerbLike(tokens[after]!) && !GENERIC_HEADS.has(low(tokens, after));
  if (attributive && (tokens[after + 1] === undefined || !isContentWord(tokens[after + 1]) || low(tokens, after + 1) === 'of')) return tokens[after]!.text;
  let k = start - 1;
  if (low(tokens, k) === 'of') return nounPhraseBackward(text, tokens, k - 1);
  if (low(tokens, k) === 'to' || low(tokens, k) === 'by' || low(tokens, k) === 'at') k--;
  return CHANGE_VERBS.has(low(tokens, k)) ? nounPhraseBackward(text, tokens, pastNamedPlace(tokens, k - 1)) : undefined;
}

/** `Gold reserves at the Bank of Mongolia stood at`: past the body or place that has it, to what is measured. */
function pastNamedPlace(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j >= 0 && (tokens[j]!.cap || /^(?:of|the|and|&)$/.test(low(tokens, j)))) j--;
  return j < k && j > 0 && /^(?:at|in|for|on)$/.test(low(tokens, j)) && isContentWord(tokens[j - 1]) && !tokens[j - 1]!.cap ? j - 1 : k;
}

/** Up to three lower-case content words (or a capitalised plural: `Americans`) from `j`, up to a verb. */
function nounPhraseForward(text: string, tokens: readonly Token[], j: number): string | undefined {
  let e = j;
  for (let n = 0; n < MAX_NOUN_WORDS; n++) {
    const t = tokens[e];
    if (!isContentWord(t) || (t.cap && !isPluralNoun(t)) || (n > 0 && (isVerbLike(t) || PAST_TENSE.test(t.lower) || COMMON_VERBS.has(t.lower)))) break;
    e = compoundEnd(tokens, e);
    if (isPluralNoun(tokens[e - 1])) break;
  }
  // (`81 percent of the union's roughly 4,070 eligible members`: words before a number are its noun's, not this figure's.)
  if (tokens[e]?.num) return undefined;
  return e > j ? text.slice(tokens[j]!.start, tokens[e - 1]!.end) : undefined;
}

/** Up to three content words ending at `k`, unless the head is too generic (`a total of`). */
function nounPhraseBackward(text: string, tokens: readonly Token[], k: number): string | undefined {
  if (!isContentWord(tokens[k]) || GENERIC_HEADS.has(low(tokens, k))) return undefined;
  let s = k;
  while (s > k - MAX_NOUN_WORDS + 1 && isContentWord(tokens[s - 1]) && !isVerbLike(tokens[s - 1]!)) s--;
  // `The average price of a home reached £298,450`: the noun the `of` phrase belongs to is what is measured.
  if (/^(?:a|an|the)$/.test(low(tokens, s - 1)) && low(tokens, s - 2) === 'of' && isContentWord(tokens[s - 3]) && !isVerbLike(tokens[s - 3]!) && !tokens[s - 3]!.cap && !GENERIC_HEADS.has(low(tokens, s - 3))) {
    s -= 3;
    while (s > 0 && k - s < MAX_NOUN_WORDS + 3 && isContentWord(tokens[s - 1]) && !isVerbLike(tokens[s - 1]!) && !tokens[s - 1]!.cap) s--;
  }
  return text.slice(tokens[s]!.start, tokens[k]!.end);
}
