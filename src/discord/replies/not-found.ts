/**
 * "Not in the article": the engine's one-line message, and the closest entries as buttons; picking
 * one asks the same command again with it (custom ID `byline:pick:<set id>:<n>`).
 */
import { ButtonStyle, ComponentType } from 'discord.js';
import type { Answer } from '../../answer/types.js';
import { customId } from '../custom-ids.js';
import { BOT_LIMITS, DISCORD_LIMITS, truncate } from '../limits.js';
import { DISCORD_MESSAGES as M } from '../messages.js';
import { safeShort } from '../text.js';
import type { ButtonRow, Reply } from './common.js';

/** At most one row of suggestion buttons. */
export const MAX_SUGGESTIONS = DISCORD_LIMITS.buttonsPerRow;

/** A suggestion as the engine gives it, without the ellipsis it adds to shortened ones. */
export function runnable(suggestion: string): string {
  return suggestion.replace(/…$/, '').trim();
}

/** The suggestions worth a button: distinct, with words in them (the engine may return a bare `…`). */
export function usableSuggestions(answer: Answer): string[] {
  const usable = (answer.suggestions ?? []).filter((s) => /[\p{L}\p{N}]/u.test(runnable(s)));
  return [...new Set(usable)].slice(0, MAX_SUGGESTIONS);
}

export function suggestionRow(setId: string, suggestions: readonly string[], disabled = false): ButtonRow {
  return {
    type: ComponentType.ActionRow,
    components: suggestions.slice(0, MAX_SUGGESTIONS).map((s, i) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: customId.pick(setId, i),
      label: truncate(s, BOT_LIMITS.suggestionLabel),
      disabled,
    })),
  };
}

export function notFoundReply(answer: Answer, asked: { command: string; query: string }, setId?: string): Reply {
  const suggestions = usableSuggestions(answer);
  const lines = [M.asked(asked.command, safeShort(asked.query, BOT_LIMITS.echoChars)), safeShort(answer.message, 600)];
  if (!suggestions.length || setId === undefined) return { content: lines.join('\n') };
  lines.push('', M.closest, ...suggestions.map((s) => `· ${safeShort(s, 200)}`));
  return { content: lines.join('\n'), components: [suggestionRow(setId, suggestions)] };
}
