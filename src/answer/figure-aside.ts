/**
 * Figures a story gives beside its own: an addition to one given before (`with another 120
 * firefighters due to arrive`) and background from an earlier time (`the worst since 2021, when 19
 * people died off Bali`). Each ranks below the story's own figure unless the question asks for it
 * (`how many more`, a year, an earlier time). So does a poll's sample (`The poll of 1,450 viewers`),
 * which counts whom it asked, not those the question is about.
 */
import type { FigureRecord } from '../search/records.js';

/** `another 120 firefighters`, `a further €2bn`: a figure added to one given before. */
const ADDED = /\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+(?:\S+\s+)?\S*\d\S*(?:\s+\S+)?$/i;
/** Questions for what was added (`how many more`, `additional troops`). */
const MORE_ASKED = /\b(?:more|another|further|additional|extra|added|new)\b/i;
/** An earlier time a figure is told since (`since 2021`, `since mid-2019`); with DATED_WHEN, the figure's history (not `in 2025`, maybe the story's own year). */
const SINCE_BEFORE = /\bsince\s+(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d{2}\b[^.;]*$/i;
/** An earlier event named by its year, then what it did (`a 2016 explosion at the market that killed`). */
// (`the April 2025 general election, when Liberal Anand Sivalingam won the seat by more than 9,000 votes`: a month may stand before the year.)
const PAST_EVENT_BEFORE = /\b(a|an|the)\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?((?:19|20)\d{2})\s+[^.;\d]{0,60}?\b(?:that|which|when)\b[^.;\d]*$/i;
/** `a poll of 1,450 viewers`, `a survey of about 2,000 adults`: how many were asked. */
const SAMPLE_BEFORE = /\b(?:poll|polls|survey|surveys|sample|study|questionnaire)\s+of\s+(?:about\s+|some\s+|around\s+|more\s+than\s+|nearly\s+|almost\s+)?$/i;
/** Questions about a poll itself (`how many people were surveyed`). */
const SAMPLE_ASKED = /\b(?:polls?|polled|surveys?|surveyed|samples?|sampled|respondents|asked|questioned|interviewed|study)\b/i;
/** A sentence opening on its year (`In 2020,`, `In March 2019,`, `Back in 2015,`). */
const YEAR_OPENING = /^(?:back\s+)?in\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?((?:19|20)\d{2}),/i;
/** A question for the present year (`this year`, `so far`). */
const THIS_YEAR_ASKED = /\b(?:this\s+(?:year|season)|so\s+far)\b/i;
/** `in 2017, when`, `in March 2019, when`, `in 2022-23, when`: the (first) year a figure's clause is dated to. */
const DATED_WHEN = /\b(?:in|during)\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?((?:19|20)\d{2})(?:[-–/](?:\d{2}|\d{4}))?,?\s+when\b[^.;]*$/i;
/** Every year a question names (`the 1963 eruption`). */
const YEARS = /\b(?:19|20)\d{2}\b/g;
/** A question that names a year itself. */
const YEAR_ASKED = /\b(?:19|20)\d{2}\b/;

/** A clause telling of the year before (`... in road accidents last year`), up to the clause's end. */
const EARLIER_YEAR_AFTER = /^[^,;:]*?\b(?:last|the previous|the past)\s+year\b/i;
/** A tally over a whole country or the world (`in the country`, `nationwide`, `worldwide`). */
const NATIONWIDE = /^[^,;:]*?\b(?:in the country|across the country|nationwide|countrywide|worldwide|globally|around the world|across the world)\b/i;
/** Questions that ask of a year or a period (`this year`, `annually`, `a year`). */
const PERIOD_ASKED = /\b(?:year|years|annual|annually|yearly)\b/i;

/** The text of a figure's sentence from the figure's end, at most `reach` characters on. */
function after(r: FigureRecord, reach: number): string {
  return r.article.article.text.slice(r.figure.end, Math.min(r.figure.sentence.end, r.figure.end + reach));
}

/** The text of a figure's sentence from at most `reach` characters before the figure up to it. */
function before(r: FigureRecord, reach: number): string {
  return r.article.article.text.slice(Math.max(r.figure.sentence.start, r.figure.start - reach), r.figure.start);
}

/** Whether the figure adds to one given before, when the question does not ask what was added. */
export function isUnaskedAddition(r: FigureRecord, query: string): boolean {
  return !MORE_ASKED.test(query) && ADDED.test(before(r, 16) + r.article.article.text.slice(r.figure.start, r.figure.end));
}

/** Whether the figure is background from an earlier time, when the question asks no year or earlier time (`pastAsked`). */
export function isUnaskedBackground(r: FigureRecord, query: string, pastAsked: boolean): boolean {
  if (pastAsked || YEAR_ASKED.test(query)) return false;
  if (isOfEarlierTime(r)) return true;
  // (`More than 3,100 people died in road accidents in the country last year`: a whole country's
  // tally of an earlier year is background to the story's own event, unless a year or period is asked.
  // Not a tally of the story's own subject: `62% of regional journalists it surveyed last year`.)
  const clause = after(r, 80);
  return !PERIOD_ASKED.test(query) && EARLIER_YEAR_AFTER.test(clause) && NATIONWIDE.test(clause);
}

/**
 * Whether the figure tells of an earlier time while the question asks of this one (`how many
 * people have died of dengue this year`: not `in 2023, when 1,705 people died`).
 */
export function isEarlierThanAsked(r: FigureRecord, query: string): boolean {
  return THIS_YEAR_ASKED.test(query) && isOfEarlierTime(r);
}

/**
 * Whether the figure is dated to a year other than every one the question names (`How long did
 * the 1963 eruption last?`: not `in 2017, when the airport was closed for nearly three days`).
 */
export function isOtherYearThanAsked(r: FigureRecord, query: string): boolean {
  const asked = query.match(YEARS);
  if (!asked) return false;
  const lead = before(r, 100);
  const dated = DATED_WHEN.exec(lead)?.[1] ?? YEAR_OPENING.exec(r.article.article.text.slice(r.figure.sentence.start, r.figure.start))?.[1] ?? PAST_EVENT_BEFORE.exec(lead)?.[2];
  return dated !== undefined && !asked.includes(dated);
}

/** Whether the figure's sentence dates it to an earlier time than the story's. */
function isOfEarlierTime(r: FigureRecord): boolean {
  const lead = before(r, 60);
  if (SINCE_BEFORE.test(lead) || DATED_WHEN.test(lead)) return true;
  // (`In 2020, a launch collision on the Buriganga river killed more than 30 people.`: a sentence
  // dated by an earlier year than the story names tells of another time.)
  const dated = YEAR_OPENING.exec(r.article.article.text.slice(r.figure.sentence.start, r.figure.start));
  if (dated && Number(dated[1]) < latestYear(r)) return true;
  // (`a 2016 explosion` is another event; `the 2025 election, which` may be the story's own,
  // unless the story names a later year.)
  const past = PAST_EVENT_BEFORE.exec(before(r, 100));
  return past !== null && (past[1]!.toLowerCase() !== 'the' || Number(past[2]) < latestYear(r));
}

const latestYears = new WeakMap<object, number>();
/** The latest year an article names, worked out once per article. */
function latestYear(r: FigureRecord): number {
  const article = r.article.article;
  let year = latestYears.get(article);
  if (year === undefined) latestYears.set(article, (year = Math.max(0, ...[...article.text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0])))));
  return year;
}

/** Whether the figure is a poll's sample, when the question does not ask about the poll. */
export function isUnaskedSample(r: FigureRecord, query: string): boolean {
  return !SAMPLE_ASKED.test(query) && SAMPLE_BEFORE.test(before(r, 30));
}
