import { MESSAGES } from '../errors.js';
import { SPEECH_VERBS } from '../extract/lexicon.js';
import type { SearchIndex } from '../search/index.js';
import { coverageOver } from '../search/index.js';
import { stem } from '../search/text.js';
import { LIMITS, THRESHOLDS } from './config.js';
import { figure } from './figure.js';
import { asksResult } from './score.js';
import { personItem, quoteItem, sentenceItem } from './items.js';
import { withTimeOfDay } from './ask-clock.js';
import { datedNear, datedness, FUTURE_ASKED, SAID_ON, saysAhead, timeIn, TIME_WORDS, UNTIL_ASKED, UNTIL_SAID, FUTURE_EVENT_MISSING, WHEN_EVENT_MISSING, whenVerb } from './ask-when.js';
import { countedBy } from './ask-count.js';
import { pastTest } from './past.js';
import { byName, findPeople } from './people.js';
import { quotesBy } from './quotes-by.js';
import { bodyAsked, nameAsked, whichGives, WHICH } from './names-asked.js';
import { search } from './search.js';
import { statementHits, suggest } from './shared.js';
import type { Answer, AnswerItem, Scope } from './types.js';
import { whosaid } from './whosaid.js';
import { oneOfThem, withDoer } from './who-did.js';

type Result = Omit<Answer, 'command' | 'query'>;

/** A verb done again, as articles print it with `re-`: `open again` → `reopen`. */
const AGAIN = /\b(open|start|build|elect|launch|route|schedule|vote|count)\s+(?:it\s+|them\s+)?again\b/i;

const WHO_VERB = /^(?:who|which \w+)\s+(?:has\s+|had\s+|did\s+)?(\w+)\b\s*(.*)$/i;
const TOPIC_LEAD = /^(?:that|about|of|on|against|for|to|over|regarding|the article)\s+/i;
const WHAT_DID = /^what\s+(?:did|does|do|has|had|was|is)\s+(.+?)\s+(?:say|said|saying|tell|told|think|argue|claim|warn|write|wrote|add|insist|mean|predict|promise|call)\b(?:\s+(?:about|of|on|regarding|concerning|to|when|after)\s+(.+))?/i;
const HOW_MUCH = /^(?:how (?:many|much|fast|far|high|big|large|long|deep|heavy|old|strong|hot|cold|warm|tall|wide)|what (?:is|was|are|were) the (?:number|total|toll|amount|share|percentage|rate|cost|price|value|size|figure|count|death toll)|what (?:percentage|share|proportion|fraction|number)|(?:the )?number of)\b/i;
const WHO_IS = /^(?:who|what)\s+(?:is|was|are|were)\s+(.+)$/i;
const WHO_HOLDS = /^who\s+(?:is|was|are|were)\s+(?:the|a|an|(?:the\s+)?\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)*['’]s?)\s+(?!.*\b(?:built|made|done|held|given|told|sent|seen|found|\w+ed|\w+ing)\b)/iu;
const WHEN = /^(?:(?:until|till|since|by) )?(?:when|what (?:time|day|date))\b/i;
const WHERE = /^where\b/i;
/** Verbs of an end, which `until` answers. */
const END_VERBS = /^(?:end|ends|finish|finishes|expire|expires|lapse|lapses|conclude|concludes|stop|stops)$/i;
/** How much a date right by the deed asked (`arrested the mayor ... in October 2023`) counts, in preference bonuses. */
const NEAR_DEED = 1;
/** Deeds that start something that lasts, which `since 1887` dates. */
const FOUNDED = /^(?:found|founded|establish|established|set|formed|form|created|create|built|build|open|opened|start|started|began|begin|launched|launch)$/i;
const SINCE_YEAR = /\bsince (?:1[5-9]|20)\d{2}\b/;
/** A beginning said in other words, with its year (`the block, completed in 1974`, `dating from 1890`). */
// (`places its construction between 1950BC and 1880BC`: the deed's noun, and a year of any age.)
const COMPLETED_IN = /\b(?:(?:completed|constructed|erected|inaugurated|commissioned|dat(?:es|ed|ing)\s+(?:back\s+)?(?:from|to))\s+(?:in\s+)?(?:1[5-9]|20)\d{2}\b|(?:construction|founding|foundation|completion)\b[^.;]{0,25}?\b\d{3,4}\s?(?:BC|BCE|AD|CE)?\b)/i;
/** A question about a cause, and the words a sentence gives one with. */
const WHY = /^(?:why|how come|what (?:caused|causes|led to|leads to|triggered|prompted|sparked|is behind|was behind|is the reason for|was the reason for))\b/i;
/** A why-question that names the cause as a thing (`what caused`, `what triggered`), not a motive (`why did they strike`). */
const CAUSE_ASKED = /^what (?:caused|causes|triggered|sparked)\b/i;
const CAUSE = /\b(?:because|after|due to|owing to|thanks to|as a result|caused|causing|cause|blamed|blames|blame|following|amid|triggered|trigger|led to|leading to|prompted|sparked|resulted from|result of|traced|attributed|stemmed|reason|reasons|so that|in order to|in protest|demanding|demand|demands|over the|when|without it|without them|otherwise|to avoid|to prevent|to close|to tackle|to address)\b/i;
const EVENT_FILLERS = /\b(?:take|takes|took|taking) place\b|\b(?:held|located|situated|happen(?:ed|s)?|occur(?:red|s)?|based|going on)\b/gi;

const HOW_LONG = /^how long\b/i;
/** A span of time or an end to one: `three weeks`, `for years`, `until March`, `by 2027`, `overnight`. */
const SPAN_SAID = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|overnight|until|till|through|by (?:the end of |early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|(?:19|20)\d{2}|next|the end))\b/i;
const HOW_MANY = /^(?:how many|what (?:is|was|are|were) the number|(?:the )?number of)\b/i;
/** A number in digits or words: `12`, `a dozen`, `hundreds of`, `none`. */
const SOME_NUMBER = /(?<!\p{L})\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|several|handful|none|no one|nobody|half|all|every|most|few)\b/iu;

const LOCATED = /\b(?:based|located|headquartered|situated)\b/i;
/** `based in Cambridge`, `the San Jose, California-based company`. */
const LOCATED_IN = /\b(?:based|located|headquartered|situated)\s+(?:in|at|near|outside)\b|\p{Lu}[\p{L}.]*-based\b/u;
/** Any place a sentence may give, named or not (`started in an attached garage`). */
const SOME_PLACE = /\b(?:in|at|near|outside|inside|across|along|into|under|behind|beside|off)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?[\p{L}\d]/iu;
/** A where-question about where someone or something went or was sent, which `to Pokhara` answers. */
const DESTINATION_ASKED = /\b(?:taken|sent|moved|flown|airlifted|transferred|evacuated|shifted|relocated|brought|go|going|gone|headed|heading|deported|extradited)\b/i;
const TO_PLACE = /\bto\s+(?:the\s+)?\p{Lu}/u;
const PLACE_WORDS = /\b(?:in|at|near|outside|inside|from|across|along|into)\s+(?:the\s+)?\p{Lu}/u;
/** `where is she from`, `where does he come from`. */
const FROM_ASKED = /^where\s+(?:is|are|was|were)\s+[^?]+?\s+from\s*\??$|^where\s+(?:does|do|did)\s+[^?]+?\s+come\s+from\s*\??$/i;
/** Where someone comes from: `The 26-year-old from Iten`, `a farmer from Kot Mithan`, `who grew up in Leeds`. */
const ORIGIN = /\b(?:\d+-year-old|native|resident|farmer|mother|father|man|woman|who grew up|born|hails)\b[^.;]{0,20}?\b(?:from|in|of)\s+\p{Lu}|^(?:The|A|An)\s+[\p{L}\d-]+\s+from\s+\p{Lu}/u;
/** How much more an origin counts than any place (times the preference bonus). */
const ORIGIN_PREFERRED = 4;

/**
 * `ask <question>`: routes a question to the kind of answer it wants: who said or warned
 * about something, what someone said, how many or how much, who someone is, when, where;
 * and otherwise the sentences that answer it best.
 */
export function ask(index: SearchIndex, question: string, scope: Scope = {}): Result {
  // (`when does the charter come into force`: articles print `will take effect`.)
  // (`when is Cedar wing supposed to open again`: articles print `reopen`.)
  const q = question.replace(/[?!.]+$/, '').trim().replace(/\b(?:comes?|came|coming)\s+into\s+(?:force|effect)\b/i, 'take effect').replace(AGAIN, 're$1');
  // (`how many ...` may look for figures, then sentences, then offer the figures that come
  // close: the library's figures are searched once.)
  let figures: Result | undefined;
  const figuresFor = () => (figures ??= figure(index, q, scope));
  if (asksResult(q) && figuresFor().answers.length) return figuresFor();
  if (HOW_MUCH.test(q)) {
    // (`what is the price of wheat`, `how much is Lowrie paid`: a price or a sum is a figure, or the article does not give it.)
    const onlyFigures = /^(?:what|how much)\b/i.test(q);
    // `how long will the strike last?` may be answered by words, not a figure.
    if (figuresFor().answers.length || onlyFigures) return figuresFor();
    // (`how many ...` is answered by a sentence that gives some number, in digits or words.)
    // (...and says what it counts: `how many other countries` is not answered by `14 batches`.)
    // (`people` may be counted by any noun: `18 paddlers`.)
    const counted = /^how many\s+(?:other\s+|more\s+|new\s+|extra\s+|additional\s+)?([\p{L}-]{3,})/iu.exec(q)?.[1];
    // (`won three stages`, not `the 176km stage`: a number stands right before what it counts.)
    const countsIt = counted && !/^(?:people|persons|of)$/i.test(counted) ? countedBy(counted) : () => true;
    // (`how long will the tribunal take to rule`: a sentence that says no span of time, nor until when, says not how long.)
    const require = HOW_MANY.test(q) ? (t: string) => SOME_NUMBER.test(t) && countsIt(t) : HOW_LONG.test(q) ? (t: string) => SPAN_SAID.test(t) : undefined;
    const words = search(index, q, scope, { question: true, prefer: (t) => TIME_WORDS.test(t) || /\d/.test(t), require });
    // (Neither: what figures come close are offered.)
    return words.answers.length ? words : figuresFor();
  }
  const whatDid = WHAT_DID.exec(q);
  if (whatDid) return quotesBy(index, whatDid[1]!, scope, whatDid[2], { reported: true });
  const who = WHO_VERB.exec(q);
  if (who && saysVerb(who[1]!)) return whoSaidAbout(index, who[1]!, who[2]!.replace(TOPIC_LEAD, ''), scope);
  // `Which opposition politician dismissed the settlement as a sticking plaster?`: the one who said so, whatever they are.
  const whichSaid = WHICH_SAID.exec(q);
  if (whichSaid && saysVerb(whichSaid[1]!)) return whoSaidAbout(index, whichSaid[1]!, whichSaid[2]!.replace(TOPIC_LEAD, ''), scope);
  // `who was the manager before Bellandi`: only a sentence that steps back in time answers (no one the article calls so).
  const past = pastTest(q);
  const whoIs = past ? null : WHO_IS.exec(q);
  if (whoIs) {
    const person = whoIs_(index, whoIs[1]!, scope);
    if (person) return person;
    // `who is the chief executive of the HSE`: a post nobody in the article holds has no holder to give
    // (a sentence that names the post and someone else answers nothing).
    if (WHO_HOLDS.test(q)) return { answers: [], message: MESSAGES.noSentence };
  }
  // `where will the talks take place?`: the event words say what, not where or when.
  const topic = q.replace(EVENT_FILLERS, ' ');
  // A date outweighs a bare time word (`by the end of the third year`).
  // (`until when is the red alert`: only a sentence that says until when: `till Thursday morning`.)
  const until = UNTIL_ASKED.test(q);
  if (WHEN.test(q)) {
    const verb = whenVerb(q);
    // (`when does the ban end`: `will run until March 2029` says when it ends in other words.)
    const ends = verb !== undefined && END_VERBS.test(verb);
    const nearDeed = verb ? datedNear(verb) : () => false;
    // (`When was Glen Arrin founded?`: `which has distilled single malt ... since 1887` says since when it has been.)
    const byDeed = verb && FOUNDED.test(verb) ? (t: string) => nearDeed(t) || SINCE_YEAR.test(t) : nearDeed;
    // (`when will bullet train services resume`: a sentence that dates only what has been does not say.)
    const future = FUTURE_ASKED.test(q);
    const prefer = (t: string) => datedness(t) + (byDeed(t) || (ends && UNTIL_SAID.test(t)) ? NEAR_DEED : 0);
    // (`when is the hotel expected to reopen`: a sentence that dates no reopening, only the fire, hardly
    // says when something still to come will happen.)
    // (`When was Orchidex founded?`: a sentence that dates something else, `withdrawals would resume from Monday`, does not say.)
    // (`When did Harlow open the scoring?` is no beginning that lasts: `was ... opened`, `first open` are.)
    const founding = verb !== undefined && FOUNDED.test(verb) && /\b(?:was|were|is|are|has been|had been|first|originally)\b/i.test(q);
    const found = search(index, topic, scope, { question: true, prefer, require: (t) => timeIn(t.replace(SAID_ON, ' ')) > 0 && (!until || UNTIL_SAID.test(t)) && (!future || saysAhead(t)) && (!founding || byDeed(t) || COMPLETED_IN.test(t)), event: ends ? undefined : verb, eventPenalty: future ? FUTURE_EVENT_MISSING : WHEN_EVENT_MISSING });
    // (`derailed ... on Thursday`, then `left the tracks at about 7:52 a.m.`: the time of day first.)
    return (scope.article !== undefined && !until && !ends ? withTimeOfDay(index, found, topic, verb, scope.article) : undefined) ?? found;
  }
  // `where is Solvane based`: `Solvane, based in Cambridge, Mass.` says it in the very words.
  const located = LOCATED.exec(q)?.[0];
  // (`Where were the injured taken?`: `airlifted 11 injured people to Pokhara`.)
  const destination = DESTINATION_ASKED.test(q);
  const placed = (t: string) => PLACE_WORDS.test(t) || LOCATED_IN.test(t) || SOME_PLACE.test(t) || (destination && TO_PLACE.test(t));
  // `where is Rotich from`: a sentence that gives where someone comes from (`The 26-year-old from Iten`) first.
  const origin = FROM_ASKED.test(q) ? (t: string) => (ORIGIN.test(t) ? ORIGIN_PREFERRED : Number(PLACE_WORDS.test(t))) : undefined;
  if (WHERE.test(q)) return search(index, topic, scope, { question: true, prefer: origin ?? (located ? (t) => LOCATED_IN.test(t) : (t) => PLACE_WORDS.test(t)), require: placed });
  // `why did the milk collections fall`: a sentence that gives a cause (`after`, `because`, `due to`) first.
  // (`What caused the fire to start?`: asked for its cause in so many words, only a sentence that gives one answers;
  // `The fire started at about 9:40 a.m.` says when.)
  if (WHY.test(q)) return search(index, q.replace(WHY, ' '), scope, { question: true, prefer: (t) => CAUSE.test(t), ...(CAUSE_ASKED.test(q) ? { require: (t: string) => CAUSE.test(t) } : {}) });
  // `what is the name of the ferry's owner`: only a sentence that gives some name the question does not.
  const name = nameAsked(index, q, scope);
  if (name) return search(index, name.topic, scope, { question: true, require: name.gives });
  // `who funded the study`: a sentence that never says who funded anything does not answer.
  // (`who blamed land acquisition`, `who wants to summon the board`: a stance is often said in other words.)
  // `which forensic firm did the bank hire`: a sentence that names nothing the question does not cannot say which.
  // (`who will replace Megan Thornbury`: nor can a sentence that names only whom the question names.)
  const gives = WHICH.test(q) || WHO_FUTURE.test(q) ? whichGives(index, q, scope) : undefined;
  // (`Who chairs the Minimum Wage Commission?`: a sentence about some other chair, which never names the commission, does not say.)
  const body = who && scope.article !== undefined ? bodyAsked(index, q, scope.article) : undefined;
  const checkedPast = gives ? (t: string) => gives(t) && (!past || past(t)) : past;
  const checked = body ? (t: string) => body(t) && (!checkedPast || checkedPast(t)) : checkedPast;
  // (`who will replace Tavita`: a sentence that tells only what has been names no one still to come.)
  const which = WHO_FUTURE.test(q) ? (t: string) => saysAhead(t) && (!checked || checked(t)) : checked;
  if (who && !AUXILIARY.test(who[1]!) && !STANCE.test(who[1]!)) return withDoer(index, q, search(index, q, scope, { question: true, event: who[1], require: which }));
  // (`Who defended letting Arriaga pitch?`: a stance may be said in other words, but a sentence
  // that says it in the very verb, `Bell defended the move`, outranks one that only shares the rest.)
  if (who && STANCE.test(who[1]!)) return withDoer(index, q, search(index, q, scope, { question: true, event: who[1], eventPenalty: STANCE_UNSAID, require: which }));
  // (`Who was named player of the match?`: the deed is the participle's; a sentence that never
  // says it, `had played just 14 first-class matches`, does not answer.)
  const passive = PASSIVE_WHO.exec(q);
  if (passive) return withDoer(index, q, search(index, q, scope, { question: true, event: passive[1], require: which }));
  // (`Who will chair the independent panel?`: a sentence that never says `chair` names no chair to come.)
  const ahead = WHO_FUTURE.test(q) ? /^\s*(\p{L}+)/u.exec(q.replace(WHO_FUTURE, ''))?.[1] : undefined;
  if (ahead && !PLAIN_VERBS.test(ahead)) return withDoer(index, q, search(index, q, scope, { question: true, event: ahead, require: which }));
  return withDoer(index, q, search(index, q, scope, { question: true, require: which }));
}

/** Verbs too plain to be the deed a sentence must say (`who will be the next prime minister`). */
const PLAIN_VERBS = /^(?:be|become|get|have|take|make|do|go|come|replace|succeed|win|face|play|meet)$/i;

/** `who was named`, `who were injured`, `who has been appointed`: a who-question in the passive, and its participle. */
const PASSIVE_WHO = /^who\s+(?:was|were|is|are|has been|have been|had been|will be)\s+(\p{L}{3,}(?:ed|en)|made|chosen|held|sent|told|found|sold|bought|born|shot|hit|caught|left|kept|brought|taught|struck)\b/iu;

/** `who will replace Tavita`, `which firm is set to build it`: a who-question about what is still to come. */
const WHO_FUTURE = /^(?:who|which [\p{L}-]+|what [\p{L}-]+)\s+(?:will|shall|is going to|are going to|is (?:due|expected|set|slated) to|are (?:due|expected|set|slated) to)\b/iu;

/** Verbs that put words to something (`compared it to a burst pipe`, `dismissed it as a sticking plaster`), as well as saying. */
const WORDING_VERBS = new Set(['compared', 'likened', 'dismissed', 'branded', 'labelled', 'labeled', 'termed', 'hailed', 'slammed', 'derided', 'mocked', 'threatened', 'threatens']);
const saysVerb = (verb: string) => SPEECH_VERBS.has(verb.toLowerCase()) || WORDING_VERBS.has(verb.toLowerCase());
/** `which economist compared ...`: a which-question naming its speaker by two or three words before the verb. */
const WHICH_SAID = /^which\s+(?:[\p{L}-]+\s+){1,3}?(\p{Ll}+ed)\s+(.+)$/u;

/** What a sentence loses for not saying a stance asked in its very verb (three times that when another sentence does). */
const STANCE_UNSAID = 0.05;
/** Verbs of a view or an aim rather than a deed. */
const STANCE = /^(?:blam|want|urg|accus|criticis|criticiz|prais|welcom|den[iy]|reject|support|oppos|back|demand|call|plan|hop|expect|fear|believ|think|agree|refus|promis|vow|pledg|insist|argu|defend|dismiss|propos|suggest|recommend|ask|seek|sought|wish|intend|favou?r|push|lobb|campaign|question|doubt|dispute|challeng|condemn|slam|blast|hail|back)/i;
/** `who is`, `who was`: no event, just being. */
const AUXILIARY = /^(?:is|are|was|were|be|been|will|would|can|could|should|may|might|must|does|do)$/i;

const ASPECT_VERBS = /\b(?:keep|keeps|kept|continue to|continues to|going to|start to|starts to)\b/gi;

/** `who warned about flooding`: quotes (or reported speech) on the topic, the asked verb first. */
function whoSaidAbout(index: SearchIndex, verb: string, topic: string, scope: Scope = {}): Result {
  if (!topic.trim()) return { answers: [], message: MESSAGES.emptyQuery };
  const exact = whosaid(index, topic, scope);
  if (exact.answers.length && exact.answers[0]!.kind === 'quote') return exact;
  // `could keep rising`: the article says `could rise further`; `keep` and `continue to` add no topic.
  const terms = index.terms(topic.replace(ASPECT_VERBS, ' '), { question: true });
  const verbStem = stem(verb.toLowerCase());
  const saysVerb = (text: string) => text.toLowerCase().split(/\W+/).some((w) => stem(w) === verbStem);
  const quoteHits = index
    .search('quotes', terms, (r) => coverageOver(terms, [{ doc: r.doc, factor: 1 }, { doc: r.contextDoc, factor: 0.9 }]), scope)
    .filter((h) => h.record.quote.speaker)
    .map((h) => ({ item: quoteItem(h.record), score: h.score + (saysVerb(h.record.article.article.text.slice(h.record.sentence.start, h.record.sentence.end)) ? 0.1 : 0) }));
  const reported = statementHits(index, terms, scope).map((h) => ({ item: sentenceItem(h.record, h.speaker, 'statement'), score: h.score + (saysVerb(h.record.sentence.text) ? 0.1 : 0) }));
  const all = [...quoteHits, ...reported].sort((a, b) => b.score - a.score);
  const accepted = all.filter((h) => h.score >= THRESHOLDS.topic);
  if (!accepted.length) return { answers: [], message: MESSAGES.notQuoted, ...suggest(all.map((h) => h.item.text), all.map((h) => h.score)) };
  const best = accepted[0]!.score;
  const found = oneOfThem(index, { answers: accepted.filter((h) => h.score >= best - THRESHOLDS.spread).map((h) => h.item), message: '' });
  const answers = dedupe(found.answers).slice(0, LIMITS.answers);
  return { answers, message: MESSAGES.saidBy(answers[0]!.speaker?.name ?? null, answers[0]!.citation.paragraph) };
}

/** `who is Ana Ruiz`, `who is the mayor`: the person and the sentence that introduces them. */
function whoIs_(index: SearchIndex, who: string, scope: Scope = {}): Result | null {
  const groups = byName(findPeople(index, who, scope));
  const answers: AnswerItem[] = [];
  for (const records of groups.values()) {
    const item = personItem(records[0]!, index.sentencesIn(records[0]!.article.id));
    if (item) answers.push(item);
  }
  if (!answers.length) return null;
  const top = answers[0]!.speaker!;
  return { answers: answers.slice(0, LIMITS.answers), message: MESSAGES.whoIs(top.name, top.role) };
}

function dedupe(items: AnswerItem[]): AnswerItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = `${i.citation.article}:${i.citation.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
