import type { Article } from '../article/types.js';
import type { Extraction } from '../extract/types.js';
import type { Style } from '../render/text.js';

/** The article model as readable text: metadata, blocks by kind, quotes, figures, people. */
export function describeArticle(article: Article, x: Extraction, style: Style): string {
  const out: string[] = [];
  const m = article.meta;
  out.push(style.bold(m.title ?? article.id));
  out.push(style.dim([m.outlet, m.date, m.url].filter(Boolean).join(' · ') || 'no front matter'));
  out.push('', style.bold(`${article.paragraphs.length} paragraphs`) + style.dim(` (${article.blocks.length - article.paragraphs.length} other lines)`));
  for (const b of article.blocks) if (b.kind !== 'body') out.push(style.dim(`  [${b.kind}] ${b.text.slice(0, 90)}`));
  out.push('', style.bold(`${x.quotes.length} quotes`));
  for (const q of x.quotes) out.push(`  ¶${q.paragraph} ${style.accent(`“${q.text}”`)} — ${q.speaker ? q.speaker.name + (q.speaker.role ? `, ${q.speaker.role}` : '') : style.warn('unattributed')}`);
  out.push('', style.bold(`${x.figures.length} figures`));
  for (const f of x.figures) out.push(`  ¶${f.paragraph} ${style.accent(f.text)}${f.counts ? ` ${f.counts}` : ''}${f.event ? ` (${f.event})` : ''}${f.source ? style.dim(` — ${f.source}`) : ''}`);
  const people = x.entities.filter((e) => e.kind !== 'place');
  out.push('', style.bold(`${people.length} people and organisations`));
  for (const e of people) out.push(`  ${e.name}${e.role ? style.dim(`, ${e.role}`) : ''}${style.dim(` [${e.kind}${e.anonymous ? ', unnamed' : ''}]`)}`);
  return out.join('\n');
}
