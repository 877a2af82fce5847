import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Library } from '../library/library.js';
import { coverage, queryTerms, Vocabulary, type Coverage, type Doc, type QueryTerm } from './match.js';
import { recordsOf, type FigureRecord, type PersonRecord, type QuoteRecord, type SentenceRecord } from './records.js';
import { figureSynonyms } from './synonyms.js';
import { fold, isQuestionWord } from './text.js';

/** Fuse.js settings, one place to tune them. Token search weighs each query word by rarity. */
export const FUSE_DEFAULTS = {
  useTokenSearch: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  includeScore: true,
  threshold: 0.4,
  minMatchCharLength: 2,
} as const satisfies IFuseOptions<unknown>;

/** How many candidates Fuse hands to the verifier. */
export const CANDIDATES = 60;

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

/**
 * The library's search: Fuse.js finds candidates (typos, partial words), then each candidate
 * is verified word by word against the query, so that answers are ranked by how much of the
 * question they really contain and nothing is returned for words the article does not have.
 */
export class SearchIndex {
  readonly quotes: QuoteRecord[] = [];
  readonly sentences: SentenceRecord[] = [];
  readonly figures: FigureRecord[] = [];
  readonly people: PersonRecord[] = [];
  readonly vocabulary = new Vocabulary();
  private readonly fuse: { [K in Kind]: Fuse<RecordOf<K>> };

  constructor(readonly library: Library) {
    for (const loaded of library.list()) {
      const r = recordsOf(loaded);
      this.quotes.push(...r.quotes);
      this.sentences.push(...r.sentences);
      this.figures.push(...r.figures);
      this.people.push(...r.people);
    }
    for (const s of this.sentences) this.vocabulary.add(s.doc);
    this.fuse = {
      quotes: new Fuse(this.quotes, {
        ...FUSE_DEFAULTS,
        keys: [
          { name: 'text', weight: 3, getFn: (r) => fold(r.utterance) },
          { name: 'context', weight: 1, getFn: (r) => fold(r.article.article.text.slice(r.sentence.start, r.sentence.end)) },
        ],
      }),
      sentences: new Fuse(this.sentences, { ...FUSE_DEFAULTS, keys: [{ name: 'text', getFn: (r) => fold(r.sentence.text) }] }),
      figures: new Fuse(this.figures, {
        ...FUSE_DEFAULTS,
        keys: [
          { name: 'about', weight: 3, getFn: (r) => fold(r.about) },
          { name: 'figure', weight: 1, getFn: (r) => fold(r.figure.text) },
          { name: 'context', weight: 1, getFn: (r) => fold(r.article.article.text.slice(r.figure.sentence.start, r.figure.sentence.end)) },
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
  }

  /** Query terms as this index weighs them. */
  terms(query: string, options: SearchOptions = {}, synonyms?: (w: string) => string[]): QueryTerm[] {
    const terms = queryTerms(query, this.vocabulary, synonyms);
    const kept = options.question ? terms.filter((t) => !isQuestionWord(t.word)) : terms;
    return kept.length ? kept : terms;
  }

  /** Candidates from Fuse, scored by `score`, best first, ties broken by Fuse's own score. */
  search<K extends Kind>(kind: K, terms: QueryTerm[], score: (record: RecordOf<K>) => Coverage, options: SearchOptions = {}): Hit<RecordOf<K>>[] {
    if (!terms.length) return [];
    const pattern = terms.flatMap((t) => [t.word, ...t.alternatives.map((a) => a.word)]).join(' ');
    const fuse = this.fuse[kind] as Fuse<RecordOf<K>>;
    const found = fuse.search(pattern, { limit: CANDIDATES * 4 });
    const hits: (Hit<RecordOf<K>> & { fuse: number })[] = [];
    for (const f of found) {
      if (options.article && f.item.article.id !== options.article) continue;
      const c = score(f.item);
      hits.push({ record: f.item, score: c.score, coverage: c, fuse: f.score ?? 1 });
      if (hits.length >= CANDIDATES) break;
    }
    return hits.sort((a, b) => b.score - a.score || a.fuse - b.fuse);
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
