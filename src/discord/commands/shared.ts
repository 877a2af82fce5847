/** What the five question commands share: reading their options and asking the engine. */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { Command } from '../../answer/types.js';
import { resolveArticle } from '../articles.js';
import { BOT_LIMITS } from '../limits.js';
import { DISCORD_MESSAGES as M } from '../messages.js';
import { readCommon } from '../options.js';
import { answerQuery } from '../query-flow.js';
import { notice } from '../replies/common.js';
import { safeShort } from '../text.js';
import type { BotContext } from '../types.js';

/** The article chosen in `article:`, `null` when what was typed matches none, undefined when empty. */
export async function chosenArticle(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<string | null | undefined> {
  const typed = readCommon(interaction).article;
  if (!typed) return undefined;
  const id = resolveArticle(ctx.engine.library, typed, interaction.guildId ?? undefined);
  if (id) return id;
  await notice(interaction, M.unknownArticle(safeShort(typed, BOT_LIMITS.articleChars)));
  return null;
}

/** Runs `command` with the text of its required option `option`. */
export async function runCommand(interaction: ChatInputCommandInteraction, ctx: BotContext, command: Command, option: string): Promise<void> {
  const article = await chosenArticle(interaction, ctx);
  if (article === null) return;
  const { hide, mention } = readCommon(interaction);
  const query = interaction.options.getString(option, true);
  await answerQuery(interaction, ctx, { command, query, article, hide, mention, asker: interaction.user.id, guild: interaction.guildId ?? undefined });
}
