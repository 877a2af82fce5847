/** `/ask question:<text>`: a question answered with a sourced quote, figure or passage. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { BOT_LIMITS } from '../limits.js';
import { DISCORD_MESSAGES as M } from '../messages.js';
import type { BotContext } from '../types.js';
import { runCommand } from './shared.js';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription(M.askDescription)
  .addStringOption((option) =>
    option.setName('question').setDescription(M.questionOption).setRequired(true).setMaxLength(BOT_LIMITS.queryChars),
  );

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await runCommand(interaction, ctx, 'ask', 'question');
}
