/**
 * Does the generator write text the real extractor can read? Compares what `synthetic.ts` wrote
 * (its ground truth) with what `src/extract` found, so a reader of the scale table can trust
 * that the synthetic library exercises quotes, speakers and figures as real articles do.
 */
import type { Library } from '../src/library/library.js';
import { fold } from '../src/search/text.js';
import type { SyntheticArticle } from './synthetic.js';

export interface SelfCheck {
  articles: number;
  quotes: { generated: number; found: number; rightSpeaker: number };
  figures: { generated: number; found: number };
  /** Speakers per article: generated, and found as a person of the same name. */
  speakers: { generated: number; found: number };
  /** Distinct speaker names across the library: generated, and among the extractor's quoted speakers. */
  distinctSpeakers: { generated: number; extracted: number };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Scores the extraction of every generated article in `library` against its ground truth. */
export function selfCheck(articles: readonly SyntheticArticle[], library: Library): SelfCheck {
  const out: SelfCheck = { articles: 0, quotes: { generated: 0, found: 0, rightSpeaker: 0 }, figures: { generated: 0, found: 0 }, speakers: { generated: 0, found: 0 }, distinctSpeakers: { generated: 0, extracted: 0 } };
  const generatedNames = new Set<string>();
  const extractedNames = new Set<string>();
  for (const a of articles) {
    const loaded = library.get(a.id);
    if (!loaded) continue;
    out.articles++;
    const x = loaded.extraction;
    for (const q of a.quotes) {
      out.quotes.generated++;
      const got = x.quotes.find((e) => overlaps(e, q));
      if (!got) continue;
      out.quotes.found++;
      if (got.speaker && fold(got.speaker.name) === fold(q.speaker)) out.quotes.rightSpeaker++;
    }
    for (const f of a.figures) {
      out.figures.generated++;
      if (x.figures.some((e) => overlaps(e, f))) out.figures.found++;
    }
    const people = new Set(x.entities.filter((e) => e.kind === 'person').map((e) => fold(e.name)));
    for (const s of a.speakers) {
      out.speakers.generated++;
      generatedNames.add(fold(s.name));
      if (people.has(fold(s.name))) out.speakers.found++;
    }
    for (const q of x.quotes) if (q.speaker) extractedNames.add(fold(q.speaker.name));
  }
  out.distinctSpeakers = { generated: generatedNames.size, extracted: [...generatedNames].filter((n) => extractedNames.has(n)).length };
  return out;
}

/** One line per measure, with the share found. */
export function formatSelfCheck(c: SelfCheck): string[] {
  const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '0.0'} %`;
  return [
    `Self-check on ${c.articles.toLocaleString('en-US')} synthetic articles (extractor vs generator):`,
    `  quotes   ${c.quotes.found}/${c.quotes.generated} found (${pct(c.quotes.found, c.quotes.generated)}), ${c.quotes.rightSpeaker} with the right speaker (${pct(c.quotes.rightSpeaker, c.quotes.generated)} of generated)`,
    `  figures  ${c.figures.found}/${c.figures.generated} found (${pct(c.figures.found, c.figures.generated)})`,
    `  speakers ${c.speakers.found}/${c.speakers.generated} named as a person (${pct(c.speakers.found, c.speakers.generated)}); ${c.distinctSpeakers.extracted}/${c.distinctSpeakers.generated} distinct names credited with a quote`,
  ];
}
