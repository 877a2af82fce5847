import type { Sentence } from './types.js';

/** Words after which a full stop does not end a sentence. Lower-case, without the dot. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt',
  'cmdr', 'adm', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cllr', 'fr', 'sra', 'sr', 'messrs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'bros', 'dept', 'univ', 'assn', 'est', 'approx',
  'vs', 'v', 'etc', 'no', 'nos', 'vol', 'p', 'pp', 'fig', 'al', 'ca', 'cf', 'ave', 'blvd', 'rd',
  'smt', 'shri', 'sri', 'kum', 'tmt', 'cr', 'coun', 'brig', 'cpl', 'pte', 'pvt', 'insp', 'cdr',
  'engr',
]);

const QUOTE_OPEN = '"“‘\'«„';
const CLOSERS = '"”’\')]»';

/**
 * Splits a paragraph into sentences. A sentence ends at `.`, `!`, `?` or `…` (with any closing
 * quote or bracket) followed by space and a capital, digit or opening quote; abbreviations
 * (`Mr.`, `Jan.`), initials and dotted acronyms (`U.S.`) and decimals do not end one, and an
 * ellipsis followed by a lower-case word (`will... only`) carries on. A quotation is kept whole
 * with its attribution (`"We will. We must," she said.`) unless its marks do not balance.
 *
 * @param text the whole article text; `start`/`end` bound the paragraph in it.
 */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const withQuotes = cut(text, start, end, true);
  return withQuotes ?? cut(text, start, end, false)!;
}

function cut(text: string, start: number, end: number, respectQuotes: boolean): Sentence[] | null {
  const out: Sentence[] = [];
  let from = start;
  let inQuote = false;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (respectQuotes && isDoubleQuote(ch)) inQuote = toggles(text, i, inQuote);
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    let closedQuote = false;
    while (j < end && CLOSERS.includes(text[j]!)) {
      if (isDoubleQuote(text[j]!)) closedQuote = true;
      j++;
    }
    // The closing marks are read here; the loop goes on after them, never over them again.
    if (closedQuote && respectQuotes) inQuote = false;
    const atStop = i;
    i = j - 1;
    if (j >= end || !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k >= end) continue;
    if (respectQuotes && inQuote) continue;
    if (!startsSentence(text[k]!)) continue;
    if (ch === '.' && j === atStop + 1 && isAbbreviation(text, atStop)) continue;
    out.push(make(text, from, j));
    from = k;
    i = k - 1;
  }
  if (respectQuotes && inQuote) return null;
  if (from < end) out.push(make(text, from, end));
  return out.filter((s) => s.end > s.start);
}

function make(text: string, start: number, end: number): Sentence {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}

function isDoubleQuote(ch: string): boolean {
  return ch === '"' || ch === '“' || ch === '”' || ch === '„' || ch === '«' || ch === '»';
}

/** Curly marks say which way they face; a straight one opens after space or start. */
function toggles(text: string, i: number, inQuote: boolean): boolean {
  const ch = text[i]!;
  if (ch === '“' || ch === '„' || ch === '«') return true;
  if (ch === '”' || ch === '»') return false;
  return !inQuote;
}

function startsSentence(ch: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(ch) || QUOTE_OPEN.includes(ch) || ch === '(' || ch === '[';
}

/** The word before the dot at `dot`: an abbreviation, an initial or a dotted acronym. */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // initial: John F. Kennedy
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !endsAcronymSentence(text, dot); // U.S, e.g, a.m
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * `U.S.` before a capital usually continues (`the U.S. Senate`) but `a.m.`/`p.m.` before a
 * capital usually ends a sentence (`at 3 p.m. The ...`).
 */
function endsAcronymSentence(text: string, dot: number): boolean {
  const word = text.slice(Math.max(0, dot - 3), dot).toLowerCase();
  // ...unless the capital says when or where the time is (`2 p.m. Monday`, `3 p.m. ET`).
  return (word.endsWith('a.m') || word.endsWith('p.m')) && !TIME_GOES_ON.test(text.slice(dot + 1, dot + 14));
}

/** Words that carry a time of day on: a weekday, a month, a time zone. */
const TIME_GOES_ON = /^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec|[ECMP][SD]?T|GMT|UTC|BST|CET|AEST|AEDT|local)\b/;
