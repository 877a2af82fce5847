/**
 * What a figure question asks, read once before any figure is scored: the kind of figure
 * (money, a share, a measure in some unit), the noun counted, a change or a level, a rate,
 * and the numbers the question itself gives.
 */
import { figureSynonyms, type SearchIndex } from '../search/index.js';
import { termSimilarity, type QueryTerm } from '../search/match.js';
import type { FigureRecord } from '../search/records.js';
import { WORD_MATCH, wordSimilarity } from '../search/similarity.js';
import { fold, isIrregularPast, stem, words } from '../search/text.js';

type FigureKind = FigureRecord['figure']['kind'];

/** Numbers in words a question may give (`over three years`); `one` is too often no number (`which one`). */
const NUMBER_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)$/;
/** `did the spray cut the risk`, `will the plan raise fares`: the object of a change verb. */
const CHANGED_OBJECT = /\b(?:did|does|do|has|have|had|will|would|could)\s+(?:the\s+|its\s+|their\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:cut|cuts|reduce|lower|raise|increase|boost|slash|lift|hike|trim|shrink|grow|push|drive)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?([\p{L}-]+)/iu;
/** Words after a measure that make it a size (`140 meters across`, `30 feet tall`). */
const SIZE_AFTER = /^\s*(?:across|wide|long|tall|high|deep|thick|in (?:diameter|length|width|height))\b/i;
/** `how much of the X is Y`: the share of X that is Y, X being no thing counted. */
const SHARE_OF = /\bhow much of (?:the |its |their )?[\p{L}' -]{2,40}? (?:is|are|was|were|has been|have been|had been|got|been)\b/iu;
/** A small preference for the kind of figure a question asks for. */
const KIND_HINTS: readonly [RegExp, FigureRecord['figure']['kind']][] = [
  // `how much of the fire is contained`, `how much of the appeal has been funded`: a share of a whole.
  [SHARE_OF, 'percent'],
  // `how much did it cost` asks for money; `how much rain fell` does not.
  [/\b(?:how much(?=\s+(?:did|does|do|is|are|was|were|will|would|has|have|had|money|cash|funding|for)\b|\s*\??$)|cost|price|worth|revenue|profit|income|earnings|sales|loss|budget|paid|pay|spent|raised|fine|value|savings|saved|dollars?|euros?|pounds?)\b/i, 'money'],
  [/\b(?:percent|percentage|per cent|share|rate|proportion|%)\b/i, 'percent'],
  [/\b(?:how (?:fast|far|high|big|long|deep|heavy|hot|cold|warm|tall)|speed|distance|height|size|area|temperature)\b/i, 'measure'],
];
/** `odds of`, `chance of`, `probability of`: a likelihood asked, whatever it is of. */
const ODDS_OF = /\b(?:odds|chances?|probability|likelihood)\s+(?:of|that|for)\b/i;
const CHANGE_WORDS = /\b(?:rise|rose|risen|fall|fell|fallen|increase[sd]?|decrease[sd]?|drop(?:ped)?|change[sd]?|grow|grew|growth|jump(?:ed)?|gain(?:ed)?|lose|lost|climb(?:ed)?|declin(?:e|ed)|reduc(?:e|ed|tion)|fewer|up|down|by how much|rais(?:e|ed)|hike[sd]?|cut|lower(?:ed)?|slash(?:ed)?|trim(?:med)?|by\s*\??$)\b/i;
/** `what will a monthly pass cost after the increase`: the level a change leaves, not the change. */
const AFTER_CHANGE = /\b(?:after|following|once|under)\s+(?:the|this|that|its|their|a)\s+(?:[\p{L}-]+\s+)?(?:rise|increase|hike|cut|reduction|change|fall|drop)\b/giu;
/** What `how many` may count when it asks a change: its units (`points`, `degrees`, `places`), or `more`/`fewer`. */
const CHANGE_COUNTS = /^(?:more|fewer|less|points?|basis|percentage|percent|degrees?|places?|spots?|positions?|notches|dollars?|euros?|pounds?|yen|rupees?|cents?|pence|seconds?|minutes?|hours?|days?|weeks?|months?|years?|metres?|meters?|feet|foot|inches?|kilometres?|kilometers?|miles?|centimetres?|centimeters?|millimetres?|millimeters?)$/;
/** Heads that name a physical dimension, which only a measure in its units gives. */
/** What falls from the sky, measured by its depth. */
const FALLEN_HEADS = /^(?:rain|rainfall|snow|snowfall|precipitation)$/;
const DIMENSION_HEADS = /^(?:depth|distance|height|length|temperature|speed|weight|width|altitude|elevation)$/;
/** Heads that are counts: never a span of time. */
const COUNT_HEADS = /^(?:toll|tally|deaths|dead|casualties|victims|injured|fatalities)$/;
/** `at the game`: the story's own event, which a match report names nowhere near its crowd (`A sell-out crowd of 14,500`). */
const THE_EVENT = /\b(?:at|for|during) the (?:game|match|fixture|event|show|concert|gig|race|fight|ceremony)\b/gi;
/** `altogether`, `in total`: say that a total is asked (`totalAsked`), not what it is of. */
const TOTAL_ONLY = /\b(?:in total|altogether|in all)\b/gi;
const TOTAL = /\b(?:in total|total|altogether|overall)\b/i;
const HOW_MEASURE = /\bhow (?:long|far|fast|high|big|large|deep|heavy|old|strong|often|hot|cold|warm|tall|wide|heavy|loud|close)\b/i;
/** Heads a figure's kind answers by itself: a money figure is a cost, a percentage a share. */
export const KIND_HEADS: Record<FigureRecord['figure']['kind'], RegExp> = {
  money: /^(?:cost|costs|price|prices|value|worth|amount|fee|fees|fine|budget|spend|spending|bill|bills|sum|funding|pay|salary|wage|wages|paid|earn|earned|spent|charged|owe|owes|owed|money|cash|savings)$/,
  percent: /^(?:percentage|percent|share|rate|proportion|margin)$/,
  measure: /^(?:speed|distance|height|depth|length|temperature|size|area|land|forest|forests|farmland|woodland|acreage|territory|weight|duration|period|time|far|away|rain|rainfall|snow|snowfall|altitude|elevation)$/,
  count: /^(?:number|numbers|total|count)$/,
  fraction: /^(?:share|proportion|fraction|part)$/,
};
/** Adjectives that ask for a figure per some time: `weekly wage` is the wage `a week`. */
const RATE_ADJECTIVES: Record<string, string> = { hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annual: 'year' };
/** Sums a business reports: asked as `what was`, the sum itself (`how much did it grow` is a change). */
const EARNINGS_HEADS = /^(?:revenue|revenues|sales|turnover|profit|profits|income|earnings|ebitda)$/;
/** Currency names a query may use, and the unit codes of figures printed in them. */
export const CURRENCY_OF: Record<string, RegExp> = {
  dollars: /^(?:USD|AUD|CAD|HKD|NZD|SGD|TWD)$/, dollar: /^(?:USD|AUD|CAD|HKD|NZD|SGD|TWD)$/, euros: /^EUR$/, euro: /^EUR$/,
  pounds: /^GBP$/, sterling: /^GBP$/, yen: /^JPY$/, rupees: /^(?:INR|PKR)$/, naira: /^NGN$/, rand: /^ZAR$/, shillings: /^KES$/,
  yuan: /^CNY$/, francs: /^CHF$/, kroner: /^(?:NOK|DKK)$/, kronor: /^SEK$/, pesos: /^MXN$/,
};

/** A measure answers a measure head only in a unit of its kind: `time` wants minutes, `distance` metres. */
export const UNITS_OF_HEAD: readonly [RegExp, RegExp][] = [
  [/^(?:time|duration|period|long|wait|delay|sentence|term|stay|spell)$/, /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|nights?|mins?|hrs?)\b/i],
  [/^(?:distance|length|far|close|near|away|height|depth|deep|tall|high|wide|width|long|rain|rainfall|snow|snowfall|precipitation|altitude|elevation)$/, /\b(?:metres?|meters?|kilometres?|kilometers?|km|miles?|mi|feet|foot|ft|inches?|in|yards?|yds?|cm|centimetres?|millimetres?|mm|m|light-years?|nautical)\b(?!\/[a-z]| (?:an|per|a) hour)/i],
  [/^(?:speed|fast)$/, /(?:km\/h|kph|mph|knots?|km\/s|m\/s|(?:miles?|kilomet(?:re|er)s?|met(?:re|er)s?) (?:an|per|a) (?:hour|minute|second))/i],
  [/^(?:temperature|hot|cold|warm|heat)$/, /(?:°|degrees?|celsius|fahrenheit|kelvin|\d\s?[CF]\b|^[CF]$)/i],
  [/^(?:weight|heavy|mass)$/, /\b(?:kg|kilos?|kilograms?|grams?|g|tonnes?|tons?|pounds?|lbs?|ounces?|oz)\b/i],
  // (`how much land has burned`: land, forest or farmland is measured by its area.)
  [/^(?:area|size|land|forest|forests|farmland|woodland|acreage|territory)$/, /\b(?:square|sq|hectares?|acres?|km2|m2)\b/i],
];
const TIME_UNITS = UNITS_OF_HEAD[0]![1];
/** Words that share a figure out, each its part. */
const SHARED_OUT = /\b(?:each|per|apiece|a piece|an? (?:unit|head|person|share|item))\b/i;
/** Heads that name a number of no unit. */
const UNITLESS_HEADS = /^(?:ratio|ratios|index|rating|ratings|multiple|coefficient|quotient)$/;
/** `the highest level in four years`, `the first time in 19 years`: the span a record is set over, no quantity of anything. */
const RECORD_SPAN_BEFORE = /\b(?:highest|lowest|first time|most|least|biggest|largest|smallest|worst|best|strongest|weakest|slowest|fastest|deadliest|busiest|hottest|coldest|wettest|driest|sharpest|steepest)\b[^.;:]{0,30}\bin\s+$/i;
/** Questions about time itself, which such a span may answer. */
const TIME_ASKED = /\b(?:how long|since when|when|years?|months?|weeks?|decades?|days?|time)\b/i;
const RECORD_SPAN_REACH = 60;
/** `how big is the exclusion zone`: an area best, but a radius or a sum (`the budget gap`) may be its size too. */
export const SIZE_UNITS = new RegExp(`${UNITS_OF_HEAD[5]![1].source}|${UNITS_OF_HEAD[1]![1].source}`, 'i');
/** `how hot`, `how far`, `how long`: the question word says which units answer it. */
const HOW_WORD = /\bhow (hot|cold|warm|far|close|near|fast|heavy|deep|high|tall|wide|long|big|large|old)\b/i;
/** `how much was it fined`, `how much ransom`, `how much bail`: asked of a sum of money. */
const PENALTY_ASKED = /\bhow much\b.*\b(?:fined|fine|penalty|penalised|penalized|ransom|bail|damages)\b/i;
/** `how strong were the wind gusts`, `how powerful were the winds`: asked in units of speed. */
const WIND_STRENGTH = /\bhow (?:strong|powerful|violent)\b.*\b(?:winds?|gusts?|gales?)\b|\b(?:winds?|gusts?|gales?)\b.*\bhow (?:strong|powerful|violent)\b/i;
const DIMENSIONS: Record<string, string> = { hot: 'temperature', cold: 'temperature', warm: 'temperature', fast: 'speed', heavy: 'weight', deep: 'depth', tall: 'height', far: 'distance', close: 'distance', near: 'distance' };
const LENGTH_QUESTION = /^how long (?:is|are|was|were|will be) (?:the |a |an |this |that )?[\p{L}-]+(?: [\p{L}-]+){0,2}\??$/iu;
/** Words that end a noun phrase (`people in shelters`), and rate and time words that are not the thing counted (`outflows last week`). */
const PHRASE_END = /^(?:in|of|for|on|at|without|with|from|by|per|among|across|during|after|before|since|to|into|over|under|against|about|than|near|within|outside|inside)$/;
const RATE_WORDS = /^(?:year|years|day|days|month|months|week|weeks|quarter|quarters|annually|yearly|daily|monthly|weekly|quarterly|hour|hours|a|each|every|per|last|this|next|past|previous|coming|now|currently|today)$/;

/** The word that names what is counted: the last noun before a preposition (`homes` in `homes without power`). */
function headTerm(asked: string, terms: QueryTerm[]): QueryTerm | undefined {
  // (`on-street parking charge`: a hyphenated modifier's first part is no preposition ending the phrase.)
  const words = fold(asked.replace(/(?<![\p{L}-])\p{L}+-(?=\p{L})/gu, '')).split(' ');
  // ...or before an auxiliary or an article that opens a clause (`the max fine [that] the regulator can hand out`).
  const named = (i: number) => words.slice(0, i).some((w) => terms.some((t) => t.word === w));
  const end = words.findIndex((w, i) => i > 0 && (PHRASE_END.test(w) || ((AUXILIARIES.test(w) || /^(?:the|a|an|that|which|who)$/.test(w)) && named(i))));
  const phrase = (end > 0 ? words.slice(0, end) : words).filter((w) => !RATE_WORDS.test(w));
  // `homes destroyed`, `jobs cut`: a participle after the noun says what happened to it.
  // (`what do the drivers get paid`: a verb of money is what is asked, a sum.)
  // (`how much rain fell`: so does a verb in the past after what a measure is of; `how much had
  // prices fallen` asks the fall.)
  const fellOnMeasure = (i: number) => isIrregularPast(phrase[i]!) && i > 0 && UNITS_OF_HEAD.some(([h]) => h.test(phrase[i - 1]!));
  while (phrase.length > 1 && !MONEY_VERBS.test(phrase[phrase.length - 1]!) && (/ed$/.test(phrase[phrase.length - 1]!) || IRREGULAR_PARTICIPLES.has(phrase[phrase.length - 1]!) || fellOnMeasure(phrase.length - 1))) phrase.pop();
  for (let i = phrase.length - 1; i >= 0; i--) {
    const term = terms.find((t) => t.word === phrase[i]);
    if (term) return term;
  }
  return undefined;
}
/**
 * What `how many` counts: the last of the (at most three) words after it before a preposition,
 * an auxiliary or a participle: `dengue beds` in total, `French people` support, `councillors` voted.
 */
function countedAfter(rest: string, terms: QueryTerm[]): QueryTerm | undefined {
  const phrase: string[] = [];
  for (const w of fold(rest).split(' ').filter(Boolean)) {
    if (phrase.length === COUNTED_WORDS || PHRASE_END.test(w) || AUXILIARIES.test(w) || /ed$/.test(w) || IRREGULAR_PARTICIPLES.has(w) || isIrregularPast(w)) break;
    phrase.push(w);
  }
  // (`how many pasengers travel`, `how many French people support`: a plural, then a word that is none, is the noun and its verb.)
  const verbAfter = phrase.findIndex((w, i) => i + 1 < phrase.length && PLURAL_LOOKING.test(w) && !PLURAL_LOOKING.test(phrase[i + 1]!) && !/ing$/.test(phrase[i + 1]!));
  if (verbAfter >= 0) phrase.length = verbAfter + 1;
  for (let i = phrase.length - 1; i >= 0; i--) {
    const term = terms.find((t) => t.word === phrase[i]);
    if (term) return term;
  }
  return undefined;
}
/** The most words `how many` may put before what it counts and the noun itself (`extra hospital beds`). */
const COUNTED_WORDS = 3;
const PLURAL_LOOKING = /(?:[^s]s|^(?:people|children|men|women|police|staff|cattle|sheep|fish|personnel|crew))$/;
const AUXILIARIES = /^(?:were|was|are|is|be|been|did|do|does|have|has|had|will|would|can|could|should|may|might|must)$/;

/** The participle right after `how many <noun>` (`were`/`have been` aside): what happened to what is counted. */
function eventTerms(rest: string, terms: QueryTerm[]): QueryTerm[] {
  // (`are still trapped`, `have now been evacuated`: an adverb between says when, not what.)
  const words = fold(rest).split(' ').filter((w) => w && !/^(?:were|was|have|has|had|been|be|got|get|are|is|still|now|already|currently|reportedly|so|far|yet)$/.test(w));
  if (!words[0] || !(/ed$/.test(words[0]) || IRREGULAR_PARTICIPLES.has(words[0]))) return [];
  // With its particle or preposition: `voted against` is found by `four opposed it`.
  return terms.filter((t) => t.word === words[0] || t.word === words[1]);
}
const MONEY_VERBS = /^(?:paid|earned|spent|charged|owed|lost|raised|saved|borrowed|invested|pledged|donated|received)$/;
const IRREGULAR_PARTICIPLES = new Set(['cut', 'hit', 'lost', 'shut', 'put', 'set', 'spent', 'paid', 'sold', 'built', 'hurt', 'left', 'held', 'made', 'taken', 'given', 'seen', 'found', 'won', 'struck', 'burnt', 'sunk', 'stolen', 'shot', 'torn', 'thrown', 'brought', 'bought', 'raised', 'owed']);
/** `Q3`, `H1`, `FY`: what articles write out. */
const PERIODS: readonly [RegExp, string][] = [
  [/\bQ1\b/gi, 'first quarter'], [/\bQ2\b/gi, 'second quarter'], [/\bQ3\b/gi, 'third quarter'], [/\bQ4\b/gi, 'fourth quarter'],
  [/\bH1\b/gi, 'first half'], [/\bH2\b/gi, 'second half'], [/\bFY\b/g, 'full year'],
];

/**
 * `how many aces did Ferraresi hit`, `how long did the match last`, `how much coastline was affected`,
 * `how much profit did they make this quarter`: the verb closing the question only carries it
 * (`cost to make` says what the cost was of).
 */
const TRAILING_VERB = /(?<=\b(?:did|does|do|will|would)\s+(?:[\p{L}'’-]+\s+){1,3})(?<!\bto\s+)(?:hit|have|has|had|record|post|take|last|make)(?=(?:\s+(?:this|last|that)\s+\p{L}+)?\s*\??\s*$)|(?<=\b(?:was|were|is|are|been|be)\s+)(?:affected|impacted)(?=\s*\??\s*$)/iu;
/** `per megawatt`, `a share` right after a sum: the thing it is counted per (a time, `a year`, `an hour`, is a rate of its own kind). */
const PER_THING = /^\s*(?:per|a|an)\s+(?!(?:year|month|week|day|hour|night|annum|minute|second|season|quarter|time|head|person|capita|piece)\b)([\p{L}]{3,})\b/iu;
/** Groups whose size is a number of people (`a crowd of 14,500` is how many people came; `how big was the crowd` asks it). */
export const PEOPLE_GROUPS = /^(?:crowd|audience|attendance|turnout|workforce|population|congregation|electorate|membership|staff|march|rally|protest|demonstration|procession|gathering|vigil)$/;
/** (`how big was the march`, not `how big was the deficit in March`: the month is no gathering.) */
const MARCH_OF_PEOPLE = /\b(?:the|a|this|that|saturday's|sunday's|weekend's)\s+march\b/i;
/** Words that ask a price, which is printed per unit (`$84 a barrel`, `¥3 per kilowatt-hour`). */
const PRICE_WORDS = /^(?:price|prices|priced|bid|bids|offer|offers|offered|cost|costs|fare|fares|fee|fees|rate|rates|tariff|tariffs|charge|charges|wage|wages|salary|pay|paid|value|worth|trading|traded|trade|sells|sold|sell|buy|bought|rent|rents)$/;
/**
 * Verbs too light to say what is counted (`what % of tests come back positive`), and an attempt
 * before the verb that does (`trying to reach`: the campaign is `aimed at reaching`).
 * (`taking part` is not light: `how many prisoners took part in the riot` is not `14 staff` hurt in it.)
 */
const LIGHT_VERBS = /\b(?:come|comes|came|coming|come back|back|get|gets|got|getting|go|goes|going|gone|actually|really|exactly|involved|cause|caused|causes|(?:trying|tried|tries|try|attempting|hoping|aiming|seeking) to)\b/gi;
// (`at the peak of the storm`: when, not what; a story's figure is its peak.)
const DEICTIC_TIME = /\b(?:last|this|next|past|previous|coming)\s+(?=(?:week|month|year|quarter|day|night|season|weekend)s?\b)|\b(?:right now|now|currently|so far|to date|at present|at the moment)\b|\bat\s+(?:the|its|their)\s+(?:peak|height)(?:\s+of\s+(?:the|this|last)\s+[\p{L}-]+)?|\b(?:new|latest|current)\s+(?=(?:rate|price|level|fare|fee|limit|target|forecast)s?\b)/giu;

/** Words that make a question, not what it asks about. */
const QUESTION_PHRASES = /\bhow (?:many|much|long|far|big|large|high|old|fast|deep|heavy|strong|often|hot|cold|warm|tall|wide|loud|close)\b|\b(?:the )?(?:number|amount|total|size|count|figure|level) (?:of|for)\b|\bwhat (?:is|was|are|were)\b|\baccording to\b|(?<=\p{L}\s+)size(?=\s*\??\s*$)/giu;


/** A figure question, read. */
export interface FigureQuestion {
  terms: QueryTerm[];
  /** The kind of figure hinted at (`how much did it cost`: money). */
  wanted: FigureKind | undefined;
  asksChange: boolean;
  /** `how hot`, `how far`...: the question word, and the units that answer it. */
  how: string | undefined;
  howUnits: RegExp | undefined;
  /** `how hot`: the dimension it asks (`temperature`), as a query term, which a figure in its units has. */
  dimension: QueryTerm | undefined;
  /** `how long is the bridge`: a length, not a time. */
  lengthAsked: boolean;
  /** Only a measure answers (`how far`, `how hot`, `how long was it shut`). */
  measureOnly: boolean;
  /** `how many ...`. */
  howMany: boolean;
  /** `how big was the crowd`: the size of a body of people is how many it has. */
  sizeCounted: boolean;
  /** The word that names what is counted. */
  head: QueryTerm | undefined;
  /** What happened to what `how many` counts (`dropped out`), which must be said by the figure. */
  happened: QueryTerm[];
  /** `in total`. */
  totalAsked: boolean;
  /** `how much of the fire is contained`: a share answers, whatever its head. */
  shareOf: boolean;
  /** A figure printed with the asked rate (`$84 a share`, `$400 per child`). */
  perRate: (r: FigureRecord) => boolean;
  /** A sum printed per a thing the question never names (`£5,000 per megawatt`): a unit price, not the sum asked. */
  perOther: (r: FigureRecord) => boolean;
  /** Figures that cannot answer, whatever their words. */
  excludes: (r: FigureRecord) => boolean;
}

/** Head words whose kind or dimension decides what answers (`height` wants a measure in its units). */
/** From this length a head word with one letter changed is still read as that word. */
const LONG_HEAD = 8;
const SPELLED_HEADS = ['height', 'depth', 'distance', 'temperature', 'length', 'weight', 'width', 'altitude', 'elevation', 'percentage', 'proportion'];

/**
 * `tsunami hieght`, `percentge of the vote`: a head word typed one letter off is read as the
 * head word, unless the library has the word as typed.
 */
export function spellHeads(index: SearchIndex, query: string): string {
  return query.replace(/\p{L}{5,}/gu, (word) => {
    const w = word.toLowerCase();
    if (SPELLED_HEADS.includes(w) || index.vocabulary.has(stem(w))) return word;
    // (Only two letters swapped or one left out: a letter changed may make another word, `spend`
    // for `speed`; in a long word it does not, so `percantage` is `percentage`.)
    const changed = (h: string) => h.length >= LONG_HEAD && [...h].filter((c, k) => c !== w[k]).length === 1;
    const slip = (h: string) => (h.length === w.length ? [...h].sort().join('') === [...w].sort().join('') || changed(h) : h.length === w.length + 1);
    return SPELLED_HEADS.find((h) => slip(h) && wordSimilarity(w, h) === WORD_MATCH.oneEdit) ?? word;
  });
}

/** `what percentage backed ...`, `what share of voters supported ...`: a share, then what its people did. */
const SHARE_THEN_VERB = /^(?:what|which)\s+(?:percentage|proportion|share|per ?cent)\s+(?:of\s+(?:the\s+)?[\p{L}'’-]+\s+)?[\p{L}]+ed\b/iu;

/** A score printed as two numbers (`3-6`, `24–19`), which extraction keeps as a figure with no range. */
const SCORE = /^\d{1,3}\s?[-–]\s?\d{1,3}$/;

/** What a count that measures how far something moved is of: steps on a scale (`120 points`, `three places`). */
const STEPS = /(?:^|\s)(?:points?|places?|positions?|spots?|notches?|rungs?|ranks?|steps?|levels?|floors?|storeys?|stories|stops?|stations?|kilometres?|kilometers?|miles?|metres?|meters?|feet|yards?|blocks?|pips?)$/i;

/** A gap in a race or a table asked as a distance: `how far behind`, `how far ahead`, `how far clear`. */
const GAP_ASKED = /\bhow far (?:behind|ahead|clear|adrift|back|off)\b/i;

/** Reads a figure question once, before its figures are scored. */
export function readQuestion(index: SearchIndex, query: string): FigureQuestion {
  const wanted = KIND_HINTS.find(([re]) => re.test(query))?.[1];
  // (`how many jobs will be cut` counts jobs, the cut is what befell them; `how many points did it fall` asks a change.)
  const countedThing = /\bhow many\s+([\p{L}'’-]+)/iu.exec(query)?.[1]?.toLowerCase();
  // (`odds of a rate cut`: the chance of a change is asked, not the change.)
  const asksChange = CHANGE_WORDS.test(query.replace(AFTER_CHANGE, ' ')) && (countedThing === undefined || CHANGE_COUNTS.test(countedThing)) && !ODDS_OF.test(query);
  // `how long` most often asks for a duration; `how hot` wants degrees, `how far` a length.
  // ...unless it asks how far something moved (`how far did the crown drop`): a change, in any unit.
  // (`how far behind the leader is he`: a gap in a race, in seconds or points as much as in metres.)
  const gapAsked = GAP_ASKED.test(query);
  // (`how strong were the gusts`: a wind's strength is its speed.)
  const how = (asksChange && /\bhow far\b/i.test(query)) || gapAsked ? undefined : HOW_WORD.exec(query)?.[1]?.toLowerCase() ?? (WIND_STRENGTH.test(query) ? 'fast' : undefined);
  const howUnits = how ? (how === 'long' || how === 'old' ? TIME_UNITS : how === 'big' || how === 'large' ? UNITS_OF_HEAD[5]![1] : UNITS_OF_HEAD.find(([h]) => h.test(how))?.[1]) : undefined;
  // `how long is the bridge` asks for a length; `how long was the highway shut`, a time.
  const lastWord = fold(query).split(' ').pop() ?? '';
  const lengthAsked = how === 'long' && LENGTH_QUESTION.test(query.trim()) && !IRREGULAR_PARTICIPLES.has(lastWord) && !/ed$/.test(lastWord);
  // `how far`, `how hot`, `how long was it shut`: only a measure answers (`how big`, `how high`
  // and `how long is the waiting list` may be a count or a sum).
  const measureOnly = how !== undefined && !/^(?:big|large|high)$/.test(how) && !lengthAsked;
  // `last week`, `this year`: articles date things otherwise (`in the week through Nov. 11`), so only the period counts.
  // `how hot has it been`: the question word names the dimension asked (`temperature`).
  const dimension = how ? DIMENSIONS[how] ?? '' : '';
  // (`how far away`: `away` is the question's own word, as `far` is.)
  const asked = `${PERIODS.reduce((q, [re, words]) => q.replace(re, words), query).replace(TRAILING_VERB, ' ').replace(QUESTION_PHRASES, ' ').replace(DEICTIC_TIME, ' ').replace(TOTAL_ONLY, ' ').replace(THE_EVENT, ' ').replace(LIGHT_VERBS, ' ').replace(how === 'far' ? /\baway\b/gi : /$^/, ' ')} ${dimension}`;
  const terms = index.terms(asked, { question: true }, figureSynonyms);
  // `how many councillors ...` names what is counted right away; `how long/far ...` asks for a measure.
  const howMany = /\bhow many\s+([\p{L}'’-]+)/iu.exec(query);
  // `price per share`, `cost a night`: a rate, answered by a figure printed with that rate (`$84 a share`).
  // (`Okafor's weekly wage`, `the hourly rate`: a rate named by its adjective is the same.)
  const rate = /\b(?:per|a|an|each)\s+([\p{L}]{3,})(?:\s+(?:now|today|currently|then|again|so far))?\s*\??$/iu.exec(query.trim())?.[1]?.toLowerCase() ?? RATE_ADJECTIVES[/\b(hourly|daily|weekly|monthly|yearly|annual)\b/i.exec(query)?.[1]?.toLowerCase() ?? ''];
  // ...or by a word for the same thing (`per kid`, `$400 per child`).
  const rates = rate === undefined ? '' : [rate, ...figureSynonyms(rate)].map((w) => w.replace(/[^\p{L}]/gu, '')).join('|');
  // (`about 1.2 billion rand ($67 million) a day`: past a bracketed conversion.)
  // (`1.5 million tonnes of wheat a year`: past what the figure is of.)
  const rateAfter = new RegExp(`^\\s*(?:\\([^()]{1,40}\\)\\s*)?(?:of\\s+(?:[\\p{L}'’-]+\\s+){1,3})?(?:a|an|per|each)\\s+(?:${rates})\\b`, 'iu');
  const rateInside = new RegExp(`[-\\s](?:a|an|per)-?\\s*(?:${rates})$`, 'iu');
  // `how many schools dropped out`: what happened to them must be said by the figure, not just in its sentence.
  const happened = howMany ? eventTerms(query.slice(howMany.index + howMany[0].length), terms) : [];
  const counted = howMany ? countedAfter(query.slice(howMany.index + 'how many'.length), terms) : undefined;
  // (`how much per share`: `share` is the rate a price is quoted per, not what is asked.)
  // `how much did the spray cut the risk`: what the change befell (`risk`), not what made it; its
  // measure is a change, in any unit, so the object names no figure of its own and none is the head.
  const object = asksChange ? CHANGED_OBJECT.exec(query)?.[1]?.toLowerCase() : undefined;
  const objectTerm = object ? terms.find((t) => t.word === fold(object)) : undefined;
  // `how much will the strike cost Alpenair`: a cost is asked, whoever bears it.
  const costTerm = /\bhow much\b.*\bcost\b/i.test(query) ? terms.find((t) => t.word === 'cost') : undefined;
  const found = HOW_MEASURE.test(query) || objectTerm ? undefined : counted ?? costTerm ?? headTerm(asked, terms);
  // (`what percentage backed strike action`: the share is what is asked; the rest says of whom.)
  const shareAsked = SHARE_THEN_VERB.test(query.trim());
  const head = shareAsked || (found && rate !== undefined && stem(found.word) === stem(rate) && /^(?:how much|what(?:'s| is)?)\s+(?:per|a|each)\b/i.test(query.trim())) ? undefined : found;
  const perRate = (r: FigureRecord): boolean => rate !== undefined && (rateAfter.test(r.article.article.text.slice(r.figure.end, r.figure.end + 64)) || rateInside.test(r.figure.text));
  // (A price is printed per unit, `$84 a barrel`: asked for a price, a sum per thing is one.)
  const priceAsked = terms.some((t) => PRICE_WORDS.test(t.word));
  const perOther = (r: FigureRecord): boolean => {
    if (priceAsked) return false;
    // (`how many receiving yards`: not `14.5 yards per catch`, a count per other thing.)
    const perAnything = r.figure.kind === 'money' || (howMany !== null && r.figure.kind !== 'percent');
    const per = perAnything ? PER_THING.exec(r.article.article.text.slice(r.figure.end, r.figure.end + 32))?.[1] : undefined;
    if (per === undefined || perRate(r)) return false;
    const word = fold(per);
    const perStem = stem(word);
    return !terms.some((t) => t.word === word || t.stem === perStem);
  };
  // `how many councillors` is never answered by a sum of money (`how many dollars` names its unit).
  // (`number of employees` asks as `how many employees` does.)
  const countAsked = howMany ?? /^(?:what(?:'s| is| was)?\s+)?(?:the\s+)?(?:total\s+)?number of\s+([\p{L}'’-]+)/iu.exec(query.trim());
  const notMoney = countAsked !== null && !/^(?:dollars?|euros?|pounds?|yen|rupees?|francs?|cents?|pence|bucks)$/i.test(countAsked[1]!);
  // ...nor by a measure in other units (`how many schools` by `within 500 meters`; `how many days` by `three days` is fine).
  const countedStem = howMany ? stem(counted?.word ?? fold(howMany[1]!)) : '';
  // (`how many hous`: the units asked may be misspelt, as any word.)
  const inUnitsAsked = (w: string): boolean => {
    const s = stem(w);
    return s === countedStem || (counted !== undefined && termSimilarity(counted, w, s) >= WORD_MATCH.oneEdit);
  };
  // (`how many fish were killed`: `more than 40 tonnes of fish` is all the story gives of the very things counted.)
  const weighsCounted = (r: FigureRecord): boolean => countedStem !== '' && r.figure.counts !== undefined && stem(fold(r.figure.counts)) === countedStem;
  const otherUnits = (r: FigureRecord): boolean => r.figure.kind === 'measure' && !words(`${r.figure.unit ?? ''} ${r.figure.text}`).some(inUnitsAsked) && !weighsCounted(r);
  // `the cost of the plan` is a sum of money, never a count (`40 new clinics`), a measure (`600 hours`) or a share.
  // (`what was revenue last quarter`: a sum, not the share of it three customers make up.)
  const moneyAsked = head !== undefined && (KIND_HEADS.money.test(head.word) || (EARNINGS_HEADS.test(head.word) && wanted === 'money')) && !asksChange;
  // `12 hour waits`: a number the question gives is part of it, not its answer (`more than 12 hours`).
  // (`over three years` gives `three` too: `three per cent` is not what it asks.)
  const given = new Set((fold(query).match(/\b\d[\d.]*\b/g) ?? []).filter((n) => !/^(?:19|20)\d{2}$/.test(n)));
  const givenWords = new Set(words(query).filter((w) => NUMBER_WORDS.test(w)));
  const repeatsQuestion = (r: FigureRecord): boolean => (given.size > 0 || givenWords.size > 0) && words(r.figure.text).some((w) => given.has(w.replace(/[^\d.]/g, '')) || givenWords.has(w));
  // `death toll` is a count, never a span of time (`26 years`).
  const countHeadAsked = head !== undefined && COUNT_HEADS.test(head.word);
  // `what did the review cost`: a sum of money and nothing else.
  const costAsked = /^(?:what|how much)\b.*\bcosts?\s*\??$/i.test(query.trim());
  const penaltyAsked = PENALTY_ASKED.test(query);
  // `depth of the quake`, `distance from Earth`: a dimension is a measure in its units (not `1,417` dead).
  const fallenAsked = head !== undefined && FALLEN_HEADS.test(head.word);
  // (`how much rain fell in a day`: rain or snow is measured by its depth, not `two days` of it.)
  const dimensionUnits = head !== undefined && (DIMENSION_HEADS.test(head.word) || fallenAsked) && !asksChange ? UNITS_OF_HEAD.find(([h]) => h.test(head.word))?.[1] : undefined;
  // `how far did the plane drop`: a distance or a share, never a time (`in about four minutes`).
  const farAsked = !gapAsked && /\bhow (?:far|close|near)\b/i.test(query);
  // (`roughly 140 meters across` is how big it is, not how far or how close.)
  const isSize = (r: FigureRecord): boolean => SIZE_AFTER.test(r.article.article.text.slice(r.figure.end, r.figure.end + 24));
  const timeAsked = TIME_ASKED.test(query);
  const recordSpan = (r: FigureRecord): boolean =>
    !timeAsked && r.figure.kind === 'measure' && TIME_UNITS.test(r.figure.unit ?? r.figure.text) && RECORD_SPAN_BEFORE.test(r.article.article.text.slice(Math.max(0, r.figure.start - RECORD_SPAN_REACH), r.figure.start));
  // `operating ratio`, `price index`: a number of no unit, never a sum (`to earn Rs 100`) or a measure.
  const unitlessAsked = head !== undefined && UNITLESS_HEADS.test(head.word);
  // `price per bus`: a total (`a 1.14 billion zloty contract for 160 buses`) is no price per bus;
  // only a figure printed with the rate, or in a sentence that shares something out, answers.
  // (`how much do universities charge per year`: a time after `per` is no thing shared out.)
  const perAsked = rate !== undefined && /\b(?:per\s+(?!(?:year|month|week|day|hour|night|annum|season|term|semester)\b)|each\s+)[\p{L}]{3,}\s*\??$/iu.test(query.trim());
  const sharedOut = (r: FigureRecord): boolean => perRate(r) || SHARED_OUT.test(r.article.article.text.slice(r.figure.sentence.start, r.figure.sentence.end));
  // (`how much will water bills go up`: a sum or its share, never a volume of water.)
  const sumAsked = head !== undefined && KIND_HEADS.money.test(head.word) && !DIMENSION_HEADS.test(head.word);
  // `how much have shares fallen`: a change in an amount, never a count of things that changed not (`4,800 pilots`).
  const amountChangeAsked = asksChange && /^how much\b(?!\s+of\b)/i.test(query.trim());
  const excludes = (r: FigureRecord): boolean =>
    recordSpan(r) ||
    (amountChangeAsked && r.figure.kind === 'count' && r.figure.counts !== undefined && r.measures !== 'change') ||
    // (`how many winners`: a set's score, `3-6`, counts nothing.)
    (howMany !== null && SCORE.test(r.figure.text)) ||
    (sumAsked && r.figure.kind === 'measure') ||
    (perAsked && !sharedOut(r)) ||
    (unitlessAsked && (r.figure.kind === 'money' || r.figure.kind === 'measure')) ||
    // (`how far did the bus fall`: `46 passengers` counts things, no way or distance; `120 points`, `three places` are steps on a scale.)
    (farAsked && r.figure.kind === 'count' && r.figure.counts !== undefined && !STEPS.test(r.figure.counts)) ||
    // (`up to 300mm of rain` is how much fell, not how far away anything is.)
    (farAsked && r.figure.kind === 'measure' && r.figure.counts !== undefined && FALLEN_HEADS.test(r.figure.counts)) ||
    (farAsked && r.figure.kind === 'measure' && ((TIME_UNITS.test(r.figure.unit ?? r.figure.text) && !/^light/i.test(r.figure.unit ?? '')) || isSize(r))) ||
    (dimensionUnits !== undefined && (r.figure.kind !== 'measure' || !dimensionUnits.test(`${r.figure.unit ?? ''} ${r.figure.text}`))) ||
    // (`a 200-metre stretch of the highway` is no depth of rain.)
    (fallenAsked && r.figure.counts !== undefined && !words(r.figure.counts).some((w) => FALLEN_HEADS.test(w.replace(/s$/, '')) || FALLEN_HEADS.test(`${w}fall`))) ||
    (costAsked && r.figure.kind !== 'money') ||
    // (`how much was the mine operator fined`: a sum, never `1.8 million tonnes of coal a year`, nor
    // the `$1.9 billion` net profit the fine is set against.)
    (penaltyAsked && (r.figure.kind !== 'money' || EARNINGS_HEADS.test(r.figure.counts?.split(' ').pop() ?? ''))) ||
    (notMoney && (r.figure.kind === 'money' || otherUnits(r))) || (moneyAsked && r.figure.kind !== 'money') || repeatsQuestion(r) || (countHeadAsked && r.figure.kind === 'measure');
  return { terms, wanted, asksChange, how, howUnits, dimension: terms.find((t) => t.word === dimension), lengthAsked, measureOnly, howMany: howMany !== null, sizeCounted: (how === 'big' || how === 'large') && terms.some((t) => PEOPLE_GROUPS.test(t.word) && (t.word !== 'march' || MARCH_OF_PEOPLE.test(query))), head, happened, totalAsked: TOTAL.test(query), shareOf: SHARE_OF.test(query), perRate, perOther, excludes };
}
