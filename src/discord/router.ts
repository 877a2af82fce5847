/**
 * The interactionCreate router: slash commands (after the per-user cooldown), autocomplete, and
 * byline's buttons (pages and suggestions, found by custom ID in short-lived stores). A router
 * rather than per-message component collectors: one listener serves every message, clicks keep
 * working across any number of replies, and a click after a restart still gets a proper answer.
 *
 * It also holds the global concurrency cap: over `settings.maxConcurrent` interactions at once, a
 * command or click gets a friendly ephemeral "busy" notice and an autocomplete gets no choices.
 *
 * This is the single error boundary: a failure is logged with its stack and answered with an
 * ephemeral notice; an interaction Discord already gave up on (10062, or a token past its 15
 * minutes) or already got an answer for (40060) is logged as a warning, without a notice.
 */
import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import { MESSAGES } from '../errors.js';
import { visibleIn } from './articles.js';
import { COMMON_OPTIONS } from './options.js';
import { parseCustomId } from './custom-ids.js';
import { DISCORD_MESSAGES as M } from './messages.js';
import { ConcurrencyCap } from './in-flight.js';
import { expiredClick, turnPage } from './pager.js';
import { notice } from './replies/common.js';
import { pickSuggestion } from './suggestions.js';
import type { BotCommand, BotContext } from './types.js';

export type Router = (interaction: Interaction) => Promise<void>;

/** The interactionCreate handler: the concurrency cap, then the interaction's route, inside the error boundary. */
export function createRouter(ctx: BotContext, commands: ReadonlyMap<string, BotCommand>): Router {
  const cap = new ConcurrencyCap(ctx.settings.maxConcurrent);
  // Warn once when the cap starts refusing, not once per refusal: a flood would flood the log too.
  let refusing = false;
  return async (interaction) => {
    if (!cap.tryEnter()) {
      if (!refusing) ctx.logger.warn({ limit: cap.limit }, 'at the concurrency cap: answering "busy" until replies finish');
      refusing = true;
      ctx.logger.debug(describe(interaction), 'busy: over the concurrency cap');
      return guard(interaction, ctx, () => busy(interaction));
    }
    refusing = false;
    try {
      await guard(interaction, ctx, () => dispatch(interaction, ctx, commands));
    } finally {
      cap.leave();
    }
  };
}

async function dispatch(interaction: Interaction, ctx: BotContext, commands: ReadonlyMap<string, BotCommand>): Promise<void> {
  if (interaction.isAutocomplete()) await autocomplete(interaction, ctx, commands);
  else if (interaction.isChatInputCommand()) await command(interaction, ctx, commands);
  else if (interaction.isButton()) await button(interaction, ctx);
}

/** Runs `work`; a failure is logged and answered (the error boundary). */
async function guard(interaction: Interaction, ctx: BotContext, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    await failed(interaction, ctx, error);
  }
}

/** Over the cap: no choices for an autocomplete (an empty list is a valid answer, an error is not), a notice otherwise. */
async function busy(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) await interaction.respond([]);
  else if (interaction.isRepliable()) await notice(interaction, M.busy);
}

async function command(interaction: ChatInputCommandInteraction, ctx: BotContext, commands: ReadonlyMap<string, BotCommand>): Promise<void> {
  const handler = commands.get(interaction.commandName);
  if (!handler) return notice(interaction, MESSAGES.unknownCommand(interaction.commandName));
  if (!(await withinCooldown(interaction, ctx))) return;
  await handler.execute(interaction, ctx);
}

async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext, commands: ReadonlyMap<string, BotCommand>): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const handler = commands.get(interaction.commandName)?.autocomplete;
  if (focused.name === COMMON_OPTIONS.article && interaction.commandName !== 'article') {
    return interaction.respond(ctx.choices.articles.rank(String(focused.value), visibleIn(ctx.engine.library, interaction.guildId ?? undefined)));
  }
  if (handler) await handler(interaction, ctx);
  else await interaction.respond([]);
}

async function button(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const parsed = parseCustomId(interaction.customId);
  if (!parsed) return expiredClick(interaction);
  if (parsed.action === 'page') return turnPage(interaction, ctx, parsed.id, parsed.n);
  if (parsed.action === 'pick') {
    if (await withinCooldown(interaction, ctx)) await pickSuggestion(interaction, ctx, parsed.id, parsed.n);
    return;
  }
  await interaction.deferUpdate(); // the disabled page counter: nothing to do
}

/** Counts a command against the user's cooldown; answers with the wait when over it. */
async function withinCooldown(interaction: ChatInputCommandInteraction | ButtonInteraction, ctx: BotContext): Promise<boolean> {
  const waitMs = ctx.cooldown.take(interaction.user.id);
  if (waitMs <= 0) return true;
  await notice(interaction, M.cooldown(Math.max(1, Math.ceil(waitMs / 1000))));
  return false;
}

/**
 * Discord no longer takes answers for the interaction: it was not answered within 3 s (10062
 * Unknown interaction), or its token is past its 15 minutes (50027 Invalid Webhook Token).
 */
export function isExpiredInteraction(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.UnknownInteraction || error.code === RESTJSONErrorCodes.InvalidWebhookToken)
  );
}

/**
 * Discord already has an answer (40060): typically a callback retried after a 5xx whose first try
 * Discord had in fact received. The user has that answer, so there is nothing to send.
 */
export function isAlreadyAcknowledged(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged;
}

async function failed(interaction: Interaction, ctx: BotContext, error: unknown): Promise<void> {
  const about = describe(interaction);
  if (isExpiredInteraction(error)) {
    if (interaction.isAutocomplete()) ctx.logger.debug(about, 'autocomplete expired before the choices were sent');
    else ctx.logger.warn({ ...about, code: (error as DiscordAPIError).code }, 'interaction expired before byline answered');
    return;
  }
  if (isAlreadyAcknowledged(error)) {
    ctx.logger.warn(about, 'interaction was already acknowledged (a retried callback Discord had received)');
    return;
  }
  ctx.logger.error({ ...about, err: error }, 'interaction failed');
  if (!interaction.isRepliable()) return;
  try {
    await notice(interaction, M.failed);
  } catch (noticeError) {
    ctx.logger.debug({ ...about, err: noticeError }, 'could not send the error notice');
  }
}

function describe(interaction: Interaction): Record<string, unknown> {
  return {
    interaction: interaction.id,
    type: interaction.type,
    user: interaction.user.id,
    ...(interaction.isCommand() || interaction.isAutocomplete() ? { command: interaction.commandName } : {}),
    ...(interaction.isMessageComponent() ? { customId: interaction.customId } : {}),
  };
}
