/**
 * Answer latency per command, warm, on the sample article and on the labelled library:
 * `npx tsx bench/answers.ts`. Prints p50/p99 per command and the heap after building.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { Engine } from '../src/answer/engine.js';
import type { Command } from '../src/answer/types.js';
import { Library } from '../src/library/library.js';

const QUERIES: Record<Command, string[]> = {
  whosaid: ['we will not back down', 'space for agreement', 'humanitarian nitghmare', 'total victory', 'bizarre demands of Hamas', 'the sky is falling'],
  quotes: ['Blinken', 'the Secretary of State', 'Netanyahoo', 'an official', 'the mayor', 'Hamas'],
  figure: ['death toll', 'how many killed', 'people in Rafah', 'homes without power', 'hostages released', 'revenue'],
  ask: ['who warned about a humanitarian nightmare?', 'how many people were killed?', 'who is Antony Blinken?', 'when will talks open?', 'what did Netanyahu say about Hamas?'],
  search: ['talks in Cairo', 'prisoner exchange', 'ceasefire proposal', 'rafah border', 'weather forecast'],
};

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function measure(engine: Engine, rounds: number): Record<string, { p50: number; p99: number }> {
  const out: Record<string, { p50: number; p99: number }> = {};
  for (const [command, queries] of Object.entries(QUERIES) as [Command, string[]][]) {
    for (const q of queries) engine.answer({ command, query: q }); // warm
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const q of queries) {
        const t0 = performance.now();
        engine.answer({ command, query: q });
        times.push(performance.now() - t0);
      }
    }
    times.sort((a, b) => a - b);
    out[command] = { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
  }
  return out;
}

function report(name: string, library: Library): void {
  const t0 = performance.now();
  const engine = new Engine(library);
  const build = performance.now() - t0;
  const table = measure(engine, 50);
  console.log(`\n${name}: ${library.size} articles, index built in ${build.toFixed(1)} ms, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB`);
  for (const [command, t] of Object.entries(table)) console.log(`  ${command.padEnd(8)} p50 ${t.p50.toFixed(3)} ms   p99 ${t.p99.toFixed(3)} ms`);
}

const sample = readFileSync(new URL('../data/articles/rafah-truce-talks.txt', import.meta.url), 'utf8');
report('Sample article', Library.fromTexts({ 'rafah-truce-talks': sample }));
const dir = new URL('../tests/fixtures/articles/', import.meta.url);
const texts = Object.fromEntries(readdirSync(dir).map((f) => [f.replace(/\.txt$/, ''), readFileSync(new URL(f, dir), 'utf8')]));
report('Labelled articles', Library.fromTexts(texts));
