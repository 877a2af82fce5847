import { splitBlocks } from './blocks.js';
import { classifyBlock, outletFromCredit } from './classify.js';
import { readFrontMatter } from './frontmatter.js';
import { splitSentences } from './sentences.js';
import type { Article, Block } from './types.js';

/**
 * Builds the article model from a file's decoded text. Never throws: a text with no body
 * gives an article with no paragraphs (the loader decides whether that is an error).
 *
 * @param id the article ID (file name without extension)
 * @param text the whole file; every offset in the model points into it
 */
export function parseArticle(id: string, text: string): Article {
  const { meta, bodyStart } = readFrontMatter(text);
  const raw = splitBlocks(text, bodyStart);
  const blocks: Block[] = [];
  let paragraph = 0;
  raw.forEach((b, position) => {
    const kind = classifyBlock(b.text, position, raw.length);
    const isBody = kind === 'body';
    blocks.push({
      ...b,
      kind,
      paragraph: isBody ? ++paragraph : 0,
      sentences: isBody ? splitSentences(text, b.start, b.end) : [],
    });
  });
  const headline = blocks.find((b) => b.kind === 'headline');
  if (!meta.title && headline) meta.title = headline.text.replace(/^#+\s*/, '');
  if (!meta.outlet) meta.outlet = inferOutlet(blocks);
  if (!meta.outlet) delete meta.outlet;
  return { id, text, meta, blocks, paragraphs: blocks.filter((b) => b.kind === 'body') };
}

/** The closing credit (`Agence France-Presse`) or a wire dateline (`PARIS (Reuters) -`). */
function inferOutlet(blocks: Block[]): string | undefined {
  for (const b of [...blocks].reverse()) if (b.kind === 'credit') return outletFromCredit(b.text);
  const first = blocks.find((b) => b.kind === 'body' || b.kind === 'dateline');
  const dateline = first && /^[A-Z][A-Z .,'-]+(?:,[^()]{0,30})?\(([A-Za-z .-]+)\)\s*[-–—]/.exec(first.text);
  return dateline ? outletFromCredit(dateline[1]!) : undefined;
}
