/**
 * `Hannah Leach` for Hannah Leitch: a full name whose first name is right and whose surname is
 * spelt as it sounds, a little further off than one typo, still means the one person of that
 * first name.
 */
import { normalise } from '../extract/entities.js';
import type { Hit, SearchIndex } from '../search/index.js';
import { coverage } from '../search/match.js';
import type { PersonRecord } from '../search/records.js';
import { editDistance } from '../search/similarity.js';
import type { Scope } from './types.js';

/** How far a surname may be from the one printed (`Leach` / `Leitch`). */
const SURNAME_EDITS = 2;
/** The shortest surname read that loosely. */
const MIN_SURNAME = 4;

/** The person named, when only one in the scope has that first name and a surname this close, with the same first letter. */
export function misspeltSurname(index: SearchIndex, name: string, scope: Scope): Hit<PersonRecord>[] {
  const words = normalise(name).split(' ');
  if (words.length !== 2 || words[1]!.length < MIN_SURNAME) return [];
  const [first, last] = words as [string, string];
  const terms = index.terms(first);
  const close = index.search('people', terms, (r) => coverage(terms, r.doc), scope).filter((h) => {
    const own = normalise(h.record.entity.name).split(' ');
    const surname = own[own.length - 1]!;
    return h.record.entity.kind === 'person' && own.length >= 2 && own[0] === first && surname[0] === last[0] && editDistance(surname, last, SURNAME_EDITS) <= SURNAME_EDITS;
  });
  return new Set(close.map((h) => normalise(h.record.entity.name))).size === 1 ? close : [];
}
