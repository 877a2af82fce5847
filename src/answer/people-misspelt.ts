/**
 * `Hannah Leach` for Hannah Leitch: a full name whose given names are right and whose surname is
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
/** The shortest name matched by its letters alone, whatever its spacing. */
const MIN_SPACED = 8;
/** The shortest surname read that loosely. */
const MIN_SURNAME = 4;

/**
 * The person named, when only one in the scope has the same given names and a surname this
 * close, with the same first letter. (`Pham Van Duk` for Pham Van Duc: two given names right
 * are evidence enough for one letter off a short surname.)
 */
export function misspeltSurname(index: SearchIndex, name: string, scope: Scope): Hit<PersonRecord>[] {
  const words = normalise(name).split(' ');
  const last = words[words.length - 1]!;
  const given = words.slice(0, -1);
  const edits = last.length >= MIN_SURNAME ? SURNAME_EDITS : given.length >= 2 && last.length >= 3 ? 1 : 0;
  // (`Marcus Teo Weiliang` for Marcus Teo Wei Liang: the same letters, spaced otherwise.)
  const unspaced = words.join('');
  if (unspaced.length >= MIN_SPACED) {
    const all = index.terms(normalise(name));
    const spacedOtherwise = index.search('people', all, (r) => coverage(all, r.doc), scope).filter((h) => h.record.entity.kind === 'person' && !h.record.entity.anonymous && normalise(h.record.entity.name).replace(/ /g, '') === unspaced);
    if (new Set(spacedOtherwise.map((h) => normalise(h.record.entity.name))).size === 1) return spacedOtherwise;
  }
  if (words.length < 2 || !edits) return [];
  const terms = index.terms(given.join(' '));
  const close = index.search('people', terms, (r) => coverage(terms, r.doc), scope).filter((h) => {
    const own = normalise(h.record.entity.name).split(' ');
    const surname = own[own.length - 1]!;
    return h.record.entity.kind === 'person' && (own.length === words.length || (given.length === 1 && own.length >= 2)) && given.every((w, i) => own[i] === w) && surname[0] === last[0] && editDistance(surname, last, edits) <= edits;
  });
  return new Set(close.map((h) => normalise(h.record.entity.name))).size === 1 ? close : [];
}
