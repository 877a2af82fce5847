/**
 * Bodies and things a story names once in full and then by their initials (`the Jurong Region
 * Line (JRL)`, then `The JRL ... cost about S$9.6bn`): a reader asks with the full name, so its
 * words count the initials as found.
 */
import type { Entity } from '../extract/types.js';
import type { QueryTerm } from './match.js';
import { fold, stem } from './text.js';

/** Initials in capitals, as articles print them (`JRL`, `CPSC`). */
export const INITIALS = /^[A-Z]{2,6}$/;

/** Full names with their initials: `{ words: ['jurong', 'region', 'line'], acronym: 'jrl' }`. */
export type AcronymsState = { words: string[]; acronym: string }[];

/**
 * Initials learnt from the library's entities. An article removed leaves its names here: at worst
 * a query's words gain one more alternative spelling, which only the text can confirm.
 */
export class Acronyms {
  /** Full names by their first folded word: each name's folded words and its folded initials. */
  private readonly byFirstWord = new Map<string, { words: string[]; acronym: string }[]>();

  /** Learns an entity's initials, when one of its aliases spells its name's capitalised words. */
  add(entity: Entity): void {
    const capitals = entity.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    for (const alias of entity.aliases) {
      if (!INITIALS.test(alias) || alias !== capitals) continue;
      const words = fold(entity.name).split(' ').filter(Boolean);
      const acronym = fold(alias);
      const known = this.byFirstWord.get(words[0]!) ?? [];
      if (!known.some((k) => k.acronym === acronym && k.words.join(' ') === words.join(' '))) this.byFirstWord.set(words[0]!, [...known, { words, acronym }]);
    }
  }

  /** The initials learnt, to keep between runs. */
  state(): AcronymsState {
    return [...this.byFirstWord.values()].flat();
  }

  /** Adds kept initials. */
  load(state: AcronymsState): void {
    for (const entry of state) this.byFirstWord.set(entry.words[0]!, [...(this.byFirstWord.get(entry.words[0]!) ?? []), entry]);
  }

  /** Gives the words of a full name the query spells out its initials as an alternative (`jurong region line` → `jrl`). */
  expand(terms: readonly QueryTerm[]): void {
    for (let i = 0; i < terms.length; i++) {
      for (const { words, acronym } of this.byFirstWord.get(terms[i]!.word) ?? []) {
        const run = terms.slice(i, i + words.length);
        if (run.length !== words.length || !run.every((t, k) => t.word === words[k])) continue;
        for (const t of run) if (!t.alternatives.some((a) => a.word === acronym)) t.alternatives.push({ word: acronym, stem: stem(acronym) });
      }
    }
  }
}
