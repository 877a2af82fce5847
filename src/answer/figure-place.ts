/**
 * `how much did Perth rents rise`: a figure whose sentence names another place or person
 * (`In Sydney, ... a rise of $45`) and not the one asked is said of that other one.
 */
import type { Entity } from '../extract/types.js';
import type { QueryTerm } from '../search/match.js';
import type { FigureRecord } from '../search/records.js';
import { WORD_MATCH, wordSimilarity } from '../search/similarity.js';
import { fold } from '../search/text.js';

/** The words that name an entity in a sentence: its whole name, or a person's surname. */
function namesOf(e: Entity): string[] {
  const surname = e.kind === 'person' ? e.name.split(' ').pop() : undefined;
  return surname && surname !== e.name ? [e.name, surname] : [e.name];
}

/** Whether the query names the entity: every word of one of its names, a typo allowed (`loretto`). */
function asks(terms: readonly QueryTerm[], e: Entity): boolean {
  return namesOf(e).some((name) => {
    const words = fold(name).split(' ').filter(Boolean);
    return words.length > 0 && words.every((w) => terms.some((t) => wordSimilarity(t.word, w, t.stem) >= WORD_MATCH.oneEdit));
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const said = (text: string, e: Entity) => namesOf(e).some((name) => new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, 'u').test(text));

/**
 * Whether a figure is said of another place or person than the one the query names: its
 * sentence names one, and none the query asks for. (A figure whose sentence names no one may
 * still be the asked one's, `He scored 34`: it is not judged.)
 */
export function elsewhere(terms: readonly QueryTerm[]): (r: FigureRecord) => boolean {
  const asked = new Map<string, Entity[]>();
  return (r) => {
    const entities = r.article.extraction.entities;
    let wanted = asked.get(r.article.id);
    // (Only proper names: `the plan's net assets` asks for no entity called Plan.)
    if (!wanted) asked.set(r.article.id, (wanted = entities.filter((e) => (e.kind === 'place' || e.kind === 'person') && !e.anonymous && asks(terms, e) && !namesOf(e).some((n) => new RegExp(`(?<![\\p{L}/_-])${escape(n.toLowerCase())}(?![\\p{L}/_-])`, 'u').test(r.article.article.text)))));
    // (`The 23-year-old Brazil international will earn ...` is about whom the sentence before named.)
    if (!wanted.length || r.antecedentDoc.words.length) return false;
    const sentence = r.article.article.text.slice(r.figure.sentence.start, r.figure.sentence.end);
    if (wanted.some((e) => said(sentence, e))) return false;
    return entities.some((e) => (e.kind === 'place' || e.kind === 'person') && !e.anonymous && said(sentence, e));
  };
}
