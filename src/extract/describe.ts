import {
  BUSINESS_KINDS,
  DEMONYMS,
  DETERMINERS,
  HONORIFICS,
  MULTIWORD_PLACES,
  NOT_ORG_ACRONYMS,
  ORG_NOUNS,
  NATIONS,
  ORG_SUFFIXES,
  PERSONAL_PRONOUNS,
  POSTNOMINALS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  FEMALE_NAMES,
  FOR_BODIES,
  MALE_NAMES,
  pastPortfolio,
} from './lexicon.js';

import { bare, isCapitalised, type Token } from './tokens.js';
import { TITLE_ABBREVIATIONS } from './names.js';

const FIRST_NAMES = (w: string) => FEMALE_NAMES.has(w) || MALE_NAMES.has(w);

/** A noun phrase that names who speaks, as the text gives it, before resolving it to an entity. */
export interface Phrase {
  start: number;
  end: number;
  /** The phrase's words as printed (`US Secretary of State Antony Blinken`). */
  text: string;
  kind: 'pronoun' | 'named' | 'common';
  /** Lower-case pronoun (`he`) for `pronoun` phrases. */
  pronoun?: string;
  /** The personal or organisation name (`Antony Blinken`, `Acme Corp`), for `named` phrases. */
  name?: string;
  /** Title or role around the name (`US Secretary of State`), or from an appositive (`the mayor`). */
  role?: string;
  /** Honorific before the name (`Mr`, `Ms`, `Dr`). */
  honorific?: string;
  /** `definite` (`the official`), `indefinite` (`an Egyptian official`) or `bare` (`officials`). */
  determiner?: 'definite' | 'indefinite' | 'bare';
  /** Lower-case head noun of a common phrase (`official`, `ministry`), or of the role. */
  head?: string;
  /** Common phrase without determiner and trailing complement (`Egyptian official`). */
  core?: string;
  /** The phrase names an organisation rather than a person. */
  organisation: boolean;
  plural: boolean;
  /** The text says it is a person, whatever its role (`a haul-truck operator who has worked ...`). */
  human?: boolean;
  /** Its head is a noun no word list knows (`the retired cardiologist`): it describes, it holds no post. */
  unlisted?: boolean;
}

/** Words that make a name a body's even before its last word (`Hospital` in `University Hospital Limerick`). */
const INNER_BODY_WORDS = new Set(['hospital', 'university', 'college', 'ministry', 'department', 'agency', 'bank', 'institute', 'foundation', 'clinic', 'council', 'academy',
  // (`Fundación Movilidad`, `Banco Santander`, `Istituto Superiore di Sanità`: other languages put the body's word first.)
  'fundación', 'fundacion', 'fundação', 'fondation', 'fondazione', 'stiftung', 'instituto', 'istituto', 'institut', 'banco', 'banca', 'grupo', 'gruppo', 'universidad', 'universidade', 'università', 'université', 'ministerio', 'ministério', 'ministero', 'ministère', 'partido', 'partito', 'parti', 'ospedale', 'hôpital', 'consejo', 'conselho', 'consiglio', 'conseil', 'comisión', 'comissão', 'commissione', 'liga', 'lega', 'ligue', 'asociación', 'associação', 'associazione', 'federación', 'federação', 'federazione', 'fédération', 'sindicato', 'sindacato', 'syndicat', 'empresa', 'compañía', 'companhia', 'società', 'société', 'compagnie', 'compagnia', 'groupe', 'gruppe', 'banque', 'stichting',
  // (`Minera Cordillera Norte`, `Naviera Austral`: a trade's word first names a firm in it.)
  'minera', 'mineração', 'constructora', 'naviera', 'aerolíneas', 'aerolineas', 'petróleos', 'petroleos', 'inversiones', 'corporación', 'corporacion', 'sociedad', 'industrias', 'transportes', 'cervecería', 'cerveceria', 'cervejaria', 'financiera', 'aseguradora', 'distribuidora', 'editorial', 'cantiere', 'officine', 'gerakan', 'persatuan', 'kementerian', 'majelis', 'perusahaan', 'universitas']);

/** Particles inside names (`Ursula von der Leyen`, `Abdel Fattah al-Sisi`). */
export const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'al', 'bin', 'ibn', 'da', 'di', 'du', 'la', 'le', 'del', 'dos', 'das', 'ben', 'abu', 'el', 'bint', 'y']);
/** Plurals that open a body's name before its `of` (`Friends of the Earth`, `Sisters of Mercy`, `Veterans of Foreign Wars`). */
const BODY_OPENERS = new Set(['friends', 'sisters', 'brothers', 'daughters', 'sons', 'knights', 'mothers', 'fathers', 'veterans', 'guardians', 'keepers', 'champions', 'defenders', 'citizens', 'families']);
/** Prepositions that may open a complement inside a subject (`a source with knowledge of the talks`). */
export const COMPLEMENT_PREPS = new Set(['with', 'of', 'from', 'for', 'in', 'at', 'on', 'close', 'familiar', 'within', 'inside', 'near', 'to', 'who', 'whose']);
/** `the Vance family`, `The Okafor families` → `Vance family`: a surname and the word family. */
function familyName(words: Token[]): string | undefined {
  const last = words[words.length - 1]!;
  if (!/^famil(?:y|ies)$/.test(last.text)) return undefined;
  const names = words.slice(DETERMINERS.has(bare(words[0]!.text)) ? 1 : 0, -1);
  return names.length > 0 && names.length <= 2 && names.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) && !isPossessive(w.text)) ? `${names.map((w) => w.text).join(' ')} family` : undefined;
}

/** Heads known by what they belong to (`a member of the board`). */
const MEMBER_HEADS = new Set(['member', 'members']);

/** The head noun of an unnamed source's description: `member` of `member of the board`, else its last word. */
export function descriptionHead(description: string): string {
  const words = description.split(' ');
  return words[1] === 'of' && MEMBER_HEADS.has(words[0]!.toLowerCase()) ? words[0]! : words[words.length - 1]!;
}
/** Heads that stand for their organisation (`the ministry's press office`). */
const OFFICE_HEADS = new Set(['office', 'offices', 'headquarters', 'branch', 'bureau', 'unit', 'division', 'desk', 'team', 'account', 'website', 'statement']);

export const isPossessive = (w: string) => /['’]s?$/.test(w) && w.length > 2;

/** Reads the phrase's parts: pronoun, honorific, role and name, or determiner and head noun. */
export function describe(words: Token[], appositive?: Token[]): Phrase {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const text = words.map((w) => w.text).join(' ');
  const base: Phrase = { start: first.start, end: last.end, text, kind: 'common', organisation: false, plural: false };
  const lower = bare(first.text);
  if (words.length === 1 && PERSONAL_PRONOUNS.has(first.text.toLowerCase())) {
    return { ...base, kind: 'pronoun', pronoun: first.text.toLowerCase(), plural: lower === 'they' || lower === 'we', organisation: lower === 'it' };
  }
  // `The Vance family said`: a family is a group of its own, not the one of that name the story met.
  const family = familyName(words);
  if (family) return { ...base, kind: 'named', name: family, plural: true };
  const appositiveRole = appositive ? roleFromAppositive(appositive) : undefined;
  const titled = titleOfBeforeName(words);
  if (titled) return { ...base, ...titled };
  // Split off a complement (`with knowledge of the matter`) unless it sits inside a title (`Secretary of State`).
  // (`Minister for National Development Lawrence Teo`: a title's `for` too.)
  const titleFor = (idx: number) => words[idx]!.text === 'for' && (ROLE_WORDS.has(bare(words[idx - 1]!.text)) || FOR_BODIES.has(bare(words[idx - 1]!.text))) && isCapitalised(words[idx - 1]!.text);
  // (`German Association of the Automotive Industry`: a body's `of the` too.)
  const bodyOfThe = (idx: number) => words[idx]!.text === 'of' && words[idx + 1]?.text === 'the' && isCapitalised(words[idx + 2]?.text ?? '') && (ORG_SUFFIXES.has(bare(words[idx - 1]!.text)) || BODY_OPENERS.has(bare(words[idx - 1]!.text))) && isCapitalised(words[idx - 1]!.text);
  // (`A member of the organising committee`: a member is known only by what it is one of.)
  const memberOf = (idx: number) => words[idx]!.text === 'of' && MEMBER_HEADS.has(bare(words[idx - 1]!.text)) && idx === 2 && DETERMINERS.has(bare(words[0]!.text)) && !isCapitalised(words[idx + 1]?.text ?? 'X');
  const cut = words.findIndex((w, idx) => idx > 0 && COMPLEMENT_PREPS.has(w.text) && !bodyOfThe(idx) && !memberOf(idx) && !((w.text === 'of' || titleFor(idx)) && isCapitalised(words[idx + 1]?.text ?? '') && isCapitalised(words[idx - 1]!.text) && !personOf(words, idx)));
  const core = cut > 0 ? words.slice(0, cut) : words;
  // `Naomi Strand KC`: post-nominal letters are not part of the name.
  let coreWords = core;
  while (coreWords.length > 1 && POSTNOMINALS.has(coreWords[coreWords.length - 1]!.text)) coreWords = coreWords.slice(0, -1);
  // `Copenhagen-based Nordvik Line`: where a body is based describes it, it is no part of its name.
  const based = coreWords.findIndex((w) => /^\p{Lu}[\p{L}.]*-based$/u.test(w.text));
  if (based >= 0 && based < coreWords.length - 1 && isCapitalised(coreWords[based + 1]!.text)) coreWords = coreWords.slice(based + 1);
  // `the Portuguese`, `the Brazilian`: a nationality after `the` describes a person, it names no one.
  const nationality = coreWords.length === 2 && bare(coreWords[0]!.text) === 'the' && (/^\p{Lu}\p{Ll}+(?:ese|ian|an|ish|i)$/u.test(coreWords[1]!.text) || DEMONYMS.has(coreWords[1]!.text.toLowerCase()));
  // `the Department for Transport`, `Centre for Cities`: a body named with its `for` is one name.
  const bodyFor = coreWords.findIndex((w, i) => w.text === 'for' && i > 0 && FOR_BODIES.has(bare(coreWords[i - 1]!.text)) && isCapitalised(coreWords[i - 1]!.text) && i + 1 < coreWords.length && coreWords.slice(i + 1).every((x) => isCapitalised(x.text) || x.text === 'and' || x.text === '&'));
  if (bodyFor > 0) {
    let from = bodyFor - 1;
    while (from > 0 && isCapitalised(coreWords[from - 1]!.text) && !DETERMINERS.has(bare(coreWords[from - 1]!.text))) from--;
    const name = coreWords.slice(from).map((w) => w.text).join(' ').replace(/['’]s?$/, '');
    return { ...base, kind: 'named', name, organisation: true };
  }
  // (`the 24-year-old Briton`: a nationality alone after the description is no name but what the person is.)
  const lone = (at: number | null) => at !== null && at === coreWords.length - 1 && DEMONYMS.has(coreWords[at]!.text.toLowerCase());
  const found = nationality ? null : nameStartIndex(coreWords);
  const nameStart = lone(found) ? null : found;
  if (nameStart !== null) {
    const nameWords = coreWords.slice(nameStart);
    let roleWords = coreWords.slice(0, nameStart);
    let honorific: string | undefined;
    const h = roleWords[roleWords.length - 1];
    if (h && HONORIFICS.has(h.text.toLowerCase())) {
      honorific = h.text.replace(/\.$/, '');
      roleWords = roleWords.slice(0, -1);
    }
    while (roleWords.length && DETERMINERS.has(bare(roleWords[0]!.text))) roleWords = roleWords.slice(1);
    // (A person's full name: `Wisconsin Association of Health Plans` is one body's.)
    if (nameWords.length >= 2) roleWords = ownTitle(roleWords);
    const name = nameWords.map((w) => w.text).join(' ').replace(/['’]s?$/, '').replace(/\.$/, '');
    // (`Police Scotland`, `Public Health England`: a capitalised field before a nation's name makes a
    // national body, not a person; `Detective Inspector Ireland` is a person's title and surname.)
    const field = roleWords.length > 0 && ROLE_MODIFIERS.has(bare(roleWords[roleWords.length - 1]!.text)) && roleWords.every((w) => isCapitalised(w.text));
    if (nameWords.length === 1 && NATIONS.has(name.toLowerCase()) && field && !honorific) {
      return { ...base, kind: 'named', name: [...roleWords, ...nameWords].map((w) => w.text).join(' ').replace(/['’]s?$/, ''), organisation: true };
    }
    const role = roleWords.length ? roleWords.map((w) => w.text).join(' ') : appositiveRole ?? affiliation(words, cut);
    const lastName = bare(nameWords[nameWords.length - 1]!.text);
    // (`University Hospital Limerick`: a body's own word inside the name makes it a body, wherever it stands.)
    const organisation = ORG_SUFFIXES.has(lastName) || (GENERIC_BODY_ENDS.has(lastName) && nameWords.some((w, i) => i < nameWords.length - 1 && (ROLE_WORDS.has(bare(w.text)) || (ORG_SUFFIXES.has(bare(w.text)) && nameWords[i + 1]!.text === 'of')))) || nameWords.slice(0, -1).some((w) => INNER_BODY_WORDS.has(bare(w.text))) || nameWords.some((w) => w.text === '&') || (/^[A-Z]{2,6}$/.test(name) && !honorific && !NOT_ORG_ACRONYMS.has(name)) || nameWords.some((w, i) => nameWords[i + 1]?.text === 'of' && (ORG_SUFFIXES.has(bare(w.text)) || (i === 0 && BODY_OPENERS.has(bare(w.text)))));
    return { ...base, kind: 'named', name, ...(role ? { role } : {}), ...(honorific ? { honorific } : {}), organisation };
  }
  let content = core;
  let determiner: Phrase['determiner'] = 'bare';
  if (DETERMINERS.has(lower)) {
    determiner = lower === 'the' ? 'definite' : 'indefinite';
    content = core.slice(1);
  }
  if (!content.length) return base;
  const memberHead = content[1]?.text === 'of' && MEMBER_HEADS.has(bare(content[0]!.text));
  const head = bare(content[memberHead ? 0 : content.length - 1]!.text);
  const singular = head.replace(/s$/, '');
  // `the National Weather Service's office` speaks for the National Weather Service.
  const owner = content.findIndex((w) => isPossessive(w.text) && isCapitalised(w.text));
  if (owner >= 0 && OFFICE_HEADS.has(head) && content.slice(0, owner + 1).every((w) => isCapitalised(w.text))) {
    const name = content.slice(0, owner + 1).map((w) => w.text).join(' ').replace(/['’]s?$/, '');
    return { ...base, kind: 'named', name, organisation: true };
  }
  const organisation = ORG_NOUNS.has(head) || ORG_NOUNS.has(singular) || content.some((w) => ORG_SUFFIXES.has(bare(w.text)) && isCapitalised(w.text) && w === content[content.length - 1]);
  return {
    ...base,
    kind: 'common',
    determiner,
    head,
    core: content.map((w) => w.text).join(' '),
    ...(appositiveRole ? { role: appositiveRole } : {}),
    organisation,
    plural: /s$/.test(head) && !/ss$/.test(head) && !ORG_NOUNS.has(head) && head !== 'police',
  };
}

/** Index in `core` where a personal or organisation name starts, or null when there is none. */
function nameStartIndex(core: Token[]): number | null {
  let k = core.length - 1;
  const last = core[k];
  if (!last || !isCapitalised(last.text) || DETERMINERS.has(bare(last.text))) return null;
  // The last capitalised word always belongs to the name (`John Major`), unless the whole
  // phrase is a title on its own (`the Prime Minister`).
  const lastIsTitle = ROLE_WORDS.has(bare(last.text)) || ORG_NOUNS.has(bare(last.text));
  if (lastIsTitle) {
    const prev = core[k - 1];
    const prevIsName = prev && isCapitalised(prev.text) && !ROLE_WORDS.has(bare(prev.text)) && !ROLE_MODIFIERS.has(bare(prev.text)) && !DETERMINERS.has(bare(prev.text)) && !HONORIFICS.has(prev.text.toLowerCase());
    // (`the National Federation of Hospital Employees`: a body `of` the people it stands for.)
    const bodyOf = core.some((w, i) => i < k - 1 && w.text === 'of' && isCapitalised(core[i - 1]?.text ?? '') && ORG_SUFFIXES.has(bare(core[i - 1]!.text)));
    if (!prevIsName) return (ORG_SUFFIXES.has(bare(last.text)) || bodyOf) && core.length > 1 ? orgStart(core) : null;
  }
  if (ORG_SUFFIXES.has(bare(last.text)) && core.length > 1) return orgStart(core);
  while (k - 1 >= 0) {
    const w = core[k - 1]!;
    const b = bare(w.text);
    if (NAME_PARTICLES.has(w.text)) {
      k--;
      continue;
    }
    // `Bank of Valdoria`, `University of Lagos`: an organisation's noun and `of` open its name.
    if (w.text === 'of' && k >= 2 && isCapitalised(core[k - 2]!.text) && ORG_SUFFIXES.has(bare(core[k - 2]!.text))) {
      k -= 2;
      continue;
    }
    if (w.text === 'the' && core[k - 2]?.text === 'of' && k >= 3 && isCapitalised(core[k - 3]!.text) && ORG_SUFFIXES.has(bare(core[k - 3]!.text))) {
      k -= 3;
      continue;
    }
    // (`Friends of the Fjord`, `Sisters of Mercy`: a plural that opens a body's name, and the name ends there.)
    const opener = w.text === 'of' ? 2 : w.text === 'the' && core[k - 2]?.text === 'of' ? 3 : 0;
    if (opener && k >= opener && isCapitalised(core[k - opener]!.text) && BODY_OPENERS.has(bare(core[k - opener]!.text))) {
      k -= opener;
      break;
    }
    // `Brindley & Hart`, `Procter & Gamble`: two names joined by `&` are one firm's.
    if (w.text === '&' && k >= 2 && isCapitalised(core[k - 2]!.text) && !DETERMINERS.has(bare(core[k - 2]!.text))) {
      k -= 2;
      continue;
    }
    // (`Sri Lanka`: an honorific's word that opens a country's name is no honorific there.)
    const opensPlace = MULTIWORD_PLACES.has(`${w.text} ${core[k]!.text}`.toLowerCase());
    // (`the Col du Galibier`: a title's short form, unstopped, before a particle is a place's first word.)
    if (NAME_PARTICLES.has(core[k]!.text) && w.text.length <= 3 && !w.text.endsWith('.') && TITLE_ABBREVIATIONS[b] !== undefined) {
      k--;
      break;
    }
    // (`Frenchman Théo Marchand`, `Dutchwoman Femke Bol`: who someone is by their country, before their name.)
    const countryman = /(?:man|woman)$/.test(b) && DEMONYMS.has(b);
    if (!isCapitalised(w.text) || ROLE_WORDS.has(b) || (HONORIFICS.has(w.text.toLowerCase()) && !opensPlace) || DETERMINERS.has(b) || isPossessive(w.text) || countryman) break;
    k--;
  }
  // `Minister for National Development Lawrence Teo`: after a title's `for`/`of`, the name starts at its first name.
  if (/^(?:for|of)$/.test(core[k - 1]?.text ?? '') && !FIRST_NAMES(core[k]!.text.toLowerCase())) {
    const given = core.findIndex((w, j) => j > k && j < core.length - 1 && FIRST_NAMES(w.text.toLowerCase()));
    // (`Cabinet Secretary for Education Delyth Prosser`: a first name the list lacks comes after the portfolio's field words.)
    k = given > k ? given : pastPortfolio(core, k);
  }
  // `Minister for Relief and Rehabilitation Nisar Ahmed Soomro`: after the `and` of a title's
  // portfolio, its last words (`Rehabilitation`, `Net Zero`) come before the name.
  if (core[k - 1]?.text === 'and' && core.slice(0, k - 1).some((w) => /^(?:for|of)$/.test(w.text))) {
    k = pastPortfolio(core, k);
  }
  // `Bureau of Health Information`, `Hunter Coast Local Health District`: a generic word alone
  // after capitalised ones (`Health`) ends a body's name, whose words are all its own.
  if (k === core.length - 1 && k > 0 && isCapitalised(core[k - 1]!.text) && !HONORIFICS.has(core[k - 1]!.text.toLowerCase()) && GENERIC_BODY_ENDS.has(bare(core[k]!.text))) return orgStart(core);
  // `Forecaster Tom Hale`: a word before a known first name is a title, not part of the name.
  const first = core[k]?.text.toLowerCase() ?? '';
  const second = core[k + 1]?.text.toLowerCase() ?? '';
  // (`Malcolm George Ardley`: a first name the list lacks is no title: titles name a trade.)
  if (core.length - k >= 3 && !FIRST_NAMES(first) && FIRST_NAMES(second) && (ROLE_WORDS.has(first) || TRADE_ENDING.test(first))) k++;
  return k;
}

/**
 * The title that is the named person's own, out of the words before the name: `A Division
 * Bench of Justice Vasudha Kamath` (a body's members are named after its `of`) and `Justice
 * Vasudha Kamath and Justice Imtiaz Rahman` (a list's last title) give `Justice`.
 */
function ownTitle(roleWords: Token[]): Token[] {
  const titles = (words: Token[]) => words.length > 0 && words.every((w) => ROLE_WORDS.has(bare(w.text)) || HONORIFICS.has(w.text.toLowerCase()));
  const and = roleWords.map((w) => w.text).lastIndexOf('and');
  // (`Minister for Relief and Rehabilitation`, `Deputy Mayor and Councillor`: a portfolio or a second title, not a list of people.)
  if (and > 0 && titles(roleWords.slice(and + 1)) && isCapitalised(roleWords[and - 1]!.text) && !titles(roleWords.slice(and - 1, and))) return ownTitle(roleWords.slice(and + 1));
  const of = roleWords.map((w) => w.text).lastIndexOf('of');
  // (`Ministry of Justice spokesman`, `Bank of England Governor`: more than one title word after it names the body.)
  if (of > 0 && of === roleWords.length - 2 && ORG_SUFFIXES.has(bare(roleWords[of - 1]!.text)) && !ROLE_WORDS.has(bare(roleWords[of - 1]!.text)) && titles(roleWords.slice(of + 1))) return roleWords.slice(of + 1);
  return roleWords;
}

/** Words that end a body's name and name nothing alone (`Information`, `District`). */
const GENERIC_BODY_ENDS = new Set(['information', 'district', 'statistics', 'research', 'health', 'services', 'affairs', 'development', 'management', 'security', 'safety', 'protection', 'planning', 'education', 'transport', 'environment', 'justice', 'finance', 'defence', 'defense', 'energy']);

/** How the name of a trade ends (`Forecaster`, `Councillor`, `Economist`, `Librarian`, `Sergeant`). */
const TRADE_ENDING = /(?:er|or|ist|ian|ant|ent|man|woman)$/;

/** An organisation's name takes every capitalised word before its suffix (`World Health Organization`). */
function orgStart(core: Token[]): number {
  let k = core.length - 1;
  // (`Collectif Usagers du Rail`, `Banca Popolare della Marca`: another language's `of` joins its words too.)
  const abroad = (i: number) => /^(?:du|des|della|delle|dei|degli|de|del|da|di|do|dos|das)$/.test(core[i]!.text) && i >= 1 && isCapitalised(core[i - 1]!.text);
  while (k - 1 >= 0 && (isCapitalised(core[k - 1]!.text) || /^(?:of|for|and|&)$/.test(core[k - 1]!.text) || abroad(k - 1)) && !DETERMINERS.has(bare(core[k - 1]!.text))) k--;
  // (`Operator Yarra Metro Trams`: a kind of business before the name says what it is.)
  if (k === 0 && core.length > 2 && BUSINESS_KINDS.test(core[0]!.text)) k++;
  return k;
}

/**
 * `Tessa Lindqvist of Morrow & Finch`: `of` after a two-word personal name (not a title like
 * `Secretary of State` nor a body like `Bank of England`) joins a person to an organisation.
 */
function personOf(words: Token[], of: number): boolean {
  const before = words[of - 1];
  const first = words[of - 2];
  if (!before || !first || !isCapitalised(first.text)) return false;
  const w = bare(before.text);
  return !ROLE_WORDS.has(w) && !ORG_SUFFIXES.has(w) && !ORG_NOUNS.has(w) && !DETERMINERS.has(bare(first.text)) && !ROLE_WORDS.has(bare(first.text));
}

/** `Leila Morgan of the Port Alder Tenants' Union` → `Port Alder Tenants' Union`. */
function affiliation(words: Token[], cut: number): string | undefined {
  if (cut <= 0 || words[cut]!.text !== 'of') return undefined;
  const rest = words.slice(cut + 1).filter((w, i) => !(i === 0 && bare(w.text) === 'the'));
  return rest.length && rest.every((w) => isCapitalised(w.text) || /^(?:of|and|&)$/.test(w.text)) ? rest.map((w) => w.text).join(' ') : undefined;
}

function roleFromAppositive(words: Token[]): string | undefined {
  let content = DETERMINERS.has(bare(words[0]?.text ?? '')) ? words.slice(1) : words;
  // `an epidemiologist at Imperial College London who was not involved`: the role, not the clause.
  const clause = content.findIndex((w) => /^(?:who|which|that|whose|where|when)$/i.test(w.text) || w.type !== 'word');
  if (clause > 0) content = content.slice(0, clause);
  const role = content.map((w) => w.text).join(' ');
  return role || undefined;
}

/**
 * `director of rugby Mark Ellery`, `head of research Ana Ruiz`: a title with its `of`
 * complement written before the name, with no commas. The name is the person; the whole
 * title is the role. `the mayor of Springfield` (a place right after `of`) is not this.
 */
function titleOfBeforeName(words: Token[]): Pick<Phrase, 'kind' | 'name' | 'role'> | null {
  const of = words.findIndex((w, i) => i > 0 && w.text === 'of');
  if (of < 0 || !ROLE_WORDS.has(bare(words[of - 1]!.text))) return null;
  let k = of + 1;
  while (k < words.length && /^\p{Ll}/u.test(words[k]!.text) && !DETERMINERS.has(bare(words[k]!.text)) && !PREPOSITIONS.test(words[k]!.text)) k++;
  // (`Member of parliament Joris Meijer of GroenLinks-PvdA`: the name ends where a lower-case word starts where the person is from.)
  const after = words.findIndex((w, i) => i > k && /^\p{Ll}/u.test(w.text));
  const nameWords = words.slice(k, after > 0 ? after : words.length);
  // `head of research at Meridian Securities`: a preposition (or an organisation's name) means where, not who.
  if (k === of + 1 || nameWords.length < 2 || !isCapitalised(nameWords[0]!.text) || nameStartIndex(nameWords) !== 0 || ORG_SUFFIXES.has(bare(nameWords[nameWords.length - 1]!.text))) return null;
  let roleWords = words.slice(0, k);
  while (roleWords.length && DETERMINERS.has(bare(roleWords[0]!.text))) roleWords = roleWords.slice(1);
  return { kind: 'named', name: nameWords.map((w) => w.text).join(' ').replace(/['’]s?$/, ''), role: roleWords.map((w) => w.text).join(' ') };
}
const PREPOSITIONS = /^(?:at|in|for|with|on|from|to|by|of|and)$/;
