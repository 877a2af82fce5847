/**
 * Questions that ask for a name: `what is the name of the man arrested`, `which firm did the bank
 * hire`. Only a sentence that names something the question does not can answer them, and a
 * person asked for must be one of the article's people, not the police or a place.
 */
import type { SearchIndex } from '../search/index.js';
import { ORG_NOUNS } from '../extract/lexicon.js';
import { fold } from '../search/text.js';
import type { Scope } from './types.js';

export const WHICH = /^which\b/i;

const NAME_ASKED = /^(?:what(?:['’]s| is| was| are| were)?|whats) (?:the )?names? of\b|\b(?:called|named)$/i;

/** A question for the name of a person, by what they are or did. */
const PERSON_NAMED = /\bnames? of (?:the |a |an |this |that |both |two |three )?(?:[\p{L}-]+ ){0,3}?(?:man|men|woman|women|boy|boys|girl|girls|person|people|victims?|suspects?|drivers?|pilots?|officers?|ministers?|chairman|chairwoman|chair|president|director|manager|coach|captain|spokes\p{L}+|owner|founder|chief|ceo|leader|judge|mayor|governor|candidates?|players?|workers?|doctors?|nurses?|miners?|passengers?|soldiers?|teachers?|students?|child|children)\b/iu;

/** The names of an article's people (whole names and surnames) that the question does not give. */
function personNames(index: SearchIndex, article: string, question: string): string[] {
  const asked = fold(question);
  return index.in('people', article).filter((p) => p.entity.kind === 'person' && !p.entity.anonymous).flatMap((p) => [p.entity.name, p.entity.name.split(' ').pop()!]).filter((n) => n.length > 2 && !asked.includes(fold(n)));
}

/** Whether a sentence has a capitalised name, past its first word, that the question does not give. */
export function namesOtherThan(sentence: string, question: string): boolean {
  const asked = new Set(question.toLowerCase().split(/[^\p{L}\d]+/u));
  return sentence.split(/\s+/).slice(1).some((w) => {
    const word = w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['’]s$/, '');
    // (`DENV-3`, `BA.2`: a name may be capitals and figures.)
    return (/^\p{Lu}\p{Ll}/u.test(word) || /^\p{Lu}{2,}[\p{Lu}\d.-]*$/u.test(word)) && !asked.has(word.toLowerCase());
  });
}

/** `which company`, `which firm`: a body asked for, by the noun after `which`. */
const WHICH_BODY = /^which\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu;
const isBodyNoun = (w: string | undefined) => w !== undefined && (ORG_NOUNS.has(w.toLowerCase()) || /^\p{L}{3,}makers?$/iu.test(w) || BUSINESS_NOUN.test(w));
/** Businesses asked for by what they do (`which contractor built the bridge`). */
const BUSINESS_NOUN = /^(?:contractors?|builders?|developers?|suppliers?|operators?|sponsors?|broadcasters?|consultanc(?:y|ies)|publishers?|studios?|brands?|chains?|retailers?|insurers?|lenders?|banks?)$/i;

/**
 * What a sentence must do to answer a which-question: name something the question does not;
 * for a body asked for (`which company will make the turbines`), one of the article's bodies.
 */
export function whichGives(index: SearchIndex, question: string, scope: Scope): (sentence: string) => boolean {
  // (`which company`, `which forensic firm`.)
  const m = WHICH_BODY.exec(question);
  const body = m !== null && (isBodyNoun(m[1]) || isBodyNoun(m[2])) && scope.article !== undefined;
  // (`Which fraternity house was linked to the cases?`: `linked to two residence halls and a fraternity` names none; the name stands by the noun.)
  // (Not a plural, `which countries`, nor a kind of place, `which region`: those are named by themselves.)
  const noun = m === null || WHICH_VERBS.test(m[1]!) ? undefined : m[2] !== undefined && !WHICH_VERBS.test(m[2]) ? m[2] : m[1];
  const byNoun = !body && noun !== undefined && !/s$/i.test(noun) && !PLACE_KINDS.test(noun) ? noun : undefined;
  if (!body) return (t) => namesOtherThan(t, question) && (byNoun === undefined || namedBy(t, byNoun, question));
  const asked = fold(question);
  const names = index.in('people', scope.article!).filter((p) => p.entity.kind === 'organisation').flatMap((p) => [p.entity.name, ...p.entity.aliases.filter((a) => /^\p{Lu}/u.test(a))]).filter((n) => n.length > 1 && !asked.includes(fold(n)));
  // (`which contractor`: a body the sentence or the story calls a contractor, not any body.)
  const kind = [m[1], m[2]].find((w) => w !== undefined && BUSINESS_NOUN.test(w))?.toLowerCase().replace(/(?:s|ies)$/, '');
  const ofKind = kind === undefined ? undefined : new RegExp(`\\b${kind}`, 'i');
  const kinded = ofKind === undefined ? [] : index.in('people', scope.article!).filter((p) => p.entity.kind === 'organisation' && ofKind.test(`${p.entity.role ?? ''} ${p.entity.aliases.join(' ')}`)).map((p) => p.entity.name);
  return (t) => namesOtherThan(t, question) && names.some((n) => t.includes(n)) && (ofKind === undefined || ofKind.test(t) || kinded.some((n) => t.includes(n)));
}

/**
 * A question for a name: the words to search with, and what a sentence must do to answer it;
 * undefined when the question asks for no name.
 */
export function nameAsked(index: SearchIndex, question: string, scope: Scope): { topic: string; gives: (sentence: string) => boolean } | undefined {
  if (!NAME_ASKED.test(question)) return undefined;
  // (`what is the name of the man arrested`: a person's name, not the police's; one article's people are known.)
  const people = PERSON_NAMED.test(question) && scope.article !== undefined ? personNames(index, scope.article, question) : undefined;
  // (`the name of the fishing trawler that capsized`: a thing's name stands by its noun, `the trawler Sea Star`;
  // `Abdul Karim, whose son drowned when the family's fishing trawler capsized` names someone else.)
  const head = people ? undefined : THING_NAMED.exec(question)?.[1];
  return { topic: question.replace(NAME_ASKED, ' '), gives: (t) => namesOtherThan(t, question) && (!people || people.some((name) => t.includes(name))) && (!head || namedBy(t, head, question)) };
}

/** The noun whose name is asked: the last word before a clause or the end (`trawler` in `the name of the fishing trawler that capsized`). */
const THING_NAMED = /\bnames? of (?:the |a |an |this |that )?(?:[\p{L}-]+ ){0,3}?([\p{L}-]{3,})(?:['’]s?)?(?= (?:that|which|who|whose|in|on|at|from|to|of|for|with|by|after|before|behind|involved)\b|\s*\??$)/iu;
/** Words after `which` that are no noun (`which is`, `which of`). */
const WHICH_VERBS = /^(?:is|was|are|were|has|had|have|did|does|do|will|would|can|could|of|one|ones)$/i;
/** Kinds of place, which a place's own name answers wherever it stands. */
const PLACE_KINDS = /^(?:country|nation|region|state|province|city|town|village|county|district|area|island|continent|capital|port|neighbourhood|neighborhood|suburb)$/i;
/** Capitalised words that name a time, not a thing (`in hospital on Sunday`). */
const TIME_NAMES = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** How many words may stand between a thing's noun and its name (`the trawler, the Sea Star,`). */
const NAME_REACH = 3;

/** Whether the sentence gives a name the question does not, right by the noun (`the trawler Sea Star`, `Al Noor Capital, the Gulf investor`). */
function namedBy(sentence: string, head: string, question: string): boolean {
  const asked = new Set(question.toLowerCase().split(/[^\p{L}\d]+/u));
  const words = sentence.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '').replace(/['’]s$/, ''));
  const stem = head.toLowerCase().replace(/s$/, '');
  return words.some((w, i) => {
    if (w.toLowerCase().replace(/s$/, '') !== stem) return false;
    const near = [...words.slice(Math.max(1, i - NAME_REACH), i), ...words.slice(i + 1, i + 1 + NAME_REACH)];
    return near.some((n) => /^\p{Lu}/u.test(n) && !TIME_NAMES.test(n) && !asked.has(n.toLowerCase()));
  });
}

/**
 * A body a who-question names in full (`the Minimum Wage Commission`), when the article knows it:
 * a test that a sentence names it too, in full, by initials or as `the commission`.
 */
export function bodyAsked(index: SearchIndex, question: string, article: string): ((text: string) => boolean) | undefined {
  const names = question.match(/\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|the|&)?\s*\p{Lu}[\p{L}'’-]*)+/gu) ?? [];
  for (const name of names) {
    const folded = fold(name);
    const body = index.in('people', article).find((p) => p.entity.kind === 'organisation' && [p.entity.name, ...p.entity.aliases].some((n) => fold(n) === folded));
    if (!body) continue;
    const ways = [body.entity.name, ...body.entity.aliases].map(fold);
    const head = fold(body.entity.name).split(' ').pop()!;
    return (text: string) => {
      const t = ` ${fold(text)} `;
      return ways.some((w) => t.includes(` ${w} `)) || t.includes(` the ${head} `);
    };
  }
  return undefined;
}
