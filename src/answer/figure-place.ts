/**
 * `how much did Perth rents rise`: a figure whose sentence names another place, person or body
 * (`In Sydney, ... a rise of $45`, `the Liberals won 44.6 per cent`) and not the one asked is said of that other one.
 */
import type { Entity } from '../extract/types.js';
import { INITIALS } from '../search/acronyms.js';
import type { QueryTerm } from '../search/match.js';
import type { FigureRecord } from '../search/records.js';
import { WORD_MATCH, wordSimilarity } from '../search/similarity.js';
import { fold, stem } from '../search/text.js';

/** The words that name an entity in a sentence: its whole name, or a person's surname. */
function namesOf(e: Entity): string[] {
  const surname = e.kind === 'person' ? e.name.split(' ').pop() : undefined;
  // (`The JRL, Singapore's seventh MRT line, cost ...` names the Jurong Region Line by its initials.)
  const initials = e.kind === 'organisation' ? e.aliases.filter((a) => INITIALS.test(a)) : [];
  // (`B.C.` is also written `BC`, as in `the BC Wildfire Service`.)
  const dotless = /^[A-Z](?:\.[A-Z])+\.?$/.test(e.name) ? [e.name.replace(/\./g, '')] : [];
  return [e.name, ...(surname && surname !== e.name ? [surname] : []), ...initials, ...dotless];
}

type NameWord = { word: string; stem: string };

/**
 * An article's places, people and bodies that a query may name, each with its names as folded
 * words, and every such word once: made once per article, since a whole-library question meets a
 * hundred articles, and most name nothing it asks (their words alone rule them out).
 */
const NAMEABLE = new WeakMap<FigureRecord['article'], { entities: { entity: Entity; names: NameWord[][] }[]; words: NameWord[] }>();
function nameableIn(article: FigureRecord['article']) {
  let found = NAMEABLE.get(article);
  if (!found) {
    const entities = article.extraction.entities
      .filter((e) => e.kind !== 'group' && !e.anonymous)
      .map((entity) => ({ entity, names: namesOf(entity).map((name) => fold(name).split(' ').filter(Boolean).map((word) => ({ word, stem: stem(word) }))) }));
    const words = new Map<string, NameWord>();
    for (const { names } of entities) for (const name of names) for (const w of name) words.set(w.word, w);
    NAMEABLE.set(article, (found = { entities, words: [...words.values()] }));
  }
  return found;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Each entity's names as one pattern, and whether the article also writes them in lower case, made once per entity. */
const PATTERNS = new WeakMap<Entity, RegExp>();
const LOWER_CASED = new WeakMap<Entity, boolean>();
const said = (text: string, e: Entity) => {
  let pattern = PATTERNS.get(e);
  // (A dateline prints the place in capitals: `NEW DELHI, June 12 -` names Delhi.)
  if (!pattern) PATTERNS.set(e, (pattern = new RegExp(`(?<![\\p{L}])(?:${namesOf(e).flatMap((n) => [n, n.toUpperCase()]).map(escape).join('|')})(?![\\p{L}])`, 'u')));
  return pattern.test(text);
};
/** (Only proper names: `the plan's net assets` asks for no entity called Plan.) */
const isProper = (e: Entity, text: string) => {
  let lower = LOWER_CASED.get(e);
  if (lower === undefined) LOWER_CASED.set(e, (lower = new RegExp(`(?<![\\p{L}/_-])(?:${namesOf(e).map((n) => escape(n.toLowerCase())).join('|')})(?![\\p{L}/_-])`, 'u').test(text)));
  return !lower;
};

/**
 * Whether a figure is said of another place, person or body than the one the query names: its
 * sentence names one, and none the query asks for. (A figure whose sentence names no one may
 * still be the asked one's, `He scored 34`: it is not judged.)
 */
export function elsewhere(wantedIn: NamesAsked): (r: FigureRecord) => boolean {
  return (r) => {
    const entities = r.article.extraction.entities;
    const wanted = wantedIn(r);
    // (`The 23-year-old Brazil international will earn ...` is about whom the sentence before named.)
    if (!wanted.length || r.antecedentDoc.words.length) return false;
    const named = namedIn(r);
    if (!named.some((e) => wanted.includes(e))) return named.length > 0;
    const other = (text: string) => entities.some((e) => e.kind !== 'group' && !e.anonymous && !wanted.includes(e) && said(text, e));
    // `$500 million from the ADB, $350m from the World Bank and ¥12 billion from Japan`: in a
    // list, each figure is said of whom its own `from` names.
    const source = ownSource(r);
    if (source === undefined || wanted.some((e) => said(source, e))) return false;
    // (`The win earns India prize money of $2.34 million from the ICC, while England take home
    // $1.17 million`: one asked named right before the figure, since the figure before it, owns it;
    // the `from` names who pays.)
    return !wanted.some((e) => said(ownLead(r), e)) && other(source);
  };
}

/** The places, people and bodies a figure's sentence names, found once per sentence: every query that meets the figure asks. */
const NAMED = new WeakMap<FigureRecord['article'], Map<number, readonly Entity[]>>();
function namedIn(r: FigureRecord): readonly Entity[] {
  let bySentence = NAMED.get(r.article);
  if (!bySentence) NAMED.set(r.article, (bySentence = new Map()));
  const { start, end } = r.figure.sentence;
  let named = bySentence.get(start);
  if (!named) {
    const sentence = r.article.article.text.slice(start, end);
    bySentence.set(start, (named = r.article.extraction.entities.filter((e) => e.kind !== 'group' && !e.anonymous && said(sentence, e))));
  }
  return named;
}

/** `from the Asian Development Bank` right after a figure, before the next one in its sentence. */
const FROM_AFTER = /^\s*(?:[\p{L}-]+\s+){0,4}?(?:from|by)\s+([^,;]+)/u;

/** The figure's sentence from the figure before it in the sentence (or the sentence's start) up to the figure. */
function ownLead(r: FigureRecord): string {
  const { sentence } = r.figure;
  const previous = r.article.extraction.figures.filter((f) => f.end <= r.figure.start && f.start >= sentence.start).at(-1);
  return r.article.article.text.slice(previous?.end ?? sentence.start, r.figure.start);
}

/** Whom a figure in a list of several is said to come from, by the words right after it. */
function ownSource(r: FigureRecord): string | undefined {
  const { sentence } = r.figure;
  const next = r.article.extraction.figures.find((f) => f.start >= r.figure.end && f.end <= sentence.end);
  const previous = r.article.extraction.figures.some((f) => f.end <= r.figure.start && f.start >= sentence.start);
  if (!next && !previous) return undefined;
  return FROM_AFTER.exec(r.article.article.text.slice(r.figure.end, next?.start ?? sentence.end))?.[1];
}

/** The places, people and bodies a query names in a figure's article. */
export type NamesAsked = (r: FigureRecord) => readonly Entity[];

/** Name words shorter than this must be typed right to count as asked. */
const SHORT_NAME = 5;

/** The names a query asks for, article by article, each article worked out once per query. */
export function asked(terms: readonly QueryTerm[]): NamesAsked {
  const byArticle = new Map<string, Entity[]>();
  // (Names repeat across a library's articles, hundreds of them for a query over a large
  // library: each word is compared with the query's words once, and then looked up.)
  const seen = new Map<string, boolean>();
  const inQuery = (w: NameWord) => {
    let found = seen.get(w.word);
    // (A short name is asked only as itself: `rain` is no misspelt `Rai`.)
    const floor = w.word.length < SHORT_NAME ? WORD_MATCH.sameStem : WORD_MATCH.oneEdit;
    // (A word that close is the same, of the same stem, or one edit off, so a letter longer or shorter at most.)
    if (found === undefined) seen.set(w.word, (found = terms.some((t) => t.stem === w.stem || (Math.abs(t.word.length - w.word.length) <= 1 && wordSimilarity(t.word, w.word, t.stem, w.stem) >= floor))));
    return found;
  };
  return (r) => {
    let wanted = byArticle.get(r.article.id);
    if (!wanted) {
      const { entities, words } = nameableIn(r.article);
      wanted = words.some(inQuery) ? entities.filter(({ entity, names }) => names.some((name) => name.length > 0 && name.every(inQuery)) && isProper(entity, r.article.article.text)).map(({ entity }) => entity) : [];
      byArticle.set(r.article.id, wanted);
    }
    return wanted;
  };
}

/** `In total, at least seven people were injured across the country`: the figure the article sums up with. */
const OVERALL = /\b(?:in total|in all|altogether|overall|nationwide|across the country|countrywide|combined)\b/i;

/** Whether a figure is the article's overall one, which a question naming no place, person or body wants first. */
export function overall(wantedIn: NamesAsked): (r: FigureRecord) => boolean {
  return (r) => !wantedIn(r).length && OVERALL.test(r.article.article.text.slice(r.figure.sentence.start, r.figure.sentence.end));
}

/** `Uttar Pradesh accounted for the largest share with 198 deaths, followed by Odisha with 121`: a part of a total, before the figure in its sentence. */
const BREAKDOWN = /\b(?:accounted for|followed by|(?:the )?(?:largest|biggest|highest|greatest|smallest) (?:share|portion|proportion|number)|(?:worst|hardest)[- ]hit)\b/i;

/** Whether a figure is one part of a total the article breaks down, which a question naming no place, person or body does not ask for. */
export function breakdown(wantedIn: NamesAsked): (r: FigureRecord) => boolean {
  return (r) => !wantedIn(r).length && BREAKDOWN.test(r.article.article.text.slice(r.figure.sentence.start, r.figure.start));
}

/** `including 640,000 in Japan`: a place right after a figure, which the figure is of. */
const PLACE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:in|across|for|at)\s+(?:the\s+)?([^,;.()]{2,40})/u;

/** Whether the place, person or body a query names stands right after the figure (`640,000 in Japan` for `how many ... in Japan`). */
export function placedAt(wantedIn: NamesAsked): (r: FigureRecord) => boolean {
  return (r) => {
    const wanted = wantedIn(r);
    if (!wanted.length) return false;
    const after = PLACE_AFTER.exec(r.article.article.text.slice(r.figure.end, r.figure.end + 60))?.[1];
    return after !== undefined && wanted.some((e) => said(after, e));
  };
}
