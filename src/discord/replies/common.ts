/**
 * How every reply leaves the bot: fitted to Discord's limits, with mentions off (`parse: []`) except
 * the one user a `mention:` option points at, ephemeral when asked, and correct whether or not the
 * interaction was deferred first.
 */
import { ComponentType, MessageFlags } from 'discord.js';
import type {
  APIActionRowComponent,
  APIButtonComponent,
  MessageMentionOptions,
  RepliableInteraction,
  TopLevelComponent,
} from 'discord.js';
import { fitContent, fitEmbeds, type EmbedData } from '../limits.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

export interface Reply {
  content?: string;
  embeds?: EmbedData[];
  components?: ButtonRow[];
}

export interface Delivery {
  ephemeral: boolean;
  /** The only user this message may ping. */
  mention?: string | undefined;
}

/** Nobody is pinged, except the user a `mention:` option names. */
export function allowedMentions(mention?: string): MessageMentionOptions {
  return mention ? { parse: [], users: [mention] } : { parse: [] };
}

export interface MessageBody {
  content?: string;
  embeds: EmbedData[];
  components: ButtonRow[];
  allowedMentions: MessageMentionOptions;
}

/** The reply as sent: every limit applied, mentions locked down. */
export function body(reply: Reply, mention?: string): MessageBody {
  return {
    ...(reply.content !== undefined ? { content: fitContent(reply.content) } : {}),
    embeds: fitEmbeds(reply.embeds ?? []),
    components: reply.components ?? [],
    allowedMentions: allowedMentions(mention),
  };
}

/**
 * Sends `reply` as the interaction's answer and returns the message to edit later (`@original`, or
 * a follow-up's id). After a public deferral, an ephemeral answer deletes the "thinking" message and
 * follows up ephemerally (an ephemeral deferral cannot be made public).
 */
export async function send(interaction: RepliableInteraction, reply: Reply, delivery: Delivery): Promise<string> {
  const payload = body(reply, delivery.ephemeral ? undefined : delivery.mention);
  const flags = delivery.ephemeral ? { flags: MessageFlags.Ephemeral } as const : {};
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ ...payload, ...flags });
    return ORIGINAL;
  }
  if (interaction.replied) return (await interaction.followUp({ ...payload, ...flags })).id;
  if (delivery.ephemeral && !interaction.ephemeral) {
    await interaction.deleteReply();
    return (await interaction.followUp({ ...payload, ...flags })).id;
  }
  await interaction.editReply(payload);
  return ORIGINAL;
}

/** The interaction's own response message, for `editReply({ message })`. */
export const ORIGINAL = '@original';

/** A short ephemeral message (errors, cooldown, expiry). */
export async function notice(interaction: RepliableInteraction, content: string): Promise<void> {
  await send(interaction, { content }, { ephemeral: true });
}

/** A message's action rows with every button disabled (expired lists, spent suggestions). */
export function disabledRows(components: readonly TopLevelComponent[]): ButtonRow[] {
  const rows: ButtonRow[] = [];
  for (const row of components) {
    const json = row.toJSON() as { type: number; components?: { type: number }[] };
    if (json.type !== ComponentType.ActionRow || !json.components) continue;
    const buttons = json.components.filter((c): c is APIButtonComponent => c.type === ComponentType.Button);
    if (buttons.length) rows.push({ type: ComponentType.ActionRow, components: buttons.map((b) => ({ ...b, disabled: true })) });
  }
  return rows;
}
