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
} as const;

/** Settings a test (or an operator) may tune; the defaults are what production uses. */
export const BOT_DEFAULTS = {
  /** Page and suggestion buttons stay live this long after the last click (under the 15 min token life). */
  buttonTtlMs: 10 * 60_000,
  /** Per-user cooldown: at most `limit` commands in `windowMs`. */
  cooldown: { limit: 5, windowMs: 10_000 },
  /** Defer the reply when the query runs over more sentences than this (see `shouldDefer`). */
  deferAboveSentences: 2000,
  /** On shutdown, wait this long for in-flight replies. */
  shutdownGraceMs: 5000,
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
 * Embeds fitted to every limit: at most 10, each field within bounds, and descriptions shortened
 * (last embed first) until all of them together hold at most 6,000 characters.
 */
export function fitEmbeds(embeds: EmbedData[]): EmbedData[] {
  const out = embeds.slice(0, DISCORD_LIMITS.embeds).map(fitEmbed);
  let excess = out.reduce((n, e) => n + embedLength(e), 0) - DISCORD_LIMITS.embedTotal;
  for (let i = out.length - 1; i >= 0 && excess > 0; i--) {
    const embed = out[i]!;
    const description = embed.description ?? '';
    const keep = Math.max(1, description.length - excess - 1);
    if (description.length > keep) {
      embed.description = truncate(description, keep);
      excess -= description.length - embed.description.length;
    }
    if (excess > 0 && embed.fields?.length) {
      excess -= embed.fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
      delete embed.fields;
    }
  }
  return out;
}

/** Message content within 2,000 characters. */
export function fitContent(content: string): string {
  return truncate(content, DISCORD_LIMITS.content);
}
