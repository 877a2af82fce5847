import type { Span } from '../article/types.js';

export interface Token extends Span {
  text: string;
  /** `word` (letters, digits, inner `.'’-`), `punct` (one character), `quote` (a quote mark). */
  type: 'word' | 'punct' | 'quote';
}

// A word keeps inner apostrophes, hyphens and dots (`O'Brien`, `Hamas's`, `U.S.`, `al-Sisi`, `Mr.`).
// A plural possessive keeps its apostrophe (`Tenants' Union`) when a word follows it.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’\-.](?=[\p{L}\p{N}])|(?<=\p{N}),(?=\d{3}(?!\d)))*(?:(?<=s)['’](?=\s+\p{L}))?\.?|["“”„«»]|['‘’]|[^\s\p{L}\p{N}]/gu;
const ABBREVIATION_WITH_DOT = /^(?:[\p{L}]\.){2,}$|^(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|lt|col|sgt|capt|st|jr|sr|rev|cllr|coun|hon|smt|shri|sri|kum|inc|corp|ltd|co|jan|feb|aug|sept?|oct|nov|dec|brig|cpl|maj|supt|insp|det|cmdr|adm|engr)\.$/iu;

/** `R.` in `R. Meenakshi Sundaram`, `J. K. Rowling`, `George W. Bush`: a capital and a dot before another name word. */
function isInitial(word: string, text: string, after: number): boolean {
  if (word.length !== 2 || !/^\p{Lu}\.$/u.test(word) || !/^ \p{Lu}[\p{Ll}.]/u.test(text.slice(after, after + 3))) return false;
  // `Plan B. Officials said`, `vitamin D. The study`: a letter that labels something ends the sentence.
  return !LABELLED.test(text.slice(Math.max(0, after - 16), after - 2));
}
const LABELLED = /\b(?:plan|vitamin|type|grade|class|category|section|part|appendix|exhibit|group|level|phase|stage|pool|option|block|gate|terminal|wing|ward|zone|area|row|platform|hepatitis|model|series|version|division|league|tier|box|room|floor|building|camp|sector)\s*$/i;

/**
 * Tokenises `text[start, end)`. A trailing dot stays on a word only for abbreviations
 * (`Mr.`, `U.S.`) so that sentence-final words come out clean.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  if (text === primed.text) {
    const block = primed.blocks.find((b) => start >= b.start && end <= b.end);
    if (block) return within(block.tokens, start, end);
  }
  return scan(text, start, end);
}

/**
 * The extractor reads the same paragraphs many times over (names, speech verbs, each quote's
 * surroundings): tokenise each paragraph of the article once and hand out slices.
 */
export function primeTokens(text: string, blocks: readonly Span[]): void {
  primed = { text, blocks: blocks.map((b) => ({ start: b.start, end: b.end, tokens: scan(text, b.start, b.end) })) };
}

let primed: { text: string; blocks: { start: number; end: number; tokens: Token[] }[] } = { text: '', blocks: [] };

function within(tokens: Token[], start: number, end: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let e = lo;
  while (e < tokens.length && tokens[e]!.end <= end) e++;
  return tokens.slice(lo, e);
}

function scan(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const word = m[0];
    const s = start + m.index;
    if (word.length > 1 && word.endsWith('.') && !ABBREVIATION_WITH_DOT.test(word) && !isInitial(word, slice, m.index + word.length)) {
      out.push({ text: word.slice(0, -1), start: s, end: s + word.length - 1, type: 'word' });
      out.push({ text: '.', start: s + word.length - 1, end: s + word.length, type: 'punct' });
      continue;
    }
    const type = /^[\p{L}\p{N}]/u.test(word) ? 'word' : /^["“”„«»'‘’]$/.test(word) ? 'quote' : 'punct';
    out.push({ text: word, start: s, end: s + word.length, type });
  }
  return out;
}

/** Upper-case initial (`Blinken`, `UN`, `Élysée`). */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true; // A-Z, the common case first
  if (code >= 97 && code <= 122) {
    // `al-Sisi`, `el-Baradei`, `bin-Salman`: an Arabic article before a capitalised name.
    const dash = word.indexOf('-');
    return dash >= 2 && dash <= 3 && /^(?:al|el|ad|as|ash|at|az|ben|bin|abu|ibn)-\p{Lu}/u.test(word);
  }
  return code > 127 && /^\p{Lu}/u.test(word);
}

/** Lower-cased word without a possessive ending and trailing dot, for lexicon look-ups. */
export function bare(word: string): string {
  let w = bares.get(word);
  if (w !== undefined) return w;
  w = word.toLowerCase();
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.endsWith('.')) w = w.slice(0, -1);
  // The same few thousand words are looked up again and again: remember them (junk input is not).
  if (bares.size < BARES_MAX) bares.set(word, w);
  return w;
}
const bares = new Map<string, string>();
const BARES_MAX = 100_000;

/**
 * The tokens that stand outside every span (quotations), in one pass over both sorted lists.
 * `spans` must be sorted by start and not overlap.
 */
export function outsideSpans(tokens: readonly Token[], spans: readonly Span[]): Token[] {
  const out: Token[] = [];
  let k = 0;
  for (const t of tokens) {
    while (k < spans.length && spans[k]!.end <= t.start) k++;
    const s = spans[k];
    if (!s || !(t.start >= s.start && t.end <= s.end)) out.push(t);
  }
  return out;
}
