import type { SpeakerRef } from '../extract/types.js';
import type { SearchIndex } from '../search/index.js';
import { coverage, toDoc, type QueryTerm } from '../search/match.js';
import type { SentenceRecord } from '../search/records.js';
import { LIMITS, THRESHOLDS } from './config.js';
import type { Scope } from './types.js';

export interface StatementHit {
  record: SentenceRecord;
  speaker: SpeakerRef;
  score: number;
}

/** Sentences of reported speech (`X warned that ...`) that match the terms. */
export function statementHits(index: SearchIndex, terms: QueryTerm[], scope: Scope = {}): StatementHit[] {
  const hits = index.search('sentences', terms, (r) => coverage(terms, r.doc), scope);
  const out: StatementHit[] = [];
  for (const h of hits) {
    const { extraction, article } = h.record.article;
    const statement = extraction.statements.find((s) => s.start === h.record.sentence.start);
    if (!statement) continue;
    // (`Ministers have not ruled out forcing the bill through ..., a move Lefèvre described as "a
    // gamble ..."`: the words of another speaker's quote in the sentence are theirs, not the statement's.)
    const others = extraction.quotes.filter((q) => q.start >= statement.start && q.end <= statement.end && q.speakerId !== null && q.speakerId !== statement.speakerId);
    // (`Who praised New Zealand's resilience?`: not `New Zealand Football said ...`; a speaker's own name is not what they said.)
    const named = extraction.entities.find((e) => e.id === statement.speakerId)?.mentions.filter((m) => m.start >= statement.start && m.end <= statement.end) ?? [];
    const holes = [...others, ...named];
    const score = holes.length ? Math.min(h.score, coverage(terms, toDoc(blanked(article.text, statement, holes))).score) : h.score;
    out.push({ record: h.record, speaker: statement.speaker, score });
  }
  return out;
}

/** The text of a span with the given spans inside it blanked out, offsets kept. */
function blanked(text: string, span: { start: number; end: number }, holes: readonly { start: number; end: number }[]): string {
  let out = text.slice(span.start, span.end);
  for (const h of holes) out = out.slice(0, h.start - span.start) + ' '.repeat(h.end - h.start) + out.slice(h.end - span.start);
  return out;
}

/** "Did you mean": the closest entries below the answer bar, shortened. */
export function suggest(texts: string[], scores: number[]): { suggestions?: string[] } {
  const picked: string[] = [];
  texts.forEach((t, i) => {
    const text = t.trim();
    if (!/[\p{L}\p{N}]{2}/u.test(text)) return; // nothing worth offering
    if ((scores[i] ?? 0) >= THRESHOLDS.suggestion && picked.length < LIMITS.suggestions && !picked.includes(text)) picked.push(text);
  });
  return picked.length ? { suggestions: picked.map((text) => shorten(text)) } : {};
}

export function shorten(text: string, max: number = LIMITS.suggestionChars): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
