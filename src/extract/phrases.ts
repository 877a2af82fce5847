import {
  DETERMINERS,
  FEMALE_NAMES,
  FOR_BODIES,
  MALE_NAMES,
  MULTIWORD_PLACES,
  NOT_NAME_WORDS,
  ORG_NOUNS,
  ORG_SUFFIXES,
  PERSONAL_PRONOUNS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  SPEECH_VERBS,
  VERB_MODIFIERS,
} from './lexicon.js';
import { COMPLEMENT_PREPS, describe, isPossessive, NAME_PARTICLES, type Phrase } from './describe.js';
import { bare, isCapitalised, type Token } from './tokens.js';

export { describe, type Phrase } from './describe.js';

/** How far back a complement may reach (`a source with knowledge of the talks`). */
const MAX_COMPLEMENT = 12;

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.type === 'word';

/**
 * `lab director`, `bus driver`, `harbour master`: a plain lower-case noun right before a role
 * word modifies it.
 */
function isCompoundModifier(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || t.type !== 'word' || !next || next.type !== 'word' || isCapitalised(t.text) || isCapitalised(next.text)) return false;
  const w = t.text.toLowerCase();
  // (`the Union power ministry`: before a body's noun too.)
  return /^\p{Ll}{3,}$/u.test(w) && (ROLE_WORDS.has(bare(next.text)) || ORG_NOUNS.has(bare(next.text))) && !NOT_NAME_WORDS.has(w) && !SPEECH_VERBS.has(w) && !VERB_MODIFIERS.has(w) && !/(?:ly|ed|ing)$/.test(w);
}

/** A word that can stand inside a subject noun phrase. */
export function isPhraseWord(t: Token, position: 'inner' | 'last', previous?: Token): boolean {
  if (t.type !== 'word') return false;
  const w = bare(t.text);
  if (isCapitalised(t.text)) return !NOT_NAME_WORDS.has(w) || DETERMINERS.has(w) || (w === 'the' && position === 'inner');
  // (`"...," the 31-year-old said`: an age alone may stand for the person, as sports writers use it.)
  if (/^\d/.test(t.text)) return position === 'inner' || /^\d+-year-old$/.test(t.text);
  return (
    DETERMINERS.has(w) ||
    ROLE_WORDS.has(w) ||
    ROLE_MODIFIERS.has(w) ||
    ORG_NOUNS.has(w) ||
    ORG_NOUNS.has(w.replace(/s$/, '')) ||
    ROLE_WORDS.has(w.replace(/s$/, '')) ||
    (isPossessive(t.text) && position === 'inner') ||
    (NAME_PARTICLES.has(w) && position === 'inner') ||
    (w === 'of' && position === 'inner') ||
    // (`The Vance family said`: a family named for its surname.)
    (position === 'last' && isCapitalised(previous?.text ?? '') && /^famil(?:y|ies)$/.test(w)) ||
    /^[a-z]+-[a-z]+$/.test(w)
  );
}

/**
 * The subject that stands right before a speech verb, read leftwards from `end` no further than
 * `from`: skips adverbs (`also`), a relative clause or appositive between commas
 * (`Blinken, who is on a trip, told`), and keeps complements of indefinite subjects
 * (`A Hamas source with knowledge of the matter confirmed`).
 */
/**
 * `Priyanka Deshpande at the University of Edinburgh, UK, who ...`: the country after a
 * place someone is at belongs to that place; the name is further left.
 */
function skipCountry(tokens: Token[], i: number): number {
  // (`Johnson City, Tenn.,`: a state abbreviated AP-style ends on its full stop.)
  if (tokens[i]?.text === '.' && isWord(tokens[i - 1]) && /^\p{Lu}\p{L}{1,4}$/u.test(tokens[i - 1]!.text)) {
    const skipped = skipCountry(tokens, i - 1);
    if (skipped !== i - 1) return skipped;
  }
  const t = tokens[i];
  if (!isWord(t) || !isCapitalised(t.text) || tokens[i - 1]?.text !== ',' || !isWord(tokens[i - 2]) || !isCapitalised(tokens[i - 2]!.text)) return i;
  const placed = tokens.slice(Math.max(0, i - 9), i - 2).some((w) => /^(?:at|in|from)$/.test(w.text));
  return placed ? i - 2 : i;
}

/** How an unnamed source's request opens, after `who`: `asked not to be named`, `requested anonymity`, `declined to be named`. */
const ANONYMITY_OPENING = /^(?:asked|requested|declined|spoke|did)$/;
const ANONYMITY_WORDS = /^(?:named|identified|anonymity|quoted)$/;
/** How far back an anonymity clause may open before its speech verb. */
const ANONYMITY_REACH = 30;

/** The `who` opening an anonymity clause that runs up to token `i` (no comma, no other clause), or null. */
function anonymityClauseBefore(tokens: Token[], i: number): number | null {
  for (let j = i; j >= Math.max(0, i - ANONYMITY_REACH); j--) {
    const t = tokens[j];
    if (!isWord(t)) return null; // (a comma or any other mark ends the clause)
    if (t.text !== 'who' || !ANONYMITY_OPENING.test(tokens[j + 1]?.text ?? '')) continue;
    return tokens.slice(j + 1, Math.min(i + 1, j + 8)).some((w) => ANONYMITY_WORDS.test(w.text)) ? j : null;
  }
  return null;
}

/** A post, or one held in second or jointly (`vice-chair`, `co-founder`, `deputy-governor`). */
function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(word) || ROLE_WORDS.has(/^(?:vice|co|deputy|ex|acting|assistant|joint)-(\p{L}+)$/u.exec(word)?.[1] ?? '');
}

export function subjectBefore(tokens: Token[], end: number): Phrase | null {
  let i = end - 1;
  while (i >= 0 && isWord(tokens[i]) && isModifier(tokens[i]!)) i--;
  i = skipBrackets(tokens, i);
  // (`A teacher at the school who asked not to be named because staff had been told not to speak
  // to the media said`: an unnamed source's request, however long, stands between them and the verb.)
  const anonymous = anonymityClauseBefore(tokens, i);
  if (anonymous !== null) i = anonymous;
  let appositive: Token[] | undefined;
  let unnamedAside = anonymous !== null;
  // `Bell, who called the price "aggressive"`: the relative pronoun stands for the phrase before it.
  if (isWord(tokens[i]) && /^(?:who|which)$/.test(tokens[i]!.text)) {
    i--;
    if (tokens[i]?.text === ',') i--;
    const phrase = collectLeft(tokens, i);
    // (`A nurse at the hospital, who said`: the nurse, through her complement, not the hospital.)
    // (`A vaccinator in Gwale who asked not to be named`: the request says a person stands before it, whatever their noun.)
    const complement = complementLeft(tokens, i, anonymous !== null);
    if (complement.length > phrase.length) return describe(complement);
    if (phrase.length) return describe(phrase);
    const plain = anonymous !== null ? plainNounLeft(tokens, i) : [];
    if (plain.length) return describe(plain);
    // `smugglers who promised "a safe road"`: any plural noun before `who` is a group that speaks.
    const noun = tokens[i];
    return isWord(noun) && /^\p{Ll}{4,}s$/u.test(noun.text) && !NOT_NAME_WORDS.has(noun.text) ? describe([noun]) : null;
  }
  // Up to three commas of asides: `Kwame Asante-Boyd, the Labour chair of the committee, who
  // tabled the amendment, said`.
  for (let asides = 0; tokens[i]?.text === ',' && asides < 3; asides++) {
    const comma = previousComma(tokens, i);
    if (comma === null) return null;
    const inner = tokens.slice(comma + 1, i);
    // `Tyler Brandt, a nurse in Columbus, Ohio, told`: a lone name after a place is its state or
    // country, part of the aside before it, not a name of its own.
    // (`a nurse in Raleigh, North Carolina, said`: a country or state known in several words too.)
    if ((inner.length === 1 && skipCountry(tokens, i - 1) !== i - 1) || (inner.length > 1 && MULTIWORD_PLACES.has(inner.map((t) => t.text).join(' ').toLowerCase()))) {
      i = comma;
      continue;
    }
    const first = inner[0] ? bare(inner[0].text) : '';
    // `Another analyst, Tomas Lindqvist at Fjord Equities in Stockholm, said`: a name, perhaps with where they work.
    const where = inner.some((t) => /^(?:at|in|from|with)$/.test(t.text));
    // (`Anil Kumar Sethi, Additional Secretary in the Agriculture Ministry, told`: a capitalised title is a role, not a name.)
    const headWord = inner.find((t, k) => k + 1 === inner.length || /^(?:of|for|at|in|from|with)$/.test(inner[k + 1]!.text));
    const titled = headWord !== undefined && isRoleWord(bare(headWord.text));
    const innerName = !titled && inner.length > 0 && isCapitalised(inner[0]!.text) && (!where || isCapitalised(inner[1]?.text ?? '')) && !DETERMINERS.has(first) && inner.every((t) => (t.type === 'word' ? isCapitalised(t.text) || NAME_PARTICLES.has(t.text) || /^(?:of|and|the|for|at|in|from|with)$/.test(t.text) : t.text === '&'));
    // Asides that describe without naming: `, who ...,`, `, 34,`, `, now 71 and retired,`, `, herself a nurse,`, `, summarising on TMS,`.
    // (`One officer who was on the wing that night, and who asked not to be named ..., said`: a second relative clause too.)
    const andWho = first === 'and' && /^(?:who|whose)$/.test(inner[1]?.text ?? '');
    if (first === 'who' && inner.some((t) => ANONYMITY_WORDS.test(t.text))) unnamedAside = true;
    if (andWho || ['who', 'which', 'whose', 'whom', 'speaking', 'standing', 'flanked', 'visibly', 'now', 'aged', 'still', 'formerly', 'once', 'himself', 'herself', 'themselves', 'also'].includes(first) || /^\d+$/.test(first) || (/^\p{Ll}{3,}ing$/u.test(inner[0]?.text ?? '') && !ROLE_WORDS.has(first))) {
      i = skipCountry(tokens, comma - 1);
      // `Rachel Odunsi, the Liberal Democrat MP for Lune Valley and Fells, whose constituency ..., described`:
      // a role between commas before the relative clause is an aside too, though no comma ends it here.
      const roleAside = asideBefore(tokens, i);
      if (roleAside) {
        appositive ??= roleAside.words;
        i = roleAside.comma - 1;
      }
    } else if ((first === 'of' || first === 'from') && inner.length > 1 && inner.slice(1).some((t) => isCapitalised(t.text))) {
      // `Amira Bouzid, of the Progressive Alliance, called`: where someone is from, an aside.
      i = comma - 1;
    } else if (titledName(inner)) {
      // `Her co-sponsor in the Assembly, state Rep. Tomás Herrera of Milwaukee, called`: the titled name between commas speaks.
      return titledName(inner);
    } else if (titled || DETERMINERS.has(first) || isPossessive(inner[0]?.text ?? '') || (!isCapitalised(inner[0]?.text ?? '') && (isRoleWord(first) || ROLE_MODIFIERS.has(first)))) {
      // `Ana Ruiz, the mayor, said`, `Callum Reid, chief executive of Open Door, said`
      appositive ??= inner;
      i = comma - 1;
    } else if (innerName) {
      // `The firm's chief executive, Jane Doe, said`: the name between commas, the role before.
      const role = rolePhraseLeft(tokens, comma - 1);
      const named = describe(inner, role.length ? role : undefined);
      return named.kind === 'named' ? named : null;
    } else return null;
    i = skipBrackets(tokens, i);
    // (`Jessica Pruitt, 38, whose two children ...,`, `Wei Lin, 19, a first-year student,`: an age before an aside is an aside too.)
    if (/^\d{1,3}$/.test(tokens[i]?.text ?? '') && tokens[i - 1]?.text === ',' && tokens[i + 1]?.text === ',') i++;
  }
  const t = tokens[i];
  if (!isWord(t)) return null;
  if (PERSONAL_PRONOUNS.has(t.text.toLowerCase())) return describe([t]);
  // `the statement said`: a document, which speaks for whoever issued it (resolved by the registry).
  if (DOCUMENT_HEADS.has(t.text.toLowerCase()) && /^the$/i.test(tokens[i - 1]?.text ?? '')) return describe([tokens[i - 1]!, t]);
  let phrase = collectLeft(tokens, i);
  // (Only right before a plain verb of saying: `the median weekly asking rent`, `the median advertised rent` have no speaker in them.)
  const unlisted = !phrase.length && i === end - 1 && SAYING.test(tokens[end]?.text ?? '');
  if (unlisted) phrase = describedNoun(tokens, i);
  // `A nurse at Umm Sadra's only hospital said`: a fuller phrase through a complement wins.
  const complement = complementLeft(tokens, i, unnamedAside);
  if (complement.length > phrase.length) phrase = complement;
  if (!phrase.length && unnamedAside) phrase = plainNounLeft(tokens, i);
  if (!phrase.length) return null;
  // `the National Weather Service's office in Mobile`: a place or body after the head noun.
  const p = tokens.indexOf(phrase[0]!);
  const prep = tokens[p - 1];
  if (prep && (prep.text === 'in' || prep.text === 'at' || prep.text === 'for' || prep.text === 'from') && p >= 2) {
    const head = collectLeft(tokens, p - 2);
    const last = head.length ? bare(head[head.length - 1]!.text) : '';
    if (head.length && (ORG_NOUNS.has(last) || ROLE_WORDS.has(last) || ROLE_WORDS.has(last.replace(/s$/, '')))) phrase = [...head, prep, ...phrase];
  }
  phrase = withTitleOf(tokens, phrase);
  const read = describe(phrase, appositive);
  if (read.kind === 'common' && !read.head) return null;
  // (`Mwila Banda, 41, a furnace operator, said`: an age by the name says a person, whatever the role's noun.)
  const last = tokens.indexOf(phrase[phrase.length - 1]!);
  const aged = tokens[last + 1]?.text === ',' && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ',';
  const described = aged ? { ...read, human: true } : read;
  return unlisted ? { ...described, unlisted } : described;
}

/** `director of rugby Mark Ellery`: a name led by a title whose `of` complement comes first. */
const FIRST_NAME = (w: string) => FEMALE_NAMES.has(w) || MALE_NAMES.has(w);

export function withTitleOf(tokens: Token[], phrase: Token[]): Token[] {
  const name = phrase.findIndex((t) => isCapitalised(t.text));
  if (name < 0 || phrase.slice(0, name).some((t) => DETERMINERS.has(bare(t.text)))) return phrase;
  const p = tokens.indexOf(phrase[name]!);
  // `Minister for National Development Lawrence Teo`: a title whose complement is capitalised too.
  if (/^(?:for|of)$/.test(tokens[p - 1]?.text ?? '') && p >= 2 && phrase.slice(name + 1, -1).some((t) => FIRST_NAME(t.text.toLowerCase()))) {
    const title = collectLeft(tokens, p - 2);
    if (title.length && ROLE_WORDS.has(bare(title[title.length - 1]!.text))) return [...title, tokens[p - 1]!, ...phrase.slice(name)];
  }
  let k = p - 1;
  while (k >= 0 && p - k <= 3 && isWord(tokens[k]) && /^\p{Ll}/u.test(tokens[k]!.text) && tokens[k]!.text !== 'of' && !DETERMINERS.has(tokens[k]!.text)) k--;
  if (k === p - 1 || tokens[k]?.text !== 'of' || k < 1) return phrase;
  const head = collectLeft(tokens, k - 1);
  if (!head.length || !ROLE_WORDS.has(bare(head[head.length - 1]!.text))) return phrase;
  return [...head, ...tokens.slice(k, p), ...phrase.slice(name)];
}

/** Nouns that end like adverbs: `The Vance family said` is no family `said` in some manner. */
const LY_NOUNS = new Set(['family', 'assembly', 'rally', 'ally', 'supply', 'reply', 'monopoly', 'anomaly', 'homily']);

function isModifier(t: Token): boolean {
  const w = t.text.toLowerCase();
  return !isCapitalised(t.text) && (VERB_MODIFIERS.has(w) || (/ly$/.test(w) && w.length > 4 && !ROLE_WORDS.has(w) && !LY_NOUNS.has(w)));
}

/**
 * `Rep. Tomás Avila (R-Tex.), who chairs`, `Conor Phelan (34) said`: a bracketed aside after a
 * name is skipped; returns the index before the opening bracket, or `i` when there is none.
 */
function skipBrackets(tokens: Token[], i: number): number {
  if (tokens[i]?.text !== ')') return i;
  for (let k = i - 1; k >= 0 && i - k <= 8; k--) if (tokens[k]!.text === '(') return k - 1;
  return i;
}

/** `state Rep. Tomás Herrera of Milwaukee`: a title, then a person's full name. */
function titledName(inner: Token[]): Phrase | null {
  if (inner.length < 3 || DETERMINERS.has(bare(inner[0]!.text))) return null;
  const phrase = describe(inner);
  return phrase.kind === 'named' && !phrase.organisation && phrase.role !== undefined && (phrase.name ?? '').includes(' ') && /\p{Lu}/u.test(phrase.role) ? phrase : null;
}

/** The role phrase between the comma before `i` and `i` (`, the Liberal Democrat MP for Lune Valley and Fells`), if it is one. */
function asideBefore(tokens: Token[], i: number): { words: Token[]; comma: number } | null {
  const comma = previousComma(tokens, i + 1);
  if (comma === null || comma < 1 || !isCapitalised(tokens[comma - 1]?.text ?? '')) return null;
  const words = tokens.slice(comma + 1, i + 1);
  // (`the Liberal Democrat MP for ...`, or a role with no article: `vice-chancellor of West Glamorgan`.)
  const first = words[0];
  if (!first || !(/^(?:the|a|an)$/i.test(first.text) || (!isCapitalised(first.text) && (ROLE_WORDS.has(bare(first.text)) || ROLE_MODIFIERS.has(bare(first.text)))))) return null;
  const head = words.find((t, k) => k + 1 === words.length || /^(?:of|for|at|in|from|with)$/.test(words[k + 1]!.text));
  return head && ROLE_WORDS.has(bare(head.text)) ? { words, comma } : null;
}

function previousComma(tokens: Token[], i: number): number | null {
  for (let k = i - 1; k >= 0 && i - k < 30; k--) {
    if (tokens[k]!.text === ',') return k;
    // Quotations were taken out before; a quote mark left here is an apostrophe (`Eilean a' Chèo`).
    if (/^[.;:!?]$/.test(tokens[k]!.text)) return null;
  }
  return null;
}

/** Verbs that only ever report speech, after which a noun before them is who speaks. */
const SAYING = /^(?:said|says|described|added|told|explained|noted|warned|recalled|wrote|insisted|argued|continued|agreed|admitted|asked|replied|remarked|observed|acknowledged|conceded)$/;
/** Words of a role before the noun a description ends on (`the former chief midwife`). */
const MAX_DESCRIBED_WORDS = 3;

/**
 * `the former chief midwife added`, `a retired cardiologist said`: a noun no word list knows,
 * right before the verb, is who speaks when a determiner opens it through role words only.
 */
function describedNoun(tokens: Token[], i: number): Token[] {
  const noun = tokens[i];
  if (!isWord(noun) || !/^\p{Ll}{3,}$/u.test(noun.text) || NOT_NAME_WORDS.has(noun.text) || SPEECH_VERBS.has(noun.text) || VERB_MODIFIERS.has(noun.text) || /(?:ly|ing|ed)$/.test(noun.text)) return [];
  for (let k = i - 1; k >= 0 && i - k <= MAX_DESCRIBED_WORDS + 1; k--) {
    const w = tokens[k]!;
    if (!isWord(w)) return [];
    const word = bare(w.text);
    if (DETERMINERS.has(word) && /^(?:the|a|an)$/.test(word)) return tokens.slice(k, i + 1);
    if (isCapitalised(w.text) || !(ROLE_MODIFIERS.has(word) || ROLE_WORDS.has(word))) return [];
  }
  return [];
}

/** Phrase words leftwards from `i` (inclusive), trimmed of words that cannot open a phrase. */
function collectLeft(tokens: Token[], i: number): Token[] {
  let k = i;
  if (!isWord(tokens[k]) || !isPhraseWord(tokens[k]!, 'last', tokens[k - 1])) return [];
  // A determiner opens the phrase: nothing to its left belongs to it...
  // (`the Centre for Energy Policy`: `for` inside a body's name, between its capitalised words.)
  // (Not `TD for Kilbrannagh Donal Hennigan`: only after a body's own word.)
  const joinsNames = (j: number) => (/^(?:and|&)$/.test(tokens[j]!.text) || (tokens[j]!.text === 'for' && (ORG_SUFFIXES.has(bare(tokens[j - 1]?.text ?? '')) || FOR_BODIES.has(bare(tokens[j - 1]?.text ?? ''))))) && isCapitalised(tokens[j - 1]?.text ?? '') && isCapitalised(tokens[j + 1]?.text ?? '');
  while (k - 1 >= 0 && !DETERMINERS.has(bare(tokens[k]!.text)) && (isPhraseWord(tokens[k - 1]!, 'inner') || joinsNames(k - 1) || isCompoundModifier(tokens, k - 1))) k--;
  // ...except a name it qualifies: `Leila Morgan of the Port Alder Tenants' Union`.
  // (`Priyanka Deshpande at the University of Edinburgh` too.)
  if (bare(tokens[k]!.text) === 'the' && /^(?:of|at|from)$/.test(tokens[k - 1]?.text ?? '') && isWord(tokens[k - 2]) && isCapitalised(tokens[k - 2]!.text)) {
    k -= 2;
    while (k - 1 >= 0 && isWord(tokens[k - 1]) && (isCapitalised(tokens[k - 1]!.text) || NAME_PARTICLES.has(tokens[k - 1]!.text)) && !NOT_NAME_WORDS.has(bare(tokens[k - 1]!.text))) k--;
    // ...and the title before that name: `co-author Mateo Ferreira of the ...`
    while (k - 1 >= 0 && !DETERMINERS.has(bare(tokens[k]!.text)) && (isPhraseWord(tokens[k - 1]!, 'inner') || isCompoundModifier(tokens, k - 1))) k--;
  }
  return trimOpening(tokens.slice(k, i + 1));
}

/** Where a person is posted, between them and the place: `based in`, `stationed at`. */
const POSTED = /^(?:based|stationed|posted|living|working|serving)$/;
/** ...or any participle before a preposition of place (not `A man accused of setting fire`, whose `of` says what he did). */
const PLACED = /^\p{Ll}{3,}(?:ed|ing)$/u;
const OF_PLACE = /^(?:near|at|in|on|outside|inside|off|by|beside)$/;

/**
 * `a senior official with knowledge of the talks said`: the word before the verb is not a
 * phrase word, but a preposition leads back to a role noun with a determiner.
 */
function complementLeft(tokens: Token[], i: number, anyHead = false): Token[] {
  // (The outermost head that is a role: `A rescuer with the Bureau of Fire Protection`, not the bureau of `of`.)
  let found: Token[] = [];
  // (`addressed the crowd from a stage and called the reform ...`: a phrase ends on no conjunction;
  // what stands before `and called` is the first verb's object.)
  if (/^(?:and|or|but)$/i.test(tokens[i]?.text ?? '')) return found;
  for (let k = i; k >= 0 && i - k <= MAX_COMPLEMENT; k--) {
    const t = tokens[k]!;
    if (!isWord(t)) break;
    if (COMPLEMENT_PREPS.has(t.text.toLowerCase()) && k > 0) {
      // (`A first officer based in Vancouver, who asked not to be named`: where they are posted.)
      const posted = (POSTED.test(tokens[k - 1]?.text ?? '') || (PLACED.test(tokens[k - 1]?.text ?? '') && OF_PLACE.test(t.text))) && k > 1 ? 1 : 0;
      const head = collectLeft(tokens, k - 1 - posted);
      if (!head.length && anyHead) head.push(...plainNounLeft(tokens, k - 1 - posted));
      const hasDeterminer = head.length > 0 && DETERMINERS.has(bare(head[0]!.text));
      const headWord = head.length ? bare(head[head.length - 1]!.text) : '';
      // (`A senior air traffic controller at the airport, who spoke on condition of anonymity`: an
      // unnamed source's request says a person stands before it, whatever their noun.)
      const headIsRole = ROLE_WORDS.has(headWord) || ROLE_WORDS.has(headWord.replace(/s$/, '')) || ORG_NOUNS.has(headWord) || (anyHead && /^\p{Ll}{4,}$/u.test(headWord));
      if (hasDeterminer && headIsRole) found = [...head, ...tokens.slice(k, i + 1)];
    }
  }
  return found;
}

/** Up to five lower-case words back to their article (`A senior air traffic controller`), or nothing. */
function plainNounLeft(tokens: Token[], i: number): Token[] {
  for (let k = i; k >= 0 && i - k <= 5; k--) {
    const t = tokens[k]!;
    if (!isWord(t)) return [];
    if (DETERMINERS.has(bare(t.text))) return k < i ? tokens.slice(k, i + 1) : [];
    if (!/^\p{Ll}+$/u.test(t.text)) return [];
  }
  return [];
}

/**
 * A role read leftwards through its complements: `The UN's humanitarian coordinator for Sudan`
 * (not just `Sudan`), `the chair of the justice committee`.
 */
export function rolePhraseLeft(tokens: Token[], i: number): Token[] {
  let phrase = collectLeft(tokens, i);
  for (let hops = 0; hops < 3 && phrase.length; hops++) {
    let p = tokens.indexOf(phrase[0]!);
    // `envoy for the region`: the complement's determiner stands between it and its preposition.
    if (/^(?:the|a|an)$/i.test(tokens[p - 1]?.text ?? '') && /^(?:for|of|at|in|with|on)$/.test(tokens[p - 2]?.text ?? '')) phrase = [tokens[--p]!, ...phrase];
    const prep = tokens[p - 1];
    if (!prep || !/^(?:for|of|at|in|with|on)$/.test(prep.text) || p < 2) break;
    const before = collectLeft(tokens, p - 2);
    const head = before.length ? bare(before[before.length - 1]!.text) : '';
    if (!before.length || !(ROLE_WORDS.has(head) || ROLE_WORDS.has(head.replace(/s$/, '')) || ORG_NOUNS.has(head))) break;
    phrase = [...before, prep, ...phrase];
  }
  return phrase;
}

/** Drops leading words that cannot start a subject (`Meanwhile`, `Regarding`). */
function trimOpening(words: Token[]): Token[] {
  let s = 0;
  // `former President Donald Trump` keeps its `former`; `Meanwhile` goes.
  while (s < words.length && NOT_NAME_WORDS.has(bare(words[s]!.text)) && !DETERMINERS.has(bare(words[s]!.text)) && !ROLE_MODIFIERS.has(bare(words[s]!.text))) s++;
  // A leading `of` never opens a subject; a particle does when a name follows (`von der Leyen`).
  while (s < words.length && (bare(words[s]!.text) === 'of' || (NAME_PARTICLES.has(words[s]!.text) && !words.slice(s + 1).some((w) => isCapitalised(w.text))))) s++;
  return words.slice(s);
}

/**
 * The subject after an inverted verb (`said Mayor Ana Ruiz`, `says coach Maria Lopez`,
 * `added the official`), with an appositive role after a comma (`said Jane Doe, a spokeswoman`).
 */
export function subjectAfter(tokens: Token[], start: number): Phrase | null {
  let k = start;
  // `His Hungarian counterpart Gabor Szalai`: a possessive opens the phrase like an article.
  const possessive = isWord(tokens[k]) && /^(?:his|her|their|its|our|my)$/i.test(tokens[k]!.text);
  if (possessive) start = ++k;
  if (isWord(tokens[k]) && PERSONAL_PRONOUNS.has(tokens[k]!.text.toLowerCase())) return describe([tokens[k]!]);
  // `said a visibly frustrated Reyes`: a manner described before the name, which is the speaker.
  if (isWord(tokens[k]) && /^(?:a|an|the)$/i.test(tokens[k]!.text)) {
    let m = k + 1;
    while (m < k + 4 && isWord(tokens[m]) && /^\p{Ll}+(?:ly|ed|ing|ful|ous|ic|ive|al)$/u.test(tokens[m]!.text)) m++;
    if (m > k + 1 && isWord(tokens[m]) && isCapitalised(tokens[m]!.text) && !ROLE_WORDS.has(bare(tokens[m]!.text))) {
      const named = subjectAfter(tokens, m);
      if (named?.kind === 'named') return named;
    }
  }
  // `federal Housing and Infrastructure Minister Priya Desrosiers`: `and` between capitalised words.
  // Only inside a title: a role word must follow within a few words.
  const joinsNames = (j: number) =>
    /^(?:and|&)$/.test(tokens[j]?.text ?? '') && j > start && isCapitalised(tokens[j - 1]?.text ?? '') && isCapitalised(tokens[j + 1]?.text ?? '') &&
    tokens.slice(j + 1, j + 4).some((t) => t.type === 'word' && ROLE_WORDS.has(bare(t.text)));
  while (k < tokens.length && (isPhraseWord(tokens[k]!, k + 1 < tokens.length && isPhraseWord(tokens[k + 1]!, 'inner') ? 'inner' : 'last') || isCompoundModifier(tokens, k) || joinsNames(k))) k++;
  const words = trimOpening(tokens.slice(start, k));
  while (words.length && (!isPhraseWord(words[words.length - 1]!, 'last') || DETERMINERS.has(bare(words[words.length - 1]!.text)))) words.pop();
  // (`said his stablemaster, Shiranami Oyakata,`: after `his`, any noun is a post when a name follows it.)
  if (!words.length && possessive && k === start && isWord(tokens[k]) && /^\p{Ll}{3,}$/u.test(tokens[k]!.text) && tokens[k + 1]?.text === ',' && isCapitalised(tokens[k + 2]?.text ?? '')) words.push(tokens[k++]!);
  if (!words.length) return null;
  // (`said his father and coach, Erik Sollie`: two roles of one person before the name.)
  const second = tokens[k + 1];
  if (tokens[k]?.text === 'and' && isWord(second) && !isCapitalised(second.text) && ROLE_WORDS.has(second.text) && tokens[k + 2]?.text === ',' && isCapitalised(tokens[k + 3]?.text ?? '')) {
    words.push(tokens[k]!, second);
    k += 2;
  }
  let appositive: Token[] | undefined;
  if (tokens[k]?.text === ',' && isWord(tokens[k + 1]) && DETERMINERS.has(bare(tokens[k + 1]!.text))) {
    let e = k + 1;
    while (e < tokens.length && tokens[e]!.type === 'word') e++;
    appositive = tokens.slice(k + 1, e);
    // `Saudi Arabia, the United Arab Emirates and the European Union also announced`: a list goes on, no role.
    // (A relative clause after the role is the role's own: `a nurse who has worked there`.)
    const relative = appositive.findIndex((t) => /^(?:who|which|that|whose)$/.test(t.text));
    const own = relative >= 0 ? appositive.slice(0, relative) : appositive;
    if (own.some((t, i) => /^(?:and|or)$/.test(t.text) && DETERMINERS.has(bare(own[i + 1]?.text ?? '')) && isCapitalised(own[i + 2]?.text ?? '')) || own.some((t) => CLAUSE_WORDS.test(t.text))) appositive = undefined;
  }
  const phrase = describe(words, appositive);
  // `said one resident, Maria Gomez, 62`: a description, then the name it belongs to.
  if (phrase.kind === 'common' && tokens[k]?.text === ',' && isWord(tokens[k + 1]) && isCapitalised(tokens[k + 1]!.text)) {
    let e = k + 1;
    while (e < tokens.length && isWord(tokens[e]) && (isCapitalised(tokens[e]!.text) || NAME_PARTICLES.has(tokens[e]!.text))) e++;
    const name = describe(tokens.slice(k + 1, e));
    const closes = tokens[e]?.text;
    if (name.kind === 'named' && !name.organisation && (closes === undefined || closes === ',' || closes === '.')) return { ...name, role: name.role ?? phrase.core ?? phrase.text };
  }
  return phrase;
}

/** Words of a clause, not a description: `, the other bidders also made offers`. */
const CLAUSE_WORDS = /^(?:also|had|has|have|was|were|is|are|will|would|could|can|did|does|do)$/;

/** Documents that speak for their author: `"...," the statement said`. */
export const DOCUMENT_HEADS = new Set(['statement', 'release', 'letter', 'memo', 'email', 'post', 'filing', 'note', 'notice', 'communique', 'communiqué']);
