import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { Library } from '../../src/library/library.js';
import { decodeState, encodeState } from '../../src/search/state-codec.js';
import { loadQuestions, type Question } from '../eval/answers.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const QUESTIONS = fileURLToPath(new URL('../eval/questions/', import.meta.url));
/** Rounds whose articles make one library: large enough that queries go through the postings, not a scan. */
const ROUNDS = Array.from({ length: 8 }, (_, i) => `round${i + 20}`);

let library: Library;
let questions: Question[];

beforeAll(() => {
  const texts: Record<string, string> = {};
  for (const round of ROUNDS) {
    const dir = join(FIXTURES, round, 'articles');
    for (const f of readdirSync(dir)) texts[f.replace(/\.[^.]+$/, '')] = readFileSync(join(dir, f), 'utf8');
  }
  library = Library.fromTexts(texts);
  questions = ROUNDS.flatMap((round) => loadQuestions(join(QUESTIONS, round)));
});

describe('an index state kept as bytes', () => {
  it('is taken over by an engine that answers every question as the one that built it, reading articles only as queries reach them', () => {
    const built = new Engine(library);
    expect(built.index.quotes.length).toBeGreaterThan(300);
    library.kept = decodeState(encodeState(built.index.state(), { any: 'extra' }))!.state;
    const taken = new Engine(library);
    expect(taken.takenOver).toBe(true);
    expect(taken.index.pending).toBe(library.size);
    // Over the whole library (the postings pick candidates) and within one article.
    for (const q of questions) {
      expect(taken.answer({ command: q.command, query: q.query })).toEqual(built.answer({ command: q.command, query: q.query }));
      expect(taken.answer({ command: q.command, query: q.query, article: q.article })).toEqual(built.answer({ command: q.command, query: q.query, article: q.article }));
    }
    expect(taken.index.pending).toBeLessThan(library.size);
    expect(taken.index.warmUp(60_000)).toBe(0);
    expect(taken.index.quotes.length).toBe(built.index.quotes.length);
  }, 60_000);

  it('gives back the caller\'s data, and nothing for bytes of another format or cut short', () => {
    const bytes = encodeState(new Engine(Library.fromTexts({ a: 'Title\n\n"We will rebuild," the mayor said.' })).index.state(), { files: ['a.txt'] });
    expect(decodeState(bytes)?.extra).toEqual({ files: ['a.txt'] });
    expect(decodeState(bytes.subarray(0, bytes.length - 4))).toBeUndefined();
    expect(decodeState(Buffer.from('{"not":"an index"}'))).toBeUndefined();
    expect(decodeState(Buffer.alloc(2))).toBeUndefined();
  });
});
