/**
 * Reads one number at a token position: numerals (`27,708`, `2.4`, `1.2m`), number words
 * (`three`, `twenty-five`, `one million`, `a dozen`), fractions (`two-thirds`, `a third of`,
 * `half of`, `one in five`) and vague amounts (`dozens`, `hundreds of thousands`).
 * It knows nothing of context (dates, labels, counted nouns): `figures.ts` decides that.
 */
import { isInnerHyphen, low, type Token } from './figure-tokens.js';
import { unitSuffix, type UnitRef } from './figure-units.js';

export type NumberForm = 'numeral' | 'word' | 'vague' | 'fraction';

export interface NumberMatch {
  /** Token index after the number. */
  next: number;
  /** The value with its scale applied (`1.2m` → 1_200_000); null for vague amounts. */
  value: number | null;
  form: NumberForm;
  /** Power of ten of the scale read (`million`, `bn`, `k`); 0 without one. */
  exp: number;
  /** A numeral with no separator, decimal, suffix or scale: years and labels look like this (`2024`, `737`). */
  bare: boolean;
  /** A number word that is not a quantity by itself (`three`, `a million`): it needs a counted noun, unit or event. */
  needsNoun: boolean;
  /** A lone `one`, which is far more often a pronoun or determiner than a quantity. */
  one: boolean;
  /** A unit written onto the numeral. */
  unit?: UnitRef;
}

/** Integer digits beyond this lose precision as a JS number; such strings are identifiers, not figures. */
const MAX_INTEGER_DIGITS = 15;

/** `27,708`, `27 708` or `27708`, optional decimals, optional letters written on (`1.2m`, `7th`, `1990s`, `15km`). */
const NUMERAL = /^(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:\.(\d+))?([A-Za-z]*)$/;

const UNITS = new Map(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
} as const));
const TEENS = new Map(Object.entries({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
} as const));
const TENS = new Map(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
} as const));

/** Scale words after a number, as powers of ten. `hundred` is handled apart (it composes inside number words). */
export const SCALE_WORDS = new Map(Object.entries({
  thousand: 3, million: 6, billion: 9, trillion: 12, bn: 9, mn: 6, tn: 12,
  // South Asian English: a lakh is 100,000, a crore 10 million.
  lakh: 5, lakhs: 5, crore: 7, crores: 7,
} as const));

/** Letters written onto a numeral that scale it: `1.2m`, `£1.2bn`, `50k`. */
/** (`£4.2million`, `$3billion`: the scale word written onto the number, as some house styles do.) */
const SCALE_SUFFIXES = new Map(Object.entries({ m: 6, mn: 6, mln: 6, bn: 9, tn: 12, trn: 12, k: 3, million: 6, billion: 9, trillion: 12 } as const));

/** Suffixes only read as scales after a currency sign (`$5B`, `$50K`), since `5G`, `4K` and `3M` name things. */
const MONEY_SCALE_SUFFIXES = new Map(Object.entries({ b: 9, B: 9, M: 6, K: 3, BN: 9, Bn: 9 } as const));

/** `100m` is metres, not millions, before these words. */
const METRE_CONTEXT = new Set(['high', 'tall', 'long', 'wide', 'deep', 'sprint', 'race', 'hurdles', 'freestyle', 'above', 'below', 'away', 'underground']);

/** Denominators: `two-thirds`, `a quarter of`. `second` is left out: it is nearly always an ordinal. */
const FRACTIONS = new Map(Object.entries({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
} as const));

/** Plural amounts with no exact value: `dozens`, `hundreds of thousands`. Ranked to read `hundreds of thousands` but not `thousands of hundreds`. */
const VAGUE = new Map(Object.entries({ dozens: 1, hundreds: 2, thousands: 3, millions: 6, billions: 9, trillions: 12 } as const));

/** Before `half` these make it a period, not a share: `the second half of the year`. */
const HALF_BLOCKERS = new Set(['first', 'second', 'latter', 'former', 'the', 'other', 'back', 'top', 'bottom', 'one']);

/** What may follow `half` when it is a share: `half of`, `half the`, `half its`. */
const HALF_FOLLOWERS = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'all', 'those', 'these']);

/** After a ratio these make it a rate over time (`3 in 10 days`), not a share. */
const DURATIONS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades']);

/** A ratio's denominator above this is not a share (`3 in 2024`). */
const MAX_RATIO_DENOMINATOR = 1000;

/** Reads a number at token `i`, or null. `money` says a currency sign comes just before. */
export function readNumber(tokens: readonly Token[], i: number, money: boolean): NumberMatch | null {
  const t = tokens[i];
  if (t === undefined) return null;
  const base = t.num ? readNumeral(tokens, i, money) : t.word ? readWords(tokens, i) : null;
  if (base === null || base.form === 'vague' || base.form === 'fraction') return base;
  return readRatio(tokens, base) ?? base;
}

/**
 * `value × 10^exp` without binary rounding: going through the decimal string keeps `$2.01
 * million` at 2010000 (2.01 × 1e6 is 2009999.9999999998) and `35 cents` at 0.35.
 */
export function scaled(value: number, exp: number): number {
  if (exp === 0) return value;
  const printed = String(value);
  // `1e-7` already has an exponent and cannot take another; such values need no exactness.
  return printed.includes('e') ? value * 10 ** exp : Number(`${printed}e${exp}`);
}

/** Builds a match with one fixed shape (spreading optional fields here made this the hot spot). */
function match(next: number, value: number | null, form: NumberForm, extra?: Partial<NumberMatch>): NumberMatch {
  return {
    next, value, form, exp: extra?.exp ?? 0, bare: extra?.bare ?? false, needsNoun: extra?.needsNoun ?? false,
    one: extra?.one ?? false, unit: extra?.unit,
  };
}

function readNumeral(tokens: readonly Token[], i: number, money: boolean): NumberMatch | null {
  const m = NUMERAL.exec(tokens[i]!.text);
  if (m === null) return null;
  const grouped = m[1]!;
  const integer = grouped.replace(/[, \u00a0\u202f\u2009]/g, '');
  if (integer.length > MAX_INTEGER_DIGITS || (integer.length > 1 && integer.startsWith('0'))) return null;
  const decimals = m[2] ?? '';
  const suffix = m[3] ?? '';
  if (decimals === '' && suffix === '' && grouped === integer) {
    const elapsed = readElapsed(tokens, i, Number(integer));
    if (elapsed) return elapsed;
  }
  let exp = 0;
  let unit: UnitRef | undefined;
  if (suffix !== '') {
    const read = readSuffix(suffix, money, low(tokens, i + 1));
    if (read === null) return null; // ordinals (7th), decades (1990s), times (3pm), names (5G)
    exp = read.exp;
    unit = read.unit;
  }
  let next = i + 1;
  let half = 0;
  if (suffix === '' && decimals === '' && isAndAHalf(tokens, next)) {
    half = 0.5;
    next += 3;
  }
  if (exp === 0 && unit === undefined) {
    const scale = readScale(tokens, next);
    if (scale !== null) [exp, next] = [scale.exp, scale.next];
  }
  const digits = decimals === '' ? integer : `${integer}.${decimals}`;
  const value = scaled(Number(digits) + half, exp);
  const bare = decimals === '' && grouped === integer && suffix === '' && exp === 0 && half === 0;
  return match(next, value, 'numeral', { exp, bare, unit });
}

/** Two digits, maybe with hundredths: the minutes or seconds of a race time. */
const SIXTY = /^[0-5]\d(?:\.\d{1,3})?$/;

/**
 * A time taken, as races print it: `2:03:18` (hours, minutes, seconds) or `3:29.47` (minutes,
 * seconds and hundredths), written without spaces. Its value is in seconds. (`14:11` alone
 * may be a clock time: it is left out.)
 */
function readElapsed(tokens: readonly Token[], i: number, first: number): NumberMatch | null {
  const part = (k: number) => (tokens[k]?.text === ':' && !tokens[k]!.spaced && tokens[k + 1] && !tokens[k + 1]!.spaced && SIXTY.test(tokens[k + 1]!.text) ? Number(tokens[k + 1]!.text) : null);
  const minutes = part(i + 1);
  if (minutes === null) return null;
  const seconds = Number.isInteger(minutes) ? part(i + 3) : null;
  if (seconds !== null && first < 100) return match(i + 5, first * 3600 + minutes * 60 + seconds, 'numeral', { unit: ELAPSED });
  return !Number.isInteger(minutes) && first < 60 ? match(i + 3, first * 60 + minutes, 'numeral', { unit: ELAPSED }) : null;
}
const ELAPSED: UnitRef = { unit: 'time', kind: 'measure' };
const PENCE: UnitRef = { unit: 'GBP', kind: 'money', exp: -2 };

function readSuffix(suffix: string, money: boolean, after: string): { exp: number; unit?: UnitRef } | null {
  const lower = suffix.toLowerCase();
  if (lower === 'm' && METRE_CONTEXT.has(after)) return { exp: 0, unit: { unit: 'metres', kind: 'measure' } };
  // `785p a share`: pence, written onto the number the way British prices are.
  if (suffix === 'p' && !money) return { exp: 0, unit: PENCE };
  const scale = SCALE_SUFFIXES.get(suffix) ?? (money ? MONEY_SCALE_SUFFIXES.get(suffix) : undefined);
  if (scale !== undefined) return { exp: scale };
  const unit = unitSuffix(suffix);
  return unit ? { exp: 0, unit } : null;
}

/** `million`, `bn` or a hyphenated `-million` after a number. */
function readScale(tokens: readonly Token[], k: number): { exp: number; next: number } | null {
  const spaced = SCALE_WORDS.get(low(tokens, k));
  if (spaced !== undefined && tokens[k]!.spaced) return { exp: spaced, next: k + 1 };
  const hyphenated = isInnerHyphen(tokens, k) ? SCALE_WORDS.get(low(tokens, k + 1)) : undefined;
  return hyphenated !== undefined ? { exp: hyphenated, next: k + 2 } : null;
}

function isScaleWord(w: string): boolean {
  return w === 'hundred' || SCALE_WORDS.has(w);
}

function isAndAHalf(tokens: readonly Token[], k: number): boolean {
  return low(tokens, k) === 'and' && low(tokens, k + 1) === 'a' && low(tokens, k + 2) === 'half';
}

function readWords(tokens: readonly Token[], i: number): NumberMatch | null {
  const w = low(tokens, i);
  if (w === 'tens' && low(tokens, i + 1) === 'of' && (VAGUE.get(low(tokens, i + 2)) ?? 0) >= 3) {
    return match(i + 3, null, 'vague');
  }
  const rank = VAGUE.get(w);
  if (rank !== undefined) {
    const bigger = low(tokens, i + 1) === 'of' && (VAGUE.get(low(tokens, i + 2)) ?? 0) > rank;
    return match(bigger ? i + 3 : i + 1, null, 'vague');
  }
  if (w === 'a' || w === 'an') return readArticle(tokens, i);
  if (w === 'half' && !HALF_BLOCKERS.has(low(tokens, i - 1))) return readHalf(tokens, i);
  if ((w === 'several' || w === 'few') && isScaleWord(low(tokens, i + 1))) return match(i + 2, null, 'vague');
  return readCardinal(tokens, i);
}

/** `a dozen`, `a million`, `a third of`, `a few hundred`. */
function readArticle(tokens: readonly Token[], i: number): NumberMatch | null {
  const w = low(tokens, i + 1);
  if (w === 'dozen') return match(i + 2, 12, 'word');
  if (w === 'hundred') return match(i + 2, 100, 'word', { needsNoun: true });
  const exp = SCALE_WORDS.get(w);
  if (exp !== undefined && exp >= 3 && w.length > 2) return match(i + 2, scaled(1, exp), 'word', { exp, needsNoun: true });
  if (w === 'few' && isScaleWord(low(tokens, i + 2))) {
    return match(i + 3, null, 'vague');
  }
  const den = FRACTIONS.get(w);
  if (den !== undefined && den > 2 && low(tokens, i + 2) === 'of') return match(i + 2, 1 / den, 'fraction');
  return null;
}

/** `half of`, `half the`, `half a million`, `half a dozen`. */
function readHalf(tokens: readonly Token[], i: number): NumberMatch | null {
  const after = low(tokens, i + 1);
  if (after === 'a' || after === 'an') {
    const w = low(tokens, i + 2);
    if (w === 'dozen') return match(i + 3, 6, 'word');
    const exp = w === 'hundred' ? 2 : SCALE_WORDS.get(w);
    if (exp !== undefined && w.length > 2) return match(i + 3, scaled(0.5, exp), 'word', { exp });
    return null;
  }
  return HALF_FOLLOWERS.has(after) ? match(i + 1, 0.5, 'fraction') : null;
}

/** `two`, `twenty-five`, `three hundred and fifty`, `two million`, `two dozen`, `two-thirds`, `two and a half`. */
function readCardinal(tokens: readonly Token[], i: number): NumberMatch | null {
  const small = readSmall(tokens, i);
  if (small === null) return null;
  let { value, next } = small;
  const fraction = readFractionWord(tokens, next, value);
  if (fraction !== null) return match(fraction.next, value / fraction.den, 'fraction');
  let composed = false;
  if (low(tokens, next) === 'hundred') {
    value *= 100;
    next++;
    composed = true;
    const rest = low(tokens, next) === 'and' ? readSmall(tokens, next + 1) : null;
    if (rest !== null) [value, next] = [value + rest.value, rest.next];
  }
  if (isAndAHalf(tokens, next)) [value, next, composed] = [value + 0.5, next + 3, true];
  if (low(tokens, next) === 'dozen') return match(next + 1, value * 12, 'word');
  const scale = readScale(tokens, next);
  if (scale !== null) return match(scale.next, scaled(value, scale.exp), 'word', { exp: scale.exp });
  return match(next, value, 'word', { needsNoun: true, one: value === 1 && !composed });
}

/** One to ninety-nine, with `twenty-five` or `twenty five`. */
function readSmall(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  const w = low(tokens, i);
  const tens = TENS.get(w);
  if (tens !== undefined) {
    const hyphenUnit = isInnerHyphen(tokens, i + 1) ? UNITS.get(low(tokens, i + 2)) : undefined;
    if (hyphenUnit !== undefined) return { value: tens + hyphenUnit, next: i + 3 };
    const spacedUnit = tokens[i + 1]?.spaced ? UNITS.get(low(tokens, i + 1)) : undefined;
    if (spacedUnit !== undefined) return { value: tens + spacedUnit, next: i + 2 };
    return { value: tens, next: i + 1 };
  }
  const value = UNITS.get(w) ?? TEENS.get(w);
  return value === undefined ? null : { value, next: i + 1 };
}

/**
 * The denominator after a numerator word: `two-thirds` always, `two thirds` only before `of`
 * (`in three quarters` of a year is not 0.75).
 */
function readFractionWord(tokens: readonly Token[], k: number, numerator: number): { den: number; next: number } | null {
  const hyphen = isInnerHyphen(tokens, k);
  const at = hyphen ? k + 1 : k;
  const den = FRACTIONS.get(low(tokens, at));
  if (den === undefined || numerator >= den || (!hyphen && !tokens[at]!.spaced)) return null;
  if (!hyphen && low(tokens, at + 1) !== 'of') return null;
  return { den, next: at + 1 };
}

/** `one in five`, `nine out of 10`, `one in every 100`: a share written as a ratio. */
function readRatio(tokens: readonly Token[], base: NumberMatch): NumberMatch | null {
  if (base.exp !== 0 || base.unit !== undefined || base.value === null || !Number.isInteger(base.value)) return null;
  let k = base.next;
  if (low(tokens, k) === 'in') k += low(tokens, k + 1) === 'every' ? 2 : 1;
  else if (low(tokens, k) === 'out' && low(tokens, k + 1) === 'of') k += 2;
  else return null;
  const den = tokens[k]?.num ? readNumeral(tokens, k, false) : readSmall(tokens, k);
  if (den === null || den.value === null || ('exp' in den && den.exp !== 0)) return null;
  if (den.value <= base.value || den.value > MAX_RATIO_DENOMINATOR) return null;
  if (DURATIONS.has(low(tokens, den.next))) return null; // `3 in 10 days` is a rate, not a share
  return match(den.next, base.value / den.value, 'fraction');
}
