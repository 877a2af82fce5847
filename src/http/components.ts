/**
 * Button clicks (MESSAGE_COMPONENT), answered from the custom ID alone:
 *
 *   page    re-asks the question the ID carries and redraws page n of the clicked message
 *           (UPDATE_MESSAGE: embeds and buttons; the text above them stays);
 *   pick    re-asks the question that found nothing, takes its suggestion n and answers that as a
 *           new message, public unless `hide`, as the gateway bot does;
 *   counter the disabled "2 / 5" button: acknowledged, nothing changes.
 *
 * Only the person who ran the command may click (Discord says who in the clicked message's
 * `interaction_metadata`). An ID this instance cannot read, or whose answer is gone because the
 * articles changed, gets the gateway bot's "expired" notice.
 */
import { DISCORD_MESSAGES as M } from '../discord/messages.js';
import { answerPages } from '../discord/replies/answer.js';
import { runnable, usableSuggestions } from '../discord/replies/not-found.js';
import { pageRow } from './buttons.js';
import { articleList } from './commands.js';
import type { HttpContext } from './context.js';
import { guildOf, messageOwner, userOf, type RawInteraction } from './interaction.js';
import { RESPONSE } from './limits.js';
import { answerQuestion, askEngine } from './question.js';
import { notice, update, type InteractionResponse } from './respond.js';
import { decodeState, POSITION_ID, type ButtonState } from './state.js';

/** The response to a click on one of byline's buttons, from its custom ID and the clicked message. */
export function click(ctx: HttpContext, interaction: RawInteraction): InteractionResponse {
  const customId = interaction.data?.custom_id ?? '';
  if (customId === POSITION_ID) return { type: RESPONSE.deferredUpdate };
  const state = decodeState(customId);
  if (!state) return notice(M.expired);
  const owner = messageOwner(interaction);
  if (owner && owner !== userOf(interaction)) return notice(M.notYours);
  // The server travels with every click, so the state need not carry it.
  const guild = guildOf(interaction);
  return state.action === 'page' ? turnPage(ctx, state, guild) : pick(ctx, state, userOf(interaction), guild);
}

function turnPage(ctx: HttpContext, state: ButtonState, guild: string | undefined): InteractionResponse {
  let view;
  if (state.command === 'article') view = articleList(ctx, guild);
  else {
    const answer = askEngine(ctx.engine, { ...state, command: state.command, guild });
    if (!answer.answers.length) return notice(M.expired);
    view = answerPages(answer);
  }
  const page = Math.min(Math.max(0, state.n), view.pages - 1);
  const row = view.pages > 1 ? pageRow(state, page, view.pages) : undefined;
  return update({ embeds: view.render(page), components: row ? [row] : [] });
}

function pick(ctx: HttpContext, state: ButtonState, asker: string, guild: string | undefined): InteractionResponse {
  if (state.command === 'article') return notice(M.expired);
  const command = state.command;
  const found = askEngine(ctx.engine, { command, query: state.query, article: state.article, guild });
  const suggestion = found.answers.length ? undefined : usableSuggestions(found)[state.n];
  if (suggestion === undefined) return notice(M.expired);
  // The mention of the first question does not travel (it would not fit); the answer pings nobody.
  return answerQuestion(ctx, { command, query: runnable(suggestion), article: state.article, hide: state.hide, mention: undefined, asker, guild });
}
