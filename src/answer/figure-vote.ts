/**
 * Which side of a vote a count is on: `how many lawmakers voted against the motion` is not
 * answered by the `178 lawmakers` who `backed the opposition motion`, nor a question for the
 * votes for by the votes against. The side asked is read from the question's verbs; a count's
 * side, from the words after it in its clause (`178 lawmakers ... backed`, `with 150 voting
 * against`) or right before it (`backed by 178`, `opposed by 12`).
 */
import type { FigureRecord } from '../search/records.js';

export type Side = 'for' | 'against';

const FOR_ASKED = /\b(?:voted?\s+(?:for|in favou?r)|voting\s+(?:for|in favou?r)|back(?:s|ed|ing)?|support(?:s|ed|ing)?|approv(?:e|es|ed|ing))\b/i;
const AGAINST_ASKED = /\b(?:voted?\s+against|voting\s+against|oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?)\b/i;
/** The clause after a count, up to a comma, a semicolon or the end of its sentence. */
const CLAUSE_AFTER = /^[^,;.]{0,80}/;
const FOR_SAID = /\b(?:voted\s+(?:for|in favou?r)|voting\s+(?:for|in favou?r)|in favou?r|backed|backing|supported|supporting|approved|approving)\b/i;
const AGAINST_SAID = /\b(?:voted\s+against|voting\s+against|against|opposed|opposing|rejected|rejecting)\b/i;
const FOR_BEFORE = /\b(?:backed|supported|approved)\s+by\s+$/i;
const AGAINST_BEFORE = /\b(?:opposed|rejected)\s+by\s+$/i;

/** The side of a vote a question asks a count of, when it names one side only. */
export function askedSide(query: string): Side | undefined {
  const pro = FOR_ASKED.test(query);
  const con = AGAINST_ASKED.test(query);
  return pro === con ? undefined : pro ? 'for' : 'against';
}

/** The side a count stands on, when the words by it say one side only. */
export function sideOf(r: FigureRecord): Side | undefined {
  if (r.figure.kind !== 'count') return undefined;
  const text = r.article.article.text;
  const after = CLAUSE_AFTER.exec(text.slice(r.figure.end, r.figure.sentence.end))?.[0] ?? '';
  const before = text.slice(Math.max(r.figure.sentence.start, r.figure.start - 20), r.figure.start);
  const pro = FOR_SAID.test(after) || FOR_BEFORE.test(before);
  const con = AGAINST_SAID.test(after) || AGAINST_BEFORE.test(before);
  return pro === con ? undefined : pro ? 'for' : 'against';
}
