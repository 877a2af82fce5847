/**
 * Whether a figure is of the very thing a figure question counts or prices (its head word),
 * even where its words do not say so: a sum is a `cost`, `8,000 signatures` count the people
 * who signed, `8%` is `how much of the fire` is contained, a forecast is the `guidance` asked.
 */
import { coverage, toDoc, type Coverage, type QueryTerm } from '../search/match.js';
import type { FigureRecord } from '../search/records.js';
import { fold, isIrregularPast } from '../search/text.js';
import { isTimes } from './figure-clause.js';
import { KIND_HEADS, PEOPLE_GROUPS, UNITS_OF_HEAD } from './figure-question.js';

export const HEAD_MATCH = 0.75;
/** Heads any sum answers, whatever it is a sum of (`how much emergency money`: `$12.5 million in emergency assistance`). */
const ANY_SUM = /^(?:money|cash|sum|amount|funds|funding|aid|relief|assistance|subsidy|subsidies)$/;
/** Questions about what someone is paid (not what was paid out or paid for), and the words that say a sum is a pay. */
const PAY_ASKED = /\b(?:(?:is|are|was|were|gets?|got|being)\s+(?:[\p{L}'’]+\s+){0,3}paid\b(?!\s+(?:out|for|to|back|off|in))|salary|salaries|wages?|earns?|earned|earnings?\s+of\s+(?!the company))/iu;
const PAY_WORDS = /^(?:pay|paid|pays|salary|salaries|earn|earns|earned|earning|earnings|wage|wages|bonus|bonuses|remuneration|package|compensation|income|per|hour|hourly|annual|year|week|month)$/;
/** Heads that name a change, which a figure printed as one is. */
const CHANGE_HEADS = /^(?:increase|increases|rise|rises|hike|hikes|raise|jump|cut|cuts|fall|drop|decrease|decline|reduction|growth|gain|loss)$/;
/** Heads that say only that people are counted, which a bare count may be. */
const ANYONE_COUNTED = /^(?:people|persons|individuals)$/;
/** Nouns for people an event sets apart, whom `how many people` asks for too (`Nine suspects were arrested`); not those of a lasting role (`spectators`, `passengers`), whom a question about another deed does not. */
const PEOPLE_BY_DEED = /^(?:suspects|victims|survivors|hostages|detainees|prisoners|inmates|protesters|demonstrators|evacuees|casualties)$/;
/** Counted nouns any trade's people are (`12 workers` in a sentence about miners). */
const WORKERS = /^(?:workers|employees|staff|crew|crew members)$/;
/** Words for a forecast, which a figure its clause forecasts is (`guidance`: `will be $8.1 billion`). */
export const FORECAST_TERMS = /^(?:guidance|forecast|forecasts|outlook|projection|projections|projected|expectation|expectations|expected|expect|expects|predict|predicts|predicted|prediction|predictions)$/;

/** What falls and is measured by its depth: a length answers for it only when said to be of it. */
const MATERIALS = /^(?:rain|rainfall|snow|snowfall|precipitation|hail)$/;
/** Units rain and snow are measured in, which hardly measure anything else in the news. */
const DEPTH_UNITS = /\b(?:mm|millimet(?:re|er)s?|cm|centimet(?:re|er)s?|inch(?:es)?|in)\b|\d(?:mm|cm)\b/i;

/** What a figure question says about its head, read once per question. */
export interface HeadAsked {
  head: QueryTerm | undefined;
  /** The head word itself, without its synonyms. */
  exactHead: QueryTerm | undefined;
  terms: readonly QueryTerm[];
  howMany: boolean;
  shareOf: boolean;
  /** `how many people signed`: what they did, which a count may count instead (`8,000 signatures`). */
  act: QueryTerm | undefined;
  /** `how much is the chief executive paid`: a pay, which only a sum said to be one answers. */
  payAsked: boolean;
}

/** Reads what the head of a figure question allows. */
export function headAsked(query: string, head: QueryTerm | undefined, terms: readonly QueryTerm[], howMany: boolean, shareOf: boolean): HeadAsked {
  const exactHead = head && { ...head, alternatives: [], cache: new Map<string, number>() };
  return { head, exactHead, terms, howMany, shareOf, act: head && ANYONE_COUNTED.test(head.word) ? actOf(query, head, terms) : undefined, payAsked: PAY_ASKED.test(query) };
}

/** The verb right after `people` in a question (`signed`, `voted`, `applied`), as a query term. */
function actOf(query: string, head: QueryTerm, terms: readonly QueryTerm[]): QueryTerm | undefined {
  // (`how many people have died`: what they did, after `have`; not what befell them, `were
  // hospitalised`, which `2,300 hospitals` do not count.)
  const next = new RegExp(`\\b${head.word}\\s+(?:(?:have|has|had)\\s+)?(\\S+)`).exec(fold(query))?.[1];
  return next && (/ed$/.test(next) || isIrregularPast(next)) ? terms.find((t) => t.word === next) : undefined;
}

/** Is the figure, by its kind or what it counts, the head asked (`forecastTerm`: the question's forecast word, when the figure is one)? */
export function isOfHead(r: FigureRecord, q: HeadAsked, forecastTerm: number): boolean {
  const { head, exactHead, terms } = q;
  // `how many people signed the petition`: `8,000 signatures` counts them by what they did.
  // (Its counted noun itself: `86 evacuation centers` count no one who evacuated.)
  if (q.act !== undefined && r.figure.kind === 'count' && r.figure.counts !== undefined && coverage([q.act], toDoc(r.figure.counts.split(' ').pop()!)).score >= HEAD_MATCH) return true;
  // `rescuers raced to reach at least 12 workers still trapped`, in a sentence about miners: the workers are the miners.
  if (q.howMany && exactHead !== undefined && r.figure.kind === 'count' && WORKERS.test(r.figure.counts ?? '') && coverage([exactHead], r.contextDoc).score >= HEAD_MATCH) return true;
  // `how much of the fire is contained`: `8%` is how much of it.
  if (q.shareOf && (r.figure.kind === 'percent' || r.figure.kind === 'fraction')) return true;
  // `revenue guidance`: a forecast is the guidance asked, whatever it forecasts.
  if (forecastTerm >= 0 && head === terms[forecastTerm]) return true;
  if (!head) return false;
  // `how many people on the waiting list`: a bare count is of people when the question says so (not `four times`).
  // (`how much is Lowrie paid`: a sum is a pay only where its words say so, not `a £1.2bn programme`.)
  if (q.payAsked && r.figure.kind === 'money' && !r.nearDoc.words.some((w) => PAY_WORDS.test(w))) return false;
  // `tariff increase`: a percentage or sum printed as a change (`pay 11.8% more`) is the increase itself.
  // (`by how much can rents rise`: `limiting rent increases ... to 2% a year`, a percentage in a sentence of increases.)
  const change = (r.measures === 'change' || (r.figure.kind === 'percent' && coverage([head], r.contextDoc).score >= HEAD_MATCH)) && (r.figure.kind === 'percent' || r.figure.kind === 'money') && CHANGE_HEADS.test(head.word);
  const kind = change || KIND_HEADS[r.figure.kind].test(head.word) || (r.figure.kind === 'count' && (!r.figure.counts || PEOPLE_GROUPS.test(r.figure.counts) || PEOPLE_BY_DEED.test(r.figure.counts)) && r.measures !== 'change' && !isTimes(r) && ANYONE_COUNTED.test(head.word));
  // What is counted must stand by the figure itself; a measure answers only in the head's units.
  const unitsWanted = r.figure.kind === 'measure' ? UNITS_OF_HEAD.find(([h]) => h.test(head.word))?.[1] : undefined;
  // (`how much rain`: a length is rain only where its words say so, `4.7 inches of rain`, not `about
  // 200 yards downstream`; `648mm at Kellaway Creek` is rain by its unit alone.)
  if (r.figure.kind === 'measure' && MATERIALS.test(head.word) && !DEPTH_UNITS.test(`${r.figure.unit ?? ''} ${r.figure.text}`) && coverage([head], r.nearDoc).score < HEAD_MATCH) return false;
  // (`$5bn of quarter revenue` is a sum of money, but of revenue, not the price asked.)
  return kind && (!unitsWanted || unitsWanted.test(`${r.figure.unit ?? ''} ${r.figure.text}`)) && (r.figure.kind !== 'money' || !r.figure.counts || ANY_SUM.test(head.word) || coverage([head], r.doc).score >= HEAD_MATCH);
}

/** Counts query term `i` as fully found (the figure is what it names), raising the score by what it lacked. */
export function grant(c: Coverage, terms: readonly QueryTerm[], i: number): void {
  if (i < 0 || (c.perTerm[i] ?? 0) >= 1) return;
  c.score += (terms[i]!.weight * (1 - (c.perTerm[i] ?? 0))) / terms.reduce((sum, t) => sum + t.weight, 0);
  c.perTerm[i] = 1;
}

/** The words a share is of, right after it (`48% of French people`). */
const SHARE_OF_WORDS = /^\s+of\s+((?:[\p{L}'’-]+\s*){1,3})/u;

/** Whether a percentage is a share of the head asked (`48% of French people` for `how many people`). */
export function isShareOf(r: FigureRecord, head: QueryTerm): boolean {
  const of = SHARE_OF_WORDS.exec(r.article.article.text.slice(r.figure.end, r.figure.end + 60))?.[1];
  return of !== undefined && coverage([head], toDoc(of)).score >= HEAD_MATCH;
}
