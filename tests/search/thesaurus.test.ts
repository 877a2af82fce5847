import { describe, expect, it } from 'vitest';
import { termSimilarity } from '../../src/search/match.js';
import { quoteSynonyms } from '../../src/search/thesaurus.js';

describe('the thesaurus', () => {
  it('gives the words of a word\'s most frequent sense, by stem', () => {
    expect(quoteSynonyms('lengthy')).toContain('long');
    expect(quoteSynonyms('scared')).toContain('afraid');
    expect(quoteSynonyms('quicker')).toContain('faster');
    expect(quoteSynonyms('following')).toContain('next');
  });

  it('keeps rare senses out, and knows no word WordNet lacks', () => {
    // (`run`'s 41 verb senses include `campaign` and `scat`; a reader paraphrasing means the common one.)
    expect(quoteSynonyms('run')).not.toContain('scat');
    expect(quoteSynonyms('zelcardin')).toEqual([]);
  });
});

describe('thesaurus.json', () => {
  it('is keyed by the stems the index looks words up by (rebuild it with `npm run thesaurus` when the stemmer changes)', async () => {
    const { readFileSync } = await import('node:fs');
    const { stem } = await import('../../src/search/text.js');
    const words = JSON.parse(readFileSync(new URL('../../src/search/thesaurus.json', import.meta.url), 'utf8')) as Record<string, string>;
    const keys = Object.keys(words);
    expect(keys.length).toBeGreaterThan(30_000);
    // (Every key is the stem of some word: the stem of `lengthy` finds `long`.)
    expect(keys).toContain(stem('lengthy'));
    expect(keys).toContain(stem('scared'));
  });
});

describe('a thesaurus synonym in a query term', () => {
  it('matches only as itself, not through a misspelling as a query word does', () => {
    const term = { word: 'lengthy', stem: 'lengthi', weight: 1, alternatives: [{ word: 'long', stem: 'long', exact: true }], cache: new Map<string, number>() };
    expect(termSimilarity(term, 'long', 'long')).toBeCloseTo(0.9);
    // (`lung` is one letter from `long`: a typo of the query's own word would count, a synonym's does not.)
    expect(termSimilarity(term, 'lung', 'lung')).toBe(0);
    const loose = { ...term, alternatives: [{ word: 'long', stem: 'long' }], cache: new Map<string, number>() };
    expect(termSimilarity(loose, 'lung', 'lung')).toBeGreaterThan(0);
  });
});
