/**
 * What a figure question asks of a comparison: the margin something was won by (`by how many
 * votes did she win`, `winning margin`), or what a figure was before it changed (`the previous
 * cost estimate`). Read once per question; each says which question words a figure of that kind
 * stands for, in no word of its own.
 */
import type { QueryTerm } from '../search/match.js';
import type { FigureRecord } from '../search/records.js';

/** `the previous cost estimate`, `the original budget`: a question for what a figure was before it changed. */
const BASELINE_ASKED = /\b(?:previous|prior|earlier|original|initial|old)\s+(?:[\p{L}-]+\s+){0,2}?(?:estimate|forecast|projection|target|budget|figure|price|cost|rate|level|record|guidance|total|count|toll|valuation|deadline|date)s?\b/iu;
const PREVIOUS_WORDS = /^(?:previous|prior|earlier|original|initial|old)$/;
/** Words of winning, which a margin stands for. */
const WIN_WORDS = /^(?:win|wins|won|winning|beat|beats|beaten|victory|lead|led|leads)$/;
/** Words right before a figure that make it a margin (`a margin of just 412 votes`, `won by 38 seconds`). */
const MARGIN_BEFORE = /(?:\b(?:margin|majority|lead|gap)\s+of|\b(?:won|win|wins|winning|beat|beats|beaten|leads?|led|ahead|overtaking|overtook|overtaken|edged|edging|trailed|trailing|trails)\s+(?:[\p{L}'’-]+\s+){0,5}?by)\s+(?:just\s+|only\s+|about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+)?$/iu;

/** Words after a figure that call it a margin (`by just 1,412 votes, the party's narrowest margin`). */
const MARGIN_AFTER = /^\s*[\p{L}-]*\s*,\s+(?:the|a|an|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}?margin\b/iu;

/** How far before a figure its margin's words may start (`overtaking incumbent Mayor Roberto Villanueva by`). */
const MARGIN_REACH = 60;

export interface MarginAsked {
  asked: boolean;
  /** The question's words of winning (`win`), which a margin is granted. */
  winTerms: number[];
  /** Whether the text calls a figure a margin (not a result, `won by 55.3 per cent to 44.7 per cent`). */
  said: (r: FigureRecord) => boolean;
}

/** What a question asks of a margin. */
export function marginAsked(query: string, terms: readonly QueryTerm[]): MarginAsked {
  const asked = terms.some((t) => t.word === 'margin') || /\bby how (?:much|many|far)\b/i.test(query);
  const winTerms = asked ? terms.flatMap((t, i) => (WIN_WORDS.test(t.word) ? [i] : [])) : [];
  const said = (r: FigureRecord) => {
    const text = r.article.article.text;
    return /\bmargin\b/.test(r.about) || MARGIN_AFTER.test(text.slice(r.figure.end, r.figure.end + MARGIN_REACH)) || (MARGIN_BEFORE.test(text.slice(Math.max(r.figure.sentence.start, r.figure.start - MARGIN_REACH), r.figure.start)) && !/^\s+to\s+\d/.test(text.slice(r.figure.end, r.figure.end + 8)));
  };
  return { asked, winTerms, said };
}

/** Whether a question asks what a figure was before it changed, and its word for `previous` (-1 for none). */
export function baselineAsked(query: string, terms: readonly QueryTerm[]): { asked: boolean; previousTerm: number } {
  const asked = BASELINE_ASKED.test(query);
  return { asked, previousTerm: asked ? terms.findIndex((t) => PREVIOUS_WORDS.test(t.word)) : -1 };
}
