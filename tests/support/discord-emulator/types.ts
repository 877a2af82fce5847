/**
 * Types shared by the Discord API emulator's modules.
 *
 * Payloads are deliberately typed loosely (`JsonObject`): the emulator has to accept whatever a
 * (possibly buggy) bot sends and report problems as Discord would, rather than rely on the compiler.
 */

export type JsonObject = Record<string, unknown>;

/** A file part of a multipart/form-data request (discord.js sends `files[n]` next to `payload_json`). */
export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

/** One REST request as the emulator saw it. `headers` never contains `authorization`. */
export interface RecordedRequest {
  /** 1-based arrival order. */
  seq: number;
  method: string;
  /** Decoded path without the `/api/v10` prefix, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  /**
   * `METHOD /template` of the route that handled it, e.g. `POST /interactions/:id/:token/callback`
   * (see `EmulatorRoutes`); `METHOD /literal/path` for unknown routes.
   */
  route: string;
  /** Whether an emulated route handled it (false: catch-all 404 or 405). */
  known: boolean;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON body, or the parsed `payload_json` part of a multipart body; undefined when empty. */
  body: unknown;
  files: UploadedFile[];
  /** `performance.now()` when the request arrived. */
  receivedAt: number;
  /** Set once answered. */
  status?: number;
  response?: unknown;
  /** Set when an injected fault answered instead of the route (`429`, `500`, `reset`, ...). */
  fault?: string;
}

export interface UserFixture {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
}

export interface ChannelFixture {
  id: string;
  name: string;
  /** Discord channel type: 0 text, 2 voice, 4 category, 5 announcement, 15 forum. */
  type: number;
  position?: number;
  parent_id?: string | null;
  topic?: string | null;
}

export interface RoleFixture {
  id: string;
  name: string;
  /** Permission bitfield as a decimal string. */
  permissions: string;
  position: number;
  color?: number;
}

export interface GuildFixture {
  id: string;
  name: string;
  ownerId: string;
  locale: string;
  channels: ChannelFixture[];
  /** The `@everyone` role (id = guild id) is added automatically when missing. */
  roles: RoleFixture[];
  /** Guild members besides the bot, which is always a member. */
  members: UserFixture[];
}

/** A message as the emulator stores it: the subset of Discord's message object discord.js reads. */
export interface EmulatedMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: UserFixture;
  content: string;
  embeds: JsonObject[];
  components: JsonObject[];
  attachments: JsonObject[];
  flags: number;
  type: number;
  timestamp: string;
  edited_timestamp: string | null;
  tts: boolean;
  mention_everyone: boolean;
  mentions: unknown[];
  mention_roles: string[];
  pinned: boolean;
  webhook_id?: string;
  application_id?: string;
  interaction_metadata?: JsonObject;
  poll?: unknown;
}

/** Discord message flags the emulator cares about. */
export const MessageFlag = {
  SuppressEmbeds: 1 << 2,
  Ephemeral: 1 << 6,
  Loading: 1 << 7,
  SuppressNotifications: 1 << 12,
  IsComponentsV2: 1 << 15,
} as const;

/** Interaction types (what Discord sends). */
export const InteractionKind = {
  Ping: 1,
  ApplicationCommand: 2,
  MessageComponent: 3,
  Autocomplete: 4,
  ModalSubmit: 5,
} as const;

/** Interaction callback types (what the bot answers). */
export const CallbackType = {
  Pong: 1,
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredUpdateMessage: 6,
  UpdateMessage: 7,
  AutocompleteResult: 8,
  Modal: 9,
} as const;
