import type { Span } from './types.js';

export interface RawBlock extends Span {
  text: string;
}

const TERMINAL = /[.!?:;"'”’)\]…]\s*$/;

/**
 * Splits the body into blocks: one per non-empty line, or one per run of lines when the
 * article is hard-wrapped (blank-line separated paragraphs whose lines break mid-sentence).
 * Offsets point into `text`; blocks are trimmed of surrounding white space.
 */
export function splitBlocks(text: string, from = 0): RawBlock[] {
  const lines = splitLines(text, from).filter((line) => text.slice(line.start, line.end).trim() !== '');
  const runs = groupRuns(text, from);
  const wrapped = runs.some((run) => run.length > 1) && looksHardWrapped(text, runs);
  const pieces = wrapped ? runs.map((run) => ({ start: run[0]!.start, end: run[run.length - 1]!.end })) : lines;
  return pieces.map((span) => trim(text, span)).filter((b) => b.end > b.start);
}

function splitLines(text: string, from: number): Span[] {
  const lines: Span[] = [];
  let start = from;
  for (let i = from; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const end = i > start && text[i - 1] === '\r' ? i - 1 : i;
      lines.push({ start, end });
      start = i + 1;
    }
  }
  return lines;
}

/** Runs of consecutive non-empty lines, separated by blank lines. */
function groupRuns(text: string, from: number): Span[][] {
  const runs: Span[][] = [];
  let current: Span[] = [];
  for (const line of splitLines(text, from)) {
    if (text.slice(line.start, line.end).trim() === '') {
      if (current.length) runs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) runs.push(current);
  return runs;
}

/**
 * Hard wrapping shows as lines that stop mid-sentence inside a run. One-paragraph-per-line
 * files (with or without blank lines between) end almost every line with terminal punctuation.
 */
function looksHardWrapped(text: string, runs: Span[][]): boolean {
  let breaks = 0;
  let joins = 0;
  for (const run of runs) {
    for (let i = 0; i + 1 < run.length; i++) {
      joins++;
      const line = text.slice(run[i]!.start, run[i]!.end);
      const next = text.slice(run[i + 1]!.start, run[i + 1]!.end).trimStart();
      // A wrapped line stops mid-sentence and the next line carries on in lower case; a
      // headline, caption or subheading line also lacks a full stop but is followed by a capital.
      if (!TERMINAL.test(line) && /^[\p{Ll}\d(,;]/u.test(next)) breaks++;
    }
  }
  return joins > 0 && breaks / joins > 0.3;
}

function trim(text: string, span: Span): RawBlock {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}
