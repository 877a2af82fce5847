/**
 * Interaction responses as JSON, built from the gateway bot's replies: `body()` applies every
 * Discord limit and locks mentions down exactly as for the bot; this only renames discord.js's
 * `allowedMentions` to the API's `allowed_mentions` and adds the response type and flags.
 */
import { body, type Delivery, type Reply } from '../discord/replies/common.js';
import type { Choice } from '../discord/autocomplete/rank.js';
import { EPHEMERAL_FLAG, RESPONSE } from './limits.js';

/** What the endpoint answers, serialised as is. */
export interface InteractionResponse {
  type: number;
  data?: Record<string, unknown>;
}

function messageData(reply: Reply, mention: string | undefined): Record<string, unknown> {
  const { allowedMentions, ...rest } = body(reply, mention);
  const allowed = { parse: allowedMentions.parse ?? [], ...(allowedMentions.users ? { users: allowedMentions.users } : {}) };
  return { ...rest, allowed_mentions: allowed };
}

/**
 * A new message (CHANNEL_MESSAGE_WITH_SOURCE), ephemeral when the delivery says so. As in
 * `send()`, an ephemeral message pings nobody, not even the `mention:` user.
 */
export function message(reply: Reply, delivery: Delivery): InteractionResponse {
  const data = messageData(reply, delivery.ephemeral ? undefined : delivery.mention);
  return { type: RESPONSE.message, data: delivery.ephemeral ? { ...data, flags: EPHEMERAL_FLAG } : data };
}

/** A short ephemeral message (errors, "not yours", expired buttons). */
export function notice(content: string): InteractionResponse {
  return message({ content }, { ephemeral: true });
}

/**
 * The clicked message redrawn (UPDATE_MESSAGE). Like `turnPage`, it sends embeds and components
 * only, so the content above them stays as it was.
 */
export function update(reply: Reply): InteractionResponse {
  const { content: _content, ...data } = messageData(reply, undefined);
  return { type: RESPONSE.update, data };
}

/** Autocomplete choices. */
export function choices(list: Choice[]): InteractionResponse {
  return { type: RESPONSE.choices, data: { choices: list } };
}
