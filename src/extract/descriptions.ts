/** How descriptions refer to people and organisations: the word lists and tests the registry uses. */
import { FEMALE_NAMES, MALE_NAMES } from './lexicon.js';
import type { Phrase } from './describe.js';

/** `the firm said`: generic words for a company that refer back to the latest one named. */
export const GENERIC_ORG_HEADS = new Set(['company', 'firm', 'group', 'business', 'carmaker', 'automaker', 'airline', 'carrier', 'retailer', 'lender', 'bank', 'insurer', 'startup', 'manufacturer', 'maker', 'giant', 'conglomerate', 'club', 'team', 'side', 'organisation', 'organization', 'charity', 'network', 'broadcaster', 'developer', 'publisher', 'studio', 'supplier', 'operator', 'utility', 'chain', 'brand', 'outlet', 'newspaper', 'agency', 'union', 'regulator', 'watchdog']);
/** Heads that stand only for a body whose own name says it (`Liga Nusantara` for `the league`), never for another body that spoke. */
export const NAMED_ONLY_HEADS = new Set(['league', 'federation', 'association']);

/**
 * A single capitalised word nobody introduced (`Hamas said`) is more often an organisation
 * than a person: news stories give a person's full name or title on first mention.
 */
export function loneName(phrase: Phrase): boolean {
  if (phrase.kind !== 'named' || phrase.honorific || phrase.role) return false;
  return !phrase.name!.includes(' ') && !FEMALE_NAMES.has(phrase.name!.toLowerCase()) && !MALE_NAMES.has(phrase.name!.toLowerCase());
}

export const SPOKES = /^spokes(?:person|man|woman|people|men|women)$/;
export const STAFF = /^(?:strategists|analysts|economists|researchers|scientists|officials|executives|engineers|lawyers|spokespeople)$/;
/** Heads that say only that someone holds some post (`the UN official`). */
export const GENERIC_PERSON_HEADS = new Set(['official', 'officer', 'representative', 'executive', 'diplomat', 'source', 'envoy', 'leader', 'chief', 'boss', 'manager', 'coach']);

/** How close a role must follow a name to describe it. */
export const JUST_INTRODUCED_CHARS = 200;
/** How far back an epithet may reach for the person it stands for. */
export const EPITHET_CHARS = 600;
const EPITHETS = new Set(['boss', 'manager', 'coach', 'veteran', 'youngster', 'striker', 'midfielder', 'defender', 'forward', 'goalkeeper', 'keeper', 'captain', 'skipper', 'star', 'champion', 'winner', 'newcomer', 'rookie', 'teenager', 'pensioner', 'singer', 'actor', 'actress', 'novelist', 'writer', 'director', 'chef', 'founder', 'entrepreneur', 'billionaire', 'tycoon', 'musician', 'artist', 'player', 'former',
  // (Positions and sports, which match reports use for the player who just spoke: `the lock said`, `the paceman added`.)
  'lock', 'prop', 'hooker', 'flanker', 'winger', 'fly-half', 'scrum-half', 'full-back', 'fullback', 'centre-back', 'wing-back', 'playmaker', 'quarterback',
  'pitcher', 'batsman', 'batter', 'bowler', 'paceman', 'spinner', 'seamer', 'opener', 'all-rounder', 'wicketkeeper', 'goalie', 'netminder', 'defenceman',
  'sprinter', 'runner', 'marathoner', 'cyclist', 'rider', 'driver', 'swimmer', 'golfer', 'boxer', 'fighter', 'wrestler', 'jockey', 'skier', 'debutant',
  'right-hander', 'left-hander', 'olympian']);

/** A description opening on a post held before (`the former chief midwife`). */
const PAST_POST = /^(?:former|retired|ex-\S+|onetime|one-time)\s/i;

/** `the Portuguese`, `the boss`, `the 34-year-old`: words that rename a person already in the story. */
export function isEpithet(phrase: Phrase): boolean {
  const head = phrase.head ?? '';
  // (`the 34-year-old farmer`: an age says it is someone the story has met.)
  // (`the former chief midwife`, `the retired judge`: a past post says who the story already knows.)
  return EPITHETS.has(head) || PAST_POST.test(phrase.core ?? '') || /^\p{Lu}[\p{L}]+(?:ese|ian|an|ish|i|er)$/u.test(phrase.core ?? '') || /^\d+-year-old$/.test(head) || /(?:^|\s)\d+-year-old\s/.test(phrase.core ?? '');
}

