import type { ArticleMeta } from './types.js';

/** Keys we read from front matter, with the aliases other tools write. */
const META_KEYS: Record<string, keyof ArticleMeta> = {
  title: 'title',
  headline: 'title',
  outlet: 'outlet',
  source: 'outlet',
  publisher: 'outlet',
  publication: 'outlet',
  date: 'date',
  published: 'date',
  url: 'url',
  link: 'url',
};

export interface FrontMatter {
  meta: ArticleMeta;
  /** Offset where the body starts (just after the closing `---` line), 0 when there is none. */
  bodyStart: number;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/**
 * Reads a YAML-style front matter block (`---` ... `---`) at the top of the file.
 * Only flat `key: value` lines are read; quotes around values are dropped. A block that never
 * closes is treated as text (so a broken header loses nothing).
 */
export function readFrontMatter(text: string): FrontMatter {
  const open = OPENING.exec(text);
  if (!open) return { meta: {}, bodyStart: 0 };
  const rest = text.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (!close) return { meta: {}, bodyStart: 0 };
  const meta: ArticleMeta = {};
  for (const line of rest.slice(0, close.index).split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const key = META_KEYS[m[1]!.toLowerCase()];
    const value = unquote(m[2]!);
    if (key && value) meta[key] = value;
  }
  return { meta, bodyStart: open[0].length + close.index + close[0].length };
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return (m ? m[2]! : value).trim();
}
