import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Library } from '../library/library.js';
import { coverage, queryTerms, Vocabulary, type Coverage, type Doc, type QueryTerm } from './match.js';
import { recordsOf, type FigureRecord, type PersonRecord, type QuoteRecord, type SentenceRecord } from './records.js';
import { figureSynonyms } from './synonyms.js';
import { fold, isQuestionWord } from './text.js';

/**
 * Fuse.js settings, one place to tune them. Token search weighs each query word by rarity;
 * texts are folded (case, diacritics, quote marks) before they reach Fuse, on both sides.
 */
export const FUSE_DEFAULTS = {
  useTokenSearch: true,
  ignoreLocation: true,
  ignoreDiacritics: false,
  includeScore: true,
  threshold: 0.4,
  minMatchCharLength: 2,
} as const satisfies IFuseOptions<unknown>;

/** Fuse runs a pass per query word: it gets the rarest few, the verifier checks them all. */
const FUSE_TERMS = 4;
const FUSE_PATTERN_WORDS = 10;
/** Candidates handed to the verifier at most, Fuse's best first. */
export const CANDIDATES = 300;

export interface Hit<R> {
  record: R;
  /** Share of the query the record contains (0..1+), the verifier's score. */
  score: number;
  coverage: Coverage;
}

export interface SearchOptions {
  /** Only this article. */
  article?: string | undefined;
  /** Drop question words (`how many`, `who`) from the query. */
  question?: boolean;
}

type Kind = 'quotes' | 'sentences' | 'figures' | 'people';
type RecordOf<K extends Kind> = K extends 'quotes' ? QuoteRecord : K extends 'sentences' ? SentenceRecord : K extends 'figures' ? FigureRecord : PersonRecord;

/** Stem → records whose text has it: the exact-word half of the candidate stage. */
class Postings<R> {
  private readonly map = new Map<string, R[]>();

  constructor(records: readonly R[], docs: (r: R) => Doc[]) {
    for (const r of records) {
      const stems = new Set(docs(r).flatMap((d) => d.stems));
      for (const s of stems) {
        const list = this.map.get(s);
        if (list) list.push(r);
        else this.map.set(s, [r]);
      }
    }
  }

  get(stem: string): readonly R[] {
    return this.map.get(stem) ?? [];
  }
}

/**
 * The library's search. Candidates come from Fuse.js (typos and partial words, over each
 * record's own words) and from exact stems anywhere in the record's context (synonyms
 * included); each candidate is then verified word by word against the query, so answers are
 * ranked by how much of the question they really contain and nothing is returned for words
 * the article does not have.
 */
export class SearchIndex {
  readonly quotes: QuoteRecord[] = [];
  readonly sentences: SentenceRecord[] = [];
  readonly figures: FigureRecord[] = [];
  readonly people: PersonRecord[] = [];
  readonly vocabulary = new Vocabulary();
  /** Each article's own records, so answers can look around one article without scanning all. */
  private readonly byArticle = new Map<string, { quotes: QuoteRecord[]; sentences: SentenceRecord[] }>();
  private readonly fuse: { [K in Kind]: Fuse<RecordOf<K>> };
  private readonly postings: { [K in Kind]: Postings<RecordOf<K>> };

  constructor(readonly library: Library) {
    for (const loaded of library.list()) {
      const r = recordsOf(loaded);
      this.byArticle.set(loaded.id, { quotes: r.quotes, sentences: r.sentences });
      this.quotes.push(...r.quotes);
      this.sentences.push(...r.sentences);
      this.figures.push(...r.figures);
      this.people.push(...r.people);
    }
    for (const s of this.sentences) this.vocabulary.add(s.doc);
    this.fuse = {
      quotes: new Fuse(this.quotes, { ...FUSE_DEFAULTS, keys: [{ name: 'text', getFn: (r) => fold(r.utterance) }] }),
      sentences: new Fuse(this.sentences, { ...FUSE_DEFAULTS, keys: [{ name: 'text', getFn: (r) => fold(r.sentence.text) }] }),
      figures: new Fuse(this.figures, {
        ...FUSE_DEFAULTS,
        keys: [
          { name: 'about', weight: 3, getFn: (r) => fold(r.about) },
          { name: 'figure', weight: 1, getFn: (r) => fold(r.figure.text) },
        ],
      }),
      people: new Fuse(this.people, {
        ...FUSE_DEFAULTS,
        threshold: 0.35,
        keys: [
          { name: 'name', weight: 3, getFn: (r) => fold(r.entity.name) },
          { name: 'aliases', weight: 2, getFn: (r) => r.entity.aliases.map(fold) },
          { name: 'role', weight: 2, getFn: (r) => fold(r.entity.role ?? '') },
        ],
      }),
    };
    this.postings = {
      quotes: new Postings(this.quotes, (r) => [r.doc, r.contextDoc]),
      sentences: new Postings(this.sentences, (r) => [r.doc]),
      figures: new Postings(this.figures, (r) => [r.doc, r.nearDoc, r.contextDoc]),
      people: new Postings(this.people, (r) => [r.doc]),
    };
  }

  /** An article's quote records, in article order. */
  quotesIn(article: string): readonly QuoteRecord[] {
    return this.byArticle.get(article)?.quotes ?? [];
  }

  /** An article's sentence records, in article order. */
  sentencesIn(article: string): readonly SentenceRecord[] {
    return this.byArticle.get(article)?.sentences ?? [];
  }

  /** Query terms as this index weighs them. */
  terms(query: string, options: SearchOptions = {}, synonyms?: (w: string) => string[]): QueryTerm[] {
    const terms = queryTerms(query, this.vocabulary, synonyms);
    const kept = options.question ? terms.filter((t) => !isQuestionWord(t.word)) : terms;
    return kept.length ? kept : terms;
  }

  /** Verified candidates, best first; ties keep the candidate stage's order (Fuse's best first). */
  search<K extends Kind>(kind: K, terms: QueryTerm[], score: (record: RecordOf<K>) => Coverage, options: SearchOptions = {}): Hit<RecordOf<K>>[] {
    if (!terms.length) return [];
    const candidates = new Set<RecordOf<K>>();
    const rarest = [...terms].sort((a, b) => b.weight - a.weight).slice(0, FUSE_TERMS);
    const pattern = [...new Set(rarest.flatMap((t) => [t.word, ...t.alternatives.map((a) => a.word)]))].slice(0, FUSE_PATTERN_WORDS).join(' ');
    for (const f of (this.fuse[kind] as Fuse<RecordOf<K>>).search(pattern, { limit: CANDIDATES })) candidates.add(f.item);
    const postings = this.postings[kind] as Postings<RecordOf<K>>;
    for (const t of terms) {
      for (const stem of [t.stem, ...t.alternatives.map((a) => a.stem)]) {
        for (const r of postings.get(stem)) {
          if (candidates.size >= CANDIDATES * 2) break;
          candidates.add(r);
        }
      }
    }
    const hits: Hit<RecordOf<K>>[] = [];
    for (const record of candidates) {
      if (options.article && record.article.id !== options.article) continue;
      const c = score(record);
      if (c.score > 0) hits.push({ record, score: c.score, coverage: c });
    }
    return hits.sort((a, b) => b.score - a.score);
  }
}

/** Coverage over several docs at once: each term takes its best match, discounted per doc. */
export function coverageOver(terms: readonly QueryTerm[], docs: readonly { doc: Doc; factor: number }[]): Coverage {
  const parts = docs.map((d) => ({ c: coverage(terms, d.doc), factor: d.factor }));
  let total = 0;
  let got = 0;
  const perTerm = terms.map((t, i) => {
    const best = Math.max(...parts.map((p) => p.factor * (p.c.perTerm[i] ?? 0)));
    total += t.weight;
    got += t.weight * best;
    return best;
  });
  const bonus = Math.max(...parts.map((p) => p.factor * (p.c.score - weighted(terms, p.c.perTerm))));
  return { score: total ? got / total + Math.max(0, bonus) : 0, perTerm };
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
