import { stem } from './text.js';

/** How close two folded words must be to count as the same word, and what each closeness is worth. */
export const WORD_MATCH = {
  exact: 1,
  sameStem: 0.95,
  /** One edit (a wrong, missing, extra or swapped letter) in a word of 4+ letters. */
  oneEdit: 0.85,
  /** Two edits in a word of 8+ letters. */
  twoEdits: 0.65,
  /** A word typed in part (`negotia` for `negotiations`), 4+ letters. */
  prefix: 0.75,
  /** Same first letter and consonants (`Yusuf`, `Yousif`), 5+ letters. */
  soundsAlike: 0.7,
  /** A compound ending in the word (`smartphones` for `phones`), 5+ letters after 4+. */
  compound: 0.8,
  /** Words of one family whose stems differ by an ending (`reduction`, `reduced`). */
  stemPrefix: 0.8,
  /** Stems one edit apart (`hous`, `hour`): a typo at the stem. */
  stemEdit: 0.85 * 0.95,
} as const;

/** Whether a similarity came from spelling alone (a typo, a sound-alike), not from the word's own family. */
export function isSpellingMatch(similarity: number): boolean {
  return similarity === WORD_MATCH.oneEdit || similarity === WORD_MATCH.twoEdits || similarity === WORD_MATCH.soundsAlike || similarity === WORD_MATCH.stemEdit;
}

/**
 * Similarity of a query word to a text word, from 0 to 1: equal, same stem, a typo
 * (Damerau–Levenshtein distance 1, or 2 in long words), or a prefix.
 */
export function wordSimilarity(query: string, word: string, queryStem = stem(query), wordStem = stem(word)): number {
  if (query === word) return WORD_MATCH.exact;
  if (queryStem === wordStem) return WORD_MATCH.sameStem;
  if (isDigit(query.charCodeAt(0)) || isDigit(word.charCodeAt(0))) return 0; // numbers match exactly or not at all
  // `villagers` are no misspelt `villages`, nor `miners` `mines`: counted apart, the ones who live
  // or work there are other things than where (`strikers` may still be the `strike`'s).
  // (Both are plurals first: most pairs are not, and this is met for every word pair.)
  if (query.charCodeAt(query.length - 1) === S && word.charCodeAt(word.length - 1) === S && (isAgentOf(query, queryStem, word, wordStem) || isAgentOf(word, wordStem, query, queryStem))) return 0;
  const longest = Math.max(query.length, word.length);
  if (query.length >= 4 && word.startsWith(query) && word.length - query.length >= 2) return WORD_MATCH.prefix;
  // `phones` for `smartphones`, `fires` for `wildfires`: a compound is a kind of its last word.
  if (query.length >= 5 && word.length - query.length >= 3 && word.endsWith(query)) return WORD_MATCH.compound;
  if (longest < 4) return 0;
  const shortest = Math.min(query.length, word.length);
  // Different first and last letters are two edits at least, which only long words may have;
  // every test below needs one of them alike (the stems share their words' first letters).
  if (shortest < 7 && query[0] !== word[0] && query[query.length - 1] !== word[word.length - 1] && queryStem[queryStem.length - 1] !== wordStem[wordStem.length - 1]) return 0;
  // (A short word with another first letter is another word: `walk` and `talk`, `power` and `tower`.)
  // (...but a first letter left out or added is a typo: `hole` for `whole`.)
  if (shortest < SHORT_STEM && query[0] !== word[0] && query.slice(1) !== word && word.slice(1) !== query) return 0;
  // Two edits only count in long words, so short ones need the cheaper one-edit check.
  const maxEdits = shortest >= 7 ? 2 : 1;
  // (Most long words met are nothing alike either: when their lengths rule out a typo of the
  // word and of its stem, and their first letters a sound-alike, only one family is left.)
  if (Math.abs(query.length - word.length) > maxEdits && Math.abs(queryStem.length - wordStem.length) > 1 && (shortest < 5 || query[0] !== word[0])) return sameFamily(queryStem, wordStem) ? WORD_MATCH.stemPrefix : 0;
  if (Math.abs(query.length - word.length) <= maxEdits && sharesLetters(query, word, maxEdits)) {
    const d = editDistance(query, word, maxEdits);
    if (d === 1) return WORD_MATCH.oneEdit;
    // (`protested` / `protesters`: two letters apart, but one family, which says more.)
    if (d === 2 && maxEdits === 2) return sameFamily(queryStem, wordStem) ? WORD_MATCH.stemPrefix : WORD_MATCH.twoEdits;
  }
  // Names heard, not read: `Yusuf` / `Yousif` keep their first letter and consonants.
  if (shortest >= 5 && query[0] === word[0] && skeleton(query) === skeleton(word)) return WORD_MATCH.soundsAlike;
  // `reduction` / `reduced`, `evacuation` / `evacuated`: one stem starts the other.
  if (sameFamily(queryStem, wordStem)) return WORD_MATCH.stemPrefix;
  // Most pairs of words are nothing alike: the cheap tests first, the edit distance last.
  if (Math.min(queryStem.length, wordStem.length) < 4 || Math.abs(queryStem.length - wordStem.length) > 1 || !sharesLetters(queryStem, wordStem, 1)) return 0;
  // (`bills` is no `will`: a short stem with another first letter is another word, not a typo.)
  if (queryStem[0] !== wordStem[0] && Math.min(queryStem.length, wordStem.length) < SHORT_STEM) return 0;
  return editDistance(queryStem, wordStem, 1) === 1 ? WORD_MATCH.stemEdit : 0;
}

/** Whether plural `word` names those who do or live by what plural `other` names: `villagers` / `villages`, `voters` / `votes`. */
function isAgentOf(word: string, wordStem: string, other: string, otherStem: string): boolean {
  return word.endsWith('ers') && other.endsWith('s') && otherStem.length >= 3 && (wordStem === `${otherStem}er` || wordStem === `${otherStem}r`);
}

/** `reduction` / `reduced`, `evacuation` / `evacuated`: one stem starts the other. */
function sameFamily(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}

/** Stems shorter than this must share their first letter to be one edit apart. */
const SHORT_STEM = 6;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * A cheap filter before the edit distance: `max` edits change at most `2 * max` letters of
 * the bag of letters, so words with more letters apart cannot be that close.
 */
function sharesLetters(a: string, b: string, max: number): boolean {
  // (Most pairs are tested here and fail: `b`'s letters a-z as bits, each of `a`'s looked up at
  // once; only another character is searched for.)
  let inB = 0;
  for (let i = 0; i < b.length; i++) {
    const bit = b.charCodeAt(i) - A;
    if (bit >= 0 && bit < 26) inB |= 1 << bit;
  }
  let diff = 0;
  for (let i = 0; i < a.length && diff <= max * 2; i++) {
    const bit = a.charCodeAt(i) - A;
    if (bit >= 0 && bit < 26 ? !(inB & (1 << bit)) : !b.includes(a[i]!)) diff++;
  }
  return diff <= max * 2;
}
const A = 'a'.charCodeAt(0);
const S = 's'.charCodeAt(0);

const ROWS = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (n >= 63 || a.length >= 63) return max + 1;
  let [prev2, prev, cur] = ROWS;
  for (let j = 0; j <= n; j++) {
    prev[j] = j;
    prev2[j] = 0;
  }
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** The consonants of a word after its first letter, doubled letters folded: `yousif` → `ysf`. */
function skeleton(word: string): string {
  let known = SKELETONS.get(word);
  if (known === undefined) {
    known = (word[0] ?? '') + word.slice(1).replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1');
    // Words are few and repeat (a library's vocabulary); junk input stops being remembered.
    if (SKELETONS.size < SKELETONS_MAX) SKELETONS.set(word, known);
  }
  return known;
}
const SKELETONS = new Map<string, string>();
const SKELETONS_MAX = 200_000;
