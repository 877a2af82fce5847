/**
 * Scores the extractor against the hand-labelled articles in tests/fixtures: quote precision,
 * recall and F1 (a quote matches a label when their words overlap by 80% or more), speaker
 * accuracy over matched quotes, and figure precision/recall by text.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText } from '../../src/article/load.js';
import { normalise } from '../../src/extract/entities.js';
import { extract } from '../../src/extract/index.js';

export interface LabelQuote {
  text: string;
  speaker: string | null;
  speakerAliases?: string[];
}
export interface LabelFigure {
  text: string;
  value?: number | null;
  source?: string;
}
export interface Labels {
  quotes: LabelQuote[];
  figures: LabelFigure[];
  paragraphs?: number;
}

export interface Scores {
  articles: number;
  quotes: { gold: number; found: number; matched: number; precision: number; recall: number; f1: number };
  speakers: { judged: number; right: number; accuracy: number };
  figures: { gold: number; found: number; matched: number; precision: number; recall: number; f1: number };
  paragraphs: { judged: number; right: number };
  /** Figures whose labelled source was given, and how many came with that source. */
  sources: { judged: number; right: number };
  errors: string[];
}

const words = (s: string) => normalise(s).split(' ').filter(Boolean);

function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = new Set(words(b));
  if (!wa.length || !wb.size) return 0;
  const shared = wa.filter((w) => wb.has(w)).length;
  return shared / Math.max(wa.length, wb.size);
}

/** A predicted speaker is right when it names the labelled one (full name, alias, or null for null). */
export function sameSpeaker(pred: { name: string; role?: string } | null, gold: LabelQuote): boolean {
  if (gold.speaker === null) return pred === null;
  if (pred === null) return false;
  const p = normalise(pred.name);
  const names = [gold.speaker, ...(gold.speakerAliases ?? [])].map(normalise);
  const g = normalise(gold.speaker);
  return names.includes(p) || (p.length > 3 && (g.includes(p) || p.includes(g)));
}

export function scoreDir(dir: string): Scores {
  const s: Scores = {
    articles: 0,
    quotes: { gold: 0, found: 0, matched: 0, precision: 0, recall: 0, f1: 0 },
    speakers: { judged: 0, right: 0, accuracy: 0 },
    figures: { gold: 0, found: 0, matched: 0, precision: 0, recall: 0, f1: 0 },
    paragraphs: { judged: 0, right: 0 },
    sources: { judged: 0, right: 0 },
    errors: [],
  };
  for (const file of readdirSync(join(dir, 'articles')).sort()) {
    const id = file.replace(/\.[^.]+$/, '');
    if (!existsSync(join(dir, 'labels', `${id}.json`))) continue;
    const labels = JSON.parse(readFileSync(join(dir, 'labels', `${id}.json`), 'utf8')) as Labels;
    const article = articleFromText(id, readFileSync(join(dir, 'articles', file), 'utf8'));
    const result = extract(article);
    s.articles++;
    if (labels.paragraphs !== undefined) {
      s.paragraphs.judged++;
      if (labels.paragraphs === article.paragraphs.length) s.paragraphs.right++;
      else s.errors.push(`${id}: ${article.paragraphs.length} paragraphs, labelled ${labels.paragraphs}`);
    }
    s.quotes.gold += labels.quotes.length;
    s.quotes.found += result.quotes.length;
    const used = new Set<number>();
    for (const gold of labels.quotes) {
      let best = -1;
      let bestScore = 0.8 - 1e-9;
      result.quotes.forEach((q, i) => {
        const o = overlap(q.text, gold.text);
        if (!used.has(i) && o > bestScore) [best, bestScore] = [i, o];
      });
      if (best < 0) {
        s.errors.push(`${id}: missed quote "${gold.text.slice(0, 60)}"`);
        continue;
      }
      used.add(best);
      s.quotes.matched++;
      s.speakers.judged++;
      const pred = result.quotes[best]!.speaker;
      if (sameSpeaker(pred, gold)) s.speakers.right++;
      else s.errors.push(`${id}: "${gold.text.slice(0, 50)}" said by ${pred ? pred.name : 'null'}, labelled ${gold.speaker}`);
    }
    result.quotes.forEach((q, i) => {
      if (!used.has(i)) s.errors.push(`${id}: extra quote "${q.text.slice(0, 60)}" (${q.speaker?.name ?? 'null'})`);
    });
    s.figures.gold += labels.figures.length;
    s.figures.found += result.figures.length;
    const usedFig = new Set<number>();
    for (const gold of labels.figures) {
      const i = result.figures.findIndex((f, k) => !usedFig.has(k) && (normalise(f.text) === normalise(gold.text) || overlap(f.text, gold.text) >= 0.6));
      if (i < 0) s.errors.push(`${id}: missed figure "${gold.text}"`);
      else {
        usedFig.add(i);
        s.figures.matched++;
        if (gold.source) {
          s.sources.judged++;
          const got = normalise(result.figures[i]!.source ?? '');
          const want = normalise(gold.source);
          if (got && (got.includes(want) || want.includes(got))) s.sources.right++;
        }
      }
    }
    result.figures.forEach((f, i) => {
      if (!usedFig.has(i)) s.errors.push(`${id}: extra figure "${f.text}"`);
    });
  }
  finish(s.quotes);
  finish(s.figures);
  s.speakers.accuracy = s.speakers.judged ? s.speakers.right / s.speakers.judged : 0;
  return s;
}

function finish(m: Scores['quotes']): void {
  m.precision = m.found ? m.matched / m.found : 0;
  m.recall = m.gold ? m.matched / m.gold : 0;
  m.f1 = m.precision + m.recall ? (2 * m.precision * m.recall) / (m.precision + m.recall) : 0;
}
