/**
 * Synonyms a reader may put for a quote's words (`a lengthy dispute` for `a long conflict`,
 * `scared` for `afraid`), from WordNet 3.1's most frequent senses: see
 * scripts/build-thesaurus.ts, which writes thesaurus.json, and THESAURUS-LICENSE.txt.
 * Read once and looked up by stem.
 */
import { readFileSync } from 'node:fs';
import { stem } from './text.js';

let byStem: Record<string, string> | undefined;

/** Reads the thesaurus now rather than at the first paraphrase asked. */
export function loadThesaurus(): void {
  byStem ??= JSON.parse(readFileSync(new URL('./thesaurus.json', import.meta.url), 'utf8')) as Record<string, string>;
}

/** Words that may stand for `word` in a paraphrase of a quote; none for a word WordNet lacks. */
export function quoteSynonyms(word: string): string[] {
  loadThesaurus();
  const words = Object.hasOwn(byStem!, stem(word)) ? byStem![stem(word)] : undefined;
  return words ? words.split(' ') : [];
}
