/**
 * Extraction speed: the sample article warm (target < 5 ms), and articles per second on one
 * core over the labelled articles (target ≥ 500/s).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parseArticle } from '../src/article/parse.js';
import { extract } from '../src/extract/index.js';

function timeIt(fn: () => void, rounds: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

export function extractionBench(): { sampleP50: number; sampleP99: number; articlesPerSecond: number; averageChars: number } {
  const sample = readFileSync(new URL('../data/articles/rafah-truce-talks.txt', import.meta.url), 'utf8');
  const dir = new URL('../tests/fixtures/articles/', import.meta.url);
  const texts = readdirSync(dir).map((f) => readFileSync(new URL(f, dir), 'utf8'));
  for (let i = 0; i < 50; i++) extract(parseArticle('warm', sample));
  const s = timeIt(() => extract(parseArticle('sample', sample)), 500);
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 2000) {
    for (const t of texts) extract(parseArticle(`a${n++}`, t));
  }
  const seconds = (performance.now() - t0) / 1000;
  return {
    sampleP50: s[Math.floor(s.length / 2)]!,
    sampleP99: s[Math.floor(s.length * 0.99)]!,
    articlesPerSecond: n / seconds,
    averageChars: texts.reduce((a, t) => a + t.length, 0) / texts.length,
  };
}
