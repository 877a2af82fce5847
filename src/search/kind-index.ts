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
  /** Candidates from exact stems at most, on top of those. */
  stems: 150,
  /** Whether Fuse.js gets the query words' synonyms too (a pass over each record per word). */
  synonymsToFuse: true,
  /**
   * The same in a large library: each candidate is verified word by word, and past a few
   * thousand records the candidates ranked best by rare words are the ones that answer (the
   * bench's hit@1 at 3,000 and 10,000 articles held), while verifying the rest took most of a
   * slow query. Fuse.js then ranks them by the rarest words alone: with their synonyms, its
   * passes took a sixth of a slow query and ranked the top three answers no differently.
   */
  large: { byWords: 60, fuse: 20, stems: 50, synonymsToFuse: false },
  /** One article of at most this many records of a kind is scored over its records, not the postings. */
  ownScan: 2_000,
  /** A word in more than this share of a large library's records picks no candidates. */
  maxWordShare: 0.03,
  /** A stem found in more than this share of a large library's records adds no candidates. */
  maxStemShare: 0.05,
  /** Where large starts, in records of a kind. */
  largeFrom: 4_000,
} as const;

/** How many candidates each stage takes. */
type Budget = { byWords: number; fuse: number; stems: number; synonymsToFuse: boolean };

export interface KindSettings<R> {
  /** Fuse.js keys, their texts folded. */
  keys: FuseOptionKey<R>[];
  options?: Partial<IFuseOptions<R>>;
  /** The folded words the trigram index sees (the same texts as the keys). */
  words: (record: R) => Iterable<string>;
  /** Docs whose exact stems add candidates. */
  docs: (record: R) => Doc[];
  /** Whether a large library's kind keeps the small one's candidate budget (its records are few words, cheap to verify). */
  fullBudget?: boolean;
}

/** A query word as the candidate stage uses it: its weight and the indexed words it stands for. */
export interface ExpandedTerm {
  weight: number;
  words: readonly { word: string; similarity: number }[];
}

export interface CandidateQuery {
  /** The rarest query words and their synonyms, as Fuse.js gets them. */
  pattern: string;
  /** The rarest query words alone, as Fuse.js gets them in a large library. */
  shortPattern: string;
  terms: ExpandedTerm[];
  /** Every query stem, rarest first, with its query word's weight. */
  stems: { stem: string; weight: number }[];
  article?: string | undefined;
  accept?: ((article: string) => boolean) | undefined;
}

/** Slot numbers of the records holding a word or stem: arrays as the index grows, typed views when read from a snapshot. */
export type Postings = number[] | Int32Array;

/** What a kind's index keeps between runs (see `src/search/snapshot.ts`): slots renumbered densely, in article order. */
export interface KindState {
  /** Articles in slot order, each with how many records of this kind it has. */
  articles: { id: string; count: number }[];
  words: Map<string, Postings>;
  stems: Map<string, Postings>;
}

export class KindIndex<R extends object> {
  /**
   * Each slot's record, once made: an index read from a snapshot has its postings at once and
   * makes an article's records the first time a query reaches one of them (`materialise`).
   */
  private slots: (R | undefined)[] = [];
  /** Each slot's article; undefined once removed (postings may still name a removed slot: it is skipped). */
  private slotArticle: (string | undefined)[] = [];
  private readonly slotOf = new WeakMap<R, number>();
  /** Each article's slots (consecutive), in the order articles were added. */
  private readonly spans = new Map<string, { start: number; count: number }>();
  /** Each article's records, once made. */
  private readonly byArticle = new Map<string, R[]>();
  private live = 0;
  private all: R[] | undefined;
  /**
   * Records by the words of their main text (what Fuse.js sees), as slot numbers: a query adds
   * up thousands of postings, which typed arrays indexed by slot do far faster than a map.
   */
  private words = new Map<string, Postings>();
  /** Records by the stems of every doc they are verified against (context included). */
  private stems = new Map<string, Postings>();
  /** Per-query scratch: scores by slot, and the query that last wrote each slot. */
  private scores = new Float64Array(0);
  private stamps = new Uint32Array(0);
  private stamp = 0;
  private readonly wordSets = new WeakMap<R, ReadonlySet<string>>();
  /** Makes an article's records (all kinds at once) when the index was read without them; set by the owner. */
  materialise: ((article: string) => void) | undefined;

  constructor(private readonly settings: KindSettings<R>) {}

  /** Every record, in the order articles were added (made now if some are not yet). */
  get records(): readonly R[] {
    this.all ??= [...this.spans.keys()].flatMap((id) => this.in(id));
    return this.all;
  }

  get size(): number {
    return this.live;
  }

  /** An article's records, in article order. */
  in(article: string): readonly R[] {
    const made = this.byArticle.get(article);
    if (made) return made;
    if (!this.spans.has(article)) return [];
    this.materialise?.(article);
    return this.byArticle.get(article) ?? [];
  }

  /** Whether an article is indexed but its records are not made yet. */
  pending(article: string): boolean {
    return this.spans.has(article) && !this.byArticle.has(article);
  }

  /** How many records of this kind an article has (without making them). */
  countOf(article: string): number {
    return this.spans.get(article)?.count ?? 0;
  }

  add(article: string, records: readonly R[]): void {
    this.remove(article);
    if (!records.length) return;
    this.spans.set(article, { start: this.slots.length, count: records.length });
    this.byArticle.set(article, [...records]);
    this.live += records.length;
    this.all = undefined;
    for (const r of records) {
      const slot = this.slots.length;
      this.slots.push(r);
      this.slotArticle.push(article);
      this.slotOf.set(r, slot);
      for (const w of this.settings.words(r)) push(this.words, w, slot);
      for (const doc of this.settings.docs(r)) for (const s of doc.stems) push(this.stems, s, slot);
    }
  }

  /**
   * Gives the records of an article read from a snapshot; false when they are not the records
   * the snapshot counted (the file changed since), which the owner then indexes afresh.
   */
  fill(article: string, records: readonly R[]): boolean {
    const span = this.spans.get(article);
    if (!span) return records.length === 0;
    if (span.count !== records.length) return false;
    records.forEach((r, i) => {
      this.slots[span.start + i] = r;
      this.slotOf.set(r, span.start + i);
    });
    this.byArticle.set(article, [...records]);
    return true;
  }

  remove(article: string): void {
    const span = this.spans.get(article);
    if (!span) return;
    const old = this.byArticle.get(article);
    this.spans.delete(article);
    this.byArticle.delete(article);
    this.live -= span.count;
    this.all = undefined;
    const gone = new Set<number>();
    for (let slot = span.start; slot < span.start + span.count; slot++) {
      gone.add(slot);
      this.slots[slot] = undefined;
      this.slotArticle[slot] = undefined;
    }
    // Records never made (read from a snapshot, never asked for) leave their slots in the
    // postings, skipped as removed: finding their words would mean reading a file that may be gone.
    if (!old) return;
    const stems = new Set<string>();
    const words = new Set<string>();
    for (const r of old) {
      for (const w of this.settings.words(r)) words.add(w);
      for (const d of this.settings.docs(r)) for (const s of d.stems) stems.add(s);
    }
    prune(this.stems, stems, gone);
    prune(this.words, words, gone);
  }

  /** The postings and articles to keep between runs, slots renumbered without the removed ones. */
  state(): KindState {
    const renumbered = new Int32Array(this.slots.length).fill(-1);
    const articles: KindState['articles'] = [];
    let next = 0;
    // Articles were added one after another, so their spans rise in this order: the
    // renumbering keeps every postings list in order.
    for (const [id, span] of this.spans) {
      articles.push({ id, count: span.count });
      for (let i = 0; i < span.count; i++) renumbered[span.start + i] = next++;
    }
    const keep = (map: Map<string, Postings>) => {
      const out = new Map<string, Postings>();
      for (const [key, list] of map) {
        const kept: number[] = [];
        for (const slot of list) if (renumbered[slot]! >= 0) kept.push(renumbered[slot]!);
        if (kept.length) out.set(key, kept);
      }
      return out;
    };
    return { articles, words: keep(this.words), stems: keep(this.stems) };
  }

  /** Takes over a kept state, replacing everything: records are made as queries reach them. */
  load(state: KindState): void {
    this.spans.clear();
    this.byArticle.clear();
    this.all = undefined;
    this.live = 0;
    for (const { id, count } of state.articles) {
      this.spans.set(id, { start: this.live, count });
      this.live += count;
    }
    this.slots = new Array<R | undefined>(this.live);
    this.slotArticle = new Array<string | undefined>(this.live);
    for (const [id, span] of this.spans) this.slotArticle.fill(id, span.start, span.start + span.count);
    this.words = state.words;
    this.stems = state.stems;
  }

  /** A slot's record, made when it is not yet; undefined when the slot was removed. */
  private recordAt(slot: number): R | undefined {
    const r = this.slots[slot];
    if (r !== undefined) return r;
    const article = this.slotArticle[slot];
    if (article === undefined) return undefined;
    this.in(article);
    return this.slots[slot];
  }

  /**
   * Candidates for a query, in the order ties should keep: Fuse.js's ranking of the best
   * word candidates first, then the other word candidates, then exact stems.
   */
  candidates(q: CandidateQuery): Set<R> {
    const accepts: ((slot: number) => boolean) | undefined =
      q.article !== undefined
        ? (slot) => this.slotArticle[slot] === q.article
        : q.accept
          ? (slot) => {
              const article = this.slotArticle[slot];
              return article !== undefined && q.accept!(article);
            }
          : undefined;
    const own = q.article !== undefined ? this.in(q.article) : accepts === undefined && this.live <= CANDIDATE_DEFAULTS.stems ? this.records : undefined;
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
    const budget = this.budget();
    for (const f of this.fuseOver(pool.slice(0, budget.fuse)).search(budget.synonymsToFuse ? q.pattern : q.shortPattern)) out.add(f.item);
    for (const r of pool) out.add(r);
    for (const slot of this.byStems(q.stems, budget.stems, out, accepts)) {
      const r = this.recordAt(slot);
      if (r !== undefined) out.add(r);
    }
    return out;
  }

  /**
   * Slots of records whose docs hold the query's exact stems, not among `taken`: rarest stem
   * first, each stem's records in slot order. When there are more than the stems stage takes,
   * those holding the most of the stems (rarest weighing most) are the ones taken, still in
   * that order: a place named only in a figure's paragraph and the thing asked in its
   * sentence, not the first few hundred records that merely share a common word.
   */
  private byStems(stems: readonly { stem: string; weight: number }[], cap: number, taken: ReadonlySet<R>, accepts?: (slot: number) => boolean): number[] {
    const n = this.live;
    const maxStem = n >= CANDIDATE_DEFAULTS.largeFrom ? n * CANDIDATE_DEFAULTS.maxStemShare : Infinity;
    const lists = stems.map((s) => ({ list: this.stems.get(s.stem), weight: s.weight })).filter((l): l is { list: Postings; weight: number } => l.list !== undefined && l.list.length <= maxStem);
    const takenSlots = new Set<number>();
    for (const r of taken) {
      const slot = this.slotOf.get(r);
      if (slot !== undefined) takenSlots.add(slot);
    }
    const stamp = this.nextStamp();
    const order: number[] = [];
    for (const { list, weight } of lists) {
      const w = weight * Math.log(1 + n / list.length);
      for (const slot of list) {
        if (this.stamps[slot] !== stamp) {
          this.stamps[slot] = stamp;
          this.scores[slot] = 0;
          if (takenSlots.has(slot) || this.slotArticle[slot] === undefined || (accepts && !accepts(slot))) continue;
          order.push(slot);
        }
        this.scores[slot] = this.scores[slot]! + w;
      }
    }
    if (order.length <= cap) return order;
    const picked = new Set(topSlots(order, order.length, this.scores, cap));
    return order.filter((slot) => picked.has(slot));
  }

  /**
   * The records holding the most of the query's words (or words they stand for: a typo, a
   * stem, a synonym), each weighted by rarity and closeness, best first. Words found in a
   * large share of a big library say little and cost the most: skipped, unless a query word
   * has nothing rarer.
   */
  private byWords(terms: readonly ExpandedTerm[], accepts?: (slot: number) => boolean, within?: readonly R[]): R[] {
    const n = this.live;
    const cap = n >= CANDIDATE_DEFAULTS.largeFrom ? n * CANDIDATE_DEFAULTS.maxWordShare : Infinity;
    const scores = new Map<R, number>();
    const touched: number[] = [];
    const stamp = within ? 0 : this.nextStamp();
    for (const term of terms) {
      const lists = term.words.map((w) => ({ word: w.word, list: this.words.get(w.word), similarity: w.similarity })).filter((l): l is { word: string; list: Postings; similarity: number } => Boolean(l.list));
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
    for (const slot of touched) if (this.slotArticle[slot] !== undefined && (!accepts || accepts(slot))) touched[count++] = slot;
    const top: R[] = [];
    for (const slot of topSlots(touched, count, this.scores, this.budget().byWords)) {
      const r = this.recordAt(slot);
      if (r !== undefined) top.push(r);
    }
    return top;
  }

  /** The candidate budget at this kind's size. */
  private budget(): Budget {
    return this.live >= CANDIDATE_DEFAULTS.largeFrom && !this.settings.fullBudget ? CANDIDATE_DEFAULTS.large : CANDIDATE_DEFAULTS;
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

/** Adds `slot` to `key`'s list, once (slots only grow: one already added is the list's last). */
function push(map: Map<string, Postings>, key: string, slot: number): void {
  let list = map.get(key);
  if (!list) return void map.set(key, [slot]);
  if (list[list.length - 1] === slot) return;
  // A list read from a snapshot is a fixed view: copied once into a list that can grow.
  if (!Array.isArray(list)) map.set(key, (list = Array.from(list)));
  list.push(slot);
}

/** Drops `gone` slots from the lists of `keys`. */
function prune(map: Map<string, Postings>, keys: Iterable<string>, gone: ReadonlySet<number>): void {
  for (const key of keys) {
    const kept = Array.from(map.get(key) ?? []).filter((slot) => !gone.has(slot));
    if (kept.length) map.set(key, kept);
    else map.delete(key);
  }
}
