/**
 * Application command registry: global and per-guild scopes, bulk overwrite semantics and Discord's
 * validation of command definitions.
 */
import { DiscordErrors } from './http.js';
import { Issues, validateCommand, validateCommandList } from './limits.js';
import { snowflake } from './payloads.js';
import type { JsonObject } from './types.js';

/** A command as Discord returns it after registration. */
export interface RegisteredCommand {
  id: string;
  application_id: string;
  version: string;
  type: number;
  name: string;
  description: string;
  guild_id?: string;
  options?: JsonObject[];
  default_member_permissions: string | null;
  nsfw: boolean;
  name_localizations: JsonObject | null;
  description_localizations: JsonObject | null;
  contexts: number[] | null;
  integration_types: number[];
}

/** One registration call, for assertions (`emulator.commandWrites`). */
export interface CommandWrite {
  method: 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  guildId: string | undefined;
  commands: RegisteredCommand[];
}

const GLOBAL = 'global';

export class CommandStore {
  readonly writes: CommandWrite[] = [];
  readonly #scopes = new Map<string, RegisteredCommand[]>();

  constructor(private readonly applicationId: string) {}

  /** Registered commands of a guild, or the global ones when `guildId` is omitted. */
  list(guildId?: string): RegisteredCommand[] {
    return structuredClone(this.#scope(guildId));
  }

  /** A command the client could see in `guildId`: a guild command first, then a global one. */
  find(name: string, guildId?: string, type = 1): RegisteredCommand | undefined {
    const match = (command: RegisteredCommand): boolean => command.name === name && command.type === type;
    return (guildId === undefined ? undefined : this.#scope(guildId).find(match)) ?? this.#scope(undefined).find(match);
  }

  /** `PUT`: replaces the whole scope; commands keeping their name and type keep their id, as on Discord. */
  overwrite(guildId: string | undefined, body: unknown): RegisteredCommand[] {
    const issues = new Issues();
    validateCommandList(body, issues);
    if (!issues.empty) throw DiscordErrors.invalidFormBody(issues);
    const previous = this.#scope(guildId);
    const next = (body as JsonObject[]).map((definition) => {
      const existing = previous.find((command) => command.name === definition.name && command.type === (definition.type ?? 1));
      return this.#materialize(definition, guildId, existing?.id);
    });
    this.#scopes.set(guildId ?? GLOBAL, next);
    this.writes.push({ method: 'PUT', guildId, commands: structuredClone(next) });
    return structuredClone(next);
  }

  /** `POST`: creates, or overwrites a command with the same name and type (Discord's upsert). */
  create(guildId: string | undefined, body: unknown): { command: RegisteredCommand; created: boolean } {
    const issues = new Issues();
    validateCommand(body, [], issues);
    if (!issues.empty) throw DiscordErrors.invalidFormBody(issues);
    const definition = body as JsonObject;
    const scope = this.#scope(guildId);
    const index = scope.findIndex((command) => command.name === definition.name && command.type === (definition.type ?? 1));
    const command = this.#materialize(definition, guildId, index === -1 ? undefined : scope[index]?.id);
    if (index === -1) scope.push(command);
    else scope[index] = command;
    this.#scopes.set(guildId ?? GLOBAL, scope);
    this.writes.push({ method: 'POST', guildId, commands: [structuredClone(command)] });
    return { command: structuredClone(command), created: index === -1 };
  }

  get(guildId: string | undefined, id: string): RegisteredCommand {
    const command = this.#scope(guildId).find((candidate) => candidate.id === id);
    if (!command) throw DiscordErrors.unknownCommand();
    return structuredClone(command);
  }

  edit(guildId: string | undefined, id: string, body: unknown): RegisteredCommand {
    const current = this.get(guildId, id);
    const issues = new Issues();
    validateCommand({ ...(body as JsonObject), type: current.type }, [], issues, true);
    if (!issues.empty) throw DiscordErrors.invalidFormBody(issues);
    const command = this.#materialize({ ...current, ...(body as JsonObject) }, guildId, id);
    const scope = this.#scope(guildId).map((candidate) => (candidate.id === id ? command : candidate));
    this.#scopes.set(guildId ?? GLOBAL, scope);
    this.writes.push({ method: 'PATCH', guildId, commands: [structuredClone(command)] });
    return structuredClone(command);
  }

  delete(guildId: string | undefined, id: string): void {
    const removed = this.get(guildId, id);
    this.#scopes.set(guildId ?? GLOBAL, this.#scope(guildId).filter((candidate) => candidate.id !== id));
    this.writes.push({ method: 'DELETE', guildId, commands: [removed] });
  }

  #scope(guildId: string | undefined): RegisteredCommand[] {
    return this.#scopes.get(guildId ?? GLOBAL) ?? [];
  }

  #materialize(definition: JsonObject, guildId: string | undefined, id: string | undefined): RegisteredCommand {
    const type = typeof definition.type === 'number' ? definition.type : 1;
    const command: RegisteredCommand = {
      id: id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      type,
      name: String(definition.name),
      description: typeof definition.description === 'string' ? definition.description : '',
      default_member_permissions:
        typeof definition.default_member_permissions === 'string' ? definition.default_member_permissions : null,
      nsfw: definition.nsfw === true,
      name_localizations: (definition.name_localizations as JsonObject | undefined) ?? null,
      description_localizations: (definition.description_localizations as JsonObject | undefined) ?? null,
      contexts: Array.isArray(definition.contexts) ? (definition.contexts as number[]) : guildId ? null : [0, 1, 2],
      integration_types: Array.isArray(definition.integration_types) ? (definition.integration_types as number[]) : [0],
    };
    if (guildId !== undefined) command.guild_id = guildId;
    if (Array.isArray(definition.options) && definition.options.length > 0) command.options = definition.options as JsonObject[];
    return command;
  }
}
