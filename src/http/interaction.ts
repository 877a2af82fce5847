/**
 * The parts of a raw interaction (Discord API v10 JSON) that byline reads, checked with zod: the
 * body is signed by Discord, but a shape byline does not expect is refused rather than trusted.
 * Unknown fields are kept and ignored.
 */
import { z } from 'zod';

const user = z.looseObject({ id: z.string() });

const leaf = z.looseObject({
  name: z.string(),
  type: z.number(),
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
});
/** An option, or a subcommand (type 1) holding options (`/article show article:...`). */
const option = leaf.extend({ options: z.array(leaf).optional() });

const schema = z.looseObject({
  id: z.string().optional(),
  type: z.number().int(),
  data: z
    .looseObject({
      name: z.string().optional(),
      options: z.array(option).optional(),
      custom_id: z.string().optional(),
    })
    .optional(),
  guild_id: z.string().optional(),
  member: z.looseObject({ user: user.optional() }).optional(),
  user: user.optional(),
  message: z
    .looseObject({
      interaction_metadata: z.looseObject({ user: user.optional() }).nullish(),
      interaction: z.looseObject({ user: user.optional() }).nullish(),
    })
    .optional(),
});

/** An interaction as byline reads it (API v10 field names). */
export type RawInteraction = z.infer<typeof schema>;

/** The interaction in `json`, or undefined when it is not one byline can read. */
export function parseInteraction(json: unknown): RawInteraction | undefined {
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/** Who sent it: `member.user` in a server, `user` in DMs. */
export function userOf(interaction: RawInteraction): string {
  return interaction.member?.user?.id ?? interaction.user?.id ?? '';
}

/**
 * Who ran the command that posted the clicked message, from the message itself (Discord fills it
 * in; no state of ours). Undefined when Discord did not say.
 */
export function messageOwner(interaction: RawInteraction): string | undefined {
  const { message } = interaction;
  return message?.interaction_metadata?.user?.id ?? message?.interaction?.user?.id;
}

/** The subcommand chosen (`show` in `/article show`), if the command has them. */
export function subcommandOf(interaction: RawInteraction): string | undefined {
  const first = interaction.data?.options?.[0];
  return first?.type === SUBCOMMAND ? first.name : undefined;
}

/** The server it came from; undefined in DMs. */
export function guildOf(interaction: RawInteraction): string | undefined {
  return interaction.guild_id;
}

const SUBCOMMAND = 1;

/** The options the user filled in: the subcommand's, when there is one. */
function leafOptions(interaction: RawInteraction): z.infer<typeof leaf>[] {
  const options = interaction.data?.options ?? [];
  return options[0]?.type === SUBCOMMAND ? (options[0].options ?? []) : options;
}

function valueOf(interaction: RawInteraction, name: string): string | number | boolean | undefined {
  return leafOptions(interaction).find((o) => o.name === name)?.value;
}

/** A string option's value, trimmed; undefined when absent or empty. */
export function stringOption(interaction: RawInteraction, name: string): string | undefined {
  const value = valueOf(interaction, name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A string option's value as typed (the question itself: the engine does its own cleaning). */
export function rawStringOption(interaction: RawInteraction, name: string): string | undefined {
  const value = valueOf(interaction, name);
  return typeof value === 'string' ? value : undefined;
}

/** A boolean option's value; false when absent. */
export function booleanOption(interaction: RawInteraction, name: string): boolean {
  return valueOf(interaction, name) === true;
}

/** A user option's snowflake, read raw as `readCommon` does (no `resolved` data needed). */
export function userOption(interaction: RawInteraction, name: string): string | undefined {
  const value = valueOf(interaction, name);
  return typeof value === 'string' && /^\d{15,25}$/.test(value) ? value : undefined;
}

/** The option being typed in an autocomplete request. */
export function focusedOption(interaction: RawInteraction): { name: string; value: string } | undefined {
  const focused = leafOptions(interaction).find((o) => o.focused);
  return focused && { name: focused.name, value: String(focused.value ?? '') };
}
