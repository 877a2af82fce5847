/**
 * Options every command shares: `article` (only when several articles are loaded), `hide` and
 * `mention`; how they are added to a command's definition and read back from an interaction.
 */
import { SlashCommandBooleanOption, SlashCommandStringOption, SlashCommandUserOption } from 'discord.js';
import type { APIApplicationCommandOption, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { BOT_LIMITS } from './limits.js';
import { DISCORD_MESSAGES as M } from './messages.js';

export const COMMON_OPTIONS = { article: 'article', hide: 'hide', mention: 'mention' } as const;
/** `/article add`'s own options. */
export const ARTICLE_OPTIONS = { file: 'file', text: 'text', title: 'title' } as const;

/** The shared options, after a command's own (required first, as Discord wants). */
export function commonOptions(withArticle: boolean): APIApplicationCommandOption[] {
  const article = new SlashCommandStringOption()
    .setName(COMMON_OPTIONS.article)
    .setDescription(M.articleOption)
    .setMaxLength(BOT_LIMITS.articleChars)
    .setAutocomplete(true);
  const hide = new SlashCommandBooleanOption().setName(COMMON_OPTIONS.hide).setDescription(M.hideOption);
  const mention = new SlashCommandUserOption().setName(COMMON_OPTIONS.mention).setDescription(M.mentionOption);
  return [...(withArticle ? [article.toJSON()] : []), hide.toJSON(), mention.toJSON()];
}

/** A command's definition with the shared options appended. */
export function withCommonOptions(
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody,
  withArticle: boolean,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return { ...definition, options: [...(definition.options ?? []), ...commonOptions(withArticle)] };
}

export interface CommonValues {
  /** What was typed or picked in `article`, if anything. */
  article: string | undefined;
  hide: boolean;
  /** The user to point at the answer (a snowflake), if any. */
  mention: string | undefined;
}

/** The shared options' values. `mention` is read raw, so it works without `resolved` user data. */
export function readCommon(interaction: ChatInputCommandInteraction): CommonValues {
  const article = interaction.options.getString(COMMON_OPTIONS.article)?.trim() || undefined;
  const raw = interaction.options.get(COMMON_OPTIONS.mention)?.value;
  const mention = typeof raw === 'string' && /^\d{15,25}$/.test(raw) ? raw : undefined;
  return { article, hide: interaction.options.getBoolean(COMMON_OPTIONS.hide) ?? false, mention };
}
