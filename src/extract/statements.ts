import type { Block, Sentence, Span } from '../article/types.js';
import { isPassive, sentenceSubject } from './attribution.js';
import { ROLE_MODIFIERS, ROLE_WORDS, SPEECH_VERBS } from './lexicon.js';
import { subjectAfter, subjectBefore, type Phrase } from './phrases.js';
import { outsideSpans, tokenize } from './tokens.js';

const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'for', 'from', 'with', 'to', 'by', 'and', 'or', 'as']);

/** `asked not to be named`, `requested anonymity`: how an unnamed source's own request reads. */
const ANONYMITY_ASKED = /^(?:asked|requested)\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|for\s+anonymity|anonymity|that\s+(?:his|her|their)\s+(?:name|names)\s+not)\b/i;
const ANONYMITY_CHARS = 40;
/** `who spoke on condition of anonymity`, `who asked not to be named`, right after a subject. */
const ANONYMITY_CLAUSE = /^,?\s+who\s+(?:(?:asked|requested|declined|spoke|did)\b[^,.;]{0,40}?\b(?:named|identified|anonymity|quoted))\b/i;
/** What someone may have written, to be read out or published in their name. */
const WRITTEN_WORDS = /^(?:statement|letter|tribute|message)$/;

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
    const tokens = outsideSpans(tokenize(text, sentence.start, sentence.end), quoted);
    for (let v = 0; v < tokens.length; v++) {
      const t = tokens[v]!;
      // `according to the Rev. Anne Kowalczyk`: the source has the floor too.
      if (t.text.toLowerCase() === 'according' && tokens[v + 1]?.text === 'to') {
        const source = subjectAfter(tokens, v + 2);
        if (source && source.kind === 'named') out.push({ sentence, at: t.start, verb: 'according to', phrase: source });
        continue;
      }
      // (`A statement from Joshua's mother, Claire Penrose, was read to the court`: the statement is hers.)
      if (WRITTEN_WORDS.test(t.text) && /^(?:from|by)$/.test(tokens[v + 1]?.text ?? '') && /^(?:a|the|in)$/i.test(tokens[v - 1]?.text ?? '')) {
        const author = subjectAfter(tokens, v + 2);
        if (author && author.kind === 'named' && !author.organisation) out.push({ sentence, at: t.start, verb: 'statement', phrase: author });
        continue;
      }
      if (t.type !== 'word' || !SPEECH_VERBS.has(t.text)) continue;
      const prev = tokens[v - 1]?.text.toLowerCase();
      if (prev === 'to' || prev === 'the' || prev === 'a' || isPassive(tokens, v)) continue;
      // `who asked not to be named`, `asked for anonymity`: a request about the source, not speech.
      if (ANONYMITY_ASKED.test(text.slice(t.start, t.start + ANONYMITY_CHARS))) continue;
      // `That could make a real difference, says Grace Mutua-Lindqvist`: the speaker after an inverted verb.
      const after = prev === ',' ? subjectAfter(tokens, v + 1) : null;
      const phrase = subjectBefore(tokens, v) ?? (prev === 'and' ? sentenceSubject(tokens) : null) ?? (after?.kind === 'named' ? after : null);
      if (phrase) out.push({ sentence, at: t.start, verb: t.text, phrase });
    }
  }
  return out;
}

/** How far into a sentence the comma before a subject's name in apposition may stand. */
const APPOSITION_REACH = 14;
/** How far a scene set before the subject may run (`At a primary school in ..., Esther Ojo, 38, ...`). */
const SCENE_REACH = 26;

/**
 * The person a sentence is about when it opens with one (`The councillor was unmoved.`):
 * the reader's attention moves there, so a following `he said` can mean them.
 */

export function sentenceTopics(text: string, block: Block): { at: number; phrase: Phrase }[] {
  const out: { at: number; phrase: Phrase }[] = [];
  for (const sentence of block.sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    // `Playing the older keeper is Dermot Ó Briain, returning ...`: the person after an inverted `is`.
    const copula = tokens.findIndex((t, i) => i > 1 && /^(?:is|was)$/.test(t.text) && tokens[i + 1]?.type === 'word' && /^\p{Lu}/u.test(tokens[i + 1]!.text));
    if (copula > 0) {
      const named = subjectAfter(tokens, copula + 1);
      const closes = named && tokens.find((t) => t.start >= named.end);
      if (named?.kind === 'named' && named.name!.includes(' ') && (!closes || /^[,.]$/.test(closes.text))) out.push({ at: named.start, phrase: named });
    }
    if (tokens[0]?.type !== 'word') continue;
    // `The UN's special envoy for the region, Ingrid Solheim, welcomed ...`: the name in apposition is the subject.
    // (`At a school in Lokoja that now shelters 2,300 people, Esther Ojo, 38, a trader, sat ...`: a
    // scene set before the subject reaches further.)
    const reach = PREPOSITIONS.has(tokens[0]!.text.toLowerCase()) ? SCENE_REACH : APPOSITION_REACH;
    const comma = tokens.findIndex((t, i) => t.text === ',' && i > 1 && i < reach);
    // (`Whyte's captain, centre Tanesha Blake, played`: a lower-case post may open the name's apposition.)
    const post = /^\p{Ll}+$/u.test(tokens[comma + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[comma + 2]?.text ?? '') ? 1 : 0;
    const apposed = comma > 0 && /^\p{Ll}/u.test(tokens[comma - 1]!.text) ? subjectAfter(tokens, comma + 1 + post) : null;
    let closing = apposed ? tokens.findIndex((t) => t.start >= apposed.end) : -1;
    // (`Esther Ojo, 38, a foodstuffs trader,`: an age after the name.)
    if (closing > 0 && tokens[closing]?.text === ',' && /^\d{1,3}$/.test(tokens[closing + 1]?.text ?? '') && tokens[closing + 2]?.text === ',') closing += 2;
    // (`Kerry Nguyen, 67, from Belmore, was in tears`: where the person is from, too.)
    if (closing > 0 && tokens[closing]?.text === ',' && tokens[closing + 1]?.text === 'from' && /^\p{Lu}/u.test(tokens[closing + 2]?.text ?? '')) {
      const next = tokens.findIndex((t, i) => i > closing + 2 && i <= closing + 5 && t.text === ',');
      if (next > 0) closing = next;
    }
    if (apposed?.kind === 'named' && apposed.name!.includes(' ') && closing > 0 && tokens[closing]?.text === ',' && /^\p{Ll}/u.test(tokens[closing + 1]?.text ?? '') && !PREPOSITIONS.has(tokens[closing + 1]!.text)) {
      out.push({ at: apposed.start, phrase: apposed });
      continue;
    }
    const phrase = sentenceSubject(tokens);
    if (!phrase || phrase.kind === 'pronoun' || phrase.organisation) continue;
    // (`A Missions player who spoke on condition of anonymity questioned the decision`: an unnamed
    // source enters, whatever the verb, and `the player said` next is theirs.)
    if (phrase.kind === 'common' && phrase.determiner !== 'definite' && !ANONYMITY_CLAUSE.test(text.slice(phrase.end, sentence.end))) continue;
    // (`The retired cardiologist added`: a phrase that stops at a modifier has not reached its noun.)
    if (phrase.kind === 'common' && ROLE_MODIFIERS.has(phrase.head ?? '') && !ROLE_WORDS.has(phrase.head ?? '')) continue;
    // The subject must be followed by its verb (any lower-case word but a preposition) or a comma.
    const next = tokens.find((t) => t.start >= phrase.end);
    if (next && ((next.type === 'word' && /^\p{Ll}/u.test(next.text) && !PREPOSITIONS.has(next.text)) || next.text === ',')) out.push({ at: phrase.start, phrase });
  }
  return out;
}
