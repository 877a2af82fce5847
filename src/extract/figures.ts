/**
 * The figures extractor: numbers that report something (`at least 27,708` people killed,
 * `$4.5 billion`, `12%`, `two-thirds` of residents), with what they count, the event they
 * measure and who gives them.
 */
import type { Article, Block, Sentence } from '../article/types.js';
import { readCandidate, type Candidate } from './figure-candidates.js';
import { countedNoun, eventAfter, findEvent, isEventWord, measuredThing } from './figure-context.js';
import {
  isAddress, isAge, isApposedAge, isDate, isInCompound, isInNumberRun, isLabel, isNamedBefore, isPhoneLike, isScore, isTime,
  isYear,
} from './figure-filters.js';
import { findSources, pickSource, type SentenceSources } from './figure-source.js';
import { isInnerHyphen, low, tokenize, type Token } from './figure-tokens.js';
import { scaled } from './numbers.js';
import type { Figure, FigureKind } from './types.js';

/** Before a number word these make it a reference, not a figure: `the two sides`, `their three children`. */
const REFERRING_WORDS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'both']);

const TIME_UNITS: ReadonlySet<string> = new Set(['years', 'months', 'weeks', 'days', 'hours', 'decades']);

/** Before a bare number word these may elide the noun of the figure before: `... and four opposed it`. */
const ELLIPSIS_CUES = new Set(['and', 'but', 'while', 'whereas', ';', ',']);

/** Per-sentence state: the sources are found once, only for sentences that hold a figure. */
interface SentenceScan {
  text: string;
  tokens: Token[];
  block: Block;
  sentence: Sentence;
  sources?: SentenceSources;
  /** The last figure found in the sentence. */
  previous?: Figure;
  /** The last count in the sentence that names what it counts. */
  counted?: Figure;
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
    // `$1.2B over five years`, `a 9.5% pay increase over two years`: the years a sum or a rise
    // is spread over are its period, no figure of their own.
    const period = (candidate.qualifier === 'over' || candidate.qualifier === 'within') && candidate.low.post?.kind === 'measure' && TIME_UNITS.has(candidate.low.post.unit) &&
      (scan.previous?.kind === 'money' || scan.previous?.kind === 'percent') && /^\s*(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u.test(scan.text.slice(scan.previous.end, tokens[candidate.start]!.start));
    const figure = period ? null : toFigure(scan, candidate);
    if (figure !== null) {
      out.push(figure);
      scan.previous = figure;
      if (figure.kind === 'count' && figure.counts !== undefined) scan.counted = figure;
    }
    // A rejected candidate is skipped whole: `between 2020 and 2024` must not yield `2024`.
    i = Math.max(candidate.next, i + 1);
  }
}

/** What a candidate measures, before its context is checked. */
interface Reading {
  kind: FigureKind;
  unit?: string;
  counts?: string;
  /** Token index after the counted noun (where an event may follow). */
  nounNext: number;
  /** Power of ten into the currency's units (`cents` → -2). */
  exp: number;
}

function read(scan: SentenceScan, c: Candidate): Reading {
  const { text, tokens } = scan;
  const post = (c.high ?? c.low).post ?? c.low.post;
  const currency = c.low.currency ?? c.high?.currency ?? (post?.kind === 'money' ? post.unit : undefined);
  const kind: FigureKind = currency ? 'money' : post ? post.kind : c.low.num.form === 'fraction' ? 'fraction' : 'count';
  const exp = post?.kind === 'money' ? post.exp : 0;
  const unit = currency ?? post?.unit;
  if (kind !== 'count' && kind !== 'fraction') {
    const counts = measuredThing(text, tokens, c.start, c.next, kind === 'money');
    return { kind, unit, counts, nounNext: c.next, exp };
  }
  // (`the 1,100-seat auditorium`, `a 40-bed ward`: a capacity counts what the hyphen joins.)
  const capacity = capacityNoun(tokens, c.next);
  if (capacity) return { kind, unit, counts: capacity, nounNext: c.next + 2, exp };
  // (`taking 47 of the 81 seats`: a part of a whole counts what the whole counts.)
  const noun = countedNoun(text, tokens, c.next, true) ?? partOfWhole(text, tokens, c.next);
  if (noun === null && scan.previous !== undefined && isElliptical(tokens, c, scan.previous)) {
    // Borrowed from the figure before it: `Seven councillors backed it and four opposed`.
    const { kind: k, unit: u, counts } = scan.previous;
    return { kind: k, unit: u, counts, nounNext: c.next, exp };
  }
  // (`162 of the 343 seats, 10 short of the 172 needed for a majority`: what is needed is more of
  // what the sentence counted.)
  if (noun === null && scan.counted !== undefined && low(tokens, c.start - 1) === 'the' && NEEDED.test(low(tokens, c.next))) {
    return { kind, unit, counts: scan.counted.counts, nounNext: c.next, exp };
  }
  // `The number of people waiting more than a year rose to 214,300`: what the sentence says it is the number of.
  const numberOf = noun === null ? NUMBER_OF.exec(text.slice(scan.sentence.start, tokens[c.start]!.start)) : null;
  const counted = numberOf ? numberOf[1]!.split(/\s+/).slice(0, NUMBER_OF_WORDS).join(' ') : undefined;
  // `A sell-out crowd of 14,500`, `a workforce of about 3,000`: the group the number sizes.
  const group = noun === null && !counted ? GROUP_OF.exec(text.slice(Math.max(scan.sentence.start, tokens[c.start]!.start - GROUP_OF_CHARS), tokens[c.start]!.start))?.[1] : undefined;
  return { kind, unit, counts: noun?.text ?? counted ?? group, nounNext: noun?.next ?? c.next, exp };
}

/** `of the 81 seats`, `of the train's 104 cars` after a number: the noun the whole counts, and where it ends. */
function partOfWhole(text: string, tokens: readonly Token[], k: number): ReturnType<typeof countedNoun> {
  if (low(tokens, k) !== 'of') return null;
  let whole = /^(?:the|its|their|his|her|our)$/.test(low(tokens, k + 1)) ? k + 2 : k + 1;
  // (`Thirty-one of the train's 104 cars`, `seven of Ghana's 16 regions`: whose whole it is may stand between.)
  if (/['’]s$/.test(low(tokens, whole))) whole++;
  return /^\d[\d,.]*$/.test(tokens[whole]?.text ?? '') ? countedNoun(text, tokens, whole + 1, false) : null;
}

/** What a number with no noun may be, said of more of what was counted before it. */
const NEEDED = /^(?:needed|required|necessary|wanted)$/;
/** How far before a figure `a crowd of` may start (a long sentence is not searched whole for each figure). */
const GROUP_OF_CHARS = 60;
/** `a crowd of`, `an audience of`, right before the figure (its qualifier is read apart). */
const GROUP_OF = /\b(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(crowd|audience|attendance|turnout|workforce|population|congregation|electorate|membership|staff|fleet|field|herd|flock)\s+of\s+$/iu;

/** `the number of <what> rose to`, right before the figure. */
const NUMBER_OF = /\bnumber of ([\p{L}'’ -]{3,80}?)\s+(?:(?:has|have|had)\s+)?(?:rose|risen|fell|fallen|increased|decreased|climbed|dropped|jumped|reached|stood at|hit|grew|grown|was|is|went up|went down)(?:\s+by(?:\s+[^;]{1,20}?\s+to)?|\s+to|\s+at)?\s*(?:a record |an? )?$/u;
const NUMBER_OF_WORDS = 8;

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
  // (`minus 24 degrees Celsius`, `-40C`: a temperature below zero keeps its sign, or the figure says the opposite.)
  const below = r.kind === 'measure' && TEMPERATURE_UNITS.has(r.unit ?? '') ? BELOW_ZERO.exec(text.slice(Math.max(scan.sentence.start, tokens[c.start]!.start - 6), tokens[c.start]!.start)) : null;
  const start = tokens[c.start]!.start - (below?.[1]?.length ?? 0);
  const end = tokens[c.next - 1]!.end;
  const sign = below ? -1 : 1;
  const figure: Figure = {
    text: text.slice(start, end),
    start,
    end,
    value: c.lowValue === null ? null : sign * scaled(c.lowValue, r.exp),
    kind: r.kind,
    paragraph: scan.block.paragraph,
    sentence: { start: scan.sentence.start, end: scan.sentence.end },
  };
  // Optional fields are set only when known, so that a figure prints without `undefined` keys.
  if (c.high?.num.value != null) figure.valueMax = scaled(c.high.num.value, r.exp);
  if (c.qualifier !== undefined) figure.qualifier = c.qualifier;
  if (r.unit !== undefined) figure.unit = r.unit;
  if (r.counts) figure.counts = r.counts;
  else if (r.kind === 'count') {
    const tally = tallyOf(tokens, c.start);
    if (tally) figure.counts = tally;
  }
  if (event !== undefined) figure.event = event;
  if (source !== undefined) figure.source = source;
  return figure;
}

const TEMPERATURE_UNITS = new Set(['°C', '°F']);
/** `minus ` or a minus sign right before a temperature's number (not a range's hyphen: `20-30C`). */
const BELOW_ZERO = /(?:^|[\s(])((?:minus|Minus)\s+|[-−])$/;

/** What a building, a vehicle or a body holds, joined to its number by a hyphen (`1,100-seat`, `40-bed`, `12-storey`). */
const CAPACITY_NOUNS: Record<string, string> = { seat: 'seats', seater: 'seats', bed: 'beds', room: 'rooms', storey: 'storeys', story: 'stories', floor: 'floors', berth: 'berths', cell: 'cells', page: 'pages', member: 'members', bedroom: 'bedrooms', lane: 'lanes', car: 'cars', carriage: 'carriages' };

/** The plural a capacity compound counts (`1,100-seat` → `seats`; `a 300-strong crowd` → `crowd`), or undefined. */
function capacityNoun(tokens: readonly Token[], next: number): string | undefined {
  // (Numerals only: `a seven-storey former headquarters` describes a building, it is rarely what is asked.)
  if (!isInnerHyphen(tokens, next) || tokens[next - 1]?.num !== true || tokens[next + 1]?.word !== true || tokens[next + 2]?.word !== true) return undefined;
  return low(tokens, next + 1) === 'strong' ? low(tokens, next + 2) : CAPACITY_NOUNS[low(tokens, next + 1)];
}

/** Events whose length a span before them gives (`a 48-hour strike`, `a two-day visit`). */
const LASTING_EVENT = /^(?:strike|strikes|walkout|stoppage|shutdown|ceasefire|truce|pause|halt|moratorium|freeze|blockade|vigil|deadline|ultimatum|window|talks|summit|operation|occupation|session|shift|visit|delay|closure|lockdown|curfew|ban|suspension|outage|blackout|search|siege|standoff|protest|march|journey|trek|wait|hearing|trial|mission|voyage|flight|detention|closures|delays|outages)$/;
/** The noun a span of time qualifies, past one adjective (`a 48-hour nationwide strike`). */
function spannedNoun(tokens: readonly Token[], k: number): string {
  const first = low(tokens, k);
  return LASTING_EVENT.test(first) || !tokens[k + 1]?.word ? first : low(tokens, k + 1);
}

const TIME_COMPOUND = /^[\p{L}\d.]+-(?:year|month|week|day|hour|minute|second)s?$/u;

function isNotAFigure(scan: SentenceScan, c: Candidate, measured: boolean, counts: string | undefined): boolean {
  const { tokens } = scan;
  const a = c.low;
  const n = a.num;
  // (`put turnout at 1.08 million`: a number with a scale is no clock time.)
  if ((isInCompound(tokens, c.next) && !capacityNoun(tokens, c.next)) || isAge(tokens, c.start, c.next) || (n.exp === 0 && isTime(tokens, a.at, a.num.next))) return true;
  // `the 10-year yield`, `a two-day visit`: a span of time joined to a noun names a thing, not a figure.
  // (...but `a 48-hour strike`, `a three-day delay`: how long an event lasts is a figure.)
  if (TIME_COMPOUND.test(scan.text.slice(tokens[c.start]!.start, tokens[c.next - 1]!.end)) && tokens[c.next]?.word === true && !tokens[c.next]!.cap && !LASTING_EVENT.test(spannedNoun(tokens, c.next))) return true;
  if (c.high !== undefined && isInnerHyphen(tokens, a.next)) {
    if (isScore(tokens, c.start, c.next) || isPhoneLike(tokens[a.at]!, tokens[c.high.at]!)) return true;
  }
  if (n.form === 'word' || (n.form === 'fraction' && !tokens[a.at]!.num)) return !wordIsQuantity(scan, c, measured, counts);
  if (n.form !== 'numeral' || measured || n.exp > 0 || n.unit !== undefined) return false;
  // A bare numeral: years, dates, labels and the like.
  const noQualifier = c.start === a.at;
  // `nine times out of 10`: a way of saying `almost always`, counting nothing.
  if (low(tokens, c.start - 1) === 'of' && low(tokens, c.start - 2) === 'out' && low(tokens, c.start - 3) === 'times') return true;
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
  return eventAfter(scan.tokens, c.next) !== undefined || isEventWord(low(scan.tokens, c.start - 1)) || isTallyLevel(scan.tokens, c.start);
}

/** `The death toll rose to seven`, `the tally stood at five`: a bare number word that is what a count reached. */
const TALLY_WORDS = new Set(['toll', 'tally', 'total', 'count']);
const TALLY_LINKS = new Set(['to', 'at', 'reached', 'hit', 'is', 'was', 'now']);
function isTallyLevel(tokens: readonly Token[], start: number): boolean {
  return tallyOf(tokens, start) !== undefined;
}

/** What such a number counts: the tally and the word before it (`death toll`). */
function tallyOf(tokens: readonly Token[], start: number): string | undefined {
  if (!TALLY_LINKS.has(low(tokens, start - 1))) return undefined;
  for (let k = start - 2; k >= Math.max(0, start - 16); k--) {
    if (!TALLY_WORDS.has(low(tokens, k))) continue;
    const before = tokens[k - 1];
    return before?.word && !before.cap && !REFERRING_WORDS.has(low(tokens, k - 1)) ? `${low(tokens, k - 1)} ${low(tokens, k)}` : low(tokens, k);
  }
  return undefined;
}
