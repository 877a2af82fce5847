import { isSpellingMatch, wordSimilarity } from './similarity.js';
import { contentWords, isStopword, stem, words } from './text.js';

/** A text ready to be matched: its folded words in order, with their stems. */
export interface Doc {
  words: string[];
  stems: string[];
}

/** One word of a query, with its weight and the other words that would do as well. */
export interface QueryTerm {
  word: string;
  stem: string;
  weight: number;
  /** Synonyms that count as this term (`killed` for `toll`); `exact` ones only as themselves, never misspelt. */
  alternatives: { word: string; stem: string; exact?: boolean }[];
  /** Similarity to each text word met so far: a query meets the same words in many records. */
  cache: Map<string, number>;
  /** The library has the word itself: then a near spelling of it is another word, not a typo (`full`, `fell`). */
  known?: boolean;
}

export interface Coverage {
  /** Weighted share of the query that the doc contains, 0 to 1 (plus a small bonus for word order). */
  score: number;
  /** Similarity reached by each query term. */
  perTerm: number[];
}

/**
 * Every distinct word once, with its stem: a large library repeats the same few hundred thousand
 * words millions of times, and one shared string per word (with its stem computed once) keeps
 * the index's memory and build time in proportion to the vocabulary, not to the text.
 */
const LEXICON = new Map<string, { word: string; stem: string }>();
/** Past this many distinct words (junk input), new words are no longer kept. */
const LEXICON_MAX = 1_000_000;

export function toDoc(text: string): Doc {
  const w = words(text);
  const stems = new Array<string>(w.length);
  for (let i = 0; i < w.length; i++) {
    let entry = LEXICON.get(w[i]!);
    if (!entry) {
      entry = { word: w[i]!, stem: stem(w[i]!) };
      if (LEXICON.size < LEXICON_MAX) LEXICON.set(entry.word, entry);
    }
    w[i] = entry.word;
    stems[i] = entry.stem;
  }
  return { words: w, stems };
}

export interface VocabularyState {
  docs: number;
  stems: string[];
  /** Docs per stem, in the order of `stems`. */
  counts: ArrayLike<number>;
}

/** Document frequencies over a corpus, for weighting rare words above common ones. */
export class Vocabulary {
  private readonly df = new Map<string, number>();
  private docs = 0;

  add(doc: Doc): void {
    this.docs++;
    for (const s of new Set(doc.stems)) this.df.set(s, (this.df.get(s) ?? 0) + 1);
  }

  remove(doc: Doc): void {
    this.docs--;
    for (const s of new Set(doc.stems)) {
      const df = (this.df.get(s) ?? 1) - 1;
      if (df > 0) this.df.set(s, df);
      else this.df.delete(s);
    }
  }

  /** The counts to keep between runs. */
  state(): VocabularyState {
    return { docs: this.docs, stems: [...this.df.keys()], counts: [...this.df.values()] };
  }

  /** Takes over kept counts, replacing these. */
  load(state: VocabularyState): void {
    this.df.clear();
    this.docs = state.docs;
    state.stems.forEach((s, i) => this.df.set(s, state.counts[i]!));
  }

  /** Whether some doc has the stem. */
  has(stemmed: string): boolean {
    return this.df.has(stemmed);
  }

  /** Inverse document frequency; a word the corpus never uses weighs the most. */
  idf(stemmed: string): number {
    const df = this.df.get(stemmed) ?? 0;
    return Math.log(1 + (this.docs + 1) / (df + 0.5));
  }
}

/** The query's content words, weighted by rarity, each with its synonyms. */
export function queryTerms(text: string, vocabulary: Vocabulary, synonyms: (word: string, misspelt?: boolean) => string[] = () => [], exact = false): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const word of contentWords(text)) {
    const s = stem(word);
    if (seen.has(s)) continue;
    seen.add(s);
    // `year on yaer`: a word the library lacks that is a typo of one the query already has is that word again.
    if (!vocabulary.has(s) && terms.some((t) => isSpellingMatch(wordSimilarity(word, t.word, s, t.stem)))) continue;
    const alternatives = synonyms(word, !vocabulary.has(s)).map((w) => ({ word: w, stem: stem(w), exact }));
    terms.push({ word, stem: s, weight: vocabulary.idf(s), alternatives, cache: new Map(), known: vocabulary.has(s) });
  }
  return terms;
}

/** The most that finding the query's words in its order adds to a coverage. */
export const ORDER_BONUS = 0.08;

/**
 * How much of the query a doc contains: each query term takes its best similarity to any
 * word of the doc (typos and stems allowed), weighted by rarity. Terms found in the query's
 * order, close together, add a small bonus, so the exact phrase ranks first.
 */
export function coverage(terms: readonly QueryTerm[], doc: Doc): Coverage {
  if (!terms.length || !doc.words.length) return { score: 0, perTerm: terms.map(() => 0) };
  let total = 0;
  let got = 0;
  const perTerm: number[] = [];
  const positions: number[] = [];
  for (const term of terms) {
    const at = bestWord(term, doc);
    const best = at >= 0 ? termSimilarity(term, doc.words[at]!, doc.stems[at]!) : 0;
    perTerm.push(best);
    positions.push(best > 0 ? at : -1);
    total += term.weight;
    got += term.weight * best;
  }
  let ordered = 0;
  for (let i = 1; i < positions.length; i++) {
    const a = positions[i - 1]!;
    const b = positions[i]!;
    if (a >= 0 && b > a && b - a <= 3) ordered++;
  }
  const bonus = positions.length > 1 ? (ORDER_BONUS * ordered) / (positions.length - 1) : 0;
  return { score: got / total + bonus, perTerm };
}

/**
 * Where each term best matched each doc, by the term's similarity cache (a term keeps its cache
 * for one query): a query's scorers read the same sentence and paragraph docs for figure after
 * figure, and the same doc again for each check, so each term scans a doc once.
 */
const BEST_WORD = new WeakMap<Map<string, number>, Map<Doc, number>>();
/** The term met last and its docs: a scorer asks about one term many times in a row. */
let lastCache: Map<string, number> | undefined;
let lastByDoc: Map<Doc, number> | undefined;

/** The index of the doc word the term matches best (the first of equals), or -1 for none. */
export function bestWord(term: QueryTerm, doc: Doc): number {
  let byDoc = lastCache === term.cache ? lastByDoc : BEST_WORD.get(term.cache);
  // (A plain map: it lives as long as the term, for one query, and is much faster to read than a weak one.)
  if (!byDoc) BEST_WORD.set(term.cache, (byDoc = new Map()));
  lastCache = term.cache;
  lastByDoc = byDoc;
  const known = byDoc.get(doc);
  if (known !== undefined) return known;
  let best = 0;
  let at = -1;
  for (let i = 0; i < doc.words.length && best < 1; i++) {
    const sim = termSimilarity(term, doc.words[i]!, doc.stems[i]!);
    if (sim > best) {
      best = sim;
      at = i;
    }
  }
  byDoc.set(doc, at);
  return at;
}

/** A term's similarity to a text word, synonyms included, computed once per word. */
export function termSimilarity(term: QueryTerm, word: string, wordStem: string): number {
  const known = term.cache.get(word);
  if (known !== undefined) return known;
  let sim = wordSimilarity(term.word, word, term.stem, wordStem);
  if (term.known && isSpellingMatch(sim)) sim *= KNOWN_WORD_SPELLING;
  // (A thesaurus's many synonyms match only as themselves: read through typos too, they cost more than they find.)
  for (const alt of term.alternatives) if (sim < ALTERNATIVE) sim = Math.max(sim, ALTERNATIVE * (alt.exact ? Number(alt.stem === wordStem) : wordSimilarity(alt.word, word, alt.stem, wordStem)));
  // `land` is no misspelt `and`: a short function word of the text matches only as itself
  // (a longer one may be the query's typo: `untill`, `wehre`).
  if (sim < ALTERNATIVE && word.length <= 3 && isStopword(word) && !isStopword(term.word)) sim = 0;
  term.cache.set(word, sim);
  return sim;
}

/** What a near spelling of a word the library has is worth: `depth` is not a misspelt `death`. */
const KNOWN_WORD_SPELLING = 0.5;

/** A synonym counts a little less than the word itself. */
const ALTERNATIVE = 0.9;

/**
 * Every word of the query, function words included, each weighing the same: a check that a
 * query made mostly of common words (`I just knew`) is really in the text, not just its one
 * content word.
 */
export function allWordTerms(text: string): QueryTerm[] {
  return [...new Set(words(text))].map((word) => ({ word, stem: stem(word), weight: isStopword(word) ? 0.5 : 1, alternatives: [], cache: new Map() }));
}
