/**
 * Paged replies. The pages live in a TtlStore (see store.ts) under a short id carried by the
 * Previous/Next custom IDs; clicks arrive through the interactionCreate router, which calls
 * `turnPage`. When an entry expires, its buttons are edited to disabled through the token of the
 * latest interaction on that message (valid 15 minutes, longer than the store's lifetime). A click
 * on an id the store no longer knows (expired, or the bot restarted) disables the buttons and tells
 * the user, ephemerally, to run the command again.
 */
import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import type { ButtonInteraction, RepliableInteraction } from 'discord.js';
import type { Logger } from 'pino';
import { customId } from './custom-ids.js';
import type { EmbedData } from './limits.js';
import { DISCORD_MESSAGES as M } from './messages.js';
import { allowedMentions, body, disabledRows, notice, ORIGINAL, send, type ButtonRow, type Delivery } from './replies/common.js';
import type { BotContext, PagedView } from './types.js';

/** `[Previous] [2 / 5] [Next]` */
export function navRow(id: string, page: number, pages: number, disabled = false): ButtonRow {
  const button = (custom_id: string, label: string, off: boolean, style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Primary) =>
    ({ type: ComponentType.Button, style, custom_id, label, disabled: disabled || off }) as const;
  return {
    type: ComponentType.ActionRow,
    components: [
      button(customId.page(id, Math.max(0, page - 1)), M.previous, page <= 0),
      button(customId.position(id), M.page(page + 1, pages), true, ButtonStyle.Secondary),
      button(customId.page(id, Math.min(pages - 1, page + 1)), M.next, page >= pages - 1),
    ],
  };
}

/** Sends page 1 of a view; buttons and a store entry only when there is more than one page. */
export async function sendPaged(
  interaction: RepliableInteraction,
  ctx: BotContext,
  view: { owner: string; pages: number; render(page: number): EmbedData[] },
  content: string | undefined,
  delivery: Delivery,
): Promise<void> {
  const reply = { ...(content !== undefined ? { content } : {}), embeds: view.render(0) };
  if (view.pages <= 1) {
    await send(interaction, reply, delivery);
    return;
  }
  const entry: PagedView = { ...view, page: 0, latest: interaction, message: ORIGINAL };
  const id = ctx.pages.add(entry);
  try {
    entry.message = await send(interaction, { ...reply, components: [navRow(id, 0, view.pages)] }, delivery);
  } catch (error) {
    ctx.pages.delete(id);
    throw error;
  }
}

/** A Previous/Next click. */
export async function turnPage(interaction: ButtonInteraction, ctx: BotContext, id: string, page: number): Promise<void> {
  const view = ctx.pages.get(id);
  if (!view) return expiredClick(interaction);
  if (interaction.user.id !== view.owner) return notice(interaction, M.notYours);
  const target = Math.min(Math.max(0, page), view.pages - 1);
  await interaction.update({
    embeds: body({ embeds: view.render(target) }).embeds,
    components: [navRow(id, target, view.pages)],
    allowedMentions: allowedMentions(),
  });
  view.page = target;
  view.latest = interaction;
  view.message = ORIGINAL;
  ctx.pages.touch(id);
}

/** A click on buttons whose list is gone: disable them, and say so to the clicker only. */
export async function expiredClick(interaction: ButtonInteraction): Promise<void> {
  await interaction.update({ components: disabledRows(interaction.message.components), allowedMentions: allowedMentions() });
  await interaction.followUp({ content: M.expired, flags: MessageFlags.Ephemeral, allowedMentions: allowedMentions() });
}

/** Store expiry: the view's buttons, disabled. */
export async function disableView(view: PagedView, id: string, logger: Logger): Promise<void> {
  try {
    await view.latest.editReply({ message: view.message, components: [navRow(id, view.page, view.pages, true)], allowedMentions: allowedMentions() });
  } catch (error) {
    logger.debug({ err: error, id }, 'could not disable expired page buttons');
  }
}
