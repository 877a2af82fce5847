/**
 * `/article show|list|add|remove`: one article's card, the list this server can ask about, and,
 * for people with Manage Server, adding an article of the server's own (a file or pasted text)
 * or removing one it added.
 */
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { byDateDesc, resolveArticle, visibleIn } from '../articles.js';
import { choicesOf } from '../autocomplete/choices.js';
import { BOT_LIMITS } from '../limits.js';
import { DISCORD_MESSAGES as M } from '../messages.js';
import { ARTICLE_OPTIONS, COMMON_OPTIONS, readCommon } from '../options.js';
import { sendPaged } from '../pager.js';
import { articleEmbed, articleListPages } from '../replies/article.js';
import { notice } from '../replies/common.js';
import { safeShort } from '../text.js';
import type { BotContext } from '../types.js';
import { addArticle, removeArticle } from './article-manage.js';

export const data = new SlashCommandBuilder()
  .setName('article')
  .setDescription(M.articleDescription)
  .addSubcommand((s) =>
    s
      .setName('show')
      .setDescription(M.articleShowDescription)
      .addStringOption((o) => o.setName(COMMON_OPTIONS.article).setDescription(M.articleOption).setMaxLength(BOT_LIMITS.articleChars).setAutocomplete(true))
      .addBooleanOption((o) => o.setName(COMMON_OPTIONS.hide).setDescription(M.hideOption))
      .addUserOption((o) => o.setName(COMMON_OPTIONS.mention).setDescription(M.mentionOption)),
  )
  .addSubcommand((s) =>
    s
      .setName('list')
      .setDescription(M.articleListDescription)
      .addBooleanOption((o) => o.setName(COMMON_OPTIONS.hide).setDescription(M.hideOption)),
  )
  .addSubcommand((s) =>
    s
      .setName('add')
      .setDescription(M.articleAddDescription)
      .addAttachmentOption((o) => o.setName(ARTICLE_OPTIONS.file).setDescription(M.articleFileOption))
      .addStringOption((o) => o.setName(ARTICLE_OPTIONS.text).setDescription(M.articleTextOption).setMaxLength(BOT_LIMITS.pastedArticleChars))
      .addStringOption((o) => o.setName(ARTICLE_OPTIONS.title).setDescription(M.articleTitleOption).setMaxLength(BOT_LIMITS.articleChars))
      .addBooleanOption((o) => o.setName(COMMON_OPTIONS.hide).setDescription(M.hideOption)),
  )
  .addSubcommand((s) =>
    s
      .setName('remove')
      .setDescription(M.articleRemoveDescription)
      .addStringOption((o) => o.setName(COMMON_OPTIONS.article).setDescription(M.articleRemoveOption).setRequired(true).setMaxLength(BOT_LIMITS.articleChars).setAutocomplete(true)),
  );

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const sub = interaction.options.getSubcommand(false) ?? 'show';
  if (sub === 'add') return addArticle(interaction, ctx);
  if (sub === 'remove') return removeArticle(interaction, ctx);
  const guild = interaction.guildId ?? undefined;
  const { library } = ctx.engine;
  const visible = library.list(guild);
  if (!visible.length) return notice(interaction, M.noArticles);
  const { hide, mention } = readCommon(interaction);
  let loaded = sub === 'show' && visible.length === 1 ? visible[0] : undefined;
  const typed = sub === 'show' ? readCommon(interaction).article : undefined;
  if (typed) {
    const id = resolveArticle(library, typed, guild);
    if (!id) return notice(interaction, M.unknownArticle(safeShort(typed, BOT_LIMITS.articleChars)));
    loaded = library.get(id);
  }
  const view = loaded ? { pages: 1, render: () => [articleEmbed(loaded)] } : articleListPages(visible.sort(byDateDesc));
  const content = mention && !hide ? M.pointedAt(mention, interaction.user.id) : undefined;
  await sendPaged(interaction, ctx, { owner: interaction.user.id, ...view }, content, { ephemeral: hide, mention });
}

/** `article:` completes from what this server sees; for `remove`, only the articles it added. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const guild = interaction.guildId ?? undefined;
  const typed = String(interaction.options.getFocused());
  const own = interaction.options.getSubcommand(false) === 'remove';
  const accept = own ? (id: string) => guild !== undefined && ctx.engine.library.get(id)?.guild === guild : visibleIn(ctx.engine.library, guild);
  await interaction.respond(choicesOf(ctx.engine).articles.rank(typed, accept));
}
