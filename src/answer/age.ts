/**
 * `how old was he when he died`, `what age is Okafor`: an age as the article prints it (`died
 * aged 88`, `Okafor, 27,`, `a 34-year-old nurse`). Extraction keeps ages out of its figures (an
 * age describes a person, it counts nothing), so they are read from the sentences: the one that
 * holds most of the question's words, the first of equals.
 */
import type { SearchIndex } from '../search/index.js';
import { coverage, toDoc } from '../search/match.js';
import type { SentenceRecord } from '../search/records.js';
import { fold, isStopword } from '../search/text.js';
import { findPeople } from './people.js';
import { spanItem } from './items.js';
import type { AnswerItem, Scope } from './types.js';

const AGE_ASKED = /\bhow old\b|\b(?:what|which) age\b|\bage of\b|\b(?:his|her|their) age\b/i;
/** The question's own words, which say nothing of whose age. */
const QUESTION_WORDS = /\b(?:how old|what|which|age|of|is|was|are|were|will|be|when|did|does|turn|turned|now|the|he|she|they|him|her|his|their)\b/gi;
/** `aged 88`, `88 years old`, `a 34-year-old`, `at the age of 71`, `died at 88`, `Okafor, 27,` (never the end of `3,550 years old`). */
const AGES = [
  /\baged (\d{1,3})\b/g,
  /(?<![\d,.])\b(\d{1,3})[- ]years?[- ]old\b/g,
  /\bat the age of (\d{1,3})\b/g,
  /\b(?:died|dies|retired|retires) at (\d{1,3})\b/g,
  /(?<=\p{Lu}[\p{L}’'-]+, )(\d{1,3})(?=,)/gu,
] as const;
/** The first patterns of `AGES`, whose whole match is how the age is printed. */
const WHOLE_AGES = 3;
/** An age at most this far into its sentence (`The 26-year-old ...`) may describe the one named just before... */
const DESCRIBED_AT = 6;
/** ...in one of the sentences this far back... */
const DESCRIBED_REACH = 2;
/** ...counting a little less than an age printed by the name. */
const DESCRIBED = 0.9;
/** `the 46-year-old, who ...`: an age that stands for the person, with no noun after it. */
const AGE_AS_PERSON = /\bthe \d{1,3}-year-old(?:,|\s+(?:who|was|is|has|had|said|told)\b)/i;
/** `as a 20-year-old`: the age someone was when something happened, which counts for this share of one for now. */
const AGE_THEN = /\bas an? $/i;
const AGE_THEN_SHARE = 0.5;
/** The name right before `, 29,`. */
const NAMED_AGE = /(\p{Lu}[\p{L}’'-]+), $/u;
const NAME_REACH = 40;
/** How close the name must be to a word asked. */
const NAME_FOUND = 0.3;
/** An age printed right by the name asked outranks one elsewhere in a sentence that names them. */
const BY_NAME_BONUS = 0.5;
/** A sentence must hold this share of the question's words, when it has any. */
const AGE_MATCH = 0.5;

export function asksAge(query: string): boolean {
  return AGE_ASKED.test(query);
}

/**
 * The age the question asks for, with its sentence; none when no sentence of the article gives
 * one for the words asked. Over a whole library the question must name someone.
 */
export function ageOf(index: SearchIndex, query: string, scope: Scope): AnswerItem[] {
  const asked = query.replace(QUESTION_WORDS, ' ');
  const terms = index.terms(asked).filter((t) => !isStopword(t.word));
  if (!terms.length && scope.article === undefined) return [];
  // One article is read whole; a library, through the sentences that hold the name asked.
  const sentences: readonly SentenceRecord[] = scope.article !== undefined ? index.sentencesIn(scope.article) : index.search('sentences', terms, (r) => coverage(terms, r.doc), scope).map((h) => h.record);
  // (`age of the housing minister`: the person the words name by role, known by name by their age.)
  const meant = scope.article !== undefined && terms.length ? namesOf(index, asked, scope) : new Set<string>();
  let best: { item: AnswerItem; score: number } | undefined;
  const earlier: SentenceRecord[] = [];
  for (const s of sentences) {
    const before = earlier.slice(-DESCRIBED_REACH);
    earlier.push(s);
    const age = firstAge(s.sentence.text);
    if (!age) continue;
    // `Callum Rhodes reached the semi-final ... The 26-year-old from Leeds is ...`: an age that
    // opens its sentence describes whom the sentences just before were about (one article read in order).
    // (So does one standing for a person, anywhere: `found the 46-year-old, who performs as Rafa Ortega, guilty`.)
    const opens = age.index <= DESCRIBED_AT || AGE_AS_PERSON.test(s.sentence.text.slice(Math.max(0, age.index - 4), age.index + 14));
    const describes = scope.article !== undefined && opens && terms.length ? DESCRIBED * Math.max(0, ...before.map((b) => coverage(terms, b.doc).score)) : 0;
    // (`moving to Benfica as a 20-year-old in 2023`: an age then, below one given for now.)
    const then = AGE_THEN.test(s.sentence.text.slice(Math.max(0, age.index - 6), age.index)) ? AGE_THEN_SHARE : 1;
    // (`Aalto, 29, was bidding`: an age printed right by a name asked is that person's, whoever an epithet near it means.)
    const name = terms.length ? NAMED_AGE.exec(s.sentence.text.slice(Math.max(0, age.index - NAME_REACH), age.index))?.[1] : undefined;
    const byName = name && (coverage(terms, toDoc(name)).score >= NAME_FOUND || meant.has(fold(name))) ? 1 : 0;
    // (`the 24-year-old Italian ... Mateo Aguirre` in the lede, `behind Aguirre, 29,` later: the age by the name is his.)
    const score = then * (terms.length ? Math.max(coverage(terms, s.doc).score, describes, byName) : 1) + byName * BY_NAME_BONUS;
    if (score < AGE_MATCH || (best && score <= best.score)) continue;
    best = { score, item: spanItem(s, age.index, age.text) };
  }
  return best ? [best.item] : [];
}

/** The first age a sentence gives: its number and where it stands. */
function firstAge(text: string): { text: string; index: number } | undefined {
  let first: { text: string; index: number } | undefined;
  for (const [k, pattern] of AGES.entries()) {
    for (const m of text.matchAll(pattern)) {
      // (`17 years old`, `aged 88`, `at the age of 71`: shown as printed; a bare `, 27,` or `died at 88` by its number.)
      const whole = k < WHOLE_AGES;
      const index = whole ? m.index : m.index + m[0].indexOf(m[1]!);
      if (!first || index < first.index) first = { text: whole ? m[0] : m[1]!, index };
    }
  }
  return first;
}

/** A post just left: `the former minister`, `the outgoing coach`. */
const LATELY_HELD = /\b(?:former|outgoing|ex|departing|sacked|ousted)\b/i;

/** The words of the names of the people a description means (`the housing minister`: Nathalie Gagnon). */
function namesOf(index: SearchIndex, description: string, scope: Scope): Set<string> {
  const find = (words: string) => findPeople(index, words, scope).filter((h) => h.record.entity.kind === 'person' && !h.record.entity.anonymous);
  // (`the former minister`, who has just resigned: the article may still give her the post.)
  let people = find(description);
  if (!people.length && LATELY_HELD.test(description)) people = find(description.replace(new RegExp(LATELY_HELD.source, 'gi'), ' '));
  // (One person or two at most: a description that fits many names no one.)
  return new Set(people.length > 0 && people.length <= 2 ? people.flatMap((h) => fold(h.record.entity.name).split(' ')) : []);
}
