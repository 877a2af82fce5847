/** `npm run eval`: extraction and answer quality on the labelled articles. Add `-v` for every miss. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Engine } from '../../src/answer/engine.js';
import { libraryOf, loadQuestions, scoreQuestions, type AnswerScores } from './answers.js';
import { scoreDir, type Scores } from './extraction.js';

const verbose = process.argv.includes('-v');
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function report(name: string, s: Scores): void {
  console.log(`\n${name} (${s.articles} articles)`);
  console.log(`  quotes    P ${pct(s.quotes.precision)}  R ${pct(s.quotes.recall)}  F1 ${s.quotes.f1.toFixed(3)}  (${s.quotes.matched}/${s.quotes.gold} found, ${s.quotes.found} extracted)`);
  console.log(`  speakers  ${pct(s.speakers.accuracy)}  (${s.speakers.right}/${s.speakers.judged})`);
  console.log(`  figures   P ${pct(s.figures.precision)}  R ${pct(s.figures.recall)}  F1 ${s.figures.f1.toFixed(3)}  (${s.figures.matched}/${s.figures.gold})`);
  console.log(`  figure sources ${pct(s.sources.judged ? s.sources.right / s.sources.judged : 0)}  (${s.sources.right}/${s.sources.judged} labelled sources found)`);
  console.log(`  paragraphs ${s.paragraphs.right}/${s.paragraphs.judged} articles counted right`);
  if (verbose) for (const e of s.errors) console.log(`    - ${e}`);
}

report('Extraction, development set', scoreDir(fixtures));
if (existsSync(`${fixtures}holdout/labels`)) report('Extraction, held-out set', scoreDir(`${fixtures}holdout/`));
if (existsSync(`${fixtures}final/labels`)) report('Extraction, final set (written last; one fix since came from it)', scoreDir(`${fixtures}final/`));

function reportAnswers(name: string, s: AnswerScores): void {
  if (!s.total) return;
  const sorted = [...s.latenciesMs].sort((a, b) => a - b);
  const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2);
  console.log(`\n${name} (${s.total} questions)`);
  console.log(`  right ${pct(s.right / s.total)}  misses ${pct(s.miss / s.total)}  false answers ${pct(s.false / s.total)}  (${s.right}/${s.total})`);
  console.log(`  unanswerable questions abstained: ${s.unanswerable.abstained}/${s.unanswerable.total}`);
  for (const [cmd, c] of Object.entries(s.byCommand)) console.log(`  ${cmd.padEnd(8)} ${pct(c.right / c.total).padStart(6)}  (${c.right}/${c.total}, ${c.miss} missed, ${c.false} false)`);
  console.log(`  latency p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`);
  if (verbose) for (const f of s.failures) console.log(`    - ${f}`);
}

const questions = fileURLToPath(new URL('./questions/', import.meta.url));
const devEngine = new Engine(libraryOf(`${fixtures}articles`));
const devQuestions = loadQuestions(questions);
reportAnswers('Answers, development set, --article given', scoreQuestions(devEngine, devQuestions));
reportAnswers('Answers, development set, whole library', scoreQuestions(devEngine, devQuestions, false));
for (const [set, name] of [['holdout', 'held-out set'], ['final', 'final set'], ['round9', 'round 9 (answers only; blind once, tuned since)'], ['round10', 'round 10 (answers only; blind once, tuned since)'], ['round11', 'round 11 (answers only; blind once, tuned since)'], ['round12', 'round 12 (answers only; blind once, tuned since)'], ['round13', 'round 13 (answers only; blind once, tuned since)'], ['round14', 'round 14 (answers only; blind once, tuned since)'], ['round15', 'round 15 (answers only; blind once, tuned since)'], ['round16', 'round 16 (answers only; blind once, tuned since)'], ['round17', 'round 17 (answers only; blind once, tuned since)'], ['round18', 'round 18 (answers only; blind once, tuned since)'], ['round19', 'round 19 (answers only; blind once, tuned since)'], ['round20', 'round 20 (answers only; blind once, tuned since)'], ['round21', 'round 21 (answers only; blind once, tuned since)'], ['round22', 'round 22 (answers only; blind once, tuned since)'], ['round23', 'round 23 (answers only; blind once, tuned since)'], ['round24', 'round 24 (answers only; blind once, tuned since)'], ['round25', 'round 25 (answers only; blind once, tuned since)'], ['round26', 'round 26 (answers only; blind once, tuned since)'], ['round27', 'round 27 (answers only; blind once, tuned since)'], ['round28', 'round 28 (answers only; blind once, tuned since)'], ['round29', 'round 29 (answers only; blind once, tuned since)'], ['round30', 'round 30 (answers only; blind once, tuned since)'], ['round31', 'round 31 (answers only; blind once, tuned since)'], ['round32', 'round 32 (answers only; blind once, tuned since)'], ['round33', 'round 33 (answers only; blind once, tuned since)'], ['round34', 'round 34 (answers only; blind once, tuned since)'], ['round35', 'round 35 (answers only; blind once, tuned since)'], ['round36', 'round 36 (answers only; blind once, tuned since)'], ['round37', 'round 37 (answers only; blind once, tuned after)'], ['round38', 'round 38 (answers only; blind once, tuned after)'], ['round39', 'round 39 (answers only; blind once, tuned after)'], ['round40', 'round 40 (answers only; blind once, tuned after)'], ['round41', 'round 41 (answers only; blind once, tuned after)'], ['round42', 'round 42 (answers only; blind once, tuned after)'], ['round43', 'round 43 (answers only; blind once, tuned after)'], ['round44', 'round 44 (answers only; blind once, tuned after)'], ['round45', 'round 45 (answers only; blind once, tuned after)'], ['round46', 'round 46 (answers only; blind once, tuned after)'], ['round47', 'round 47 (answers only; blind once, tuned after)'], ['round48', 'round 48 (answers only; blind once, tuned after)'], ['round49', 'round 49 (answers only; blind once, tuned after)'], ['round50', 'round 50 (answers only; blind once, tuned after)'], ['round51', 'round 51 (answers only; blind once, tuned after)'], ['round52', 'round 52 (answers only; blind once, tuned after)'], ['round53', 'round 53 (answers only; blind once, tuned after)'], ['round54', 'round 54 (answers only; blind once, tuned after)'], ['round55', 'round 55 (answers only; blind once, tuned after)'], ['round56', 'round 56 (answers only; blind once, tuned after)'], ['round57', 'round 57 (answers only; blind once, tuned after)'], ['round58', 'round 58 (answers only; blind once, tuned after)'], ['round59', 'round 59 (answers only; blind once, tuned after)'], ['round60', 'round 60 (answers only; blind once, tuned after)'], ['round61', 'round 61 (answers only; blind once, tuned after)'], ['round62', 'round 62 (answers only; blind once, tuned after)'], ['round63', 'round 63 (answers only; blind once, tuned after)'], ['round64', 'round 64 (answers only; blind once, tuned after)'], ['round65', 'round 65 (answers only; blind once, tuned after)'], ['round66', 'round 66 (answers only; blind once, tuned after)'], ['round67', 'round 67 (answers only; blind once, tuned after)'], ['round68', 'round 68 (answers only; blind once, tuned after)'], ['round69', 'round 69 (answers only; blind once, tuned after)'], ['round70', 'round 70 (answers only; blind once, tuned after)'], ['round71', 'round 71 (answers only; blind once, tuned after)'], ['round72', 'round 72 (answers only; blind once, tuned after)'], ['round73', 'round 73 (answers only; blind once, tuned after)'], ['round74', 'round 74 (answers only; blind once, tuned after)'], ['round75', 'round 75 (answers only; blind once, tuned after)'], ['round76', 'round 76 (answers only; blind once, tuned after)'], ['round77', 'round 77 (answers only; blind once, tuned after)'], ['round78', 'round 78 (answers only; blind once, tuned after)'], ['round79', 'round 79 (answers only; blind once, tuned after)'], ['round80', 'round 80 (answers only; blind once, tuned after)'], ['round81', 'round 81 (answers only; blind once, tuned after)'], ['round82', 'round 82 (answers only; blind once, tuned after)'], ['round83', 'round 83 (answers only; blind once, tuned after)'], ['round84', 'round 84 (answers only; blind once, tuned after)'], ['round85', 'round 85 (answers only; blind once, tuned after)'], ['round86', 'round 86 (answers only; blind once, tuned after)'], ['round87', 'round 87 (answers only; blind once, tuned after)'], ['round88', 'round 88 (answers only; blind once, tuned after)'], ['round89', 'round 89 (answers only; blind once, tuned after)'], ['round90', 'round 90 (answers only; blind once, tuned after)'], ['round91', 'round 91 (answers only; blind once, tuned after)'], ['round92', 'round 92 (answers only; blind once, tuned after)'], ['round93', 'round 93 (answers only; blind once, tuned after)'], ['round94', 'round 94 (answers only; blind once, tuned after)'], ['round95', 'round 95 (answers only; blind once, tuned after)'], ['round96', 'round 96 (answers only; blind once, tuned after)']] as const) {
  if (!existsSync(`${questions}${set}`) || !existsSync(`${fixtures}${set}/articles`)) continue;
  const engine = new Engine(libraryOf(`${fixtures}${set}/articles`));
  reportAnswers(`Answers, ${name}, --article given`, scoreQuestions(engine, loadQuestions(`${questions}${set}`)));
}
