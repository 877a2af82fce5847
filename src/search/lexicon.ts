/**
 * Every word the index holds, to tell at once whether a query word could match anything: the
 * same stem, or a close spelling found through the words' trigrams. A query made only of words
 * the library does not have (`kaleidoscope of flamingo`) then costs a lookup, not a search that
 * verifies hundreds of candidates to find nothing.
 */
import type { Doc, QueryTerm } from './match.js';
import { termSimilarity } from './match.js';
import { stem } from './text.js';
import { TrigramIndex } from './trigrams.js';

/** Spellings looked at for a word the index does not have as such. */
const CLOSE_SPELLINGS = 50;

export class Lexicon {
  private readonly words = new Set<string>();
  private readonly stems = new Set<string>();
  private readonly spellings = new TrigramIndex<string>((w) => [w]);

  /** Adds a doc's words. Words are never removed: a word that has gone only costs a search. */
  add(doc: Doc): void {
    for (let i = 0; i < doc.words.length; i++) {
      const word = doc.words[i]!;
      if (this.words.has(word)) continue;
      this.words.add(word);
      this.stems.add(doc.stems[i]!);
      this.spellings.add(word);
    }
  }

  /** Whether a query term can match some word of the index (itself, a synonym, or a typo of one). */
  knows(term: QueryTerm): boolean {
    if (this.words.has(term.word) || this.stems.has(term.stem)) return true;
    for (const alt of term.alternatives) if (this.words.has(alt.word) || this.stems.has(alt.stem)) return true;
    for (const word of this.spellings.candidates([term.word], CLOSE_SPELLINGS)) if (termSimilarity(term, word, stem(word)) > 0) return true;
    return false;
  }
}
