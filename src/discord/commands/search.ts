/** `/search text:<text>`: the passages that say something. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { BOT_LIMITS } from '../limits.js';
import { DISCORD_MESSAGES as M } from '../messages.js';
import type { BotContext } from '../types.js';
import { runCommand } from './shared.js';

export const data = new SlashCommandBuilder()
  .setName('search')
  .setDescription(M.searchDescription)
  .addStringOption((option) =>
    option.setName('text').setDescription(M.textOption).setRequired(true).setMaxLength(BOT_LIMITS.queryChars),
  );

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await runCommand(interaction, ctx, 'search', 'text');
}
