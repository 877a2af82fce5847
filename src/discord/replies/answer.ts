/**
 * An answer as embeds, showing what the terminal renderer shows: the lead answer in full (verbatim
 * quote as a block quote, speaker and role, the sentence around it, paragraph and outlet in the
 * footer, the article's title and link), further matches compact, a page at a time.
 */
import type { Answer, AnswerItem } from '../../answer/types.js';
import { BOT_LIMITS, truncate, type EmbedData } from '../limits.js';
import { DISCORD_MESSAGES as M } from '../messages.js';
import { blockQuote, linkOf, safe, safeShort } from '../text.js';

const COLORS = { quote: 0x3b82f6, statement: 0x6366f1, figure: 0xf59e0b, sentence: 0x10b981, person: 0x8b5cf6 } as const;

function who(item: AnswerItem): string {
  if (!item.speaker) return M.speakerUnknown;
  return item.speaker.role ? `${item.speaker.name}, ${item.speaker.role}` : item.speaker.name;
}

/** `Paragraph 7 · AFP · 2024-02-08 · rafah-truce-talks` */
export function citationLine(item: AnswerItem): string {
  const c = item.citation;
  return [`Paragraph ${c.paragraph}`, c.outlet, c.date, c.article].filter(Boolean).join(' · ');
}

/** The lead answer, in full. */
export function leadEmbed(item: AnswerItem): EmbedData {
  const c = item.citation;
  const max = BOT_LIMITS.leadChars;
  const embed: EmbedData = { title: safeShort(c.title ?? c.article, 240), color: COLORS[item.kind], footer: { text: citationLine(item) } };
  const url = linkOf(c.url);
  if (url) embed.url = url;
  if (item.kind === 'quote') {
    embed.author = { name: truncate(who(item), 250) };
    embed.description = blockQuote(`“${safeShort(item.quote ?? '', max)}”`);
    if (item.text !== item.quote) embed.fields = [{ name: M.inContext, value: safeShort(item.text, 1000) }];
  } else if (item.kind === 'figure') {
    embed.description = `**${safeShort(item.figure ?? '', 200)}**\n${blockQuote(safeShort(item.text, max))}`;
  } else if (item.kind === 'person') {
    embed.description = `**${safeShort(who(item), 250)}**\n${blockQuote(safeShort(item.text, max))}`;
  } else {
    if (item.kind === 'statement') embed.author = { name: truncate(who(item), 250) };
    embed.description = blockQuote(safeShort(item.text, max));
  }
  return embed;
}

/** One line per further match: `**2.** “words” — Speaker · ¶7`. */
function compactLine(item: AnswerItem, n: number, withArticle: boolean): string {
  const max = BOT_LIMITS.compactLineChars;
  const body =
    item.kind === 'quote'
      ? `“${safeShort(item.quote ?? '', max)}” — ${safe(item.speaker?.name ?? M.speakerUnknown)}`
      : item.kind === 'figure'
        ? `**${safe(item.figure ?? '')}**: ${safeShort(item.text, max)}`
        : item.kind === 'person'
          ? `**${safe(who(item))}**: ${safeShort(item.text, max)}`
          : `${safeShort(item.text, max)}${item.speaker ? ` — ${safe(item.speaker.name)}` : ''}`;
  const where = [`¶${item.citation.paragraph}`, withArticle ? safeShort(item.citation.title ?? item.citation.article, 80) : undefined];
  return `**${n}.** ${body} · ${where.filter(Boolean).join(' · ')}`;
}

/** The answer's pages: the lead embed, and one page of further matches. */
export function answerPages(answer: Answer): { pages: number; render(page: number): EmbedData[] } {
  const [lead, ...rest] = answer.answers;
  const per = BOT_LIMITS.matchesPerPage;
  const pages = Math.max(1, Math.ceil(rest.length / per));
  const withArticle = new Set(answer.answers.map((a) => a.citation.article)).size > 1;
  return {
    pages,
    render(page: number): EmbedData[] {
      if (!lead) return [];
      const from = Math.min(Math.max(0, page), pages - 1) * per;
      const slice = rest.slice(from, from + per);
      if (!slice.length) return [leadEmbed(lead)];
      const lines = slice.map((item, i) => compactLine(item, from + i + 2, withArticle));
      const more: EmbedData = { title: M.moreMatches(from + 2, from + 1 + slice.length, answer.answers.length), description: lines.join('\n\n') };
      return [leadEmbed(lead), more];
    },
  };
}

/** The text above the embeds: who is pointed at it, what was asked, what was found. */
export function answerContent(answer: Answer, asked: { command: string; query: string; mention?: string | undefined; asker: string }): string {
  const lines = [
    ...(asked.mention ? [M.pointedAt(asked.mention, asked.asker)] : []),
    M.asked(asked.command, safeShort(asked.query, BOT_LIMITS.echoChars)),
    safeShort(answer.message, 600),
  ];
  return lines.join('\n');
}
