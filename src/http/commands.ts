/**
 * Slash commands (APPLICATION_COMMAND): the five questions, /article and /help, each answered with
 * the gateway bot's texts and embeds. Option names come from the bot's own command definitions, so
 * the two modes cannot drift apart.
 */
import { Engine } from '../answer/engine.js';
import type { Command } from '../answer/types.js';
import { MESSAGES } from '../errors.js';
import { byDateDesc, resolveArticle } from '../discord/articles.js';
import { COMMANDS_BY_NAME } from '../discord/commands/index.js';
import { BOT_LIMITS } from '../discord/limits.js';
import { DISCORD_MESSAGES as M } from '../discord/messages.js';
import { COMMON_OPTIONS } from '../discord/options.js';
import { articleEmbed, articleListPages } from '../discord/replies/article.js';
import { helpEmbed } from '../discord/replies/help.js';
import { safeShort } from '../discord/text.js';
import { pagedReply } from './buttons.js';
import { HTTP_MESSAGES as H } from './messages.js';
import type { HttpContext } from './context.js';
import { booleanOption, guildOf, rawStringOption, stringOption, subcommandOf, userOf, userOption, type RawInteraction } from './interaction.js';
import { answerQuestion } from './question.js';
import { message, notice, type InteractionResponse } from './respond.js';

const STRING_OPTION = 3;

/** Each question command's required text option (`whosaid` → `quote`), from its definition. */
const QUERY_OPTIONS: ReadonlyMap<string, string> = new Map(
  [...COMMANDS_BY_NAME].flatMap(([name, command]) => {
    const option = command.data.toJSON().options?.find((o) => o.type === STRING_OPTION && o.required);
    return option ? [[name, option.name] as const] : [];
  }),
);

/** The /article list, newest first (as the bot sorts it). */
export function articleList(ctx: HttpContext, guild?: string): ReturnType<typeof articleListPages> {
  return articleListPages(ctx.engine.library.list(guild).sort(byDateDesc));
}

/** The response to a slash command: shared options first (`article`, `hide`, `mention`), then the command. */
export function runCommand(ctx: HttpContext, interaction: RawInteraction): InteractionResponse {
  const name = interaction.data?.name ?? '';
  const { library } = ctx.engine;
  const guild = guildOf(interaction);
  const typed = stringOption(interaction, COMMON_OPTIONS.article);
  const article = typed ? resolveArticle(library, typed, guild) : undefined;
  if (typed && !article) return notice(M.unknownArticle(safeShort(typed, BOT_LIMITS.articleChars)));
  const hide = booleanOption(interaction, COMMON_OPTIONS.hide);
  const mention = userOption(interaction, COMMON_OPTIONS.mention);
  const asker = userOf(interaction);
  const delivery = { ephemeral: hide, mention };
  const pointer = mention && !hide ? { content: M.pointedAt(mention, asker) } : {};

  if (name === 'help') return message({ ...pointer, embeds: [helpEmbed(library.size)] }, delivery);
  if (name === 'article') {
    // Adding and removing write files and download attachments: the gateway bot does that (see README).
    const sub = subcommandOf(interaction) ?? 'show';
    if (sub === 'add' || sub === 'remove') return notice(H.articleChangesNeedBot);
    const visible = library.list(guild);
    if (!visible.length) return notice(M.noArticles);
    const id = sub === 'show' ? (article ?? (visible.length === 1 ? visible[0]!.id : undefined)) : undefined;
    const loaded = id ? library.get(id) : undefined;
    const view = loaded ? { pages: 1, render: () => [articleEmbed(loaded)] } : articleList(ctx, guild);
    return message(pagedReply(view, pointer.content, { command: 'article', hide, article: undefined, query: '' }), delivery);
  }
  const option = QUERY_OPTIONS.get(name);
  if (!option || !Engine.isCommand(name)) return notice(MESSAGES.unknownCommand(name));
  const query = rawStringOption(interaction, option) ?? '';
  return answerQuestion(ctx, { command: name satisfies Command, query, article, hide, mention, asker, guild });
}
