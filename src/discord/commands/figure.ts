/** `/figure about:<text>`: a figure the article gives (autocomplete: what the article counts). */
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { respondFrom } from '../autocomplete/choices.js';
import { BOT_LIMITS } from '../limits.js';
import { DISCORD_MESSAGES as M } from '../messages.js';
import type { BotContext } from '../types.js';
import { runCommand } from './shared.js';

export const data = new SlashCommandBuilder()
  .setName('figure')
  .setDescription(M.figureDescription)
  .addStringOption((option) =>
    option.setName('about').setDescription(M.aboutOption).setRequired(true).setMaxLength(BOT_LIMITS.queryChars).setAutocomplete(true),
  );

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await runCommand(interaction, ctx, 'figure', 'about');
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  await respondFrom(interaction, ctx.choices.figures, ctx.engine);
}
