import type { Article, Block } from '../article/types.js';

/** Where a quotation stands, before anyone is attributed to it. */
export interface QuoteSpan {
  /** The quoted words without marks, trimmed: `[start, end)`. */
  start: number;
  end: number;
  /** From the opening mark to just after the closing one (or the paragraph's edge when missing). */
  outerStart: number;
  outerEnd: number;
  /** Index into `article.paragraphs`. */
  block: number;
  /** False when the opening mark is missing (a quote that opens the paragraph without one). */
  opened: boolean;
  /** False when the paragraph ends before the closing mark. */
  closed: boolean;
  /** The quote runs on into the next paragraph, which opens with a quote mark again. */
  continues: boolean;
}

type Role = 'open' | 'close' | 'either';

const DOUBLE = /["“”„«»]/g;
const SINGLE = /['‘’]/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const OPEN_BEFORE = /[\s([{—–\-/:]/;
const CLOSE_AFTER = /[\s.,;:!?)\]}—–-]/;

/**
 * Finds direct quotations in the body paragraphs. Double quotes are the quotation marks
 * unless the article has (almost) none, when single quotes are (UK style); the other kind is
 * then nested speech inside a quote and stays part of it. A mark that never closes ends its
 * quote at the paragraph's end, so a typo never swallows the rest of the article.
 */
export function findQuoteSpans(article: Article): QuoteSpan[] {
  const style = quoteStyle(article);
  const spans: QuoteSpan[] = [];
  article.paragraphs.forEach((block, index) => {
    const next = article.paragraphs[index + 1];
    const nextOpens = next ? opensWithMark(next, style) : false;
    const found = style === 'double' ? pairDouble(article.text, block) : pairSingle(article.text, block);
    // An article may quote a paragraph in the other marks: single ones when it reads as speech,
    // double ones whenever the paragraph has no single quotation to nest them in.
    if (!found.length) found.push(...(style === 'double' ? singleSpeech(article.text, block) : pairDouble(article.text, block)));
    for (const raw of found) {
      const span = makeSpan(article.text, block, index, raw, nextOpens);
      if (span) spans.push(span);
    }
  });
  return spans;
}

interface RawPair {
  open: number | null;
  close: number | null;
}

function quoteStyle(article: Article): 'double' | 'single' {
  let doubles = 0;
  let singleOpens = 0;
  for (const p of article.paragraphs) {
    doubles += (p.text.match(DOUBLE) ?? []).length;
    singleOpens += (p.text.match(/(?:^|[\s(—–])[‘'](?=[\p{L}\p{N}])/gu) ?? []).length;
  }
  // Two double marks make one quotation; each single opening mark starts one.
  return doubles / 2 >= singleOpens ? 'double' : 'single';
}

function opensWithMark(block: Block, style: 'double' | 'single'): boolean {
  return style === 'double' ? /^["“„«]/.test(block.text) : /^['‘]/.test(block.text);
}

function doubleRole(text: string, i: number, block: Block): Role {
  const ch = text[i]!;
  const prev = i > block.start ? text[i - 1]! : ' ';
  const next = i + 1 < block.end ? text[i + 1]! : ' ';
  if (ch === '“' || ch === '„' || ch === '«') return 'open';
  if (ch === '”' || ch === '»') return OPEN_BEFORE.test(prev) && WORD_CHAR.test(next) && ch === '”' ? 'either' : 'close';
  const boundaryBefore = OPEN_BEFORE.test(prev) || prev === '(';
  const spaceAfter = /\s/.test(next) || i + 1 >= block.end;
  if (boundaryBefore && !spaceAfter) return 'open';
  if (!boundaryBefore && (spaceAfter || CLOSE_AFTER.test(next))) return 'close';
  return 'either';
}

function pairDouble(text: string, block: Block): RawPair[] {
  const pairs: RawPair[] = [];
  let open: number | null = null;
  let seen = 0;
  DOUBLE.lastIndex = 0;
  const body = block.text;
  for (let m = DOUBLE.exec(body); m; m = DOUBLE.exec(body)) {
    const i = block.start + m.index;
    const role = doubleRole(text, i, block);
    seen++;
    if (open === null) {
      if (role !== 'close') open = i;
      // A closing mark with nothing open: the paragraph opened its quote without a mark.
      else if (seen === 1) pairs.push({ open: null, close: i });
    } else if (role !== 'open') {
      pairs.push({ open, close: i });
      open = null;
    } else {
      // Two openings in a row: the first never closed. End it at its sentence's end if that
      // comes before the new mark, else drop it (it was a stray mark).
      const stop = sentenceEndBetween(text, open, i);
      if (stop !== null) pairs.push({ open, close: stop });
      open = i;
    }
  }
  if (open !== null) pairs.push({ open, close: null });
  return pairs;
}

function sentenceEndBetween(text: string, from: number, to: number): number | null {
  const m = /[.!?](?=\s)/.exec(text.slice(from, to));
  return m ? from + m.index + 1 : null;
}

/** Single marks double as apostrophes: a mark between two letters is never a quote mark. */
function singleRole(text: string, i: number, block: Block): Role | null {
  const prev = i > block.start ? text[i - 1]! : ' ';
  const next = i + 1 < block.end ? text[i + 1]! : ' ';
  if (WORD_CHAR.test(prev) && WORD_CHAR.test(next)) return null; // don't, Hamas's, O'Brien
  if (/\d/.test(next) && /^\d0s\b/.test(text.slice(i + 1, i + 5))) return null; // the '90s
  const boundaryBefore = OPEN_BEFORE.test(prev) || i === block.start;
  if (text[i] === '‘') return boundaryBefore || !WORD_CHAR.test(prev) ? 'open' : null;
  if (boundaryBefore && WORD_CHAR.test(next)) return 'open';
  if (!boundaryBefore && (CLOSE_AFTER.test(next) || i + 1 >= block.end)) return 'close';
  return null;
}

function pairSingle(text: string, block: Block): RawPair[] {
  const marks: { i: number; role: Role }[] = [];
  SINGLE.lastIndex = 0;
  for (let m = SINGLE.exec(block.text); m; m = SINGLE.exec(block.text)) {
    const i = block.start + m.index;
    const role = singleRole(text, i, block);
    if (role) marks.push({ i, role });
  }
  const pairs: RawPair[] = [];
  let k = 0;
  // A close with nothing open: the paragraph opened its quote without a mark, but only if the
  // mark follows the speaker's punctuation (`...budget,' she said`), not a plural (`the councils'`).
  if (marks[0]?.role === 'close') {
    const c = marks[k++]!.i;
    if (/[.,!?…;:]/.test(text[c - 1] ?? '')) pairs.push({ open: null, close: c });
  }
  while (k < marks.length) {
    if (marks[k]!.role !== 'open') {
      k++;
      continue;
    }
    const open = marks[k]!.i;
    let close: number | null = null;
    let j = k + 1;
    for (; j < marks.length && marks[j]!.role !== 'open'; j++) {
      const c = marks[j]!.i;
      // `the councils' budgets`: a plural possessive looks like a close; prefer a later one.
      const possessive = /s$/i.test(text.slice(c - 1, c)) && /^\s\p{Ll}/u.test(text.slice(c + 1, c + 3));
      const later = marks.slice(j + 1).some((mk) => mk.role === 'close');
      close = c;
      if (!(possessive && later)) break;
    }
    pairs.push({ open, close });
    k = j + 1;
  }
  return pairs;
}

/**
 * Single-mark quotations in a paragraph of an article that otherwise quotes in double marks
 * (`‘Nobody standing on a cold platform cares,’ said Alison Pryce.`): only speech, closed with
 * its own punctuation or opened after a colon, of a few words at least, so a scare quote
 * (`the so-called ‘bedroom tax’`) stays text.
 */
function singleSpeech(text: string, block: Block): RawPair[] {
  if (/["“”„«»]/.test(block.text)) return [];
  return pairSingle(text, block).filter(({ open, close }) => {
    if (open === null || close === null) return false;
    const words = text.slice(open + 1, close).trim().split(/\s+/).length;
    const punctuated = /[.,!?…]$/.test(text.slice(open + 1, close).trim());
    const afterColon = /:\s*$/.test(text.slice(block.start, open));
    return words >= 3 && (punctuated || afterColon);
  });
}

function makeSpan(text: string, block: Block, index: number, raw: RawPair, nextOpens: boolean): QuoteSpan | null {
  let start = raw.open === null ? block.start : raw.open + 1;
  let end = raw.close === null ? block.end : raw.close;
  if (raw.close !== null && !/["”»'’]/.test(text[raw.close]!)) end = raw.close; // ended at a sentence stop
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start || !WORD_CHAR.test(text.slice(start, end))) return null;
  const closedByMark = raw.close !== null && /["”»'’]/.test(text[raw.close]!);
  return {
    start,
    end,
    outerStart: raw.open ?? block.start,
    outerEnd: raw.close === null ? block.end : closedByMark ? raw.close + 1 : raw.close,
    block: index,
    opened: raw.open !== null,
    closed: raw.close !== null,
    continues: raw.close === null && nextOpens,
  };
}
