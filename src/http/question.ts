/**
 * One question, from request to response, without any state: the same steps as the gateway bot's
 * `answerQuery` (input checks, picked autocomplete keys, the engine, the same embeds), answered in
 * the HTTP response itself. Also what a page click re-asks.
 */
import type { Engine } from '../answer/engine.js';
import type { Answer } from '../answer/types.js';
import { answerPicked, resolvePick } from '../discord/autocomplete/picks.js';
import { BOT_LIMITS } from '../discord/limits.js';
import { DISCORD_MESSAGES as M } from '../discord/messages.js';
import { answerContent, answerPages } from '../discord/replies/answer.js';
import { notFoundReply } from '../discord/replies/not-found.js';
import type { QueryRequest } from '../discord/types.js';
import { pagedReply, PLACEHOLDER, withSuggestionState, type RowState } from './buttons.js';
import type { HttpContext } from './context.js';
import { message, notice, type InteractionResponse } from './respond.js';

/**
 * The engine's answer, or the answer to a quote or figure picked in autocomplete (its key, as in
 * the gateway bot's query flow). Deterministic: the same request over the same articles gives the
 * same answer, which is what lets a button click on another instance redraw it.
 */
export function askEngine(engine: Engine, request: Pick<QueryRequest, 'command' | 'query' | 'article' | 'guild'>): Answer {
  const picked = request.command === 'whosaid' || request.command === 'figure' ? resolvePick(engine, request.query, request.guild) : undefined;
  return picked ? answerPicked(engine, picked, request.article, request.guild) : engine.answer(request);
}

/** What the buttons of this request's reply carry. */
export function rowState(request: QueryRequest): RowState {
  return { command: request.command, hide: request.hide, article: request.article, query: request.query };
}

/** A new message answering `request`: the answer (paged), or ephemerally why there is none. */
export function answerQuestion(ctx: HttpContext, request: QueryRequest): InteractionResponse {
  const { engine } = ctx;
  if (request.query.length > BOT_LIMITS.queryChars) return notice(M.queryTooLong(BOT_LIMITS.queryChars));
  if (!engine.library.size) return notice(M.noArticles);
  const answer = askEngine(engine, request);
  if (!answer.answers.length) {
    const reply = notFoundReply(answer, { command: request.command, query: answer.query }, PLACEHOLDER);
    return message(withSuggestionState(reply, rowState(request)), { ephemeral: true });
  }
  const asked = { command: request.command, query: answer.query, mention: request.mention, asker: request.asker };
  const content = answerContent(answer, request.hide ? { ...asked, mention: undefined } : asked);
  return message(pagedReply(answerPages(answer), content, rowState(request)), { ephemeral: request.hide, mention: request.mention });
}
