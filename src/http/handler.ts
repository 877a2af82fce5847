/**
 * One verified interaction in, its response out: PING, slash commands, buttons and autocomplete.
 * Pure and synchronous (the engine answers in milliseconds), so the response goes back in the
 * HTTP response itself, within Discord's 3 seconds. Errors are left to the request boundary in
 * server.ts, which answers them with `failure()`.
 */
import { DISCORD_MESSAGES as M } from '../discord/messages.js';
import { complete } from './autocomplete.js';
import { runCommand } from './commands.js';
import { click } from './components.js';
import type { HttpContext } from './context.js';
import { userOf, type RawInteraction } from './interaction.js';
import { INTERACTION, RESPONSE } from './limits.js';
import { choices, notice, type InteractionResponse } from './respond.js';

/** The response to `interaction`, or undefined for an interaction type byline does not handle. */
export function handleInteraction(ctx: HttpContext, interaction: RawInteraction): InteractionResponse | undefined {
  switch (interaction.type) {
    case INTERACTION.ping:
      return { type: RESPONSE.pong };
    case INTERACTION.command:
      return runCommand(ctx, interaction);
    case INTERACTION.component:
      return click(ctx, interaction);
    case INTERACTION.autocomplete:
      return complete(ctx, interaction);
    default:
      return undefined;
  }
}

/** What a failed interaction is answered with: the bot's ephemeral "something went wrong", or no choices. */
export function failure(interaction: RawInteraction): InteractionResponse {
  return interaction.type === INTERACTION.autocomplete ? choices([]) : notice(M.failed);
}

/** An interaction for the logs: ids and names, never option values, the query in a custom ID, or the raw body. */
export function describe(interaction: RawInteraction | undefined): Record<string, unknown> {
  if (!interaction) return {};
  return {
    interaction: interaction.id,
    type: interaction.type,
    user: userOf(interaction) || undefined,
    ...(interaction.data?.name ? { command: interaction.data.name } : {}),
    ...(interaction.data?.custom_id ? { customId: interaction.data.custom_id.split(':').slice(0, 3).join(':') } : {}),
  };
}
