import type { Span } from '../article/types.js';
import {
  EPITHET_CHARS,
  GENERIC_ORG_HEADS,
  NAMED_ONLY_HEADS,
  GENERIC_PERSON_HEADS,
  isEpithet,
  JUST_INTRODUCED_CHARS,
  loneName,
  SPOKES,
  STAFF,
} from './descriptions.js';
import { descriptionHead } from './describe.js';
import { DEMONYMS, FEMALE_PRONOUNS, HONORIFICS, MALE_PRONOUNS, ROLE_WORDS, WEATHER } from './lexicon.js';
import { cleanRole, containsWords, expandTitles, FAMILY_NAME_FIRST, firstMention, genderOf, lastMention, normalise, sameRole, TITLE_ABBREVIATIONS, type Gender } from './names.js';

export { expandTitles, normalise, type Gender } from './names.js';
import { DOCUMENT_HEADS, type Phrase } from './phrases.js';
import type { Entity, EntityKind } from './types.js';

/** Generic heads by the family of body they name: `the union` is never what the story calls a supermarket chain. */
const ORG_FAMILIES: readonly (readonly string[])[] = [
  ['company', 'firm', 'business', 'carmaker', 'automaker', 'airline', 'carrier', 'retailer', 'lender', 'bank', 'insurer', 'startup', 'manufacturer', 'maker', 'giant', 'conglomerate', 'developer', 'publisher', 'studio', 'supplier', 'operator', 'utility', 'chain', 'brand', 'broadcaster', 'network', 'newspaper', 'outlet'],
  ['union', 'federation', 'confederation', 'guild'],
  ['charity'],
  ['club', 'team', 'side'],
  // (`the company said` is never the Food and Drug Administration named with it.)
  ['ministry', 'department', 'agency', 'administration', 'authority', 'commission', 'regulator', 'watchdog', 'council', 'court', 'police', 'government', 'inspectorate', 'bureau'],
];
const familyOf = (head: string) => ORG_FAMILIES.findIndex((f) => f.includes(head));
/** Role heads that make a name a business, not a person. */
/** A body's head word as other languages write it first in its name. */
const HEADS_ABROAD: Record<string, string[]> = { league: ['liga', 'lega', 'ligue'], federation: ['federacion', 'federacao', 'federazione'], association: ['asociacion', 'associacao', 'associazione'] };
const BUSINESS_HEADS = new Set([...GENERIC_ORG_HEADS, 'app', 'platform', 'website', 'marketplace', 'exchange', 'fund', 'bank', 'insurer', 'lender']);




interface EntityRecord {
  entity: Entity;
  gender: Gender;
  /** Named without anything to say it is a person; not offered to pronouns until it speaks. */
  tentative: boolean;
  /** The text once said it is a person (`an operator who ...`), whatever its role sounds like. */
  human?: boolean;
  /** A body that last spoke through a spokeswoman or spokesman: who `she`/`he` may be in that paragraph. */
  spokes?: { gender: Gender; at: number };
}

/**
 * The people, organisations and unnamed sources of one article, and the rules that tie a
 * phrase (`Blinken`, `Mr Chen`, `the official`, `she`) to one of them. Mentions are added in
 * article order; every look-up takes the offset it is made from, so that only what the reader
 * has already seen can be referred to.
 */
export class EntityRegistry {
  private readonly records: EntityRecord[] = [];
  private created = 0;
  /** Start of the paragraph being read, for pronouns that refer within it. */
  paragraphStart = 0;

  get entities(): Entity[] {
    return this.records.map((r) => (r.gender ? { ...r.entity, gender: r.gender } : r.entity));
  }

  /** Whom `his`/`her` (the latest man/woman named) or `its`/`their` (the latest organisation) refers to. */
  latestOwner(pronoun: string, before: number): Entity | null {
    const organisation = pronoun === 'its' || pronoun === 'their';
    const gender: Gender = pronoun === 'his' ? 'male' : pronoun === 'her' ? 'female' : '';
    const fits = (r: EntityRecord) => !r.tentative && !r.entity.anonymous && (organisation ? r.entity.kind === 'organisation' : r.entity.kind === 'person' && (r.gender === '' || r.gender === gender));
    const found = this.latest(this.records.filter(fits), before);
    return found && lastMention(found.entity, before) >= 0 ? found.entity : null;
  }

  /**
   * The organisation or person a short description stands for (`ministry` → `Gaza health
   * ministry`, `Acme` → `Acme Corp`), without creating one; null when none fits.
   */
  known(description: string, before: number): Entity | null;
  known(phrase: Phrase, before: number): Entity | null;
  known(what: Phrase | string, before: number): Entity | null {
    if (typeof what === 'string') {
      const words = what.trim().split(/\s+/);
      const head = words[words.length - 1]!.toLowerCase();
      const definite: Phrase = { start: before, end: before, text: `the ${what}`, kind: 'common', determiner: 'definite', head, core: what, organisation: false, plural: false };
      const named: Phrase = { start: before, end: before, text: what, kind: 'named', name: what, organisation: false, plural: false };
      return /^\p{Lu}/u.test(what) ? this.byName(named, before)?.entity ?? null : this.byDescription(definite, before)?.entity ?? null;
    }
    return this.knownName(what, before);
  }

  /** The entity a name already stands for, without creating one. */
  private knownName(phrase: Phrase, before: number): Entity | null {
    if (phrase.kind !== 'named') return null;
    return this.byName(phrase, before)?.entity ?? null;
  }

  /** Adds a mention of a named or described entity, creating the entity the first time. */
  mention(phrase: Phrase, kind: EntityKind, at: Span, tentative = false): Entity | null {
    if (phrase.kind === 'pronoun') return null;
    // (`Sixteen-year-old Ellie Marsh stunned ...`: an age before a name, however the phrase was read, is no part of it.)
    if (phrase.kind === 'named' && phrase.name && AGE_BEFORE_NAME.test(phrase.name)) phrase = { ...phrase, name: phrase.name.replace(AGE_BEFORE_NAME, '') };
    const found = phrase.kind === 'named' ? this.byName(phrase, at.start) : this.byDescription(phrase, at.start);
    if (found) {
      this.enrich(found, phrase, at);
      if (!tentative) found.tentative = false;
      return found.entity;
    }
    return this.create(phrase, kind, at, tentative).entity;
  }

  /**
   * The entity a speaker phrase refers to. Pronouns go to the latest earlier speaker they
   * can stand for; `the official` to the latest entity with that role; names to the entity
   * of that name (the latest one when two share a surname and nothing else tells them apart).
   */
  resolve(phrase: Phrase, at: Span, speakers: readonly Entity[]): Entity | null {
    if (phrase.kind === 'pronoun') return this.byPronoun(phrase.pronoun!, at.start, speakers);
    if (phrase.kind === 'named' && WEATHER.test(phrase.name!.split(' ')[0]!)) return null;
    const forOrg = this.spokespersonOf(phrase, at, speakers);
    if (forOrg) return forOrg;
    // `"...," the statement said`: a document speaks for whoever just issued it.
    if (phrase.kind === 'common' && phrase.determiner === 'definite' && DOCUMENT_HEADS.has(phrase.head ?? '')) {
      const author = speakers[speakers.length - 1];
      return author && at.start - lastMention(author, at.start) <= DOCUMENT_REACH ? author : null;
    }
    if (phrase.kind === 'common' && phrase.determiner === 'definite') {
      const found = this.byDescription(phrase, at.start, speakers) ?? this.justIntroduced(phrase, at.start, speakers);
      if (found) {
        this.enrich(found, phrase, at, false);
        return found.entity;
      }
    }
    // `"It just snapped," the Swede said`: a nationality no one was given stands for the person just speaking.
    if (phrase.kind === 'common' && phrase.determiner === 'definite' && DEMONYMS.has(phrase.head ?? '')) return this.byPronoun('i', at.start, speakers);
    const kind: EntityKind = phrase.organisation || loneName(phrase) ? 'organisation' : phrase.plural ? 'group' : 'person';
    const entity = this.mention(phrase, kind, at);
    // Whoever speaks is a speaker for sure, whatever the first pass thought.
    const record = this.records.find((r) => r.entity === entity);
    if (record) record.tentative = false;
    return entity;
  }

  private byName(phrase: Phrase, before: number): EntityRecord | null {
    const name = normalise(phrase.name!);
    const wantedGender = phrase.honorific ? HONORIFICS.get(phrase.honorific.toLowerCase()) ?? '' : '';
    // `Ms Shaw` and `Mr Shaw` are two people even when the article never gives their first names.
    const exact = this.records.filter((r) => (normalise(r.entity.name) === name || r.entity.aliases.some((a) => normalise(a) === name && a.includes(' '))) && (!wantedGender || !r.gender || r.gender === wantedGender));
    if (exact.length) return this.latest(exact, before);
    const words = name.split(' ');
    // (`World Rugby` is not the `Rugby World Cup`: a name of several words keeps their order.)
    let candidates = this.records.filter((r) => r.entity.kind !== 'place' && containsWords(normalise(r.entity.name), words) && (words.length < 2 || inOrder(normalise(r.entity.name).split(' '), words)));
    // `Lattimore` is Gregory Lattimore, whose surname it is, before Lattimore Wealth Partners.
    const bySurnameOnly = candidates.filter((r) => normalise(r.entity.name).endsWith(` ${name}`));
    if (words.length === 1 && bySurnameOnly.length && bySurnameOnly.length < candidates.length) candidates = bySurnameOnly;
    // `Malcolm George Ardley` is Malcolm Ardley, with his middle name.
    if (!candidates.length && words.length >= 3) candidates = this.records.filter((r) => r.entity.kind === 'person' && normalise(r.entity.name) === `${words[0]} ${words[words.length - 1]}`);
    if (!candidates.length) candidates = this.records.filter((r) => r.entity.aliases.some((a) => normalise(a) === name));
    const wanted = phrase.honorific ? HONORIFICS.get(phrase.honorific.toLowerCase()) ?? '' : '';
    if (wanted) candidates = candidates.filter((r) => r.gender === '' || r.gender === wanted);
    // Two people share the surname and nothing tells them apart: a bare surname means the one
    // the story introduced first (writers name the second one in full each time).
    if (candidates.length > 1 && words.length === 1 && !wanted) {
      const bySurname = candidates.filter((r) => r.entity.kind === 'person' && normalise(r.entity.name).endsWith(` ${name}`));
      if (bySurname.length > 1) {
        // ...unless the other was just named in full (`Tyler Harlan's mother, Denise Harlan, sat ...
        // "...," Harlan said`): the one the reader has just met.
        const latest = bySurname.reduce((a, b) => (lastMention(a.entity, before) >= lastMention(b.entity, before) ? a : b));
        if (before - lastMention(latest.entity, before) <= JUST_NAMED) return latest;
        return bySurname.reduce((a, b) => (firstMention(a.entity) <= firstMention(b.entity) ? a : b));
      }
    }
    return this.latest(candidates, before);
  }

  /** `the official`, `the ministry`, `the Egyptian official`: the latest entity that fits. */
  private byDescription(phrase: Phrase, before: number, speakers: readonly Entity[] = []): EntityRecord | null {
    const head = phrase.head;
    if (!head) return null;
    const core = normalise(phrase.core ?? head);
    // `the suspect's lawyer`: a possessive says whose, not what; role words are compared by meaning.
    const relational = (phrase.core ?? '').split(' ').filter((w) => /['’]s?$/.test(w) && w.length > 2).map(normalise);
    // `the UN official` for `the UN's humanitarian coordinator`: a generic head only needs its modifiers to fit.
    const words = core.split(' ').filter((w) => !relational.includes(w)).map(sameRole);
    const generic = GENERIC_PERSON_HEADS.has(head) && words.length > 1;
    const fits = (r: EntityRecord) => {
      const e = r.entity;
      // (`the teachers said` are teachers, not the Teachers Service Commission: a plural names a body only by its last word.)
      if (phrase.plural && e.kind === 'organisation' && normalise(e.name).split(' ').pop() !== head && !e.aliases.some((a) => normalise(a) === core)) return false;
      const hay = [e.name, e.role ?? '', ...e.aliases].map((x) => normalise(expandTitles(x)).split(' ').map(sameRole).join(' ')).join(' | ');
      if (phrase.determiner === 'definite' && containsWords(hay, words)) return true;
      if (phrase.determiner === 'definite' && generic && e.kind === 'person' && !e.anonymous && e.role && containsWords(hay, words.slice(0, -1))) return true;
      // (`A member of the pacing team, who asked not to be named, ...` then `"...," the pacer said`: the doer of what the unnamed one's team does.)
      if (phrase.determiner === 'definite' && words.length === 1 && e.anonymous && e.kind === 'person' && normalise(e.name).split(' ').some((w) => doerOf(w) === head)) return true;
      return normalise(e.name) === core;
    };
    // `The GMB union said`: a body the phrase names itself (capitalised before its generic head) is that body, or a new one.
    const proper = (phrase.core ?? '').split(' ').slice(0, -1).filter((w) => /^\p{Lu}/u.test(w));
    if (GENERIC_ORG_HEADS.has(head) && proper.length) {
      const wanted = proper.map((w) => normalise(w));
      return this.latest(this.records.filter((r) => r.entity.kind === 'organisation' && containsWords(normalise(r.entity.name), wanted)), before);
    }
    if (NAMED_ONLY_HEADS.has(head) && phrase.determiner === 'definite') {
      // (`the league said`: Liga Nusantara, whose name says league in its own language; no club that spoke before.)
      const words = new Set([head, ...(HEADS_ABROAD[head] ?? [])]);
      const named = this.latest(this.records.filter((r) => r.entity.kind === 'organisation' && !r.entity.anonymous && normalise(r.entity.name).split(' ').some((w) => words.has(w))), before);
      if (named) return named;
    } else if (GENERIC_ORG_HEADS.has(head) && phrase.determiner === 'definite') {
      // `the agency said`: the body whose very name says it is one (the Japan Tourism Agency, not the tourism organization that spoke before).
      const named = this.latest(this.records.filter((r) => r.entity.kind === 'organisation' && !r.entity.anonymous && normalise(r.entity.name).split(' ').includes(head)), before);
      // (`Consumer advocacy group Fair Basket questioned ... "...," the group said`: a body the story
      // has just called a group is the group, over Freshway Group named before it.)
      const introduced = this.latest(this.records.filter((r) => r.entity.kind === 'organisation' && !r.entity.anonymous && normalise(r.entity.role ?? '').split(' ').pop() === head), before);
      if (introduced && named && lastMention(introduced.entity, before) > lastMention(named.entity, before)) return introduced;
      // (`The Panhellenic Federation of Public Hospital Employees blamed understaffing. In a statement,
      // the union said`: a body of that kind just named in this paragraph, over the European Union met before.)
      const kindHere = familyOf(head) >= 0 ? this.latest(this.records.filter((r) => r.entity.kind === 'organisation' && !r.entity.anonymous && lastMention(r.entity, before) >= this.paragraphStart && normalise(r.entity.name).split(' ').some((w) => familyOf(w) === familyOf(head))), before) : null;
      if (kindHere && named && kindHere !== named && lastMention(named.entity, before) < this.paragraphStart) return kindHere;
      if (named) return named;
      // `the company said`: the body the story already calls `the company`, when only one is.
      const called = this.records.filter((r) => r.entity.kind === 'organisation' && !r.entity.anonymous && r.entity.aliases.includes(head) && (r.entity.role ?? '').toLowerCase() !== head && lastMention(r.entity, before) >= 0);
      if (called.length === 1) return called[0]!;
      // (`the union` is no body the story calls a supermarket chain.)
      const asked = familyOf(head);
      const otherKind = (e: Entity) => {
        // (A body with no role is known by its name's last word: `Food and Drug Administration`.)
        const byRole = familyOf(normalise(e.role ?? '').split(' ').pop() ?? '');
        const family = byRole >= 0 ? byRole : familyOf(normalise(e.name).split(' ').pop() ?? '');
        return asked >= 0 && family >= 0 && family !== asked;
      };
      // `the group said`: the organisation that spoke last, else the one named last.
      const recent = speakers.slice(-3).reverse().find((e) => e.kind === 'organisation' && !e.anonymous && !otherKind(e));
      if (recent) return this.records.find((r) => r.entity === recent) ?? null;
      // Else the organisation the story is about: the one it names most often so far.
      const orgs = this.records.filter((r) => r.entity.kind === 'organisation' && !r.entity.anonymous && !otherKind(r.entity) && lastMention(r.entity, before) >= 0);
      const count = (r: EntityRecord) => r.entity.mentions.filter((m) => m.start < before).length;
      const main = orgs.reduce<EntityRecord | null>((best, r) => (!best || count(r) > count(best) || (count(r) === count(best) && lastMention(r.entity, before) > lastMention(best.entity, before)) ? r : best), null);
      if (main) return main;
    }
    const spoken = [...speakers].reverse().map((e) => this.records.find((r) => r.entity === e)!).find((r) => r && fits(r));
    // (`"...," the rider said`, two paragraphs before `Belgian rider Jens Claes` is named: not him;
    // `The city's mayor, Ignacio Bermúdez, said`: the name in apposition is.)
    const mentioned = this.latest(this.records.filter((r) => fits(r) && (lastMention(r.entity, before) >= 0 || firstMention(r.entity) - before <= APPOSITION_CHARS)), before);
    // (`A Missions player who spoke on condition of anonymity questioned ... Ortega ... "...," the
    // player said`: the unnamed source brought in as `a player` in this very paragraph, not the
    // named one mentioned since whose title holds the word.)
    const introducedHere = spoken?.entity.anonymous === true && lastMention(spoken.entity, before) >= this.paragraphStart && descriptionHead(spoken.entity.name) === head;
    if (spoken && mentioned) return introducedHere || lastMention(spoken.entity, before) >= lastMention(mentioned.entity, before) ? spoken : mentioned;
    return spoken ?? mentioned;
  }

  /**
   * `A Department of Health spokesperson said`, `a company spokesperson said`, `a spokesman for
   * the ministry said`: an unnamed spokesperson speaks for the organisation, which is the speaker.
   */
  private spokespersonOf(phrase: Phrase, at: Span, speakers: readonly Entity[]): Entity | null {
    if (phrase.kind !== 'common' || !phrase.head) return null;
    // `Strategists at Goldman Sachs Group Inc. wrote`: a firm's analysts speak for the firm.
    const staff = STAFF.test(phrase.head) ? /\b(?:at|from|with)\s+(\p{Lu}.+)$/u.exec(phrase.text) : null;
    if (!SPOKES.test(phrase.head) && !staff) return null;
    const m = staff ?? /\bspokes\w*\s+for\s+(.+)$/i.exec(phrase.text) ?? /^(?:(?:a|an|the)\s+)?(.+?)(?:['’]s)?\s+spokes\w*$/i.exec(phrase.text);
    if (!m) return null;
    const words = m[1]!.trim();
    // `Marcus Delorme, a fire information officer, said ... "...," the spokesperson said`: the one whose post is to speak.
    if (/^the$/i.test(words) && SPOKES.test(phrase.head)) return this.recentSpokesperson(at.start, speakers, phrase.head);
    if (/^(?:a|an|the|one|another)$/i.test(words)) return null;
    // `A district spokeswoman said`: the body named by that word, when the story has one (the Hunter Coast Local Health District).
    const named = /^\p{Ll}+$/u.test(words) ? this.latest(this.records.filter((r) => r.entity.kind === 'organisation' && !r.entity.anonymous && normalise(r.entity.name).split(' ').includes(words)), at.start) : null;
    if (named) return this.speaksThrough(named, phrase.head, at);
    const org: Phrase = /^(?:the\s+)?(?:company|firm|group|ministry|department|government|council|agency|club|team|party|police|airline|carrier|operator|bank)$/i.test(words)
      ? { ...phrase, kind: 'common', determiner: 'definite', head: words.replace(/^the\s+/i, '').toLowerCase(), core: words.replace(/^the\s+/i, ''), organisation: true }
      : /^\p{Lu}/u.test(words)
        ? { ...phrase, kind: 'named', name: words, organisation: true }
        : { ...phrase, kind: 'common', determiner: 'indefinite', head: words.split(' ').pop()!, core: words, organisation: true };
    // `a spokesman for the trust`: a definite description names an organisation met before, when there is one.
    const definite: Phrase | null = org.kind === 'common' && /^the\s+\S/i.test(words) ? { ...org, determiner: 'definite', core: words.replace(/^the\s+/i, '') } : null;
    const known = definite && org.determiner !== 'definite' ? this.byDescription(definite, at.start, speakers)?.entity : undefined;
    const entity = known ?? (org.kind === 'common' && org.determiner === 'definite' ? this.byDescription(org, at.start, speakers)?.entity ?? null : this.mention(org, 'organisation', at));
    const record = this.records.find((r) => r.entity === entity);
    if (!record) return null;
    return this.speaksThrough(record, phrase.head, at);
  }

  /** A body speaks through its unnamed spokesperson, who is `she` or `he` for the rest of the paragraph. */
  private speaksThrough(record: EntityRecord, head: string, at: Span): Entity {
    record.tentative = false;
    if (!record.entity.aliases.includes(head)) record.entity.aliases.push(head);
    const gender: Gender = /woman$/i.test(head) ? 'female' : /man$/i.test(head) ? 'male' : '';
    if (gender && record.entity.kind === 'organisation') record.spokes = { gender, at: at.start };
    return record.entity;
  }

  /**
   * The latest to speak, not long ago, through a spokesperson: a person whose role is to speak
   * for a body (`information officer`, `press secretary`), or a body whose unnamed `spokesman` spoke.
   */
  private recentSpokesperson(before: number, speakers: readonly Entity[], head: string): Entity | null {
    for (let i = speakers.length - 1; i >= Math.max(0, speakers.length - 6); i--) {
      const e = speakers[i]!;
      if (before - lastMention(e, before) > EPITHET_CHARS) continue;
      if (e.kind === 'person' && !e.anonymous && SPEAKING_ROLE.test(e.role ?? '')) return e;
      if (e.kind === 'organisation' && e.aliases.includes(head)) return e;
    }
    return null;
  }

  /**
   * `Sorensen was less impressed. The Cascadia captain says ...`: a role nobody in the story
   * holds yet, right after a named person without a role, describes that person.
   */
  private justIntroduced(phrase: Phrase, before: number, speakers: readonly Entity[]): EntityRecord | null {
    if (phrase.organisation || phrase.plural || !phrase.core) return null;
    const spoke = speakers[speakers.length - 1];
    // `A municipal disaster officer, who asked not to be named, said ... "...," the official said`:
    // a bare generic post is the unnamed source who has the floor, not a new one.
    // (`A member of the committee, who asked not to be named, said ... "...," the person said`: `person` fits anyone.)
    // (`A member of the board who asked not to be named said ... "...," the trustee said`: a post no
    // one in the story holds, said in the very paragraph an unnamed source has the floor, is theirs.)
    const spokeHead = spoke ? descriptionHead(spoke.name) : '';
    const unheldHere = spoke !== undefined && !phrase.plural && lastMention(spoke, before) >= this.paragraphStart;
    // (`A senior figure in the party who asked not to be named said ... "...," the party figure said`: the same post, told more of.)
    const samePost = unheldHere && phrase.head === spokeHead;
    if (spoke?.kind === 'person' && spoke.anonymous && (samePost || (phrase.core === phrase.head && (ANYONE.has(phrase.head) || (GENERIC_PERSON_HEADS.has(phrase.head) && GENERIC_PERSON_HEADS.has(spokeHead)) || unheldHere)))) {
      const record = this.records.find((r) => r.entity === spoke);
      if (record && before - lastMention(spoke, before) <= EPITHET_CHARS) return record;
    }
    // (`Halima walked six days ... "We waited," the 34-year-old farmer said`: an age describes
    // the person just met, whether or not they have spoken yet.)
    const met = /(?:^|\s)\d+-year-old\b/.test(phrase.core) ? this.latest(this.records.filter((r) => r.entity.kind === 'person' && !r.entity.anonymous && !r.tentative), before)?.entity : undefined;
    // (`Hokutoryu pulled off an upset, throwing yokozuna Terunoyama. / The 24-year-old became ...`:
    // a description opening a paragraph takes up whom the story is about, not the last name in passing.)
    const opensParagraph = phrase.start === this.paragraphStart;
    const last = spoke && spoke.kind === 'person' && !spoke.anonymous && (!met || opensParagraph || lastMention(spoke, before) >= lastMention(met, before)) ? spoke : met;
    if (!last || last.kind !== 'person' || last.anonymous) return null;
    const distance = before - lastMention(last, before);
    const record = this.records.find((r) => r.entity === last) ?? null;
    if (!record) return null;
    // (`The coastguard said`: a noun no list knows is no post to give the person just named.)
    if (!last.role && distance <= JUST_INTRODUCED_CHARS && !phrase.unlisted) {
      record.entity.role = phrase.core;
      return record;
    }
    // `"...," the Portuguese said`, `the boss added`, `the 34-year-old said`: an epithet for the
    // person who has the floor, as sports and feature writers use them.
    return distance <= EPITHET_CHARS && isEpithet(phrase) ? record : null;
  }

  private byPronoun(pronoun: string, before: number, speakers: readonly Entity[]): Entity | null {
    const gender: Gender = MALE_PRONOUNS.has(pronoun) ? 'male' : FEMALE_PRONOUNS.has(pronoun) ? 'female' : '';
    const personal = gender !== '' || pronoun === 'i';
    // (`A university spokeswoman said ... '...,' she said`: she speaks for the university.)
    const spokenFor = (e: Entity) => {
      const s = this.records.find((r) => r.entity === e)?.spokes;
      return s !== undefined && s.gender === gender && s.at >= this.paragraphStart && s.at < before;
    };
    const fits = (e: Entity) => {
      if (personal) {
        if (e.kind !== 'person') return gender !== '' && spokenFor(e);
        const g = this.records.find((r) => r.entity === e)?.gender ?? '';
        return g === '' || g === gender || pronoun === 'i';
      }
      return e.kind === 'organisation' || e.kind === 'group' || (pronoun === 'they' && e.anonymous === true);
    };
    // A named speaker known to match the pronoun beats a nearer unnamed one of unknown gender
    // (`told by a council officer to 'sit tight' – advice she described as ...`).
    const nearest = [...speakers].reverse().find(fits);
    // The last speaker is not in this paragraph, but someone who fits is: `For Raghavan, the
    // result is a beginning. "...," she said.`
    // (`Her neighbour, a farmer who gave his name only as Manuel, said ... "...," he said.`: an
    // unnamed speaker of unknown gender yields to a named one of that gender met in the paragraph.)
    const unknownUnnamed = gender !== '' && nearest?.anonymous === true && this.genderOf(nearest) === '';
    if (nearest && (lastMention(nearest, before) < this.paragraphStart || unknownUnnamed)) {
      // (`A senior figure in Quintero's camp ... said`: a name inside the unnamed source's own description is not who speaks.)
      const described = nearest.anonymous ? nearest.mentions.filter((m) => m.start >= this.paragraphStart && m.start < before) : [];
      const outside = (e: Entity) => e.mentions.some((m) => m.start >= this.paragraphStart && m.start < before && !described.some((d) => m.start >= d.start && m.end <= d.end));
      const local = this.records.filter((r) => !r.tentative && !r.entity.anonymous && fits(r.entity) && (gender === '' || r.gender === gender) && lastMention(r.entity, before) >= this.paragraphStart && outside(r.entity));
      const here = this.latest(local, before);
      if (here && lastMention(here.entity, before) >= this.paragraphStart) return here.entity;
      // (`A member of the South African management team who asked not to be named was less diplomatic.
      // "...," he said.`: the unnamed one this paragraph opens on, not the coach quoted before it.)
      const opener = this.records.filter((r) => r.entity.anonymous && r.entity.kind === 'person' && (r.gender === '' || r.gender === gender) && r.entity.mentions.some((m) => m.start === this.paragraphStart));
      if (personal && opener.length === 1) return this.learn(opener[0]!.entity, gender);
      // (`That did not trouble Haruto Kimura, 68, who has attended every year. "...," he said`: with
      // the last speaker an unnamed source paragraphs back, the one person this paragraph names,
      // gender untold, is he. A named last speaker keeps the floor: sports copy names others in passing.)
      const untold = this.records.filter((r) => !r.tentative && !r.entity.anonymous && r.entity.kind === 'person' && r.gender === '' && gender !== '' && lastMention(r.entity, before) >= this.paragraphStart);
      if (untold.length === 1 && nearest.anonymous && lastMention(nearest, before) < this.paragraphStart) return this.learn(untold[0]!.entity, gender);
    }
    // (`A teacher at the school who asked not to be named said ... "...," she said.`: an unnamed
    // speaker this very paragraph introduced keeps the floor against one named paragraphs before.)
    if (unknownUnnamed && lastMention(nearest, before) >= this.paragraphStart && ROLE_WORDS.has(normalise(nearest.name).split(' ').pop() ?? '')) return this.learn(nearest, gender);
    if (unknownUnnamed) {
      for (let i = speakers.length - 1; i >= Math.max(0, speakers.length - 8); i--) {
        if (speakers[i]!.kind === 'person' && this.genderOf(speakers[i]!) === gender) return speakers[i]!;
      }
    }
    for (let i = speakers.length - 1; i >= 0; i--) if (fits(speakers[i]!)) return this.learn(speakers[i]!, gender);
    // Only someone already met: `what he called a "fund"` in a lede does not point ahead.
    const mentioned = this.latest(this.records.filter((r) => !r.tentative && fits(r.entity) && lastMention(r.entity, before) >= 0), before);
    return mentioned ? this.learn(mentioned.entity, gender) : null;
  }

  genderOf(entity: Entity): Gender {
    return this.records.find((r) => r.entity === entity)?.gender ?? '';
  }

  /** A pronoun that refers to an entity of unknown gender tells us its gender. */
  learn(entity: Entity, gender: Gender): Entity {
    const r = this.records.find((x) => x.entity === entity);
    if (r && r.gender === '' && gender) r.gender = gender;
    return entity;
  }

  private latest(records: EntityRecord[], before: number): EntityRecord | null {
    let best: EntityRecord | null = null;
    let bestAt = -1;
    for (const r of records) {
      const at = lastMention(r.entity, before);
      if (at > bestAt) {
        best = r;
        bestAt = at;
      }
    }
    return best ?? (records.length ? records[0]! : null);
  }

  private create(phrase: Phrase, kind: EntityKind, at: Span, tentative = false): EntityRecord {
    // (`The Türk Emek-Birlik union, which represents ..., said`: a body the phrase names by its own
    // capitalised words is that body by name, with the head as its role; not `the US company`.)
    const ownName = phrase.kind === 'common' && (phrase.organisation || kind === 'organisation') ? nameBeforeHead(phrase) : undefined;
    if (ownName && !this.records.some((r) => r.entity.kind === 'place' && normalise(r.entity.name) === normalise(ownName))) {
      phrase = { ...phrase, kind: 'named', name: ownName, organisation: true, role: phrase.head! };
    }
    const anonymous = phrase.kind === 'common';
    // (`One patient, a 67-year-old retired teacher from Kelowna, said`: the appositive tells more of
    // who speaks than `patient`; up to its head, as an unnamed source's core is.)
    const appositive = anonymous && phrase.role ? phrase.role.split(/ (?:at|for|with|in|on|from|by) /)[0]! : undefined;
    const described = appositive !== undefined && ROLE_WORDS.has(normalise(appositive).split(' of ')[0]!.split(' ').pop() ?? '');
    const name = described ? appositive : anonymous ? phrase.core ?? phrase.text : phrase.name!;
    const entity: Entity = {
      id: `e${++this.created}`,
      kind: phrase.organisation && kind === 'person' ? 'organisation' : kind,
      name,
      aliases: [],
      mentions: [],
      ...(anonymous ? { anonymous: true } : {}),
    };
    if (described && phrase.core) entity.aliases.push(phrase.core);
    const record: EntityRecord = { entity, gender: genderOf(phrase), tentative };
    this.records.push(record);
    this.enrich(record, phrase, at);
    return record;
  }

  /**
   * `Médecins Sans Frontières (MSF)`: the acronym in brackets is another name of the body just
   * named, which is therefore an organisation; an entity met under the acronym alone is the same one.
   */
  adoptAcronym(full: string, acronym: string, { bodiesOnly = false } = {}): void {
    // (`Health Service Executive (HSE)` read as a `Service Executive` titled `Health`: the brackets say it is one name.)
    const split = this.records.find((r) => !r.entity.anonymous && r.entity.role !== undefined && `${r.entity.role} ${r.entity.name}` === full);
    if (split) {
      split.entity.aliases = split.entity.aliases.filter((a) => a !== split.entity.role && a !== split.entity.name.split(' ').pop());
      split.entity.name = full;
      delete split.entity.role;
      split.entity.kind = 'organisation';
    }
    const whole = this.records.find((r) => r.entity.name === full && !r.entity.anonymous && (!bodiesOnly || r.entity.kind !== 'person'));
    if (!whole) return;
    if (whole.entity.kind === 'person' && !whole.gender) whole.entity.kind = 'organisation';
    if (whole.entity.kind !== 'organisation') return;
    whole.entity.aliases = [...new Set([...whole.entity.aliases.filter((a) => a.includes(' ')), acronym])];
    const short = this.records.findIndex((r) => r !== whole && r.entity.name === acronym);
    if (short < 0) return;
    for (const m of this.records[short]!.entity.mentions) if (!whole.entity.mentions.some((x) => x.start === m.start)) whole.entity.mentions.push(m);
    whole.entity.mentions.sort((a, b) => a.start - b.start);
    this.records.splice(short, 1);
  }

  /** Adds what a new mention tells: role, aliases (surname, role, acronym), gender. */
  private enrich(record: EntityRecord, phrase: Phrase, at: Span, addMention = true): void {
    const e = record.entity;
    if (addMention && !e.mentions.some((m) => m.start === at.start)) e.mentions.push({ start: at.start, end: at.end });
    // (`Shares of Acme rose`, `Residents of Gaza`: words ending in `of` say what of it, not what it is.)
    if (phrase.role && !e.role && phrase.kind === 'named' && !/\bof$/i.test(phrase.role)) e.role = cleanRole(phrase.role);
    // `Quillory, the note-taking app`: a name whose role is a kind of business names a business.
    // (The role's head stands before its complement: `general secretary of the RMT union` is a person's.)
    if (phrase.human) record.human = true;
    // (`Bank of Korea Governor Seo Min-jae`: a title word ending the role makes it a person's.)
    const titleLast = ROLE_WORDS.has(normalise(e.role ?? '').split(' ').pop() ?? '');
    if (e.kind === 'person' && !record.gender && !record.human && e.role && !titleLast && BUSINESS_HEADS.has(normalise(e.role).split(/ (?:of|at|for|with|in|on|from|by) /)[0]!.split(' ').pop() ?? '')) e.kind = 'organisation';
    if (phrase.kind === 'named' && phrase.name && phrase.name.split(' ').length > e.name.split(' ').length && e.kind !== 'place') {
      // (`Malcolm Ardley`, then `Malcolm George Ardley`: the name the story uses stays, the full one is an alias.)
      const middleNamed = e.kind === 'person' && e.name.includes(' ');
      if (middleNamed) e.aliases.push(phrase.name);
      else if (containsWords(normalise(phrase.name), normalise(e.name).split(' '))) {
        e.aliases.push(e.name);
        e.name = phrase.name;
      }
    }
    const aliases = new Set(e.aliases);
    const words = e.name.split(' ');
    // (`Lin Chia-hui`, `Lee Min-ho`: a family name first, before a hyphenated given name, is the surname.)
    if (e.kind === 'person' && !e.anonymous && words.length > 1) aliases.add(words[FAMILY_NAME_FIRST.test(e.name) ? 0 : words.length - 1]!);
    // `Dr Priya Raman` is `the doctor`, `Sen. Ellen Harwick` `the senator`.
    const titled = phrase.kind === 'named' && phrase.honorific ? TITLE_ABBREVIATIONS[phrase.honorific.toLowerCase().replace(/\.$/, '')] : undefined;
    if (titled && e.kind === 'person') aliases.add(titled);
    if (e.role) {
      aliases.add(e.role);
      const expanded = expandTitles(e.role);
      if (expanded !== e.role) aliases.add(expanded);
      for (const [short, long] of Object.entries(TITLE_ABBREVIATIONS)) if (long.includes(' ') && normalise(e.role).includes(long)) aliases.add(short.toUpperCase());
    }
    if (e.kind === 'organisation' && !e.anonymous && words.length > 1) {
      // `Brisa Air Group SA` is `Brisa Air Group`, and BAG: a legal form may go unsaid.
      const legal = words.length > 2 && LEGAL_FORM.test(words[words.length - 1]!);
      if (legal) {
        aliases.add(words.slice(0, -1).join(' '));
        aliases.add(words.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join(''));
      }
      const acronym = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (acronym.length > 1) aliases.add(acronym);
      // `the US Consumer Product Safety Commission` is `the CPSC`: the country is not in the initials.
      if (COUNTRY_PREFIX.test(words[0]!) && acronym.length > 2) aliases.add(acronym.slice(1));
      // (`Centers for Disease Control and Prevention` is the CDC: a last word after `and` is often left out.)
      const and = words.indexOf('and');
      if (and === words.length - 2 && acronym.length > 3) aliases.add(acronym.slice(0, -1));
    }
    if (phrase.kind === 'common' && phrase.core && normalise(phrase.core) !== normalise(e.name)) aliases.add(phrase.core);
    aliases.delete(e.name);
    e.aliases = [...aliases];
    if (!record.gender) record.gender = genderOf(phrase);
  }
}

/** `pacing` → `pacer`, `driving` → `driver`: who does what a gerund names (undefined for other words). */
function doerOf(word: string): string | undefined {
  return /^\p{Ll}{3,}ing$/u.test(word) ? `${word.slice(0, -3)}er` : undefined;
}

/** Whether `words` appear in `hay` in the same order, others between them allowed (`John Smith` in `John Henry Smith`). */
function inOrder(hay: readonly string[], words: readonly string[]): boolean {
  let at = 0;
  for (const w of hay) if (w === words[at]) at++;
  return at === words.length;
}

/** An age written before a name (`Sixteen-year-old`, `34-year-old`). */
const AGE_BEFORE_NAME = /^\S+-years?-old\s+(?=\p{Lu})/u;

/** Posts whose holder speaks for a body. */
const SPEAKING_ROLE = /\b(?:spokes(?:person|man|woman)|information officer|press (?:officer|secretary)|communications|media (?:relations|officer)|public affairs)\b/i;

/** A company's legal form after its name (`SA`, `AG`, `plc`). */
const LEGAL_FORM = /^(?:SA|S\.A\.|AG|SE|NV|N\.V\.|BV|SpA|S\.p\.A\.|GmbH|AB|ASA|Oyj|Pty|Bhd|Tbk|Srl|SARL|KK|LP|LLP|PJSC|Inc\.?|Corp\.?|Ltd\.?|LLC|plc|PLC)$/;

/** A country's or union's short name before a body's own (`US`, `UK`, `UN`, `EU`). */
const COUNTRY_PREFIX = /^(?:US|U\.S\.|UK|U\.K\.|UN|U\.N\.|EU)$/;

/** How far back the author of a document that speaks (`the statement said`) may be named. */
const DOCUMENT_REACH = 600;
/** How far back a namesake named in full is the one a bare surname means. */
const JUST_NAMED = 300;
/** How far after a description the name in apposition to it may start (`The city's mayor, Ignacio Bermúdez`). */
const APPOSITION_CHARS = 40;
/** Heads that fit any one person, so any unnamed source who has the floor: `the person said`. */
const ANYONE = new Set(['person', 'individual']);

/** Capital words before a body's generic head (`Türk Emek-Birlik` of `Türk Emek-Birlik union`), no nationality or country among them. */
function nameBeforeHead(phrase: Phrase): string | undefined {
  if (!phrase.head || !GENERIC_ORG_HEADS.has(phrase.head)) return undefined;
  const words = (phrase.core ?? '').split(' ');
  const proper = words.slice(0, -1);
  const national = (w: string) => DEMONYMS.has(w.toLowerCase()) || /^(?:US|UK|EU|UN|U\.S\.|U\.K\.)$/.test(w) || /^\p{Lu}\p{Ll}+(?:ese|ian|an|ish|i)$/u.test(w);
  return proper.length && proper.every((w) => /^\p{Lu}/u.test(w)) && !proper.some(national) ? proper.join(' ') : undefined;
}
