/**
 * The figures extractor: numbers that report something (`at least 27,708` people killed,
 * `$4.5 billion`, `12%`, `two-thirds` of residents), with what they count, the event they
 * measure and who gives them.
 */
import type { Article, Block, Sentence } from '../article/types.js';
import { CHANGE_VERBS, countedNoun, eventAfter, findEvent, isEventWord, measuredThing } from './figure-context.js';
import {
  isAddress, isAge, isApposedAge, isDate, isInCompound, isInNumberRun, isLabel, isNamedBefore, isPhoneLike, isScore, isTime,
  isYear,
} from './figure-filters.js';
import { findSources, pickSource, type SentenceSources } from './figure-source.js';
import { isInnerHyphen, low, tokenize, type Token } from './figure-tokens.js';
import { readCurrencyPrefix, readPerHour, readPost, readUnit, type Post } from './figure-units.js';
import { readNumber, type NumberMatch } from './numbers.js';
import type { Figure, FigureKind } from './types.js';

/** Words kept in `qualifier` and in `text`: `at least 27,708`, `another 109`, `some 300` (and `between` for ranges). */
const QUALIFIERS = [
  'about', 'around', 'roughly', 'approximately', 'some', 'at least', 'at most', 'more than', 'over', 'upwards of',
  'fewer than', 'less than', 'under', 'nearly', 'almost', 'close to', 'up to', 'another', 'an additional',
  'a further', 'an estimated', 'as many as', 'as few as', 'as much as', 'as little as', 'in excess of', 'just over',
  'just under', 'well over', 'no more than', 'no fewer than', 'no less than', 'an extra',
] as const;

/** Qualifiers by first word, longest first, so `as many as` is tried before a shorter one. */
const QUALIFIERS_BY_FIRST_WORD = indexQualifiers(QUALIFIERS);

/** Besides change verbs, before `15 to 20` these make it a change, not a range: `from 15 to 20` is two figures. */
const CHANGE_CUES = new Set(['from', 'by']);

/** Before a number word these make it a reference, not a figure: `the two sides`, `their three children`. */
const REFERRING_WORDS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'both']);

/** Before a bare number word these may elide the noun of the figure before: `... and four opposed it`. */
const ELLIPSIS_CUES = new Set(['and', 'but', 'while', 'whereas', ';', ',']);

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
  sources?: SentenceSources;
  /** The last figure found in the sentence. */
  previous?: Figure;
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
    if (figure !== null) {
      out.push(figure);
      scan.previous = figure;
    }
    // A rejected candidate is skipped whole: `between 2020 and 2024` must not yield `2024`.
    i = Math.max(candidate.next, i + 1);
  }
}

function readCandidate(tokens: readonly Token[], i: number): Candidate | null {
  if (low(tokens, i) === 'between') {
    const a = readAmount(tokens, i + 1, false);
    const b = a && low(tokens, a.next) === 'and' ? readAmount(tokens, a.next + 1, false) : null;
    const lowValue = a && b ? rangeLow(a, b) : null;
    return a && b && lowValue !== null ? candidate(i, b.next, 'between', a, b, lowValue) : null;
  }
  const q = readQualifier(tokens, i);
  const a = readAmount(tokens, q ? q.next : i, q !== null);
  if (a === null) return null;
  const connector = a.next;
  const hyphen = isInnerHyphen(tokens, connector);
  const word = !hyphen && (low(tokens, connector) === 'to' || low(tokens, connector) === 'or') && !isChangeCue(low(tokens, i - 1));
  const rangeable = a.num.form === 'numeral' || a.num.form === 'word';
  const b = rangeable && (hyphen || word) ? readAmount(tokens, connector + 1, false) : null;
  // `15%-20%` and `15 to 20%` are ranges; `5% to $20` is not.
  const samePost = a.post === null || (b !== null && b.post !== null && b.post.unit === a.post.unit);
  if (b === null || !samePost || b.num.form === 'vague' || b.num.form === 'fraction' || (hyphen && b.num.form !== 'numeral')) {
    return candidate(i, a.next, q?.text, a, undefined, a.num.value);
  }
  const lowValue = rangeLow(a, b);
  if (lowValue !== null) return candidate(i, b.next, q?.text, a, b, lowValue);
  // `3-1` (a score), `2024-02-08`: a hyphenated pair that is no range is no figure either.
  return hyphen ? candidate(i, b.next, q?.text, a, b, null) : candidate(i, a.next, q?.text, a, undefined, a.num.value);
}

function candidate(
  start: number, next: number, qualifier: string | undefined, a: Amount, b: Amount | undefined, lowValue: number | null,
): Candidate {
  return { start, next, qualifier, low: a, high: b, lowValue };
}

/** The low end of a range, scaled like the high end (`15 to 20 million`); null when it is no range (`3-1`). */
function rangeLow(a: Amount, b: Amount): number | null {
  let lowValue = a.num.value;
  const high = b.num.value;
  if (lowValue === null || high === null) return null;
  if (a.num.exp === 0 && b.num.exp > 0 && lowValue < high / 10 ** b.num.exp) lowValue *= 10 ** b.num.exp;
  return lowValue < high ? lowValue : null;
}

function isChangeCue(w: string): boolean {
  return CHANGE_CUES.has(w) || CHANGE_VERBS.has(w);
}

function readQualifier(tokens: readonly Token[], i: number): { text: string; next: number } | null {
  for (const words of QUALIFIERS_BY_FIRST_WORD.get(low(tokens, i)) ?? []) {
    if (words.every((w, n) => low(tokens, i + n) === w)) return { text: words.join(' '), next: i + words.length };
  }
  return null;
}

function readAmount(tokens: readonly Token[], j: number, qualified: boolean): Amount | null {
  const currency = readCurrencyPrefix(tokens, j);
  const at = currency ? currency.next : j;
  const num = readNumber(tokens, at, currency !== null) ?? (qualified ? readArticleUnit(tokens, at) : null);
  if (num === null || (currency && num.form !== 'numeral')) return null;
  const post = num.unit ? suffixPost(tokens, num) : readPost(tokens, num.next, num.exp > 0, num.form === 'vague') ??
    (num.form === 'numeral' && isInnerHyphen(tokens, num.next) ? measureAfterHyphen(tokens, num.next + 1) : null);
  // `US$5 a day`: a rate after a currency-signed amount is left out, as after a currency word.
  return { at, currency: currency?.code, num, post, next: post ? post.next : num.next };
}

/** A unit written onto the numeral, with `/h` when it follows (`70km/h`). */
function suffixPost(tokens: readonly Token[], num: NumberMatch): Post {
  const { unit, kind } = num.unit!;
  const perHour = readPerHour(tokens, num.next, unit);
  return perHour ? { next: perHour.next, unit: perHour.unit, kind, factor: 1 } : { next: num.next, unit, kind, factor: 1 };
}

/** `4-hectare`, `10-year`: a unit joined to a numeral by a hyphen. */
function measureAfterHyphen(tokens: readonly Token[], k: number): Post | null {
  const post = readUnit(tokens, k);
  return post !== null && post.kind === 'measure' ? post : null;
}

/** `up to a week`, `nearly a metre`: after a qualifier, `a` + unit is one unit. */
function readArticleUnit(tokens: readonly Token[], at: number): NumberMatch | null {
  const w = low(tokens, at);
  if ((w !== 'a' && w !== 'an') || readUnit(tokens, at + 1) === null) return null;
  return { next: at + 1, value: 1, form: 'word', exp: 0, bare: false, needsNoun: false, one: false, unit: undefined };
}

/** What a candidate measures, before its context is checked. */
interface Reading {
  kind: FigureKind;
  unit?: string;
  counts?: string;
  /** Token index after the counted noun (where an event may follow). */
  nounNext: number;
  /** Into the currency's units (`cents` → 0.01). */
  factor: number;
  /** Borrowed from the figure before it: `Seven councillors backed it and four opposed`. */
  elided: boolean;
}

function read(scan: SentenceScan, c: Candidate): Reading {
  const { text, tokens } = scan;
  const post = (c.high ?? c.low).post ?? c.low.post;
  const currency = c.low.currency ?? c.high?.currency ?? (post?.kind === 'money' ? post.unit : undefined);
  const kind: FigureKind = currency ? 'money' : post ? post.kind : c.low.num.form === 'fraction' ? 'fraction' : 'count';
  const factor = post?.kind === 'money' ? post.factor : 1;
  const unit = currency ?? post?.unit;
  if (kind !== 'count' && kind !== 'fraction') {
    const counts = measuredThing(text, tokens, c.start, c.next, kind === 'money');
    return { kind, unit, counts, nounNext: c.next, factor, elided: false };
  }
  const noun = countedNoun(text, tokens, c.next, true);
  if (noun === null && scan.previous !== undefined && isElliptical(tokens, c, scan.previous)) {
    const { kind: k, unit: u, counts } = scan.previous;
    return { kind: k, unit: u, counts, nounNext: c.next, factor, elided: true };
  }
  return { kind, unit, counts: noun?.text, nounNext: noun?.next ?? c.next, factor, elided: false };
}

/**
 * A bare number word standing for the noun of the figure before it, after `and`/`but`/`;`
 * or a qualifier: `Seven councillors backed the plan and four opposed it`, `asked for 20
 * years; his lawyers sought no more than five`.
 */
function isElliptical(tokens: readonly Token[], c: Candidate, previous: Figure): boolean {
  const n = c.low.num;
  if (n.form !== 'word' || !n.needsNoun || n.one || c.low.post !== null) return false;
  if (previous.kind !== 'count' && previous.kind !== 'measure') return false;
  if (previous.kind === 'count' && previous.counts === undefined) return false;
  return c.qualifier !== undefined || ELLIPSIS_CUES.has(low(tokens, c.start - 1));
}

/** The figure for a candidate, or null when its context says it is no figure (a date, a label...). */
function toFigure(scan: SentenceScan, c: Candidate): Figure | null {
  const { text, tokens } = scan;
  if (c.lowValue === null && c.high !== undefined) return null;
  const r = read(scan, c);
  if (isNotAFigure(scan, c, r.kind !== 'count' && r.kind !== 'fraction', r.counts)) return null;
  scan.sources ??= findSources(text, tokens);
  const event = findEvent(tokens, c.start, r.nounNext);
  const source = pickSource(scan.sources, c.start);
  const start = tokens[c.start]!.start;
  const end = tokens[c.next - 1]!.end;
  const figure: Figure = {
    text: text.slice(start, end),
    start,
    end,
    value: c.lowValue === null ? null : c.lowValue * r.factor,
    kind: r.kind,
    paragraph: scan.block.paragraph,
    sentence: { start: scan.sentence.start, end: scan.sentence.end },
  };
  // Optional fields are set only when known, so that a figure prints without `undefined` keys.
  if (c.high?.num.value != null) figure.valueMax = c.high.num.value * r.factor;
  if (c.qualifier !== undefined) figure.qualifier = c.qualifier;
  if (r.unit !== undefined) figure.unit = r.unit;
  if (r.counts) figure.counts = r.counts;
  if (event !== undefined) figure.event = event;
  if (source !== undefined) figure.source = source;
  return figure;
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
  const direct = countedNoun(scan.text, tokens, c.next, false) !== null;
  if (isNamedBefore(tokens, c.next, direct)) return true;
  if (!n.bare) return false;
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
