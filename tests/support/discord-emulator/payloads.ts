/**
 * Ids, fixtures and the JSON objects the emulator hands to the client (users, guilds, READY,
 * messages). Field sets follow Discord's API v10 documentation and what discord.js 14 reads.
 */
import { randomBytes } from 'node:crypto';
import type { ChannelFixture, EmulatedMessage, GuildFixture, JsonObject, RoleFixture, UserFixture } from './types.js';

const DISCORD_EPOCH = 1_420_070_400_000n;
let snowflakeIncrement = 0n;

/** A real-looking snowflake (discord.js derives `createdTimestamp` from it). */
export function snowflake(at: number = Date.now()): string {
  snowflakeIncrement = (snowflakeIncrement + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | snowflakeIncrement).toString();
}

/** An interaction token: URL-safe, long and unguessable like Discord's. */
export function interactionToken(): string {
  return `emu_${randomBytes(36).toString('base64url')}`;
}

export function isoNow(): string {
  return new Date().toISOString();
}

/** Fixed ids so tests and fixtures can refer to them. */
export const DEFAULT_IDS = {
  application: '1180000000000000001',
  guild: '1180000000000000100',
  channel: '1180000000000000101',
  user: '1180000000000000200',
} as const;

/** Permissions of a typical member in the default guild (view, send, embed, attach, history, slash commands...). */
export const MEMBER_PERMISSIONS = '2248473465835073';
/** Permissions the bot has in an interaction's channel (`app_permissions`). */
export const APP_PERMISSIONS = '2251799813685247';

export function defaultBotUser(applicationId: string): UserFixture {
  return { id: applicationId, username: 'byline-test', global_name: null, discriminator: '0', avatar: null, bot: true };
}

export function defaultUser(): UserFixture {
  return { id: DEFAULT_IDS.user, username: 'tester', global_name: 'Tester', discriminator: '0', avatar: null };
}

export function defaultGuild(): GuildFixture {
  return {
    id: DEFAULT_IDS.guild,
    name: 'Byline Test Guild',
    ownerId: DEFAULT_IDS.user,
    locale: 'en-US',
    channels: [{ id: DEFAULT_IDS.channel, name: 'general', type: 0, position: 0, topic: null }],
    roles: [],
    members: [defaultUser()],
  };
}

/** The full user object `GET /users/@me` and READY return for the bot. */
export function botUserObject(bot: UserFixture): JsonObject {
  return {
    ...bot,
    bot: true,
    verified: true,
    mfa_enabled: false,
    flags: 0,
    public_flags: 0,
    banner: null,
    accent_color: null,
    email: null,
    locale: 'en-US',
    avatar_decoration_data: null,
  };
}

export function applicationObject(applicationId: string, flags: number, bot: UserFixture): JsonObject {
  return {
    id: applicationId,
    name: bot.username,
    icon: null,
    description: 'Discord emulator application',
    summary: '',
    type: null,
    bot_public: false,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags,
    owner: { ...defaultUser() },
    team: null,
    bot: botUserObject(bot),
    tags: [],
    install_params: null,
    integration_types_config: { '0': {} },
    approximate_guild_count: 1,
    interactions_endpoint_url: null,
    redirect_uris: [],
  };
}

function roleObject(role: RoleFixture): JsonObject {
  return {
    id: role.id,
    name: role.name,
    color: role.color ?? 0,
    colors: { primary_color: role.color ?? 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: role.position,
    permissions: role.permissions,
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

function channelObject(channel: ChannelFixture, guildId: string): JsonObject {
  return {
    id: channel.id,
    type: channel.type,
    guild_id: guildId,
    name: channel.name,
    position: channel.position ?? 0,
    parent_id: channel.parent_id ?? null,
    topic: channel.topic ?? null,
    nsfw: false,
    permission_overwrites: [],
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

export function memberObject(user: object, joinedAt: string): JsonObject {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

/** The GUILD_CREATE dispatch body for a guild the bot is in. */
export function guildCreateObject(guild: GuildFixture, bot: UserFixture): JsonObject {
  const joinedAt = isoNow();
  const roles = guild.roles.some((role) => role.id === guild.id)
    ? guild.roles
    : [{ id: guild.id, name: '@everyone', permissions: MEMBER_PERMISSIONS, position: 0 }, ...guild.roles];
  const members: object[] = [botUserObject(bot), ...guild.members];
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: guild.locale,
    features: [],
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    max_members: 500_000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    lazy: true,
    member_count: members.length,
    roles: roles.map(roleObject),
    channels: guild.channels.map((channel) => channelObject(channel, guild.id)),
    members: members.map((user) => memberObject(user, joinedAt)),
    threads: [],
    presences: [],
    voice_states: [],
    emojis: [],
    stickers: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export interface ReadyOptions {
  bot: UserFixture;
  applicationId: string;
  applicationFlags: number;
  guilds: GuildFixture[];
  sessionId: string;
  resumeGatewayUrl: string;
  shard: [number, number];
}

/** The READY dispatch body: guilds start unavailable and arrive as GUILD_CREATE right after. */
export function readyObject(options: ReadyOptions): JsonObject {
  return {
    v: 10,
    user: botUserObject(options.bot),
    user_settings: {},
    guilds: options.guilds.map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: options.sessionId,
    session_type: 'normal',
    resume_gateway_url: options.resumeGatewayUrl,
    shard: options.shard,
    application: { id: options.applicationId, flags: options.applicationFlags },
    private_channels: [],
    presences: [],
    relationships: [],
    guild_join_requests: [],
    geo_ordered_rtc_regions: ['emulator'],
    auth: {},
    _trace: ['["discord-emulator",{"micros":0}]'],
  };
}

export interface NewMessage {
  channelId: string;
  guildId: string | undefined;
  author: UserFixture;
  applicationId: string;
  /** Discord message type: 0 default, 19 reply, 20 chat input command, 23 context menu command. */
  type: number;
  flags: number;
  interactionMetadata: JsonObject | undefined;
  /** Attachments (already shaped like Discord's attachment objects). */
  attachments: JsonObject[];
  body: JsonObject;
}

/** A message created by an interaction response or webhook execution. */
export function messageObject(message: NewMessage): EmulatedMessage {
  const body = message.body;
  return {
    id: snowflake(),
    channel_id: message.channelId,
    ...(message.guildId === undefined ? {} : { guild_id: message.guildId }),
    author: message.author,
    content: typeof body.content === 'string' ? body.content : '',
    embeds: Array.isArray(body.embeds) ? (body.embeds as JsonObject[]).map((embed) => ({ type: 'rich', ...embed })) : [],
    components: Array.isArray(body.components) ? (body.components as JsonObject[]) : [],
    attachments: message.attachments,
    flags: message.flags,
    type: message.type,
    timestamp: isoNow(),
    edited_timestamp: null,
    tts: body.tts === true,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    pinned: false,
    webhook_id: message.applicationId,
    application_id: message.applicationId,
    ...(message.interactionMetadata === undefined ? {} : { interaction_metadata: message.interactionMetadata }),
    ...(body.poll === undefined ? {} : { poll: body.poll }),
  };
}

/** Flags a bot may set on a message; Discord ignores others (e.g. LOADING is Discord's own). */
export const SETTABLE_MESSAGE_FLAGS = (1 << 2) | (1 << 6) | (1 << 12) | (1 << 15);
