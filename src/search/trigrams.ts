/**
 * The candidate stage for large libraries: an inverted index over character trigrams of each
 * record's words. Fuse.js scores every record for every query, so its time grows with the
 * library; this index picks a few hundred records that share the most (rare) trigrams with the
 * query, and only those reach Fuse.js and the verifier. Trigrams survive a swapped or dropped
 * letter (`Blinkin` still shares `bli`, `lin`, `ink` with `Blinken`), which word indexes lose.
 */
import { topSlots } from './top.js';

export const TRIGRAM_DEFAULTS = {
  /** A trigram in more than this share of the records says little and costs the most: skipped. */
  maxShare: 0.03,
  /** Below this many records every trigram is kept: shares are noisy in small sets. */
  minRecordsForShare: 2_000,
  /** Candidates scoring under this share of the best one are dropped. */
  minShareOfBest: 0.3,
  /** Dead slots (removed records) tolerated before the postings are rebuilt. */
  compactAbove: 0.5,
} as const;

/** Distinct words whose trigrams are remembered (junk input aside, a library has far fewer). */
const GRAMS_MEMO_MAX = 500_000;

/** A word's trigrams, padded so starts and ends count: ` bl`, `bli`, ..., `en `. */
export function trigramsOf(word: string): string[] {
  const padded = ` ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return [...out];
}

/** Records by the trigrams of their words; records can be added and removed at any time. */
export class TrigramIndex<R> {
  private slots: (R | undefined)[] = [];
  private readonly slotOf = new Map<R, number>();
  private postings = new Map<string, number[]>();
  private dead = 0;
  private scores = new Float64Array(0);
  /** Each word's trigrams, computed once: the same words come back in record after record. */
  private readonly gramsOf = new Map<string, readonly string[]>();

  /** `wordsOf` gives a record's folded words (the same text Fuse.js sees). */
  constructor(private readonly wordsOf: (record: R) => Iterable<string>) {}

  get size(): number {
    return this.slotOf.size;
  }

  add(record: R): void {
    if (this.slotOf.has(record)) return;
    const slot = this.slots.length;
    this.slots.push(record);
    this.slotOf.set(record, slot);
    for (const word of this.wordsOf(record)) {
      for (const g of this.trigramsOfWord(word)) {
        const list = this.postings.get(g);
        // Slots only grow, so a trigram this record already added is the list's last entry.
        if (!list) this.postings.set(g, [slot]);
        else if (list[list.length - 1] !== slot) list.push(slot);
      }
    }
  }

  remove(record: R): void {
    const slot = this.slotOf.get(record);
    if (slot === undefined) return;
    this.slots[slot] = undefined;
    this.slotOf.delete(record);
    this.dead++;
    if (this.dead > 1_000 && this.dead > this.slots.length * TRIGRAM_DEFAULTS.compactAbove) this.compact();
  }

  /**
   * Up to `limit` records that share the most query trigrams, weighted by rarity (each word
   * counts once whatever its length), best first. `accept` filters records before the cut, so
   * a scoped query (one guild's articles) still gets its full share of candidates.
   */
  candidates(words: readonly string[], limit: number, accept?: (record: R) => boolean): R[] {
    const live = this.size;
    if (!live || !words.length) return [];
    // One score buffer per index, reused: only the slots a query touched are reset afterwards.
    if (this.scores.length < this.slots.length) this.scores = new Float64Array(this.slots.length * 2);
    const scores = this.scores;
    const touched: number[] = [];
    const cap = live >= TRIGRAM_DEFAULTS.minRecordsForShare ? Math.max(1, live * TRIGRAM_DEFAULTS.maxShare) : Infinity;
    for (const word of new Set(words)) {
      const grams = this.trigramsOfWord(word);
      const lists = grams.map((g) => this.postings.get(g)).filter((l): l is number[] => Boolean(l));
      if (!lists.length) continue;
      // A word whose every trigram is common still needs a say: its rarest one is kept.
      let kept = lists.filter((l) => l.length <= cap);
      if (!kept.length) kept = [lists.reduce((a, b) => (b.length < a.length ? b : a))];
      const share = 1 / grams.length;
      for (const list of kept) {
        const weight = share * Math.log(1 + live / list.length);
        for (const slot of list) {
          if (scores[slot] === 0) touched.push(slot);
          scores[slot]! += weight;
        }
      }
    }
    const accepted: number[] = [];
    let best = 0;
    for (const slot of touched) {
      const record = this.slots[slot];
      if (record === undefined || (accept && !accept(record))) continue;
      accepted.push(slot);
      if (scores[slot]! > best) best = scores[slot]!;
    }
    // Records far below the best share little more than a common trigram: not worth verifying.
    const floor = best * TRIGRAM_DEFAULTS.minShareOfBest;
    let kept = 0;
    for (const slot of accepted) if (scores[slot]! >= floor) accepted[kept++] = slot;
    const top = topSlots(accepted, kept, scores, limit).map((slot) => this.slots[slot]!);
    // (The buffer is shared by every query: only the slots this one touched are reset.)
    for (const slot of touched) scores[slot] = 0;
    return top;
  }

  private trigramsOfWord(word: string): readonly string[] {
    let grams = this.gramsOf.get(word);
    if (!grams) {
      grams = trigramsOf(word);
      if (this.gramsOf.size < GRAMS_MEMO_MAX) this.gramsOf.set(word, grams);
    }
    return grams;
  }

  private compact(): void {
    const records = this.slots.filter((r): r is R => r !== undefined);
    this.slots = [];
    this.slotOf.clear();
    this.postings = new Map();
    this.dead = 0;
    for (const r of records) this.add(r);
  }
}
