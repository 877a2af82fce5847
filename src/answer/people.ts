import { normalise } from '../extract/entities.js';
import { GENERIC_ORG_HEADS } from '../extract/descriptions.js';
import { DEMONYMS, MULTIWORD_PLACES, ORG_NOUNS, ORG_SUFFIXES, ROLE_WORDS } from '../extract/lexicon.js';
import type { Hit, SearchIndex } from '../search/index.js';
import { coverage, toDoc, type Doc } from '../search/match.js';
import { fold } from '../search/text.js';
import type { PersonRecord } from '../search/records.js';
import { THRESHOLDS } from './config.js';
import { misspeltSurname } from './people-misspelt.js';
import { ownedBy } from './people-owned.js';
import type { Scope } from './types.js';

/**
 * The people (or organisations, or unnamed sources) a name or role refers to: `Blinken`,
 * `Antony Blinkin`, `the Secretary of State`, `an official`. Best first; several when they
 * match equally well (`Chen` for two Chens). The same name across articles is one person.
 */
export function findPeople(index: SearchIndex, query: string, scope: Scope = {}): Hit<PersonRecord>[] {
  // `Mr Chen`, `Dr. Diallo`: the honorific picks between namesakes but is not part of the name.
  const honorific = HONORIFIC.exec(query.trim());
  // `the UNICEF guy`: a word for any person says nothing of who; the rest does.
  const name = (honorific ? query.trim().slice(honorific[0].length) : query).replace(ANYONE, '').trim() || query;
  const gender = honorific ? GENDER_OF[honorific[1]!.toLowerCase()] : undefined;
  const terms = index.terms(name, {}, roleSynonyms);
  // (`Janet Price` for `Janet Pryce`: a surname is often a word the library has, but written as a
  // name it is a name, and a near spelling of it a typo.)
  if (CAPITALISED_WORDS.test(name) && name.trim().includes(' ')) {
    for (const t of terms) {
      t.known = false;
      t.cache.clear();
    }
  }
  const asked = new Set(normalise(name).split(' '));
  const hits = index
    .search('people', terms, (r) => {
      const c = coverage(terms, r.doc);
      // `the justice secretary` is not the `shadow justice secretary`, nor the `former` one.
      const other = normalise(r.entity.role ?? '').split(' ').some((w) => OTHER_HOLDER.has(w) && !asked.has(w));
      return other ? { ...c, score: c.score - OTHER_HOLDER_PENALTY } : c;
    }, scope)
    // Every word of a name or role must match (typos allowed), so a partly matching name is no match.
    .filter((h) => h.score >= THRESHOLDS.person && h.coverage.perTerm.every((t) => t >= THRESHOLDS.personWord))
    .filter((h) => !gender || !h.record.entity.gender || h.record.entity.gender === gender);
  if (!hits.length) {
    const misspelt = CAPITALISED_WORDS.test(name) ? misspeltSurname(index, name, scope) : [];
    if (misspelt.length) return misspelt;
    if (INDEPENDENT.test(name)) return independent(index, scope);
    const byPlace = qualified(index, name, scope);
    if (byPlace.length) return byPlace;
    const owned = ownedBy(index, name, scope);
    if (owned.length) return owned;
    const byNation = ofNationOrBody(index, name, scope);
    if (byNation.length) return byNation;
    const byHead = organisationByHead(index, name, scope);
    if (byHead.length) return byHead;
    const only = onlyQuotedOrganisation(index, name, scope);
    return only.length ? only : describedBy(index, name, scope);
  }
  const best = hits[0]!.score;
  const near = hits.filter((h) => h.score >= best - 0.05);
  // `nasa`: the body of that name, not the scientist whose role only mentions it (`radar scientist at NASA's ...`).
  // (`the HSE`: a body's initials with their article.)
  const asName = normalise(/^the\s+\p{Lu}{2,6}$/u.test(name.trim()) ? name.trim().slice(4) : name);
  // (`Van Loon`: the surname of Jasper Van Loon, not his sports director `Van Loon's sports director`.)
  const named = near.filter((h) => [h.record.entity.name, ...h.record.entity.aliases.filter((a) => a !== h.record.entity.role)].some((n) => normalise(n) === asName || (h.record.entity.kind === 'person' && normalise(n).endsWith(` ${asName}`))));
  // (`Elly Marsh`: misspelt, still Ellie Marsh by her own name, not her coach by his role `Ellie Marsh's coach`;
  // `Andina Cobre`: the company, not its chief executive by his role `Andina Cobre Resources chief executive`.)
  const ownNamed = named.length || !CAPITALISED_WORDS.test(name) ? named : near.filter((h) => matchesAll(terms, toDoc([h.record.entity.name, ...h.record.entity.aliases.filter((a) => !POSSESSIVE.test(a) && a !== h.record.entity.role)].join(' '))));
  const close = ownNamed.length && ownNamed.length < near.length ? ownNamed : near;
  // `the trust`: the organisation itself, not the people whose roles name it (`the trust's chief executive`).
  const head = normalise(name).split(' ').pop() ?? '';
  const organisations = close.filter((h) => h.record.entity.kind === 'organisation');
  return ORG_NOUNS.has(head) && organisations.length && organisations.length < close.length ? organisations : close;
}

/** A query typed as a name: capitalised words only (`Janet Price`, `Kiptanui`). */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u;
/** A role held through someone else (`Ellie Marsh's coach`). */
const POSSESSIVE = /['’]s\s/;

/** Whether every word of a person query is found in `doc`, as a person hit needs. */
function matchesAll(terms: ReturnType<SearchIndex['terms']>, doc: Doc): boolean {
  const c = coverage(terms, doc);
  return c.score >= THRESHOLDS.person && c.perTerm.every((t) => t >= THRESHOLDS.personWord);
}

const RELATIVES = new Set(['mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'parent', 'parents', 'widow', 'widower', 'partner', 'uncle', 'aunt', 'cousin', 'grandmother', 'grandfather', 'friend', 'neighbour', 'neighbor', 'boss', 'owner', 'victim', 'survivor', 'witness']);
function isPersonNoun(word: string): boolean {
  return RELATIVES.has(word) || ROLE_WORDS.has(word) || /(?:er|or|ist|ian|ant|ent)s?$/.test(word);
}

/** `the independent expert`, `an outside researcher`: described by the article as not involved. */
const INDEPENDENT = /\b(?:independent|outside|uninvolved|(?:not|wasn[’']?t|isn[’']?t|weren[’']?t) involved)\b/i;
const NOT_INVOLVED = /\b(?:not|wasn[’']t|isn[’']t) (?:involved|part of|connected|affiliated)\b|\bindependent (?:expert|researcher|scientist|analyst|observer)/i;

/**
 * The quoted people the article describes as not involved (`..., who was not involved in the
 * study`): the mention must stand in that very sentence.
 */
function independent(index: SearchIndex, scope: Scope): Hit<PersonRecord>[] {
  const terms = index.terms('not involved independent');
  const sentences = index.search('sentences', terms, (r) => ({ score: NOT_INVOLVED.test(r.sentence.text) ? 1 : 0, perTerm: [] }), scope);
  const found = new Map<PersonRecord, Hit<PersonRecord>>();
  for (const { record: s } of sentences) {
    for (const p of index.in('people', s.article.id)) {
      if (p.entity.kind !== 'person' || !p.quotes.length) continue;
      if (p.entity.mentions.some((m) => m.start >= s.sentence.start && m.start < s.sentence.end)) found.set(p, { record: p, score: 1, coverage: { score: 1, perTerm: [] } });
    }
  }
  return [...found.values()];
}

/** How near (in characters) a description stands to the name it describes: `the mother of one of the players, Ana Ruiz,`. */
const DESCRIBED_WITHIN = 60;

/**
 * `the petition organiser` for `Ellen Fairclough, who organised the petition, said`: the one
 * quoted person mentioned in the sentences that hold every word of the description, next to it.
 */
/**
 * Whether a mention names the asked post only as one its holder serves (`An adviser to the
 * prime minister` is no prime minister): the post comes after `to`/`for`/`of` and the
 * mention's own head is another word (`the chair of the committee` is the committee chair).
 */
function serves(mention: string, head: string): boolean {
  const m = /\s(?:to|for|of|with|from)\s/i.exec(mention);
  if (!m) return false;
  const own = fold(mention.slice(0, m.index)).split(' ');
  return !own.includes(head) && fold(mention.slice(m.index)).split(' ').includes(head);
}

/** `Hoekstra's chief executive`: a named owner, then the post. */
const OWNED_BY_NAME = /^(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)['’]s?\s+(.+)$/u;

/** Whether a folded sentence gives the post as the owner's: `hoekstra chief executive`, `chief executive of hoekstra`. */
function ownersPost(sentence: string, owner: string, post: string): boolean {
  return ` ${sentence} `.includes(` ${owner} ${post} `) || [' of ', ' at ', ' for ', ' of the ', ' at the '].some((p) => ` ${sentence} `.includes(` ${post}${p}${owner} `));
}

function describedBy(index: SearchIndex, query: string, scope: Scope): Hit<PersonRecord>[] {
  const terms = index.terms(query, {}, doerVerbs);
  // Only a description of someone: it ends on a person noun (`organiser`, `mother`), not `the signal`.
  // (`the spectator on Kaiserdamm`: or on a person noun before where they are.)
  const placed = /^(?:the\s+)?[\p{L}-]+\s+(?:on|in|at|from|near)\s+\p{Lu}/u.test(query.trim()) && terms.length === 2 ? terms[0]!.word : undefined;
  const head = placed !== undefined && isPersonNoun(placed) ? placed : terms[terms.length - 1]?.word;
  if (terms.length < 2 || head === undefined || !isPersonNoun(head)) return [];
  const sentences = index
    .search('sentences', terms, (r) => coverage(terms, r.doc), scope)
    .filter((h) => h.coverage.perTerm.every((t) => t >= THRESHOLDS.personWord));
  const found = new Map<PersonRecord, Hit<PersonRecord>>();
  const owned = OWNED_BY_NAME.exec(query.trim());
  for (const { record: s } of sentences) {
    // (`Hoekstra's chief executive` is not `Verhaegen chief executive Pieter Claes` in a sentence about
    // Hoekstra's shareholders: a post asked as someone's is theirs where the sentence says so.)
    if (owned && !ownersPost(fold(s.sentence.text), fold(owned[1]!), fold(owned[2]!))) continue;
    // (`had spoken to the HSE chief executive`: a description far from her name is someone else;
    // `Labour Cabinet Secretary Patrick Ndegwa ..., saying the Treasury would` is no Treasury secretary.)
    const folded = fold(s.sentence.text);
    // (Where a word of the description stands, or the deed it is said by: `who has watched` for `spectator`.)
    const places = terms.map((t) => Math.min(...[t.word, ...t.alternatives.map((a) => a.word)].map((w) => folded.indexOf(w)).filter((at) => at >= 0))).filter((at) => Number.isFinite(at));
    const from = s.sentence.start + Math.min(...places);
    const to = s.sentence.start + Math.max(...places);
    // The description's words stand together (about as far apart as in the query), and by the name.
    const together = !places.length || to - from <= query.length + DESCRIBED_WITHIN;
    const describes = (start: number) => !places.length || (together && start >= from - DESCRIBED_WITHIN && start <= to + DESCRIBED_WITHIN);
    for (const p of index.in('people', s.article.id)) {
      if (p.entity.kind !== 'person' || !p.quotes.length) continue;
      if (p.entity.mentions.some((m) => m.start >= s.sentence.start && m.start < s.sentence.end && describes(m.start) && !serves(s.article.article.text.slice(m.start, m.end), head))) found.set(p, { record: p, score: 1, coverage: { score: 1, perTerm: [] } });
    }
  }
  // Two people in those sentences: the description does not say which.
  return found.size === 1 ? [...found.values()] : [];
}

/**
 * `the central bank` for the Bank of Valdoria: the article calls something that (`central
 * bank` is in its text), and exactly one quoted organisation has the head noun in its name.
 */
function organisationByHead(index: SearchIndex, query: string, scope: Scope): Hit<PersonRecord>[] {
  const m = /^the\s+((?:[\p{L}-]+\s+){1,3}([\p{L}]+))$/iu.exec(query.trim());
  if (!m || !ORG_SUFFIXES.has(m[2]!.toLowerCase())) return [];
  const phrase = ` ${fold(m[1]!)} `;
  const head = fold(m[2]!);
  const byArticle = new Map<string, PersonRecord[]>();
  for (const { record: p } of index.search('people', index.terms(head), () => ({ score: 1, perTerm: [] }), scope)) {
    if (p.entity.kind !== 'organisation' || !p.quotes.length || !fold(p.entity.name).split(' ').includes(head)) continue;
    if (!articleSays(p.article, phrase)) continue;
    byArticle.set(p.article.id, [...(byArticle.get(p.article.id) ?? []), p]);
  }
  return [...byArticle.values()].filter((found) => found.length === 1).map(([record]) => ({ record: record!, score: 1, coverage: { score: 1, perTerm: [] } }));
}

const foldedTexts = new WeakMap<PersonRecord['article'], string>();
/** Does the article's folded text hold `phrase` (folded, with its spaces around)? The fold is made once per article. */
function articleSays(loaded: PersonRecord['article'], phrase: string): boolean {
  let text = foldedTexts.get(loaded);
  if (text === undefined) foldedTexts.set(loaded, (text = ` ${fold(loaded.article.text)} `));
  return text.includes(phrase);
}

/**
 * `the drugmaker`, `the rail operator` in an article where one organisation alone is quoted:
 * that organisation, as `the company said` is read in the text itself. One article only: over
 * a library the only one would be any article's.
 */
function onlyQuotedOrganisation(index: SearchIndex, query: string, scope: Scope): Hit<PersonRecord>[] {
  if (scope.article === undefined) return [];
  const head = normalise(query).split(' ').pop() ?? '';
  if (!/^the\s/i.test(query.trim()) || !(GENERIC_ORG_HEADS.has(head) || /^\p{L}{3,}maker$/u.test(head))) return [];
  const all = index.in('people', scope.article).filter((p) => p.entity.kind === 'organisation' && p.quotes.length);
  // (`the ferry operator` for `The operator, PT Lestari Samudra Lines, said`: among several quoted,
  // the one the story itself calls by that head, in a story about ferries.)
  const called = all.filter((p) => p.entity.aliases.some((a) => normalise(a) === head));
  const quoted = all.length === 1 ? all : called;
  if (quoted.length !== 1) return [];
  // `the investment bank` is no description of a central bank: its modifiers must be the article's own words.
  const described = fold(query).replace(/^the /, '');
  const modifiers = described.split(' ').slice(0, -1);
  const said = articleSays(quoted[0]!.article, ` ${described} `) || (called.includes(quoted[0]!) && modifiers.every((w) => articleSays(quoted[0]!.article, ` ${w} `)));
  if (described.includes(' ') && !said) return [];
  return [{ record: quoted[0]!, score: 1, coverage: { score: 1, perTerm: [] } }];
}

/**
 * `the nurse at Montparnasse`, `the teacher from Leeds`: a role, then where or whose. The role
 * must name the person; the rest must stand in a paragraph that mentions them.
 */
function qualified(index: SearchIndex, query: string, scope: Scope = {}): Hit<PersonRecord>[] {
  const m = /^(.+?)\s+(?:at|from|in|of|with|for|on)\s+(.+)$/i.exec(query.trim());
  if (!m) return [];
  const who = findPeople(index, m[1]!, scope);
  const where = index.terms(m[2]!);
  return who.filter((h) => {
    const mentioned = (s: { block: { start: number; end: number } }) => h.record.entity.mentions.some((x) => x.start >= s.block.start && x.start < s.block.end);
    const sentences = index.sentencesIn(h.record.article.id).filter(mentioned);
    return sentences.some((s) => coverage(where, s.doc).score >= THRESHOLDS.person) || ofTheBody(index, h.record, where);
  });
}

/**
 * `the general secretary of the IFST` for `general secretary Ciarán Ó Dálaigh` in a story about
 * the IFST: the body (or place) asked is one the article names, and the role names no body of its own.
 */
function ofTheBody(index: SearchIndex, person: PersonRecord, where: ReturnType<SearchIndex['terms']>): boolean {
  if (person.entity.kind !== 'person' || !person.entity.role || /\b(?:of|at|for|with)\b|\p{Lu}/u.test(person.entity.role.replace(/^\p{Lu}/u, ''))) return false;
  const names = (d: Doc) => {
    const c = coverage(where, d);
    return c.score >= THRESHOLDS.person && c.perTerm.every((t) => t >= THRESHOLDS.personWord);
  };
  if (index.in('people', person.article.id).some((p) => p.entity.kind === 'organisation' && names(p.doc))) return true;
  // (`the mayor of Hinoshima` for `Mayor Yoko Arai` in a story set in Hinoshima.)
  return person.article.extraction.entities.some((e) => e.kind === 'place' && names(toDoc(e.name)));
}

/** Demonyms a reader puts before a role, and the countries articles name instead. */
const NATIONS: Record<string, string[]> = {
  spanish: ['spain'], french: ['france'], british: ['britain', 'uk', 'united kingdom'], german: ['germany'], italian: ['italy'],
  chinese: ['china'], japanese: ['japan'], indian: ['india'], american: ['us', 'u s', 'united states', 'america'], canadian: ['canada'],
  australian: ['australia'], russian: ['russia'], ukrainian: ['ukraine'], israeli: ['israel'], iranian: ['iran'], turkish: ['turkey', 'turkiye'],
  mexican: ['mexico'], brazilian: ['brazil'], nigerian: ['nigeria'], kenyan: ['kenya'], egyptian: ['egypt'], irish: ['ireland'],
  scottish: ['scotland'], welsh: ['wales'], english: ['england'], dutch: ['netherlands', 'holland'], swedish: ['sweden'], polish: ['poland'],
  portuguese: ['portugal'], greek: ['greece'], pakistani: ['pakistan'], korean: ['korea'], saudi: ['saudi arabia'],
};
/** The word of a person's name the article gives that `word` is (`ferreyras` for Ferreyra, typed without its apostrophe). */
function personNamed(index: SearchIndex, word: string, scope: Scope): string | undefined {
  if (word.length < 3 || scope.article === undefined) return undefined;
  const names = new Set(index.in('people', scope.article).filter((p) => p.entity.kind === 'person' && !p.entity.anonymous).flatMap((p) => fold(p.entity.name).split(' ')));
  return [word, word.replace(/s$/, '')].find((w) => w.length > 2 && names.has(w));
}

/** Whether an organisation the article names has this word in its name. */
function organisationNamed(index: SearchIndex, word: string, scope: Scope): boolean {
  if (word.length < 3 || scope.article === undefined) return false;
  return index.in('people', scope.article).some((p) => p.entity.kind === 'organisation' && [p.entity.name, ...p.entity.aliases].some((n) => ` ${fold(n)} `.includes(` ${word} `)));
}

/** Paragraphs before a person's first mention that may name the country a demonym asks for. */
const NATION_REACH = 2;

/**
 * `the spanish health minister` for `Health Minister Inés Castañeda` in a story about Spain,
 * `Greens leader` for a party's leader: the role must name the person, and the country (or
 * the demonym, or the organisation) must stand in the person's paragraph or just before it.
 */
function ofNationOrBody(index: SearchIndex, query: string, scope: Scope): Hit<PersonRecord>[] {
  // (`the Sri Lanka captain`: a country of two words is one demonym.)
  const place = placeFirst(query);
  const m = place ?? /^(?:the\s+)?([\p{L}-]+)(?:['’]s?)?\s+(.+)$/iu.exec(query.trim());
  // (`the hydro-quebec spokesperson`: a hyphenated name folds to its words, as the article's does.)
  const asked = fold(m?.[1] ?? '');
  // (`the court`: with nothing before the role, `the` is no demonym, and asking again would never end.)
  if (asked === 'the') return [];
  // `ferreyras coach`: a person named before the role is whose it is (the coach is not Ferreyra).
  const owner = m && !NATIONS[asked] ? personNamed(index, asked, scope) : undefined;
  const demonym = owner ?? asked;
  // `the mariners catcher`: a team or firm named before the role works as a demonym does.
  const countries = NATIONS[demonym] ?? (place ? [] : undefined) ?? (m && (owner || organisationNamed(index, demonym, scope)) ? [] : undefined);
  if (!m || !countries) return [];
  return findPeople(index, `the ${m[2]!}`, scope).filter((h) => {
    if (owner && fold(h.record.entity.name).split(' ').includes(owner)) return false;
    // (`head of research at Orchid Realty` is no HDB chief executive.)
    const role = h.record.entity.role ?? '';
    const namesAsked = ` ${fold(role)} `.includes(` ${demonym} `) || countries.some((c) => ` ${fold(role)} `.includes(` ${c} `));
    if (/\b(?:at|of|for|with)\s+(?:the\s+)?\p{Lu}/u.test(role) && !namesAsked) return false;
    // (`England captain` is no Sri Lanka captain: a role opened by another name is that one's.)
    // (`Hoekstra's chief executive` is no `Verhaegen chief executive`, though a Hoekstra-Bos is quoted too.)
    const askedByName = place !== null || NATIONS[demonym] !== undefined || /^\p{Lu}/u.test(m[1]!);
    // (`Rotich's coach` may be `the Italian Marco Bellandi`: a nationality says whose he is not.)
    const nationality = owner !== undefined && DEMONYMS.has(fold(role).split(' ')[0] ?? '');
    if (askedByName && !namesAsked && opensWithName(role) && !nationality) return false;
    const first = Math.min(...h.record.entity.mentions.map((x) => x.start));
    const paragraphs = h.record.article.article.paragraphs;
    const at = paragraphs.findIndex((b) => first >= b.start && first < b.end);
    const near = paragraphs.slice(Math.max(0, at - NATION_REACH), at + 1).map((b) => ` ${fold(b.text)} `).join(' ');
    return [demonym, ...countries].some((c) => near.includes(` ${c} `));
  });
}

/** Words that may open a role without naming whose it is (`Senior`, `Chief`, `Head`). */
const ROLE_OPENERS = /^(?:senior|chief|head|lead|principal|general|executive|managing|top|local|retired|veteran|former|new|the|a|an)$/i;

/** Whether a role opens with a name (`England captain`, `Reform candidate`), not a capitalised title (`Party leader`). */
function opensWithName(role: string): boolean {
  const opener = /^\p{Lu}[\p{L}'’-]*/u.exec(role)?.[0]?.toLowerCase();
  return opener !== undefined && !ROLE_WORDS.has(opener) && !ORG_NOUNS.has(opener) && !OTHER_HOLDER.has(opener) && !ROLE_OPENERS.test(opener);
}

/** A query opening with a country of several words: the country, then the rest (`the Sri Lanka captain`). */
function placeFirst(query: string): [string, string, string] | null {
  const words = query.trim().replace(/^the\s+/i, '').split(/\s+/);
  for (const n of [3, 2]) {
    const place = words.slice(0, n).join(' ');
    if (words.length > n && MULTIWORD_PLACES.has(place.toLowerCase())) return [query, place, words.slice(n).join(' ')];
  }
  return null;
}

/** Role words that make a different office from the bare role: a query must say them to mean it. */
const OTHER_HOLDER = new Set(['shadow', 'former', 'ex', 'deputy', 'vice', 'assistant', 'acting', 'interim', 'junior', 'late', 'outgoing', 'incoming', 'then']);
/** Larger than the spread of equally good people, smaller than a word that does not match. */
const OTHER_HOLDER_PENALTY = 0.08;

const ANYONE = /\s+(?:guy|guys|man|woman|lady|person|people|folks|chap|bloke|dude|rep)\s*$/i;
// (`Father Anselmo Reyes`, `Sheikh ...`, `Sgt ...`: clergy's and ranks' titles too, which articles often leave off.)
const HONORIFIC = /^(mr|mrs|ms|miss|mx|dr|doctor|prof|professor|sir|dame|lord|lady|cllr|coun|councillor|cr|hon|rev|reverend|shri|sri|smt|father|fr|sister|imam|rabbi|pastor|sheikh|sgt|sergeant|cpl|corporal|capt|col|lt|insp|det|engr|alhaji|alhaja|hajiya|comrade)\.?\s+(?=\S)(?!(?:of|at|in|for|from|with|and)\b)/i;
const GENDER_OF: Record<string, 'male' | 'female' | undefined> = { mr: 'male', sir: 'male', lord: 'male', mrs: 'female', ms: 'female', miss: 'female', dame: 'female', lady: 'female', shri: 'male', sri: 'male', smt: 'female', father: 'male', fr: 'male', sister: 'female', sheikh: 'male' };

/** Role words users and articles swap freely. */
const ROLE_GROUPS: readonly (readonly string[])[] = [
  ['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen'],
  ['chair', 'chairman', 'chairwoman', 'chairperson'],
  ['prosecutor', 'prosecutors', 'prosecution'],
  ['police', 'officers', 'constabulary'],
  ['governor', 'gov'],
  ['senator', 'sen'],
  ['minister', 'secretary'],
  ['councillor', 'councilor', 'councilman', 'councilwoman'],
  ['coach', 'manager'],
  ['boss', 'chief', 'ceo', 'head', 'leader'],
  // (`the McLaren team boss`: `McLaren's team principal`; `deputy mayor for transport`: `for mobility`.)
  ['boss', 'principal'],
  ['transport', 'mobility', 'transportation'],
  // (`the head of the irrigation committee`: `president of a local irrigation committee`.)
  ['head', 'president', 'chair', 'chairman', 'chairwoman', 'chairperson'],
  // (`head of the rescue unit`: `director of the National Mining Agency's rescue unit`.)
  ['head', 'director'],
  ['lawyer', 'attorney', 'counsel', 'solicitor', 'barrister', 'lawyers', 'attorneys'],
  ['defence', 'defense'],
  ['neighbour', 'neighbor', 'neighbours', 'neighbors'],
  ['organiser', 'organizer', 'organisers', 'organizers'],
  ['councillor', 'councilor', 'corporator', 'alderman', 'alderwoman'],
];
const ROLE_SYNONYMS = new Map<string, string[]>();
// (A word in two groups, `head`, stands for the words of both.)
for (const g of ROLE_GROUPS) for (const w of g) ROLE_SYNONYMS.set(w, [...new Set([...(ROLE_SYNONYMS.get(w) ?? []), ...g.filter((x) => x !== w)])]);

/** `the taverna owner` for `Dimitra Sotiriou, 68, who has run a taverna`: what the one so described does. */
const DOER_VERBS = new Map<string, string[]>([
  ['owner', ['owns', 'owned', 'runs', 'run', 'ran', 'running']],
  ['owners', ['own', 'owned', 'run', 'ran', 'running']],
  ['manager', ['manages', 'managed', 'runs', 'run', 'ran']],
  ['founder', ['founded', 'started']],
  // (`the spectator on Kaiserdamm`: `Ulrike Brandt, 71, who has watched every Berlin Marathon from the same corner on Kaiserdamm`.)
  ['spectator', ['watched', 'watches', 'watching']],
  ['viewer', ['watched', 'watches', 'watching']],
  ['witness', ['saw', 'witnessed', 'watched']],
]);
function doerVerbs(word: string): string[] {
  return DOER_VERBS.get(word) ?? [];
}

function roleSynonyms(word: string): string[] {
  return ROLE_SYNONYMS.get(word) ?? [];
}

/** Groups person hits by name, so one person quoted in two articles is listed once. */
export function byName(hits: Hit<PersonRecord>[]): Map<string, PersonRecord[]> {
  const groups = new Map<string, PersonRecord[]>();
  for (const h of hits) {
    const key = normalise(h.record.entity.name);
    groups.set(key, [...(groups.get(key) ?? []), h.record]);
  }
  return groups;
}
