/** `npm run eval`: extraction and answer quality on the labelled articles. Add `-v` for every miss. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreDir, type Scores } from './extraction.js';

const verbose = process.argv.includes('-v');
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function report(name: string, s: Scores): void {
  console.log(`\n${name} (${s.articles} articles)`);
  console.log(`  quotes    P ${pct(s.quotes.precision)}  R ${pct(s.quotes.recall)}  F1 ${s.quotes.f1.toFixed(3)}  (${s.quotes.matched}/${s.quotes.gold} found, ${s.quotes.found} extracted)`);
  console.log(`  speakers  ${pct(s.speakers.accuracy)}  (${s.speakers.right}/${s.speakers.judged})`);
  console.log(`  figures   P ${pct(s.figures.precision)}  R ${pct(s.figures.recall)}  F1 ${s.figures.f1.toFixed(3)}  (${s.figures.matched}/${s.figures.gold})`);
  console.log(`  paragraphs ${s.paragraphs.right}/${s.paragraphs.judged} articles counted right`);
  if (verbose) for (const e of s.errors) console.log(`    - ${e}`);
}

report('Extraction, development set', scoreDir(fixtures));
if (existsSync(`${fixtures}holdout/labels`)) report('Extraction, held-out set', scoreDir(`${fixtures}holdout/`));
