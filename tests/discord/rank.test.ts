import { describe, expect, it } from 'vitest';
import { ChoiceList, keysOf, type Entry } from '../../src/discord/autocomplete/rank.js';

const SURNAMES = ['Moss', 'Reyes', 'Fisk', 'Okafor', 'Lindqvist', 'Haddad', 'Tanaka', 'Novak', 'Quill', 'Brandt'];
const entry = (i: number): Entry => {
  const name = `Person${i} ${SURNAMES[i % SURNAMES.length]}`;
  return { name, value: name, article: `a${i % 50}`, keys: keysOf(name) };
};

describe('ChoiceList over a large library', () => {
  const entries = [...Array.from({ length: 5_000 }, (_, i) => entry(i)), { name: 'Antony Blinken', value: 'Antony Blinken', article: 'rafah', keys: keysOf('Antony Blinken', 'Secretary of State') }];
  const list = new ChoiceList(entries);

  it('finds a misspelt name among thousands, quickly', () => {
    const started = performance.now();
    const choices = list.rank('Blinkne');
    expect(performance.now() - started).toBeLessThan(500);
    expect(choices[0]?.value).toBe('Antony Blinken');
  });

  it('keeps the list order among prefix matches, and the article scope', () => {
    const choices = list.rank('person1', 'a1');
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.every((c) => Number(/Person(\d+)/.exec(c.value)![1]) % 50 === 1)).toBe(true);
    const numbers = choices.map((c) => Number(/Person(\d+)/.exec(c.value)![1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(list.rank('se', undefined).length).toBeGreaterThan(0);
  });
});
