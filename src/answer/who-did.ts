/**
 * `Who chaired the arbitration panel?`: a who-question about a deed is answered by a sentence
 * (`The panel, chaired by retired judge Maxine Hollis, released its decision`); the person in
 * it is who the reader asked for.
 */
import { speakerRefOf } from '../extract/names.js';
import { normalise } from '../extract/entities.js';
import type { SearchIndex } from '../search/index.js';
import { quoteItem } from './items.js';
import type { Answer, AnswerItem } from './types.js';

type Result = Omit<Answer, 'command' | 'query'>;

/** A question for a person (`who ...`), not for a thing (`which company ...`). */
const WHO = /^\s*who\b/i;

/**
 * The answers with the best sentence naming its person, when a who-question's best sentence names
 * exactly one person the question does not (an unnamed source, a body or several people say no one).
 */
export function withDoer(index: SearchIndex, question: string, result: Result): Result {
  const top = result.answers[0];
  if (!WHO.test(question) || !top || top.kind !== 'sentence') return result;
  const asked = new Set(normalise(question).split(' '));
  const named = index.in('people', top.citation.article).filter(
    (r) =>
      r.entity.kind === 'person' &&
      !r.entity.anonymous &&
      r.entity.mentions.some((m) => m.start >= top.citation.start && m.end <= top.citation.end) &&
      !normalise(r.entity.name).split(' ').some((w) => asked.has(w)),
  );
  if (named.length !== 1) return result;
  const answer: AnswerItem = { ...top, kind: 'person', speaker: speakerRefOf(named[0]!.entity) };
  return { ...result, answers: [answer, ...result.answers.slice(1)] };
}

/**
 * `Analysts said the collapse would push up fares. "...," said Luca Moretti, an aviation analyst`:
 * a who-question whose best answer is a group the story speaks for is answered by the one member
 * of it quoted in that paragraph, by name, before the group.
 */
export function oneOfThem(index: SearchIndex, result: Result): Result {
  const top = result.answers[0];
  if (!top?.speaker || top.speaker.role) return result;
  const article = top.citation.article;
  const group = index.in('people', article).find((p) => p.entity.kind === 'group' && p.entity.name === top.speaker!.name);
  const member = group ? normalise(group.entity.name).split(' ').pop()!.replace(/s$/, '') : undefined;
  if (!member) return result;
  const quotes = index.in('quotes', article).filter((q) => q.quote.paragraph === top.citation.paragraph && q.quote.speaker !== null);
  const quoted = new Set(quotes.map((q) => q.quote.speakerId));
  const members = index.in('people', article).filter((p) => quoted.has(p.entity.id) && p.entity.kind === 'person' && !p.entity.anonymous && normalise(p.entity.role ?? '').split(' ').includes(member));
  if (members.length !== 1) return result;
  const said = quotes.find((q) => q.quote.speakerId === members[0]!.entity.id)!;
  return { ...result, answers: [quoteItem(said), ...result.answers] };
}
