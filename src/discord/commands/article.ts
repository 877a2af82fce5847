/** `/article [article]`: title, outlet, date, link, who is quoted, counts; a list when several are loaded. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { DISCORD_MESSAGES as M } from '../messages.js';
import { readCommon } from '../options.js';
import { sendPaged } from '../pager.js';
import { articleEmbed, articleListPages } from '../replies/article.js';
import { notice } from '../replies/common.js';
import type { BotContext } from '../types.js';
import { chosenArticle } from './shared.js';

export const data = new SlashCommandBuilder().setName('article').setDescription(M.articleDescription);

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const { library } = ctx.engine;
  if (!library.size) return notice(interaction, M.noArticles);
  const chosen = await chosenArticle(interaction, ctx);
  if (chosen === null) return;
  const { hide, mention } = readCommon(interaction);
  const id = chosen ?? (library.size === 1 ? library.ids()[0] : undefined);
  const loaded = id ? library.get(id) : undefined;
  const view = loaded ? { pages: 1, render: () => [articleEmbed(loaded)] } : articlePages(ctx);
  const content = mention && !hide ? M.pointedAt(mention, interaction.user.id) : undefined;
  await sendPaged(interaction, ctx, { owner: interaction.user.id, ...view }, content, { ephemeral: hide, mention });
}

function articlePages(ctx: BotContext) {
  return articleListPages(ctx.engine.library.list().sort((a, b) => (b.article.meta.date ?? '').localeCompare(a.article.meta.date ?? '')));
}
