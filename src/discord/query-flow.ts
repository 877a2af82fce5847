/**
 * One question, from the interaction to the reply: check the input, defer when the rule says the
 * work may be slow or when the interaction has already waited long, ask the engine (or resolve a
 * picked autocomplete key), then send the answer (paged when there are more matches than fit) or,
 * when the article does not say it, an ephemeral reply with the closest suggestions as buttons.
 */
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { Answer } from '../answer/types.js';
import { sentencesIn, shouldDefer } from './articles.js';
import { answerPicked, resolvePick } from './autocomplete/picks.js';
import { BOT_LIMITS } from './limits.js';
import { DISCORD_MESSAGES as M } from './messages.js';
import { sendPaged } from './pager.js';
import { answerContent, answerPages } from './replies/answer.js';
import { notice, ORIGINAL, send } from './replies/common.js';
import { notFoundReply, usableSuggestions } from './replies/not-found.js';
import type { BotContext, QueryRequest, SuggestionSet } from './types.js';

export async function answerQuery(interaction: RepliableInteraction, ctx: BotContext, request: QueryRequest): Promise<void> {
  const { engine, settings } = ctx;
  if (request.query.length > BOT_LIMITS.queryChars) return notice(interaction, M.queryTooLong(BOT_LIMITS.queryChars));
  if (!engine.library.size) return notice(interaction, M.noArticles);

  const late = waitedMs(interaction) > settings.deferAfterMs;
  if (late || shouldDefer(sentencesIn(engine.library, request.article), settings.deferAboveSentences)) {
    await interaction.deferReply(request.hide ? { flags: MessageFlags.Ephemeral } : {});
  }
  const picked = request.command === 'whosaid' || request.command === 'figure' ? resolvePick(engine, request.query, request.guild) : undefined;
  const answer: Answer = picked ? answerPicked(engine, picked, request.article, request.guild) : engine.answer(request);
  const asked = { command: request.command, query: answer.query, mention: request.mention, asker: request.asker };

  if (!answer.answers.length) return sendNotFound(interaction, ctx, request, answer);
  const pages = answerPages(answer);
  const delivery = { ephemeral: request.hide, mention: request.mention };
  await sendPaged(interaction, ctx, { owner: request.asker, ...pages }, answerContent(answer, request.hide ? { ...asked, mention: undefined } : asked), delivery);
}

/**
 * How long ago Discord created the interaction (its snowflake's time): what queues, the network
 * and busy work have already taken out of the 3 s Discord gives for the first answer. A host clock
 * that is off only makes the bot defer more (ahead) or as it did before (behind).
 */
export function waitedMs(interaction: { createdTimestamp: number }, now: number = Date.now()): number {
  return now - interaction.createdTimestamp;
}

async function sendNotFound(interaction: RepliableInteraction, ctx: BotContext, request: QueryRequest, answer: Answer): Promise<void> {
  const asked = { command: request.command, query: answer.query };
  const suggestions = usableSuggestions(answer);
  if (!suggestions.length) {
    await send(interaction, notFoundReply(answer, asked), { ephemeral: true });
    return;
  }
  const set: SuggestionSet = { owner: request.asker, request, suggestions, latest: interaction, message: ORIGINAL };
  const id = ctx.picks.add(set);
  try {
    set.message = await send(interaction, notFoundReply(answer, asked, id), { ephemeral: true });
  } catch (error) {
    ctx.picks.delete(id);
    throw error;
  }
}
