/**
 * `npm run bench`: extraction speed, answer latency per command, console start-up time, then the
 * scale benchmark (`bench/scale.ts`: 1 to 10,000 synthetic articles, byline next to plain fuse.js,
 * cold start from the extraction cache; also written to bench/results.json).
 *
 *   npm run bench -- --scale-only      only the scale benchmark
 *   npm run bench -- --no-scale        everything but the scale benchmark
 *   other flags (--sizes=1,100, --per-variant=4, --no-cold) are passed on to bench/scale.ts
 */
import { spawnSync } from 'node:child_process';
import { extractionBench } from './extraction.js';

const args = process.argv.slice(2);
const scaleOnly = args.includes('--scale-only');
const noScale = args.includes('--no-scale');
const started = performance.now();

if (!scaleOnly) {
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
}

if (!noScale) {
  // A child process with --expose-gc, so heap figures are taken after a full collection.
  const passed = args.filter((a) => a !== '--scale-only');
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', 'bench/scale.ts', ...passed], { stdio: 'inherit' });
  if (child.status !== 0) process.exitCode = child.status ?? 1;
}
console.log(`\nnpm run bench: ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
