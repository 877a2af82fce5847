/**
 * Tokens for the figures extractor: words, numerals and single punctuation marks of one
 * sentence, each with exact offsets into the article text.
 */

export interface Token {
  /** As printed: `text === article.text.slice(start, end)`. */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** White space (or the sentence start) comes before it: `two-thirds` is three tokens and only `two` is spaced. */
  spaced: boolean;
  /** Starts with a letter. */
  word: boolean;
  /** Starts with an ASCII digit. */
  num: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

/**
 * A run of letters and digits, with inner `.`, `,` or apostrophes kept (`27,708`, `2.4`, `U.S`,
 * `Hamas's`, `o'clock`), or any other single character. Every alternative needs a separator
 * before each repeat, so a match never backtracks: linear even on 1 MB of digits.
 */
const TOKEN = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*|\S/gu;
const LETTER_START = /^\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** Tokenises `text[start, end)`. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let prevEnd = start;
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m !== null && m.index < end; m = TOKEN.exec(text)) {
    const s = m.index;
    let e = Math.min(s + m[0].length, end);
    // `16 450MW`, `R2 315`: thousands grouped by spaces, as South African and European papers print them.
    if (SPACE_GROUP_HEAD.test(m[0])) {
      SPACE_GROUPS.lastIndex = e;
      const groups = SPACE_GROUPS.exec(text);
      if (groups !== null && e + groups[0].length <= end) {
        e += groups[0].length;
        TOKEN.lastIndex = e;
      }
    }
    // `R740`, `R4.2`, `Rs500`, `KSh300`, `Sh14.2`: a currency written onto the number becomes its own token.
    const onto = CURRENCY_ONTO.exec(text.slice(s, e));
    if (onto) {
      const cut = s + onto[1]!.length;
      out.push(token(text.slice(s, cut), s, cut, s === start || s > prevEnd));
      out.push(token(text.slice(cut, e), cut, e, false));
      prevEnd = e;
      continue;
    }
    const t = text.slice(s, e);
    const c = t.charCodeAt(0);
    out.push({
      text: t,
      lower: t.toLowerCase(),
      start: s,
      end: e,
      spaced: s === start || s > prevEnd,
      word: LETTER_START.test(t),
      num: c >= DIGIT_0 && c <= DIGIT_9,
      cap: UPPER_START.test(t),
    });
    prevEnd = e;
  }
  return out;
}

const CURRENCY_ONTO = /^(R|Rs|KSh|Ksh|Sh|GH|N|P)(?=\d)/;
/** One to three digits (perhaps with a currency written on) that may open a space-grouped number... */
const SPACE_GROUP_HEAD = /^(?:R|Rs|KSh|Ksh|Sh|GH|N|P)?\d{1,3}$/;
/** ...and its groups of three after single spaces (plain, no-break or thin), then its decimals or unit. */
const SPACE_GROUPS = /(?:[ \u00a0\u202f\u2009]\d{3}(?![\d,]))+(?:\.\d+)?\p{L}*/uy;

function token(t: string, s: number, e: number, spaced: boolean): Token {
  const c = t.charCodeAt(0);
  return { text: t, lower: t.toLowerCase(), start: s, end: e, spaced, word: LETTER_START.test(t), num: c >= DIGIT_0 && c <= DIGIT_9, cap: UPPER_START.test(t) };
}

/** The lower-cased token at `i`, or `''` out of range (saves bounds checks in lexicon look-ups). */
export function low(tokens: readonly Token[], i: number): string {
  return tokens[i]?.lower ?? '';
}

/** True when token `i` exists and touches the token before it (`15-20`, `US$`, `5%`). */
export function joined(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && !t.spaced && i > 0;
}

/** True for a punctuation mark (neither word nor number), or past either end. */
export function isPunct(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t === undefined || (!t.word && !t.num);
}

/** True for a hyphen or dash written between two tokens without spaces (`15-20`, `two-thirds`). */
export function isInnerHyphen(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && (t.text === '-' || t.text === '–') && !t.spaced && joined(tokens, i + 1);
}
