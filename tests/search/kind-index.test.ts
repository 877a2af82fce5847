import { describe, expect, it, vi } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { Library } from '../../src/library/library.js';
import { CANDIDATE_DEFAULTS, KindIndex, type CandidateQuery } from '../../src/search/kind-index.js';
import { SearchIndex } from '../../src/search/index.js';
import { toDoc, type Doc } from '../../src/search/match.js';
import { stem } from '../../src/search/text.js';

interface Row {
  id: number;
  main: Doc;
  context: Doc;
}

const kind = (rows: readonly Row[], fullBudget = false) => {
  const index = new KindIndex<Row>({ keys: [{ name: 'text', getFn: (r) => r.main.words.join(' ') }], words: (r) => r.main.words, docs: (r) => [r.main, r.context], fullBudget });
  index.add('a', rows);
  return index;
};
const row = (id: number, main: string, context: string): Row => ({ id, main: toDoc(main), context: toDoc(context) });
const query = (words: string[], stems: { word: string; weight: number }[]): CandidateQuery => ({
  pattern: words.join(' '),
  shortPattern: words.join(' '),
  terms: words.map((word) => ({ weight: 3, words: [{ word, similarity: 1 }] })),
  stems: stems.map((s) => ({ stem: stem(s.word), weight: s.weight })),
});

describe('candidates from exact stems', () => {
  it('takes the records holding the most of the stems when there are more than it takes, not the first in slot order', () => {
    // 160 records name the harbour in their context; only the last also names the levy.
    const rows = Array.from({ length: 200 }, (_, i) => row(i, `filler row ${i}`, i < 160 ? `the harbour ${i === 159 ? 'levy' : 'walls'}` : 'nothing here'));
    const found = [...kind(rows).candidates(query([], [{ word: 'harbour', weight: 3 }, { word: 'levy', weight: 1 }]))].map((r) => r.id);
    expect(found).toHaveLength(CANDIDATE_DEFAULTS.stems);
    expect(found).toContain(159);
    // (Those taken keep their order: rarest stem first, slot order.)
    expect(found.slice(0, 3)).toEqual([0, 1, 2]);
  });

  it('keeps every record, in the same order, when they are no more than it takes', () => {
    const rows = Array.from({ length: 180 }, (_, i) => row(i, `filler row ${i}`, i % 3 === 0 ? 'the harbour walls' : i % 3 === 1 ? 'a levy' : 'nothing'));
    const found = [...kind(rows).candidates(query([], [{ word: 'harbour', weight: 3 }, { word: 'levy', weight: 1 }]))].map((r) => r.id);
    expect(found).toEqual([...rows.filter((r) => r.id % 3 === 0), ...rows.filter((r) => r.id % 3 === 1)].map((r) => r.id));
  });
});

describe('a large library', () => {
  // 4,200 records: the harbour in 100 main texts, the levy in the context of 150 others, 20 with both.
  const rows = Array.from({ length: 4_200 }, (_, i) => row(i, i < 100 ? `harbour wall ${i}` : `filler ${i}`, i >= 100 && i < 250 ? 'a levy' : i < 20 ? 'a levy' : 'nothing'));
  const q = query(['harbour'], [{ word: 'harbour', weight: 3 }, { word: 'levy', weight: 2 }]);

  it('verifies fewer candidates, the best ranked of each stage', () => {
    const found = [...kind(rows).candidates(q)].map((r) => r.id);
    expect(found.length).toBeLessThanOrEqual(CANDIDATE_DEFAULTS.large.byWords + CANDIDATE_DEFAULTS.large.stems);
    // (The records with both words rank first among the word candidates.)
    for (let i = 0; i < 20; i++) expect(found).toContain(i);
  });

  it('has Fuse.js rank the word candidates by the rarest words alone, not their synonyms too', () => {
    // Every record holds the word once, so the postings rank them alike: Fuse.js's order shows.
    const ranked = (count: number) => {
      const many = Array.from({ length: count }, (_, i) => row(i, i === 5 ? 'harbour' : `harbour wall on the east side ${i}`, 'nothing'));
      const first = kind(many).candidates({ ...query(['harbour'], []), pattern: 'quay', shortPattern: 'harbour' });
      return [...first][0]!.id;
    };
    // (Fuse.js ranks the shortest text holding the word first; `quay`, the synonym, is in none.)
    expect(ranked(4_200)).toBe(5);
    expect(ranked(100)).toBe(0);
  });

  it('keeps the full budget for a kind that asks for it', () => {
    expect(kind(rows, true).candidates(q).size).toBe(100 + CANDIDATE_DEFAULTS.stems);
  });
});

describe('how many ...', () => {
  it('searches the library\'s figures once, though it looks for figures, then sentences, then offers the figures that come close', () => {
    const text = 'Floods hit the valley on Monday.\nAbout 300 homes were flooded in Ashby, the council said.\nRoads were closed.\n';
    const engine = new Engine(Library.fromTexts({ a: text }));
    // (A spy that calls through: the real search runs, and its calls are counted.)
    const spy = vi.spyOn(SearchIndex.prototype, 'search');
    try {
      const answer = engine.answer({ command: 'ask', query: 'how many cars were flooded in Ashby?' });
      expect(answer.answers).toEqual([]);
      expect(answer.suggestions?.[0]).toBe('About 300 homes');
      expect(spy.mock.calls.filter((call) => call[0] === 'figures')).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });
});
