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
import { topK, topSlots } from './top.js';

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
  /** One article of at most this many records of a kind is scored over its records, not the postings. */
  ownScan: 2_000,
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

export class KindIndex<R extends object> {
  private all: R[] = [];
  private readonly byArticle = new Map<string, R[]>();
  /**
   * Records by the words of their main text (what Fuse.js sees), as slot numbers: a query adds
   * up thousands of postings, which typed arrays indexed by slot do far faster than a map.
   */
  private readonly words = new Map<string, number[]>();
  /** Each record's slot; a removed record leaves its slot empty. */
  private readonly slots: (R | undefined)[] = [];
  private readonly slotOf = new WeakMap<R, number>();
  /** Per-query scratch: scores by slot, and the query that last wrote each slot. */
  private scores = new Float64Array(0);
  private stamps = new Uint32Array(0);
  private stamp = 0;
  private readonly stems = new Map<string, R[]>();
  private readonly wordSets = new WeakMap<R, ReadonlySet<string>>();

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
      const slot = this.slots.length;
      this.slots.push(r);
      this.slotOf.set(r, slot);
      // Records are added one after another: a word this record already added is the list's last entry.
      for (const w of this.settings.words(r)) push(this.words, w, slot);
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
    const goneSlots = new Set<number>();
    for (const r of old) {
      const slot = this.slotOf.get(r);
      if (slot !== undefined) {
        goneSlots.add(slot);
        this.slots[slot] = undefined;
      }
    }
    prune(this.words, words, goneSlots);
  }

  /**
   * Candidates for a query, in the order ties should keep: Fuse.js's ranking of the best
   * word candidates first, then the other word candidates, then exact stems.
   */
  candidates(q: CandidateQuery): Set<R> {
    const accepts: ((r: R) => boolean) | undefined =
      q.article !== undefined ? (r) => this.settings.articleOf(r) === q.article : q.accept ? (r) => q.accept!(this.settings.articleOf(r)) : undefined;
    const own = q.article !== undefined ? this.in(q.article) : accepts === undefined ? this.all : undefined;
    // One article is scored over its own records: the library's postings hold thousands of others.
    const pool = q.article !== undefined && own!.length <= CANDIDATE_DEFAULTS.ownScan ? this.byWords(q.terms, undefined, own) : this.byWords(q.terms, accepts);
    const out = new Set<R>();
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
  private byWords(terms: readonly ExpandedTerm[], accepts?: (r: R) => boolean, within?: readonly R[]): R[] {
    const n = this.all.length;
    const cap = n >= CANDIDATE_DEFAULTS.stemShareFrom ? n * CANDIDATE_DEFAULTS.maxWordShare : Infinity;
    const scores = new Map<R, number>();
    const touched: number[] = [];
    const stamp = within ? 0 : this.nextStamp();
    for (const term of terms) {
      const lists = term.words.map((w) => ({ word: w.word, list: this.words.get(w.word), similarity: w.similarity })).filter((l): l is { word: string; list: number[]; similarity: number } => Boolean(l.list));
      let kept = lists.filter((l) => l.list.length <= cap);
      if (!kept.length && lists.length) kept = [lists.reduce((a, b) => (b.list.length < a.list.length ? b : a))];
      for (const { word, list, similarity } of kept) {
        const weight = term.weight * similarity * Math.log(1 + n / list.length);
        // The same scores and order as the postings give, over the few records asked for.
        if (within) {
          for (const r of within) if (this.wordsOf(r).has(word)) scores.set(r, (scores.get(r) ?? 0) + weight);
          continue;
        }
        for (const slot of list) {
          if (this.stamps[slot] !== stamp) {
            this.stamps[slot] = stamp;
            this.scores[slot] = 0;
            touched.push(slot);
          }
          this.scores[slot] = this.scores[slot]! + weight;
        }
      }
    }
    if (within) {
      const found: { record: R; score: number }[] = [];
      for (const [record, score] of scores) found.push({ record, score });
      return topK(found, CANDIDATE_DEFAULTS.byWords).map((f) => f.record);
    }
    let count = 0;
    for (const slot of touched) if (!accepts || accepts(this.slots[slot]!)) touched[count++] = slot;
    return topSlots(touched, count, this.scores, CANDIDATE_DEFAULTS.byWords).map((slot) => this.slots[slot]!);
  }

  /** A fresh stamp for one query's scratch scores, the scratch grown to every slot. */
  private nextStamp(): number {
    if (this.scores.length < this.slots.length) {
      const size = Math.max(this.slots.length, this.scores.length * 2);
      this.scores = new Float64Array(size);
      this.stamps = new Uint32Array(size);
      this.stamp = 0;
    }
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.stamps.fill(0);
    return this.stamp;
  }

  /** A record's posted words as a set, made once. */
  private wordsOf(r: R): ReadonlySet<string> {
    let set = this.wordSets.get(r);
    if (!set) this.wordSets.set(r, (set = new Set(this.settings.words(r))));
    return set;
  }

  private fuseOver(records: readonly R[]): Fuse<R> {
    return new Fuse(records, { ...FUSE_DEFAULTS, ...this.settings.options, keys: this.settings.keys });
  }
}

/** Adds `r` to `key`'s list, once. */
function push<T>(map: Map<string, T[]>, key: string, r: T): void {
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
