import type { LoadedArticle } from '../library/library.js';
import { Acronyms, type AcronymsState } from './acronyms.js';
import { KindIndex, type KindState } from './kind-index.js';
import { Lexicon, type LexiconState } from './lexicon.js';
import { bestWord, coverage, ORDER_BONUS, queryTerms, termSimilarity, Vocabulary, type Coverage, type Doc, type QueryTerm, type VocabularyState } from './match.js';
import { recordsOf, typedForms, type ArticleRecords, type FigureRecord, type PersonRecord, type QuoteRecord, type SentenceRecord } from './records.js';
import { figureSynonyms } from './synonyms.js';
import { fold, isQuestionWord } from './text.js';

/** Fuse.js runs a pass per query word: it gets the rarest few, the verifier checks them all. */
const FUSE_TERMS = 4;
const FUSE_PATTERN_WORDS = 10;

export interface Hit<R> {
  record: R;
  /** Share of the query the record contains (0..1+), the verifier's score. */
  score: number;
  coverage: Coverage;
}

export interface SearchOptions {
  /** Only this article. */
  article?: string | undefined;
  /** Only articles this accepts (one guild's view of the library). */
  accept?: ((article: string) => boolean) | undefined;
  /** Drop question words (`how many`, `who`) from the query. */
  question?: boolean;
}

export const KINDS = ['quotes', 'sentences', 'figures', 'people'] as const;
type Kind = (typeof KINDS)[number];

/** What an index keeps between runs, so a restart need not read every article again (`src/library/snapshot.ts`). */
export interface IndexState {
  vocabulary: VocabularyState;
  lexicon: LexiconState;
  acronyms: AcronymsState;
  kinds: { [K in Kind]: KindState };
}
type RecordOf<K extends Kind> = K extends 'quotes' ? QuoteRecord : K extends 'sentences' ? SentenceRecord : K extends 'figures' ? FigureRecord : PersonRecord;

const folded = (text: string) => fold(text).split(' ').filter(Boolean);

/** Fuse.js gets folded texts; folding costs more than Fuse's own work on a few dozen records, so once per record. */
function foldedOnce<R extends object, T extends string | string[]>(get: (r: R) => T): (r: R) => T {
  const memo = new WeakMap<R, T>();
  return (r) => {
    let v = memo.get(r);
    if (v === undefined) memo.set(r, (v = get(r)));
    return v;
  };
}

/**
 * The library's search. Candidates are the records holding the most of the query's words or
 * the words they stand for (stems, synonyms, close spellings), reranked by Fuse.js, plus exact
 * stems anywhere in the record's context; each candidate is then verified
 * word by word against the query, so answers are ranked by how much of the question they
 * really contain and nothing is returned for words the article does not have. Articles can be
 * added, replaced and removed while it serves.
 */
export class SearchIndex {
  readonly vocabulary = new Vocabulary();
  private readonly acronyms = new Acronyms();
  private readonly lexicon = new Lexicon();
  private readonly kinds: { [K in Kind]: KindIndex<RecordOf<K>> } = {
    quotes: new KindIndex<QuoteRecord>({
      keys: [{ name: 'text', getFn: foldedOnce((r) => fold(r.utterance)) }],
      words: (r) => r.doc.words,
      docs: (r) => [r.doc, r.contextDoc],
    }),
    sentences: new KindIndex<SentenceRecord>({
      keys: [{ name: 'text', getFn: foldedOnce((r) => fold(r.sentence.text)) }],
      words: (r) => r.doc.words,
      docs: (r) => [r.doc],
    }),
    figures: new KindIndex<FigureRecord>({
      keys: [
        { name: 'about', weight: 3, getFn: foldedOnce((r) => fold(r.about)) },
        { name: 'figure', weight: 1, getFn: foldedOnce((r) => fold(r.figure.text)) },
      ],
      words: (r) => [...r.doc.words, ...folded(r.figure.text)],
      docs: (r) => [r.doc, r.nearDoc, r.contextDoc],
    }),
    people: new KindIndex<PersonRecord>({
      keys: [
        { name: 'name', weight: 3, getFn: foldedOnce((r) => fold(r.entity.name)) },
        { name: 'aliases', weight: 2, getFn: foldedOnce((r) => r.entity.aliases.map(fold)) },
        { name: 'role', weight: 2, getFn: foldedOnce((r) => fold(r.entity.role ?? '')) },
      ],
      options: { threshold: 0.35 },
      words: (r) => [r.entity.name, ...r.entity.aliases, r.entity.role ?? '', ...typedForms(r.entity)].flatMap(folded),
      docs: (r) => [r.doc],
      // (A surname asked is shared by dozens of a large library's people, each a few words to check.)
      fullBudget: true,
    }),
  };

  /** Articles taken over from a kept state whose records are not made yet. */
  private readonly unread = new Map<string, LoadedArticle>();

  constructor(articles: Iterable<LoadedArticle> = []) {
    for (const kind of KINDS) this.kinds[kind].materialise = (id) => this.materialise(id);
    for (const loaded of articles) this.add(loaded);
  }

  /**
   * An index over `articles` taken over from a state kept by an earlier run over the very same
   * files: ready at once, each article read and its records made the first time a query
   * reaches it (or `warmUp` gets to it).
   */
  static fromState(state: IndexState, articles: Iterable<LoadedArticle>): SearchIndex {
    const index = new SearchIndex();
    index.vocabulary.load(state.vocabulary);
    index.lexicon.load(state.lexicon);
    index.acronyms.load(state.acronyms);
    for (const kind of KINDS) index.kinds[kind].load(state.kinds[kind]);
    for (const loaded of articles) index.unread.set(loaded.id, loaded);
    return index;
  }

  /** The index as a later run can take it over ({@link SearchIndex.fromState}). */
  state(): IndexState {
    return {
      vocabulary: this.vocabulary.state(),
      lexicon: this.lexicon.state(),
      acronyms: this.acronyms.state(),
      kinds: { quotes: this.kinds.quotes.state(), sentences: this.kinds.sentences.state(), figures: this.kinds.figures.state(), people: this.kinds.people.state() },
    };
  }

  /** Articles whose records are not made yet. */
  get pending(): number {
    return this.unread.size;
  }

  /** Makes the records of articles not read yet, for about `budgetMs`; how many are left. */
  warmUp(budgetMs: number): number {
    const until = performance.now() + budgetMs;
    for (const id of this.unread.keys()) {
      this.materialise(id);
      if (performance.now() >= until) break;
    }
    return this.unread.size;
  }

  /** Indexes an article, replacing what was indexed under its ID. */
  add(loaded: LoadedArticle): void {
    this.remove(loaded.id);
    const r = recordsOf(loaded);
    for (const s of r.sentences) this.vocabulary.add(s.doc);
    for (const s of r.sentences) this.lexicon.add(s.doc);
    for (const q of r.quotes) this.lexicon.add(q.doc);
    for (const f of r.figures) this.lexicon.add(f.doc);
    for (const p of r.people) this.lexicon.add(p.doc);
    for (const p of r.people) this.acronyms.add(p.entity);
    this.kinds.quotes.add(loaded.id, r.quotes);
    this.kinds.sentences.add(loaded.id, r.sentences);
    this.kinds.figures.add(loaded.id, r.figures);
    this.kinds.people.add(loaded.id, r.people);
  }

  /** Forgets an article. */
  remove(id: string): void {
    // (An article never read leaves its words counted in the vocabulary: reading it only to
    // uncount them would cost a file that may be gone. The counts drift by one article's words.)
    this.unread.delete(id);
    for (const s of this.kinds.sentences.in(id)) this.vocabulary.remove(s.doc);
    for (const kind of Object.values(this.kinds)) kind.remove(id);
  }

  /** Reads an article taken over from a kept state and gives each kind its records. */
  private materialise(id: string): void {
    const loaded = this.unread.get(id);
    if (!loaded) return;
    this.unread.delete(id);
    let records: ArticleRecords;
    try {
      records = recordsOf(loaded);
    } catch {
      // The file went or broke since the state was kept: nothing of it can be served.
      this.remove(id);
      return;
    }
    // A file changed since (rare: the state is kept only for files as they were) is indexed afresh.
    const filled = KINDS.map((kind) => (this.kinds[kind] as KindIndex<ArticleRecords[typeof kind][number]>).fill(id, records[kind]));
    if (!filled.every(Boolean)) this.add(loaded);
  }

  get quotes(): readonly QuoteRecord[] {
    return this.kinds.quotes.records;
  }
  get sentences(): readonly SentenceRecord[] {
    return this.kinds.sentences.records;
  }
  get figures(): readonly FigureRecord[] {
    return this.kinds.figures.records;
  }
  get people(): readonly PersonRecord[] {
    return this.kinds.people.records;
  }

  /** One article's records of a kind, in article order. */
  in<K extends Kind>(kind: K, article: string): readonly RecordOf<K>[] {
    return (this.kinds[kind] as KindIndex<RecordOf<K>>).in(article);
  }

  /** An article's quote records, in article order. */
  quotesIn(article: string): readonly QuoteRecord[] {
    return this.in('quotes', article);
  }

  /** An article's sentence records, in article order. */
  sentencesIn(article: string): readonly SentenceRecord[] {
    return this.in('sentences', article);
  }

  /** Query terms as this index weighs them; `exactSynonyms`: the synonyms match only as themselves (a thesaurus's). */
  terms(query: string, options: SearchOptions = {}, synonyms?: (w: string, misspelt?: boolean) => string[], exactSynonyms = false): QueryTerm[] {
    const terms = queryTerms(query, this.vocabulary, synonyms, exactSynonyms);
    this.acronyms.expand(terms);
    const kept = options.question ? terms.filter((t) => !isQuestionWord(t.word)) : terms;
    return kept.length ? kept : terms;
  }

  /** Whether a query term can match some word of the library (itself, a synonym, or a close spelling of one). */
  knows(term: QueryTerm): boolean {
    return this.lexicon.knows(term);
  }

  /** Verified candidates, best first; ties keep the candidate stage's order (Fuse's best first). */
  search<K extends Kind>(kind: K, terms: QueryTerm[], score: (record: RecordOf<K>) => Coverage, options: SearchOptions = {}): Hit<RecordOf<K>>[] {
    // Only words the library has (or close spellings of them) can find anything.
    const expanded = new Map<QueryTerm, ReturnType<Lexicon['expand']>>();
    for (const t of terms) {
      const words = this.lexicon.expand(t);
      if (words.length) expanded.set(t, words);
    }
    // (One article is read whole anyway: its scorer may still find what the words alone cannot,
    // `how far away` answered by a distance in a text that never says `distance`.)
    if (!expanded.size && options.article === undefined) return [];
    const byRarity = [...expanded.keys()].sort((a, b) => b.weight - a.weight);
    const words = [...new Set(byRarity.slice(0, FUSE_TERMS).flatMap((t) => [t.word, ...t.alternatives.map((a) => a.word)]))].slice(0, FUSE_PATTERN_WORDS);
    const candidates = (this.kinds[kind] as KindIndex<RecordOf<K>>).candidates({
      pattern: words.join(' '),
      shortPattern: byRarity.slice(0, FUSE_TERMS).map((t) => t.word).join(' '),
      terms: byRarity.map((t) => ({ weight: t.weight, words: expanded.get(t)! })),
      stems: stemsOf(byRarity),
      article: options.article,
      accept: options.accept,
    });
    const hits: Hit<RecordOf<K>>[] = [];
    for (const record of candidates) {
      const c = score(record);
      if (c.score > 0) hits.push({ record, score: c.score, coverage: c });
    }
    return hits.sort((a, b) => b.score - a.score);
  }
}

/** Every stem of the terms (synonyms' included) once, in the terms' order, with its term's weight. */
function stemsOf(terms: readonly QueryTerm[]): { stem: string; weight: number }[] {
  const seen = new Set<string>();
  const out: { stem: string; weight: number }[] = [];
  for (const t of terms) {
    for (const stem of [t.stem, ...t.alternatives.map((a) => a.stem)]) {
      if (seen.has(stem)) continue;
      seen.add(stem);
      out.push({ stem, weight: t.weight });
    }
  }
  return out;
}

/** Coverage over several docs at once: each term takes its best match, discounted per doc. */
export function coverageOver(terms: readonly QueryTerm[], docs: readonly { doc: Doc; factor: number }[]): Coverage {
  // (A scorer calls this for every candidate: one pass over the docs, no arrays per term.)
  const perTerm = terms.map(() => 0);
  let bonus = -Infinity;
  for (const { doc, factor } of docs) {
    const c = coverage(terms, doc);
    for (let i = 0; i < terms.length; i++) perTerm[i] = Math.max(perTerm[i]!, factor * (c.perTerm[i] ?? 0));
    bonus = Math.max(bonus, factor * (c.score - weighted(terms, c.perTerm)));
  }
  let total = 0;
  let got = 0;
  terms.forEach((t, i) => {
    total += t.weight;
    got += t.weight * perTerm[i]!;
  });
  return { score: total ? got / total + Math.max(0, bonus) : 0, perTerm };
}

/**
 * Whether coverage over the docs can reach `floor`, the `granted` terms counted as found whatever
 * the docs say. Terms are looked up in the order given (the rarest first: a large library's
 * candidates mostly miss the rarest word asked), and no further once the rest could not make up
 * for what is already missed.
 */
export function canReach(terms: readonly QueryTerm[], docs: readonly { doc: Doc; factor: number }[], floor: number, granted: ReadonlySet<QueryTerm>): boolean {
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  let missed = 0;
  for (const t of terms) {
    if (granted.has(t)) continue;
    let best = 0;
    for (const { doc, factor } of docs) {
      if (factor <= best) continue;
      const at = bestWord(t, doc);
      if (at >= 0) best = Math.max(best, factor * termSimilarity(t, doc.words[at]!, doc.stems[at]!));
    }
    missed += t.weight * (1 - best);
    // (Words found in order add at most ORDER_BONUS.)
    if (total && 1 - missed / total + ORDER_BONUS < floor) return false;
  }
  return true;
}

function weighted(terms: readonly QueryTerm[], perTerm: number[]): number {
  let total = 0;
  let got = 0;
  terms.forEach((t, i) => {
    total += t.weight;
    got += t.weight * (perTerm[i] ?? 0);
  });
  return total ? got / total : 0;
}

export { figureSynonyms };
export { FUSE_DEFAULTS, CANDIDATE_DEFAULTS } from './kind-index.js';
