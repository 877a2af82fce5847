import type { Answer, AnswerItem } from '../answer/types.js';

/** ANSI styles, or none when output is not a terminal. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  accent(s: string): string;
  warn(s: string): string;
}

const code = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
export const COLOR: Style = { bold: code(1, 22), dim: code(2, 22), accent: code(36, 39), warn: code(33, 39) };
export const PLAIN: Style = { bold: (s) => s, dim: (s) => s, accent: (s) => s, warn: (s) => s };

/**
 * An answer as terminal text: the message, then each answer with its verbatim quote, figure
 * or sentence, who said it, and where it stands (paragraph, article, outlet).
 */
export function renderAnswer(answer: Answer, style: Style = PLAIN): string {
  const lines: string[] = [];
  lines.push(answer.answers.length ? style.bold(answer.message) : style.warn(answer.message));
  answer.answers.forEach((item, i) => {
    lines.push('');
    lines.push(...renderItem(item, style, i + 1));
  });
  if (answer.suggestions?.length) {
    lines.push('', style.dim('Closest in the article:'));
    for (const s of answer.suggestions) lines.push(style.dim(`  · ${s}`));
  }
  return lines.join('\n');
}

function renderItem(item: AnswerItem, style: Style, n: number): string[] {
  const out: string[] = [];
  const head = `${n}. `;
  if (item.kind === 'quote') out.push(head + style.accent(`“${(item.quote ?? '').replace(/,$/, '')}”`));
  else if (item.kind === 'figure') out.push(head + style.accent(item.figure ?? ''));
  else if (item.kind === 'person' && item.speaker) out.push(head + style.accent(item.speaker.role ? `${item.speaker.name}, ${item.speaker.role}` : item.speaker.name));
  else out.push(head + item.text);
  if (item.kind === 'quote' || item.kind === 'statement') {
    const who = item.speaker ? `${item.speaker.name}${item.speaker.role ? `, ${item.speaker.role}` : ''}` : 'speaker not named in the article';
    out.push(`   — ${who}`);
  }
  if (item.kind !== 'sentence') out.push(style.dim(`   ${item.text}`));
  out.push(style.dim(`   ${where(item)}`));
  return out;
}

/** `paragraph 7 · AFP · rafah-truce-talks` */
export function where(item: AnswerItem): string {
  const c = item.citation;
  return [`paragraph ${c.paragraph}`, c.outlet, c.title ? `“${c.title}”` : undefined, c.article].filter(Boolean).join(' · ');
}
