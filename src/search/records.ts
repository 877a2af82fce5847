import type { Block, Sentence, Span } from '../article/types.js';
import type { Entity, Figure, Quote, Statement } from '../extract/types.js';
import type { LoadedArticle } from '../library/library.js';
import { resultWords } from './figure-result.js';
import { measuresOf } from './figure-measures.js';
import { toDoc, type Doc } from './match.js';

/** Words that join two figures of one measure: `rose 3.2 percent to $812 million` (`rose 18 per cent on last year to more than 96,000`), `212 ... compared with 761`, `$1,000 per adult and $400 per child`. */
const JOINS = /^[\s,]*(?:(?:a|an|per|each)\s+[\p{L}-]+\s+(?:and|or)|(?:(?:on|from|over|against)\s+(?:the\s+)?(?:(?:last|previous|a)\s+)?(?:year|month|quarter|week|season)(?:\s+(?:earlier|ago|before))?\s+)?to(?:\s+(?:a|an)\s+(?:record|new|fresh|all-time)(?:\s+(?:high|low))?(?:\s+of)?)?|from|or|and|compared (?:with|to)|versus|vs\.?|against)\s*$/iu;

function aboutOf(f: Figure): string {
  return [f.counts, f.event].filter(Boolean).join(' ');
}

/** How far around a figure its own words reach (`761 in the control group`). */
const NEAR_CHARS = 60;

const PARTITIVE = /^\s+of\s+(?:the|its|their|all)?\s*(?:[\p{L}’'-]+\s+){0,2}$/u;
/** Where a clause opens or closes: `;`, `, and`, `, but`, `, while`. A figure's near words stay in its clause (a colon introduces one: `the price: $1,199`). */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas|along with|as well as|alongside|plus)\s|\s(?:and|while) (?=(?:those|the|a|an|its|their|his|her) )/g;

function clauseStart(text: string, from: number, figureStart: number): number {
  let start = from;
  for (const m of text.slice(from, figureStart).matchAll(CLAUSE_BREAK)) start = from + m.index + m[0].length;
  return start;
}

/** A clause break anywhere in a stretch of text (CLAUSE_BREAK is global, for `matchAll`). */
const CLAUSE_BREAK_AT = new RegExp(CLAUSE_BREAK.source);
/** What a figure is of, right after it (`of total sales`), up to three words. */
const OF_PHRASE = /^\s+of\s+((?:[\p{L}\p{N}'’-]+\s?){1,3})/u;

function clauseEnd(text: string, figureEnd: number, to: number): number {
  const at = text.slice(figureEnd, to).search(CLAUSE_BREAK);
  return at >= 0 ? figureEnd + at : to;
}

/** A sentence that opens on a pronoun for a thing is about what the sentence before named (one for a person may follow a person met earlier). */
/** (`Another clinic is scheduled Saturday`: another of what the sentence before named.) */
// (`If convicted under Nigeria's counterfeit drugs laws, they could face up to 15 years`: a pronoun past an opening clause too.)
const PRONOUN_OPENING = /^(?:It|Its|They|Their|This|These|Another)\b|^(?:If|When|Once|After|Unless|Until|While)\b[^,.;:]{0,80},\s+(?:it|its|they|their)\b/;
/** A sentence that opens on a pronoun for a person (`He crossed the line 47 seconds ahead`). */
const PERSON_OPENING = /^(?:He|She)\b/;
/** `The 23-year-old Brazil international will earn ...`: an age epithet opening a sentence is whom the story just named, maybe in the paragraph before. */
const EPITHET_OPENING = /^The \d{1,3}-year-old\b/;
const NO_WORDS: Doc = { words: [], stems: [] };

/** Where the noun a figure counts ends (`11 municipalities`), or the figure's own end when it counts none. */
function afterCounted(text: string, f: Figure): number {
  if (!f.counts) return f.end;
  const at = text.slice(f.end, f.end + f.counts.length + 20).indexOf(f.counts);
  return at >= 0 ? f.end + at + f.counts.length : f.end;
}

/** A quote as the index sees it: its words, and the sentence around it for context. */
export interface QuoteRecord {
  type: 'quote';
  article: LoadedArticle;
  quote: Quote;
  /** The whole utterance when the quote is one piece of several (split or over paragraphs). */
  utterance: string;
  sentence: Span;
  /** The whole utterance's words (all pieces), so a query spanning the pieces still matches. */
  doc: Doc;
  /** This piece's own words, to tell which piece holds the query. */
  pieceDoc: Doc;
  contextDoc: Doc;
}

export interface SentenceRecord {
  type: 'sentence';
  article: LoadedArticle;
  block: Block;
  sentence: Sentence;
  doc: Doc;
  /** The sentence before, when this one opens on a pronoun for what it named (`It began shortly after 2 p.m.`). */
  antecedentDoc: Doc;
}

export interface FigureRecord {
  type: 'figure';
  article: LoadedArticle;
  figure: Figure;
  /** What the figure measures: counted noun, event, unit, qualifier. */
  about: string;
  doc: Doc;
  /** The figure itself and the words right around it, up to the next figure. */
  nearDoc: Doc;
  /** `rose 12 basis points to 4.37%`: the first is a change, the second the level it reached; `rise from $85,000 to $94,700`: the first is a baseline. */
  measures?: 'change' | 'level' | 'baseline';
  /** The part of a whole right after it (`Thirty-one` in `Thirty-one of the train's 104 cars`). */
  part?: true;
  /** The whole a part before it is of (`104` in `Thirty-one of the train's 104 cars`). */
  whole?: true;
  contextDoc: Doc;
  /** The sentence before, when the figure's opens with a pronoun that stands for it (`It was completed at a cost of £96 million`). */
  antecedentDoc: Doc;
  paragraphDoc: Doc;
}

export interface PersonRecord {
  type: 'person';
  article: LoadedArticle;
  entity: Entity;
  quotes: Quote[];
  statements: Statement[];
  doc: Doc;
}

export interface ArticleRecords {
  quotes: QuoteRecord[];
  sentences: SentenceRecord[];
  figures: FigureRecord[];
  people: PersonRecord[];
}

/** The first paragraph under each subheading, with the subheading's words. */
function headingsAbove(article: LoadedArticle['article']): Map<Block, Doc> {
  const out = new Map<Block, Doc>();
  let heading: Block | undefined;
  for (const b of article.blocks) {
    if (b.kind === 'subheading') heading = b;
    else if (b.kind === 'body' && heading) {
      out.set(b, toDoc(heading.text));
      heading = undefined;
    }
  }
  return out;
}

/** Builds the searchable records of one article. */
export function recordsOf(loaded: LoadedArticle): ArticleRecords {
  const { article, extraction } = loaded;
  const sentences: SentenceRecord[] = article.paragraphs.flatMap((block) =>
    block.sentences.map((sentence) => ({ type: 'sentence' as const, article: loaded, block, sentence, doc: toDoc(sentence.text), antecedentDoc: NO_WORDS })),
  );
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.block === sentences[i - 1]!.block && PRONOUN_OPENING.test(s.sentence.text)) s.antecedentDoc = sentences[i - 1]!.doc;
    // (`The 26-year-old from Iten ...`: an age epithet is whom the sentence before named, maybe in the paragraph before.)
    else if (EPITHET_OPENING.test(s.sentence.text)) s.antecedentDoc = sentences[i - 1]!.doc;
  }
  // `Red alert till Thursday`, then `The IMD has warned of ... till Thursday morning`: a subheading
  // says what the paragraph under it is about, in words the paragraph may not repeat.
  const headed = headingsAbove(article);
  for (const s of sentences) {
    const heading = headed.get(s.block);
    if (heading && !s.antecedentDoc.words.length) s.antecedentDoc = heading;
  }
  const sentenceAt = (offset: number): Span => sentences.find((s) => offset >= s.sentence.start && offset < s.sentence.end)?.sentence ?? { start: offset, end: offset };
  // Several records read the same sentence or paragraph: one doc each, shared (memory and time).
  const docs = new Map<string, Doc>(sentences.map((s) => [`${s.sentence.start}:${s.sentence.end}`, s.doc]));
  const docOf = (start: number, end: number): Doc => {
    const key = `${start}:${end}`;
    let doc = docs.get(key);
    if (!doc) docs.set(key, (doc = toDoc(article.text.slice(start, end))));
    return doc;
  };
  const quotes: QuoteRecord[] = extraction.quotes.map((quote) => {
    const sentence = sentenceAt(quote.start);
    const utterance = extraction.quotes.filter((q) => q.group === quote.group).map((q) => q.text).join(' ');
    const doc = toDoc(utterance);
    return {
      type: 'quote',
      article: loaded,
      quote,
      utterance,
      sentence,
      doc,
      // Most quotes are one piece: the same words, read once.
      pieceDoc: utterance === quote.text ? doc : toDoc(quote.text),
      contextDoc: docOf(sentence.start, sentence.end),
    };
  });
  const measures = measuresOf(article.text, extraction.figures);
  const figures: FigureRecord[] = extraction.figures.map((figure, i, all) => {
    // `up to £17.5 million` is the most it can be: what `the max fine` asks.
    const bound = /^(?:up to|as much as|as many as|at most|no more than)$/i.test(figure.qualifier ?? '') ? 'maximum' : '';
    const about = [figure.counts, figure.event, figure.unit, figure.qualifier, figure.source, bound, ...resultWords(article.text, figure)].filter(Boolean).join(' ');
    const block = article.paragraphs[figure.paragraph - 1];
    const prev = all[i - 1];
    const next = all[i + 1];
    // `Net income rose 3.2 percent to $812 million`: a figure joined to the one before by
    // `to`/`from` measures the same thing, so it shares that figure's words.
    const joined = prev && prev.end <= figure.start && (JOINS.test(article.text.slice(prev.end, figure.start)) || measures[i - 1] === 'baseline');
    // Another figure in the sentence has the words of its own clause (`A 512GB version costs
    // $1,349, and a 1TB model tops out at $1,599`); a figure alone in its sentence has them all.
    const prevInSentence = prev !== undefined && prev.end <= figure.start && prev.start >= figure.sentence.start;
    const nextInSentence = next !== undefined && next.start >= figure.end && next.end <= figure.sentence.end;
    // (Where the figure's own stretch of its sentence opens and closes: after the figure before it, up to the next.)
    const ownFrom = Math.max(figure.sentence.start, prev && prev.end <= figure.start ? prev.end : 0);
    const ownTo = next && next.start < figure.sentence.end ? next.start : figure.sentence.end;
    const from = Math.max(ownFrom, figure.start - NEAR_CHARS);
    const nearStart = joined ? Math.max(figure.sentence.start, prev.start - NEAR_CHARS) : prevInSentence ? clauseStart(article.text, from, figure.start) : from;
    // `412 homes and 63 other buildings were destroyed`: two figures joined by `and` share what follows them.
    const andNext = next !== undefined && !figure.event && figure.end <= next.start && /^[\s,]*(?:[\p{L}'’-]+\s+){0,3}(?:and|or)\s*$/iu.test(article.text.slice(figure.end, next.start));
    const sharesEvent = andNext && next.event !== undefined;
    // `About 6,300 residents in 11 municipalities were ordered to evacuate`, `a 68% chance of a
    // 25 basis point cut in December`: the second figure sits in a phrase that qualifies the
    // first, so what follows them is said of the first.
    const qualifiedByNext = next !== undefined && figure.end <= next.start && /^\s+[\p{L}'’-]+\s+(?:in|across|from|at|on|of(?:\s+(?:a|an|the))?)\s+$/u.test(article.text.slice(figure.end, next.start));
    // `10 to 15 inches (25 to 38 centimeters) of rain`: the words after a bracketed conversion are the figure's own.
    const converted = next !== undefined && figure.end <= next.start && /^\s*\(\s*$/.test(article.text.slice(figure.end, next.start));
    // `won 31 of the legislature's 55 seats`: a part counts what the whole counts.
    // (Extraction may already have given the part the whole's noun: `Thirty-one of the train's 104 cars`.)
    const partOf = next !== undefined && (!figure.counts || figure.counts === next.counts) && figure.end <= next.start && PARTITIVE.test(article.text.slice(figure.end, next.start));
    // (`About 81 percent of the union's 4,070 members cast ballots`: and what the whole did, the part did.)
    const throughNext = qualifiedByNext || partOf;
    const afterNext = all[i + 2];
    const nearEnd = andNext || converted || throughNext
      ? Math.min(figure.sentence.end, afterNext && afterNext.start >= next.end ? afterNext.start : Infinity, next.end + NEAR_CHARS)
      : nextInSentence ? clauseEnd(article.text, figure.end, Math.min(next.start, figure.end + NEAR_CHARS)) : Math.min(figure.sentence.end, figure.end + NEAR_CHARS);
    // `about 310 miles of pipe, and nearly 40% of it`: a share of what the figure before counts.
    const at = block ? block.sentences.findIndex((b) => b.start === figure.sentence.start) : -1;
    const opening = article.text.slice(figure.sentence.start, figure.sentence.start + 100);
    const previousBlock = block ? article.paragraphs[block.paragraph - 2] : undefined;
    const antecedent = at > 0 && (PRONOUN_OPENING.test(opening) || EPITHET_OPENING.test(opening)) ? block!.sentences[at - 1] : at === 0 && EPITHET_OPENING.test(opening) ? previousBlock?.sentences.at(-1) : undefined;
    // `58 per cent of total sales, while smartphones contributed 28 per cent`: a figure of the
    // same kind in a parallel clause, with no `of` of its own, is of what the one before is of.
    const ofPrev = prevInSentence && prev.kind === figure.kind && !OF_PHRASE.test(article.text.slice(figure.end)) && CLAUSE_BREAK_AT.test(article.text.slice(prev.end, figure.start)) ? (OF_PHRASE.exec(article.text.slice(prev.end))?.[1] ?? '') : '';
    const shareOfPrev = prev !== undefined && !figure.counts && /^\s+of\s+(?:it|them|those|these)\b/i.test(article.text.slice(figure.end, figure.end + 12));
    return {
      type: 'figure',
      article: loaded,
      figure,
      about,
      // A joined figure measures what the one before it measures (`212 cases ... compared with 761`);
      // `412 homes and 63 other buildings were destroyed`: the first shares the event after the second.
      // (`412 homes and 63 other buildings`: one that counts a thing of its own keeps to it).
      doc: toDoc([about, joined && !figure.counts ? aboutOf(prev) : '', sharesEvent ? next!.event : '', partOf ? aboutOf(next) : '', shareOfPrev ? aboutOf(prev) : ''].join(' ')),
      nearDoc: toDoc(ofPrev + ' ' + listLead(article.text, all, i) + listPredicate(article.text, all, i) + predicateAfter(article.text, figure.end, ownTo) + predicatePastAside(article.text, figure.end, figure.sentence.end) + subjectBeforeRelative(article.text, ownFrom, figure.start) + (throughNext ? article.text.slice(nearStart, next.start) + article.text.slice(afterCounted(article.text, next), nearEnd) : article.text.slice(nearStart, nearEnd))),
      contextDoc: docOf(figure.sentence.start, figure.sentence.end),
      antecedentDoc: antecedent ? docOf(antecedent.start, antecedent.end) : at > 0 && PERSON_OPENING.test(opening) ? personNamed(loaded, block!.sentences[at - 1]!) : bodyOpening(loaded, opening, figure.sentence.start),
      paragraphDoc: block ? docOf(block.start, block.end) : NO_WORDS,
      ...(measures[i] ? { measures: measures[i] } : {}),
      ...(nextInSentence && PARTITIVE.test(article.text.slice(figure.end, next.start)) ? { part: true as const } : {}),
      ...(prevInSentence && PARTITIVE.test(article.text.slice(prev.end, figure.start)) ? { whole: true as const } : {}),
    };
  });
  // (A place is no one to ask for, unless it speaks: `Elections Canada said in a statement`, `Ukraine said`.)
  const speaking = new Set([...extraction.quotes.map((q) => q.speakerId), ...extraction.statements.map((st) => st.speakerId)]);
  const people: PersonRecord[] = extraction.entities
    .filter((e) => e.kind !== 'place' || speaking.has(e.id))
    .map((entity) => ({
      type: 'person',
      article: loaded,
      entity,
      quotes: extraction.quotes.filter((q) => q.speakerId === entity.id),
      statements: extraction.statements.filter((s) => s.speakerId === entity.id),
      doc: toDoc([entity.name, ...entity.aliases, entity.role ?? '', entity.organisation ?? '', ...typedForms(entity), ...relativeClauses(article.text, entity)].join(' ')),
    }));
  return { quotes, sentences, figures, people };
}

/** `Elena Marchetti, the structural engineering professor who chaired the commission,`, `Dr Amal Zuwawi, who runs a field clinic,`. */
const WHO_CLAUSE = /^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:a|an|the)\s+[^,.;:"“”()]{1,60}?\s+)?who\s+([^,.;:"“”()]{3,90})/u;

/**
 * What the story says a person does in a relative clause by their name (`who chaired the
 * five-member commission`): a reader asks for them by it (`the chair of the commission`, `the
 * doctor running the field clinic`), though extraction keeps only the noun of their role.
 */
const CLAUSE_OBJECT_END = /\s(?:along with|together with|alongside|as well as|with|after|before|since|when|while|because|until|in|on|at|from|for|during|between)\s/u;

function relativeClauses(text: string, entity: Entity): string[] {
  if (entity.kind !== 'person') return [];
  // (Only the clause's own verb and object: `who led the coalition along with the attorneys general of Ohio` is not about Ohio's.)
  // (What they do, not what befell them: `who was named player of the match` is the sentence's news, found there.)
  return entity.mentions.map((m) => (WHO_CLAUSE.exec(text.slice(m.end, m.end + 200))?.[1] ?? '').split(CLAUSE_OBJECT_END)[0]!).filter((c) => c && !/^(?:was|is|were|are|had|has|have|had been|has been)\b/.test(c));
}

/** `Lee Min-ho` is typed `Lee Minho` too: a hyphenated name's parts joined. */
function hyphensJoined(name: string): string[] {
  return [...name.matchAll(/\p{L}+(?:-\p{L}+)+/gu)].map((m) => m[0].replace(/-/g, ''));
}

/** Other ways a reader types a person: `Lee Minho` for Lee Min-ho, `the NTU professor` for one at National Taiwan University. */
export function typedForms(entity: { name: string; role?: string | undefined }): string[] {
  return [...hyphensJoined(entity.name), ...initialsIn(entity.role ?? '')];
}

/** `professor at National Taiwan University` is `the NTU professor`: the initials of a body a role names. */
function initialsIn(role: string): string[] {
  return [...role.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|de|do|da)?\s*\p{Lu}[\p{L}'’-]*)+/gu)]
    .map((m) => m[0].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join(''))
    .filter((a) => a.length >= 2);
}

/**
 * `The society appealed for 2.6 billion taka`: a sentence opening with a body's generic last word
 * (the Bangladesh Red Crescent Society, named before) is about that body, whose name it does not repeat.
 */
/**
 * `Restrepo, 24, covered the stage in 5 hours 2 minutes. He crossed the line 47 seconds ahead`:
 * a sentence opening on `he` or `she` is about the person who opens the sentence before; only
 * the name and role are lent, as the rest of that sentence tells of something else.
 */
function personNamed(loaded: LoadedArticle, before: { start: number; end: number }): Doc {
  const sentence = loaded.article.text.slice(before.start, before.end);
  // (By name as well as by mention: a person named again in passing is not always a mention.)
  const opens = (name: string) => /^\p{Lu}/u.test(name) && sentence.startsWith(name) && !/^\p{L}/u.test(sentence.slice(name.length));
  const subject = loaded.extraction.entities.find((e) => e.kind === 'person' && !e.anonymous && (e.mentions.some((m) => m.start === before.start) || [e.name, ...e.aliases].some(opens)));
  // (With the post or trade the story gives them: `a rickshaw puller`, asked for as such.)
  return subject ? toDoc(`${subject.name} ${subject.role ?? ''}`) : NO_WORDS;
}

function bodyOpening(loaded: LoadedArticle, opening: string, before: number): Doc {
  const head = /^The (\p{Ll}{4,})\b/u.exec(opening)?.[1];
  if (!head) return NO_WORDS;
  const lastBefore = (e: Entity) => Math.max(-1, ...e.mentions.filter((m) => m.start < before).map((m) => m.start));
  const bodies = loaded.extraction.entities.filter((e) => e.kind === 'organisation' && e.name.includes(' ') && e.name.split(' ').pop()!.toLowerCase() === head && lastBefore(e) >= 0);
  const latest = bodies.reduce<Entity | undefined>((best, e) => (!best || lastBefore(e) > lastBefore(best) ? e : best), undefined);
  return latest ? toDoc(latest.name) : NO_WORDS;
}

/** What befell a figure's subject, past the phrases that place it (`At least 17 villages downstream of the Ramagiri Sagar project were inundated`). */
const PREDICATE_AFTER = /^[^,;:.()\d]{0,90}?\b((?:were|was|are|is|have been|has been|had been)\s+(?:[\p{L}]+ly\s+)?[\p{L}]+(?:ed|en))\b/u;

/** The passive verb of the clause a figure opens, however far after it, as words to add to its near ones. */
function predicateAfter(text: string, figureEnd: number, to: number): string {
  const m = PREDICATE_AFTER.exec(text.slice(figureEnd, to));
  return m ? `${m[1]} ` : '';
}

/** A figure's noun, an aside about some of them set off by commas, then what befell them all. */
const PAST_ASIDE = /^\s*(?:[\p{L}'’-]+\s*)?,\s+(?:including|among them|most of them|many of them|some of them|mostly|mainly)\s+[^,;:.]{1,60},\s+(?!(?:and|but|or|while|as|with|after|before)\b)([^,;:.\d]{1,60})/u;

/**
 * `seven people, including three children, died of the disease`: the verb past the aside is the
 * figure's own (not a clause of its own after it: `, mostly for dehydration, and 38 were taken`).
 */
function predicatePastAside(text: string, figureEnd: number, sentenceEnd: number): string {
  const m = PAST_ASIDE.exec(text.slice(figureEnd, sentenceEnd));
  return m ? `${m[1]} ` : '';
}

/** Between two items of a list of figures: the first's noun, then a comma or the closing `and`. */
const LIST_COMMA = /^\s*(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]*,\s*$/u;
const LIST_AND = /^\s*(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]*,?\s+(?:and|or)\s+$/u;

/**
 * `More than 380 firefighters, 22 helicopters and nine air tankers have been assigned`: what
 * befell the last item of a list of figures befell every item before it.
 */
function listPredicate(text: string, figures: readonly Figure[], i: number): string {
  const figure = figures[i]!;
  for (let j = i; j + 1 < figures.length; j++) {
    const [a, b] = [figures[j]!, figures[j + 1]!];
    if (a.end > b.start || b.end > figure.sentence.end) return '';
    const between = text.slice(a.end, b.start);
    if (LIST_AND.test(between)) return predicateAfter(text, b.end, figure.sentence.end);
    if (!LIST_COMMA.test(between)) return '';
  }
  return '';
}

/** A subject, a relative clause set off by commas, then the verb of a figure. */
const BEFORE_RELATIVE = /([^,;]{1,40}),\s+(?:which|who)\b[^;]*,\s*[^,;]*$/;

/**
 * `non-interest revenue, which includes fees, commissions and trading, slipped 4%`: the subject
 * before a relative clause is what the figure measures, though it stands further off than its near words.
 */
function subjectBeforeRelative(text: string, from: number, figureStart: number): string {
  const m = BEFORE_RELATIVE.exec(text.slice(clauseStart(text, from, figureStart), figureStart));
  return m ? `${m[1]} ` : '';
}

/** `The pledges included` before a list of figures: what each of them is. */
const LIST_LEAD = /\b(?:include|includes|included|including|comprise|comprises|comprised|such as)\s*$/i;

/**
 * The words that open a list of figures, for every figure of the list after the first
 * (`The pledges included $500 million from the ADB, $350m from the World Bank and ¥12 billion
 * from Japan`: the yen are pledged too); empty for any other figure.
 */
function listLead(text: string, figures: readonly Figure[], i: number): string {
  const figure = figures[i]!;
  let first = i;
  while (first > 0 && figures[first - 1]!.start >= figure.sentence.start) first--;
  if (first === i) return '';
  const lead = text.slice(figure.sentence.start, figures[first]!.start);
  return LIST_LEAD.test(lead) ? `${lead} ` : '';
}
