/** `/whosaid quote:<text>`: who said these words (autocomplete: quotes matching what is typed). */
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { respondFrom } from '../autocomplete/choices.js';
import { BOT_LIMITS } from '../limits.js';
import { DISCORD_MESSAGES as M } from '../messages.js';
import type { BotContext } from '../types.js';
import { runCommand } from './shared.js';

export const data = new SlashCommandBuilder()
  .setName('whosaid')
  .setDescription(M.whosaidDescription)
  .addStringOption((option) =>
    option.setName('quote').setDescription(M.quoteOption).setRequired(true).setMaxLength(BOT_LIMITS.queryChars).setAutocomplete(true),
  );

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await runCommand(interaction, ctx, 'whosaid', 'quote');
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  await respondFrom(interaction, ctx.choices.quotes, ctx.engine);
}
