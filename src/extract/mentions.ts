import type { Article, Span } from '../article/types.js';
import type { EntityRegistry } from './entities.js';
import { BUSINESS_KINDS, DEMONYMS, DETERMINERS, FEMALE_NAMES, FOR_BODIES, WEATHER, HONORIFICS, MALE_NAMES, MULTIWORD_PLACES, NATIONS, NOT_NAME_WORDS, SECTOR_WORDS, NOT_ORG_ACRONYMS, ORG_NOUNS, ORG_SUFFIXES, pastPortfolio, PLACE_PREFIXES, PLACE_WORDS, ROLE_MODIFIERS, ROLE_WORDS, SPEECH_VERBS } from './lexicon.js';
import { isPossessive } from './describe.js';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.js';
import { describe, rolePhraseLeft, withTitleOf, type Phrase } from './phrases.js';
import { bare, isCapitalised, tokenize, type Token } from './tokens.js';

/** Prepositions after which a capitalised name is a place (`in Tel Aviv`, `from Rafah`). */
const LOCATIVE = new Set(['in', 'at', 'near', 'into', 'across', 'outside', 'inside', 'towards', 'toward', 'around', 'from']);
/** Lower-case nouns for a kind of place, before `of` and its name. */
const KIND_OF_PLACE = new Set(['city', 'town', 'village', 'hamlet', 'county', 'province', 'prefecture', 'state', 'district', 'region', 'island', 'port', 'municipality', 'suburb', 'capital', 'township', 'commune']);
/** `shares in Orbital Freight`, `a stake in Acme`: `in` before a company, not a place. */
const NOT_LOCATIVE_BEFORE = new Set(['shares', 'stake', 'stakes', 'investment', 'investments', 'interest', 'investors', 'jobs', 'cuts', 'executives', 'staff', 'workers', 'employees']);
/** `Storm Delia`, `Hurricane Ida`: named weather, not a person. */

/** `the fifth Test`: a word that counts what follows it. */
const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|\d+(?:st|nd|rd|th))$/i;
const PARTICLES = /^(?:de|van|von|der|den|al|bin|da|di|du|des|la|le|del|della|dos|das|ben|abu|el)$/;

/**
 * First pass over the body: registers the people, organisations and places the article names
 * (`Israeli Prime Minister Benjamin Netanyahu`, `Ana Ruiz, the mayor,`, `Its leader, Anders
 * Kvist,`, `the Gaza health ministry`, `in Tel Aviv`), in order, so that later speakers
 * (`Netanyahu said`, `the ministry said`) resolve to the full entry with its role.
 */
export function collectMentions(article: Article, registry: EntityRegistry): void {
  const common = lowerCaseWords(article);
  // (A name inside a quotation is someone spoken of: it moves no pronoun to them.)
  let quotations: QuoteSpan[] | undefined;
  const quoted = (offset: number) => (quotations ??= findQuoteSpans(article)).some((q) => offset >= q.outerStart && offset < q.outerEnd);
  for (const block of article.paragraphs) {
    const tokens = tokenize(article.text, block.start, block.end);
    const starts = sentenceStarts(tokens, block.sentences);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type !== 'word') continue;
      if (isCapitalised(t.text) && !continuesName(tokens, i)) registerNamed(tokens, i, starts, common, registry, quoted);
      else if (!isCapitalised(t.text) && ORG_NOUNS.has(bare(t.text))) registerDescribed(tokens, i, registry);
    }
  }
  registerFirstNamesOnly(article, registry);
  registerRecurringNames(article, common, registry, quoted);
  linkAcronyms(article, registry);
}

/** `a farmer who gave his name only as Manuel`, `identified only by her first name, Maria`: a person by one name. */
const ONLY_NAMED = /\b(?:gave (his|her|their) (?:first )?name (?:only )?as|(?:asked to be |was )?identified only (?:as|by (his|her|their) first name,?)|known only as|named only as)\s+(\p{Lu}[\p{Ll}’'-]+)/gu;

function registerFirstNamesOnly(article: Article, registry: EntityRegistry): void {
  for (const block of article.paragraphs) {
    for (const m of block.text.matchAll(ONLY_NAMED)) {
      const name = m[3]!;
      const start = block.start + m.index + m[0].length - name.length;
      const span = { start, end: start + name.length };
      const phrase: Phrase = { ...span, text: name, kind: 'named', name, organisation: false, plural: false };
      const entity = registry.mention(phrase, 'person', span);
      const pronoun = m[1] ?? m[2];
      if (entity && (pronoun === 'his' || pronoun === 'her')) registry.learn(entity, pronoun === 'her' ? 'female' : 'male');
    }
  }
}

/** `Médecins Sans Frontières (MSF)`, `the Bureau of Alcohol, Tobacco and Firearms (ATF)`: a name, then its initials in brackets. */
const NAME_THEN_ACRONYM = /(\p{Lu}[\p{L}’'-]*(?:,? (?:\p{Lu}[\p{L}’'-]*|of|and|for|the|on|de|du|des|la|le|et|&))+) \((\p{Lu}{2,6})\)/gu;

/** A run of capitalised words, with the small words a body's name may hold (`Health Service Executive`). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}’'-]*(?: (?:\p{Lu}[\p{L}’'-]*|of|and|for|the|on|&))+/gu;

function linkAcronyms(article: Article, registry: EntityRegistry): void {
  // (`The HSE welcomes ...," the Health Service Executive said`: a body named in full and by its
  // initials, with no brackets to join them, is one body.)
  const acronyms = new Set(article.text.match(/\b\p{Lu}{2,6}\b/gu) ?? []);
  for (const m of acronyms.size ? article.text.matchAll(CAPITALISED_RUN) : []) {
    const words = m[0].split(' ');
    for (let start = 0; start < words.length - 1; start++) {
      const tail = words.slice(start);
      const initials = tail.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (initials.length >= 3 && acronyms.has(initials)) {
        registry.adoptAcronym(tail.join(' '), initials);
        break;
      }
    }
  }
  for (const m of article.text.matchAll(NAME_THEN_ACRONYM)) {
    const words = m[1]!.split(/,? /);
    // The name may start before the body's own name (`Doctors from Médecins Sans Frontières`): take the tail whose initials spell it.
    let spelt = false;
    for (let start = 0; start < words.length - 1 && !spelt; start++) {
      const tail = words.slice(start);
      const initials = tail.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      spelt = initials === m[2];
      if (spelt) registry.adoptAcronym(tail.join(' '), m[2]!);
    }
    // (`The Panhellenic Federation of Public Hospital Employees (POEDIN)`: initials in the body's own
    // language; the brackets right after a body's whole name still join them.)
    if (!spelt) registry.adoptAcronym(m[1]!.replace(/^The /, ''), m[2]!, { bodiesOnly: true });
  }
}

/**
 * One-word names the story keeps using (`Quillory`, `Hamas`): an organisation or a place
 * the reader knows by then, so `the company said` can find it. Words after `in`/`at` are places.
 */
function registerRecurringNames(article: Article, common: Set<string>, registry: EntityRegistry, quoted: (offset: number) => boolean): void {
  const seen = new Map<string, { spans: Span[]; place: boolean; midSentence: boolean; gender: '' | 'female' | 'male' }>();
  const models = new Set<string>();
  for (const block of article.paragraphs) {
    const tokens = tokenize(article.text, block.start, block.end);
    const starts = sentenceStarts(tokens, block.sentences);
    tokens.forEach((t, i) => {
      const prev = tokens[i - 1];
      // (`New Zealand`: `new` opens no name, but it opens this place's.)
      const inChain = prev?.type === 'word' && isCapitalised(prev.text) && (!NOT_NAME_WORDS.has(bare(prev.text)) || MULTIWORD_PLACES.has(`${prev.text} ${t.text}`.toLowerCase()));
      if (t.type !== 'word' || !isCapitalised(t.text) || continuesName(tokens, i) || inChain) return;
      // (`I've`, `I'm`: the pronoun, capitalised wherever it stands.)
      if (/^I['’]/.test(t.text)) return;
      const name = t.text.replace(/['’]s?$/, '');
      if (name.length < 2 || NOT_NAME_WORDS.has(name.toLowerCase()) || ROLE_WORDS.has(name.toLowerCase()) || HONORIFICS.has(name.toLowerCase()) || NOT_ORG_ACRONYMS.has(name)) return;
      if (starts.has(i) && isCommonWord(name, common)) return;
      if (isUnitAfterNumber(tokens, i, i)) return;
      // (`the Stella 9 Ultra`, `the Ultra model`: a word after a model's number names a model, no body.)
      if (/^\d+$/.test(tokens[i - 1]?.text ?? '') && isCapitalised(tokens[i - 2]?.text ?? '')) models.add(t.text);
      // (`the fifth Test`, `the 3rd Round`: a word counted by an ordinal there names an event, no one.)
      if (ORDINAL.test(prev?.text ?? '')) return;
      const entry = seen.get(name) ?? { spans: [], place: false, midSentence: false, gender: '' };
      if (!starts.has(i)) entry.midSentence = true;
      // (`had voted for Villanueva ... but changed her mind`: a pronoun after a name governed by a
      // preposition is the sentence's subject's, not the name's.)
      if (!OBJECT_PREPOSITIONS.test(tokens[i - 1]?.text ?? '')) entry.gender ||= pronounAfter(tokens, i);
      entry.spans.push({ start: t.start, end: t.start + name.length });
      // (`off Highway 17`, `Route 9`: a word with a number names a road or a gate, a place.)
      if (LOCATIVE.has(tokens[i - 1]?.text.toLowerCase() ?? '') || /^\d+$/.test(tokens[i + 1]?.text ?? '')) entry.place = true;
      seen.set(name, entry);
    });
  }
  for (const [name, { spans, place, midSentence, gender }] of seen) {
    // A name is capitalised wherever it stands; a common word only at a sentence's start.
    if (spans.length < 2 || (!midSentence && !gender) || models.has(name)) continue;
    // `Halima walked for six days with her five children`: a woman known by one name.
    const kind = gender && !place ? 'person' : place ? 'place' : 'organisation';
    const phrase: Phrase = { start: spans[0]!.start, end: spans[0]!.end, text: name, kind: 'named', name, organisation: kind === 'organisation', plural: false };
    for (const span of spans) {
      // (A person's name inside a quotation is someone spoken of, never who speaks next.)
      if (kind === 'person' && quoted(span.start)) continue;
      const entity = registry.mention({ ...phrase, ...span }, kind, span, kind !== 'person');
      if (entity && kind === 'person') registry.learn(entity, gender as 'female' | 'male');
    }
  }
}

/** The gender a name's own sentence gives it: the first pronoun after it, when that is a person's (`Halima walked ... with her children`). */
function pronounAfter(tokens: Token[], i: number): '' | 'female' | 'male' {
  for (let k = i + 1; k < tokens.length && k <= i + 12; k++) {
    const t = tokens[k]!;
    if (/^[.;!?:]$/.test(t.text) || t.type === 'quote' || (t.type === 'word' && isCapitalised(t.text))) return '';
    const w = t.text.toLowerCase();
    if (w === 'she' || w === 'her') return 'female';
    if (w === 'he' || w === 'his' || w === 'him') return 'male';
    if (w === 'it' || w === 'its' || w === 'they' || w === 'their' || w === 'them') return '';
  }
  return '';
}


/** Words the article also writes in lower case: capitalised at a sentence start, they are not names. */
function lowerCaseWords(article: Article): Set<string> {
  const words = new Set<string>();
  for (const block of article.paragraphs) {
    for (const m of block.text.matchAll(/(?<![\p{L}'’])\p{Ll}[\p{L}'’-]*/gu)) words.add(m[0]);
    // `the yokozuna said`, `the yokozuna's charge`: a noun the story uses for someone, kept as `the yokozuna`.
    for (const m of block.text.matchAll(/\b[Tt]he (\p{Ll}{3,})(?:['’]s\b|\s+(?:said|says|added|told|was|is|has|had|who)\b|[,.;:])/gu)) words.add(`the ${m[1]}`);
  }
  return words;
}

/** Token indexes that open a sentence or a quotation. */
function sentenceStarts(tokens: Token[], sentences: readonly Span[]): Set<number> {
  const starts = new Set<number>();
  const sentenceStart = new Set(sentences.map((s) => s.start));
  tokens.forEach((t, i) => {
    if (t.type !== 'word') return;
    const prev = tokens[i - 1];
    const opensQuote = prev?.type === 'quote' && prev.end === t.start;
    if (!prev || opensQuote || /^[.!?:;—–(-]$/.test(prev.text) || sentenceStart.has(t.start)) starts.add(i);
  });
  return starts;
}

/** `Centers for Disease Control and Prevention`: `and` and one last word, not a first name, end a body's `for` name. */
function lastWordOfBodyFor(tokens: Token[], i: number): boolean {
  const last = tokens[i + 2]!;
  if (isFirstName(last.text) || isCapitalised(tokens[i + 3]?.text ?? '')) return false;
  for (let k = Math.max(1, i - 3); k < i; k++) {
    if (tokens[k]!.text === 'for' && isCapitalised(tokens[k - 1]!.text) && FOR_BODIES.has(bare(tokens[k - 1]!.text))) return true;
  }
  return false;
}

/** The next word carries the name on (`Antony` → `Blinken`, `Secretary of State`). */
function continuesName(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (!next) return false;
  if (/['’]s?$/.test(tokens[i]!.text)) return /s['’]$/.test(tokens[i]!.text) && bodyNameFollows(tokens, i + 1);
  if (next.text === '&') return after?.type === 'word' && isCapitalised(after.text);
  // `United Nations Relief and Works Agency`: `and` inside a name that ends as an organisation.
  if (next.text === 'and') return after?.type === 'word' && isCapitalised(after.text) && (tokens.slice(i + 2, i + 6).some((t) => t.type === 'word' && ORG_SUFFIXES.has(bare(t.text)) && isCapitalised(t.text)) || lastWordOfBodyFor(tokens, i));
  if (next.type !== 'word') return false;
  // (`The Summit Sky Airlines ATR 72`: a model number after a body's name is its product, no part of the name.)
  if (ORG_SUFFIXES.has(bare(tokens[i]!.text)) && /^\p{Lu}{2,}$/u.test(next.text) && /^\d/.test(after?.text ?? '')) return false;
  if ((isCapitalised(next.text) && !/^I['’]/.test(next.text)) || PARTICLES.test(next.text)) return true;
  // `Department for Transport`, `Ministry for Primary Industries`: a body's `for` carries its name on.
  if (next.text === 'for') return after?.type === 'word' && isCapitalised(after.text) && isCapitalised(tokens[i]!.text) && FOR_BODIES.has(bare(tokens[i]!.text));
  if (next.text === 'of' && ofTheBody(tokens, i)) return true;
  if (next.text !== 'of' || after?.type !== 'word' || !isCapitalised(after.text)) return false;
  // `Secretary of State`, `Bank of England` go on; `Tessa Lindqvist of Morrow & Finch` is a person of an organisation.
  const word = bare(tokens[i]!.text);
  const personal = isCapitalised(tokens[i - 1]?.text ?? '') && tokens[i - 1]?.type === 'word' && !isTitleWord(word) && !ORG_SUFFIXES.has(word) && !PLACE_WORDS.has(word);
  return !personal;
}

/** `Association of the Automotive Industry`, `Bank of the Philippine Islands`: a body's `of the` carries its name on. */
function ofTheBody(tokens: Token[], i: number): boolean {
  return isCapitalised(tokens[i]!.text) && ORG_SUFFIXES.has(bare(tokens[i]!.text)) && tokens[i + 1]?.text === 'of' && tokens[i + 2]?.text === 'the' && tokens[i + 3]?.type === 'word' && isCapitalised(tokens[i + 3]!.text);
}

/** `Teachers' Welfare Union`: capitalised words from `i` on that end on a body's word. */
function bodyNameFollows(tokens: Token[], i: number): boolean {
  let k = i;
  while (k < tokens.length && k - i < 6 && tokens[k]!.type === 'word' && isCapitalised(tokens[k]!.text)) k++;
  return k > i && ORG_SUFFIXES.has(bare(tokens[k - 1]!.text));
}

function registerNamed(tokens: Token[], end: number, starts: Set<number>, common: Set<string>, registry: EntityRegistry, quoted: (offset: number) => boolean = () => false): void {
  let start = chainStart(tokens, end);
  // A possessive splits two names: `Elin Marsk's Social Democrats`.
  // (`Kenya Teachers' Welfare Union`: a plural's apostrophe inside a body's name does not.)
  const bodyName = ORG_SUFFIXES.has(bare(tokens[end]!.text));
  for (let k = end - 1; k >= start; k--) if (/['’]s?$/.test(tokens[k]!.text) && isCapitalised(tokens[k]!.text) && !(bodyName && /s['’]$/.test(tokens[k]!.text))) {
    registerNamed(tokens, k, starts, common, registry, quoted);
    start = k + 1;
    break;
  }
  // `Tonight Marenland chose`, `Officials said`: a sentence's first word is capitalised anyway.
  // ...but `Flood minister Helen Carter`: a capitalised word before a title word belongs to the title.
  const beforeTitle = (k: number) => tokens[k + 1]?.type === 'word' && !isCapitalised(tokens[k + 1]!.text) && ROLE_WORDS.has(bare(tokens[k + 1]!.text));
  // (`the Teachers Service Commission`: after `the`, a common word opening a body's name is part of it.)
  // (`New Zealand had led`: a place named in several words keeps its first, common as it is.)
  const placeAt = (k: number) => [2, 3].some((n) => k + n - 1 <= end && MULTIWORD_PLACES.has(tokens.slice(k, k + n).map((t) => t.text.toLowerCase()).join(' ')));
  // (...but only where the name starts: `Health New Zealand` is read as before.)
  const opening = start;
  while (start < end + 1 && (starts.has(start) || (tokens[start - 1]?.text === 'the' && !(bodyName && end > start))) && isCommonWord(tokens[start]!.text, common) && !isTitleWord(tokens[start]!.text) && !beforeTitle(start) && !(start === opening && placeAt(start))) start++;
  const words = tokens.slice(start, end + 1);
  // (`Minister for Planning and Development Saira Bano Qureshi`: the portfolio's last words are no part of the name.)
  // (`Cabinet Secretary for Education Delyth Prosser`: so is a portfolio right after a title's `for`.)
  const afterTitleFor = tokens[start - 1]?.text === 'for' && ROLE_WORDS.has(bare(tokens[start - 2]?.text ?? ''));
  if (afterTitleFor || (tokens[start - 1]?.text === 'and' && tokens.slice(Math.max(0, start - 8), start - 1).some((t) => t.text === 'for' || t.text === 'of'))) {
    words.splice(0, pastPortfolio(words, 0));
  }
  // (`Former Seoul Marathon champion ...`: a role's modifier opens no body's name.)
  const body = words.length > 2 && ORG_SUFFIXES.has(bare(words[words.length - 1]!.text));
  // (`Seventeen-year-old Maya Thornton`: an age opening a sentence is no part of the name, nor
  // a headline's epithet: `Teenager Thornton stuns Okafor`.)
  const opensNoName = (w: string, rest: number) => (NOT_NAME_WORDS.has(bare(w)) && !DETERMINERS.has(bare(w)) && (body || !ROLE_MODIFIERS.has(bare(w)))) || /-years?-old$/i.test(w) || (rest > 1 && HEADLINE_EPITHETS.has(w));
  // (`New Zealand coach Grant Whitcombe`, `officials from New Delhi`: a place's own first word stays.)
  while (words.length && opensNoName(words[0]!.text, words.length) && !placeAt(end + 1 - words.length)) words.shift();
  // (`Operator Yarra Metro Trams said`: a kind of business opening the sentence says what the body is; it is no part of its name.)
  if (body && words.length > 2 && starts.has(end + 1 - words.length) && BUSINESS_KINDS.test(words[0]!.text)) words.shift();
  if (!words.length) return;
  // (`262 GW`, `9,112 MW`: capitals right after a number are its unit.)
  if (isUnitAfterNumber(tokens, start, end)) return;
  // `the Taoiseach, Pádraig Lennon,`: a capitalised title before the name it introduces is no one of its own.
  if (isTitleBeforeName(tokens, start, end) || isDateline(tokens, start, end) || isCountryOfPlace(tokens, start, end)) return;
  // (`Schools were closed`: a body's plural word alone opening a sentence is the common noun.)
  // (`Construction began in 2009`: nor is a field of work, plural or not.)
  if (start === end && starts.has(start) && ((ORG_SUFFIXES.has(bare(tokens[start]!.text)) && /s$/.test(tokens[start]!.text) && !ORG_NOUNS.has(bare(tokens[start]!.text))) || SECTOR_WORDS.has(bare(tokens[start]!.text)))) return;
  // A demonym alone (`from Italian eighth seed ...`, `the Swede`) names no one.
  if (start === end && DEMONYMS.has(tokens[start]!.text.toLowerCase())) return;
  // (`Deputy mayor for mobility Camille Rousseau`: the portfolio read apart, then given back to the post.)
  const portfolioAt = words.findIndex((w, k) => k > 0 && w.text === 'for' && /^\p{Ll}+$/u.test(words[k + 1]?.text ?? '') && !DETERMINERS.has(bare(words[k + 1]!.text)) && isCapitalised(words[k + 2]?.text ?? '') && ROLE_WORDS.has(bare(words[k - 1]!.text)));
  const plain = portfolioAt > 0 ? [...words.slice(0, portfolioAt), ...words.slice(portfolioAt + 2)] : words;
  const read = describe(withTitleOf(tokens, plain), appositiveAfter(tokens, end));
  const described = portfolioAt > 0 && read.kind === 'named' && read.role?.endsWith(words[portfolioAt - 1]!.text) ? { ...read, role: `${read.role} for ${words[portfolioAt + 1]!.text}` } : read;
  if (described.kind !== 'named' || !described.name) return;
  // `Claire Redfern, who became chief executive in March,`: the role a relative clause gives.
  const relative = described.role ? undefined : roleFromRelative(tokens, end);
  const phrase: Phrase = relative ? { ...described, role: relative } : described;
  // `Rono's coach, the Italian Marco Bellini,`: the role before the comma, past `the` and a nationality.
  let lead = start;
  while (lead > 0 && (DEMONYMS.has(tokens[lead - 1]!.text.toLowerCase()) || /^the$/i.test(tokens[lead - 1]!.text)) && lead > start - 2) lead--;
  const before = roleBefore(tokens, start) ?? (lead < start && /^the$/i.test(tokens[lead]!.text) ? roleBefore(tokens, lead) : undefined) ?? roleByVerb(tokens, start) ?? titleWordBefore(tokens, start, common);
  const role = whose(phrase.role ?? before, tokens, start, registry);
  const named: Phrase = role ? { ...phrase, role } : phrase;
  const kind = classify(named, tokens, start, end);
  if (!kind) {
    // `Wierzbicki said`: a surname alone is a mention of the person it names, so `His lawyer` after it is his.
    const known = start === end && !quoted(tokens[start]!.start) ? registry.known(named, named.start) : null;
    if (known?.kind === 'person' && !known.anonymous && known.name.split(' ').pop() === named.name) registry.mention(named, 'person', named);
    return;
  }
  // (`Bank of Korea Governor Seo Min-jae`: the body in the title is one the story has named, so `the central bank said` can find it.)
  const titleBody = kind === 'person' && phrase.role ? TITLE_BODY.exec(phrase.role) : null;
  if (titleBody && ORG_SUFFIXES.has(bare(titleBody[1]!.split(' ')[0]!)) && ROLE_WORDS.has(bare(titleBody[2]!)) && wordsFrom(tokens, start).startsWith(titleBody[1]!)) {
    const at = { start: tokens[start]!.start, end: tokens[start]!.start + titleBody[1]!.length };
    registry.mention({ ...at, text: titleBody[1]!, kind: 'named', name: titleBody[1]!, organisation: true, plural: false }, 'organisation', at);
  }
  const human = kind !== 'organisation' && named.role !== undefined && isHuman(tokens, end, roleHeadOf(named.role));
  const entity = registry.mention(human ? { ...named, human } : named, kind === 'tentative' ? 'person' : kind, named, kind === 'tentative');
  // `the study's lead author, Dr. Ingrid Havsland, a clinical psychologist`: both roles name her.
  const alsoRole = phrase.role && before ? whose(before, tokens, start, registry) : undefined;
  if (entity && alsoRole && !entity.aliases.includes(alsoRole)) entity.aliases.push(alsoRole);
  // `Italian eighth seed Matteo Ferraresi`: `the Italian` will mean him.
  // (`the Swede told Pitlane Weekly`: not a demonym a verb or a comma stands between; that one is the speaker.)
  const lead4 = tokens.slice(Math.max(0, start - 4), start);
  const at = lead4.findIndex((t) => DEMONYMS.has(t.text.toLowerCase()));
  const apart = at >= 0 && lead4.slice(at + 1).some((t) => t.type !== 'word' || SPEECH_VERBS.has(t.text.toLowerCase()));
  const demonym = (kind === 'person' || kind === 'tentative') && at >= 0 && !apart ? lead4[at] : undefined;
  if (entity && demonym && !entity.aliases.includes(demonym.text)) entity.aliases.push(demonym.text);
}

/**
 * `throwing yokozuna Terunoyama`, then `the yokozuna said`: a lower-case noun right before a
 * name, that the story also uses on its own for someone, is that person's title, listed or not.
 */
function titleWordBefore(tokens: Token[], start: number, common: Set<string>): string | undefined {
  const t = tokens[start - 1];
  if (t?.type !== 'word' || !/^\p{Ll}+$/u.test(t.text) || /(?:ed|ing|ly)$/.test(t.text) || SPEECH_VERBS.has(t.text) || DETERMINERS.has(t.text)) return undefined;
  return common.has(`the ${t.text}`) ? t.text : undefined;
}

/** A title naming its body first: `Bank of Korea Governor`, `Ministry of Health spokesman`. */
const TITLE_BODY = /^(\p{Lu}\p{L}+ of (?:the )?\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?) (\p{L}+)$/u;
/** The words from token `i` on, as far as a title could run. */
const wordsFrom = (tokens: Token[], i: number) => tokens.slice(i, i + 8).map((t) => t.text).join(' ');

/** `Police Chief`, `Transport Minister`, `Party leader`: title words open a name even at a sentence start. */
function isTitleWord(word: string): boolean {
  const w = bare(word);
  return ROLE_WORDS.has(w) || ROLE_MODIFIERS.has(w) || ORG_NOUNS.has(w);
}

function isCommonWord(word: string, common: Set<string>): boolean {
  const lower = word.toLowerCase();
  return (common.has(lower) || NOT_NAME_WORDS.has(bare(word))) && !isFirstName(word) && !HONORIFICS.has(lower);
}

/** Lands and seas a direction may name a region of (`Southern Europe`, `Western Sahara`, `East Africa`). */
const REGION_OF = /^(?:Europe|Africa|Asia|America|Australia|Canada|China|India|Japan|Russia|Ukraine|England|Scotland|Wales|Ireland|France|Germany|Spain|Portugal|Italy|Greece|Turkey|Syria|Iraq|Iran|Israel|Lebanon|Gaza|Sudan|Kenya|Nigeria|Ghana|Mexico|Brazil|Sahara|Sahel|Siberia|Anatolia|Mediterranean|Pacific|Atlantic|Caribbean|Balkans|Darfur|Java|Sumatra|Luzon|Mindanao|Cape|Province|Highlands|Lowlands|Seaboard|Hemisphere)$/;

/** What a district or region may be set up to run, which makes it a body, not a place. */
const SERVICE_WORDS = /^(?:school|schools|water|fire|transit|sanitation|irrigation|hospital|library|park|parks|utility|improvement|conservation|health|police|court|courts|sewer|flood|drainage)$/;

/** A common first name with a clear gender (`Liam`, `Maria`). */
const isOneFirstName = (word: string) => FEMALE_NAMES.has(word.toLowerCase()) || MALE_NAMES.has(word.toLowerCase());
/** (`Marie-Hélène`, `Jean-Pierre`: a first name and a capitalised second joined by a hyphen are one.) */
const isFirstName = (word: string) => isOneFirstName(word) || (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(word) && isOneFirstName(word.split('-')[0]!));

/**
 * Person, organisation or place, from what the name looks like and where it stands.
 * `tentative`: two capitalised words with nothing to say they name a person (`North Carolina`);
 * such an entry is kept for look-ups but not offered to pronouns until it speaks.
 */
function classify(phrase: Phrase, tokens: Token[], start: number, end: number): 'person' | 'organisation' | 'place' | 'tentative' | null {
  const firstName = isFirstName(phrase.name!.split(' ')[0]!);
  const titled = Boolean(phrase.honorific || (phrase.role && (/\p{Lu}/u.test(phrase.role) || ROLE_WORDS.has(bare(phrase.role.split(' ').pop() ?? '')))));
  const after = tokens[end + 1];
  const before = tokens[start - 1];
  if (phrase.organisation || (bare(tokens[start]!.text) === 'the' && !firstName && !titled)) return 'organisation';
  // (`Radio Kestrel`, `Television Nacional`: a broadcaster, named by what it is.)
  // (`Team Nordwind`, `Team Sky`: a sports team, named by what it is.)
  if (/^(?:Radio|Television|TV|Team)$/.test(phrase.name!.split(' ')[0]!) && phrase.name!.includes(' ') && !phrase.honorific) return 'organisation';
  // `Port Alder city council`, `Brightwater chief executive`: the name qualifies what follows.
  if (after && after.type === 'word' && !isCapitalised(after.text) && (ORG_NOUNS.has(bare(after.text)) || ROLE_MODIFIERS.has(bare(after.text)) || ROLE_WORDS.has(bare(after.text))) && !titled) return null;
  // (`Jordan School District`, `Metropolitan Water District`: a district that runs something is a body.)
  if (end > start && PLACE_WORDS.has(bare(tokens[end]!.text)) && SERVICE_WORDS.test(bare(tokens[end - 1]!.text))) return 'organisation';
  // (`Kanye West`, `Damon Hill`: after a first name, a surname.)
  // (`Julia Park, a supply chain analyst,`: a place word that is a common surname too, after a first name and with a person's post.)
  const posted = (phrase.role !== undefined && ROLE_WORDS.has(roleHeadOf(phrase.role))) || postAfter(tokens, end);
  const surnamed = firstName && end === start + 1 && (/^(?:North|South|East|West|Hill)$/.test(tokens[end]!.text) || (posted && /^(?:Park|Lake|Street|Bridge|Ridge|Banks|Field|Wood|Ford)$/.test(tokens[end]!.text)));
  // (`San Gabriel City mayor Rodolfo Villaruz`: a place's prefix opening the title is not the name's.)
  if ((PLACE_WORDS.has(bare(tokens[end]!.text)) || PLACE_PREFIXES.has(bare(phrase.name!.split(' ')[0]!))) && !phrase.honorific && !surnamed) return 'place';
  // `Southern Europe`, `Western Sahara`: a direction and one more word name a region.
  // (Not `Southern Water` or `Northern Rail`: only a region of a continent, a sea or a land the story names.)
  if (end === start + 1 && /^(?:northern|southern|eastern|western|central|north|south|east|west)$/i.test(tokens[start]!.text) && REGION_OF.test(tokens[end]!.text)) return 'place';
  // (`West Glamorgan`, `South Yorkshire`, `East Timor`: no one's name opens with a point of the compass.)
  if (end === start + 1 && /^(?:North|South|East|West)$/.test(tokens[start]!.text) && !phrase.honorific && !phrase.role) return 'place';
  // `Saudi Arabia`, `Sri Lanka`: a country or state named in two words is a place, whatever it does.
  if (MULTIWORD_PLACES.has(phrase.name!.toLowerCase()) && !phrase.honorific) return 'place';
  // (`a fresh blow to Zambia's Copperbelt`: a nation is a place unless it speaks, so `the company said` is not Zambia.)
  if (start === end && NATIONS.has(phrase.name!.toLowerCase()) && !phrase.honorific && !phrase.role && !(after?.type === 'word' && SPEECH_VERBS.has(after.text))) return 'place';
  // `Linda Haskins, 67, of Grants Pass,`: where someone of that age is from, whatever follows it
  // (`of Grants Pass, a retired teacher,` tells of the woman, not the town).
  if (before?.text === 'of' && tokens[start - 2]?.text === ',' && /^\d{1,3}$/.test(tokens[start - 3]?.text ?? '') && !phrase.honorific) return 'place';
  // `Quillory Plus, a note-taking app,`: an appositive that is no role says it is no person;
  // `the carmaker Voltara`: one that names a kind of organisation says it is one.
  const roleHead = roleHeadOf(phrase.role ?? '');
  const personRole = isHuman(tokens, end, roleHead);
  // `Sindh, the worst-hit province,`: an appositive naming a kind of place says it is one.
  if (phrase.role && PLACE_WORDS.has(roleHead) && !titled && !personRole) return 'place';
  if (phrase.role && (ORG_NOUNS.has(roleHead) || ORG_NOUNS.has(roleHead.replace(/s$/, ''))) && !personRole) return 'organisation';
  if (phrase.role && !titled && !ROLE_WORDS.has(roleHead) && !ROLE_WORDS.has(roleHead.replace(/s$/, ''))) return ORG_NOUNS.has(roleHead) && !personRole ? 'organisation' : 'tentative';
  if (WEATHER.test(tokens[start]!.text)) return null;
  // `Residents of Kessick`: a group of a place.
  if (phrase.role && /\bof$/.test(phrase.role)) return 'place';
  // (`tries from Tane Morrison and Liam Paewai`: a name paired with a person's is a person's.)
  if (end > start && !titled && after?.text === 'and' && isFirstName(tokens[end + 2]?.text ?? '') && isCapitalised(tokens[end + 3]?.text ?? '') && !MULTIWORD_PLACES.has(phrase.name!.toLowerCase())) return 'person';
  const locative = before && LOCATIVE.has(before.text.toLowerCase()) && !NOT_LOCATIVE_BEFORE.has(tokens[start - 2]?.text.toLowerCase() ?? '');
  if (locative && !titled && !firstName && !ORG_SUFFIXES.has(bare(tokens[end]!.text))) return 'place';
  // `his party, Alianza Republicana, had challenged`: a name set after a kind of body is that body.
  // (Not `The chairman of the company, Alhaji Sanusi Gambari,`: only a body someone has.)
  if (before?.text === ',' && tokens[start - 2]?.type === 'word' && ORG_NOUNS.has(tokens[start - 2]!.text) && /^(?:his|her|their|its|our|my)$/i.test(tokens[start - 3]?.text ?? '') && !titled && !firstName && after?.text === ',') return 'organisation';
  // `the inland city of Hinoshima`, `the village of Alferce`: a kind of place names one.
  if (before?.text === 'of' && KIND_OF_PLACE.has(tokens[start - 2]?.text ?? '') && !titled && !firstName) return 'place';
  // `near Asheville, North Carolina`: a name after a place and a comma is its state or country.
  // (`In Samawa, Hamid Shammari said`: one who speaks is no state.)
  // (`a motorcyclist in Kubwa, Sani Abdullahi, said`: two words closed by a comma before a speech verb are a person, unless a known country or state.)
  const speaksAfterComma = after?.text === ',' && tokens[end + 2]?.type === 'word' && SPEECH_VERBS.has(tokens[end + 2]!.text) && end > start && !MULTIWORD_PLACES.has(phrase.name!.toLowerCase());
  // (`In Curauma, Marta Inostroza, 71, stood`: one with an age is no state.)
  const agedAfterComma = after?.text === ',' && /^\d{1,3}$/.test(tokens[end + 2]?.text ?? '') && tokens[end + 3]?.text === ',';
  if (before?.text === ',' && isCapitalised(tokens[start - 2]?.text ?? '') && LOCATIVE.has(tokens[start - 3]?.text.toLowerCase() ?? '') && !titled && !firstName && !(after?.type === 'word' && SPEECH_VERBS.has(after.text)) && !speaksAfterComma && !agedAfterComma) return 'place';
  const multiword = phrase.name!.includes(' ');
  // `K9 Pro`, `Galaxy S24`: a model number names a product, never a person.
  if (multiword && !titled && /\d/.test(phrase.name!)) return null;
  // `Seattle Mariners`, `Texas Rangers`: a place and a plural is a team or a group, not a person.
  const lastWord = phrase.name!.split(' ').pop()!;
  if (multiword && !firstName && !titled && !phrase.honorific && /^\p{Lu}\p{Ll}+[^s]s$/u.test(lastWord) && PLURAL_TEAM.test(lastWord)) return 'organisation';
  const speaks = after?.type === 'word' && SPEECH_VERBS.has(after.text);
  const aged = after?.text === ',' && /^\d{1,3}$/.test(tokens[end + 2]?.text ?? '');
  // (`the 10th stage of the Tour de France`, `the Col du Galibier`: a name after `the` with no first name or title is no person's.)
  if (multiword && before?.text.toLowerCase() === 'the' && !firstName && !titled && !aged) return 'organisation';
  if (titled || (multiword && (firstName || speaks || aged || phrase.role))) return 'person';
  if (multiword) return 'tentative';
  return null;
}

/** `Julia Park, a supply chain analyst at ...`: an appositive after the name whose head is a person's post. */
function postAfter(tokens: Token[], end: number): boolean {
  if (tokens[end + 1]?.text !== ',' || !/^(?:a|an|the)$/i.test(tokens[end + 2]?.text ?? '')) return false;
  for (let k = end + 3; k < Math.min(tokens.length, end + 9); k++) {
    const t = tokens[k]!;
    if (t.type !== 'word' || /^(?:at|of|for|with|in|on|from|who)$/.test(t.text)) return ROLE_WORDS.has(bare(tokens[k - 1]!.text));
  }
  return false;
}

/** The role's head is its last word before any complement (`consultant` in `consultant at the city hospital`). */
function roleHeadOf(role: string): string {
  const roleWords = role.split(/\s+(?:at|of|for|with|in|on|from)\s+/)[0]!.split(' ');
  // (`Department of Health minister Jane Doe`: a title word ending the role is its head.)
  const roleLast = bare(role.split(' ').pop() ?? '');
  if (ROLE_WORDS.has(roleLast) && !ORG_NOUNS.has(roleLast) && !ORG_SUFFIXES.has(roleLast)) return roleLast;
  // (`Ministry of Agriculture head of plant protection`: the title word opening a complement, after the body's own `of`.)
  const all = role.split(' ').map(bare);
  const titled = all.find((w, i) => i > 0 && ROLE_WORDS.has(w) && !ORG_NOUNS.has(w) && !ORG_SUFFIXES.has(w) && /^(?:at|of|for|with|in|on|from)$/.test(all[i + 1] ?? ''));
  return titled ?? bare(roleWords[roleWords.length - 1] ?? '');
}

/** `Chantal Bérubé, a haul-truck operator who has worked underground`: `who` after the role says it is a person's. */
function isHuman(tokens: Token[], end: number, roleHead: string): boolean {
  // (`crane operator Manoj Kisku, 34, said`: an age by the name says it is a person's, whatever the role's noun.)
  if (tokens[end + 1]?.text === ',' && /^\d{1,3}$/.test(tokens[end + 2]?.text ?? '') && /^[,)]$/.test(tokens[end + 3]?.text ?? '')) return true;
  return tokens.slice(end + 1, end + 12).some((t, k, near) => bare(t.text) === roleHead && near[k + 1]?.text === 'who');
}

/** Plural nouns teams and groups are named with (`Mariners`, `Rangers`, `Giants`, `Astros`), unlike surnames (`Evans`, `Adams`). */
const PLURAL_TEAM = /(?:ers|ors|ants|ents|ins|ons|os|ies|ees|ics|ites|ists|hawks|wolves|cats|birds|jets|bulls|bears|sox|kings|lions|eagles|saints|stars|suns|heat|blues|reds|rovers|wanderers|rangers|united)$/i;

function chainStart(tokens: Token[], end: number): number {
  let k = end;
  while (k - 1 >= 0) {
    const w = tokens[k - 1]!;
    if (w.type !== 'word' && w.text !== '&') break;
    // (`48.1°C. More than ...`: a word glued to a number or a sign is a unit, no name.)
    const glued = tokens[k - 2];
    if (glued && glued.end === w.start && glued.type !== 'quote' && glued.text !== '(' && (glued.type === 'punct' || /\d$/.test(glued.text))) break;
    const lower = w.text.toLowerCase();
    if (lower === 'the' && tokens[k - 2]?.text === 'of' && k - 3 >= 0 && ofTheBody(tokens, k - 3)) {
      k -= 2;
      continue;
    }
    const of = (lower === 'of' || lower === 'for' || lower === 'and' || w.text === '&') && isCapitalised(tokens[k]!.text) && isCapitalised(tokens[k - 2]?.text ?? '') && continuesName(tokens, k - 2);
    // (`Kenya Teachers' Welfare Union`: a plural's apostrophe inside a body's name carries it on.)
    const pluralInBody = /s['’]$/.test(w.text) && ORG_SUFFIXES.has(bare(tokens[end]!.text));
    const inner = (isCapitalised(w.text) && (!/['’]s?$/.test(w.text) || pluralInBody)) || of || PARTICLES.test(w.text) || ROLE_WORDS.has(lower) || (ORG_NOUNS.has(lower) && !isCapitalised(w.text)) || (ROLE_MODIFIERS.has(lower) && k < end);
    // (`Deputy mayor for mobility Camille Rousseau`, `... for transport ...`: a portfolio in lower case
    // between the post and the name, whether or not its word is also a role's modifier.)
    if (k < end && isCapitalised(tokens[k]!.text) && /^\p{Ll}+$/u.test(w.text) && !DETERMINERS.has(lower) && tokens[k - 2]?.text === 'for' && ROLE_WORDS.has(bare(tokens[k - 3]?.text ?? ''))) {
      k -= 3;
      continue;
    }
    if (!inner) break;
    k--;
  }
  return k;
}

/** `Its leader, Anders Kvist,`, `France's culture minister, Anne-Sophie Leroux,`: a role, then the name. */
/**
 * `his daughter Nadia Brandt` → `Walter Brandt's daughter`; `Its chair, Naomi Strand,` after the
 * Bar Council → `Bar Council chair`: a possessive pronoun before a role names whose role it is.
 */
function whose(role: string | undefined, tokens: Token[], start: number, registry: EntityRegistry): string | undefined {
  if (!role) return role;
  // `Ana Ruiz, the club's captain`: the body the story named, whose name says it is a club (the Rivers Club).
  const owned = /^(?:the\s+)?(\p{Ll}+)['’]s\s+(.+)$/u.exec(role);
  if (owned && ORG_NOUNS.has(owned[1]!)) {
    const body = registry.known(owned[1]!, tokens[start]?.start ?? 0);
    // (Only a body whose name says it is one: `the union's` is no carmaker's.)
    // (Or one the story called so: `The IG Metall union` is IG Metall, whose role is union.)
    const says = body !== null && body.kind === 'organisation' && (body.name.toLowerCase().split(/\s+/).includes(owned[1]!) || body.role?.toLowerCase() === owned[1]);
    return says ? `${body.name} ${owned[2]}` : role;
  }
  // `... Swaleside House care home were moved. The home's manager, Priya Raman,`: the compound
  // the paragraph named the thing by (`care home`) says whose.
  if (owned) {
    const compound = compoundBefore(tokens, start, owned[1]!);
    return compound ? `${compound}'s ${owned[2]}` : role;
  }
  let k = start - 1;
  if (tokens[k]?.text === ',') k--;
  while (k >= 0 && tokens[k]!.type === 'word' && !/^(?:his|her|its|their)$/i.test(tokens[k]!.text) && role.includes(tokens[k]!.text)) k--;
  const pronoun = tokens[k]?.text.toLowerCase();
  if (!pronoun || !/^(?:his|her|its|their)$/.test(pronoun)) return role;
  const owner = registry.latestOwner(pronoun, tokens[k]!.start);
  return owner ? `${owner.kind === 'organisation' ? owner.name : `${owner.name}'s`} ${role}` : role;
}

/** Words that join or govern a noun, never part of its compound (`sent home`, `at home`). */
const NOT_COMPOUND = /^(?:of|in|into|at|on|to|from|by|with|for|and|or|but|as|than|near|over|under|after|before|was|were|is|are|be|been|had|has|have|not|no|its|his|her|their|our|my|your|this|that|these|those|sent|went|came|stayed|back)$/;

/** The nearest `care home` before `start` in the paragraph, for a possessive `the home's`: up to two lower-case words before the noun. */
function compoundBefore(tokens: Token[], start: number, noun: string): string | undefined {
  for (let k = start - 1; k > 0; k--) {
    if (tokens[k]!.text !== noun || /['’]/.test(tokens[k + 1]?.text ?? '')) continue;
    const words: string[] = [];
    for (let j = k - 1; j >= 0 && words.length < 2 && tokens[j]!.type === 'word' && /^\p{Ll}+$/u.test(tokens[j]!.text) && !DETERMINERS.has(tokens[j]!.text) && !NOT_COMPOUND.test(tokens[j]!.text); j--) words.unshift(tokens[j]!.text);
    return words.length ? `${words.join(' ')} ${noun}` : undefined;
  }
  return undefined;
}

/** `, who became chief executive in March`, `, who is the club's captain,`: the role after `who is/was/became`. */
function roleFromRelative(tokens: Token[], end: number): string | undefined {
  if (tokens[end + 1]?.text !== ',' || tokens[end + 2]?.text !== 'who') return undefined;
  let k = end + 3;
  if (/^(?:has|had)$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === 'been') k += 2;
  else if (/^(?:is|was|became|becomes|serves|served)$/.test(tokens[k]?.text ?? '')) k += tokens[k + 1]?.text === 'as' ? 2 : 1;
  else return undefined;
  const role: Token[] = [];
  while (k < tokens.length && tokens[k]!.type === 'word' && !/^(?:in|at|on|since|until|for|from|and|when|after|before|last|this)$/.test(tokens[k]!.text) && role.length < 6) role.push(tokens[k++]!);
  while (role.length && DETERMINERS.has(bare(role[0]!.text))) role.shift();
  // (`, who was hiking with two friends,`: what someone was doing is no post they hold.)
  if (/ing$/.test(role[0]?.text ?? '') && !ROLE_MODIFIERS.has(bare(role[0]!.text))) return undefined;
  const head = role.length ? bare(role[role.length - 1]!.text) : '';
  return ROLE_WORDS.has(head) ? role.map((t) => t.text).join(' ') : undefined;
}

/** `Directed by Jonah Kestrel`, `a group led by Amara Obi`: the role the verb before `by` names. */
function roleByVerb(tokens: Token[], start: number): string | undefined {
  if (tokens[start - 1]?.text !== 'by') return undefined;
  return BY_ROLES[(tokens[start - 2]?.text ?? '').toLowerCase()];
}
const BY_ROLES: Record<string, string> = {
  directed: 'director', written: 'writer', produced: 'producer', led: 'leader', chaired: 'chair', coached: 'coach',
  founded: 'founder', edited: 'editor', composed: 'composer', designed: 'designer', authored: 'author', hosted: 'host',
};

/** `at the University of Edinburgh, UK,`: the country of a place someone is at names no one. */
function isCountryOfPlace(tokens: Token[], start: number, end: number): boolean {
  if (start !== end || tokens[start - 1]?.text !== ',' || !isCapitalised(tokens[start - 2]?.text ?? '') || tokens[end + 1]?.text !== ',') return false;
  return tokens.slice(Math.max(0, start - 10), start - 2).some((t) => /^(?:at|in|from)$/.test(t.text));
}

/** `262 GW`, `40 MW`, `5 GB`: one short word in capitals right after a number is a unit; `KSh 29,700`, `Rs 600`: one right before it, a currency. */
function isUnitAfterNumber(tokens: Token[], start: number, end: number): boolean {
  if (start !== end) return false;
  const word = tokens[start]!.text;
  return (/^\p{Lu}{1,4}$/u.test(word) && /\d$/.test(tokens[start - 1]?.text ?? '')) || (CURRENCY_LETTERS.test(word) && /^\d/.test(tokens[start + 1]?.text ?? ''));
}
const CURRENCY_LETTERS = /^(?:KSh|Ksh|Kshs|Sh|Rs|Rs\.|Tk|Le|GH)$/;

const DATELINE_WORDS = 8;

/** `BRANTLEY FALLS, Ohio (AP) —`, `LONDON, Dec 3 (Reuters) -`: the place a story is filed from, in capitals, opening it. */
function isDateline(tokens: Token[], start: number, end: number): boolean {
  const capitals = (t: Token) => t.type !== 'word' || /^\p{Lu}[\p{Lu}.'’-]*$/u.test(t.text);
  // (`JAIPUR/NEW DELHI:`: two places filed from, the second after a slash.)
  // (A dateline is a few words long: only a paragraph's first ones are read, whatever its size.)
  // (`THE HAGUE —`: a place whose name has its article, in capitals too.)
  const opening = start === 0 || (start === 1 && tokens[0]!.text === 'THE') || (start <= DATELINE_WORDS && tokens.slice(0, start).some((t) => t.text === '/') && tokens.slice(0, start).every(capitals));
  if (!opening || !tokens.slice(start, end + 1).every(capitals)) return false;
  const next = tokens[end + 1]?.text ?? '';
  return next === ',' || /^[—–-]$/.test(next) || next === '(' || next === '/' || next === ':';
}

/** `the Taoiseach, Pádraig Lennon,`: one capitalised title word after `the`, then the name it introduces. */
function isTitleBeforeName(tokens: Token[], start: number, end: number): boolean {
  return start === end && /^the$/i.test(tokens[start - 1]?.text ?? '') && !ORG_SUFFIXES.has(bare(tokens[start]!.text)) && !ORG_NOUNS.has(bare(tokens[start]!.text)) &&
    tokens[end + 1]?.text === ',' && tokens[end + 2]?.type === 'word' && isCapitalised(tokens[end + 2]!.text) && isCapitalised(tokens[end + 3]?.text ?? '');
}

function roleBefore(tokens: Token[], start: number): string | undefined {
  if (tokens[start - 1]?.text !== ',') return undefined;
  // `the Taoiseach, Pádraig Lennon,`, `the spokesman, Ali Reza,` (not `for the region, Ingrid Solheim,`).
  const title = tokens[start - 2]?.text ?? '';
  if (isTitleBeforeName(tokens, start - 2, start - 2) && (isCapitalised(title) || ROLE_WORDS.has(bare(title)) || PERSON_NOUN.test(title))) return title;
  const phrase = rolePhraseLeft(tokens, start - 2);
  if (phrase.length <= 1) {
    const complemented = roleWithComplement(tokens, start - 2);
    if (complemented) return complemented;
  }
  if (phrase.length > 1 && phrase.some((w) => /^(?:for|of|at|in|with|on)$/.test(w.text))) {
    const words = DETERMINERS.has(bare(phrase[0]!.text)) ? phrase.slice(1) : phrase;
    return words.map((w) => w.text).join(' ');
  }
  let k = start - 2;
  const words: Token[] = [];
  while (k >= 0 && tokens[k]!.type === 'word' && (ROLE_WORDS.has(bare(tokens[k]!.text)) || ROLE_MODIFIERS.has(bare(tokens[k]!.text)) || (isCapitalised(tokens[k]!.text) && !NOT_NAME_WORDS.has(bare(tokens[k]!.text))) || /['’]s$/.test(tokens[k]!.text) || ORG_NOUNS.has(bare(tokens[k]!.text)))) {
    words.unshift(tokens[k]!);
    k--;
  }
  const head = words[words.length - 1];
  if (head && ROLE_WORDS.has(bare(head.text))) return words.map((w) => w.text).join(' ');
  // (`The property owners' federation, HausSchweiz, said`: a kind of body the story sets before a name is what it names.)
  const body = bodyBefore(tokens, start - 2);
  if (body) return body;
  // `the project's conservator, Marta Ilyina,`: whose, then a word for a person's job.
  const t = tokens[start - 2];
  const owner = tokens[start - 3];
  if (t?.type === 'word' && !isCapitalised(t.text) && PERSON_NOUN.test(t.text) && owner && (isPossessive(owner.text) || /^(?:the|its|his|her|their)$/i.test(owner.text))) {
    return [owner, t].map((w) => w.text).join(' ').replace(/^the /i, '');
  }
  return undefined;
}
const PERSON_NOUN = /^\p{Ll}{4,}(?:or|er|ist|ian|ant|ent)$/u;

/** `the property owners' federation` ending at `end`: a definite kind of body in lower-case words, without `the`. */
function bodyBefore(tokens: Token[], end: number): string | undefined {
  const head = tokens[end];
  if (head?.type !== 'word' || !/^\p{Ll}+$/u.test(head.text) || !ORG_NOUNS.has(head.text)) return undefined;
  for (let k = end - 1; k >= Math.max(0, end - 4); k--) {
    const w = tokens[k]!;
    if (/^the$/i.test(w.text)) return tokens.slice(k + 1, end + 1).map((x) => x.text).join(' ');
    if (w.type !== 'word' || !/^\p{Ll}+(?:s['’])?$/u.test(w.text)) return undefined;
  }
  return undefined;
}

/**
 * `the special envoy for the region,`, `minister for the environment,`: a role whose complement
 * is any noun, not only a title or a body. The role word must stand right before the preposition.
 */
function roleWithComplement(tokens: Token[], end: number): string | undefined {
  let k = end;
  while (k > end - 3 && tokens[k]?.type === 'word' && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text) && !/^(?:for|of|at|in|with|on)$/.test(tokens[k]!.text) && !DETERMINERS.has(tokens[k]!.text)) k--;
  if (k === end) return undefined;
  if (DETERMINERS.has(tokens[k]?.text ?? '')) k--;
  if (!/^(?:for|of|at|in|with|on)$/.test(tokens[k]?.text ?? '')) return undefined;
  const role = rolePhraseLeft(tokens, k - 1);
  const head = role[role.length - 1];
  if (!head || !ROLE_WORDS.has(bare(head.text))) return undefined;
  const words = DETERMINERS.has(bare(role[0]!.text)) ? role.slice(1) : role;
  return [...words, ...tokens.slice(k, end + 1)].map((w) => w.text).join(' ');
}

/** Words of a clause, not of a noun phrase (with an auxiliary, `FINITE_VERBS`): a verb in the past, `also`. */
const CLAUSE_WORD = /^(?:\p{Ll}+ed|also|said|says|shows|showed|told)$/u;

/** Heads of a government body named by its portfolio, and the portfolios (`the education ministry`). */
const MINISTRY_HEADS = /^(?:ministry|department|ministries)$/;
const PORTFOLIOS = /^(?:health|education|finance|interior|foreign|defence|defense|justice|labour|labor|agriculture|transport|transportation|energy|environment|economy|economic|trade|commerce|industry|culture|tourism|housing|home|information|communications|water|mining|mines|petroleum|oil|fisheries|welfare|social|security|planning|infrastructure|sports?|youth|public|works|affairs|development|land|lands|immigration|employment|science|technology|digital|treasury|revenue|budget|local|government|state)$/;

/** `the Gaza health ministry`, `the country's interior ministry`: an organisation by description. */
function registerDescribed(tokens: Token[], head: number, registry: EntityRegistry): void {
  let k = head;
  while (k - 1 >= 0 && head - k < 5 && tokens[k - 1]!.type === 'word' && !DETERMINERS.has(bare(tokens[k - 1]!.text))) k--;
  const det = tokens[k - 1];
  if (!det || bare(det.text) !== 'the') return;
  const words = tokens.slice(k, head + 1);
  // (`figures from the education ministry`: a ministry named by its portfolio alone, then `the ministry said`.)
  const portfolio = MINISTRY_HEADS.test(bare(tokens[head]!.text)) && words.length >= 2 && words.slice(0, -1).every((w) => PORTFOLIOS.test(bare(w.text)));
  if (!portfolio && !words.some((w) => isCapitalised(w.text))) return;
  // (`The Bureau's figures also showed emergency department waits`: a clause, no body's description.)
  if (words.slice(0, -1).some((w) => !isCapitalised(w.text) && (CLAUSE_WORD.test(w.text) || FINITE_VERBS.test(w.text)))) return;
  const phrase: Phrase = { ...describe([det, ...words]), organisation: true };
  if (phrase.kind === 'common') registry.mention(phrase, 'organisation', phrase);
}

/** Prepositions that govern a name as their object: a pronoun after it is the subject's. */
const OBJECT_PREPOSITIONS = /^(?:for|to|with|against|by|from|about|over|behind|beside|than|like|of|on|at)$/i;

/** Words a headline puts before a surname to say who the person is (`Teenager Thornton`, `Veteran Okafor`). */
const HEADLINE_EPITHETS = new Set(['Teenager', 'Youngster', 'Veteran', 'Rookie', 'Newcomer', 'Debutant', 'Pensioner', 'Striker', 'Midfielder', 'Defender', 'Goalkeeper', 'Keeper', 'Skipper', 'Billionaire', 'Tycoon', 'Grandmother', 'Grandfather', 'Widow', 'Mum', 'Dad']);

/** `Ana Ruiz, the mayor of Valencia,` → the tokens of `the mayor of Valencia`. */
function appositiveAfter(tokens: Token[], name: number): Token[] | undefined {
  // (`Masao Kudo, 71, head of the Kitaura fisheries cooperative,`: past an age aside.)
  const end = /^\d{1,3}$/.test(tokens[name + 2]?.text ?? '') && tokens[name + 1]?.text === ',' && tokens[name + 3]?.text === ',' ? name + 2 : name;
  if (tokens[end + 1]?.text !== ',') return undefined;
  const first = tokens[end + 2];
  // `, the mayor,`, `, a roofer,`, `, the producer who ...`, `, pastor of Mount Zion,`
  // (`, Lumenvault’s former chief technology officer,`: a body's possessive opens a role too.)
  // (`, Maritime NZ’s incident controller,`: the owner may be named in several words.)
  let own = end + 2;
  while (own < end + 5 && tokens[own]?.type === 'word' && isCapitalised(tokens[own]!.text) && !/['’]s$/.test(tokens[own]!.text)) own++;
  const owner = first !== undefined && isCapitalised(first.text) && /['’]s$/.test(tokens[own]?.text ?? '') && tokens[own + 1]?.type === 'word' && !isCapitalised(tokens[own + 1]!.text);
  if (!first || first.type !== 'word' || !(owner || DETERMINERS.has(bare(first.text)) || (!isCapitalised(first.text) && (ROLE_WORDS.has(bare(first.text)) || ROLE_MODIFIERS.has(bare(first.text)))))) return undefined;
  let e = end + 2;
  // (`, president of a local irrigation committee representing about 900 families.`: the role ends where a clause about it begins.)
  const clauseAt = (k: number) => k > end + 3 && opensParticipleClause(tokens, k);
  while (e < tokens.length && e - end <= MAX_APPOSITIVE && tokens[e]!.type === 'word' && !/^(?:who|which|that|whose|said|says|told|and)$/.test(tokens[e]!.text) && !clauseAt(e)) e++;
  const closes = tokens[e]?.text;
  const last = tokens[e - 1]!;
  if (e - end > MAX_APPOSITIVE || isCapitalised(last.text) && e === end + 3) return undefined;
  // `According to the conservator, Marta Ilyina, the oak had survived`: a clause, not a description.
  if (tokens.slice(end + 2, e).some((t) => FINITE_VERBS.test(t.text))) return undefined;
  // (`testing positive for EPO, the Athletics Integrity Unit (AIU) said`: a body's own name is who
  // speaks next, no description of the word before.)
  const described = tokens.slice(end + 3, e);
  if (DETERMINERS.has(bare(first.text)) && described.length > 1 && described.every((t) => isCapitalised(t.text)) && ORG_SUFFIXES.has(bare(last.text)) && !ROLE_WORDS.has(bare(last.text))) return undefined;
  if (closes === 'and') return beforeListedCompany(tokens, end + 2, e);
  return closes === undefined || clauseAt(e) || /^(?:,|\.|\(|who|which|whose|that)$/.test(closes) ? tokens.slice(end + 2, e) : undefined;
}

/**
 * `, a nurse travelling with her husband and two children.`: a role whose last phrase lists
 * who comes along is the role up to that phrase. (Not `, head of Sales and Marketing`: a
 * capitalised `and` goes on with a name, and the appositive is left unread.)
 */
function beforeListedCompany(tokens: Token[], from: number, and: number): Token[] | undefined {
  if (isCapitalised(tokens[and + 1]?.text ?? 'X')) return undefined;
  const cut = tokens.findIndex((t, i) => i > from && i < and && /^(?:with|alongside|including)$/.test(t.text));
  return cut > from ? tokens.slice(from, cut).filter((t, i, all) => i < all.length - 1 || !/ing$/.test(t.text)) : undefined;
}

/** `representing about 900 families`, `leading the campaign`: an -ing verb with its object after it opens a clause, not a role word (`chief operating officer`). */
function opensParticipleClause(tokens: Token[], k: number): boolean {
  return /^\p{Ll}+ing$/u.test(tokens[k]?.text ?? '') && /^(?:about|around|some|more|nearly|almost|over|the|a|an|its|their|his|her|\d[\d,.]*)$/.test(tokens[k + 1]?.text ?? '');
}

const MAX_APPOSITIVE = 10;
const FINITE_VERBS = /^(?:had|has|have|was|were|is|are|will|would|could|can|did|does|do)$/i;
