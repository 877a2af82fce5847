/**
 * `/article add` and `/article remove`: a server's own articles, for people with Manage Server.
 * The text comes from an attached .txt/.md file or from `text:`; the store checks it, writes it
 * into the server's folder and serves it at once; the reply says what was extracted.
 */
import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { UserError } from '../../errors.js';
import { resolveArticle } from '../articles.js';
import { BOT_LIMITS } from '../limits.js';
import { DISCORD_MESSAGES as M } from '../messages.js';
import { ARTICLE_OPTIONS, COMMON_OPTIONS } from '../options.js';
import { articleEmbed } from '../replies/article.js';
import { allowedMentions, notice } from '../replies/common.js';
import { safeShort } from '../text.js';
import type { BotContext } from '../types.js';

const TEXT_FILE = /\.(?:txt|md)$/i;

/** The server, when the person may change its articles; else undefined, after saying why. */
async function managedGuild(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<string | undefined> {
  if (!ctx.store) return void (await notice(interaction, M.storeUnavailable));
  if (!interaction.inGuild()) return void (await notice(interaction, M.onlyInServer));
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return void (await notice(interaction, M.needsManageServer));
  return interaction.guildId;
}

export async function addArticle(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const guild = await managedGuild(interaction, ctx);
  if (!guild || !ctx.store) return;
  const file = interaction.options.getAttachment(ARTICLE_OPTIONS.file);
  const pasted = interaction.options.getString(ARTICLE_OPTIONS.text);
  const title = interaction.options.getString(ARTICLE_OPTIONS.title)?.trim();
  const hide = interaction.options.getBoolean(COMMON_OPTIONS.hide) ?? false;
  if (!file && !pasted?.trim()) return notice(interaction, M.addNeedsText);
  if (file && !TEXT_FILE.test(file.name)) return notice(interaction, M.notTextFile(safeShort(file.name, 80)));
  if (file && file.size > BOT_LIMITS.articleFileBytes) return notice(interaction, M.fileTooLarge(BOT_LIMITS.articleFileBytes));
  // Downloading and extracting can take longer than the 3 s Discord gives for the first answer.
  await interaction.deferReply(hide ? { flags: MessageFlags.Ephemeral } : {});
  try {
    const bytes = file ? await download(file.url) : Buffer.from(withTitle(pasted!, title), 'utf8');
    const added = await ctx.store.add(guild, bytes, title || file?.name || firstLine(pasted ?? ''));
    ctx.logger.info({ guild, article: added.id, quotes: added.extraction.quotes.length }, 'article added from Discord');
    await interaction.editReply({ content: M.articleAdded(added.id), embeds: [articleEmbed(added)], allowedMentions: allowedMentions() });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    // The deferral was public unless `hide`: the refusal goes privately to the person who asked.
    await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp({ content: error.message, flags: MessageFlags.Ephemeral, allowedMentions: allowedMentions() });
  }
}

export async function removeArticle(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const guild = await managedGuild(interaction, ctx);
  if (!guild || !ctx.store) return;
  const typed = interaction.options.getString(COMMON_OPTIONS.article, true);
  const id = resolveArticle(ctx.engine.library, typed, guild);
  const loaded = id ? ctx.engine.library.get(id) : undefined;
  try {
    await ctx.store.remove(guild, id ?? typed);
  } catch (error) {
    if (error instanceof UserError) return notice(interaction, error.message);
    throw error;
  }
  ctx.logger.info({ guild, article: id }, 'article removed from Discord');
  await notice(interaction, M.articleRemoved(safeShort(loaded?.article.meta.title ?? id ?? typed, 200)));
}

/** A Discord attachment's bytes, refusing more than the limit even if the size Discord gave was wrong. */
async function download(url: string): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(BOT_LIMITS.downloadTimeoutMs) });
  } catch {
    throw new UserError(M.downloadFailed);
  }
  if (!response.ok || !response.body) throw new UserError(M.downloadFailed);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > BOT_LIMITS.articleFileBytes) throw new UserError(M.fileTooLarge(BOT_LIMITS.articleFileBytes));
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** Pasted text with its title as front matter, unless it has its own. */
function withTitle(text: string, title: string | undefined): string {
  if (!title || text.trimStart().startsWith('---')) return text;
  return `---\ntitle: ${title.replace(/\n/g, ' ')}\n---\n${text}`;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]!.slice(0, 80);
}
