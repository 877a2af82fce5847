/**
 * Builders for INTERACTION_CREATE payloads as a Discord client would produce them. In strict mode
 * (the default) they refuse interactions no real client could send: unregistered commands, unknown
 * options, missing required options, components that are not on the message.
 */
import type { CommandStore, RegisteredCommand } from './commands.js';
import { APP_PERMISSIONS, interactionToken, isoNow, memberObject, MEMBER_PERMISSIONS, messageObject, snowflake } from './payloads.js';
import { InteractionKind } from './types.js';
import type { EmulatedMessage, GuildFixture, JsonObject, UserFixture } from './types.js';

/** Where and by whom an interaction is triggered. Defaults: the first guild, its first channel, the default user. */
export interface InteractionContext {
  /** A guild from the emulator's fixtures; `null` for a DM with the bot. */
  guildId?: string | null;
  channelId?: string;
  user?: UserFixture;
  /** Overrides for the guild member object (e.g. `{ roles: [...], permissions: '0' }`). */
  member?: JsonObject;
  /** The user's client locale, e.g. `'fr'`. */
  locale?: string;
  /** Bot permissions in the channel (`app_permissions`). */
  appPermissions?: string;
  /** Passed through as `data.resolved` (users, members, roles, channels, attachments). */
  resolved?: JsonObject;
}

export interface CommandContext extends InteractionContext {
  subcommand?: string;
  subcommandGroup?: string;
}

export interface AutocompleteContext extends CommandContext {
  /** Name of the option being typed; defaults to the last one given. */
  focused?: string;
}

/** `{ name: value }` (types come from the registered command) or raw Discord option objects. */
export type OptionInput = Record<string, string | number | boolean> | JsonObject[];

/** A payload ready for `sendInteraction` (id and token are added there). */
export type InteractionDraft = JsonObject & { type: number };

export interface BuilderEnv {
  applicationId: string;
  bot: UserFixture;
  defaultUser: UserFixture;
  guilds: GuildFixture[];
  commands: CommandStore;
  messages: Map<string, EmulatedMessage>;
  strict: boolean;
}

export class InteractionBuilder {
  constructor(private readonly env: BuilderEnv) {}

  chatInput(name: string, options: OptionInput = {}, ctx: CommandContext = {}): InteractionDraft {
    const base = this.base(ctx);
    return { ...base, type: InteractionKind.ApplicationCommand, data: this.#commandData(name, options, ctx, base, undefined) };
  }

  autocomplete(name: string, options: OptionInput, ctx: AutocompleteContext = {}): InteractionDraft {
    const base = this.base(ctx);
    const focused = ctx.focused ?? (Array.isArray(options) ? undefined : Object.keys(options).at(-1));
    return { ...base, type: InteractionKind.Autocomplete, data: this.#commandData(name, options, ctx, base, focused) };
  }

  /** A button click on `message` (a stored message, its id, or omitted for a synthetic message holding the button). */
  button(customId: string, message?: EmulatedMessage | string, ctx: InteractionContext = {}): InteractionDraft {
    const base = this.base(ctx);
    const fallback = [{ type: 1, components: [{ type: 2, style: 1, custom_id: customId, label: customId }] }];
    return {
      ...base,
      type: InteractionKind.MessageComponent,
      data: { custom_id: customId, component_type: 2 },
      message: this.#componentMessage(customId, message, fallback, base),
    };
  }

  /** A string select menu choice. */
  selectMenu(customId: string, values: string[], message?: EmulatedMessage | string, ctx: InteractionContext = {}): InteractionDraft {
    const base = this.base(ctx);
    const options = values.map((value) => ({ label: value, value }));
    const fallback = [{ type: 1, components: [{ type: 3, custom_id: customId, options, min_values: 1, max_values: values.length }] }];
    return {
      ...base,
      type: InteractionKind.MessageComponent,
      data: { custom_id: customId, component_type: 3, values },
      message: this.#componentMessage(customId, message, fallback, base),
    };
  }

  /**
   * A submitted modal with text inputs `{ customId: value }`, in the label layout (type 18) current
   * modals use; hand-write `data.components` for the legacy action-row layout.
   */
  modalSubmit(customId: string, fields: Record<string, string>, ctx: InteractionContext & { message?: EmulatedMessage } = {}): InteractionDraft {
    const components = Object.entries(fields).map(([id, value], index) => ({
      type: 18,
      id: index * 2 + 1,
      component: { type: 4, id: index * 2 + 2, custom_id: id, value },
    }));
    return {
      ...this.base(ctx),
      type: InteractionKind.ModalSubmit,
      data: { custom_id: customId, components },
      ...(ctx.message ? { message: structuredClone(this.env.messages.get(ctx.message.id) ?? ctx.message) } : {}),
    };
  }

  /** Adds id, token and any missing context fields to a (possibly hand-written) draft. */
  complete(draft: JsonObject): JsonObject {
    return { ...this.base({}), ...draft, id: snowflake(), token: interactionToken(), application_id: this.env.applicationId };
  }

  /** Context fields shared by every interaction type. */
  base(ctx: InteractionContext): JsonObject {
    const user = ctx.user ?? this.env.defaultUser;
    const common: JsonObject = {
      application_id: this.env.applicationId,
      version: 1,
      locale: ctx.locale ?? 'en-US',
      entitlements: [],
      app_permissions: ctx.appPermissions ?? APP_PERMISSIONS,
      attachment_size_limit: 26_214_400,
    };
    if (ctx.guildId === null) {
      const channelId = ctx.channelId ?? snowflake();
      return {
        ...common,
        user,
        channel: { id: channelId, type: 1, recipients: [user], last_message_id: null, flags: 0 },
        channel_id: channelId,
        context: 1,
        authorizing_integration_owners: { '0': '0' },
      };
    }
    const guild = ctx.guildId === undefined ? this.env.guilds[0] : this.env.guilds.find((candidate) => candidate.id === ctx.guildId);
    if (!guild) throw new Error(`Unknown guild ${String(ctx.guildId)}: add it to the emulator's \`guilds\` option`);
    const channel = ctx.channelId === undefined ? guild.channels[0] : guild.channels.find((candidate) => candidate.id === ctx.channelId);
    if (!channel) throw new Error(`Unknown channel ${String(ctx.channelId)} in guild ${guild.id}`);
    return {
      ...common,
      guild_id: guild.id,
      guild: { id: guild.id, locale: guild.locale, features: [] },
      guild_locale: guild.locale,
      channel: {
        id: channel.id,
        type: channel.type,
        guild_id: guild.id,
        name: channel.name,
        position: channel.position ?? 0,
        parent_id: channel.parent_id ?? null,
        topic: channel.topic ?? null,
        nsfw: false,
        flags: 0,
        last_message_id: null,
        rate_limit_per_user: 0,
        permissions: ctx.appPermissions ?? APP_PERMISSIONS,
      },
      channel_id: channel.id,
      member: { ...memberObject(user, isoNow()), permissions: MEMBER_PERMISSIONS, ...ctx.member },
      context: 0,
      authorizing_integration_owners: { '0': guild.id },
    };
  }

  #commandData(name: string, input: OptionInput, ctx: CommandContext, base: JsonObject, focused: string | undefined): JsonObject {
    const guildId = typeof base.guild_id === 'string' ? base.guild_id : undefined;
    const command = this.env.commands.find(name, guildId);
    if (!command && this.env.strict) {
      throw new Error(`/${name} is not registered (globally or in guild ${guildId ?? '-'}); register it first or start the emulator with strict: false`);
    }
    const data: JsonObject = { id: command?.id ?? snowflake(), name, type: 1 };
    if (command?.guild_id) data.guild_id = command.guild_id;
    const options = Array.isArray(input) ? input : this.#options(command, input, ctx, focused);
    if (options.length > 0) data.options = options;
    if (ctx.resolved) data.resolved = ctx.resolved;
    return data;
  }

  #options(command: RegisteredCommand | undefined, values: Record<string, string | number | boolean>, ctx: CommandContext, focused: string | undefined): JsonObject[] {
    let schema: JsonObject[] = command?.options ?? [];
    const descend = (name: string | undefined, type: number): void => {
      if (name === undefined) return;
      const found = schema.find((option) => option.name === name && option.type === type);
      if (!found && command && this.env.strict) throw new Error(`/${command.name} has no ${type === 2 ? 'subcommand group' : 'subcommand'} "${name}"`);
      schema = (found?.options as JsonObject[] | undefined) ?? [];
    };
    descend(ctx.subcommandGroup, 2);
    descend(ctx.subcommand, 1);

    const check = command !== undefined && this.env.strict;
    let options: JsonObject[] = Object.entries(values).map(([name, value]) => {
      const definition = schema.find((option) => option.name === name);
      if (!definition && check) throw new Error(`/${command.name} has no option "${name}"`);
      const option: JsonObject = { name, type: definition?.type ?? inferOptionType(value), value };
      if (name === focused) option.focused = true;
      return option;
    });
    if (check && focused === undefined) {
      const missing = schema.filter((option) => option.required === true && !(String(option.name) in values));
      if (missing.length > 0) throw new Error(`/${command.name} requires option(s): ${missing.map((option) => String(option.name)).join(', ')}`);
    }
    if (ctx.subcommand !== undefined) options = [{ type: 1, name: ctx.subcommand, options }];
    if (ctx.subcommandGroup !== undefined) options = [{ type: 2, name: ctx.subcommandGroup, options }];
    return options;
  }

  #componentMessage(customId: string, message: EmulatedMessage | string | undefined, fallback: JsonObject[], base: JsonObject): EmulatedMessage {
    if (message === undefined) {
      // Nothing given: a bot message that carries the component, stored so `update()` can edit it.
      const created = messageObject({
        channelId: String(base.channel_id),
        guildId: typeof base.guild_id === 'string' ? base.guild_id : undefined,
        author: this.env.bot,
        applicationId: this.env.applicationId,
        type: 0,
        flags: 0,
        interactionMetadata: undefined,
        attachments: [],
        body: { content: '', components: fallback },
      });
      this.env.messages.set(created.id, created);
      return structuredClone(created);
    }
    const id = typeof message === 'string' ? message : message.id;
    const stored = this.env.messages.get(id) ?? (typeof message === 'string' ? undefined : message);
    if (!stored) throw new Error(`Unknown message ${id}: pass the message object or let the emulator create one`);
    if (this.env.strict && !hasCustomId(stored.components, customId)) {
      throw new Error(`Message ${id} has no component with custom_id "${customId}" (a user cannot click it)`);
    }
    return structuredClone(stored);
  }
}

function inferOptionType(value: string | number | boolean): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}

/** Searches action rows and Components V2 containers for a component with this custom_id. */
function hasCustomId(components: unknown, customId: string): boolean {
  if (!Array.isArray(components)) return false;
  return components.some((component) => {
    if (typeof component !== 'object' || component === null) return false;
    const value = component as JsonObject;
    return value.custom_id === customId || hasCustomId(value.components, customId) || hasCustomId(value.accessory ? [value.accessory] : [], customId);
  });
}
