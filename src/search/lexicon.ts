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
/** Indexed words one query word may stand for at most. */
const EXPANSIONS = 16;

export interface LexiconState {
  words: string[];
  /** Each word's stem, in the order of `words`. */
  stems: string[];
}

export class Lexicon {
  private readonly words = new Set<string>();
  private readonly wordsOfStem = new Map<string, string[]>();
  private readonly spellings = new TrigramIndex<string>((w) => [w]);

  /** Adds a doc's words. Words are never removed: a word that has gone only costs a search. */
  add(doc: Doc): void {
    for (let i = 0; i < doc.words.length; i++) this.addWord(doc.words[i]!, doc.stems[i]!);
  }

  /** The words to keep between runs, in the order they came (ties among close spellings keep it). */
  state(): LexiconState {
    const stemOf = new Map<string, string>();
    for (const [s, words] of this.wordsOfStem) for (const w of words) stemOf.set(w, s);
    const words = [...this.words];
    return { words, stems: words.map((w) => stemOf.get(w)!) };
  }

  /** Adds kept words. */
  load(state: LexiconState): void {
    state.words.forEach((w, i) => this.addWord(w, state.stems[i]!));
  }

  private addWord(word: string, stemmed: string): void {
    if (this.words.has(word)) return;
    this.words.add(word);
    const same = this.wordsOfStem.get(stemmed);
    if (same) same.push(word);
    else this.wordsOfStem.set(stemmed, [word]);
    this.spellings.add(word);
  }

  /**
   * The indexed words a query term stands for, with how close each is: itself, words of its
   * stem, its synonyms, and close spellings (the verifier's own similarity, so nothing it would
   * accept is left out). Best first, at most `limit`.
   */
  expand(term: QueryTerm, limit = EXPANSIONS): { word: string; similarity: number }[] {
    const found = new Map<string, number>();
    const note = (word: string, similarity: number) => {
      if (similarity > (found.get(word) ?? 0)) found.set(word, similarity);
    };
    for (const stemmed of [term.stem, ...term.alternatives.map((a) => a.stem)]) for (const word of this.wordsOfStem.get(stemmed) ?? []) note(word, termSimilarity(term, word, stemmed));
    for (const word of this.spellings.candidates([term.word, ...term.alternatives.filter((a) => !a.exact).map((a) => a.word)], CLOSE_SPELLINGS)) {
      const similarity = termSimilarity(term, word, stem(word));
      if (similarity > 0) note(word, similarity);
    }
    return [...found].map(([word, similarity]) => ({ word, similarity })).sort((a, b) => b.similarity - a.similarity).slice(0, limit);
  }

  /** Whether a query term can match some word of the index (itself, a synonym, or a typo of one). */
  knows(term: QueryTerm): boolean {
    return this.expand(term, 1).length > 0;
  }
}
