/** `/article`: one article's card, or the list of all of them (paged when long). */
import type { LoadedArticle } from '../../library/library.js';
import { articleLabel } from '../articles.js';
import { BOT_LIMITS, type EmbedData } from '../limits.js';
import { DISCORD_MESSAGES as M } from '../messages.js';
import { linkOf, safe, safeShort } from '../text.js';

/** Who is quoted, most quoted first: `Antony Blinken, US Secretary of State (3)`. */
export function quotedPeople(loaded: LoadedArticle): { name: string; role?: string; count: number }[] {
  const people = new Map<string, { name: string; role?: string; count: number }>();
  for (const q of loaded.extraction.quotes) {
    if (!q.speaker) continue;
    const entry = people.get(q.speaker.name) ?? { name: q.speaker.name, count: 0, ...(q.speaker.role ? { role: q.speaker.role } : {}) };
    entry.count += 1;
    people.set(q.speaker.name, entry);
  }
  return [...people.values()].sort((a, b) => b.count - a.count);
}

function byline(loaded: LoadedArticle): string {
  const { outlet, date } = loaded.article.meta;
  return [outlet, date].filter(Boolean).map((s) => safe(s!)).join(' · ');
}

export function articleEmbed(loaded: LoadedArticle): EmbedData {
  const { quotes, figures } = loaded.extraction;
  const people = quotedPeople(loaded);
  const list = people.map((p) => `${safe(p.name)}${p.role ? `, ${safe(p.role)}` : ''} (${p.count})`);
  const embed: EmbedData = {
    title: safeShort(articleLabel(loaded), 240),
    description: [byline(loaded), M.articleCounts(quotes.length, figures.length)].filter(Boolean).join('\n'),
    fields: [{ name: M.quoted, value: list.length ? truncateList(list, 1000) : M.nobodyQuoted }],
    footer: { text: loaded.id },
  };
  const url = linkOf(loaded.article.meta.url);
  if (url) embed.url = url;
  return embed;
}

/** Lines joined until `max` characters, then `and N more`. */
function truncateList(lines: string[], max: number): string {
  const out: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const rest = `and ${lines.length - i} more`;
    if (length + line.length + 1 + rest.length + 1 > max) return [...out, rest].join('\n');
    out.push(line);
    length += line.length + 1;
  }
  return out.join('\n');
}

/** The list of every article, `BOT_LIMITS.articlesPerPage` to a page. */
export function articleListPages(articles: LoadedArticle[]): { pages: number; render(page: number): EmbedData[] } {
  const per = BOT_LIMITS.articlesPerPage;
  const pages = Math.max(1, Math.ceil(articles.length / per));
  return {
    pages,
    render(page) {
      const from = Math.min(Math.max(0, page), pages - 1) * per;
      const lines = articles.slice(from, from + per).map((a, i) => {
        const meta = [byline(a), `\`${a.id.replace(/`/g, "'")}\``, M.articleCounts(a.extraction.quotes.length, a.extraction.figures.length)];
        return `**${from + i + 1}. ${safeShort(articleLabel(a), 200)}**\n${meta.filter(Boolean).join(' · ')}`;
      });
      return [{ title: M.articlesTitle(articles.length), description: `${lines.join('\n\n')}\n\n${M.articlesHint}` }];
    },
  };
}
