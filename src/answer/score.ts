/**
 * `final score`, `what was the vote`: a result written as a tally (`beat Kingsbridge 27-24`,
 * `voted 9-4`, `6-4, 3-6, 7-6 (7-3)`). Extraction keeps these out of its figures (a score is no
 * quantity), so they are read from the sentences, the first one that gives a result.
 */
import type { SearchIndex } from '../search/index.js';
import { coverage } from '../search/match.js';
import type { SentenceRecord } from '../search/records.js';
import { spanItem } from './items.js';
import type { AnswerItem, Scope } from './types.js';

/** A question that asks for a result, and nothing more (`senate vote tally`: what voted may come first). */
const RESULT_ASKED = /^(?:(?:what|how) (?:was|is|were) )?(?:the )?(?:(?!(?:in|of|for|on|at|by|from|to|with|after|before|how|many|much|what|which|who|did|does|do|was|is|were|will)\b)[\p{L}'’.-]+ ){0,3}?(?:final |full-time |match |game |half-?time |half time )?(?:score|scoreline|result|outcome|vote|tally|vote tally|vote count|final tally)(?: in the final| at (?:half-?time|half time|the break|the interval|the half)| (?:on|for|in|of) (?:the )?[\p{L}'’-]+(?: [\p{L}'’-]+)?)?\s*\??$|^how did (?:the |they )?[\p{L} ]{0,30}vote(?: go| turn out| end| finish)?\s*\??$/iu;
/** A side's votes in a tally: `9`, `2,914`, `seven`. */
const VOTES = String.raw`\d{1,3}(?:,\d{3})*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
/** A tally, with sets after it: `27-24`, `9-4`, `6-4, 3-6, 7-6 (7-3)`; after a vote, `2,914 to 386`, `seven to four`. */
const TALLY = new RegExp(String.raw`(?<![\d.,$€£-])(?:\d{1,3}[-–]\d{1,3}(?:,\s*\d{1,3}[-–]\d{1,3})*(?:\s*\(\d{1,2}[-–]\d{1,2}\))?(?![\d-])|(?<=\b(?:voted|passed|approved|rejected|adopted|backed|carried|won|lost|beat \S+|by a vote of|by a margin of|by) )(?:${VOTES})(?: votes?)? to (?:${VOTES})\b(?!%|[.,]\d|\s*(?:per|percent|%)))`, 'u');
/** Words that make a tally a result (`beat`, `won`, `voted`), not a range or a date. */
const RESULT_WORDS = /\b(?:beat|beating|beats|won|win|wins|winning|lost|lose|defeated|defeat|edged|edging|drew|draw|thrashed|victory|voted|vote|votes|score|scoreline|led|lead|leads|trailed|approved|passed|rejected|adopted|backed|carried|stunned|stuns|upset|routed|crushed|downed|toppled|outlasted|overcame|hammered|held off|holding off|rallied|clinched|sealed|ruling|ruled|rules|decision|verdict|majority|split)\b/i;
/** Every tally of a text, made once (`matchAll` copies it, so the shared `lastIndex` is never touched). */
const TALLIES = new RegExp(TALLY.source, 'gu');
/** `at halftime`: the tally of the break, not the final one. */
const HALF_ASKED = /\bhalf[- ]?t(?:ime|me|im|iem|imr)\b|\bthe break\b|\bthe interval\b|\bthe half\b/i;

/** How far from `at the break` its tally stands (`led 13-10 at the break`, `a 13-10 half-time lead`). */
const HALF_REACH = 24;

/** The tally the sentence gives at the break, if any (not the final one of `after half-time`). */
function halfTally(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(TALLIES)) {
    const near = text.slice(Math.max(0, m.index - HALF_REACH), m.index + m[0].length + HALF_REACH);
    if (HALF_ASKED.test(near) && !/\bafter (?:half-?time|half time|the break|the interval)/i.test(near)) return m as RegExpExecArray;
  }
  return null;
}

/** The sentence's first tally that is no team's record in brackets (`the Ridgebacks (25-10)`). */
function resultTally(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(TALLIES)) if (text[m.index - 1] !== '(' || text[m.index + m[0].length] !== ')') return m as RegExpExecArray;
  return null;
}

export function asksResult(query: string): boolean {
  return RESULT_ASKED.test(query.trim());
}

/**
 * The first tally the article gives as a result, with its sentence; none when it gives none.
 * Over a whole library the first result would be any article's, so only one article is read.
 */
export function resultOf(index: SearchIndex, query: string, scope: Scope): AnswerItem[] {
  if (scope.article === undefined) return [];
  const half = HALF_ASKED.test(query);
  const sentences: readonly SentenceRecord[] = index.sentencesIn(scope.article);
  // (`what was the vote on the court`: of several results, the one whose sentence says what was asked; else the first.)
  const topic = index.terms(query.replace(RESULT_NAMES, ' '), { question: true }).filter((t) => !/^(?:final|vote|votes|score|result|tally|count)$/.test(t.word));
  let best: { item: AnswerItem; score: number } | undefined;
  for (const s of sentences) {
    const m = half ? halfTally(s.sentence.text) : resultTally(s.sentence.text);
    if (!m || !RESULT_WORDS.test(s.sentence.text)) continue;
    const score = topic.length ? coverage(topic, s.doc).score : 0;
    if (!best || score > best.score + TOPIC_MARGIN) best = { item: spanItem(s, m.index, m[0]), score };
  }
  return best ? [best.item] : [];
}

/** The words that name a result itself, which say nothing of which one. */
const RESULT_NAMES = /\b(?:what|how|was|is|were|the|final|full-time|match|game|score|scoreline|result|vote|tally|count)\b/gi;
/** How much more of the question a later result must say to come before the first. */
const TOPIC_MARGIN = 0.2;
