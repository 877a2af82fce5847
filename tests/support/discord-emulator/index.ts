/**
 * A local Discord API emulator (REST v10 + JSON gateway) for end-to-end tests of the bot with a real
 * discord.js Client and no internet:
 *
 *   const emulator = await DiscordEmulator.start();
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: emulator.apiUrl } });
 *   await client.login(emulator.token);
 *   const handle = emulator.sendInteraction(emulator.chatInput('ask', { question: 'Who?' }));
 *   expect((await handle.response()).type).toBe(5);
 *   expect((await handle.original()).content).toContain('...');
 *   await client.destroy(); await emulator.close();
 *
 * Only node:http and ws are used. Each module documents its part of the protocol.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InteractionBuilder } from './builders.js';
import type { AutocompleteContext, CommandContext, InteractionContext, InteractionDraft, OptionInput } from './builders.js';
import { CommandStore } from './commands.js';
import type { CommandWrite, RegisteredCommand } from './commands.js';
import { FaultInjector } from './faults.js';
import { Gateway } from './gateway.js';
import { InteractionService } from './interactions.js';
import type { InteractionHandle } from './interactions.js';
import {
  applicationObject,
  botUserObject,
  DEFAULT_IDS,
  defaultBotUser,
  defaultGuild,
  defaultUser,
  guildCreateObject,
  readyObject,
} from './payloads.js';
import { EmulatorRoutes, RestApi } from './rest.js';
import type { EmulatedMessage, GuildFixture, JsonObject, RecordedRequest, UserFixture } from './types.js';
import { Waiters } from './waiters.js';

export { EmulatorRoutes };
export { DISCORD_LIMITS } from './limits.js';
export { GatewayCloseCode, GatewayOpcode, PRIVILEGED_INTENTS } from './gateway.js';
export type { Gateway, GatewayConnection, GatewayEvent, GatewayEventKind, GatewaySession } from './gateway.js';
export type { RouteMatcher, RateLimitFault, StatusFault, FaultInjector } from './faults.js';
export type { CallbackAttempt, InteractionCallback, InteractionHandle, WaitOptions } from './interactions.js';
export type { AutocompleteContext, CommandContext, InteractionContext, InteractionDraft, OptionInput } from './builders.js';
export type { CommandWrite, RegisteredCommand } from './commands.js';
export { CallbackType, InteractionKind, MessageFlag } from './types.js';
export type { ChannelFixture, EmulatedMessage, GuildFixture, JsonObject, RecordedRequest, RoleFixture, UploadedFile, UserFixture } from './types.js';
export { EmulatorTimeoutError } from './waiters.js';
export { DEFAULT_IDS, defaultGuild, defaultUser } from './payloads.js';

export interface DiscordEmulatorOptions {
  /** The bot token the emulator accepts (default `'test-token'`). */
  token?: string;
  /** Application id; also the bot user's id (default `DEFAULT_IDS.application`). */
  applicationId?: string;
  /** `application.flags` in READY (e.g. intent flags); default 0. */
  applicationFlags?: number;
  /** Overrides for the bot user (username...). */
  botUser?: Partial<UserFixture>;
  /** The user who triggers interactions unless a builder gets `{ user }`. */
  defaultUser?: UserFixture;
  /** Guilds the bot is in (default: one guild with a #general text channel). The first is the default. */
  guilds?: GuildFixture[];
  /** HELLO heartbeat_interval in ms (default 41250, like Discord). */
  heartbeatIntervalMs?: number;
  /** Recommended shard count in GET /gateway/bot (default 1). */
  shards?: number;
  /** Privileged intents enabled for the app (bitfield); using others closes the gateway with 4014. Default none. */
  privilegedIntents?: number;
  /** Time to answer an interaction (default 3000 ms). */
  callbackDeadlineMs?: number;
  /** Lifetime of an interaction token for edits and follow-ups (default 15 min). */
  webhookTokenTtlMs?: number;
  /** Default timeout of the `wait*`/`response()`/`original()` helpers (default 5000 ms). */
  defaultWaitMs?: number;
  /** Builders refuse interactions a real client could not send (default true). */
  strict?: boolean;
}

export class DiscordEmulator {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: UserFixture;
  readonly defaultUser: UserFixture;
  readonly guilds: GuildFixture[];
  /** REST fault injection (429, 5xx, connection resets, delays). */
  readonly faults = new FaultInjector();
  /** The gateway: connections, sessions, events, and drop/reconnect/invalidateSession faults. */
  readonly gateway: Gateway;

  readonly #waiters = new Waiters();
  readonly #commands: CommandStore;
  readonly #interactions: InteractionService;
  readonly #builder: InteractionBuilder;
  readonly #rest: RestApi;
  readonly #server: Server;
  readonly #defaultWaitMs: number;
  readonly #sessionStartLimit = { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 1 };
  #closing: Promise<void> | undefined;

  private constructor(options: DiscordEmulatorOptions) {
    this.token = options.token ?? 'test-token';
    this.applicationId = options.applicationId ?? DEFAULT_IDS.application;
    this.botUser = { ...defaultBotUser(this.applicationId), ...options.botUser };
    this.defaultUser = options.defaultUser ?? defaultUser();
    this.guilds = options.guilds ?? [defaultGuild()];
    this.#defaultWaitMs = options.defaultWaitMs ?? 5000;
    const applicationFlags = options.applicationFlags ?? 0;
    const shardCount = options.shards ?? 1;

    this.#commands = new CommandStore(this.applicationId);
    this.#interactions = new InteractionService({
      applicationId: this.applicationId,
      bot: this.botUser,
      waiters: this.#waiters,
      defaultWaitMs: this.#defaultWaitMs,
      callbackDeadlineMs: options.callbackDeadlineMs ?? 3000,
      webhookTokenTtlMs: options.webhookTokenTtlMs ?? 15 * 60 * 1000,
    });
    this.#builder = new InteractionBuilder({
      applicationId: this.applicationId,
      bot: this.botUser,
      defaultUser: this.defaultUser,
      guilds: this.guilds,
      commands: this.#commands,
      messages: this.#interactions.messages,
      strict: options.strict ?? true,
    });
    const guildsOfShard = ([shardId, count]: [number, number]): GuildFixture[] =>
      this.guilds.filter((guild) => Number((BigInt(guild.id) >> 22n) % BigInt(count)) === shardId);
    this.gateway = new Gateway({
      token: this.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      allowedPrivilegedIntents: options.privilegedIntents ?? 0,
      waiters: this.#waiters,
      defaultWaitMs: this.#defaultWaitMs,
      ready: (session) =>
        readyObject({
          bot: this.botUser,
          applicationId: this.applicationId,
          applicationFlags,
          guilds: guildsOfShard(session.shard),
          sessionId: session.id,
          resumeGatewayUrl: this.gatewayUrl,
          shard: session.shard,
        }),
      guildCreates: (shard) => guildsOfShard(shard).map((guild) => guildCreateObject(guild, this.botUser)),
      onIdentify: () => {
        this.#sessionStartLimit.remaining = Math.max(0, this.#sessionStartLimit.remaining - 1);
      },
    });
    this.#rest = new RestApi({
      token: this.token,
      applicationId: this.applicationId,
      guildIds: () => new Set(this.guilds.map((guild) => guild.id)),
      gatewayUrl: () => this.gatewayUrl,
      gatewayBot: () => ({ url: this.gatewayUrl, shards: shardCount, session_start_limit: { ...this.#sessionStartLimit } }),
      botUser: () => botUserObject(this.botUser),
      application: () => applicationObject(this.applicationId, applicationFlags, this.botUser),
      commands: this.#commands,
      interactions: this.#interactions,
      faults: this.faults,
      waiters: this.#waiters,
    });
    this.#server = createServer((req, res) => this.#rest.handle(req, res));
    this.#server.on('upgrade', (req, socket, head) => this.gateway.handleUpgrade(req, socket, head));
  }

  /** Starts an emulator on 127.0.0.1 with a random free port. */
  static async start(options: DiscordEmulatorOptions = {}): Promise<DiscordEmulator> {
    const emulator = new DiscordEmulator(options);
    await new Promise<void>((resolve, reject) => {
      emulator.#server.once('error', reject);
      emulator.#server.listen(0, '127.0.0.1', () => resolve());
    });
    return emulator;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  /** REST base without version, for `new Client({ rest: { api } })` / `DISCORD_API_URL`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** What GET /gateway/bot returns and READY's `resume_gateway_url`. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** The guild interactions come from by default. */
  get defaultGuild(): GuildFixture {
    const guild = this.guilds[0];
    if (!guild) throw new Error('The emulator has no guilds');
    return guild;
  }

  // ---- Recording -----------------------------------------------------------------------------

  /** Every REST request in arrival order (`headers` without Authorization). */
  get requests(): readonly RecordedRequest[] {
    return this.#rest.requests;
  }

  /** Requests no emulated route handled (answered 404/405): usually a sign the bot calls something unexpected. */
  get unknownRoutes(): RecordedRequest[] {
    return this.#rest.requests.filter((request) => !request.known);
  }

  /** Exceptions inside the emulator itself (answered 500). Assert it stays empty. */
  get internalErrors(): readonly Error[] {
    return this.#rest.internalErrors;
  }

  /** REST requests made with an interaction's token (its callback, edits, follow-ups), in order. */
  requestsFor(handle: InteractionHandle): RecordedRequest[] {
    return this.#rest.requests.filter((request) => request.path.split('/').includes(handle.token));
  }

  /**
   * Resolves with the first answered request matching `predicate` (already recorded ones included
   * unless `since` – an index into `requests` – says otherwise).
   */
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    options: { timeoutMs?: number; since?: number } = {},
  ): Promise<RecordedRequest> {
    const since = options.since ?? 0;
    return this.#waiters.waitFor(
      () => this.#rest.requests.slice(since).find((request) => request.status !== undefined && predicate(request)),
      options.timeoutMs ?? this.#defaultWaitMs,
      () => `a matching request (seen: ${this.#rest.requests.slice(since).map((request) => `${request.route} → ${request.status ?? '…'}`).join('; ') || 'none'})`,
    );
  }

  /** Registered commands of a guild, or the global ones. */
  getCommands(guildId?: string): RegisteredCommand[] {
    return this.#commands.list(guildId);
  }

  /** Every command registration call (PUT/POST/PATCH/DELETE), in order. */
  get commandWrites(): readonly CommandWrite[] {
    return this.#commands.writes;
  }

  /** A message created through interactions/webhooks (current state), if it exists. */
  getMessage(id: string): EmulatedMessage | undefined {
    const message = this.#interactions.messages.get(id);
    return message && structuredClone(message);
  }

  /** All interactions sent so far. */
  get interactions(): InteractionHandle[] {
    return [...this.#interactions.handles.values()];
  }

  // ---- Driving interactions ------------------------------------------------------------------

  /** A slash command. Options are `{ name: value }` (typed from the registered command) or raw option objects. */
  chatInput(name: string, options?: OptionInput, ctx?: CommandContext): InteractionDraft {
    return this.#builder.chatInput(name, options, ctx);
  }

  /** Autocomplete while typing `ctx.focused` (default: the last option given). */
  autocomplete(name: string, options: OptionInput, ctx?: AutocompleteContext): InteractionDraft {
    return this.#builder.autocomplete(name, options, ctx);
  }

  /** A button click on a message the bot sent (e.g. `await handle.original()`), or on a synthetic one. */
  button(customId: string, message?: EmulatedMessage | string, ctx?: InteractionContext): InteractionDraft {
    return this.#builder.button(customId, message, ctx);
  }

  /** A string select menu choice on a message the bot sent, or on a synthetic one. */
  selectMenu(customId: string, values: string[], message?: EmulatedMessage | string, ctx?: InteractionContext): InteractionDraft {
    return this.#builder.selectMenu(customId, values, message, ctx);
  }

  /** A modal submission with text input values `{ customId: value }`. */
  modalSubmit(customId: string, fields: Record<string, string>, ctx?: InteractionContext & { message?: EmulatedMessage }): InteractionDraft {
    return this.#builder.modalSubmit(customId, fields, ctx);
  }

  /**
   * Dispatches INTERACTION_CREATE with a fresh id and token and returns its handle. The draft comes
   * from a builder or is hand-written (missing context fields are filled in). `expired: true` makes
   * the token unanswerable from the start (callback → 404 10062).
   */
  sendInteraction(draft: JsonObject, options: { expired?: boolean } = {}): InteractionHandle {
    const payload = this.#builder.complete(draft);
    const handle = this.#interactions.register(payload);
    if (options.expired) handle.expire();
    handle.sequence = this.gateway.dispatch('INTERACTION_CREATE', payload, typeof payload.guild_id === 'string' ? payload.guild_id : undefined);
    return handle;
  }

  /** The bot joins a guild: adds the fixture and dispatches its GUILD_CREATE to the owning session. */
  addGuild(guild: GuildFixture): void {
    this.guilds.push(guild);
    if (this.gateway.activeSession(guild.id)) this.gateway.dispatch('GUILD_CREATE', guildCreateObject(guild, this.botUser), guild.id);
  }

  /** Sends any other gateway dispatch (e.g. GUILD_CREATE for a new guild). Returns its sequence number. */
  dispatch(event: string, data: unknown, guildId?: string): number {
    return this.gateway.dispatch(event, data, guildId);
  }

  // ---- Fault shortcuts (see `faults` and `gateway` for the full set) ---------------------------

  /** The next `count` interaction callbacks answer `status` (500 by default). */
  failNextCallback(status = 500, count = 1): void {
    this.faults.fail(EmulatorRoutes.interactionCallback, { status, count });
  }

  /** The next `count` interaction callbacks reach the emulator `ms` late (deadline checked after the delay). */
  delayCallbacks(ms: number, count = 1): void {
    this.faults.delay(EmulatorRoutes.interactionCallback, ms, { count });
  }

  /**
   * Forgets what the emulator recorded: REST requests, interactions with their messages, gateway
   * events and the dispatch logs kept for RESUME. For long load runs, so that memory measured in
   * the same process is the bot's, not the emulator's. Handles already obtained stay readable, but
   * the bot can no longer edit or follow up on the forgotten interactions.
   */
  clearHistory(): void {
    this.#rest.requests.length = 0;
    this.#interactions.clearHistory();
    this.gateway.clearHistory();
  }

  /** Stops everything: sockets, timers and pending waits. Safe to call twice. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      this.#waiters.close(new Error('The Discord emulator was closed'));
      this.faults.dispose();
      this.gateway.close();
      this.#server.closeAllConnections();
      await new Promise<void>((resolve) => this.#server.close(() => resolve()));
    })();
    return this.#closing;
  }
}
