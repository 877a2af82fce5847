import type { Span } from '../article/types.js';
import { SPEECH_VERBS, TELLING_VERBS } from './lexicon.js';
import { subjectAfter, subjectBefore, type Phrase } from './phrases.js';
import { outsideSpans, tokenize, type Token } from './tokens.js';

/** How the text ties a quote to its speaker. */
export type AttributionShape = 'after' | 'inverted' | 'dash' | 'according' | 'trailing' | 'before' | 'lead-in';

export interface Attribution {
  phrase: Phrase;
  shape: AttributionShape;
}

/** Where to look: the quote, its sentence(s), and the quotes around it in the paragraph. */
export interface QuoteContext {
  text: string;
  /** From the opening mark to after the closing one. */
  outer: Span;
  /** Start of the sentence the quote opens in, end of the one it closes in. */
  sentence: Span;
  /** Other quotations of the paragraph, so speech verbs inside them are not read as attribution. */
  quoted: readonly Span[];
  paragraphEnd: number;
}

const DASHES = new Set(['—', '–', '-', '--', '―']);
const NOUN_BEFORE = new Set(['to', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'each', 'every', 'no', 'any']);
const MAX_WORDS_TO_VERB = 24;

/**
 * Finds the phrase that says who spoke a quote, trying the shapes news writing uses, most
 * specific first: right after the quote (`," Blinken said`, `," said Mayor Ana Ruiz`,
 * `— Jane Doe`, `, according to X`), a closing clause of its sentence (`..., the official
 * added`), a speech verb before it in the sentence (`Netanyahu said he had ordered troops to
 * "prepare to operate"`), and a lead-in ending in a colon (`The minister defended the plan:`).
 */
export function attribute(ctx: QuoteContext): Attribution | null {
  if (SCARE_QUOTE.test(ctx.text.slice(Math.max(ctx.sentence.start, ctx.outer.start - 24), ctx.outer.start))) return null;
  return afterQuote(ctx) ?? trailingClause(ctx) ?? parenthetical(ctx) ?? beforeQuote(ctx) ?? leadIn(ctx);
}

/**
 * `The board had weighed a spinoff, he said, but concluded that a sale "delivers certain value"`:
 * an attribution set off by commas earlier in the sentence speaks for all of it.
 */
function parenthetical(ctx: QuoteContext): Attribution | null {
  const tokens = outside(ctx, ctx.sentence.start, ctx.outer.start);
  for (let c = 1; c < tokens.length; c++) {
    if (tokens[c - 1]!.text !== ',' || tokens[c]!.type !== 'word') continue;
    // `, he said,` / `, Smith said,` / `, said Smith,`
    let v = c;
    while (v < tokens.length && v - c <= 3 && !isSpeechVerb(tokens, v)) v++;
    if (v >= tokens.length || v - c > 3 || !isSpeechVerb(tokens, v)) continue;
    const phrase = v === c ? subjectAfter(tokens, v + 1) : subjectBefore(tokens, v);
    const close = phrase && tokens.find((t) => t.start >= Math.max(phrase.end, tokens[v]!.end));
    if (phrase && phrase.start >= tokens[c]!.start && close?.text === ',') return { phrase, shape: 'after' };
  }
  return null;
}

/** Words that introduce a name or a term rather than speech: `the so-called "peace dividend"`. */
const SCARE_QUOTE = /\b(?:so-called|so called|dubbed|nicknamed|known as|titled|entitled|branded|termed|coined|the words?|the phrase|the term|the slogan|the hashtag)\s*$/i;

function outside(ctx: QuoteContext, from: number, to: number): Token[] {
  return outsideSpans(tokenize(ctx.text, from, to), ctx.quoted);
}

function isSpeechVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  // `as Thea puts it, "..."`
  if ((t.text === 'puts' || t.text === 'put') && tokens[i + 1]?.text === 'it') return true;
  if (t.type !== 'word' || !SPEECH_VERBS.has(t.text)) return false;
  const prev = tokens[i - 1]?.text.toLowerCase();
  // `accused of arson`, `called for calm`: these mean something else.
  const next = tokens[i + 1]?.text.toLowerCase();
  if ((t.text === 'accused' || t.text === 'accusing') && next === 'of') return false;
  // `in a note`, `the claims`, `his remarks`: after a determiner the word is a noun.
  if (prev !== undefined && NOUN_BEFORE.has(prev)) return false;
  // (`the government's early warning system`, `the minister's remarks`: after a possessive or an
  // adjective a word of saying is a noun, its subject no speaker.)
  return prev === undefined || !(/['’]s$/.test(prev) || (/ing$/.test(t.text) && ADJECTIVE_BEFORE_NOUN.has(prev)));
}

/** Adjectives that make the `-ing` word after them a noun (`early warning`, `stern warning`). */
const ADJECTIVE_BEFORE_NOUN = new Set(['early', 'stern', 'final', 'strong', 'fresh', 'repeated', 'similar', 'earlier', 'public', 'official', 'grim', 'dire', 'explicit', 'clear', 'severe', 'first', 'last', 'second', 'new']);

function nextQuoteStart(ctx: QuoteContext, from: number, limit = ctx.sentence.end): number {
  let end = limit;
  for (const q of ctx.quoted) if (q.start >= from && q.start < end) end = q.start;
  return end;
}

/**
 * The source after `according to`: a person or body, or the one behind a document
 * (`according to a statement from Acme Corp`, `according to a report by the ministry`).
 */
function accordingTo(tokens: Token[], start: number): Phrase | null {
  // `a 2025 report by`, `a new statement from`: a year or an adjective may come first.
  const skip = tokens[start + 1] && !DOCUMENTS.test(tokens[start + 1]!.text) && DOCUMENTS.test(tokens[start + 2]?.text ?? '') ? 1 : 0;
  const first = tokens[start + 1 + skip];
  if (tokens[start] && /^(?:a|an|the)$/i.test(tokens[start]!.text) && first && DOCUMENTS.test(first.text)) {
    let k = start + 2 + skip;
    while (k < tokens.length && /^(?:issued|released|published|posted|from|by|of)$/i.test(tokens[k]!.text)) k++;
    if (k > start + 2 + skip) return subjectAfter(tokens, k);
  }
  return subjectAfter(tokens, start);
}

const DOCUMENTS = /^(?:statement|report|release|press|post|filing|letter|note|document|memo|transcript|tally|count|survey|poll|study|analysis|estimate|estimates|data|figures|tweet|email)$/i;

/** `," Blinken said`, `," said Mayor Ana Ruiz`, `— Jane Doe, the mayor`, `, according to X`. */
function afterQuote(ctx: QuoteContext): Attribution | null {
  // Up to the next quote or the paragraph's end: `"...whom?" Mr Chen said.` reads as one sentence.
  const tokens = tokenize(ctx.text, ctx.outer.end, nextQuoteStart(ctx, ctx.outer.end, ctx.paragraphEnd));
  let k = 0;
  let dash = false;
  while (k < tokens.length && tokens[k]!.type !== 'word') {
    if (DASHES.has(tokens[k]!.text)) dash = true;
    else if (!/^[,.!?;…]$/.test(tokens[k]!.text)) return null;
    k++;
  }
  if (k >= tokens.length) return null;
  // `," as Walter puts it`
  if (tokens[k]!.text === 'as' && tokens[k + 1]?.type === 'word') k++;
  if (tokens[k]!.text.toLowerCase() === 'according' && tokens[k + 1]?.text === 'to') {
    const phrase = accordingTo(tokens, k + 2);
    return phrase ? { phrase, shape: 'according' } : null;
  }
  for (let v = k; v < tokens.length && v - k <= MAX_WORDS_TO_VERB; v++) {
    if (tokens[v]!.type === 'quote' || /^[.;:!?]$/.test(tokens[v]!.text)) break;
    if (!isSpeechVerb(tokens, v)) continue;
    // `“Yes.” Police chief Tom Ray said: “No.”`: a verb with a colon introduces the next quote.
    if (tokens[v + 1]?.text === ':') return null;
    if (v === k) {
      // (`described it as "...", saying company officials outnumber ...`: a participle is never inverted; what follows is what was said.)
      if (TELLING_VERBS.has(tokens[v]!.text) || /ing$/.test(tokens[v]!.text)) return null;
      const phrase = subjectAfter(tokens, v + 1);
      return phrase ? { phrase, shape: 'inverted' } : null;
    }
    const phrase = subjectBefore(tokens, v);
    if (phrase && phrase.start <= tokens[k]!.start + 1) return { phrase, shape: 'after' };
    break;
  }
  if (dash) {
    const phrase = subjectAfter(tokens, k);
    // `“Ink runs,” — she taps the cover — “pencil doesn’t.”`: a pronoun after a dash, doing something.
    const beat = phrase?.kind === 'pronoun' && tokens.find((t) => t.start >= phrase.end)?.type === 'word';
    if (phrase && (phrase.kind !== 'pronoun' || beat)) return { phrase, shape: 'dash' };
  }
  return null;
}

/** `Cairo was urging "both parties ..." to make a deal, the official added, speaking ...` */
function trailingClause(ctx: QuoteContext): Attribution | null {
  const tokens = outside(ctx, ctx.outer.end, ctx.sentence.end);
  for (let c = 0; c < tokens.length; c++) {
    if (tokens[c]!.text !== ',' && !DASHES.has(tokens[c]!.text)) continue;
    const s = c + 1;
    if (tokens[s]?.type !== 'word') continue;
    if (tokens[s]!.text.toLowerCase() === 'according' && tokens[s + 1]?.text === 'to') {
      const phrase = accordingTo(tokens, s + 2);
      if (phrase) return { phrase, shape: 'according' };
      continue;
    }
    for (let v = s; v < tokens.length && v - s <= MAX_WORDS_TO_VERB; v++) {
      if (tokens[v]!.type !== 'word') {
        if (tokens[v]!.text === ',' && v > s) continue;
        break;
      }
      if (!isSpeechVerb(tokens, v)) continue;
      if (v === s) {
        const phrase = TELLING_VERBS.has(tokens[v]!.text) || /ing$/.test(tokens[v]!.text) ? null : subjectAfter(tokens, v + 1);
        if (phrase && phrase.kind !== 'pronoun' && endsClause(tokens, phrase)) return { phrase, shape: 'trailing' };
        break;
      }
      const phrase = subjectBefore(tokens, v);
      if (phrase && phrase.start <= tokens[s]!.start + 1) return { phrase, shape: 'trailing' };
      break;
    }
  }
  return null;
}

function endsClause(tokens: Token[], phrase: Phrase): boolean {
  const next = tokens.find((t) => t.start >= phrase.end);
  return !next || next.type !== 'word' || /^(?:on|in|at|during|after|before|when|while|who)$/i.test(next.text);
}

/** `he added: "..."`, `told reporters that ... "to pursue negotiations"`, `," said X, "back down."` */
function beforeQuote(ctx: QuoteContext): Attribution | null {
  const tokens = outside(ctx, ctx.sentence.start, ctx.outer.start);
  let fallback: Phrase | undefined;
  for (let v = tokens.length - 1; v >= 0; v--) {
    // `according to Ferreira, is cautious optimism – "we're excited"`
    if (tokens[v]!.text.toLowerCase() === 'according' && tokens[v + 1]?.text === 'to') {
      const source = accordingTo(tokens, v + 2);
      if (source) return { phrase: source, shape: 'according' };
      continue;
    }
    if (!isSpeechVerb(tokens, v)) continue;
    if (isPassive(tokens, v)) {
      // `had been told by a council officer to "sit tight"`: the agent speaks; no agent, no speaker here.
      const agent = agentOf(tokens, v);
      if (agent) return { phrase: agent, shape: 'before' };
      continue;
    }
    const subject = mainClauseSpeaker(tokens, v) ?? subjectBefore(tokens, v) ?? sharedSubject(tokens, v);
    // (`The Office said in a statement that the ruling confirmed "..."`: a ruling confirms nothing
    // aloud; the one who said so, further back, speaks.)
    if (subject?.kind === 'common' && subject.determiner === 'definite' && FINDINGS.has(subject.head ?? '')) {
      fallback ??= subject;
      continue;
    }
    if (subject) return { phrase: subject, shape: 'before' };
    if (!TELLING_VERBS.has(tokens[v]!.text)) {
      // Inverted only when the subject closes the lead-in: `," said Mayor Ana Ruiz, "back down."`
      const inverted = subjectAfter(tokens, v + 1);
      const after = inverted && tokens.find((t) => t.start >= inverted.end);
      if (inverted && (!after || /^[,:;—–-]$/.test(after.text) || after.type === 'quote')) return { phrase: inverted, shape: 'inverted' };
    }
    // A verb with no subject of its own (`posted messages online complaining that ...`):
    // the speech verb before it may have one.
  }
  return fallback ? { phrase: fallback, shape: 'before' } : null;
}

/** What a court or a study finds, which speaks only through whoever reports it. */
const FINDINGS = new Set(['ruling', 'verdict', 'decision', 'judgment', 'judgement', 'findings', 'evidence', 'results', 'result', 'data', 'figures', 'study', 'survey', 'research', 'analysis', 'review', 'audit', 'investigation', 'inquiry', 'probe']);


/** `The minister defended the plan: "..."`, `And from the minister: "..."`. */
function leadIn(ctx: QuoteContext): Attribution | null {
  const tokens = outside(ctx, ctx.sentence.start, ctx.outer.start);
  if (tokens[tokens.length - 1]?.text !== ':') return null;
  const from = tokens.findIndex((t) => t.text.toLowerCase() === 'from');
  if (from >= 0 && from >= tokens.length - 8) {
    const phrase = subjectAfter(tokens, from + 1);
    if (phrase) return { phrase, shape: 'lead-in' };
  }
  let s = 0;
  while (s < tokens.length && /^(?:and|but|so|then|meanwhile|yet)$/i.test(tokens[s]!.text)) s++;
  // `Asked what he would do, Castillo shrugged: "..."`: past an introductory phrase too.
  const phrase = subjectAfter(tokens, s) ?? sentenceSubject(tokens.slice(s));
  return phrase && phrase.end < tokens[tokens.length - 1]!.start ? { phrase, shape: 'lead-in' } : null;
}

/**
 * `Demand reached 262 GW, the ministry said in a statement, adding that "..."`: a participle
 * after a comma continues the speech verb before it, whose speaker is the participle's.
 */
function mainClauseSpeaker(tokens: Token[], v: number): Phrase | null {
  if (!/ing$/.test(tokens[v]!.text) || tokens[v - 1]?.text !== ',') return null;
  for (let w = v - 2; w >= 0; w--) {
    if (!isSpeechVerb(tokens, w) || /ing$/.test(tokens[w]!.text) || isPassive(tokens, w)) continue;
    return subjectBefore(tokens, w) ?? subjectAfter(tokens, w + 1);
  }
  return null;
}

/**
 * The subject a verb shares with its sentence: `Morel ... has made X and argued that ...`,
 * `About 300 protesters rallied ..., chanting "..."`. Only when the verb follows `and`/`but`
 * or a comma, where English drops the repeated subject.
 */
function sharedSubject(tokens: Token[], v: number): Phrase | null {
  let k = v - 1;
  while (k >= 0 && tokens[k]!.type === 'word' && /^(?:also|then|later|again|has|had|have|was|is|were)$/i.test(tokens[k]!.text)) k--;
  const joiner = tokens[k]?.text.toLowerCase();
  const participle = /ing$/.test(tokens[v]!.text);
  if (!(joiner === 'and' || joiner === 'but' || (joiner === ',' && participle))) return null;
  return sentenceSubject(tokens);
}

/** The noun phrase a sentence opens with, after an introductory phrase set off by a comma. */
export function sentenceSubject(tokens: Token[]): Phrase | null {
  let s = datelineEnd(tokens);
  const first = tokens[0]?.text.toLowerCase() ?? '';
  if (INTRODUCTORY.test(first)) {
    const comma = tokens.findIndex((t, i) => i < 14 && t.text === ',');
    if (comma > 0) s = comma + 1;
  } else if (/^\p{Lu}\p{Ll}{2,}ing$/u.test(tokens[0]?.text ?? '') && tokens[1]?.text === ',') {
    // `Responding, the minister said`: a participle opening the sentence, unlike `Harding, the mayor, said`,
    // whose appositive closes with a second comma.
    const after = subjectAfter(tokens, 2);
    const next = after && tokens.find((t) => t.start >= after.end);
    if (after && next?.type === 'word' && /^\p{Ll}/u.test(next.text)) s = 2;
  }
  while (s < tokens.length && tokens[s]!.type === 'word' && (QUANTIFIERS.test(tokens[s]!.text) || /^[\d,.]+$/.test(tokens[s]!.text))) s++;
  const phrase = subjectAfter(tokens, s);
  if (!phrase || (phrase.kind === 'common' && !phrase.head)) return null;
  // `Its leader, Anders Kvist, blamed ...`: a role, then the name between commas.
  const comma = tokens.findIndex((t) => t.start >= phrase.end);
  if (phrase.kind === 'common' && tokens[comma]?.text === ',') {
    const name = subjectAfter(tokens, comma + 1);
    const closing = name && tokens.find((t) => t.start >= name.end);
    if (name?.kind === 'named' && closing?.text === ',') return { ...name, role: name.role ?? phrase.core ?? phrase.text };
  }
  return phrase;
}

/**
 * Where a story's text starts after its dateline (`BRANTLEY FALLS, Ohio (AP) —`,
 * `LONDON, Dec 3 (Reuters) -`): the place in capitals, then up to a few words, then a dash.
 */
function datelineEnd(tokens: Token[]): number {
  if (!tokens[0] || !/^\p{Lu}{2,}/u.test(tokens[0].text) || tokens[0].text !== tokens[0].text.toUpperCase()) return 0;
  const dash = tokens.findIndex((t, i) => i < 12 && /^[—–-]$/.test(t.text) && t.type !== 'word');
  // (`FUKUOKA —`, `NEW YORK —`: a place in capitals alone before the dash is one too.)
  const placeOnly = dash > 0 && tokens.slice(0, dash).every((t) => t.type === 'word' && t.text === t.text.toUpperCase() && /^\p{Lu}{2,}$/u.test(t.text));
  return dash > 0 && (placeOnly || tokens.slice(0, dash).some((t) => t.text === ',' || t.text === '(')) ? dash + 1 : 0;
}

const INTRODUCTORY = /^(?:in|on|at|after|before|during|regarding|speaking|asked|meanwhile|earlier|later|last|on|since|following|despite|with|when|while|as|addressing|writing)$/;
const QUANTIFIERS = /^(?:about|some|around|nearly|almost|roughly|more|than|over|at|least|dozens|hundreds|thousands|of|several|many)$/i;

const PASSIVE_AUX = /^(?:been|being|was|were|is|are|be|get|got|gets)$/i;

/** `was told`, `had been urged`, `is described as`: the subject is spoken to, not speaking. */
export function isPassive(tokens: Token[], v: number): boolean {
  const prev = tokens[v - 1];
  return prev !== undefined && prev.type === 'word' && PASSIVE_AUX.test(prev.text) && /(?:ed|told|said|written)$/.test(tokens[v]!.text);
}

/** The `by` agent of a passive speech verb, within a few words after it. */
function agentOf(tokens: Token[], v: number): Phrase | null {
  for (let k = v + 1; k < tokens.length && k <= v + 4; k++) {
    if (tokens[k]!.text === 'by') return subjectAfter(tokens, k + 1);
    if (tokens[k]!.type !== 'word') return null;
  }
  return null;
}
