/**
 * Discord's hard limits and byline's own budgets, in one place, with the truncation helpers every
 * reply goes through. Lengths are UTF-16 `.length`, which is never longer than the code points
 * Discord counts, so staying under them here is always safe.
 */
import { LIMITS as ENGINE_LIMITS } from '../answer/config.js';

/** What Discord refuses with 400 / 50035 when exceeded. */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthor: 256,
  embedTotal: 6000,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  optionDescription: 100,
} as const;

/** byline's own budgets, kept well under Discord's limits. */
export const BOT_LIMITS = {
  /** Longest query an option accepts (the engine refuses longer ones anyway). */
  queryChars: ENGINE_LIMITS.queryChars,
  /** Longest article ID or title typed into the `article` option. */
  articleChars: 100,
  /** A query as echoed back in a reply. */
  echoChars: 200,
  /** The lead answer's description (the verbatim quote or figure). */
  leadChars: 1800,
  /** One compact line in "more matches". */
  compactLineChars: 300,
  /** Further matches per page. */
  matchesPerPage: 4,
  /** Articles per page of `/article`. */
  articlesPerPage: 8,
  /** A suggestion button's label. */
  suggestionLabel: 80,
  /** Pasted article text (`/article add text:`): Discord's longest string option. */
  pastedArticleChars: 6000,
  /** An attached article file (the store refuses more, too). */
  articleFileBytes: 1_000_000,
  /** Fetching an attachment from Discord's CDN. */
  downloadTimeoutMs: 10_000,
} as const;

/** Settings a test (or an operator) may tune; the defaults are what production uses. */
export const BOT_DEFAULTS = {
  /** Page and suggestion buttons stay live this long after the last click (under the 15 min token life). */
  buttonTtlMs: 10 * 60_000,
  /** Per-user cooldown: at most `limit` commands in `windowMs`. */
  cooldown: { limit: 5, windowMs: 10_000 },
  /** Defer the reply when the query runs over more sentences than this (see `shouldDefer`). */
  deferAboveSentences: 2000,
  /**
   * Defer the reply, too, when the interaction reaches a command this long after Discord created
   * it (a backlog, a busy machine): what is left of Discord's 3 s may not cover the answer, while a
   * deferred answer has 15 minutes. The last second is left for the deferral itself to get there.
   */
  deferAfterMs: 2000,
  /** On shutdown, wait this long for in-flight replies. */
  shutdownGraceMs: 5000,
  /** Global cap on interactions handled at once; more are answered "busy" (see `ConcurrencyCap`). */
  maxConcurrent: 64,
} as const;

const ELLIPSIS = '…';

/** `text` cut to at most `max` characters, at a word boundary when one is near, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, max);
  let cut = text.slice(0, max - 1);
  // Never split a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** An embed as sent to Discord (the subset byline uses). */
export interface EmbedData {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  author?: { name: string };
  footer?: { text: string };
  fields?: { name: string; value: string; inline?: boolean }[];
}

/** Characters Discord counts toward the 6,000 total of a message's embeds. */
export function embedLength(embed: EmbedData): number {
  const fields = (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.author?.name.length ?? 0) + (embed.footer?.text.length ?? 0) + fields;
}

/** Every per-field limit applied to one embed. */
export function fitEmbed(embed: EmbedData): EmbedData {
  const out: EmbedData = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, DISCORD_LIMITS.embedTitle);
  if (out.description !== undefined) out.description = truncate(out.description, DISCORD_LIMITS.embedDescription);
  if (out.author) out.author = { name: truncate(out.author.name, DISCORD_LIMITS.embedAuthor) };
  if (out.footer) out.footer = { text: truncate(out.footer.text, DISCORD_LIMITS.embedFooter) };
  if (out.fields) {
    out.fields = out.fields.slice(0, DISCORD_LIMITS.embedFields).map((f) => ({
      ...f,
      name: truncate(f.name, DISCORD_LIMITS.embedFieldName),
      value: truncate(f.value, DISCORD_LIMITS.embedFieldValue),
    }));
  }
  return out;
}

/**
 * Embeds fitted to every limit: at most 10, each field within bounds, and all of them together at
 * most 6,000 characters. The first embeds keep their text; a later one is shortened (its fields
 * first, then its description, then its title, author and footer) or left out when nothing remains.
 */
export function fitEmbeds(embeds: EmbedData[]): EmbedData[] {
  const out: EmbedData[] = [];
  let budget: number = DISCORD_LIMITS.embedTotal;
  for (const embed of embeds.slice(0, DISCORD_LIMITS.embeds)) {
    const fitted = shrink(fitEmbed(embed), budget);
    if (!fitted) break;
    out.push(fitted);
    budget -= embedLength(fitted);
  }
  return out;
}

/** `embed` within `budget` characters, or undefined when it cannot keep any text. */
function shrink(embed: EmbedData, budget: number): EmbedData | undefined {
  let excess = embedLength(embed) - budget;
  const cut = (text: string) => {
    const shorter = truncate(text, Math.max(0, text.length - excess));
    excess -= text.length - shorter.length;
    return shorter;
  };
  while (excess > 0 && embed.fields?.length) {
    const field = embed.fields.pop()!;
    excess -= field.name.length + field.value.length;
  }
  if (excess > 0 && embed.description) embed.description = cut(embed.description) || undefined;
  if (excess > 0 && embed.footer) {
    const text = cut(embed.footer.text);
    embed.footer = text ? { text } : undefined;
  }
  if (excess > 0 && embed.author) {
    const name = cut(embed.author.name);
    embed.author = name ? { name } : undefined;
  }
  if (excess > 0 && embed.title) embed.title = cut(embed.title) || undefined;
  for (const key of ['description', 'footer', 'author', 'title', 'fields'] as const) if (embed[key] === undefined) delete embed[key];
  if (excess > 0 || embedLength(embed) === 0) return undefined;
  return embed;
}

/** Message content within 2,000 characters. */
export function fitContent(content: string): string {
  return truncate(content, DISCORD_LIMITS.content);
}
