import type { Span } from '../article/types.js';

export interface Token extends Span {
  text: string;
  /** `word` (letters, digits, inner `.'’-`), `punct` (one character), `quote` (a quote mark). */
  type: 'word' | 'punct' | 'quote';
}

// A word keeps inner apostrophes, hyphens and dots (`O'Brien`, `Hamas's`, `U.S.`, `al-Sisi`, `Mr.`).
// A plural possessive keeps its apostrophe (`Tenants' Union`) when a word follows it.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’\-.](?=[\p{L}\p{N}])|(?<=\p{N}),(?=\d{3}(?!\d)))*(?:(?<=s)['’](?=\s+\p{L}))?\.?|["“”„«»]|['‘’]|[^\s\p{L}\p{N}]/gu;
const ABBREVIATION_WITH_DOT = /^(?:[\p{L}]\.){2,}$|^(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|lt|col|sgt|capt|st|jr|sr|rev|cllr|inc|corp|ltd|co|jan|feb|aug|sept?|oct|nov|dec)\.$/iu;

/**
 * Tokenises `text[start, end)`. A trailing dot stays on a word only for abbreviations
 * (`Mr.`, `U.S.`) so that sentence-final words come out clean.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const word = m[0];
    const s = start + m.index;
    if (word.length > 1 && word.endsWith('.') && !ABBREVIATION_WITH_DOT.test(word)) {
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
  return /^\p{Lu}/u.test(word);
}

/** Lower-cased word without a possessive ending and trailing dot, for lexicon look-ups. */
export function bare(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
}
