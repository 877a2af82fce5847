/**
 * The fixed query mix of the scale benchmark, drawn from the generator's ground truth: for each
 * command, queries in four variants (exact, partial, misspelt, absent), some over the whole
 * library and some with `article` set, each with the answer it should get. A query is only kept
 * when its expected answer is the one record in the library that holds all its words, so a miss
 * is a miss, not a tie between identical texts.
 */
import type { Command } from '../src/answer/types.js';
import { fold, isStopword, stem, words } from '../src/search/text.js';
import { childSeed, Rng } from './prng.js';
import type { SyntheticArticle, TruthFigure, TruthSpeaker } from './synthetic.js';
import { ABSENT_FIRST, ABSENT_SURNAMES, ABSENT_WORDS } from './synthetic-words.js';

export type Variant = 'exact' | 'partial' | 'misspelt' | 'absent';
export const VARIANTS: readonly Variant[] = ['exact', 'partial', 'misspelt', 'absent'];

/** What the top answer must be: a span of an article, a speaker, or nothing at all. */
export type Expect =
  | { type: 'span'; article: string; start: number; end: number }
  | { type: 'speaker'; names: string[] }
  | { type: 'none' };

/** The kind of record a query is after; the plain-Fuse baseline searches that kind. */
export type Target = 'quote' | 'person' | 'figure' | 'sentence';

export interface BenchQuery {
  command: Command;
  query: string;
  article?: string;
  variant: Variant;
  target: Target;
  expect: Expect;
}

/** The top answer, reduced to what {@link isHit} compares. */
export interface Top {
  article: string;
  start: number;
  end: number;
  speaker: string | null;
}

/** hit@1: the top answer is the expected one; for absent queries, there is no answer. */
export function isHit(expect: Expect, top: Top | null): boolean {
  if (expect.type === 'none') return top === null;
  if (!top) return false;
  if (expect.type === 'span') return top.article === expect.article && top.start < expect.end && expect.start < top.end;
  return top.speaker !== null && expect.names.includes(fold(top.speaker));
}

const contentWords = (text: string) => [...new Set(words(text).filter((w) => !isStopword(w)))];
/** Stems, as byline matches words: `discharged` and `discharges` are one. */
const contentStems = (text: string) => [...new Set(contentWords(text).map(stem))];

/** Which texts hold all of a query's content words (by stem): the uniqueness test for a candidate query. */
class WordIndex {
  private readonly postings = new Map<string, Set<number>>();

  /** Texts by their folded words (`words()` of src/search), computed once by the caller. */
  constructor(texts: readonly (readonly string[])[]) {
    texts.forEach((ws, i) => {
      for (const w of new Set(ws.filter((x) => !isStopword(x)).map(stem))) {
        const set = this.postings.get(w);
        if (set) set.add(i);
        else this.postings.set(w, new Set([i]));
      }
    });
  }

  /** Whether any text has this word (by stem). */
  has(word: string): boolean {
    return this.postings.has(stem(fold(word)));
  }

  /** True when text `id` is the only one holding every content word of `query`. */
  unique(id: number, query: string): boolean {
    const ws = contentStems(query);
    if (!ws.length) return false;
    const lists = ws.map((w) => this.postings.get(w) ?? new Set<number>()).sort((a, b) => a.size - b.size);
    for (const candidate of lists[0]!) if (candidate !== id && lists.every((l) => l.has(candidate))) return false;
    return lists[0]!.has(id);
  }
}

const trimPunct = (s: string) => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, '');

/**
 * A run of words of `text` as printed, inside one clause (people recall a phrase, not the end of
 * one sentence and the start of the next): `min` to `max` words, then trailing function words
 * dropped (`…to talk about the`), and leading ones too for a partial query. Null when too short.
 */
function fragment(rng: Rng, text: string, min: number, max: number, partial: boolean): string | null {
  const clauses = text
    .split(/[.!?;:,\u2014]+(?:\s+|$)/)
    .map((c) => c.split(/\s+/).filter(Boolean))
    .filter((c) => c.length >= min);
  if (!clauses.length) return null;
  const clause = rng.pick(clauses);
  const n = Math.min(clause.length, rng.int(min, max));
  const at = rng.int(0, clause.length - n);
  let run = clause.slice(at, at + n);
  const functionWord = (w: string | undefined) => w !== undefined && isStopword(fold(w));
  while (run.length >= min && functionWord(run[run.length - 1])) run = run.slice(0, -1);
  while (partial && run.length >= min && functionWord(run[0])) run = run.slice(1);
  return run.length >= min - 1 ? trimPunct(run.join(' ')) : null;
}

/** One typing slip in a word: two letters swapped, or one dropped (never the first letter). */
export function typo(rng: Rng, word: string): string {
  const i = rng.int(1, word.length - 2);
  const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return rng.chance(0.5) && swapped !== word ? swapped : word.slice(0, i) + word.slice(i + 1);
}

/** One edit apart (a letter changed, added or dropped, or two neighbours swapped). */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The text with one or two of its longer words misspelt; null when no word is long enough. A
 * slip that lands as close to another word of the library (`Cldhaven`: `Coldhaven` or
 * `Oldhaven`?) is drawn again, so the misspelt query still has one right answer.
 */
function misspell(rng: Rng, text: string, vocabulary: ReadonlySet<string>, byLength: ReadonlyMap<number, string[]>): string | null {
  const tokens = text.split(' ');
  const long = tokens.map((t, i) => (/^\p{L}{5,}$/u.test(t) ? i : -1)).filter((i) => i >= 0);
  let changed = 0;
  for (const i of rng.shuffle(long).slice(0, rng.chance(0.5) ? 2 : 1)) {
    const word = fold(tokens[i]!);
    for (let attempt = 0; attempt < 5; attempt++) {
      const slip = typo(rng, tokens[i]!);
      const folded = fold(slip);
      const near = [folded.length - 1, folded.length, folded.length + 1].flatMap((n) => byLength.get(n) ?? []);
      if (vocabulary.has(folded) || near.some((w) => oneEdit(folded, w) && stem(w) !== stem(word))) continue;
      tokens[i] = slip;
      changed++;
      break;
    }
  }
  return changed ? tokens.join(' ') : null;
}

/** Builds the query mix for one library (the articles given), `perVariant` per variant and command. */
export function buildQueries(articles: readonly SyntheticArticle[], perVariant: number, seed: number): Record<Command, BenchQuery[]> {
  const rng = new Rng(childSeed(seed, 1_000_000 + articles.length));
  const quotes = articles.flatMap((a) => a.quotes.map((q) => ({ a, q })));
  const sentences = articles.flatMap((a) => a.sentences.map((s) => ({ a, s })));
  const quoteIndex = new WordIndex(quotes.map((x) => words(x.q.text)));
  const sentenceWords = sentences.map((x) => words(x.s.text));
  const sentenceIndex = new WordIndex(sentenceWords);
  const vocabulary = new Set(sentenceWords.flat().filter((w) => w.length >= 4));
  const byLength = new Map<number, string[]>();
  for (const w of vocabulary) {
    const list = byLength.get(w.length);
    if (list) list.push(w);
    else byLength.set(w.length, [w]);
  }
  const misspelt = (text: string) => misspell(rng, text, vocabulary, byLength);
  // Absent words are checked against every word of the library, not trusted.
  const absent = ABSENT_WORDS.filter((w) => !sentenceIndex.has(w));
  const absentNames = ABSENT_SURNAMES.filter((w) => !sentenceIndex.has(w));
  const bySurname = new Map<string, string[]>();
  for (const a of articles) for (const s of a.speakers) bySurname.set(s.surname, [...(bySurname.get(s.surname) ?? []), fold(s.name)]);
  // Each figure's sentence, to check that a figure query's words pick out that sentence alone.
  const sentenceOf = new Map<TruthFigure, number>();
  sentences.forEach(({ a, s }, i) => {
    for (const f of a.figures) if (f.start >= s.start && f.end <= s.end) sentenceOf.set(f, i);
  });

  const absentPhrase = (n: number) => rng.shuffle(absent).slice(0, n).join(rng.pick([' ', ' and ', ' with the ', ' of ']));
  const absentName = () => `${rng.pick(ABSENT_FIRST)} ${rng.pick(absentNames)}`;

  /** A quote fragment whose expected answer is unique in the library. */
  const quoteQuery = (variant: Exclude<Variant, 'absent'>): { text: string; expect: Expect } | null => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const i = rng.int(0, quotes.length - 1);
      const { a, q } = quotes[i]!;
      const text = variant === 'partial' ? fragment(rng, q.text, 3, 4, true) : fragment(rng, q.text, 6, 8, false);
      if (!text || !quoteIndex.unique(i, text)) continue;
      const query = variant === 'misspelt' ? misspelt(text) : text;
      if (query) return { text: query, expect: { type: 'span', article: a.id, start: q.start, end: q.end } };
    }
    return null;
  };

  const sentenceQuery = (variant: Exclude<Variant, 'absent'>): { text: string; expect: Expect } | null => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const i = rng.int(0, sentences.length - 1);
      const { a, s } = sentences[i]!;
      if (s.quoted) continue;
      const text = variant === 'partial' ? fragment(rng, s.text, 3, 4, true) : fragment(rng, s.text, 6, 8, false);
      if (!text || !sentenceIndex.unique(i, text)) continue;
      const query = variant === 'misspelt' ? misspelt(text) : text;
      if (query) return { text: query, expect: { type: 'span', article: a.id, start: s.start, end: s.end } };
    }
    return null;
  };

  const personQuery = (variant: Exclude<Variant, 'absent'>, scoped: boolean): { text: string; article: string; expect: Expect } | null => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const a = rng.pick(articles);
      const s: TruthSpeaker = rng.pick(a.speakers);
      const text = variant === 'exact' ? s.name : variant === 'partial' ? s.surname : misspelt(s.name);
      if (!text || (variant === 'misspelt' && text === s.name)) continue;
      // `quotes Okafor` over the whole library: any Okafor is a right answer.
      const names = variant === 'partial' && !scoped ? bySurname.get(s.surname)! : [fold(s.name)];
      return { text, article: a.id, expect: { type: 'speaker', names } };
    }
    return null;
  };

  /** A figure by what it counts; over the whole library, with the town that tells it apart. */
  const figureQuery = (variant: Exclude<Variant, 'absent'>, scoped: boolean, countsOnly = false): { text: string; article: string; expect: Expect; figure: TruthFigure } | null => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const a = rng.pick(articles);
      const f = rng.pick(a.figures);
      if (countsOnly && f.kind !== 'count') continue;
      if (!scoped && !f.anchor) continue;
      let what = f.counts;
      if (variant === 'partial') {
        what = contentWords(f.counts).sort((x, y) => y.length - x.length)[0] ?? f.counts;
        // The word alone must not name another figure of the article too (`discharged` / `discharges`).
        if (a.figures.some((o) => o !== f && contentStems(o.counts).includes(stem(what)))) continue;
      }
      // Over the whole library, no other sentence may hold the words and the town (`Elmwick` is a
      // town in one article and a company in another).
      if (!scoped && !sentenceIndex.unique(sentenceOf.get(f) ?? -1, `${what} ${f.anchor!}`)) continue;
      let text = scoped ? what : `${what} in ${f.anchor!}`;
      if (variant === 'misspelt') {
        const m = misspelt(text);
        if (!m) continue;
        text = m;
      }
      return { text, article: a.id, expect: { type: 'span', article: a.id, start: f.start, end: f.end }, figure: f };
    }
    return null;
  };

  const out: Record<Command, BenchQuery[]> = { whosaid: [], quotes: [], figure: [], search: [], ask: [] };
  const total = perVariant * VARIANTS.length;
  for (let i = 0; i < total; i++) {
    // Variants interleaved, so a time budget that stops early still leaves a balanced mix;
    // every third query is asked about one article.
    const variant = VARIANTS[i % VARIANTS.length]!;
    const scoped = i % 3 === 2;
    const anyArticle = rng.pick(articles).id;
    const push = (command: Command, target: Target, made: { text: string; expect: Expect; article?: string } | null, query = (t: string) => t) => {
      if (!made) return;
      out[command].push({ command, target, variant, query: query(made.text), expect: made.expect, ...(scoped ? { article: made.article ?? (made.expect.type === 'span' ? made.expect.article : anyArticle) } : {}) });
    };
    const none = (text: string) => ({ text, expect: { type: 'none' } as Expect, article: anyArticle });

    push('whosaid', 'quote', variant === 'absent' ? none(absentPhrase(rng.int(3, 5))) : quoteQuery(variant));
    push('quotes', 'person', variant === 'absent' ? none(absentName()) : personQuery(variant, scoped));
    push('figure', 'figure', variant === 'absent' ? none(absentPhrase(2)) : figureQuery(variant, scoped));
    push('search', 'sentence', variant === 'absent' ? none(absentPhrase(rng.int(3, 5))) : sentenceQuery(variant));
    // `ask` rotates through the three question shapes people use most.
    const form = Math.floor(i / VARIANTS.length) % 3;
    if (form === 0) push('ask', 'quote', variant === 'absent' ? none(absentPhrase(3)) : quoteQuery(variant), (t) => `who said ${t}?`);
    else if (form === 1) push('ask', 'figure', variant === 'absent' ? none(absentPhrase(2)) : figureQuery(variant, scoped, true), (t) => `how many ${t}?`);
    else push('ask', 'person', variant === 'absent' ? none(absentName()) : personQuery(variant, scoped), (t) => `what did ${t} say?`);
  }
  return out;
}
