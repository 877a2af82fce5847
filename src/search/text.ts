/**
 * Text normalisation shared by the index and the queries, so both sides compare alike:
 * case, diacritics, curly quotes and punctuation folded; words lightly stemmed.
 */
import { plainLetters } from '../article/letters.js';

const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being am it its this that these
  those there here i me my we us our you your he him his she her they them their what which who whom whose when where
  why how do does did done have has had having will would shall should can could may might must about into over than
  then so such just also very too some any all each both more most other own same only up down out off again further
  once s t d ll re ve say said says tell told please article quote quotes said without within across
  among between during before after since until toward towards upon onto per via like near despite except outside
  inside along around behind beyond below above under through`.split(/\s+/),
);

/** Words a question is made of, not what it asks about. */
const QUESTION_WORDS = new Set(`what who whom which how many much when where why did does do is was were are the number of total amount`.split(/\s+/));

/** Negative contractions and their words; typed with or without the apostrophe. */
const CONTRACTIONS: Record<string, string> = {
  wont: 'will not', cant: 'can not', shant: 'shall not', dont: 'do not', doesnt: 'does not', didnt: 'did not',
  isnt: 'is not', arent: 'are not', wasnt: 'was not', werent: 'were not', havent: 'have not', hasnt: 'has not',
  hadnt: 'had not', wouldnt: 'would not', couldnt: 'could not', shouldnt: 'should not', mustnt: 'must not', neednt: 'need not',
  aint: 'is not',
};
const CONTRACTION = /\b(?:wo|ca|sha|do|does|did|is|are|was|were|have|has|had|would|could|should|must|need|ai)n'?t\b/g;

/** Folds a text for comparison: lower case, no diacritics, straight quotes, no punctuation. */
export function fold(text: string): string {
  // Most news text is plain ASCII: it needs no Unicode normalisation, and ASCII-only classes
  // give the same result several times faster (the index folds every sentence it holds).
  // Curly quotes, dashes, € and £ need no normalisation either; letters beyond ASCII do.
  const plain = !NEEDS_NORMALISING.test(text);
  // (`K. R. Menon` is `K.R. Menon`: initials written apart are joined below like `U.N.`.)
  if (SPACED_INITIALS.test(text)) text = text.replace(SPACED_INITIALS_ALL, '$1.');
  let t = plain ? text.toLowerCase() : plainLetters(text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
  t = NON_ASCII.test(t) ? t.replace(/[’‘`´]/g, "'").replace(/[“”„«»]/g, '"') : t.replace(/`/g, "'");
  t = t
    // `R&D` is research and development, `M&A` mergers and acquisitions: as readers and articles spell them out.
    .replace(/\br ?& ?d\b/g, 'research and development')
    .replace(/\bm ?& ?a\b/g, 'mergers and acquisitions')
    .replace(/(\d),(?=\d{3}\b)/g, '$1') // 27,708 → 27708
    // `12%`, `12 per cent`, `12 percent`: as a reader types any of them.
    .replace(/(\d)\s?%/g, '$1 percent')
    .replace(/\bper cent\b/g, 'percent')
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/g, '$1') // February 1st → February 1
    // `won't`, `don't`, and `wont`, `dont` as people type them: the words they stand for.
    .replace(CONTRACTION, (word: string) => CONTRACTIONS[word.replace("'", '')] ?? word)
    .replace(/\bcannot\b/g, 'can not')
    .replace(/'s\b/g, '')
    // `U.N.` is `UN`, however it is written (`U.K.`, `p.m.`).
    .replace(/\b[a-z](?:\.[a-z])+\.?(?![a-z])/g, (initials) => initials.replace(/\./g, ''));
  return (plain ? t.replace(/[^a-z0-9.%$€£]+/g, ' ') : t.replace(/[^\p{L}\p{N}.%$€£]+/gu, ' '))
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    // `$45` is `45` in dollars: a query that types `45` finds it, one that types `$45` too.
    .replace(/([$€£])(?=\d)/g, '$1 ')
    .replace(SHORTHAND_WORD, (w) => SHORTHAND[w] ?? w)
    .replace(/\s+/g, ' ')
    .trim();
}

const SPACED_INITIALS = /\b[A-Z]\. (?=[A-Z]\.)/;
const SPACED_INITIALS_ALL = /\b([A-Z])\. (?=[A-Z]\.)/g;

/** Shorthand people type for words articles spell out. */
const SHORTHAND: Record<string, string> = {
  ppl: 'people', govt: 'government', avg: 'average', approx: 'approximately', dept: 'department', pct: 'percent',
  yr: 'year', yrs: 'years', hrs: 'hours', mins: 'minutes', thru: 'through', whats: 'what is', whos: 'who is', hows: 'how is', wheres: 'where is', max: 'maximum', min: 'minimum',
  // Contractions typed without the apostrophe (`theyre`), as their words (`we'll`, `she'll` would be `well`, `shell`).
  theyre: 'they are', youre: 'you are', im: 'i am', ive: 'i have', weve: 'we have', theyve: 'they have', youve: 'you have',
  hes: 'he is', shes: 'she is', thats: 'that is', theres: 'there is', itll: 'it will', theyll: 'they will', youll: 'you will',
  // Months as people and datelines shorten them (`feb 1`, `Feb. 9`).
  jan: 'january', feb: 'february', apr: 'april', jun: 'june', jul: 'july', aug: 'august', sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december',
  temp: 'temperature', temps: 'temperatures', ref: 'referee', refs: 'referees', wks: 'weeks', wk: 'week', wat: 'what', r: 'are', u: 'you', ur: 'your', ot: 'overtime',
  // Economic terms an article may spell out or not, on either side.
  gdp: 'gross domestic product', cpi: 'consumer price index', eps: 'earnings per share', yoy: 'year over year',
  capex: 'capital expenditure', opex: 'operating expenditure', ipo: 'initial public offering',
  // (`like-for-like sales`: a term of its own, made of words every text has.)
  'like for like': 'likeforlike',
};
const SHORTHAND_WORD = new RegExp(`\\b(?:${Object.keys(SHORTHAND).join('|')})\\b`, 'g');
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, is what it tests
const NON_ASCII = /[^\x00-\x7f]/;
/** Anything but ASCII, general punctuation (U+2010-U+2027: dashes, curly quotes, ellipsis), € and £. */
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_NORMALISING = /[^\x00-\x7f\u2010-\u2027€£]/;

/** The folded words of a text. */
export function words(text: string): string[] {
  const folded = fold(text);
  return folded ? folded.split(' ') : [];
}

/** Content words: the words that carry meaning, or every word when all are function words. */
export function contentWords(text: string): string[] {
  const all = words(text);
  // An acronym in capitals is a name even when it spells a stopword (`the WHO`, `IT`).
  const acronyms = new Set((text.match(/\b\p{Lu}{2,}\b/gu) ?? []).map((a) => a.toLowerCase()));
  const content = all.filter((w) => !STOPWORDS.has(w) || NEGATIONS.has(w) || acronyms.has(w));
  return content.length ? content : all;
}

/** Negations change what a quote says, so they always count. */
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'nothing', 'none', 'nobody']);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word) && !NEGATIONS.has(word);
}

export function isQuestionWord(word: string): boolean {
  return QUESTION_WORDS.has(word);
}

/** Irregular past forms and their verbs: `when did the trial run` finds `the trial ran`. */
const IRREGULAR_VERBS = new Map(
  `ran run began begin begun begin went go gone go took take taken take gave give given give came come rose rise risen rise
  fell fall fallen fall grew grow grown grow wrote write written write spoke speak spoken speak broke break broken break
  chose choose chosen choose drove drive driven drive flew fly flown fly knew know known know sold sell bought buy
  brought bring thought think caught catch taught teach fought fight sought seek kept keep met meet led lead held hold
  told tell found find stood stand struck strike shot shoot sank sink sunk sink stole steal stolen steal threw throw
  thrown throw drew draw drawn draw won win lost lose paid pay spent spend sent send built build meant mean felt feel
  dealt deal ate eat eaten eat hid hide hidden hide swore swear sworn swear wore wear worn wear tore tear torn tear
  froze freeze frozen freeze slid slide shook shake shaken shake forgot forget forgotten forget sown sow sewn sew
  shown show blown blow mown mow hung hang dug dig spun spin bitten bite bled bleed fled flee
  swept sweep slept sleep wept weep crept creep leapt leap knelt kneel dreamt dream left leave lent lend bent bend
  rode ride ridden ride rang ring rung ring sang sing sung sing swam swim swum swim sprang spring sprung spring
  stuck stick stung sting swung swing clung cling flung fling strode stride strove strive striven strive
  woke wake woken wake arose arise arisen arise became become overcame overcome overran overrun oversaw oversee
  overseen oversee overtook overtake overtaken overtake undertook undertake undertaken undertake mistook mistake
  withdrew withdraw withdrawn withdraw understood understand upheld uphold withheld withhold forgave forgive
  forgiven forgive foresaw foresee foreseen foresee underwent undergo undergone undergo shrank shrink shrunk shrink
  shone shine wove weave woven weave swollen swell trod tread trodden tread fed feed bred breed sped speed
  misled mislead repaid repay rebuilt rebuild rewrote rewrite rewritten rewrite saw see seen see heard hear
  made make did do done do said say sat sit beaten beat bore bear borne bear`
    .split(/\s+/)
    .flatMap((w, i, all) => (i % 2 ? [] : [[w, all[i + 1]!] as const])),
);

/** `sought`, `ran`, `fell`: an irregular past form of a verb. */
export function isIrregularPast(word: string): boolean {
  return IRREGULAR_VERBS.has(word);
}

/**
 * A light English stemmer for matching only: `warned`, `warning`, `warns` → `warn`;
 * `floods`, `flooding` → `flood`; `cities` → `citi`. Never shown to anyone.
 */
export function stem(word: string): string {
  const base = IRREGULAR_VERBS.get(word);
  if (base !== undefined) return stem(base);
  if (/\d/.test(word)) return word;
  if (word.length <= 3) return /^[a-z][^aeiouy]y$/.test(word) ? `${word.slice(0, -1)}i` : word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'i';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[lsz]/.test(w[w.length - 1]!)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  // `try` and `tries`, `city` and `cities`: a consonant's `y` stems as the plural's `i` does.
  if (w.length > 2 && w.endsWith('y') && !/[aeiouy]/.test(w[w.length - 2]!)) w = w.slice(0, -1) + 'i';
  return w;
}
