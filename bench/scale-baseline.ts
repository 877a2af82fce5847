/**
 * The baseline the scale benchmark compares byline with: plain fuse.js, one instance per kind of
 * record over the whole library (quote texts, sentence texts, figure sentences, person names),
 * with the project's FUSE_DEFAULTS and no candidate stage, verifier or abstention. It searches
 * the very records byline's index holds, so the two differ only in how they search.
 */
import Fuse from 'fuse.js';
import { FUSE_DEFAULTS, type SearchIndex } from '../src/search/index.js';
import type { BenchQuery, Target, Top } from './scale-queries.js';

/** Results kept for a whole-library query; with `article` set every match is kept and filtered. */
const LIMIT = 5;

interface Item {
  article: string;
  start: number;
  end: number;
  speaker: string | null;
  text: string;
}

export class FuseBaseline {
  private readonly fuse: Record<Target, Fuse<Item>>;

  constructor(index: SearchIndex) {
    const make = (items: Item[]) => new Fuse(items, { ...FUSE_DEFAULTS, keys: ['text'] });
    this.fuse = {
      quote: make(index.quotes.map((r) => ({ article: r.article.id, start: r.quote.start, end: r.quote.end, speaker: r.quote.speaker?.name ?? null, text: r.quote.text }))),
      sentence: make(index.sentences.map((r) => ({ article: r.article.id, start: r.sentence.start, end: r.sentence.end, speaker: null, text: r.sentence.text }))),
      figure: make(index.figures.map((r) => ({ article: r.article.id, start: r.figure.start, end: r.figure.end, speaker: null, text: r.article.article.text.slice(r.figure.sentence.start, r.figure.sentence.end) }))),
      person: make(index.people.map((r) => ({ article: r.article.id, start: r.entity.mentions[0]?.start ?? 0, end: r.entity.mentions[0]?.end ?? 0, speaker: r.entity.name, text: r.entity.name }))),
    };
  }

  /** The top match for the query's kind of record, in its article when one is set; null when none. */
  top(q: BenchQuery): Top | null {
    const results = this.fuse[q.target].search(q.query, q.article ? undefined : { limit: LIMIT });
    const best = q.article ? results.find((r) => r.item.article === q.article) : results[0];
    return best ? { article: best.item.article, start: best.item.start, end: best.item.end, speaker: best.item.speaker } : null;
  }
}
