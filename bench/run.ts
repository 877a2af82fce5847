/** `npm run bench`: extraction speed, answer latency per command, console start-up time. */
import { spawnSync } from 'node:child_process';
import { extractionBench } from './extraction.js';

const x = extractionBench();
console.log('Extraction');
console.log(`  sample article: p50 ${x.sampleP50.toFixed(2)} ms, p99 ${x.sampleP99.toFixed(2)} ms (warm)`);
console.log(`  throughput: ${x.articlesPerSecond.toFixed(0)} articles/s on one core (average ${x.averageChars.toFixed(0)} characters)`);

console.log('\nAnswers');
await import('./answers.js');

const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], { input: '', env: { ...process.env, DISCORD_TOKEN: '' } });
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);
console.log(`\nConsole start-up to end of (empty) input: median ${runs[2]!.toFixed(0)} ms over 5 runs`);
