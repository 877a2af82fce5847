/**
 * Candidate figures: an optional qualifier, a currency sign, a number, a unit, and the other
 * end of a range (`at least 27,708`, `between 15 and 20 inches`, `$15-20 million`). Context
 * (dates, labels, counted nouns) is judged afterwards in `figures.ts`.
 */
import { CHANGE_VERBS } from './figure-lexicon.js';
import { isInnerHyphen, low, type Token } from './figure-tokens.js';
import { readCurrencyPrefix, readHyphenatedRate, readPerHour, readPerRates, readPost, readUnit, type Post } from './figure-units.js';
import { readNumber, scaled, type NumberMatch } from './numbers.js';

/** Words kept in `qualifier` and in `text`: `at least 27,708`, `another 109`, `some 300` (and `between` for ranges). */
const QUALIFIERS = [
  'about', 'around', 'roughly', 'approximately', 'some', 'at least', 'at most', 'more than', 'over', 'upwards of',
  'fewer than', 'less than', 'under', 'nearly', 'almost', 'close to', 'up to', 'another', 'an additional',
  'a further', 'an estimated', 'as many as', 'as few as', 'as much as', 'as little as', 'in excess of', 'just over',
  'just under', 'well over', 'no more than', 'no fewer than', 'no less than', 'an extra', 'within',
  'north of', 'south of', 'somewhere north of', 'somewhere around', 'in the region of', 'somewhere in the region of',
  'upward of', 'just shy of', 'shy of', 'a little over', 'a little under', 'a little more than', 'a little less than',
  'slightly more than', 'slightly less than', 'well above', 'well below', 'well under', 'the best part of',
] as const;

/** Time units, largest first. */
const TIME_ORDER: readonly string[] = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'];

/** Qualifiers by first word, longest first, so `as many as` is tried before a shorter one. */
const QUALIFIERS_BY_FIRST_WORD = indexQualifiers(QUALIFIERS);

/** Besides change verbs, before `15 to 20` these make it a change, not a range: `from 15 to 20` is two figures. */
const CHANGE_CUES = new Set(['from', 'by']);

/** A currency sign, a number and what follows it: `$4.5 billion`, `12%`, `90 mph`. */
export interface Amount {
  /** Token of the number (after any currency sign). */
  at: number;
  currency?: string;
  num: NumberMatch;
  post: Post | null;
  next: number;
}

/** One figure's tokens: `[start, next)`, with its range end when it has one. */
export interface Candidate {
  start: number;
  next: number;
  qualifier?: string;
  low: Amount;
  high?: Amount;
  /** The range's low value, scaled by the high end's scale word (`15 to 20 million`); null for `3-1`. */
  lowValue: number | null;
}

/** The candidate figure starting at token `i`, or null. */
export function readCandidate(tokens: readonly Token[], i: number): Candidate | null {
  if (low(tokens, i) === 'between') {
    const a = readAmount(tokens, i + 1, false);
    const b = a && low(tokens, a.next) === 'and' ? readAmount(tokens, a.next + 1, false) : null;
    const lowValue = a && b ? rangeLow(a, b) : null;
    return a && b && lowValue !== null ? candidate(i, b.next, 'between', a, b, lowValue) : null;
  }
  // `tickets from $45`: a starting price, unless it runs `from $45 to $60`.
  const fromPrice = low(tokens, i) === 'from' ? readAmount(tokens, i + 1, false) : null;
  if (fromPrice?.currency && low(tokens, fromPrice.next) !== 'to' && low(tokens, fromPrice.next) !== '-') {
    return candidate(i, fromPrice.next, 'from', fromPrice, undefined, fromPrice.num.value);
  }
  // `magnitude 6.9`, `a magnitude of 7.3`: the scale named before its number (after it, `6.9-magnitude`, it is a unit like any).
  if (low(tokens, i) === 'magnitude') {
    const m = readAmount(tokens, low(tokens, i + 1) === 'of' ? i + 2 : i + 1, false);
    if (m && !m.post && !m.currency && m.num.form === 'numeral' && m.num.value !== null && m.num.value < 10) {
      return candidate(i, m.next, undefined, { ...m, post: { next: m.next, unit: 'magnitude', kind: 'measure', exp: 0 } }, undefined, m.num.value);
    }
  }
  const q = readQualifier(tokens, i);
  const read = readAmount(tokens, q ? q.next : i, q !== null);
  if (read === null) return null;
  // `the 2011 magnitude 9.0 earthquake`: a magnitude is under 10; a year before the word is no magnitude.
  const a = read.post?.unit === 'magnitude' && !(read.num.value !== null && read.num.value < 10) ? { ...read, post: null, next: read.num.next } : read;
  // `two hours and 51 minutes`, `4 hours, 7 minutes`, `three years and six months`: one span of time, its value in the larger unit.
  // (`4hr 12min 38sec`: a race time, its parts side by side.)
  const spanEnd = a.post && TIME_ORDER.includes(a.post.unit) ? timeSpanEnd(tokens, a) : a.next;
  if (spanEnd > a.next) return candidate(i, spanEnd, q?.text, a, undefined, a.num.value);
  const connector = a.next;
  const hyphen = isInnerHyphen(tokens, connector);
  // (`drop by 15 to 20 per cent`: a change by a bare number then a level in a unit would be no
  // way to write it; it is a range of the change. `by 15% to 20%` stays a change and a level.)
  // (`increased by 31,200 to 627,400`, both bare, stays a change and a level.)
  const bareBy = low(tokens, i - 1) === 'by' && a.post === null && !a.currency && low(tokens, connector) === 'to' && readAmount(tokens, connector + 1, false)?.post != null;
  const word = !hyphen && (low(tokens, connector) === 'to' || low(tokens, connector) === 'or') && (bareBy || !isChangeCue(low(tokens, i - 1), low(tokens, i - 2)));
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

/** Where a span of time written in parts ends (`two hours and 51 minutes`, `4hr 12min 38sec`): each part in a smaller unit. */
function timeSpanEnd(tokens: readonly Token[], first: Amount): number {
  let last = first;
  for (;;) {
    const joiner = low(tokens, last.next);
    const joined = joiner === 'and' || joiner === ',';
    const rest = readAmount(tokens, joined ? last.next + 1 : last.next, false);
    if (!rest?.post || rest.num.form !== 'numeral' && rest.num.form !== 'word' || TIME_ORDER.indexOf(rest.post.unit) <= TIME_ORDER.indexOf(last.post!.unit)) return last.next;
    last = rest;
  }
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
  if (a.num.exp === 0 && b.num.exp > 0 && lowValue < high / 10 ** b.num.exp) lowValue = scaled(lowValue, b.num.exp);
  return lowValue < high ? lowValue : null;
}

function isChangeCue(w: string, before = ''): boolean {
  // (`fares will range from Rs 10 to Rs 60`: a range after all.)
  return (CHANGE_CUES.has(w) && !(w === 'from' && RANGE_VERBS.has(before))) || CHANGE_VERBS.has(w);
}
const RANGE_VERBS = new Set(['range', 'ranges', 'ranged', 'ranging', 'vary', 'varies', 'varied', 'varying']);

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
  // A price keeps what it is quoted per: `Rs 650 per quintal`, `$12 per user per month`.
  const next = post ? post.next : currency ? readPerRates(tokens, readHyphenatedRate(tokens, num.next)) : num.next;
  return { at, currency: currency?.code, num, post, next };
}

/** A unit written onto the numeral, with `/h` when it follows (`70km/h`). */
function suffixPost(tokens: readonly Token[], num: NumberMatch): Post {
  const { unit, kind, exp = 0 } = num.unit!;
  const perHour = readPerHour(tokens, num.next, unit);
  return perHour ? { next: perHour.next, unit: perHour.unit, kind, exp } : { next: num.next, unit, kind, exp };
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

/** Qualifier phrases as word lists, by first word, longest first. */
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
