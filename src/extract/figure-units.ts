/**
 * Currencies before a number (`$`, `US$`, `€`, `EUR`) and what follows one: percent signs and
 * words, currency words (`euros`, `million dollars`), measurement units and rates (`a year`).
 */
import { isInnerHyphen, joined, low, type Token } from './figure-tokens.js';

export type UnitKind = 'money' | 'percent' | 'measure';

/** A unit written onto a numeral: `15km`, `5pc`, `1.5C`, `785p`. */
export interface UnitRef {
  unit: string;
  kind: UnitKind;
  /** Power of ten into the unit: `785p` is 7.85 GBP (-2). */
  exp?: number;
}


/** What follows a number: `%`, `basis points`, `euros`, `mph`, `tonnes a year`. */
export interface Post {
  /** Token index after it. */
  next: number;
  /** Currency code or unit. */
  unit: string;
  kind: UnitKind;
  /** Power of ten into the unit: `20 cents` is 0.2 USD (-2). */
  exp: number;
}

const CURRENCY_SYMBOLS = new Map(Object.entries({
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₪': 'ILS', '₺': 'TRY',
  '₦': 'NGN', '₱': 'PHP', '₫': 'VND', '฿': 'THB', '₴': 'UAH',
} as const));

/** Currency letters written onto a number (`R740`). */
const JOINED_CURRENCIES = new Map([['R', 'ZAR'], ['Rs', 'INR'], ['KSh', 'KES'], ['Ksh', 'KES'], ['Sh', 'KES'], ['N', 'NGN']]);

/** Letters written before `$`: `US$5`, `A$10`, `HK$3`. */
const DOLLAR_PREFIXES = new Map(Object.entries({
  us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', hk: 'HKD', nz: 'NZD', s: 'SGD', nt: 'TWD', r: 'BRL',
} as const));

/** ISO codes, matched as printed (upper case) so that `eur` in running text is not one. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'INR', 'AUD', 'CAD', 'HKD', 'NZD', 'SGD', 'RUB', 'ILS', 'TRY', 'BRL',
  'MXN', 'ZAR', 'KRW', 'SEK', 'NOK', 'DKK', 'PLN', 'EGP', 'SAR', 'AED', 'NGN', 'KES', 'PKR', 'UAH',
  'KWD', 'BHD', 'QAR', 'OMR', 'JOD', 'MYR', 'IDR', 'THB', 'PHP', 'VND', 'CZK', 'HUF', 'RON', 'COP', 'CLP', 'PEN', 'ARS',
  'TZS', 'UGX', 'GHS', 'MAD', 'TWD', 'BDT', 'LKR', 'NPR',
]);

/** Currencies written as letters apart from the number, as local papers do: `KD 190 million` (Kuwaiti dinars), `RM 5 billion` (ringgit). */
// (`Tk 140 crore` in Bangladeshi copy, `TSh 5,000` in Tanzanian, `USh 2 billion` in Ugandan.)
const LETTERED_CURRENCIES = new Map([['KD', 'KWD'], ['BD', 'BHD'], ['QR', 'QAR'], ['SR', 'SAR'], ['Dh', 'AED'], ['Dhs', 'AED'], ['RM', 'MYR'], ['Rp', 'IDR'], ['Tk', 'BDT'], ['TSh', 'TZS'], ['Tsh', 'TZS'], ['USh', 'UGX'], ['Ush', 'UGX']]);

/** Currency names after a number. `pounds` is money only after a scale word (`50 million pounds`), else weight. */
const CURRENCY_WORDS = new Map<string, { code: string; exp: number }>([
  ...(['dollars', 'dollar'] as const).map((w) => [w, { code: 'USD', exp: 0 }] as const),
  ...(['euros', 'euro'] as const).map((w) => [w, { code: 'EUR', exp: 0 }] as const),
  ...(['sterling'] as const).map((w) => [w, { code: 'GBP', exp: 0 }] as const),
  ...(['yen'] as const).map((w) => [w, { code: 'JPY', exp: 0 }] as const),
  ...(['yuan', 'renminbi'] as const).map((w) => [w, { code: 'CNY', exp: 0 }] as const),
  ...(['bitcoin', 'bitcoins', 'btc'] as const).map((w) => [w, { code: 'BTC', exp: 0 }] as const),
  // Nordic kronor and kroner, as English copy writes them; which country's is not in the word.
  ...(['crowns', 'kronor', 'kroner', 'krona', 'krone'] as const).map((w) => [w, { code: 'crowns', exp: 0 }] as const),
  ...(['rupees', 'rupee'] as const).map((w) => [w, { code: 'INR', exp: 0 }] as const),
  ...(['roubles', 'rubles', 'rouble', 'ruble'] as const).map((w) => [w, { code: 'RUB', exp: 0 }] as const),
  ...(['shekels', 'shekel'] as const).map((w) => [w, { code: 'ILS', exp: 0 }] as const),
  ...(['naira'] as const).map((w) => [w, { code: 'NGN', exp: 0 }] as const),
  ...(['francs', 'franc'] as const).map((w) => [w, { code: 'CHF', exp: 0 }] as const),
  ...(['rand'] as const).map((w) => [w, { code: 'ZAR', exp: 0 }] as const),
  ...(['shillings', 'shilling'] as const).map((w) => [w, { code: 'KES', exp: 0 }] as const),
  ...(['pesos', 'peso'] as const).map((w) => [w, { code: 'MXN', exp: 0 }] as const),
  ...(['reais'] as const).map((w) => [w, { code: 'BRL', exp: 0 }] as const),
  ...(['lira', 'liras'] as const).map((w) => [w, { code: 'TRY', exp: 0 }] as const),
  ...(['hryvnias', 'hryvnia'] as const).map((w) => [w, { code: 'UAH', exp: 0 }] as const),
  ...(['baht', 'ringgit', 'rupiah', 'dong', 'zloty', 'forint', 'dirhams', 'riyals', 'cedis', 'kwacha', 'taka'] as const).map((w) => [w, { code: w.toUpperCase(), exp: 0 }] as const),
  // (Plurals and the currencies of smaller economies, as wire copy prints them: `38 million soles`, `240 million zlotys`.)
  // (`1.9 billion złoty`: the spelling with its own letters is the same currency; `50,000 ZiG`, Zimbabwe's gold-backed one.)
  ...([['zlotys', 'ZLOTY'], ['złoty', 'ZLOTY'], ['złotys', 'ZLOTY'], ['forints', 'FORINT'], ['zig', 'ZWG'], ['bolívares', 'VES'], ['bolívars', 'VES'], ['guaraníes', 'PYG'], ['dirham', 'DIRHAMS'], ['riyal', 'RIYALS'], ['cedi', 'CEDIS'], ['ringgits', 'RINGGIT'], ['soles', 'PEN'], ['dinars', 'DINARS'], ['dinar', 'DINARS'],
    ['lei', 'RON'], ['leu', 'RON'], ['leva', 'BGN'], ['birr', 'ETB'], ['gourdes', 'HTG'], ['gourde', 'HTG'], ['leones', 'SLE'], ['kyats', 'MMK'], ['kyat', 'MMK'], ['tenge', 'KZT'],
    ['manat', 'MANAT'], ['lari', 'GEL'], ['rials', 'RIALS'], ['rial', 'RIALS'], ['quetzales', 'GTQ'], ['quetzals', 'GTQ'], ['bolivars', 'VES'], ['bolivares', 'VES'], ['kwanza', 'AOA'],
    ['meticais', 'MZN'], ['dalasi', 'GMD'], ['afghanis', 'AFN'], ['pula', 'BWP'], ['koruna', 'CZK'], ['korunas', 'CZK'], ['kuna', 'HRK'], ['denars', 'MKD'], ['somoni', 'TJS'],
    ['rufiyaa', 'MVR'], ['lempiras', 'HNL'], ['guaranis', 'PYG'], ['hryvnas', 'UAH'], ['tugriks', 'MNT'], ['kips', 'LAK'], ['riels', 'KHR'],
    ['kina', 'PGK'], ['vatu', 'VUV'], ['tala', 'WST'], ['paanga', 'TOP'], ['emalangeni', 'SZL'], ['lilangeni', 'SZL'], ['maloti', 'LSL'], ['loti', 'LSL'], ['ariary', 'MGA'],
    ['ouguiya', 'MRU'], ['nakfa', 'ERN'], ['lek', 'ALL'], ['leke', 'ALL'], ['ngultrum', 'BTN'], ['soms', 'KGS'], ['bolivianos', 'BOB'],
    ['colones', 'CRC'], ['cordobas', 'NIO'], ['córdobas', 'NIO'], ['balboas', 'PAB']] as const).map(([w, code]) => [w, { code, exp: 0 }] as const),
  ...(['cents', 'cent'] as const).map((w) => [w, { code: 'USD', exp: -2 }] as const),
  ...(['pence'] as const).map((w) => [w, { code: 'GBP', exp: -2 }] as const),
]);

/** Which pound, when it is not sterling: `600 Egyptian pounds`. */
const POUND_ADJECTIVES = new Map(Object.entries({ egyptian: 'EGP', lebanese: 'LBP', sudanese: 'SDG', syrian: 'SYP', british: 'GBP' }));

/** Which dollar: `500 million Australian dollars`. */
const DOLLAR_ADJECTIVES = new Map(Object.entries({
  us: 'USD', 'u.s': 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', singapore: 'SGD', taiwan: 'TWD',
} as const));

/** Whose cents a prefix says (`HK cents`, `US cents`). */
const CENTS_OF = new Map(Object.entries({ hk: 'HKD', us: 'USD', 'u.s': 'USD', nz: 'NZD', s: 'SGD', a: 'AUD', euro: 'EUR' } as const));

/** What follows a multiple (`180 times the limit`, `three times as many`, `2.5 times higher`). */
const MULTIPLE_OF = /^(?:the|that|those|as|more|higher|greater|larger|bigger|faster|lower|less|smaller|over|above|what|its|their|his|her)$/i;

const UNIT_WORDS = new Map<string, string>([
  ...unitGroup('mph', ['mph']),
  ...unitGroup('km/h', ['kph', 'kmh']),
  ...unitGroup('knots', ['knots', 'knot']),
  ...unitGroup('km', ['km', 'kilometres', 'kilometers', 'kilometre', 'kilometer']),
  ...unitGroup('miles', ['miles', 'mile']),
  ...unitGroup('metres', ['metres', 'meters', 'metre', 'meter']),
  ...unitGroup('cm', ['cm', 'centimetres', 'centimeters']),
  ...unitGroup('mm', ['mm', 'millimetres', 'millimeters']),
  ...unitGroup('feet', ['feet', 'foot', 'ft']),
  ...unitGroup('inches', ['inches', 'inch']),
  ...unitGroup('yards', ['yards', 'yard']),
  ...unitGroup('kg', ['kg', 'kilograms', 'kilogrammes', 'kilos']),
  ...unitGroup('grams', ['grams', 'grammes']),
  ...unitGroup('tonnes', ['tonnes', 'tonne']),
  ...unitGroup('tons', ['tons', 'ton']),
  ...unitGroup('pounds', ['pounds', 'lbs', 'lb']),
  ...unitGroup('ounces', ['ounces', 'oz']),
  ...unitGroup('litres', ['litres', 'liters', 'litre', 'liter']),
  ...unitGroup('gallons', ['gallons', 'gallon']),
  ...unitGroup('barrels', ['barrels', 'barrel']),
  ...unitGroup('barrels per day', ['bpd']),
  ...unitGroup('MW', ['megawatts', 'megawatt', 'mw']),
  ...unitGroup('GW', ['gigawatts', 'gigawatt', 'gw']),
  ...unitGroup('kW', ['kilowatts', 'kilowatt', 'kw']),
  ...unitGroup('kWh', ['kwh']),
  ...unitGroup('MWh', ['mwh']),
  ...unitGroup('GWh', ['gwh']),
  ...unitGroup('TWh', ['twh']),
  ...unitGroup('hectares', ['hectares', 'hectare']),
  ...unitGroup('quintals', ['quintals', 'quintal']),
  ...unitGroup('kilolitres', ['kilolitres', 'kilolitre', 'kiloliters', 'kiloliter', 'kl']),
  ...unitGroup('GWh', ['gigawatt-hours', 'gigawatt-hour']),
  ...unitGroup('nights', ['nights', 'night']),
  ...unitGroup('light-years', ['light-years', 'light-year', 'lightyears']),
  ...unitGroup('parsecs', ['parsecs', 'parsec']),
  ...unitGroup('AU', ['au']),
  ...unitGroup('acres', ['acres', 'acre']),
  ...unitGroup('points', ['points']),
  ...unitGroup('magnitude', ['magnitude']),
  ...unitGroup('kelvin', ['kelvin', 'kelvins']),
  ...unitGroup('seconds', ['seconds', 'sec', 'secs']),
  ...unitGroup('minutes', ['minutes', 'minute', 'min', 'mins']),
  ...unitGroup('hours', ['hours', 'hour', 'hr', 'hrs']),
  ...unitGroup('days', ['days', 'day']),
  ...unitGroup('weeks', ['weeks', 'week']),
  ...unitGroup('months', ['months', 'month']),
  ...unitGroup('years', ['years', 'year']),
  ...unitGroup('decades', ['decades', 'decade']),
]);

/** Lengths that `square`/`cubic` may take. */
const AREA_BASES = new Set(['km', 'miles', 'metres', 'feet', 'yards']);

const TEMPERATURE_SCALES = new Map(Object.entries({ celsius: '°C', centigrade: '°C', c: '°C', fahrenheit: '°F', f: '°F' } as const));

/** Rates after a unit or amount: `2.4 million tonnes a year`, `$15 an hour`. */
const PERIODS = new Set(['year', 'annum', 'month', 'week', 'day', 'hour', 'minute', 'second']);
const RATE_WORDS = new Set(['a', 'an', 'per']);

/** Units written onto a numeral, lower-case: `15km`, `300MW`, `25bp`, `5pc`. */
const UNIT_SUFFIXES = new Map<string, UnitRef>([
  ...(['km', 'kg', 'mm', 'cm', 'mph'] as const).map((u) => [u, { unit: u, kind: 'measure' }] as const),
  ['kph', { unit: 'km/h', kind: 'measure' }],
  // (`4hr 12min 38sec`: a race time's parts.)
  ['hr', { unit: 'hours', kind: 'measure' }],
  ['hrs', { unit: 'hours', kind: 'measure' }],
  ['min', { unit: 'minutes', kind: 'measure' }],
  ['mins', { unit: 'minutes', kind: 'measure' }],
  ['sec', { unit: 'seconds', kind: 'measure' }],
  ['secs', { unit: 'seconds', kind: 'measure' }],
  ['kmh', { unit: 'km/h', kind: 'measure' }],
  ['mw', { unit: 'MW', kind: 'measure' }],
  ['gw', { unit: 'GW', kind: 'measure' }],
  ['kw', { unit: 'kW', kind: 'measure' }],
  ['kwh', { unit: 'kWh', kind: 'measure' }],
  ['mwh', { unit: 'MWh', kind: 'measure' }],
  ['gwh', { unit: 'GWh', kind: 'measure' }],
  ['twh', { unit: 'TWh', kind: 'measure' }],
  ['ft', { unit: 'feet', kind: 'measure' }],
  ['lb', { unit: 'pounds', kind: 'measure' }],
  ['lbs', { unit: 'pounds', kind: 'measure' }],
  ['oz', { unit: 'ounces', kind: 'measure' }],
  ['bp', { unit: 'basis points', kind: 'percent' }],
  ['bps', { unit: 'basis points', kind: 'percent' }],
  ['pc', { unit: '%', kind: 'percent' }],
  ['pct', { unit: '%', kind: 'percent' }],
]);

/** Temperatures written on (`1.5C`) are case-sensitive: a lower-case `c` is not Celsius. */
const TEMPERATURE_SUFFIXES = new Map<string, UnitRef>([
  ['C', { unit: '°C', kind: 'measure' }],
  ['F', { unit: '°F', kind: 'measure' }],
]);

function unitGroup(unit: string, words: readonly string[]): [string, string][] {
  return words.map((w) => [w, unit]);
}

/** The unit of letters written onto a numeral (`km` in `15km`, `C` in `1.5C`), if they are one. */
export function unitSuffix(suffix: string): UnitRef | undefined {
  return UNIT_SUFFIXES.get(suffix.toLowerCase()) ?? TEMPERATURE_SUFFIXES.get(suffix);
}

/** A currency written before the number at `i`: `$`, `US$`, `€`, `USD `. Null when none. */
export function readCurrencyPrefix(tokens: readonly Token[], i: number): { code: string; next: number } | null {
  const t = tokens[i];
  if (t === undefined) return null;
  const symbol = CURRENCY_SYMBOLS.get(t.text);
  if (symbol !== undefined) return { code: symbol, next: i + 1 };
  if (!t.word) return null;
  if (tokens[i + 1]?.text === '$' && joined(tokens, i + 1)) {
    const code = DOLLAR_PREFIXES.get(t.lower);
    return code === undefined ? null : { code, next: i + 2 };
  }
  if (CURRENCY_CODES.has(t.text) && tokens[i + 1]?.num) return { code: t.text, next: i + 1 };
  const lettered = LETTERED_CURRENCIES.get(t.text);
  if (lettered && tokens[i + 1]?.num) return { code: lettered, next: i + 1 };
  // `R740` (rand), `KSh300` and `Sh14.2 billion` (shilling, as East African papers write it), `GH¢1` (cedi), `N500` (naira): letters joined to the number.
  const onto = JOINED_CURRENCIES.get(t.text);
  if (onto && tokens[i + 1]?.num && joined(tokens, i + 1)) return { code: onto, next: i + 1 };
  if (t.text === 'GH' && tokens[i + 1]?.text === '¢' && tokens[i + 2]?.num) return { code: 'GHS', next: i + 2 };
  // `P87.5 million`, `P1,500` (pesos, as Philippine papers write them); `P1` and `P3` are grid positions and forms.
  if (t.text === 'P' && tokens[i + 1]?.num && joined(tokens, i + 1) && (/[.,]/.test(tokens[i + 1]!.text) || SCALE_AFTER.has(low(tokens, i + 2)))) return { code: 'PHP', next: i + 1 };
  // `KSh 217.36`: the shilling's letters apart from the number, as often as joined to it.
  if (/^K[Ss]hs?\.?$/.test(t.text) && tokens[i + 1]?.num) return { code: 'KES', next: i + 1 };
  // `Rs 650`, `Rs. 1.5 lakh`: the rupee written as letters.
  if (/^Rs\.?$/.test(t.text)) {
    const j = tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
    if (tokens[j]?.num) return { code: 'INR', next: j };
  }
  return null;
}

/**
 * What follows a number at `j`: percent, currency word or unit, with any rate after it.
 * `scaled`: a scale word was read (so `pounds` is money); `vague`: the amount was `thousands`
 * and the unit comes after `of` (`thousands of dollars`).
 */
export function readPost(tokens: readonly Token[], j: number, scaled: boolean, vague: boolean): Post | null {
  const at = vague && low(tokens, j) === 'of' ? j + 1 : j;
  const post = vague ? readCurrencyWord(tokens, at, true) ?? readUnit(tokens, at) : readPercent(tokens, at) ??
    readCurrencyWord(tokens, at, scaled) ?? readUnit(tokens, at);
  if (post === null) return null;
  // `2.4 million tonnes a year` keeps its rate; money keeps only a `per` rate (`Rs 650 per quintal`,
  // `$12 per user per month`), not `a year` (`$6 million a year in taxes` → `$6 million`).
  if (post.kind === 'measure') return { ...post, next: readRate(tokens, post.next) };
  return post.kind === 'money' ? { ...post, next: readPerRates(tokens, post.next) } : post;
}

/** `70km/h`: a `/h` written after a unit read from a numeral's suffix. */
export function readPerHour(tokens: readonly Token[], k: number, unit: string): { unit: string; next: number } | null {
  if (tokens[k]?.text !== '/' || !joined(tokens, k) || !joined(tokens, k + 1) || low(tokens, k + 1) !== 'h') return null;
  return unit === 'km' ? { unit: 'km/h', next: k + 2 } : unit === 'miles' ? { unit: 'mph', next: k + 2 } : null;
}


/** Index after up to two `per` rates (`per user per month`) or a slashed one (`$10.20/kgMS`), or `k` when there is none. */
export function readPerRates(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text === '/' && joined(tokens, k) && joined(tokens, k + 1) && tokens[k + 1]!.word) return k + 2;
  for (let n = 0; n < 2 && low(tokens, k) === 'per' && (PERIODS.has(low(tokens, k + 1)) || PER_UNITS.has(low(tokens, k + 1))); n++) k += 2;
  return k;
}

/** Index after a hyphenated rate at `k` (`£300,000-a-week`), or `k` when there is none. */
export function readHyphenatedRate(tokens: readonly Token[], k: number): number {
  const rate = isInnerHyphen(tokens, k) && RATE_WORDS.has(low(tokens, k + 1)) && isInnerHyphen(tokens, k + 2) && PERIODS.has(low(tokens, k + 3));
  return rate ? k + 4 : k;
}

/** Scale words that make a lettered prefix a currency (`P87.5 million`). */
const SCALE_AFTER = new Set(['million', 'billion', 'trillion', 'thousand', 'm', 'bn']);

/** What a price is quoted per, besides periods. */
const PER_UNITS = new Set(['user', 'person', 'head', 'unit', 'kg', 'kilo', 'kilogram', 'tonne', 'ton', 'quintal', 'litre', 'liter', 'gallon', 'barrel', 'seat', 'ticket', 'night', 'student', 'household', 'customer', 'subscriber', 'mile', 'km']);

/** Index after a rate at `k` (`a year`, `per day`, `an hour`), or `k` when there is none. */
export function readRate(tokens: readonly Token[], k: number): number {
  return RATE_WORDS.has(low(tokens, k)) && PERIODS.has(low(tokens, k + 1)) ? k + 2 : k;
}

function post(next: number, unit: string, kind: UnitKind, exp = 0): Post {
  return { next, unit, kind, exp };
}

function readPercent(tokens: readonly Token[], j: number): Post | null {
  const w = low(tokens, j);
  if (w === '%' || w === 'percent' || w === 'pct') return post(j + 1, '%', 'percent');
  if (w === 'per' && low(tokens, j + 1) === 'cent') return post(j + 2, '%', 'percent');
  const points = low(tokens, j + 1) === 'points' || low(tokens, j + 1) === 'point';
  if (w === 'percentage' && points) return post(j + 2, 'percentage points', 'percent');
  if (w === 'basis' && points) return post(j + 2, 'basis points', 'percent');
  if (w === 'bps' || w === 'bp') return post(j + 1, 'basis points', 'percent');
  return null;
}

function readCurrencyWord(tokens: readonly Token[], j: number, scaled: boolean): Post | null {
  const t = tokens[j];
  if (t === undefined) return null;
  if (CURRENCY_CODES.has(t.text)) return post(j + 1, t.text, 'money');
  const which = DOLLAR_ADJECTIVES.get(t.lower);
  if (which !== undefined && (low(tokens, j + 1) === 'dollars' || low(tokens, j + 1) === 'dollar')) {
    return post(j + 2, which, 'money');
  }
  // `58 HK cents`, `40 US cents`: a country's cents.
  const cents = CENTS_OF.get(t.lower);
  if (cents !== undefined && (low(tokens, j + 1) === 'cents' || low(tokens, j + 1) === 'cent')) return post(j + 2, cents, 'money', -2);
  // `600 Egyptian pounds`, `50,000 Lebanese pounds`: a country's pound is money, scaled or not.
  const pound = POUND_ADJECTIVES.get(t.lower);
  if (pound !== undefined && (low(tokens, j + 1) === 'pounds' || low(tokens, j + 1) === 'pound')) return post(j + 2, pound, 'money');
  if ((t.lower === 'pounds' || t.lower === 'pound') && (scaled || low(tokens, j + 1) === 'sterling')) {
    return post(low(tokens, j + 1) === 'sterling' ? j + 2 : j + 1, 'GBP', 'money');
  }
  // (`500 Swiss francs`, `5 million Kenyan shillings`, `300 Hong Kong dollars`: a country's name before its currency.)
  for (let named = 1; named <= 2; named++) {
    const currency = CURRENCY_WORDS.get(low(tokens, j + named));
    if (currency !== undefined && currency.exp === 0 && tokens.slice(j, j + named).every((w) => w.cap && /^\p{Lu}\p{Ll}+$/u.test(w.text))) return post(j + named + 1, currency.code, 'money');
  }
  // `1.2 trillion won`: Korea's won, after a scale word only (`won` is far more often the verb).
  if (t.lower === 'won' && scaled) return post(j + 1, 'KRW', 'money');
  const word = CURRENCY_WORDS.get(t.lower);
  return word === undefined ? null : post(j + 1, word.code, 'money', word.exp);
}

/** A measurement unit at `j` (`mph`, `hectare`, `degrees Celsius`): also for `4-hectare` and `nearly a metre`. */
export function readUnit(tokens: readonly Token[], j: number): Post | null {
  const w = low(tokens, j);
  if (w === '°') {
    const scale = joined(tokens, j + 1) ? TEMPERATURE_SCALES.get(low(tokens, j + 1)) : undefined;
    return scale === undefined ? post(j + 1, 'degrees', 'measure') : post(j + 2, scale, 'measure');
  }
  // (`51.3 C in Jacobabad`: a capital C or F standing alone after the figure is its temperature scale.)
  // (Only before a sign, the end or a small word: `Group C Stadium` has none of them.)
  const raw = tokens[j]?.text;
  const next = tokens[j + 1]?.text ?? '';
  if ((raw === 'C' || raw === 'F') && (!/^\p{L}/u.test(next) || /^(?:in|on|at|and|or|to|for|as|by|with|from)$/.test(next))) {
    return post(j + 1, raw === 'C' ? '°C' : '°F', 'measure');
  }
  if (w === 'degrees' || w === 'degree') {
    const scale = TEMPERATURE_SCALES.get(low(tokens, j + 1));
    return scale === undefined ? post(j + 1, 'degrees', 'measure') : post(j + 2, scale, 'measure');
  }
  if (w === 'square' || w === 'sq' || w === 'cubic') {
    // `220,000-square-foot`: the compound's own hyphen may join the two words.
    const b = isInnerHyphen(tokens, j + 1) ? j + 2 : j + 1;
    const base = UNIT_WORDS.get(low(tokens, b));
    if (base === undefined || !AREA_BASES.has(base)) return null;
    return post(b + 1, `${w === 'cubic' ? 'cubic' : 'square'} ${base}`, 'measure');
  }
  // `38 nautical miles`: a unit of its own, not the word `nautical` before miles; `310 light years` likewise.
  if (w === 'nautical' && (low(tokens, j + 1) === 'miles' || low(tokens, j + 1) === 'mile')) return post(j + 2, 'nautical miles', 'measure');
  if (w === 'light' && (low(tokens, j + 1) === 'years' || low(tokens, j + 1) === 'year')) return post(j + 2, 'light-years', 'measure');
  if (w === 'km' && tokens[j + 1]?.text === '/' && joined(tokens, j + 1) && low(tokens, j + 2) === 'h') {
    return post(j + 3, 'km/h', 'measure');
  }
  // (`up to 180 times the legal limit`, `2.5 times higher`: a multiple is told with its word, as a
  // measure is; `streamed 1.4 billion times` counts how often, and stays a count.)
  if (w === 'times' && MULTIPLE_OF.test(next)) return post(j + 1, 'times', 'measure');
  const unit = UNIT_WORDS.get(w);
  return unit === undefined ? null : post(j + 1, unit, 'measure');
}
