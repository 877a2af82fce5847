/**
 * `the mayor's lawyer`: someone the article describes by whose they are (`His lawyer, Marek
 * Dudek`, read as Tomasz Wierzbicki's lawyer), asked for by the owner's role instead of
 * the owner's name.
 */
import type { Hit, SearchIndex } from '../search/index.js';
import { coverage, toDoc } from '../search/match.js';
import type { PersonRecord } from '../search/records.js';
import { fold } from '../search/text.js';
import { THRESHOLDS } from './config.js';
import { findPeople } from './people.js';
import type { Scope } from './types.js';

/** `the mayor's lawyer`, `the minister’s spokesman`: whose, then what of theirs. */
const OWNED = /^(?:the\s+)?(.+?)['’]s?\s+(\p{L}[\p{L}\s-]*)$/iu;

/** The people whose role is the asked one, held for the person the owner's words find. */
export function ownedBy(index: SearchIndex, query: string, scope: Scope): Hit<PersonRecord>[] {
  const m = OWNED.exec(query.trim());
  if (!m) return [];
  const owners = findPeople(index, m[1]!, scope).filter((h) => h.record.entity.kind === 'person' && !h.record.entity.anonymous);
  if (!owners.length) return [];
  const what = index.terms(m[2]!);
  const found: Hit<PersonRecord>[] = [];
  for (const { record: owner } of owners) {
    const ownerNames = new Set([fold(owner.entity.name), fold(owner.entity.name.split(' ').pop()!)]);
    for (const p of index.in('people', owner.article.id)) {
      if (p === owner || p.entity.kind !== 'person' || !p.entity.role) continue;
      // (The role says whose: `Tomasz Wierzbicki's lawyer`, `lawyer for Wierzbicki`.)
      const role = ` ${fold(p.entity.role)} `;
      if (![...ownerNames].some((n) => role.includes(` ${n} `))) continue;
      const c = coverage(what, toDoc(p.entity.role));
      if (c.perTerm.every((t) => t >= THRESHOLDS.personWord)) found.push({ record: p, score: c.score, coverage: c });
    }
  }
  return found;
}
