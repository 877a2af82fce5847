/**
 * Autocomplete ranking over a fixed list of entries: exact matches first, then prefixes, then words
 * or parts that contain what was typed, then fuzzy (Fuse.js) matches; an empty input shows the list's
 * own order (most useful first). Never more than 25 choices, each name and value at most 100 chars.
 */
import Fuse from 'fuse.js';
import { fold } from '../../search/text.js';
import { TrigramIndex } from '../../search/trigrams.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';

export interface Entry {
  /** What a person sees in the list. */
  name: string;
  /** What the command receives when this entry is picked. */
  value: string;
  /** The article it belongs to. */
  article: string;
  /** Folded texts the input is matched against; the first is the main one. */
  keys: string[];
}

export interface Choice {
  name: string;
  value: string;
}

/** Typed input longer than this is cut before matching (Discord sends at most 6,000 characters). */
const MAX_TYPED = 100;
const FUSE_OPTIONS = { keys: ['keys'], threshold: 0.4, ignoreLocation: true, includeScore: true };
/**
 * Above this many entries (a large library's quotes), a trigram index picks the entries worth
 * looking at and Fuse.js only ranks those: Fuse.js over 100,000 entries takes about a second,
 * and Discord drops an autocomplete answer after three.
 */
const SCAN_ALL_UP_TO = 2_000;
const TRIGRAM_CANDIDATES = 400;

export class ChoiceList {
  readonly #fuse: Fuse<Entry> | undefined;
  readonly #trigrams: TrigramIndex<Entry> | undefined;
  /** Each entry's place in the list, to keep the list's order among trigram candidates. */
  readonly #order = new Map<Entry, number>();

  constructor(readonly entries: readonly Entry[]) {
    if (entries.length <= SCAN_ALL_UP_TO) {
      this.#fuse = new Fuse(entries, FUSE_OPTIONS);
    } else {
      this.#trigrams = new TrigramIndex<Entry>((e) => e.keys.flatMap((k) => k.split(' ')));
      entries.forEach((e, i) => {
        this.#trigrams!.add(e);
        this.#order.set(e, i);
      });
    }
  }

  /** The best entries for `typed`, optionally only those of one article (or of the articles `scope` accepts). */
  rank(typed: string, scope?: string | ((article: string) => boolean), limit: number = DISCORD_LIMITS.autocompleteChoices): Choice[] {
    const inScope = typeof scope === 'function' ? (e: Entry) => scope(e.article) : (e: Entry) => !scope || e.article === scope;
    const q = fold(typed.slice(0, MAX_TYPED));
    if (!q) return this.#choices(this.entries.filter(inScope), limit);
    const tiers: Entry[][] = [[], [], []];
    // A large list is narrowed by trigrams first; one or two typed letters have none to use, so prefixes are scanned.
    const pool = this.#trigrams && q.length >= 3 ? this.#trigrams.candidates(q.split(' '), TRIGRAM_CANDIDATES, inScope) : this.entries;
    for (const e of pool) {
      if (!inScope(e)) continue;
      const tier = e.keys.some((k) => k === q) ? 0 : e.keys.some((k) => k.startsWith(q)) ? 1 : e.keys.some((k) => k.includes(q)) ? 2 : -1;
      if (tier >= 0) tiers[tier]!.push(e);
    }
    if (pool !== this.entries) for (const tier of tiers) tier.sort((a, b) => this.#order.get(a)! - this.#order.get(b)!);
    const found = tiers.flat();
    if (found.length < limit && (this.#fuse || pool !== this.entries)) {
      const seen = new Set(found);
      const fuse = this.#fuse ?? new Fuse(pool, FUSE_OPTIONS);
      for (const hit of fuse.search(q, { limit: limit * 4 })) {
        if (!seen.has(hit.item) && inScope(hit.item)) found.push(hit.item);
      }
    }
    return this.#choices(found, limit);
  }

  #choices(entries: Entry[], limit: number): Choice[] {
    const out: Choice[] = [];
    const values = new Set<string>();
    for (const e of entries) {
      const value = e.value.slice(0, DISCORD_LIMITS.choiceValue);
      if (!value || values.has(value)) continue;
      values.add(value);
      out.push({ name: truncate(e.name, DISCORD_LIMITS.choiceName) || value, value });
      if (out.length >= Math.min(limit, DISCORD_LIMITS.autocompleteChoices)) break;
    }
    return out;
  }
}

/** Folds each text for matching, dropping empty ones. */
export function keysOf(...texts: (string | undefined)[]): string[] {
  return texts.map((t) => fold(t ?? '')).filter(Boolean);
}
