import { describe, expect, it } from 'vitest';
import { isSpellingMatch, WORD_MATCH, wordSimilarity } from '../../src/search/similarity.js';
import { stem } from '../../src/search/text.js';

describe('wordSimilarity', () => {
  it.each<[string, string, number]>([
    ['blinken', 'blinken', WORD_MATCH.exact],
    ['evacuated', 'evacuation', WORD_MATCH.stemPrefix],
    ['blinkin', 'blinken', WORD_MATCH.oneEdit],
    ['negotia', 'negotiations', WORD_MATCH.prefix],
    // A compound is a kind of its last word: `phones` finds `smartphones`, `fires` `wildfires`...
    ['phones', 'smartphones', WORD_MATCH.compound],
    ['fighters', 'firefighters', WORD_MATCH.compound],
    ['birds', 'seabirds', WORD_MATCH.compound],
    // ...but not a word merely ending in a short one, nor the compound asked for its last word.
    ['port', 'airport', 0],
    ['smartphones', 'phones', 0],
    ['1200', '21200', 0],
    // A short word with another first letter is another word, not a typo: `bills` is no `will`, `walk` no `talk`.
    ['bills', 'will', 0],
    ['walk', 'talk', 0],
    ['bills', 'bils', WORD_MATCH.oneEdit],
    ['hole', 'whole', WORD_MATCH.oneEdit],
    // Those who live or work somewhere, counted, are not the places: `villagers` no misspelt `villages`...
    ['villagers', 'villages', 0],
    ['mines', 'miners', 0],
    ['voters', 'votes', 0],
    // ...though the ones who do a thing may still be asked by the thing (`strike`, `forecast`).
    ['strike', 'strikers', WORD_MATCH.prefix],
    ['forecast', 'forecasters', WORD_MATCH.prefix],
    // Two letters apart but of one family: the family says more than the spelling (`protested` / `protesters`).
    ['protested', 'protesters', WORD_MATCH.stemPrefix],
  ])('%s ~ %s = %s', (query, word, expected) => {
    expect(wordSimilarity(query, word)).toBe(expected);
  });
});

describe('a stem one edit from another', () => {
  it('is a spelling match, which a word the library has does not make (`house` is no misspelt `hours`)', () => {
    expect(wordSimilarity('house', 'hours')).toBe(WORD_MATCH.stemEdit);
    expect(isSpellingMatch(wordSimilarity('house', 'hours'))).toBe(true);
  });
});

describe('stem', () => {
  it('brings irregular participles to their verb: sown and sowing, shown and showing, fled and flee', () => {
    expect(stem('sown')).toBe(stem('sowing'));
    expect(stem('shown')).toBe(stem('shows'));
    expect(stem('fled')).toBe(stem('flee'));
  });
});
