import { MESSAGES } from '../errors.js';
import { coverageOver, figureSynonyms, type SearchIndex } from '../search/index.js';
import { coverage, toDoc, type Doc, type QueryTerm } from '../search/match.js';
import { fold, isIrregularPast, stem, words } from '../search/text.js';
import type { FigureRecord } from '../search/records.js';
import { LIMITS, THRESHOLDS } from './config.js';
import { figureItem } from './items.js';
import { suggest } from './shared.js';
import type { Answer, Scope } from './types.js';

/** A small preference for the kind of figure a question asks for. */
const KIND_HINTS: readonly [RegExp, FigureRecord['figure']['kind']][] = [
  // `how much did it cost` asks for money; `how much rain fell` does not.
  [/\b(?:how much(?=\s+(?:did|does|do|is|was|were|will|would|has|have|had|money|cash|funding)\b|\s*\??$)|cost|price|worth|revenue|profit|income|earnings|sales|loss|budget|paid|pay|spent|raised|fine|value|dollars?|euros?|pounds?)\b/i, 'money'],
  [/\b(?:percent|percentage|per cent|share|rate|proportion|%)\b/i, 'percent'],
  [/\b(?:how (?:fast|far|high|big|long|deep|heavy|hot|cold|warm|tall)|speed|distance|height|size|area|temperature)\b/i, 'measure'],
];
const KIND_BONUS = 0.1;
const COUNT_BONUS = 0.05;
const MEASURE_BONUS = 0.05;
/** A change (`rose 12bp`, `$600 less than`) when a level is asked, or a level when a change is. */
const CHANGE_UNASKED = 0.1;
const CHANGE_WORDS = /\b(?:rise|rose|risen|fall|fell|fallen|increase[sd]?|decrease[sd]?|drop(?:ped)?|change[sd]?|grow|grew|growth|jump(?:ed)?|gain(?:ed)?|lose|lost|climb(?:ed)?|declin(?:e|ed)|reduc(?:e|ed|tion)|fewer|up|down|by how much|rais(?:e|ed)|hike[sd]?|cut|lower(?:ed)?|slash(?:ed)?|trim(?:med)?|by\s*\??$)\b/i;
/** A question word counts as found by a figure's words from this similarity up. */
const TERM_FOUND = 0.5;
const LEDE_BONUS = 0.1;
const COUNT_HEADS = /^(?:toll|tally|deaths|dead|casualties|victims|injured|fatalities)$/;
const TOTAL = /\b(?:in total|total|altogether|overall)\b/i;
const LEDE_PARAGRAPHS = 2;
const HOW_MEASURE = /\bhow (?:long|far|fast|high|big|large|deep|heavy|old|strong|often|hot|cold|warm|tall|wide|heavy|loud|close)\b/i;
const HEAD_BONUS = 0.09;
/** Heads a figure's kind answers by itself: a money figure is a cost, a percentage a share. */
const KIND_HEADS: Record<FigureRecord['figure']['kind'], RegExp> = {
  money: /^(?:cost|costs|price|prices|value|worth|amount|fee|fees|fine|budget|spend|spending|bill|sum|funding|pay|salary|paid|earn|earned|spent|charged|owed)$/,
  percent: /^(?:percentage|percent|share|rate|proportion|margin)$/,
  measure: /^(?:speed|distance|height|depth|length|temperature|size|area|weight|duration|period|time|far|away|rain|rainfall|snow|snowfall)$/,
  count: /^(?:number|total|count)$/,
  fraction: /^(?:share|proportion|fraction|part)$/,
};
const HEAD_MATCH = 0.75;
/** Currency names a query may use, and the unit codes of figures printed in them. */
const CURRENCY_OF: Record<string, RegExp> = {
  dollars: /^(?:USD|AUD|CAD|HKD|NZD|SGD|TWD)$/, dollar: /^(?:USD|AUD|CAD|HKD|NZD|SGD|TWD)$/, euros: /^EUR$/, euro: /^EUR$/,
  pounds: /^GBP$/, sterling: /^GBP$/, yen: /^JPY$/, rupees: /^(?:INR|PKR)$/, naira: /^NGN$/, rand: /^ZAR$/, shillings: /^KES$/,
  yuan: /^CNY$/, francs: /^CHF$/, kroner: /^(?:NOK|DKK)$/, kronor: /^SEK$/, pesos: /^MXN$/,
};

/** A measure answers a measure head only in a unit of its kind: `time` wants minutes, `distance` metres. */
const UNITS_OF_HEAD: readonly [RegExp, RegExp][] = [
  [/^(?:time|duration|period|long|wait|delay|sentence|term|stay|spell)$/, /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|nights?|mins?|hrs?)\b/i],
  [/^(?:distance|length|far|away|height|depth|tall|high|wide|width|long|rain|rainfall|snow|snowfall)$/, /\b(?:metres?|meters?|kilometres?|kilometers?|km|miles?|mi|feet|foot|ft|inches?|in|yards?|yds?|cm|centimetres?|millimetres?|mm|m|light-years?|nautical)\b/i],
  [/^(?:speed|fast)$/, /(?:km\/h|kph|mph|knots?|miles? (?:an|per) hour|kilometres? (?:an|per) hour|m\/s)/i],
  [/^(?:temperature|hot|cold|warm|heat)$/, /(?:°|degrees?|celsius|fahrenheit|\d\s?[CF]\b|^[CF]$)/i],
  [/^(?:weight|heavy|mass)$/, /\b(?:kg|kilos?|kilograms?|grams?|g|tonnes?|tons?|pounds?|lbs?|ounces?|oz)\b/i],
  [/^(?:area|size)$/, /\b(?:square|sq|hectares?|acres?|km2|m2)\b/i],
];
const TIME_UNITS = UNITS_OF_HEAD[0]![1];
/** `how hot`, `how far`, `how long`: the question word says which units answer it. */
const HOW_WORD = /\bhow (hot|cold|warm|far|fast|heavy|deep|high|tall|wide|long|big|large|old)\b/i;
const DIMENSIONS: Record<string, string> = { hot: 'temperature', cold: 'temperature', warm: 'temperature', fast: 'speed', heavy: 'weight', deep: 'depth', tall: 'height' };
const LENGTH_QUESTION = /^how long (?:is|are|was|were|will be) (?:the |a |an |this |that )?[\p{L}-]+(?: [\p{L}-]+)?\??$/iu;
/** A figure whose counted thing is not by it keeps this share of its score. */
const HEAD_MISSING = 0.5;
/** Words that end a noun phrase (`people in shelters`), and rate and time words that are not the thing counted (`outflows last week`). */
const PHRASE_END = /^(?:in|of|for|on|at|without|with|from|by|per|among|across|during|after|before|since|to|into|over|under|against|about|than|near|within|outside|inside)$/;
const RATE_WORDS = /^(?:year|years|day|days|month|months|week|weeks|annually|yearly|daily|monthly|weekly|hour|hours|a|each|every|per|last|this|next|past|previous|coming|now|currently|today)$/;

/** The word that names what is counted: the last noun before a preposition (`homes` in `homes without power`). */
function headTerm(asked: string, terms: QueryTerm[]): QueryTerm | undefined {
  const words = fold(asked).split(' ');
  const end = words.findIndex((w, i) => i > 0 && PHRASE_END.test(w));
  const phrase = (end > 0 ? words.slice(0, end) : words).filter((w) => !RATE_WORDS.test(w));
  // `homes destroyed`, `jobs cut`: a participle after the noun says what happened to it.
  // (`what do the drivers get paid`: a verb of money is what is asked, a sum.)
  while (phrase.length > 1 && !MONEY_VERBS.test(phrase[phrase.length - 1]!) && (/ed$/.test(phrase[phrase.length - 1]!) || IRREGULAR_PARTICIPLES.has(phrase[phrase.length - 1]!))) phrase.pop();
  for (let i = phrase.length - 1; i >= 0; i--) {
    const term = terms.find((t) => t.word === phrase[i]);
    if (term) return term;
  }
  return undefined;
}
/**
 * What `how many` counts: the last of the (at most two) words after it before a preposition,
 * an auxiliary or a participle: `dengue beds` in total, `French people` support, `councillors` voted.
 */
function countedAfter(rest: string, terms: QueryTerm[]): QueryTerm | undefined {
  const phrase: string[] = [];
  for (const w of fold(rest).split(' ').filter(Boolean)) {
    if (phrase.length === 2 || PHRASE_END.test(w) || AUXILIARIES.test(w) || /ed$/.test(w) || IRREGULAR_PARTICIPLES.has(w) || isIrregularPast(w)) break;
    phrase.push(w);
  }
  for (let i = phrase.length - 1; i >= 0; i--) {
    const term = terms.find((t) => t.word === phrase[i]);
    if (term) return term;
  }
  return undefined;
}
const AUXILIARIES = /^(?:were|was|are|is|be|been|did|do|does|have|has|had|will|would|can|could|should|may|might|must)$/;

/** The participle right after `how many <noun>` (`were`/`have been` aside): what happened to what is counted. */
function eventTerms(rest: string, terms: QueryTerm[]): QueryTerm[] {
  const words = fold(rest).split(' ').filter((w) => w && !/^(?:were|was|have|has|had|been|be|got|get|are|is)$/.test(w));
  if (!words[0] || !(/ed$/.test(words[0]) || IRREGULAR_PARTICIPLES.has(words[0]))) return [];
  // With its particle or preposition: `voted against` is found by `four opposed it`.
  return terms.filter((t) => t.word === words[0] || t.word === words[1]);
}
const MONEY_VERBS = /^(?:paid|earned|spent|charged|owed)$/;
const IRREGULAR_PARTICIPLES = new Set(['cut', 'hit', 'lost', 'shut', 'put', 'set', 'spent', 'paid', 'sold', 'built', 'hurt', 'left', 'held', 'made', 'taken', 'given', 'seen', 'found', 'won', 'struck', 'burnt', 'sunk', 'stolen', 'shot', 'torn', 'thrown', 'brought', 'bought', 'raised', 'owed']);
/** `Q3`, `H1`, `FY`: what articles write out. */
const PERIODS: readonly [RegExp, string][] = [
  [/\bQ1\b/gi, 'first quarter'], [/\bQ2\b/gi, 'second quarter'], [/\bQ3\b/gi, 'third quarter'], [/\bQ4\b/gi, 'fourth quarter'],
  [/\bH1\b/gi, 'first half'], [/\bH2\b/gi, 'second half'], [/\bFY\b/g, 'full year'],
];

/** Verbs too light to say what is counted (`what % of tests come back positive`). */
const LIGHT_VERBS = /\b(?:come|comes|came|coming|come back|back|get|gets|got|getting|actually|really|exactly)\b/gi;
const DEICTIC_TIME = /\b(?:last|this|next|past|previous|coming)\s+(?=(?:week|month|year|quarter|day|night|season|weekend)s?\b)/gi;

/** Nouns that measure out what they count: `94,500 pairs` of puffins, `120,000 tonnes` of sandeel, `the total` of beds. */
const CONTAINERS = /^(?:pairs|tonnes|tons|barrels|litres|liters|gallons|bags|boxes|cases|doses|units|packs|bottles|crates|sacks|containers|kilograms|kilos|hectares|acres|head|total|tally)$/;
function isContainer(r: FigureRecord): boolean {
  return [r.figure.counts, r.figure.unit, r.figure.text].some((text) => CONTAINERS.test(words(text ?? '').pop() ?? ''));
}

/** Where the clause a figure stands in opens: after `;`, `:`, `, and`/`, but`/`, while`, or `, up from` (a baseline's own clause). */
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|whereas|(?:up|down) from|compared with)\s/g;
const clauses = new WeakMap<FigureRecord, Doc>();
/**
 * The clause up to the figure, and `of ...` after it: `Sandeel landings from the North Sea,
 * mostly used for fishmeal, totalled about 120,000 tonnes` names what the figure measures
 * farther back than its near words reach.
 */
function clauseOf(r: FigureRecord): Doc {
  let doc = clauses.get(r);
  if (!doc) {
    const text = r.article.article.text;
    // Back to the sentence's figure before it (whose words are its own), past one that leads
    // up to this figure (`puffins rose 6% to 94,500 pairs`).
    let from = r.figure.sentence.start;
    let at = r.figure.start;
    for (const f of r.article.extraction.figures.filter((f) => f.end <= r.figure.start && f.start >= r.figure.sentence.start).reverse()) {
      if (!LEADS_UP.test(text.slice(f.end, at))) {
        from = f.end;
        break;
      }
      at = f.start;
    }
    const before = text.slice(from, r.figure.start);
    let cut = 0;
    for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
    const of = /^[^.;,]{0,20}?\bof\s+((?:[\p{L}'’-]+\s*){1,4})/u.exec(text.slice(r.figure.end, r.figure.end + 60))?.[1] ?? '';
    clauses.set(r, (doc = toDoc(`${before.slice(cut)} ${of}`)));
  }
  return doc;
}
const LEADS_UP = /^\s*(?:to|from)\s*$/i;
const EMPTY_DOC: Doc = { words: [], stems: [] };
const CONVERTS = /\d\s?\($|\w\s\($/;
const CONVERSION_PENALTY = 0.05;

/** Words that make a question, not what it asks about. */
const QUESTION_PHRASES = /\bhow (?:many|much|long|far|big|large|high|old|fast|deep|heavy|strong|often|hot|cold|warm|tall|wide|loud|close)\b|\b(?:the )?(?:number|amount|total|size|count|figure|level) (?:of|for)\b|\bwhat (?:is|was|are|were)\b/gi;

/**
 * `figure <what>`: the figures that answer it (`death toll`, `homes without power`), with
 * what they count, their qualifier and source, in the sentence they stand in.
 */
export function figure(index: SearchIndex, query: string, scope: Scope = {}): Omit<Answer, 'command' | 'query'> {
  const wanted = KIND_HINTS.find(([re]) => re.test(query))?.[1];
  const asksChange = CHANGE_WORDS.test(query);
  // `how long` most often asks for a duration; `how hot` wants degrees, `how far` a length.
  // ...unless it asks how far something moved (`how far did the crown drop`): a change, in any unit.
  const how = asksChange && /\bhow far\b/i.test(query) ? undefined : HOW_WORD.exec(query)?.[1]?.toLowerCase();
  const howUnits = how ? (how === 'long' || how === 'old' ? TIME_UNITS : how === 'big' || how === 'large' ? UNITS_OF_HEAD[5]![1] : UNITS_OF_HEAD.find(([h]) => h.test(how))?.[1]) : undefined;
  // `how long is the bridge` asks for a length; `how long was the highway shut`, a time.
  const lengthAsked = how === 'long' && LENGTH_QUESTION.test(query.trim()) && !IRREGULAR_PARTICIPLES.has(fold(query).split(' ').pop()!) && !/ed$/.test(fold(query).split(' ').pop()!);
  // `how far`, `how hot`, `how long was it shut`: only a measure answers (`how big`, `how high`
  // and `how long is the waiting list` may be a count or a sum).
  const measureOnly = how !== undefined && !/^(?:big|large|high)$/.test(how) && !lengthAsked;
  // `last week`, `this year`: articles date things otherwise (`in the week through Nov. 11`), so only the period counts.
  // `how hot has it been`: the question word names the dimension asked (`temperature`).
  const dimension = how ? DIMENSIONS[how] ?? '' : '';
  const asked = `${PERIODS.reduce((q, [re, words]) => q.replace(re, words), query).replace(QUESTION_PHRASES, ' ').replace(DEICTIC_TIME, ' ').replace(LIGHT_VERBS, ' ')} ${dimension}`;
  const terms = index.terms(asked, { question: true }, figureSynonyms);
  // `how many councillors ...` names what is counted right away; `how long/far ...` asks for a measure.
  const howMany = /\bhow many\s+([\p{L}'’-]+)/iu.exec(query);
  // `price per share`, `cost a night`: a rate, answered by a figure printed with that rate (`$84 a share`).
  const rate = /\b(?:per|a|an|each)\s+([\p{L}]{3,})\s*\??$/iu.exec(query.trim())?.[1]?.toLowerCase();
  // ...or by a word for the same thing (`per kid`, `$400 per child`).
  const rates = rate === undefined ? '' : [rate, ...figureSynonyms(rate)].map((w) => w.replace(/[^\p{L}]/gu, '')).join('|');
  const rateAfter = new RegExp(`^\\s*(?:a|an|per|each)\\s+(?:${rates})\\b`, 'iu');
  const rateInside = new RegExp(`[-\\s](?:a|an|per)-?\\s*(?:${rates})$`, 'iu');
  // `how many schools dropped out`: what happened to them must be said by the figure, not just in its sentence.
  const happened = howMany ? eventTerms(query.slice(howMany.index + howMany[0].length), terms) : [];
  const counted = howMany ? countedAfter(query.slice(howMany.index + 'how many'.length), terms) : undefined;
  const head = HOW_MEASURE.test(query) ? undefined : counted ?? headTerm(asked, terms);
  // Bonuses order the answers; the bar is met on what the question's words cover alone.
  const bar = new Map<FigureRecord, number>();
  const misses = new Map<FigureRecord, number>();
  const hits = index
    .search('figures', terms, (r) => {
      // The clause counts when it names what is counted (`Sandeel landings ... totalled about 120,000 tonnes`).
      const clause = clauseOf(r);
      const clauseNamesHead = head !== undefined && (isContainer(r) || !r.figure.counts) && coverage([head], clause).score >= HEAD_MATCH;
      const c = coverageOver(terms, [
        { doc: r.doc, factor: 1 },
        { doc: r.nearDoc, factor: 0.95 },
        { doc: clauseNamesHead ? clause : EMPTY_DOC, factor: 0.9 },
        { doc: r.contextDoc, factor: 0.75 },
        { doc: r.paragraphDoc, factor: 0.5 },
      ]);
      // What is counted (`beds` in `children's mental health beds`) must stand by the figure
      // itself, not just somewhere in its sentence: else it is a figure about something else.
        const unitsWanted = head && r.figure.kind === 'measure' ? UNITS_OF_HEAD.find(([h]) => h.test(head.word))?.[1] : undefined;
      // (`$5bn of quarter revenue` is a sum of money, but of revenue, not the price asked.)
      const byKind = head && KIND_HEADS[r.figure.kind].test(head.word) && (!unitsWanted || unitsWanted.test(`${r.figure.unit ?? ''} ${r.figure.text}`)) && (r.figure.kind !== 'money' || !r.figure.counts || coverage([head], r.doc).score >= HEAD_MATCH);
      // `in dollars`, `how many euros`: the currency asked for is found in a sum printed in it (`$42`).
      const currency = r.figure.kind === 'money' && r.figure.unit ? terms.findIndex((t) => CURRENCY_OF[t.word]?.test(r.figure.unit!)) : -1;
      if (currency >= 0 && (c.perTerm[currency] ?? 0) < 1) {
        c.score += (terms[currency]!.weight * (1 - (c.perTerm[currency] ?? 0))) / terms.reduce((sum, t) => sum + t.weight, 0);
        c.perTerm[currency] = 1;
      }
      // A figure of the very kind asked for (`the cost of ...` and a sum of money) is itself the head word.
      if (byKind) {
        const i = terms.indexOf(head);
        if (i >= 0 && (c.perTerm[i] ?? 0) < 1) c.score += (terms[i]!.weight * (1 - (c.perTerm[i] ?? 0))) / terms.reduce((sum, t) => sum + t.weight, 0);
        if (i >= 0) c.perTerm[i] = 1;
      }
      // `between 148,000 and 162,000 pairs` of the gannets its clause names: a container counts what it holds.
      const inAbout = byKind || (head && (coverage([head], r.doc).score >= HEAD_MATCH || (isContainer(r) && clauseNamesHead)));
      // A sum is of what its sentence is about (`pulled €310 million ..., the largest weekly
      // outflow`), when the sentence uses the very word; a count counts the noun by it.
      const nearBy = head && (coverage([head], r.nearDoc).score >= HEAD_MATCH || (r.figure.kind === 'money' && !r.figure.counts && coverage([{ ...head, alternatives: [], cache: new Map() }], r.contextDoc).score >= HEAD_MATCH));
      // A figure that counts something else (`two tries`) gets no bonus for the head near it (`a penalty try`).
      const score = !head ? c.score : inAbout ? c.score + HEAD_BONUS : nearBy ? c.score + (r.figure.counts ? 0 : HEAD_BONUS / 3) : c.score * HEAD_MISSING;
      // `how many schools` is not answered by a figure that counts something else (`31% fewer attacks`).
      const countsOther = howMany && head && r.figure.counts && !inAbout;
      bar.set(r, !head || inAbout || (nearBy && !countsOther) ? c.score : c.score * HEAD_MISSING);
      const own = coverageOver(terms, [{ doc: r.doc, factor: 1 }, { doc: r.nearDoc, factor: 1 }, { doc: r.contextDoc, factor: 1 }]);
      const eventMissed = happened.length && happened.every((t) => coverage([t], r.doc).score < TERM_FOUND && coverage([t], r.nearDoc).score < TERM_FOUND) ? 1 : 0;
      misses.set(r, eventMissed + own.perTerm.filter((sim, i) => sim < TERM_FOUND && !(byKind && terms[i] === head) && i !== currency).length);
      // A count asked for (`border crossings`) is a number, not the percentage it changed by;
      // and among equals, the figure the lede gives is the one the story stands on.
      const countAsked = !wanted && head && /s$/.test(head.word) && r.figure.kind !== 'percent' && r.figure.kind !== 'fraction' ? COUNT_BONUS : 0;
      const lede = r.figure.paragraph <= LEDE_PARAGRAPHS ? LEDE_BONUS : 0;
      // `10 to 15 inches (25 to 38 centimeters)`: the bracketed one converts the figure before it.
      const conversion = CONVERTS.test(r.article.article.text.slice(Math.max(0, r.figure.start - 3), r.figure.start)) && r.figure.kind === 'measure' ? CONVERSION_PENALTY : 0;
      // `rose 12 basis points to 4.37%`: a question about a change wants the change, else the level.
      // A question about a change outweighs the money hint of `how much` (`how much did it fall`).
      // ...and `$600 less than the original` is no price when the price is asked.
      const measure = !r.measures ? 0 : r.measures === (asksChange ? 'change' : 'level') ? (asksChange ? MEASURE_BONUS + KIND_BONUS : MEASURE_BONUS) : -CHANGE_UNASKED;
      const perRate = rate !== undefined && (rateAfter.test(r.article.article.text.slice(r.figure.end, r.figure.end + 24)) || rateInside.test(r.figure.text));
      const inHowUnits = howUnits !== undefined && r.figure.kind === 'measure' && howUnits.test(`${r.figure.unit ?? ''} ${r.figure.text}`);
      // `in total`: the figure the article calls the total.
      const totalAsked = TOTAL.test(query) && /\btotal\b/i.test(r.figure.counts ?? '');
      const kindBonus = (wanted && r.figure.kind === wanted) || inHowUnits || totalAsked ? KIND_BONUS : 0;
      // `how hot is the planet` is not answered by `over 31 hours`.
      if ((howUnits && !inHowUnits && (how !== 'long' || !lengthAsked)) || (measureOnly && r.figure.kind !== 'measure')) bar.set(r, (bar.get(r) ?? 0) * HEAD_MISSING);
      return { ...c, score: score + countAsked + lede + measure + kindBonus + (perRate ? KIND_BONUS : 0) - conversion };
    }, { ...scope, question: true })
    // Equal scores: the figure the story gives first (the lede's toll, not a later breakdown).
    .sort((a, b) => b.score - a.score || a.record.figure.start - b.record.figure.start);
  // Every word of a short question, all but one of a longer one, must be found by the figure or
  // in its sentence: a figure about the same topic but not the thing asked is no answer.
  const allowedMisses = terms.length >= 3 ? 1 : 0;
  // `how many councillors` is never answered by a sum of money (`how many dollars` names its unit).
  const notMoney = howMany && !/^(?:dollars?|euros?|pounds?|yen|rupees?|francs?|cents?|pence|bucks)$/i.test(howMany[1]!);
  // ...nor by a measure in other units (`how many schools` by `within 500 meters`; `how many days` by `three days` is fine).
  const countedStem = howMany ? stem(counted?.word ?? fold(howMany[1]!)) : '';
  const otherUnits = (r: FigureRecord) => r.figure.kind === 'measure' && !words(`${r.figure.unit ?? ''} ${r.figure.text}`).some((w) => stem(w) === countedStem);
  // `the cost of the plan` is a sum of money, never a count (`40 new clinics`).
  const moneyAsked = head !== undefined && KIND_HEADS.money.test(head.word) && !asksChange;
  // `12 hour waits`: a number the question gives is part of it, not its answer (`more than 12 hours`).
  const given = new Set((fold(query).match(/\b\d[\d.]*\b/g) ?? []).filter((n) => !/^(?:19|20)\d{2}$/.test(n)));
  const repeatsQuestion = (r: FigureRecord) => words(r.figure.text).some((w) => given.has(w.replace(/[^\d.]/g, '')));
  // `death toll` is a count, never a span of time (`26 years`).
  const countAsked = head !== undefined && COUNT_HEADS.test(head.word);
  const accepted = hits.filter(
    (h) => (bar.get(h.record) ?? 0) >= THRESHOLDS.figure && (misses.get(h.record) ?? 0) <= allowedMisses && !(notMoney && (h.record.figure.kind === 'money' || otherUnits(h.record))) && !(moneyAsked && h.record.figure.kind === 'count') && !repeatsQuestion(h.record) && !(countAsked && h.record.figure.kind === 'measure'),
  );
  if (!accepted.length) return { answers: [], message: MESSAGES.noFigure, ...suggest(hits.map((h) => h.record.figure.text + (h.record.figure.counts ? ` ${h.record.figure.counts}` : '')), hits.map((h) => h.score)) };
  const best = accepted[0]!.score;
  const answers = accepted.filter((h) => h.score >= best - THRESHOLDS.spread / 2).slice(0, LIMITS.answers).map((h) => figureItem(h.record));
  return { answers, message: MESSAGES.figuresFound(answers.length) };
}
