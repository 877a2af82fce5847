/**
 * The gateway side of the emulator: a `ws` server speaking Discord's JSON gateway protocol (v10):
 * HELLO → IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME with event replay, and faults (drops,
 * RECONNECT, INVALID_SESSION).
 *
 * Compression: discord.js asks for `compress=zlib-stream` only when `zlib-sync` is installed. The
 * emulator ignores the parameter (recorded in `connection.query`) and always sends text frames, which
 * @discordjs/ws parses as plain JSON whatever it asked for, so both setups work.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { RawData } from 'ws';
import type { JsonObject } from './types.js';
import type { Waiters } from './waiters.js';

export const GatewayOpcode = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
  RequestSoundboardSounds: 31,
} as const;

export const GatewayCloseCode = {
  UnknownError: 4000,
  UnknownOpcode: 4001,
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidSeq: 4007,
  InvalidShard: 4010,
  InvalidApiVersion: 4012,
  InvalidIntents: 4013,
  DisallowedIntents: 4014,
} as const;

/** GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT: must be enabled for the app in the developer portal. */
export const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);
const GUILDS_INTENT = 1 << 0;
const MAX_LOGGED_DISPATCHES = 5000;

export interface DispatchPacket {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

export interface GatewaySession {
  readonly id: string;
  readonly shard: [number, number];
  readonly intents: number;
  /** Last sequence number sent in this session. */
  seq: number;
  /** Dispatches of this session, replayed on RESUME. */
  readonly log: DispatchPacket[];
  connection: GatewayConnection | null;
  /** A clean client close (1000/1001), INVALID_SESSION(false) or a re-identify ends a session. */
  invalidated: boolean;
}

export interface GatewayConnection {
  readonly id: number;
  readonly ws: WebSocket;
  /** Query parameters of the upgrade request (`v`, `encoding`, `compress`). */
  readonly query: Record<string, string>;
  session: GatewaySession | null;
  closed: { code: number; reason: string } | null;
}

export type GatewayEventKind =
  | 'connect'
  | 'identify'
  | 'ready'
  | 'resume'
  | 'resumed'
  | 'heartbeat'
  | 'invalid-session'
  | 'reconnect-requested'
  | 'close';

export interface GatewayEvent {
  kind: GatewayEventKind;
  connectionId: number;
  sessionId?: string;
  /** Close code for `close` events. */
  code?: number;
  at: number;
}

export interface GatewayConfig {
  token: string;
  heartbeatIntervalMs: number;
  /** Privileged intents the application may use (bitfield); others get close code 4014. */
  allowedPrivilegedIntents: number;
  waiters: Waiters;
  defaultWaitMs: number;
  /** READY body for a new session. */
  ready(session: GatewaySession): JsonObject;
  /** GUILD_CREATE bodies for the guilds of a shard. */
  guildCreates(shard: [number, number]): JsonObject[];
  /** Called on each successful IDENTIFY (session start limit bookkeeping). */
  onIdentify(): void;
}

export class Gateway {
  /** Every connection ever opened, in order. */
  readonly connections: GatewayConnection[] = [];
  readonly sessions = new Map<string, GatewaySession>();
  /** Protocol milestones, for assertions and `waitFor`. */
  readonly events: GatewayEvent[] = [];
  /** Payloads the client sent (tokens redacted). */
  readonly received: { connectionId: number; op: number; d: unknown }[] = [];
  /** Set to false to stop acknowledging heartbeats (zombie-connection tests). */
  ackHeartbeats = true;

  readonly #wss = new WebSocketServer({ noServer: true });
  #nextConnectionId = 1;

  constructor(private readonly config: GatewayConfig) {}

  /** @internal Called by the HTTP server for upgrade requests. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://emulator');
    if (url.pathname.replace(/\/$/, '') !== '/gateway') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    this.#wss.handleUpgrade(req, socket, head, (ws) => this.#accept(ws, Object.fromEntries(url.searchParams)));
  }

  get stats(): { connections: number; identifies: number; resumes: number; heartbeats: number; open: number } {
    const count = (kind: GatewayEventKind): number => this.events.filter((event) => event.kind === kind).length;
    return {
      connections: this.connections.length,
      identifies: count('identify'),
      resumes: count('resumed'),
      heartbeats: count('heartbeat'),
      open: this.connections.filter((connection) => connection.closed === null).length,
    };
  }

  /**
   * Waits for a gateway event that happens after this call (or after index `since` of `events`).
   * Create the promise before triggering the event: `const r = gw.waitFor('resumed'); gw.drop(); await r;`
   */
  waitFor(
    kind: GatewayEventKind,
    options: { since?: number; timeoutMs?: number; where?: (event: GatewayEvent) => boolean } = {},
  ): Promise<GatewayEvent> {
    const since = options.since ?? this.events.length;
    return this.config.waiters.waitFor(
      () => this.events.slice(since).find((event) => event.kind === kind && (options.where?.(event) ?? true)),
      options.timeoutMs ?? this.config.defaultWaitMs,
      () => `gateway event "${kind}" (events since: ${this.events.slice(since).map((event) => event.kind).join(', ') || 'none'})`,
    );
  }

  /** The session that receives dispatches for a guild (its shard), or for DMs (shard 0). */
  activeSession(guildId?: string): GatewaySession | undefined {
    const candidates = [...this.sessions.values()].filter((session) => !session.invalidated).reverse();
    return candidates.find((session) => {
      const [shardId, shardCount] = session.shard;
      const target = guildId === undefined ? 0 : Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
      return shardId === target;
    });
  }

  /**
   * Sends a dispatch (op 0) to the session owning `guildId`. Without a live connection the event is
   * only logged and reaches the client when it resumes, like on Discord. Returns the sequence number.
   */
  dispatch(event: string, data: unknown, guildId?: string): number {
    const session = this.activeSession(guildId);
    if (!session) {
      throw new Error(`Cannot dispatch ${event}: no identified gateway session (has the client logged in?)`);
    }
    return this.#dispatchTo(session, event, data);
  }

  /**
   * Drops every open connection. Without a code the TCP connection is destroyed (the client sees
   * 1006 and resumes); with a code the server closes cleanly with it (e.g. 4000 → resume, 4004 → fatal).
   */
  drop(options: { code?: number; reason?: string } = {}): void {
    for (const connection of this.#open()) {
      // Detach first: dispatches sent from now on go to the session log and are replayed on RESUME.
      if (connection.session?.connection === connection) connection.session.connection = null;
      if (options.code === undefined) connection.ws.terminate();
      else connection.ws.close(options.code, options.reason ?? 'Dropped by the emulator');
    }
  }

  /** Sends op 7 RECONNECT: the client should close and resume on `resume_gateway_url`. */
  reconnect(): void {
    for (const connection of this.#open()) {
      this.#record('reconnect-requested', connection);
      this.#send(connection, { op: GatewayOpcode.Reconnect, d: null, s: null, t: null });
    }
  }

  /** Sends op 9 INVALID_SESSION. Not resumable: the session ends and the client must IDENTIFY again. */
  invalidateSession(resumable = false): void {
    for (const connection of this.#open()) {
      if (!resumable && connection.session) connection.session.invalidated = true;
      this.#record('invalid-session', connection);
      this.#send(connection, { op: GatewayOpcode.InvalidSession, d: resumable, s: null, t: null });
    }
  }

  /** Sends op 1: the client must heartbeat immediately. */
  requestHeartbeat(): void {
    for (const connection of this.#open()) this.#send(connection, { op: GatewayOpcode.Heartbeat, d: null, s: null, t: null });
  }

  /** Forgets events, received payloads and the dispatch logs (see `DiscordEmulator.clearHistory`): a RESUME then replays nothing. */
  clearHistory(): void {
    this.events.length = 0;
    this.received.length = 0;
    for (const session of this.sessions.values()) session.log.length = 0;
  }

  /** @internal */
  close(): void {
    for (const connection of this.connections) {
      if (connection.ws.readyState !== WebSocket.CLOSED) connection.ws.terminate();
    }
    this.#wss.close();
  }

  #open(): GatewayConnection[] {
    return this.connections.filter((connection) => connection.closed === null && connection.ws.readyState === WebSocket.OPEN);
  }

  #accept(ws: WebSocket, query: Record<string, string>): void {
    const connection: GatewayConnection = { id: this.#nextConnectionId++, ws, query, session: null, closed: null };
    this.connections.push(connection);
    ws.on('message', (data) => this.#onMessage(connection, data));
    ws.on('error', () => undefined); // a terminated socket may error; the close handler does the bookkeeping
    ws.on('close', (code, reason) => this.#onClose(connection, code, reason.toString()));
    this.#record('connect', connection);

    if (query.v !== undefined && query.v !== '10') {
      ws.close(GatewayCloseCode.InvalidApiVersion, 'Invalid API version (the emulator speaks v10).');
      return;
    }
    if (query.encoding !== undefined && query.encoding !== 'json') {
      ws.close(GatewayCloseCode.DecodeError, 'The emulator only supports encoding=json.');
      return;
    }
    this.#send(connection, {
      op: GatewayOpcode.Hello,
      d: { heartbeat_interval: this.config.heartbeatIntervalMs, _trace: ['["discord-emulator"]'] },
      s: null,
      t: null,
    });
  }

  #onClose(connection: GatewayConnection, code: number, reason: string): void {
    connection.closed = { code, reason };
    const session = connection.session;
    if (session?.connection === connection) {
      session.connection = null;
      // Discord ends the session when the client closes normally; other codes keep it resumable.
      if (code === 1000 || code === 1001) session.invalidated = true;
    }
    this.#record('close', connection, code);
  }

  #onMessage(connection: GatewayConnection, data: RawData): void {
    let payload: JsonObject;
    try {
      const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8');
      payload = JSON.parse(text) as JsonObject;
    } catch {
      connection.ws.close(GatewayCloseCode.DecodeError, 'Error while decoding payload.');
      return;
    }
    const op = Number(payload.op);
    const d = (payload.d ?? null) as JsonObject | number | boolean | null;
    this.received.push({ connectionId: connection.id, op, d: redactToken(d) });

    switch (op) {
      case GatewayOpcode.Heartbeat:
        this.#record('heartbeat', connection);
        if (this.ackHeartbeats) this.#send(connection, { op: GatewayOpcode.HeartbeatAck, d: null, s: null, t: null });
        return;
      case GatewayOpcode.Identify:
        this.#identify(connection, typeof d === 'object' && d !== null ? d : {});
        return;
      case GatewayOpcode.Resume:
        this.#resume(connection, typeof d === 'object' && d !== null ? d : {});
        return;
      case GatewayOpcode.PresenceUpdate:
      case GatewayOpcode.VoiceStateUpdate:
      case GatewayOpcode.RequestGuildMembers:
      case GatewayOpcode.RequestSoundboardSounds:
        // Accepted and recorded in `received`; the emulator has no presence or voice state to update.
        if (!connection.session) connection.ws.close(GatewayCloseCode.NotAuthenticated, 'Not authenticated.');
        return;
      default:
        connection.ws.close(GatewayCloseCode.UnknownOpcode, 'Unknown opcode.');
    }
  }

  #identify(connection: GatewayConnection, d: JsonObject): void {
    if (connection.session) {
      connection.ws.close(GatewayCloseCode.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    if (d.token !== this.config.token) {
      connection.ws.close(GatewayCloseCode.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    if (typeof d.intents !== 'number' || d.intents < 0) {
      connection.ws.close(GatewayCloseCode.InvalidIntents, 'Invalid intent(s).');
      return;
    }
    if ((d.intents & PRIVILEGED_INTENTS & ~this.config.allowedPrivilegedIntents) !== 0) {
      connection.ws.close(GatewayCloseCode.DisallowedIntents, 'Disallowed intent(s).');
      return;
    }
    const shard = parseShard(d.shard);
    if (!shard) {
      connection.ws.close(GatewayCloseCode.InvalidShard, 'Invalid shard.');
      return;
    }
    // A new IDENTIFY for the same shard replaces the previous session.
    for (const previous of this.sessions.values()) {
      if (previous.shard[0] === shard[0]) previous.invalidated = true;
    }
    const session: GatewaySession = {
      id: randomSessionId(),
      shard,
      intents: d.intents,
      seq: 0,
      log: [],
      connection,
      invalidated: false,
    };
    this.sessions.set(session.id, session);
    connection.session = session;
    this.config.onIdentify();
    this.#record('identify', connection);
    this.#dispatchTo(session, 'READY', this.config.ready(session));
    this.#record('ready', connection);
    if ((session.intents & GUILDS_INTENT) !== 0) {
      for (const guild of this.config.guildCreates(shard)) this.#dispatchTo(session, 'GUILD_CREATE', guild);
    }
  }

  #resume(connection: GatewayConnection, d: JsonObject): void {
    if (d.token !== this.config.token) {
      connection.ws.close(GatewayCloseCode.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    this.#record('resume', connection);
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (!session || session.invalidated) {
      this.#record('invalid-session', connection);
      this.#send(connection, { op: GatewayOpcode.InvalidSession, d: false, s: null, t: null });
      return;
    }
    const seq = typeof d.seq === 'number' ? d.seq : 0;
    if (seq > session.seq) {
      connection.ws.close(GatewayCloseCode.InvalidSeq, 'Invalid seq.');
      return;
    }
    const previous = session.connection;
    if (previous && previous !== connection) {
      previous.session = null;
      previous.ws.terminate();
    }
    session.connection = connection;
    connection.session = session;
    for (const packet of session.log) {
      if (packet.s > seq) this.#send(connection, packet);
    }
    this.#dispatchTo(session, 'RESUMED', { _trace: ['["discord-emulator"]'] });
    this.#record('resumed', connection);
  }

  #dispatchTo(session: GatewaySession, event: string, data: unknown): number {
    session.seq += 1;
    const packet: DispatchPacket = { op: 0, t: event, s: session.seq, d: data };
    session.log.push(packet);
    if (session.log.length > MAX_LOGGED_DISPATCHES) session.log.shift();
    const connection = session.connection;
    if (connection && connection.ws.readyState === WebSocket.OPEN) this.#send(connection, packet);
    return packet.s;
  }

  #send(connection: GatewayConnection, packet: object): void {
    // Errors (socket closing meanwhile) are ignored: a lost dispatch is replayed on RESUME.
    connection.ws.send(JSON.stringify(packet), () => undefined);
  }

  #record(kind: GatewayEventKind, connection: GatewayConnection, code?: number): void {
    const event: GatewayEvent = { kind, connectionId: connection.id, at: performance.now() };
    if (connection.session) event.sessionId = connection.session.id;
    if (code !== undefined) event.code = code;
    this.events.push(event);
    this.config.waiters.notify();
  }
}

function parseShard(value: unknown): [number, number] | undefined {
  if (value === undefined || value === null) return [0, 1];
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [id, count] = value as unknown[];
  if (typeof id !== 'number' || typeof count !== 'number' || count < 1 || id < 0 || id >= count) return undefined;
  return [id, count];
}

function randomSessionId(): string {
  return randomBytes(16).toString('hex');
}

function redactToken(d: unknown): unknown {
  if (typeof d === 'object' && d !== null && 'token' in d) return { ...d, token: '[redacted]' };
  return d;
}
