import type { Article } from '../article/types.js';
import type { EntityRegistry } from './entities.js';
import { DETERMINERS, NOT_NAME_WORDS, ORG_NOUNS, PLACE_WORDS, ROLE_MODIFIERS, ROLE_WORDS } from './lexicon.js';
import { describe, subjectAfter, type Phrase } from './phrases.js';
import { bare, isCapitalised, tokenize, type Token } from './tokens.js';

/** Prepositions after which a capitalised name is a place (`in Tel Aviv`, `from Rafah`). */
const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'into', 'across', 'outside', 'inside', 'towards', 'toward', 'around']);

/**
 * First pass over the body: registers every person, organisation and place the article names
 * (`Israeli Prime Minister Benjamin Netanyahu`, `Ana Ruiz, the mayor,`, `the Gaza health
 * ministry`, `in Tel Aviv`), in order, so that later speakers (`Netanyahu said`, `the ministry
 * said`) resolve to the full entry with its role.
 */
export function collectMentions(article: Article, registry: EntityRegistry): void {
  for (const block of article.paragraphs) {
    const tokens = tokenize(article.text, block.start, block.end);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type !== 'word') continue;
      const next = tokens[i + 1];
      const endsName = isCapitalised(t.text) && !(next && next.type === 'word' && (isCapitalised(next.text) || next.text === 'of' && isCapitalised(tokens[i + 2]?.text ?? '')));
      if (endsName) registerNamed(tokens, i, registry);
      else if (ORG_NOUNS.has(bare(t.text)) && !isCapitalised(t.text)) registerDescribed(tokens, i, registry);
    }
  }
}

function registerNamed(tokens: Token[], end: number, registry: EntityRegistry): void {
  const start = chainStart(tokens, end);
  const words = tokens.slice(start, end + 1);
  while (words.length && NOT_NAME_WORDS.has(bare(words[0]!.text)) && !DETERMINERS.has(bare(words[0]!.text))) words.shift();
  if (!words.length) return;
  const appositive = appositiveAfter(tokens, end);
  const phrase = describe(words, appositive);
  if (phrase.kind !== 'named' || !phrase.name) return;
  const before = tokens[tokens.indexOf(words[0]!) - 1];
  const after = tokens[end + 1];
  // `Port Alder city council`, `Brightwater chief executive`: the name qualifies what follows.
  const modifier = after && after.type === 'word' && !isCapitalised(after.text) && (ORG_NOUNS.has(bare(after.text)) || ROLE_WORDS.has(bare(after.text)) || ROLE_MODIFIERS.has(bare(after.text)));
  if (modifier && !phrase.role && !phrase.honorific) return;
  if (PLACE_WORDS.has(bare(words[words.length - 1]!.text)) && !phrase.honorific) {
    registry.mention(phrase, 'place', phrase);
    return;
  }
  const definite = bare(words[0]!.text) === 'the';
  const multiword = phrase.name.includes(' ');
  const locative = before && LOCATIVE.has(before.text.toLowerCase()) && !phrase.role && !phrase.honorific;
  if (locative) {
    registry.mention(phrase, 'place', phrase);
    return;
  }
  if (phrase.organisation || definite) {
    registry.mention({ ...phrase, organisation: true }, 'organisation', phrase);
    return;
  }
  // A lone capitalised word is too weak to call a person (it may be a place or a group);
  // it becomes one only when a title or honorific comes with it.
  const titled = phrase.honorific || (phrase.role && /\p{Lu}/u.test(phrase.role));
  if (multiword || titled) registry.mention(phrase, 'person', phrase);
}

/** `the Gaza health ministry`, `the country's interior ministry`: an organisation by description. */
function registerDescribed(tokens: Token[], head: number, registry: EntityRegistry): void {
  let k = head;
  while (k - 1 >= 0 && head - k < 5 && tokens[k - 1]!.type === 'word' && !DETERMINERS.has(bare(tokens[k - 1]!.text))) k--;
  const det = tokens[k - 1];
  if (!det || bare(det.text) !== 'the') return;
  const words = tokens.slice(k, head + 1);
  if (!words.some((w) => isCapitalised(w.text))) return;
  const phrase: Phrase = { ...describe([det, ...words]), organisation: true };
  if (phrase.kind === 'common') registry.mention(phrase, 'organisation', phrase);
}

function chainStart(tokens: Token[], end: number): number {
  let k = end;
  while (k - 1 >= 0) {
    const w = tokens[k - 1]!;
    if (w.type !== 'word') break;
    const lower = w.text.toLowerCase();
    const inner = isCapitalised(w.text) || lower === 'of' || /^(?:de|van|von|der|al|bin|da|di|la|le|del)$/.test(w.text) || ROLE_WORDS.has(lower) || (ROLE_MODIFIERS.has(lower) && k < end);
    if (!inner) break;
    k--;
  }
  return k;
}

/** `Ana Ruiz, the mayor of Valencia,` → the tokens of `the mayor of Valencia`. */
function appositiveAfter(tokens: Token[], end: number): Token[] | undefined {
  if (tokens[end + 1]?.text !== ',') return undefined;
  const first = tokens[end + 2];
  if (!first || first.type !== 'word' || !DETERMINERS.has(bare(first.text)) || bare(first.text) === 'that') return undefined;
  const phrase = subjectAfter(tokens, end + 2);
  if (!phrase || phrase.kind !== 'common') return undefined;
  const e = tokens.findIndex((t) => t.start >= phrase.end);
  const closes = e < 0 ? undefined : tokens[e]!.text;
  return closes === ',' || closes === '.' || closes === undefined ? tokens.slice(end + 2, e < 0 ? tokens.length : e) : undefined;
}
