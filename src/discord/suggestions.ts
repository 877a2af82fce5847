/**
 * Suggestion buttons ("did you mean"): a click asks the same command again with the picked
 * suggestion, answering like the command would (public unless `hide`). The set lives in a TtlStore;
 * on expiry its buttons are disabled, and a click on an unknown set gets the expired notice.
 */
import type { ButtonInteraction } from 'discord.js';
import type { Logger } from 'pino';
import { DISCORD_MESSAGES as M } from './messages.js';
import { expiredClick } from './pager.js';
import { answerQuery } from './query-flow.js';
import { allowedMentions, notice } from './replies/common.js';
import { runnable, suggestionRow } from './replies/not-found.js';
import type { BotContext, SuggestionSet } from './types.js';

export async function pickSuggestion(interaction: ButtonInteraction, ctx: BotContext, id: string, n: number): Promise<void> {
  const set = ctx.picks.get(id);
  const suggestion = set?.suggestions[n];
  if (!set || suggestion === undefined) return expiredClick(interaction);
  if (interaction.user.id !== set.owner) return notice(interaction, M.notYours);
  ctx.picks.touch(id);
  await answerQuery(interaction, ctx, { ...set.request, query: runnable(suggestion) });
}

/** Store expiry: the set's buttons, disabled. */
export async function disableSuggestions(set: SuggestionSet, id: string, logger: Logger): Promise<void> {
  try {
    await set.latest.editReply({ message: set.message, components: [suggestionRow(id, set.suggestions, true)], allowedMentions: allowedMentions() });
  } catch (error) {
    logger.debug({ err: error, id }, 'could not disable expired suggestion buttons');
  }
}
