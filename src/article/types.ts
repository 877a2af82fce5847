/** The article model: every item keeps exact JS string offsets into the file's text. */

/** Metadata from front matter (or a `# Headline` line for the title). */
export interface ArticleMeta {
  title?: string;
  outlet?: string;
  date?: string;
  url?: string;
}

/**
 * What a non-empty block of the file is. Only `body` blocks are numbered as paragraphs;
 * the others are kept so that coreference can skip them and answers never cite them.
 */
export type BlockKind = 'body' | 'caption' | 'subheading' | 'headline' | 'dateline' | 'credit';

/** A half-open span `[start, end)` of the file's text. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
}

export interface Block extends Span {
  kind: BlockKind;
  text: string;
  /** 1-based paragraph number for body blocks, 0 for the others. */
  paragraph: number;
  /** Sentences of the block (body blocks only; empty for the others). */
  sentences: Sentence[];
}

export interface Article {
  /** The file name without its extension. */
  id: string;
  /** The whole file as decoded text; every offset in the model points into it. */
  text: string;
  meta: ArticleMeta;
  /** Every non-empty block in file order, body or not. */
  blocks: Block[];
  /** The body blocks alone, in order; `paragraphs[i].paragraph === i + 1`. */
  paragraphs: Block[];
}
