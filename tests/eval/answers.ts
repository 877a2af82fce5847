/**
 * Scores the answer engine on the question sets in tests/eval/questions: each question is
 * right, a miss (no answer where one was expected) or false (a wrong answer, or an answer
 * where the article is silent). False answers are the ones that matter most.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../../src/answer/engine.js';
import type { Answer, Command } from '../../src/answer/types.js';
import { normalise } from '../../src/extract/entities.js';
import { Library } from '../../src/library/library.js';

export interface Question {
  command: Command;
  query: string;
  article?: string;
  expect: { speaker?: string | null; quote?: string; figure?: string; text?: string } | null;
}

export type Verdict = 'right' | 'miss' | 'false';

export interface AnswerScores {
  total: number;
  byCommand: Record<string, { total: number; right: number; miss: number; false: number }>;
  right: number;
  miss: number;
  false: number;
  unanswerable: { total: number; abstained: number };
  failures: string[];
  latenciesMs: number[];
}

const wordsOf = (s: string) => normalise(s).split(' ').filter(Boolean);

/** Share of `expected`'s words found in `actual`. */
function contains(actual: string | null | undefined, expected: string): boolean {
  if (!actual) return false;
  const have = new Set(wordsOf(actual));
  const want = wordsOf(expected);
  return want.length > 0 && want.filter((w) => have.has(w)).length / want.length >= 0.8;
}

function sameName(actual: string | undefined, expected: string): boolean {
  if (!actual) return false;
  const a = normalise(actual);
  const e = normalise(expected);
  return a === e || (a.length > 3 && (e.includes(a) || a.includes(e)));
}

export function judge(q: Question, a: Answer): Verdict {
  if (q.expect === null) return a.answers.length ? 'false' : 'right';
  if (!a.answers.length) return 'miss';
  const e = q.expect;
  const top = a.answers[0]!;
  if (q.command === 'quotes') {
    const speakersOk = e.speaker ? a.answers.every((x) => sameName(x.speaker?.name, e.speaker!)) : true;
    const quoteOk = e.quote ? a.answers.some((x) => contains(x.quote ?? x.text, e.quote!)) : true;
    return speakersOk && quoteOk ? 'right' : 'false';
  }
  if (e.figure !== undefined) return a.answers.slice(0, 1).some((x) => contains(x.figure ?? x.text, e.figure!)) ? 'right' : 'false';
  if (e.quote !== undefined) {
    const quoteOk = contains(top.quote ?? top.text, e.quote);
    const speakerOk = e.speaker === undefined || (e.speaker === null ? top.speaker === null : sameName(top.speaker?.name, e.speaker));
    return quoteOk && speakerOk ? 'right' : 'false';
  }
  if (e.text !== undefined) return contains(top.text, e.text) ? 'right' : 'false';
  if (e.speaker) return sameName(top.speaker?.name, e.speaker) ? 'right' : 'false';
  return 'false';
}

export function loadQuestions(dir: string): Question[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Question));
}

export function libraryOf(articlesDir: string): Library {
  const texts: Record<string, string> = {};
  for (const f of readdirSync(articlesDir)) texts[f.replace(/\.[^.]+$/, '')] = readFileSync(join(articlesDir, f), 'utf8');
  return Library.fromTexts(texts);
}

/** Runs every question; with `withArticle` false the engine searches the whole library. */
export function scoreQuestions(engine: Engine, questions: Question[], withArticle = true): AnswerScores {
  const s: AnswerScores = { total: 0, byCommand: {}, right: 0, miss: 0, false: 0, unanswerable: { total: 0, abstained: 0 }, failures: [], latenciesMs: [] };
  for (const q of questions) {
    const t0 = performance.now();
    const a = engine.answer({ command: q.command, query: q.query, article: withArticle ? q.article : undefined });
    s.latenciesMs.push(performance.now() - t0);
    let v = judge(q, a);
    if (!withArticle && v === 'right' && q.expect && a.answers[0] && a.answers[0].citation.article !== q.article) v = 'false';
    const c = (s.byCommand[q.command] ??= { total: 0, right: 0, miss: 0, false: 0 });
    c.total++;
    c[v]++;
    s.total++;
    s[v]++;
    if (q.expect === null) {
      s.unanswerable.total++;
      if (!a.answers.length) s.unanswerable.abstained++;
    }
    if (v !== 'right') {
      const got = a.answers[0] ? `${a.answers[0].speaker?.name ?? '-'} | ${a.answers[0].figure ?? a.answers[0].quote ?? a.answers[0].text}`.slice(0, 110) : a.message;
      s.failures.push(`${v.toUpperCase()} [${q.command}] ${q.query} (${q.article}) → ${got}   // expected ${JSON.stringify(q.expect)}`);
    }
  }
  return s;
}
