import { MESSAGES } from '../errors.js';
import { ROLE_WORDS } from '../extract/lexicon.js';
import { canReach, coverageOver, type Hit, type SearchIndex } from '../search/index.js';
import { coverage, toDoc, type Coverage, type QueryTerm } from '../search/match.js';
import type { FigureRecord } from '../search/records.js';
import { LIMITS, THRESHOLDS } from './config.js';
import { clauseOf, countsDoc, EMPTY_DOC, isContainer, isConversion, isForecast } from './figure-clause.js';
import { FORECAST_TERMS, grant, HEAD_MATCH, headAsked, isOfHead, isShareOf } from './figure-head.js';
import { CURRENCY_OF, readQuestion, SIZE_UNITS, spellHeads } from './figure-question.js';
import { figureItem } from './items.js';
import { ageOf, asksAge } from './age.js';
import { asksClock, clockOf } from './clock.js';
import { contextRank } from './figure-context-rank.js';
import { essentialMisses } from './figure-essential.js';
import { baselineAsked, marginAsked } from './figure-comparison.js';
import { askedSide, sideOf } from './figure-vote.js';
import { isEarlierThanAsked, isOtherYearThanAsked, isUnaskedAddition, isUnaskedBackground, isUnaskedSample } from './figure-aside.js';
import { askedDirection, directionOf } from './figure-direction.js';
import { asked, breakdown, elsewhere, overall, placedAt } from './figure-place.js';
import { pastTest } from './past.js';
import { asksResult, resultOf } from './score.js';
import { suggest } from './shared.js';
import type { Answer, Scope } from './types.js';

const KIND_BONUS = 0.1;
const COUNT_BONUS = 0.05;
const MEASURE_BONUS = 0.05;
/** A change (`rose 12bp`, `$600 less than`) when a level is asked, or a level when a change is. */
const CHANGE_UNASKED = 0.1;
/** How many words a sentence may take from its subject to the figure (`Turnout was estimated at`). */
const SUBJECT_REACH = 5;
/** A baseline (`double the 374 deaths recorded last year`) ranks this far below the figure now, unless an earlier time is asked. */
const BASELINE_UNASKED = 0.05;
/** A question word counts as found by a figure's words from this similarity up. */
const TERM_FOUND = THRESHOLDS.wordFound;
const LEDE_BONUS = 0.1;
const OVERALL_BONUS = 0.02;
/** A figure the place asked stands right after. */
const PLACED_BONUS = 0.1;
/**
 * A sum per a thing not asked (`£5,000 per megawatt`) is another quantity than the sum asked: below
 * it even when its clause carries the verb the question's tense rewards (`would pay £5,000 per megawatt`).
 */
const UNIT_PRICE_PENALTY = 0.25;
/** A part of a total the article breaks down (`followed by Odisha with 121`) ranks this far below the rest when no part is named. */
const PART_UNASKED = 0.05;
const LEDE_PARAGRAPHS = 2;
const HEAD_BONUS = 0.09;
/** A figure whose counted thing is not by it keeps this share of its score. */
const HEAD_MISSING = 0.5;
const CONVERSION_PENALTY = 0.05;
/** What a baseline gains when what a figure was before is asked: it alone is (`the previous estimate`). */
const BASELINE_BONUS = 0.25;
/** What a figure the text calls a margin gains when a margin is asked. */
const MARGIN_BONUS = 0.2;
/** Room for sums of the same shares added in another order. */
const ROUNDING = 1e-9;
/** `how big is the fire`: its area, over the distances the article also gives. */
const NOT_AREA_PENALTY = 0.25;
/** Plural nouns of things people live in, drive or use, which a count of people does not count. */
const THINGS = /^(?:houses|homes|buildings|dwellings|properties|apartments|flats|vehicles|cars|trucks|lorries|buses|boats|ships|flights|planes|aircraft|schools|hospitals|shops|stores|businesses|farms|roads|bridges|trees|animals|cattle|livestock|hectares|acres|tonnes|tons)$/;
/** `how much ransom`: asked of an amount, which a count of other things (`three municipalities`) is not. */
const HOW_MUCH = /\bhow much\b/i;
/** More misses than any question allows. */
const MISSED_ALL = 99;
/** What each word of the question a figure's own words miss costs it among near equals. */
const MISSED_WORD = 0.02;
/** Below a figure that says the `still` asked, one that does not, even in the lede (`LEDE_BONUS`). */
const STILL_UNSAID = 0.15;
/** Words that ask for the level a change reached. */
const NEW_LEVEL = /^(?:new|revised|raised|increased|higher|lower|reduced)$/;
/** Counted nouns that name no thing of their own: what is said of them by the figure is what they count. */
/** Nouns plural in meaning without an -s (`how many staff`), which a count answers as it does `workers`. */
const COLLECTIVE_PLURALS = /^(?:staff|people|crew|personnel|workforce|police|cattle|livestock|children|men|women)$/;
const WHOEVER = /^(?:people|persons|individuals|others|residents|civilians|men|women|children|adults|patients|families|households)$/i;
/** Counts of people that may be any of them (`about 4,200 people` on strike are workers). */
const ANYONE_AT_ALL = /^(?:people|persons|individuals|others)$/i;
/** People asked for by their post (`how many nurses`), whom a count of anyone else does not count. */
const PEOPLE_BY_POST = new Set([...ROLE_WORDS].filter((w) => w.endsWith('s') && !WHOEVER.test(w)));


/** Ways of asking rewritten to the words articles print, before the question is read. */
const QUESTION_REWRITES: readonly (readonly [RegExp, string])[] = [
  // (`voter turnout` is the turnout: a turnout is of voters, whatever words the article prints it with.)
  [/\bvoters?\s+(?=turnout\b)/i, ''],
  // (`in percentage terms` asks a percentage; `in real terms`, `because of the cyclone`, `attendance
  // at the ground`: words around what is asked, not of it.)
  [/\bin\s+(?:percentage|per\s?cent)\s+terms\b/i, 'in percentage'],
  [/\s*\bin\s+(?:real|nominal|absolute|cash|dollar|money|financial)\s+terms\b/i, ''],
  [/\bbecause\s+of\b/i, 'by'],
  [/\b(attendance|crowd|spectators|fans)\s+at\s+the\s+(?:ground|stadium|venue|arena)\b/i, '$1'],
  // (`turnout this time`, `at the moment`: when, not what; `time` is no head. `so far` stays:
  // articles print it, `payouts so far reaching $1.3 billion`.)
  [/\s*\b(?:this\s+time|right\s+now|at\s+the\s+moment|at\s+present|these\s+days|straight\s+away|right\s+away|afterwards|afterward)\b/gi, ''],
  // (`how many staff lost their jobs`: articles print the jobs cut, or who was laid off or made redundant.)
  // (Who lose them are the jobs: `how many people are losing their jobs` is `about 1,850 jobs`.)
  [/\b(?:(?:people|persons|staff|workers|employees|staffers)\s+)?(?:(?:are|were|will|would|could|have|has|had|is|was)\s+)?(?:(?:be|been)\s+)?(?:lost|lose|losing)\s+(?:their|his|her|its|our)\s+jobs?\b/gi, 'jobs cut'],
  // (`what is inflation running at`: a level, in the words of the one who asks.)
  [/\s*\brunning\s+at\b/gi, ''],
  // (`had to leave their homes`: articles print who was evacuated, displaced or forced from them.)
  [/\b(?:(?:had|have|has|were|was|are|is)\s+(?:been\s+)?(?:forced|made|told|ordered)\s+to\s+|(?:had|have|has)\s+to\s+|were\s+)?(?:leave|left|leaving|flee|fled|fleeing|abandon|abandoned|(?:moved|taken|got)\s+out\s+of)\s+(?:their|his|her|its)\s+(?:homes?|houses?|villages?|towns?)\b/i, 'displaced'],
  // (`how much rain fell in a day`: rain falls; articles print how much was `recorded`, or just the rain.)
  [/\b(rain|rainfall|snow|snowfall|precipitation|hail)\s+(?:(?:has|had|have)\s+)?(?:fell\s+down|fell|fallen|fall|came\s+down|come\s+down|poured\s+down|dropped)\b/gi, '$1'],
  // (`ended up in hospital`, `were rushed to hospital`: hospitalised, as articles print it, or `taken to hospital`.)
  [/\b(?:ended\s+up|wound\s+up|landed|were\s+rushed|was\s+rushed|went)\s+(?:in|to)\s+(?:the\s+)?hospital\b/i, 'hospitalised'],
  [/\b(?:left|are|were|got)\s+(?:stuck|stranded)\b/i, 'stranded'],
  // (`how much further did ambulances have to drive`: a distance, as `how far` asks.)
  [/\bhow\s+much\s+(?:further|farther)\b/i, 'how far'],
  // (`how many have been confirmed dead`: articles print the toll, `killing at least 27`; `confirmed cases` stay.)
  [/\bconfirmed\s+(?=(?:dead|killed|died)\b)/i, ''],
  // (`how fast was the train going`: articles print how fast it was travelling or moving.)
  [/\b(how\s+fast\s+(?:was|were|is|are)\s+.+?)\s+going\b/i, '$1 travelling'],
  // (`went on strike`, `gone missing`: the state is the word; `go` says nothing articles print.)
  [/\b(?:go|goes|went|gone|going)\s+(?=(?:on\s+strike|missing|bankrupt|bust|unpaid|unsold|unreported)\b)/gi, ''],
  // (`put off`, `called off`: one verb each.)
  [/\bput\s+off\b/i, 'postponed'],
  [/\bcalled\s+off\b/i, 'cancelled'],
];

/**
 * `figure <what>`: the figures that answer it (`death toll`, `homes without power`), with
 * what they count, their qualifier and source, in the sentence they stand in; when none
 * answers, the closest few as suggestions.
 */
export function figure(index: SearchIndex, typed: string, scope: Scope = {}): Omit<Answer, 'command' | 'query'> {
  const found = figureAsked(index, typed, scope);
  if (found.answers.length) return found;
  // (`how much was the mine operator fined`: asked again without the body, the way a pronoun
  // stands for one the story names, `Carbones del Valle Alto had been fined 230 million pesos`.)
  const bodiless = typed.replace(THE_BODY, ' ');
  if (bodiless === typed) return found;
  const again = figureAsked(index, bodiless, scope);
  return again.answers.length ? again : found;
}
/** A body called by what it is: `the company`, `the mine operator`, `the home club`. */
const THE_BODY = /\bthe (?:\p{Ll}+ ){0,2}(?:company|firm|operator|club|carrier|airline|retailer|lender|insurer|manufacturer|carmaker|maker|business|chain|utility|developer|contractor)\b/giu;

function figureAsked(index: SearchIndex, typed: string, scope: Scope): Omit<Answer, 'command' | 'query'> {
  const query = spellHeads(index, QUESTION_REWRITES.reduce((q, [pattern, by]) => q.replace(pattern, by), typed));
  // `final score`, `what was the vote`: a tally, which extraction does not count as a figure.
  const result = asksResult(query) ? resultOf(index, query, scope) : [];
  if (result.length) return { answers: result, message: MESSAGES.figuresFound(result.length) };
  // `how old was he`: an age, which extraction does not count as a figure either.
  const age = asksAge(query) ? ageOf(index, query, scope) : [];
  if (age.length) return { answers: age, message: MESSAGES.figuresFound(age.length) };
  // `what time did it happen`: a time of day, which extraction keeps out of its figures too.
  // (Only a time answers it: without one, the article does not say.)
  if (asksClock(query)) {
    const clock = clockOf(index, query, scope);
    return clock.length ? { answers: clock, message: MESSAGES.figuresFound(clock.length) } : { answers: [], message: MESSAGES.noFigure };
  }
  const { terms, wanted, asksChange, how, howUnits, dimension, lengthAsked, measureOnly, howMany, sizeCounted, head, happened, totalAsked, shareOf, perRate, perOther, excludes } = readQuestion(index, query);
  // (Read once: a query meets hundreds of figures.)
  const headQ = headAsked(query, head, terms, howMany, shareOf);
  const howMuch = HOW_MUCH.test(query);
  const exactHead = headQ.exactHead;
  const inContext = contextRank(query);
  const newTerm = terms.findIndex((t) => NEW_LEVEL.test(t.word));
  const percentTerm = wanted === 'percent' ? terms.findIndex((t) => /^(?:percentage|percent|proportion)$/.test(t.word)) : -1;
  const missesEssential = essentialMisses(query, terms, head);
  const margin = marginAsked(query, terms);
  const namesAsked = asked(terms);
  const saidElsewhere = elsewhere(namesAsked);
  const isOverall = overall(namesAsked);
  const isPart = breakdown(namesAsked);
  const isPlacedAt = placedAt(namesAsked);
  // (`how many seats did it win in the previous election`: only a figure whose sentence steps back in time.)
  const past = pastTest(query);
  // (A baseline is itself the `previous` one asked, in no word of its own.)
  const { asked: earlierAsked, previousTerm } = baselineAsked(query, terms);
  // (`how much did prices fall`: a rise is no answer, nor a fall to `how much did it rise`.)
  const direction = askedDirection(query);
  const side = askedSide(query);
  // Bonuses order the answers; the bar is met on what the question's words cover alone.
  const bar = new Map<FigureRecord, number>();
  const misses = new Map<FigureRecord, number>();
  /** Figures that do not themselves say what happened to what is counted (`trapped`). */
  const eventMisses = new Set<FigureRecord>();
  // Terms a figure may be granted whatever its words say (a currency, a forecast, a share, a new
  // level, a unit, the head by its kind) count as found when it is judged whether it can pass at all.
  const stillTerm = terms.findIndex((t) => t.word === 'still');
  // (`winning time`, `finishing time`: a time on the clock, which a race time printed as one is.)
  const timeTerm = RACE_TIME_ASKED.test(query) ? terms.findIndex((t) => t.word === 'time') : -1;
  // (`what was the winning time`: `Daniel Kiprono ... broke the world record in Berlin on Sunday, running 2:00:04`;
  // a race's lede leads with its winner's time, in whatever words.)
  const winningTerm = timeTerm >= 0 ? terms.findIndex((t) => t.word === 'winning') : -1;
  const grantable = new Set(terms.filter((t, i) => i === stillTerm || i === winningTerm || CURRENCY_OF[t.word] || FORECAST_TERMS.test(t.word) || i === percentTerm || i === newTerm || t === dimension || t === head || margin.winTerms.includes(i) || i === previousTerm));
  const rarestFirst = [...terms].sort((a, b) => b.weight - a.weight);
  const totalWeight = terms.reduce((sum, t) => sum + t.weight, 0);
  /** What granting every grantable term would add to a coverage. */
  const grantedShare = (c: Coverage) => terms.reduce((sum, t, i) => sum + (grantable.has(t) ? t.weight * (1 - (c.perTerm[i] ?? 0)) : 0), 0) / totalWeight;
  /** Figures whose words rule them out, scored whole only if they are needed (see `scoreWhole`). */
  const deferred = new Set<FigureRecord>();
  // (`Turnout was estimated at 48%`: a sentence opening on the very word asked, as its subject,
  // is about the figure it comes to, more than a figure counting a like word is: `about 212,000 ballots`.)
  const opensOnHead = (r: FigureRecord): boolean => {
    if (!head || r.figure.counts) return false;
    const lead = r.article.article.text.slice(r.figure.sentence.start, r.figure.start);
    const words = lead.toLowerCase().split(/[^\p{L}\d'’-]+/u).filter(Boolean);
    const first = words[0] === 'the' ? 1 : 0;
    return words.length - first <= SUBJECT_REACH && words[first] === head.word && !/[,;:]/.test(lead);
  };
  const scoreFigure = (r: FigureRecord, whole: boolean): Coverage => {
    // The clause counts when it names what is counted (`Sandeel landings ... totalled about 120,000 tonnes`).
    const clause = clauseOf(r);
    const clauseNamesHead = head !== undefined && (isContainer(r) || !r.figure.counts) && coverage([head], clause).score >= HEAD_MATCH;
    const docs = [
      { doc: r.doc, factor: 1 },
      { doc: r.nearDoc, factor: 0.95 },
      { doc: clauseNamesHead ? clause : EMPTY_DOC, factor: 0.9 },
      { doc: r.contextDoc, factor: 0.75 },
      { doc: r.antecedentDoc, factor: 0.75 },
      { doc: r.paragraphDoc, factor: 0.5 },
    ];
    // (Most candidates of a large library miss the rarest word asked: the rest of the scoring is
    // spent only on those that can still pass. Conversions lend their score, so they are all scored.)
    if (!whole && !isConversion(r) && !canReach(rarestFirst, docs, THRESHOLDS.figure - ROUNDING, grantable)) {
      deferred.add(r);
      return { score: Number.MIN_VALUE, perTerm: [] };
    }
    const c = coverageOver(terms, docs);
    // (`the winning time`: a time read off a clock, `2:00:21`, not a gap of `0.63 seconds`.)
    const raceTime = timeTerm >= 0 && RACE_TIME.test(r.figure.text);
    if (raceTime) grant(c, terms, timeTerm);
    if (raceTime && isLedeRaceTime(r)) grant(c, terms, winningTerm);
    // (Found words in order add less than the most they could.)
    if (!whole && !isConversion(r) && c.score + grantedShare(c) < THRESHOLDS.figure - ROUNDING) {
      deferred.add(r);
      return { score: Number.MIN_VALUE, perTerm: [] };
    }
    const forecastTerm = isForecast(r) ? terms.findIndex((t) => FORECAST_TERMS.test(t.word)) : -1;
    const byKind = isOfHead(r, headQ, forecastTerm);
    // `in dollars`, `how many euros`: the currency asked for is found in a sum printed in it (`$42`).
    const currency = r.figure.kind === 'money' && r.figure.unit ? terms.findIndex((t) => CURRENCY_OF[t.word]?.test(r.figure.unit!)) : -1;
    grant(c, terms, currency);
    // `revenue guidance`: a forecast (`will be $8.1 billion to $8.4 billion`) is the guidance asked.
    grant(c, terms, forecastTerm);
    // `what percentage ...`: a percentage is the percentage asked.
    const shareKind = r.figure.kind === 'percent' || r.figure.kind === 'fraction' ? percentTerm : -1;
    grant(c, terms, shareKind);
    // `how many are still missing`: `leaving between 60 and 80 missing`, when the state after `still`
    // is found; the figure that says `still` first.
    const stillUnsaid = stillTerm >= 0 && (c.perTerm[stillTerm] ?? 0) < TERM_FOUND && (c.perTerm[stillTerm + 1] ?? 0) >= TERM_FOUND ? STILL_UNSAID : 0;
    if (stillUnsaid) grant(c, terms, stillTerm);
    // `the new hourly charge`: the level a change reached (`from £2.50 to £3.50 an hour`) is the new one.
    if (r.measures === 'level') grant(c, terms, newTerm);
    // `how hot did it get in Seville`: `44.1C` is the temperature asked.
    const inHowUnits = howUnits !== undefined && r.figure.kind === 'measure' && howUnits.test(`${r.figure.unit ?? ''} ${r.figure.text}`);
    const measured = dimension && inHowUnits ? terms.indexOf(dimension) : -1;
    grant(c, terms, measured);
    if (r.measures === 'baseline') grant(c, terms, previousTerm);
    // (`by how many votes did Deshmukh win`: a margin says who won by it, in no word of its own.)
    if (margin.asked && margin.said(r)) for (const i of margin.winTerms) grant(c, terms, i);
    // A figure of the very kind asked for (`the cost of ...` and a sum of money) is itself the head word.
    if (byKind && head) grant(c, terms, terms.indexOf(head));
    // `between 148,000 and 162,000 pairs` of the gannets its clause names: a container counts what it holds.
    const inAbout = byKind || (head && (coverage([head], r.doc).score >= HEAD_MATCH || (isContainer(r) && clauseNamesHead) || opensOnHead(r)));
    // A sum is of what its sentence is about (`pulled €310 million ..., the largest weekly
    // outflow`), when the sentence uses the very word; a count counts the noun by it.
    // (`trimmed Brenner's lead over ..., now second in the standings, to 31 points`: its clause names it, further off.)
    const nearBy = head && (coverage([head], r.nearDoc).score >= HEAD_MATCH || clauseNamesHead || (r.figure.kind === 'money' && !r.figure.counts && coverage([exactHead!], r.contextDoc).score >= HEAD_MATCH));
    // A figure that counts something else (`two tries`) gets no bonus for the head near it (`a penalty try`).
    // A sum or a measure of the very thing asked (`a depth of 14km`, `revenue rose to $14.2 billion`),
    // not just a figure of its kind (`about 30km` to the epicentre); counts have their own noun rules.
    const countsHead = head !== undefined && r.figure.counts !== undefined && coverage([head], countsDoc(r)).score >= HEAD_MATCH;
    // (`which cost $200 million to produce`: the word asked right by a sum of its kind says it is that sum.)
    const saysHead = byKind && !countsHead && r.figure.kind === 'money' && coverage([exactHead!], r.nearDoc).score >= HEAD_MATCH;
    const score = !head ? c.score : inAbout ? c.score + HEAD_BONUS + ((countsHead && r.figure.kind !== 'count') || saysHead ? COUNT_BONUS : 0) : nearBy ? c.score + (r.figure.counts ? 0 : HEAD_BONUS / 3) : c.score * HEAD_MISSING;
    // `how many schools` is not answered by a figure that counts something else (`31% fewer attacks`).
    // (`at least 14 people suffered minor injuries`: people are who the words by them befell.)
    // (`Prices for turbines ... have risen by as much as 40%`: nor by a percentage that is not a share of them, `48% of French people`.)
    // (`how much ransom did the group demand`: nor `how much` by a count of other things, `three municipalities`.)
    // (`how many nurses`: `four patients` are other people; `about 4,200 people` may be the workers asked.)
    const countsOther = head && !inAbout && ((howMany && ((r.figure.counts && (!WHOEVER.test(r.figure.counts) || (PEOPLE_BY_POST.has(head.word) && !ANYONE_AT_ALL.test(r.figure.counts)))) || ((r.figure.kind === 'percent' || r.figure.kind === 'fraction') && !isShareOf(r, head)))) || (howMuch && r.figure.kind === 'count' && r.figure.counts !== undefined));
    // (`how many houses were destroyed`: `about 6,300 people` driven from their homes count people, not houses.)
    const peopleForThings = howMany && head !== undefined && r.figure.kind === 'count' && WHOEVER.test(r.figure.counts ?? '') && THINGS.test(head.word) && !countsHead;
    bar.set(r, !peopleForThings && (!head || inAbout || (nearBy && !countsOther)) ? c.score : c.score * HEAD_MISSING);
    // A figure of the very thing asked (`61 per cent of possession`) may have the rest of the
    // question (`fulham`) anywhere in its paragraph (`Fulham's second-half dominance. The home side ...`).
    // (So may a measure in the unit asked: `how hot did the fire get`, `Temperatures near the lorry
    // reached an estimated 1,000 degrees Celsius` in the paragraph of the blaze.)
    const ownHead = (inAbout && countsHead) || measured >= 0;
    const own = coverageOver(terms, [{ doc: r.doc, factor: 1 }, { doc: r.nearDoc, factor: 1 }, { doc: r.contextDoc, factor: 1 }, { doc: r.antecedentDoc, factor: 1 }, { doc: ownHead ? r.paragraphDoc : EMPTY_DOC, factor: 1 }]);
    // (`At least 27 people were killed and 19 injured`: a figure with an event of its own is of that
    // event, not of the one its neighbour's words say.)
    const ownEvent = r.figure.event !== undefined;
    const eventMissed = happened.length && happened.every((t) => coverage([t], r.doc).score < TERM_FOUND && (ownEvent || coverage([t], r.nearDoc).score < TERM_FOUND)) ? 1 : 0;
    if (eventMissed) eventMisses.add(r);
    const essentialMissed = missesEssential(r, own.perTerm.map((sim) => sim >= TERM_FOUND)) ? MISSED_ALL : 0;
    // (A margin the text gives stands for the question's words of winning here too, as in its score.)
    const marginSaid = margin.asked && margin.said(r);
    misses.set(r, essentialMissed + eventMissed + own.perTerm.filter((sim, i) => sim < TERM_FOUND && !(byKind && terms[i] === head) && !(marginSaid && margin.winTerms.includes(i)) && !(i === winningTerm && isLedeRaceTime(r)) && i !== currency && i !== measured && i !== forecastTerm && i !== shareKind && !(stillUnsaid && i === stillTerm) && !(i === newTerm && r.measures === 'level') && !(i === previousTerm && r.measures === 'baseline')).length);
    // A count asked for (`border crossings`) is a number, not the percentage it changed by;
    // and among equals, the figure the lede gives is the one the story stands on.
    const countAsked = !wanted && head && (/s$/.test(head.word) || COLLECTIVE_PLURALS.test(head.word)) && r.figure.kind !== 'percent' && r.figure.kind !== 'fraction' ? COUNT_BONUS : 0;
    const lede = r.figure.paragraph <= LEDE_PARAGRAPHS ? LEDE_BONUS : 0;
    // `10 to 15 inches (25 to 38 centimeters)`: the bracketed one converts the figure before it.
    const conversion = isConversion(r) ? CONVERSION_PENALTY : 0;
    // `rose 12 basis points to 4.37%`: a question about a change wants the change, else the level.
    // A question about a change outweighs the money hint of `how much` (`how much did it fall`).
    // ...and `$600 less than the original` is no price when the price is asked.
    // (A baseline ranks as a plain figure, except below the rest when a change is asked: `pay rise` is no `rise from $85,000`.)
    // (`the previous cost estimate`: the baseline, `up from £54bn`, is the one asked.)
    const measure = r.measures === 'baseline' ? (asksChange ? -CHANGE_UNASKED : earlierAsked ? BASELINE_BONUS : past ? 0 : -BASELINE_UNASKED) : !r.measures ? 0 : r.measures === (asksChange ? 'change' : 'level') ? (asksChange ? MEASURE_BONUS + KIND_BONUS : MEASURE_BONUS) : -CHANGE_UNASKED;
    // `in total`: the figure the article calls the total.
    const total = totalAsked && /\btotal\b/i.test(r.figure.counts ?? '');
    // (`the 188 km stage`: a measure printed before the very noun asked is that noun's.)
    const measuresHead = r.figure.kind === 'measure' && measuredNoun(r, head ? [exactHead!] : terms);
    const kindBonus = (wanted && r.figure.kind === wanted) || inHowUnits || total || raceTime ? KIND_BONUS : 0;
    // `how hot is the planet` is not answered by `over 31 hours`, nor `how long is the strike` by a sum.
    // (`how big`: an area best, but a radius or a sum is a size too; a count or a share is not.)
    const sizeAsked = how === 'big' || how === 'large';
    // (`how big is the rate hike`: the size of a change is its share.)
    // (`how big was the crowd`: `about 52,000`.)
    const aSize = sizeAsked && ((sizeCounted && r.figure.kind === 'count') || r.figure.kind === 'money' || (asksChange && (r.figure.kind === 'percent' || r.figure.kind === 'measure')) || (r.figure.kind === 'measure' && SIZE_UNITS.test(`${r.figure.unit ?? ''} ${r.figure.text}`)));
    if ((howUnits && !inHowUnits && !aSize && (how !== 'long' || !lengthAsked)) || (measureOnly && r.figure.kind !== 'measure') || (how === 'long' && (r.figure.kind === 'money' || r.figure.kind === 'percent'))) bar.set(r, (bar.get(r) ?? 0) * HEAD_MISSING);
    // (A radius or a sum answers `how big` only where no area does.)
    const notArea = sizeAsked && !inHowUnits && !(sizeCounted && r.figure.kind === 'count') ? NOT_AREA_PENALTY : 0;
    // `In Sydney, ... a rise of $45` is no answer about Perth; `in 2023, when 1,705 people died` none for this year, nor for 1963.
    if (saidElsewhere(r) || isEarlierThanAsked(r, query) || isOtherYearThanAsked(r, query)) bar.set(r, (bar.get(r) ?? 0) * HEAD_MISSING);
    // (`the worst since 2021, when 19 people died off Bali`, `with another 120 firefighters due to
    // arrive`: background and additions rank below the story's own figure unless they are asked.)
    const aside = (isUnaskedBackground(r, query, past !== undefined) ? CHANGE_UNASKED : 0) + (isUnaskedAddition(r, query) || isUnaskedSample(r, query) ? CHANGE_UNASKED : 0);
    // (`how many lawmakers voted against the motion`: not the `178 lawmakers` who backed it.)
    const otherSide = side !== undefined && sideOf(r) === (side === 'for' ? 'against' : 'for');
    const wrongWay = otherSide || (direction !== undefined && directionOf(r) === (direction === 'up' ? 'down' : 'up'));
    if (wrongWay) bar.set(r, (bar.get(r) ?? 0) * HEAD_MISSING);
    // (Among equals, the article's overall figure: `In total, at least seven people were injured`.)
    // (`seven of the 19 libraries`: when a total is asked, the whole, not the part.)
    // (`Thirty-one of the train's 104 cars left the tracks`: unless a total is asked, the part, not the whole.)
    const summed = isOverall(r) ? OVERALL_BONUS : isPart(r) || (totalAsked ? r.part : r.whole) ? -PART_UNASKED : 0;
    // (`three seconds ahead of Bellandi` is how much the stage was won by, not the winner's time.)
    // (`by how many votes did she win`: `a margin of just 412 votes`, `won by three seconds`.)
    // (A margin asked and one said is the very thing asked: it outranks the lede's result.)
    // (`overtaking the mayor by 341 votes` is no tally: how many votes she got is `38,912 votes`.)
    const marginScore = !margin.asked && (/\bmargin\b/.test(r.about) || margin.said(r)) ? -CHANGE_UNASKED : margin.asked && margin.said(r) ? MARGIN_BONUS : 0;
    // (`how many cars are being recalled in Japan`: `including 640,000 in Japan`, not the `1.3 million vehicles worldwide` before it.)
    const placed = isPlacedAt(r) ? PLACED_BONUS : 0;
    // (`£5,000 per megawatt each year`: a unit price, below the fund's `about £745,000 annually`.)
    const unitPrice = perOther(r) ? UNIT_PRICE_PENALTY : 0;
    return { ...c, score: score - stillUnsaid - aside + summed + placed + countAsked + lede + measure + kindBonus + (measuresHead ? KIND_BONUS : 0) + (perRate(r) ? KIND_BONUS : 0) - unitPrice - conversion - notArea + marginScore + inContext(r) };
  };
  // Equal scores: the figure the story gives first (the lede's toll, not a later breakdown).
  const byScore = (a: Hit<FigureRecord>, b: Hit<FigureRecord>) => b.score - a.score || a.record.figure.start - b.record.figure.start;
  /** Scores deferred figures whole (dropping those that then score nothing), and reorders. */
  const scoreWhole = (among: Hit<FigureRecord>[], which: (h: Hit<FigureRecord>) => boolean) => {
    for (const h of among) {
      if (!deferred.has(h.record) || !which(h)) continue;
      deferred.delete(h.record);
      h.score = scoreFigure(h.record, true).score;
    }
    return among.filter((h) => deferred.has(h.record) || h.score > 0).sort(byScore);
  };
  // A figure a conversion converts is lent the conversion's score, so it is scored whole.
  const found = index.search('figures', terms, (r) => scoreFigure(r, false), { ...scope, question: true });
  // (The search's order among figures left unscored: how well the candidate stage found them.)
  const foundAt = new Map(found.map((h, i) => [h.record, i]));
  let hits = found.sort(byScore);
  const converted = new Set(hits.filter((h) => isConversion(h.record)).map((h) => convertedBy(h.record, hits.map((o) => o.record))));
  if (converted.size) hits = scoreWhole(hits, (h) => converted.has(h.record));
  // `25,000 taka (about $205)`: the figure converted stands for whatever its conversion was found for, and first.
  // (`in US dollars`: a currency asked for is the conversion's own.)
  if (!terms.some((t) => CURRENCY_OF[t.word])) lendToConverted(hits, bar, misses, eventMisses);
  // Every word of a short question, all but one of a longer one, must be found by the figure or
  // in its sentence: a figure about the same topic but not the thing asked is no answer.
  const allowedMisses = terms.length >= 3 ? 1 : 0;
  const sentenceOf = (r: FigureRecord) => r.article.article.text.slice(r.figure.sentence.start, r.figure.sentence.end);
  const passed = hits.filter((h) => (bar.get(h.record) ?? 0) >= THRESHOLDS.figure && (misses.get(h.record) ?? 0) <= allowedMisses && !excludes(h.record) && (!past || past(sentenceOf(h.record))));
  // `how many miners are still trapped`: when one figure says `still trapped`, those that only
  // share its sentence (`rescued rose to 17`) count something else.
  const saysEvent = passed.filter((h) => !eventMisses.has(h.record));
  const ordered = saysEvent.length ? saysEvent : passed;
  // (`2,500 jobs` and `at least 2,500 permanent jobs` scored alike: the one whose own words miss nothing asked comes first.)
  const accepted = ordered.map((h) => ({ h, key: h.score - MISSED_WORD * (misses.get(h.record) ?? 0) })).sort((a, b) => b.key - a.key || a.h.record.figure.start - b.h.record.figure.start).map((x) => x.h);
  if (!accepted.length) {
    // (What comes close is offered by its whole score.)
    const pool = [...hits].sort((a, b) => Number(deferred.has(a.record)) - Number(deferred.has(b.record)) || foundAt.get(a.record)! - foundAt.get(b.record)!).slice(0, LIMITS.suggestionPool);
    const close = scoreWhole(pool, () => true);
    return { answers: [], message: MESSAGES.noFigure, ...suggest(close.map((h) => h.record.figure.text + (h.record.figure.counts ? ` ${h.record.figure.counts}` : '')), close.map((h) => h.score)) };
  }
  // `highest temperature recorded`: among near equals in the same unit, the highest value is the one asked.
  if (HIGHEST_ASKED.test(query)) highestFirst(accepted);
  const best = accepted[0]!.score;
  const answers = accepted.filter((h) => h.score >= best - THRESHOLDS.spread / 2).slice(0, LIMITS.answers).map((h) => figureItem(h.record));
  return { answers, message: MESSAGES.figuresFound(answers.length) };
}

/** Whether the word right after a measure is one asked (`the 188 km stage`). */
function measuredNoun(r: FigureRecord, asked: readonly QueryTerm[]): boolean {
  const next = NEXT_WORD.exec(r.article.article.text.slice(r.figure.end, r.figure.end + NEXT_WORD_CHARS))?.[1];
  if (!next) return false;
  const doc = toDoc(next);
  return asked.some((t) => coverage([t], doc).score >= HEAD_MATCH);
}

/** The word right after a figure (`stage` in `the 188 km stage`). */
const NEXT_WORD = /^[\s-]+([\p{L}]+)/u;
const NEXT_WORD_CHARS = 24;

/** A time read off a race clock: `2:00:21`, `2:00.87`, `1:58.3`; or spelled out in two units or more, `2 hours 22 minutes and 41 seconds`. */
const RACE_TIME = /^\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?|\.\d+)?$|^\d{1,2}\s*(?:hours?|hrs?|h|minutes?|mins?|m)\s+(?:and\s+)?\d{1,2}(?:\.\d+)?\s*(?:minutes?|mins?|m|seconds?|secs?|s)(?:,?\s+(?:and\s+)?\d{1,2}(?:\.\d+)?\s*(?:seconds?|secs?|s))?$/i;
/** Each article's first race time (see `firstRaceTime`). */
const firstRaceTimes = new WeakMap<object, number>();

/** Whether the figure is the race time a story leads with (see `firstRaceTime`). */
function isLedeRaceTime(r: FigureRecord): boolean {
  return RACE_TIME.test(r.figure.text) && r.figure.paragraph <= LEDE_PARAGRAPHS && r.figure.start === firstRaceTime(r);
}

/** Where the article's first race time starts (a lede's, its winner's), worked out once per article. */
function firstRaceTime(r: FigureRecord): number {
  let first = firstRaceTimes.get(r.article);
  if (first === undefined) firstRaceTimes.set(r.article, (first = r.article.extraction.figures.find((f) => RACE_TIME.test(f.text))?.start ?? -1));
  return first;
}

/** A time asked of a race (`the winning time`, `her time`), not how long something took. */
const RACE_TIME_ASKED = /\b(?:winning|finishing|finish|race|record|her|his|their|best|fastest|world[- ]record|new)\s+time\b/i;

/** A question for the top of a measure (`highest temperature`, `hottest`, `peak wind speed`). */
const HIGHEST_ASKED = /\b(?:highest|hottest|maximum|peak|top|fastest|strongest)\b/i;
/** How near the best a figure must score to be weighed by its value. */
const HIGHEST_NEAR = 0.1;

/** Moves the largest value in the top figure's unit, among those scoring near it, to the front. */
function highestFirst(ranked: { score: number; record: FigureRecord }[]): void {
  const top = ranked[0]!;
  const { unit, kind } = top.record.figure;
  if (kind !== 'measure' || !unit) return;
  let at = 0;
  ranked.forEach((h, i) => {
    const f = h.record.figure;
    if (i > 0 && h.score >= top.score - HIGHEST_NEAR && f.kind === kind && f.unit === unit && (f.value ?? -Infinity) > (ranked[at]!.record.figure.value ?? -Infinity)) at = i;
  });
  if (at > 0) ranked.unshift(...ranked.splice(at, 1));
}

/** The figure a bracketed conversion converts: the one ending right before its bracket, but for its unit (`600 Egyptian pounds (`). */
function convertedBy(conversion: FigureRecord, among: readonly FigureRecord[]): FigureRecord | undefined {
  const text = conversion.article.article.text;
  return among.find((o) => o !== conversion && o.article === conversion.article && o.figure.end <= conversion.figure.start && /^[\s\p{L}.'’-]{0,30}\(\s*$/u.test(text.slice(o.figure.end, conversion.figure.start)));
}

/**
 * A conversion (`about $205`) found for a question lends its score, bar and misses to the
 * figure it converts (`25,000 taka`), which then ranks just above it: the article's own figure first.
 */
function lendToConverted(hits: { record: FigureRecord; score: number }[], bar: Map<FigureRecord, number>, misses: Map<FigureRecord, number>, eventMisses: Set<FigureRecord>): void {
  const records = hits.map((h) => h.record);
  for (const h of hits) {
    if (!isConversion(h.record)) continue;
    const original = hits.find((o) => o.record === convertedBy(h.record, records));
    if (!original) continue;
    original.score = Math.max(original.score, h.score + CONVERSION_PENALTY);
    bar.set(original.record, Math.max(bar.get(original.record) ?? 0, bar.get(h.record) ?? 0));
    misses.set(original.record, Math.min(misses.get(original.record) ?? MISSED_ALL, misses.get(h.record) ?? MISSED_ALL));
    if (!eventMisses.has(h.record)) eventMisses.delete(original.record);
  }
  hits.sort((a, b) => b.score - a.score || a.record.figure.start - b.record.figure.start);
}
