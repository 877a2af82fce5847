import type { Block, Sentence, Span } from '../article/types.js';
import { sentenceSubject } from './attribution.js';
import { SPEECH_VERBS } from './lexicon.js';
import { subjectBefore, type Phrase } from './phrases.js';
import { tokenize } from './tokens.js';

/** A speech verb outside quote marks and the subject that says it. */
export interface SpeechClause {
  sentence: Sentence;
  /** Offset of the verb. */
  at: number;
  verb: string;
  phrase: Phrase;
}

/**
 * Every `subject + speech verb` clause of a paragraph, outside its quotations, in order:
 * `Brightwater chief executive Ron Tavares said construction could begin`, `he warned`.
 * They tell who has the floor, which is what `he said` later refers to.
 */
export function speechClauses(text: string, block: Block, quoted: readonly Span[]): SpeechClause[] {
  const out: SpeechClause[] = [];
  for (const sentence of block.sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end).filter((t) => !quoted.some((q) => t.start >= q.start && t.end <= q.end));
    for (let v = 0; v < tokens.length; v++) {
      const t = tokens[v]!;
      if (t.type !== 'word' || !SPEECH_VERBS.has(t.text)) continue;
      const prev = tokens[v - 1]?.text.toLowerCase();
      if (prev === 'to' || prev === 'the' || prev === 'a') continue;
      const phrase = subjectBefore(tokens, v) ?? (prev === 'and' ? sentenceSubject(tokens) : null);
      if (phrase) out.push({ sentence, at: t.start, verb: t.text, phrase });
    }
  }
  return out;
}
