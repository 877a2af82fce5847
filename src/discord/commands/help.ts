/** `/help`: how to use byline. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { DISCORD_MESSAGES as M } from '../messages.js';
import { readCommon } from '../options.js';
import { send } from '../replies/common.js';
import { helpEmbed } from '../replies/help.js';
import type { BotContext } from '../types.js';

export const data = new SlashCommandBuilder().setName('help').setDescription(M.helpDescription);

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const { hide, mention } = readCommon(interaction);
  const content = mention && !hide ? M.pointedAt(mention, interaction.user.id) : undefined;
  await send(interaction, { ...(content ? { content } : {}), embeds: [helpEmbed(ctx.engine.library.size)] }, { ephemeral: hide, mention });
}
