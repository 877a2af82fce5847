/**
 * The figures extractor: numbers that report something (`at least 27,708` people killed,
 * `$4.5 billion`, `12%`, `two-thirds` of residents), with what they count, the event they
 * measure and who gives them.
 */
import type { Article, Block, Sentence } from '../article/types.js';
import { countedNoun, eventAfter, findEvent, isEventWord, measuredThing } from './figure-context.js';
import {
  isAddress, isAge, isApposedAge, isDate, isInCompound, isInNumberRun, isLabel, isPhoneLike, isScore, isTime, isYear,
} from './figure-filters.js';
import { findSources, pickSource, SPEECH_VERBS, type SourceCandidate } from './figure-source.js';
import { isInnerHyphen, low, tokenize, type Token } from './figure-tokens.js';
import { readCurrencyPrefix, readPost, type Post } from './figure-units.js';
import { readNumber, type NumberMatch } from './numbers.js';
import type { Figure, FigureKind } from './types.js';

/** Words kept in `qualifier` and in `text`: `at least 27,708`, `another 109`, `some 300`. */
const QUALIFIERS = [
  'about', 'around', 'roughly', 'approximately', 'some', 'at least', 'at most', 'more than', 'over', 'upwards of',
  'fewer than', 'less than', 'under', 'nearly', 'almost', 'close to', 'up to', 'another', 'an additional',
  'a further', 'an estimated', 'as many as', 'as few as', 'as much as', 'as little as', 'in excess of', 'just over',
  'just under', 'well over', 'no more than', 'no fewer than', 'no less than', 'an extra',
] as const;

/** Qualifiers by first word, longest first, so `as many as` is tried before a shorter one. */
const QUALIFIERS_BY_FIRST_WORD = indexQualifiers(QUALIFIERS);

/** Before `15 to 20` these make it a change, not a range: `rose from 15 to 20` is two figures. */
const CHANGE_CUES = new Set(['from', 'rose', 'fell', 'increased', 'decreased', 'grew', 'dropped', 'jumped', 'climbed', 'declined', 'by']);

/** Before a number word these make it a reference, not a figure: `the two sides`, `their three children`. */
const REFERRING_WORDS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'both']);

/** A currency sign, a number and what follows it: `$4.5 billion`, `12%`, `90 mph`. */
interface Amount {
  /** Token of the number (after any currency sign). */
  at: number;
  currency?: string;
  num: NumberMatch;
  post: Post | null;
  next: number;
}

/** One figure's tokens: `[start, next)`, with its range end when it has one. */
interface Candidate {
  start: number;
  next: number;
  qualifier?: string;
  low: Amount;
  high?: Amount;
  /** The range's low value, scaled by the high end's scale word (`15 to 20 million`). */
  lowValue: number | null;
}

/** Per-sentence state: the sources are found once, only for sentences that hold a figure. */
interface SentenceScan {
  text: string;
  tokens: Token[];
  block: Block;
  sentence: Sentence;
  sources?: SourceCandidate[];
}

/**
 * Extracts the figures of an article's body paragraphs (never captions, subheadings or
 * credits), in text order. Every figure's `text` equals `article.text.slice(start, end)`.
 * Never throws; linear in the text's length.
 *
 * @param article a parsed article (see `parseArticle`)
 * @returns counts, money, percentages, measures and fractions, each with its qualifier,
 *   value, unit and, when its sentence says so, what it counts, the event and the source
 */
export function extractFigures(article: Article): Figure[] {
  const out: Figure[] = [];
  for (const block of article.paragraphs) {
    for (const sentence of block.sentences) {
      scanSentence({ text: article.text, tokens: tokenize(article.text, sentence.start, sentence.end), block, sentence }, out);
    }
  }
  return out;
}

function scanSentence(scan: SentenceScan, out: Figure[]): void {
  const { tokens } = scan;
  let i = 0;
  while (i < tokens.length) {
    const candidate = readCandidate(tokens, i);
    if (candidate === null) {
      i++;
      continue;
    }
    const figure = toFigure(scan, candidate);
    if (figure !== null) out.push(figure);
    // A rejected candidate is skipped whole: `between 2020 and 2024` must not yield `2024`.
    i = Math.max(candidate.next, i + 1);
  }
}

function readCandidate(tokens: readonly Token[], i: number): Candidate | null {
  if (low(tokens, i) === 'between') {
    const a = readAmount(tokens, i + 1);
    const b = a && low(tokens, a.next) === 'and' ? readAmount(tokens, a.next + 1) : null;
    const lowValue = a && b ? rangeLow(a, b) : null;
    return a && b && lowValue !== null ? { start: i, next: b.next, low: a, high: b, lowValue } : null;
  }
  const q = readQualifier(tokens, i);
  const a = readAmount(tokens, q ? q.next : i);
  if (a === null) return null;
  const base = { start: i, ...(q ? { qualifier: q.text } : {}) };
  const connector = a.next;
  const hyphen = isInnerHyphen(tokens, connector);
  const word = !hyphen && (low(tokens, connector) === 'to' || low(tokens, connector) === 'or') && !CHANGE_CUES.has(low(tokens, i - 1));
  const rangeable = a.post === null && (a.num.form === 'numeral' || a.num.form === 'word');
  const b = rangeable && (hyphen || word) ? readAmount(tokens, connector + 1) : null;
  if (b === null || b.num.form === 'vague' || b.num.form === 'fraction' || (hyphen && b.num.form !== 'numeral')) {
    return { ...base, next: a.next, low: a, lowValue: a.num.value };
  }
  const lowValue = rangeLow(a, b);
  if (lowValue !== null) return { ...base, next: b.next, low: a, high: b, lowValue };
  // `3-1` (a score), `2024-02-08`: a hyphenated pair that is no range is no figure either.
  return hyphen ? { ...base, next: b.next, low: a, high: b, lowValue: null } : { ...base, next: a.next, low: a, lowValue: a.num.value };
}

/** The low end of a range, scaled like the high end (`15 to 20 million`); null when it is no range (`3-1`). */
function rangeLow(a: Amount, b: Amount): number | null {
  let lowValue = a.num.value;
  const high = b.num.value;
  if (lowValue === null || high === null) return null;
  if (a.num.exp === 0 && b.num.exp > 0 && lowValue < high / 10 ** b.num.exp) lowValue *= 10 ** b.num.exp;
  return lowValue < high ? lowValue : null;
}

function readQualifier(tokens: readonly Token[], i: number): { text: string; next: number } | null {
  for (const words of QUALIFIERS_BY_FIRST_WORD.get(low(tokens, i)) ?? []) {
    if (words.every((w, n) => low(tokens, i + n) === w)) return { text: words.join(' '), next: i + words.length };
  }
  return null;
}

function readAmount(tokens: readonly Token[], j: number): Amount | null {
  const currency = readCurrencyPrefix(tokens, j);
  const at = currency ? currency.next : j;
  const num = readNumber(tokens, at, currency !== null);
  if (num === null || (currency && num.form !== 'numeral')) return null;
  const post = num.unit
    ? { next: num.next, unit: num.unit.unit, kind: num.unit.kind, factor: 1 }
    : readPost(tokens, num.next, num.exp > 0, num.form === 'vague');
  return { at, num, post, next: post ? post.next : num.next, ...(currency ? { currency: currency.code } : {}) };
}

/** The figure for a candidate, or null when its context says it is no figure (a date, a label...). */
function toFigure(scan: SentenceScan, c: Candidate): Figure | null {
  const { text, tokens } = scan;
  const last = c.high ?? c.low;
  const post = last.post ?? c.low.post;
  const currency = c.low.currency ?? c.high?.currency ?? (post?.kind === 'money' ? post.unit : undefined);
  const kind: FigureKind = currency ? 'money' : post ? post.kind : c.low.num.form === 'fraction' ? 'fraction' : 'count';
  const quantityWords = kind === 'count' || kind === 'fraction';
  const noun = quantityWords ? countedNoun(text, tokens, c.next, true) : null;
  const counts = quantityWords ? noun?.text : measuredThing(text, tokens, c.start, c.next, kind === 'money');
  if (c.lowValue === null && c.high !== undefined) return null;
  if (isNotAFigure(scan, c, post !== null || currency !== undefined, counts)) return null;
  scan.sources ??= findSources(text, tokens);
  const factor = post?.kind === 'money' ? post.factor : 1;
  const event = findEvent(tokens, c.start, noun?.next ?? c.next, SPEECH_VERBS);
  const source = pickSource(scan.sources, c.start);
  const start = tokens[c.start]!.start;
  const end = tokens[c.next - 1]!.end;
  return {
    text: text.slice(start, end),
    start,
    end,
    value: c.lowValue === null ? null : c.lowValue * factor,
    ...(c.high?.num.value != null ? { valueMax: c.high.num.value * factor } : {}),
    kind,
    ...(c.qualifier ? { qualifier: c.qualifier } : {}),
    ...(currency ?? post?.unit ? { unit: currency ?? post!.unit } : {}),
    ...(counts ? { counts } : {}),
    ...(event ? { event } : {}),
    ...(source ? { source } : {}),
    paragraph: scan.block.paragraph,
    sentence: { start: scan.sentence.start, end: scan.sentence.end },
  };
}

function isNotAFigure(scan: SentenceScan, c: Candidate, measured: boolean, counts: string | undefined): boolean {
  const { tokens } = scan;
  const a = c.low;
  const n = a.num;
  if (isInCompound(tokens, c.next) || isAge(tokens, c.start, c.next) || isTime(tokens, a.at, a.num.next)) return true;
  if (c.high !== undefined && isInnerHyphen(tokens, a.next)) {
    if (isScore(tokens, c.start, c.next) || isPhoneLike(tokens[a.at]!, tokens[c.high.at]!)) return true;
  }
  if (n.form === 'word' || (n.form === 'fraction' && !tokens[a.at]!.num)) return !wordIsQuantity(scan, c, measured, counts);
  if (n.form !== 'numeral' || measured || n.exp > 0 || n.unit !== undefined) return false;
  // A bare numeral: years, dates, labels and the like.
  const noQualifier = c.start === a.at;
  if (isDate(tokens, a.at, a.num.next) || isInNumberRun(tokens, c.start, c.next) || isAddress(tokens, c.next)) return true;
  if (noQualifier && (isLabel(tokens, a.at) || isApposedAge(tokens, a.at, c.next, n.value ?? 0))) return true;
  if (!n.bare) return false;
  const direct = countedNoun(scan.text, tokens, c.next, false) !== null;
  return isYear(tokens, c.start, n.value ?? 0, direct) && (c.high === undefined || isYear(tokens, c.start, c.high.num.value ?? 0, direct));
}

/**
 * Number words are figures only when they clearly count something: `three people`,
 * `two-thirds of residents`, `two million`, `three percent`, `two were killed`;
 * not `one day`, `the two sides`, `at one point`.
 */
function wordIsQuantity(scan: SentenceScan, c: Candidate, measured: boolean, counts: string | undefined): boolean {
  const n = c.low.num;
  if (n.one && c.high === undefined) return false;
  if (REFERRING_WORDS.has(low(scan.tokens, c.start - 1))) return false;
  if (!n.needsNoun || measured || counts) return true;
  return eventAfter(scan.tokens, c.next) !== undefined || isEventWord(low(scan.tokens, c.start - 1));
}

function indexQualifiers(phrases: readonly string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const list = index.get(words[0]!) ?? [];
    list.push(words);
    list.sort((x, y) => y.length - x.length);
    index.set(words[0]!, list);
  }
  return index;
}
