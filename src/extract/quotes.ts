import type { Article, Block, Span } from '../article/types.js';
import { attribute } from './attribution.js';
import type { EntityRegistry } from './entities.js';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.js';
import { sentenceTopics, speechClauses } from './statements.js';
import { speakerRefOf } from './names.js';
import type { Entity, Quote, Statement } from './types.js';
import { ROLE_WORDS, SPEECH_VERBS } from './lexicon.js';

interface Draft {
  span: QuoteSpan;
  block: Block;
  sentence: Span;
  kind: Quote['kind'];
  speaker: Entity | null;
  /** Said by the text itself (true) or carried over from a neighbouring quote (false). */
  direct: boolean;
  group: number;
  /** The named person the sentence right before it is about (`Mattos looked straight into the camera.`), the last guess. */
  topic?: Entity | undefined;
}

/** The first personal pronoun of a `, who ...,` clause right after a speaker (perhaps after a place: `, Tenn., who`), or of an unnamed source's request with no commas (`A vaccinator in Gwale who asked not to be named for fear of losing her job said`). */
const RELATIVE_PRONOUN = /^(?:\s*,[^,"“”]{1,30})?(?:\s*,\s*who\b|\s+who\s+(?:asked|requested|declined|spoke)\b)[^"“”]*?\b(she|her|he|his|him)\b/;

/**
 * Finds the direct quotes of an article and who said each. A quote whose own sentence names
 * nobody takes the speaker of the quote it continues (same paragraph, or the paragraph before
 * when it opens a paragraph of pure quotation); otherwise its speaker stays `null`.
 */
export function extractQuotes(article: Article, registry: EntityRegistry): { quotes: Quote[]; statements: Statement[] } {
  const spans = findQuoteSpans(article);
  // Quotes by paragraph, built once: long articles have thousands of quotes.
  const byBlock = new Map<number, QuoteSpan[]>();
  for (const s of spans) byBlock.set(s.block, [...(byBlock.get(s.block) ?? []), s]);
  const outerOf = (list: QuoteSpan[] = []) => list.map((s) => ({ start: s.outerStart, end: s.outerEnd }));
  const stated = new Set<number>();
  const speakers: Entity[] = [];
  const drafts: Draft[] = [];
  const statements: Statement[] = [];
  const events = article.paragraphs
    .flatMap((block, index) => {
      const quoted = outerOf(byBlock.get(index));
      const topics = sentenceTopics(article.text, block).map((t) => ({ ...t, block, sentence: null, verb: '' }));
      return [...topics, ...speechClauses(article.text, block, quoted).map((c) => ({ ...c, block }))];
    })
    .sort((a, b) => a.at - b.at);
  let nextEvent = 0;
  /** Where each sentence about a named person ends, and that person. */
  const topicEnds = new Map<number, Entity>();
  /** Reported speech and sentence topics up to `offset` give the floor, as the reader sees it. */
  const readUpTo = (offset: number) => {
    for (; nextEvent < events.length && events[nextEvent]!.at < offset; nextEvent++) {
      const c = events[nextEvent]!;
      registry.paragraphStart = c.block.start;
      // A sentence opening with one capitalised word (`Schools were closed`) is a topic only
      // when that word already names someone.
      if (!c.sentence && c.phrase.kind === 'named' && !c.phrase.name!.includes(' ') && !c.phrase.role && !registry.known(c.phrase, c.at)) continue;
      const speaker = registry.resolve(c.phrase, c.phrase, speakers);
      if (!speaker) continue;
      speakers.push(speaker);
      if (!c.sentence && c.phrase.kind === 'named' && speaker.kind === 'person' && !speaker.anonymous) {
        const topical = c.block.sentences.find((st) => st.start <= c.at && c.at < st.end);
        if (topical) topicEnds.set(topical.end, speaker);
      }
      if (c.sentence && c.phrase.kind === 'named' && speaker.kind === 'person') {
        // `Priti Shah said her mother ...`: the first pronoun after the verb tells the gender.
        const rest = article.text.slice(c.at, c.sentence.end);
        const m = /\b(she|her|he|his|him)\b/i.exec(rest);
        // (`Naomi Sato said the prime minister was trying to make the most of his honeymoon`: a
        // pronoun after someone else named or titled stands for them.)
        const between = m ? rest.slice(0, m.index).split(/[^\p{L}'’-]+/u).slice(1) : [];
        // (`Elaine Docherty, whose father was the man who died, said he had worked`: nor after an aside about someone else.)
        const aside = /\bwhose\b/i.test(article.text.slice(c.phrase.end, c.at));
        const someoneElse = aside || between.some((w) => ROLE_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
        if (m && !someoneElse) registry.learn(speaker, /^(?:she|her)$/i.test(m[1]!) ? 'female' : 'male');
      }
      if (c.sentence && speaker.anonymous && speaker.kind === 'person') {
        // `A nurse, who asked not to be named for fear of losing her job, said`: the clause about
        // the unnamed speaker tells the gender, so a later `she said` is hers.
        const m = RELATIVE_PRONOUN.exec(article.text.slice(c.phrase.end, c.at).toLowerCase());
        if (m) registry.learn(speaker, m[1] === 'she' || m[1] === 'her' ? 'female' : 'male');
      }
      if (c.sentence && !stated.has(c.sentence.start)) {
        stated.add(c.sentence.start);
        statements.push({ ...c.sentence, paragraph: c.block.paragraph, speaker: speakerRefOf(speaker), speakerId: speaker.id, verb: c.verb });
      }
    }
  };
  let group = 0;
  spans.forEach((span, index) => {
    readUpTo(span.outerStart);
    const block = article.paragraphs[span.block]!;
    const sentence = sentenceAround(block, span);
    // The quotes that can share this one's sentence are its neighbours: a bounded window keeps
    // a pathological paragraph of thousands of quotes linear.
    const quoted = outerOf(spans.slice(Math.max(0, index - NEIGHBOURS), index + NEIGHBOURS + 1).filter((s) => s !== span && s.block === span.block));
    registry.paragraphStart = block.start;
    const found = attribute({ text: article.text, outer: { start: span.outerStart, end: span.outerEnd }, sentence, quoted, paragraphEnd: block.end });
    const speaker = found ? registry.resolve(found.phrase, found.phrase, speakers) : null;
    if (speaker) speakers.push(speaker);
    const previous = drafts[drafts.length - 1];
    const sameUtterance =
      previous &&
      ((previous.span.continues && previous.span.block + 1 === span.block && byBlock.get(span.block)?.[0] === span) ||
        (previous.sentence.start === sentence.start && previous.span.block === span.block && (!speaker || previous.speaker === speaker) && previous.kind === 'full' && onlyAttributionBetween(article.text, previous.span, span)));
    // Pieces of a quote split around its attribution share the first piece's kind.
    const splitPiece = sameUtterance && previous.span.block === span.block;
    const kind = splitPiece ? previous.kind : kindOf(article.text, span, sentence);
    // (`In his closing statement, Mattos looked straight into the camera. "I am not a politician ..."`.)
    const before = block.sentences.filter((st) => st.end <= span.outerStart).at(-1);
    const topic = before && !article.text.slice(before.end, span.outerStart).trim() ? topicEnds.get(before.end) : undefined;
    drafts.push({ span, block, sentence, kind, speaker, direct: speaker !== null, group: sameUtterance ? previous.group : ++group, topic });
  });
  readUpTo(Infinity);
  fillFromNeighbours(drafts, article, statements, new Map(speakers.map((e) => [e.id, e])));
  const quotes = drafts.map((d) => ({
    text: article.text.slice(d.span.start, d.span.end),
    start: d.span.start,
    end: d.span.end,
    paragraph: d.block.paragraph,
    speaker: d.speaker ? speakerRefOf(d.speaker) : null,
    speakerId: d.speaker?.id ?? null,
    kind: d.kind,
    group: d.group,
  }));
  return { quotes, statements };
}

function sentenceAround(block: Block, span: QuoteSpan): Span {
  const sentences = block.sentences;
  const first = sentences[sentenceIndex(sentences, span.outerStart)];
  const last = sentences[sentenceIndex(sentences, Math.max(span.outerStart, span.outerEnd - 1))];
  return { start: first?.start ?? block.start, end: Math.max(last?.end ?? block.end, span.outerEnd) };
}

/** The sentence holding an offset, by binary search (the last one starting at or before it). */
function sentenceIndex(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const NEIGHBOURS = 8;

/** `"We will not," said Mayor Ana Ruiz, "back down."`: between the pieces, only the attribution. */
function onlyAttributionBetween(text: string, first: QuoteSpan, second: QuoteSpan): boolean {
  const between = text.slice(first.outerEnd, second.outerStart).trim();
  // `"We will not," Ruiz said at a packed news conference on the steps of City Hall, "back down."`:
  // a second piece that opens in lower case goes on with the sentence, past a longer attribution.
  const continues = /^\p{Ll}/u.test(text.slice(second.start, second.start + 1)) && between.split(/\s+/).some((w) => SPEECH_VERBS.has(w));
  const most = continues ? MAX_LONG_ATTRIBUTION_WORDS : MAX_ATTRIBUTION_WORDS;
  return between.split(/\s+/).length <= most && /[,:;—–-]$/.test(between) && !/\b(?:adding|saying|noting|and|but|that)\b/i.test(between);
}

const MAX_ATTRIBUTION_WORDS = 10;
const MAX_LONG_ATTRIBUTION_WORDS = 20;


/**
 * `full` when the quote stands as a sentence of speech (it opens its sentence or follows a
 * colon or comma lead-in, or ends in the speaker's own punctuation); `partial` when the writer
 * quotes a phrase inside their own sentence.
 */
function kindOf(text: string, span: QuoteSpan, sentence: Span): Quote['kind'] {
  const before = text.slice(sentence.start, span.outerStart).trimEnd();
  const inner = text.slice(span.start, span.end);
  if (before === '' || /[:,]$/.test(before)) return /^[\p{Lu}\p{N}'"‘“…]/u.test(inner) || before === '' ? 'full' : 'partial';
  return /[.!?…,]$/.test(inner) && /^\p{Lu}/u.test(inner) ? 'full' : 'partial';
}

function fillFromNeighbours(drafts: Draft[], article: Article, statements: Statement[], entities: Map<string, Entity>): void {
  const byGroup = groupBy(drafts, (d) => d.group);
  const byParagraph = groupBy(drafts, (d) => d.block);
  const statementsIn = groupBy(statements, (s) => s.paragraph);
  // Pieces of one utterance (split around the attribution or over paragraphs) share a speaker.
  for (const d of drafts) {
    if (d.speaker) continue;
    const sibling = byGroup.get(d.group)?.find((o) => o.speaker);
    if (sibling) d.speaker = sibling.speaker;
  }
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.speaker || d.kind !== 'full') continue;
    // Another sentence of speech in the same paragraph: `"...," he said. "More."`
    const inParagraph = (byParagraph.get(d.block) ?? []).filter((o) => o.speaker && o.direct);
    const previous = [...inParagraph].reverse().find((o) => o.span.start < d.span.start);
    const next = inParagraph.find((o) => o.span.start > d.span.start);
    const neighbour = previous ?? next;
    if (neighbour) {
      d.speaker = neighbour.speaker;
      continue;
    }
    // Reported speech earlier in the paragraph: `Some days, Whitlock says, they ... "We'd sit there ..."`
    const reported = [...(statementsIn.get(d.block.paragraph) ?? [])].reverse().find((s) => s.start < d.span.outerStart);
    if (reported) {
      d.speaker = entities.get(reported.speakerId) ?? null;
      if (d.speaker) continue;
    }
    // A paragraph of pure quotation right after a paragraph that quotes someone.
    if (opensBlock(d, article) && !drafts.some((o) => o.block === d.block && o.direct)) {
      let b = i - 1;
      while (b >= 0 && !drafts[b]!.speaker) b--;
      const before = b >= 0 ? drafts[b] : undefined;
      const adjacent = before && before.block.paragraph === d.block.paragraph - 1;
      // (`Jessica Pruitt, 38, ... said the lack of information had been the hardest part.`, then
      // a paragraph of quotation: the last sentence of the paragraph before reports her speech.)
      const lastBefore = article.paragraphs[d.block.paragraph - 2]?.sentences.at(-1);
      const said = lastBefore && [...(statementsIn.get(d.block.paragraph - 1) ?? [])].reverse().find((s) => s.start >= lastBefore.start);
      if (said && (!adjacent || said.start > before.span.start)) d.speaker = entities.get(said.speakerId) ?? (adjacent ? before.speaker : null);
      else if (adjacent) d.speaker = before.speaker;
    }
    // Last, a quote set right after a sentence about a named person, with nothing else to say
    // whose it is: the person the reader was just watching.
    if (!d.speaker && d.topic) {
      d.speaker = d.topic;
      for (const o of byGroup.get(d.group) ?? []) o.speaker ??= d.topic;
    }
  }
}

function opensBlock(d: Draft, article: Article): boolean {
  return article.text.slice(d.block.start, d.span.outerStart).trim() === '';
}


function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
