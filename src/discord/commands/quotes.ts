/** `/quotes speaker:<text>`: everything a person is quoted saying (autocomplete: the article's speakers with roles). */
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { respondFrom } from '../autocomplete/choices.js';
import { BOT_LIMITS } from '../limits.js';
import { DISCORD_MESSAGES as M } from '../messages.js';
import type { BotContext } from '../types.js';
import { runCommand } from './shared.js';

export const data = new SlashCommandBuilder()
  .setName('quotes')
  .setDescription(M.quotesDescription)
  .addStringOption((option) =>
    option.setName('speaker').setDescription(M.speakerOption).setRequired(true).setMaxLength(BOT_LIMITS.queryChars).setAutocomplete(true),
  );

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await runCommand(interaction, ctx, 'quotes', 'speaker');
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  await respondFrom(interaction, ctx.choices.speakers, ctx.engine);
}
