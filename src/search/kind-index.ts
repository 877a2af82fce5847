/**
 * One kind of record (quotes, sentences, figures or people) across the library, and how a
 * query finds its candidates at any library size:
 *
 * - word postings pick the records holding the most of the query's (expanded) words, rarest
 *   weighing most (only the asked article's, when there is one), and Fuse.js reranks the best
 *   few dozen: plain Fuse.js scores every record, which grows with the library (`npm run bench`);
 * - one article asked for is verified whole, so nothing in it can be missed;
 * - exact stems anywhere in a record's context (synonyms included) add candidates the main
 *   text does not show, rarest first.
 *
 * Records come and go an article at a time, as the library changes.
 */
import Fuse, { type FuseOptionKey, type IFuseOptions } from 'fuse.js';
import type { Doc } from './match.js';
import { topK } from './trigrams.js';

/** Fuse.js settings, one place to tune them; texts reach Fuse folded (case, diacritics, quote marks). */
export const FUSE_DEFAULTS = {
  useTokenSearch: true,
  ignoreLocation: true,
  ignoreDiacritics: false,
  includeScore: true,
  threshold: 0.4,
  minMatchCharLength: 2,
} as const satisfies IFuseOptions<unknown>;

export const CANDIDATE_DEFAULTS = {
  /** Records the word postings pick for a query. */
  byWords: 120,
  /**
   * The best of them that Fuse.js reranks. Fuse.js costs ~10-20 µs per record per query
   * (bitap per word), so it sees a few dozen, not the library.
   */
  fuse: 40,
  /** A word in more than this share of a large library's records picks no candidates. */
  maxWordShare: 0.03,
  /** Candidates from exact stems at most, on top of those. */
  stems: 150,
  /** A stem found in more than this share of a large library's records adds no candidates... */
  maxStemShare: 0.05,
  /** ...where large starts. */
  stemShareFrom: 4_000,
} as const;

export interface KindSettings<R> {
  /** Fuse.js keys, their texts folded. */
  keys: FuseOptionKey<R>[];
  options?: Partial<IFuseOptions<R>>;
  /** The folded words the trigram index sees (the same texts as the keys). */
  words: (record: R) => Iterable<string>;
  /** Docs whose exact stems add candidates. */
  docs: (record: R) => Doc[];
  articleOf: (record: R) => string;
}

/** A query word as the candidate stage uses it: its weight and the indexed words it stands for. */
export interface ExpandedTerm {
  weight: number;
  words: readonly { word: string; similarity: number }[];
}

export interface CandidateQuery {
  /** The rarest query words and their synonyms, as Fuse.js gets them. */
  pattern: string;
  terms: ExpandedTerm[];
  /** Every query stem, rarest first. */
  stems: string[];
  article?: string | undefined;
  accept?: ((article: string) => boolean) | undefined;
}

export class KindIndex<R> {
  private all: R[] = [];
  private readonly byArticle = new Map<string, R[]>();
  /** Records by the words of their main text (what Fuse.js sees). */
  private readonly words = new Map<string, R[]>();
  private readonly stems = new Map<string, R[]>();

  constructor(private readonly settings: KindSettings<R>) {}

  get records(): readonly R[] {
    return this.all;
  }

  get size(): number {
    return this.all.length;
  }

  in(article: string): readonly R[] {
    return this.byArticle.get(article) ?? [];
  }

  add(article: string, records: readonly R[]): void {
    this.remove(article);
    if (!records.length) return;
    this.byArticle.set(article, [...records]);
    this.all.push(...records);
    for (const r of records) {
      // Records are added one after another: a word this record already added is the list's last entry.
      for (const w of this.settings.words(r)) push(this.words, w, r);
      for (const doc of this.settings.docs(r)) {
        for (const s of doc.stems) {
          const list = this.stems.get(s);
          // Records are added one after another: a stem this record already added is the list's last entry.
          if (!list) this.stems.set(s, [r]);
          else if (list[list.length - 1] !== r) list.push(r);
        }
      }
    }
  }

  remove(article: string): void {
    const old = this.byArticle.get(article);
    if (!old) return;
    this.byArticle.delete(article);
    const gone = new Set(old);
    this.all = this.all.filter((r) => !gone.has(r));
    const stems = new Set<string>();
    const words = new Set<string>();
    for (const r of old) {
      for (const w of this.settings.words(r)) words.add(w);
      for (const d of this.settings.docs(r)) for (const s of d.stems) stems.add(s);
    }
    prune(this.stems, stems, gone);
    prune(this.words, words, gone);
  }

  /**
   * Candidates for a query, in the order ties should keep: Fuse.js's ranking of the best
   * word candidates first, then the other word candidates, then exact stems.
   */
  candidates(q: CandidateQuery): Set<R> {
    const accepts: ((r: R) => boolean) | undefined =
      q.article !== undefined ? (r) => this.settings.articleOf(r) === q.article : q.accept ? (r) => q.accept!(this.settings.articleOf(r)) : undefined;
    const pool = this.byWords(q.terms, accepts);
    const out = new Set<R>();
    const own = q.article !== undefined ? this.in(q.article) : accepts === undefined ? this.all : undefined;
    // One article (or a library as small) is verified whole: nothing in it can be missed, and
    // the verifier ranks it all, so Fuse.js's reranking would only cost time.
    if (own && own.length <= CANDIDATE_DEFAULTS.stems) {
      for (const r of pool) out.add(r);
      for (const r of own) out.add(r);
      return out;
    }
    for (const f of this.fuseOver(pool.slice(0, CANDIDATE_DEFAULTS.fuse)).search(q.pattern)) out.add(f.item);
    for (const r of pool) out.add(r);
    const maxStem = this.all.length >= CANDIDATE_DEFAULTS.stemShareFrom ? this.all.length * CANDIDATE_DEFAULTS.maxStemShare : Infinity;
    let added = 0;
    for (const stem of q.stems) {
      const list = this.stems.get(stem);
      if (!list || list.length > maxStem) continue;
      for (const r of list) {
        if (added >= CANDIDATE_DEFAULTS.stems) return out;
        if (out.has(r) || (accepts && !accepts(r))) continue;
        out.add(r);
        added++;
      }
    }
    return out;
  }

  /**
   * The records holding the most of the query's words (or words they stand for: a typo, a
   * stem, a synonym), each weighted by rarity and closeness, best first. Words found in a
   * large share of a big library say little and cost the most: skipped, unless a query word
   * has nothing rarer.
   */
  private byWords(terms: readonly ExpandedTerm[], accepts?: (r: R) => boolean): R[] {
    const n = this.all.length;
    const cap = n >= CANDIDATE_DEFAULTS.stemShareFrom ? n * CANDIDATE_DEFAULTS.maxWordShare : Infinity;
    const scores = new Map<R, number>();
    for (const term of terms) {
      const lists = term.words.map((w) => ({ list: this.words.get(w.word), similarity: w.similarity })).filter((l): l is { list: R[]; similarity: number } => Boolean(l.list));
      let kept = lists.filter((l) => l.list.length <= cap);
      if (!kept.length && lists.length) kept = [lists.reduce((a, b) => (b.list.length < a.list.length ? b : a))];
      for (const { list, similarity } of kept) {
        const weight = term.weight * similarity * Math.log(1 + n / list.length);
        for (const r of list) scores.set(r, (scores.get(r) ?? 0) + weight);
      }
    }
    const found: { record: R; score: number }[] = [];
    for (const [record, score] of scores) if (!accepts || accepts(record)) found.push({ record, score });
    return topK(found, CANDIDATE_DEFAULTS.byWords).map((f) => f.record);
  }

  private fuseOver(records: readonly R[]): Fuse<R> {
    return new Fuse(records, { ...FUSE_DEFAULTS, ...this.settings.options, keys: this.settings.keys });
  }
}

/** Adds `r` to `key`'s list, once. */
function push<R>(map: Map<string, R[]>, key: string, r: R): void {
  const list = map.get(key);
  if (!list) map.set(key, [r]);
  else if (list[list.length - 1] !== r) list.push(r);
}

/** Drops `gone` records from the lists of `keys`. */
function prune<R>(map: Map<string, R[]>, keys: Iterable<string>, gone: ReadonlySet<R>): void {
  for (const key of keys) {
    const kept = (map.get(key) ?? []).filter((r) => !gone.has(r));
    if (kept.length) map.set(key, kept);
    else map.delete(key);
  }
}
