/** Name folding, titles, gender and mention positions: the small facts the entity registry reasons with. */
import type { Phrase } from './describe.js';
import { plainLetters } from '../article/letters.js';
import { FEMALE_NAMES, HONORIFICS, MALE_NAMES } from './lexicon.js';
import type { Entity, SpeakerRef } from './types.js';

export type Gender = 'male' | 'female' | '';

/** Titles printed short, with their full form (`Gov.` → `governor`). */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', lt: 'lieutenant', col: 'colonel',
  sgt: 'sergeant', supt: 'superintendent', insp: 'inspector', det: 'detective', prof: 'professor', dr: 'doctor',
  pres: 'president', amb: 'ambassador', capt: 'captain', cllr: 'councillor', coun: 'councillor', cmdr: 'commander', adm: 'admiral',
  maj: 'major', atty: 'attorney', supt_: 'superintendent', ceo: 'chief executive', cfo: 'chief financial officer',
  coo: 'chief operating officer', cto: 'chief technology officer', pm: 'prime minister', mp: 'member of parliament',
  cj: 'chief justice', brig: 'brigadier', dpp: 'director of public prosecutions', igp: 'inspector general of police',
};

export function expandTitles(role: string): string {
  const known = expanded.get(role);
  if (known !== undefined) return known;
  const value = /\b[A-Za-z]{2,5}\b/.test(role) ? role.replace(/\b([A-Za-z]+)\.?(?=\s|$)/g, (m, w: string) => TITLE_ABBREVIATIONS[w.toLowerCase()] ?? m) : role;
  if (expanded.size > MEMO_LIMIT) expanded.clear();
  expanded.set(role, value);
  return value;
}
const expanded = new Map<string, string>();

export function firstMention(entity: Entity): number {
  return entity.mentions.reduce((min, m) => Math.min(min, m.start), Infinity);
}

export function lastMention(entity: Entity, before: number): number {
  let at = -1;
  for (const m of entity.mentions) if (m.start < before && m.start > at) at = m.start;
  return at;
}

const FEMALE_ROLE = /\b(?:spokeswoman|chairwoman|congresswoman|councilwoman|policewoman|businesswoman|queen|princess|mother|wife|daughter|sister|woman|girl)\b/;
const MALE_ROLE = /\b(?:spokesman|chairman|congressman|councilman|policeman|businessman|king|prince|father|husband|son|brother|man|boy)\b/;
/** Where the words that place or qualify a role begin (`... travelling to visit his mother`, `... of his late wife`). */
const ROLE_QUALIFIER = /\s(?:\p{L}+ing|who|whose|with|to|for|at|in|from|of\s+(?:his|her|their))\s.*$/u;

/** An East Asian name written family name first: a short family name, then a hyphenated given name (`Kuo Ming-te`). */
export const FAMILY_NAME_FIRST = /^\p{Lu}\p{Ll}{1,4} \p{Lu}\p{Ll}+-\p{Ll}+$/u;

export function genderOf(phrase: Phrase): Gender {
  // (`Professor Eleanor Whitby`: a title that tells no gender leaves it to the first name.)
  const titled = phrase.honorific ? HONORIFICS.get(phrase.honorific.toLowerCase()) ?? '' : '';
  if (titled) return titled;
  const first = phrase.name?.split(' ')[0]?.toLowerCase();
  // (`Kim Tae-yang`: a family name first says nothing of gender, whatever English name it looks like.)
  if (phrase.kind === 'named' && first && phrase.name!.includes(' ') && !FAMILY_NAME_FIRST.test(phrase.name!)) {
    if (FEMALE_NAMES.has(first)) return 'female';
    if (MALE_NAMES.has(first)) return 'male';
  }
  // (`a farmer travelling to visit his mother`: what the person is comes before the words that
  // place or qualify them; the mother is someone else.)
  const role = `${phrase.role ?? ''} ${phrase.core ?? ''}`.toLowerCase();
  const own = role.split(ROLE_QUALIFIER).join(' ');
  if (FEMALE_ROLE.test(own)) return 'female';
  if (MALE_ROLE.test(own)) return 'male';
  return '';
}

/** `the city's mayor` → `city's mayor`; role text without determiners and trailing commas. */
export function cleanRole(role: string): string {
  return role.replace(/^(?:the|a|an)\s+/i, '').replace(/[,;]+$/, '').trim();
}

const normalised = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** Folds a name for comparison: no diacritics, case, possessive or punctuation. Memoised: names repeat. */
export function normalise(s: string): string {
  const known = normalised.get(s);
  if (known !== undefined) return known;
  if (normalised.size > MEMO_LIMIT) normalised.clear();
  const value = fold(s);
  normalised.set(s, value);
  return value;
}

function fold(s: string): string {
  return plainLetters(s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase())
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function containsWords(hay: string, words: string[]): boolean {
  const have = new Set(hay.split(/[\s|]+/));
  return words.length > 0 && words.every((w) => have.has(w));
}

/** Role words that mean the same post, folded to one (`attorney` → `lawyer`). */
const ROLE_EQUIVALENTS: Record<string, string> = {
  attorney: 'lawyer', counsel: 'lawyer', solicitor: 'lawyer', barrister: 'lawyer', lawyers: 'lawyer', attorneys: 'lawyer',
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', spokespeople: 'spokesperson',
  physician: 'doctor', medic: 'doctor', chairman: 'chair', chairwoman: 'chair', chairperson: 'chair',
  councilor: 'councillor', councilman: 'councillor', councilwoman: 'councillor', boss: 'chief', head: 'chief',
  justice: 'judge', magistrate: 'judge',
};

export function sameRole(word: string): string {
  return ROLE_EQUIVALENTS[word] ?? word;
}

/** An entity as the contract names a speaker: name, and role when known. */
export function speakerRefOf(entity: Entity): SpeakerRef {
  return entity.role ? { name: entity.name, role: entity.role } : { name: entity.name };
}
