/**
 * Test support for the HTTP interactions endpoint: an Ed25519 key pair, the server on port 0 over
 * fixture articles, real signed requests with fetch, and interaction payloads shaped like
 * Discord's (API v10).
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import type { Engine } from '../../src/answer/engine.js';
import { createInteractionServer, type InteractionServer } from '../../src/http/server.js';
import { Library } from '../../src/library/library.js';

const FIXTURES = new URL('../fixtures/articles/', import.meta.url).pathname;
const DISCORD_FIXTURES = new URL('../discord/fixtures/', import.meta.url).pathname;

export const USER = '1180000000000000200';
export const STRANGER = '1180000000000000999';
export const SOMEONE = '1180000000000000456';
export const EPHEMERAL = 64;

/** A library of fixture articles by ID (`eastport-pier` is the Discord tests' own fixture). */
export function libraryOf(ids: string[]): Library {
  const path = (id: string) => `${id === 'eastport-pier' ? DISCORD_FIXTURES : FIXTURES}${id}.txt`;
  return Library.fromTexts(Object.fromEntries(ids.map((id) => [id, readFileSync(path(id), 'utf8')])));
}

export interface KeyPair {
  privateKey: KeyObject;
  /** The raw public key as Discord shows it: 64 hex characters. */
  publicHex: string;
}

export function keyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  // The SPKI DER of an Ed25519 key is a 12-byte header and the 32 raw bytes.
  return { privateKey, publicHex: publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex') };
}

export interface LogRecord {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface Endpoint {
  url: string;
  keys: KeyPair;
  logs: LogRecord[];
  /** Raw log lines, to check nothing secret was written. */
  lines: string[];
  server: InteractionServer;
  engine: Engine;
  close(): Promise<void>;
}

export async function startEndpoint(options: { engine: Engine; keys?: KeyPair; path?: string }): Promise<Endpoint> {
  const keys = options.keys ?? keyPair();
  const logs: LogRecord[] = [];
  const lines: string[] = [];
  const logger = pino(
    { level: 'trace', serializers: { err: pino.stdSerializers.err } },
    { write: (line: string) => void (lines.push(line), logs.push(JSON.parse(line) as LogRecord)) },
  );
  const server = createInteractionServer({ engine: options.engine, logger, publicKey: keys.publicHex, path: options.path ?? '/interactions' });
  const url = await server.listen(0, '127.0.0.1');
  return { url: url.replace('localhost', '127.0.0.1'), keys, logs, lines, server, engine: options.engine, close: () => server.close() };
}

export interface PostOptions {
  /** Sign with this key instead of the endpoint's. */
  key?: KeyObject;
  /** Send no signature headers. */
  unsigned?: boolean;
  timestamp?: string;
  /** Sign this body but send `body`. */
  signedBody?: string;
  /** Extra headers, sent instead of the computed ones (malformed signatures). */
  headers?: Record<string, string>;
}

/** POSTs `payload` (JSON, or a raw string) to the endpoint, signed as Discord signs. */
export async function post(endpoint: Pick<Endpoint, 'url' | 'keys'>, payload: unknown, options: PostOptions = {}): Promise<Response> {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
  const signed = Buffer.from(timestamp + (options.signedBody ?? body));
  const signature = sign(null, signed, options.key ?? endpoint.keys.privateKey).toString('hex');
  const signing: Record<string, string> = options.unsigned ? {} : { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
  const headers: Record<string, string> = { 'content-type': 'application/json', ...signing, ...options.headers };
  return fetch(endpoint.url, { method: 'POST', headers, body });
}

/** What a message response's `data` holds. */
export interface MessageData {
  content?: string;
  embeds: { title?: string; url?: string; description?: string; author?: { name: string }; footer?: { text: string }; fields?: { name: string; value: string }[] }[];
  components?: { type: number; components: { type: number; custom_id: string; label: string; disabled?: boolean; style: number }[] }[];
  allowed_mentions: { parse: string[]; users?: string[] };
  flags?: number;
  choices?: { name: string; value: string }[];
}

export interface Answered {
  status: number;
  type: number;
  data: MessageData;
}

/** POSTs and reads the JSON interaction response. */
export async function send(endpoint: Pick<Endpoint, 'url' | 'keys'>, payload: unknown, options?: PostOptions): Promise<Answered> {
  const response = await post(endpoint, payload, options);
  const json = (await response.json()) as { type: number; data?: MessageData };
  return { status: response.status, type: json.type, data: json.data ?? ({} as MessageData) };
}

let sequence = 0;
const base = (type: number, user: string) => ({
  id: String(1180000000000100000n + BigInt(++sequence)),
  application_id: '1180000000000000001',
  type,
  token: `test-token-${sequence}`,
  version: 1,
  guild_id: '1180000000000000100',
  channel_id: '1180000000000000101',
  member: { user: { id: user, username: 'tester', global_name: 'Tester', discriminator: '0', avatar: null }, roles: [], permissions: '0' },
  locale: 'en-US',
});

const OPTION_TYPES = { string: 3, boolean: 5, user: 6 } as const;
const optionsOf = (values: Record<string, string | boolean>, focused?: string) =>
  Object.entries(values).map(([name, value]) => ({
    name,
    type: typeof value === 'boolean' ? OPTION_TYPES.boolean : name === 'mention' ? OPTION_TYPES.user : OPTION_TYPES.string,
    value,
    ...(name === focused ? { focused: true } : {}),
  }));

/** A slash command (APPLICATION_COMMAND); `subcommand` wraps the options as Discord does (`/article show`). */
export function command(name: string, options: Record<string, string | boolean> = {}, user = USER, subcommand?: string) {
  const filled = optionsOf(options);
  return { ...base(2, user), data: { id: '1180000000000000300', name, type: 1, options: subcommand ? [{ name: subcommand, type: 1, options: filled }] : filled } };
}

/** An autocomplete request, the last option focused unless `focused` says otherwise. */
export function autocomplete(name: string, options: Record<string, string>, focused = Object.keys(options).at(-1)) {
  return { ...base(4, USER), data: { id: '1180000000000000300', name, type: 1, options: optionsOf(options, focused) } };
}

/** A click on `customId` of a message posted in answer to `owner`'s command (MESSAGE_COMPONENT). */
export function click(customId: string, message: { content?: string; embeds?: unknown[]; components?: unknown[] } = {}, options: { user?: string; owner?: string } = {}) {
  const owner = options.owner ?? USER;
  return {
    ...base(3, options.user ?? USER),
    data: { custom_id: customId, component_type: 2 },
    message: {
      id: '1180000000000000500',
      channel_id: '1180000000000000101',
      type: 20,
      content: message.content ?? '',
      embeds: message.embeds ?? [],
      components: message.components ?? [],
      flags: 0,
      interaction_metadata: { id: '1180000000000000600', type: 2, user: { id: owner, username: 'owner' } },
    },
  };
}

/** Every string in a value (to check none holds a live mention). */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
