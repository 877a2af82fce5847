/**
 * Who gives a figure, from its own sentence only: `according to the Gaza health ministry`,
 * or the subject of a speech verb (`The ministry said ...` → `ministry`, `..., police said.`).
 */
import { isInnerHyphen, isPunct, low, type Token } from './figure-tokens.js';
import { FUNCTION_WORDS, SPEECH_VERBS, TIME_WORDS } from './figure-lexicon.js';

/** Verbs that also stand before their subject: `..., said the ministry.` (`told` does not: `told reporters`). */
const INVERTIBLE = new Set(['said', 'says', 'added', 'adds', 'wrote', 'noted']);

/** Words skipped between a subject and its verb besides time words: `The ministry also said`, `police have said`. */
const SUBJECT_SKIPS = new Set(['also', 'has', 'have', 'had', 'on', 'then', 'further', 'again']);

/**
 * Participles that end an `according to` name (`an AFP tally based on official figures`) and
 * that are skipped back over before a verb (`An Ifop survey published on Wednesday found`).
 */
const NAME_ENDERS = new Set([
  'based', 'citing', 'released', 'published', 'issued', 'compiled', 'quoted', 'seen', 'obtained', 'cited', 'shared',
  'posted', 'given', 'provided', 'updated', 'conducted', 'commissioned',
]);

/** Prepositions inside a name: `Ministry of Health`, `officials in Gaza`, `a source with knowledge of`, `analysts polled by LSEG`. */
const NAME_PREPOSITIONS = new Set(['of', 'for', 'in', 'at', 'from', 'with', 'by']);

/** Data words: `according to figures from the UN` names the UN, and `SNCF figures` names SNCF. */
const DATA_HEADS = new Set(['figures', 'data', 'statistics', 'estimates', 'numbers', 'counts', 'records', 'reports']);
const DATA_LINKS = new Set(['from', 'by', 'of', 'released', 'compiled', 'published']);
const DETERMINERS = new Set(['the', 'a', 'an']);
/** Before `to` these predict something of their subject (`Temperatures are expected to reach`): no source. */
const FORECASTS = new Set(['expected', 'forecast', 'projected', 'estimated', 'predicted']);

/** Words (and inner prepositions) in a source's name: `Leila Morgan of the Port Alder Tenants' Union`. */
const MAX_NAME_WORDS = 8;

export interface SourceCandidate {
  /** Token index of `according` or of the speech verb. */
  pos: number;
  name: string;
}

/** The sources named in a sentence, each list in token order. */
export interface SentenceSources {
  according: SourceCandidate[];
  speech: SourceCandidate[];
}

/** Every source named in a sentence. */
export function findSources(text: string, tokens: readonly Token[]): SentenceSources {
  const out: SentenceSources = { according: [], speech: [] };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower === 'according' && low(tokens, k + 1) === 'to') {
      const name = accordingName(text, tokens, k + 2);
      if (name !== undefined) out.according.push({ pos: k, name });
    } else if (SPEECH_VERBS.has(t.text) && !isNotSpeech(tokens, k)) {
      const name = subjectBefore(text, tokens, k - 1) ?? (INVERTIBLE.has(t.text) ? subjectAfter(text, tokens, k + 1) : undefined);
      if (name !== undefined) out.speech.push({ pos: k, name });
    }
  }
  return out;
}

/**
 * The source for a figure at token `pos`: the nearest `according to` (it names the figure's
 * origin outright), else the nearest speech verb. A binary search, so that a 1 MB sentence full
 * of figures does not go quadratic.
 */
export function pickSource(sources: SentenceSources, pos: number): string | undefined {
  return nearest(sources.according, pos)?.name ?? nearest(sources.speech, pos)?.name;
}

function nearest(list: readonly SourceCandidate[], pos: number): SourceCandidate | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.pos < pos) lo = mid + 1;
    else hi = mid;
  }
  const after = list[lo];
  const before = list[lo - 1];
  if (before === undefined) return after;
  if (after === undefined) return before;
  return after.pos - pos < pos - before.pos ? after : before;
}

/** `an estimated 300` is a qualifier and `expected to reach` a prediction about the subject, not by it. */
function isNotSpeech(tokens: readonly Token[], k: number): boolean {
  return DETERMINERS.has(low(tokens, k - 1)) || (FORECASTS.has(low(tokens, k)) && low(tokens, k + 1) === 'to') || isNounUse(tokens, k);
}

/** Speech words that are nouns as often (`its full-year profit forecast`, `its previous forecast`). */
const NOUN_LIKE = new Set(['forecast', 'estimate', 'estimates', 'report', 'reports', 'warning', 'warnings', 'claim', 'claims', 'projection', 'statement']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const NOUN_ADJECTIVES = new Set(['previous', 'latest', 'earlier', 'revised', 'initial', 'original', 'own', 'annual', 'quarterly', 'new', 'official', 'prior']);

function isNounUse(tokens: readonly Token[], k: number): boolean {
  if (!NOUN_LIKE.has(low(tokens, k))) return false;
  if (NOUN_ADJECTIVES.has(low(tokens, k - 1))) return true;
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const w = low(tokens, j);
    if (POSSESSIVES.has(w)) return true;
    // (`full-year`: a hyphenated modifier is two words and a hyphen.)
    if ((!tokens[j]!.word && w !== '-') || /^\p{Lu}/u.test(tokens[j]!.text)) return false;
  }
  return false;
}

function isNameWord(t: Token | undefined): t is Token {
  return t !== undefined && t.word && !FUNCTION_WORDS.has(t.lower) && !TIME_WORDS.has(t.lower) &&
    !SPEECH_VERBS.has(t.lower) && !NAME_ENDERS.has(t.lower);
}

/** The noun phrase ending at token `k` (backwards from a speech verb), without its article. */
function subjectBefore(text: string, tokens: readonly Token[], k: number): string | undefined {
  let j = k;
  while (j >= 0 && (SUBJECT_SKIPS.has(low(tokens, j)) || TIME_WORDS.has(low(tokens, j)) || NAME_ENDERS.has(low(tokens, j)))) j--;
  const end = j;
  let start = -1;
  for (let n = 0; j >= 0 && n < MAX_NAME_WORDS; n++) {
    if (isNameWord(tokens[j])) {
      start = j--;
    } else if (start === j + 1 && isInnerHyphen(tokens, j) && tokens[j - 1]?.word) {
      start = j - 1; // `Al-Qassam Brigades`
      j -= 2;
    } else if (start === j + 1 && isApostrophe(tokens[j]) && tokens[j - 1]?.word) {
      start = j - 1; // `the Tenants' Union`
      j -= 2;
    } else {
      const prep = low(tokens, j) === 'the' ? j - 1 : j;
      if (start < 0 || !NAME_PREPOSITIONS.has(low(tokens, prep)) || !isNameWord(tokens[prep - 1])) break;
      j = prep - 1;
    }
  }
  return start < 0 ? undefined : nameText(text, tokens, start, end + 1);
}

/** `said the ministry.`: a name right after the verb that ends its clause. */
function subjectAfter(text: string, tokens: readonly Token[], k: number): string | undefined {
  const j = DETERMINERS.has(low(tokens, k)) ? k + 1 : k;
  const e = nameEnd(tokens, j);
  return e > j && isPunct(tokens, e) ? nameText(text, tokens, j, e) : undefined;
}

/** `according to an AFP tally based on ...` → `AFP tally`; `according to figures from the UN` → `UN`. */
function accordingName(text: string, tokens: readonly Token[], k: number): string | undefined {
  let j = DETERMINERS.has(low(tokens, k)) ? k + 1 : k;
  if (DATA_HEADS.has(low(tokens, j)) && DATA_LINKS.has(low(tokens, j + 1))) {
    j += low(tokens, j + 2) === 'by' ? 3 : 2;
    if (DETERMINERS.has(low(tokens, j))) j++;
  }
  const e = nameEnd(tokens, j);
  return e > j ? nameText(text, tokens, j, e) : undefined;
}

/** Index after a name starting at `j`: name words, hyphen compounds and inner prepositions. */
function nameEnd(tokens: readonly Token[], j: number): number {
  let e = j;
  for (let n = 0; n < MAX_NAME_WORDS; n++) {
    if (isNameWord(tokens[e])) e++;
    else if (e > j && isInnerHyphen(tokens, e) && tokens[e + 1]?.word) e += 2;
    else {
      const after = NAME_PREPOSITIONS.has(low(tokens, e)) ? (low(tokens, e + 1) === 'the' ? e + 2 : e + 1) : -1;
      if (e === j || after < 0 || !isNameWord(tokens[after])) break;
      e = after;
    }
  }
  return e;
}

/**
 * The name in tokens `[start, end)`, trimmed to what names the source: a proper name after
 * its role (`Fire brigade spokesperson Yiannis Kostas` → `Yiannis Kostas`, `EU border agency
 * Frontex` → `Frontex`) and without a trailing data word (`SNCF figures` → `SNCF`).
 */
function nameText(text: string, tokens: readonly Token[], start: number, end: number): string {
  if (end - start > 1 && DATA_HEADS.has(low(tokens, end - 1))) end--;
  let s = end - 1;
  while (s > start && (tokens[s - 1]!.cap || (isInnerHyphen(tokens, s - 1) && tokens[s - 2]?.cap))) {
    s -= isInnerHyphen(tokens, s - 1) ? 2 : 1;
  }
  const role = tokens[s - 1];
  // Only a lower-case role word before the capitals marks an apposition: `officials in Gaza` keeps `in Gaza`.
  if (tokens[end - 1]!.cap && s > start && role !== undefined && !role.cap && isNameWord(role)) start = s;
  return text.slice(tokens[start]!.start, tokens[end - 1]!.end);
}

function isApostrophe(t: Token | undefined): boolean {
  return t !== undefined && (t.text === "'" || t.text === '’') && !t.spaced;
}
