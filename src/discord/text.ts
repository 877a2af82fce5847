/**
 * Safe text for Discord: whatever a user typed or an article says is shown literally, never as
 * markdown, a mention, a masked link or a heading. `allowedMentions` (see replies/common.ts) is what
 * stops pings; this is what stops `<@123>` rendering as a user and `**x**` as bold.
 */
import { escapeMarkdown } from 'discord.js';
import { truncate } from './limits.js';

const ZWSP = '\u200b';

/** `@everyone`, `@here`, `<@id>`, `<@!id>`, `<@&id>`, `<#id>`, `</cmd:id>` shown as plain text. */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<([@#/])/g, `<${ZWSP}$1`);
}

/** User or article text for a message: markdown escaped, mentions neutralised, on one line. */
export function safe(text: string): string {
  const escaped = escapeMarkdown(text.replace(/\s+/g, ' ').trim(), {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  });
  return neutraliseMentions(escaped.replace(/^>/, '\\>'));
}

/** `safe(text)`, shortened first so that escaping cannot be cut in half. */
export function safeShort(text: string, max: number): string {
  return safe(truncate(text, max));
}

/** Text as a Discord block quote. */
export function blockQuote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** A URL fit for an embed's `url` (http or https only), else undefined. */
export function linkOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
