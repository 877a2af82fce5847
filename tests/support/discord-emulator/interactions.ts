/**
 * Interaction lifecycle as Discord runs it: one callback within the deadline (3 s), then the
 * interaction token's webhook (15 min) for editing the original response and sending follow-ups.
 */
import { ApiError, DiscordErrors } from './http.js';
import { Issues, isEmptyMessage, validateAutocomplete, validateMessage, validateModal } from './limits.js';
import { isoNow, messageObject, SETTABLE_MESSAGE_FLAGS, snowflake } from './payloads.js';
import { CallbackType, InteractionKind, MessageFlag } from './types.js';
import type { EmulatedMessage, JsonObject, UploadedFile, UserFixture } from './types.js';
import type { Waiters } from './waiters.js';

/** One callback the bot attempted, accepted or not. */
export interface CallbackAttempt {
  type: unknown;
  data: unknown;
  /** HTTP status the emulator answered (204/200 when accepted). */
  status: number;
  /** Discord JSON error code when rejected (10062, 40060, 50035, ...). */
  code?: number;
  /** ms since the interaction was dispatched. */
  elapsedMs: number;
}

/** The accepted callback: what `handle.response()` resolves with. */
export interface InteractionCallback {
  type: number;
  data: JsonObject | undefined;
  /** ms from dispatching INTERACTION_CREATE to the callback reaching the emulator. */
  latencyMs: number;
}

export interface WaitOptions {
  timeoutMs?: number;
}

interface HandleContext {
  waiters: Waiters;
  defaultWaitMs: number;
  messages: Map<string, EmulatedMessage>;
}

/** What a test gets back from `sendInteraction`: the interaction and everything the bot did with it. */
export class InteractionHandle {
  readonly id: string;
  readonly token: string;
  /** The INTERACTION_CREATE body as dispatched. */
  readonly payload: JsonObject;
  /** `performance.now()` when dispatched. */
  readonly dispatchedAt = performance.now();
  /** Gateway sequence number of the dispatch. */
  sequence: number | undefined;
  /** Every callback attempt in order, including rejected ones. */
  readonly attempts: CallbackAttempt[] = [];
  /** Accepted edits of the original response (PATCH @original bodies), in order. */
  readonly edits: JsonObject[] = [];
  /** Follow-up messages, as created (a follow-up that completed a deferred reply is listed too). */
  readonly followUps: EmulatedMessage[] = [];

  /** @internal */ acknowledgement: InteractionCallback | undefined;
  /** @internal */ originalId: string | undefined;
  /** @internal */ expired = false;
  /** @internal */ webhookExpired = false;

  constructor(
    payload: JsonObject,
    private readonly ctx: HandleContext,
  ) {
    this.payload = payload;
    this.id = String(payload.id);
    this.token = String(payload.token);
  }

  /** Interaction type (2 command, 3 component, 4 autocomplete, 5 modal submit). */
  get type(): number {
    return Number(this.payload.type);
  }

  get acknowledged(): boolean {
    return this.acknowledgement !== undefined;
  }

  /** ms from dispatch to the accepted callback; undefined until then. */
  get latencyMs(): number | undefined {
    return this.acknowledgement?.latencyMs;
  }

  /** Current state of the original response message (a copy), if there is one. */
  get message(): EmulatedMessage | undefined {
    const message = this.originalId === undefined ? undefined : this.ctx.messages.get(this.originalId);
    return message && structuredClone(message);
  }

  /** Makes the interaction unanswerable, as if older than 3 s (and, with `webhook`, older than 15 min). */
  expire(options: { webhook?: boolean } = {}): void {
    this.expired = true;
    if (options.webhook) this.webhookExpired = true;
  }

  /** Resolves with the first accepted callback (`{ type, data, latencyMs }`). */
  response(options: WaitOptions = {}): Promise<InteractionCallback> {
    return this.#wait(() => this.acknowledgement, options, 'a callback');
  }

  /**
   * Resolves with the original response once it holds the bot's answer: immediately after a type 4/7
   * callback, after the first edit (or filling follow-up) of a deferred reply (5), after the first
   * edit following a deferred update (6). Returns the latest content at that moment.
   */
  original(options: WaitOptions = {}): Promise<EmulatedMessage> {
    return this.#wait(
      () => {
        const ack = this.acknowledgement;
        if (!ack) return undefined;
        if (ack.type === CallbackType.AutocompleteResult || ack.type === CallbackType.Modal || ack.type === CallbackType.Pong) {
          throw new Error(`Interaction ${this.id} was answered with callback type ${ack.type}, which has no message`);
        }
        if (ack.type === CallbackType.DeferredUpdateMessage && this.edits.length === 0) return undefined;
        const message = this.message;
        if (!message || (message.flags & MessageFlag.Loading) !== 0) return undefined;
        return message;
      },
      options,
      'the original response to hold a message (not deferred/loading)',
    );
  }

  /** Resolves once at least `count` follow-ups were sent. */
  waitForFollowUps(count: number, options: WaitOptions = {}): Promise<EmulatedMessage[]> {
    return this.#wait(() => (this.followUps.length >= count ? [...this.followUps] : undefined), options, `${count} follow-up(s)`);
  }

  #wait<T>(probe: () => T | undefined, options: WaitOptions, what: string): Promise<T> {
    return this.ctx.waiters.waitFor(probe, options.timeoutMs ?? this.ctx.defaultWaitMs, () => {
      const attempts = this.attempts.map((attempt) => `${attempt.status}${attempt.code ? ` (code ${attempt.code})` : ''}`);
      return `${what} on interaction ${this.id} (type ${this.type}); callback attempts: [${attempts.join(', ')}]`;
    });
  }
}

export interface InteractionEnv {
  applicationId: string;
  bot: UserFixture;
  waiters: Waiters;
  defaultWaitMs: number;
  callbackDeadlineMs: number;
  webhookTokenTtlMs: number;
}

export interface RouteAnswer {
  status: number;
  body?: unknown;
}

/** Callback types Discord accepts per interaction type. */
const ALLOWED_CALLBACKS: Record<number, readonly number[]> = {
  [InteractionKind.Ping]: [1],
  [InteractionKind.ApplicationCommand]: [4, 5, 9],
  [InteractionKind.MessageComponent]: [4, 5, 6, 7, 9],
  [InteractionKind.Autocomplete]: [8],
  [InteractionKind.ModalSubmit]: [4, 5, 6, 7],
};

export class InteractionService {
  readonly handles = new Map<string, InteractionHandle>();
  readonly messages = new Map<string, EmulatedMessage>();
  readonly #byToken = new Map<string, InteractionHandle>();

  constructor(private readonly env: InteractionEnv) {}

  /** Forgets every interaction and message (see `DiscordEmulator.clearHistory`). */
  clearHistory(): void {
    this.handles.clear();
    this.#byToken.clear();
    this.messages.clear();
  }

  register(payload: JsonObject): InteractionHandle {
    const handle = new InteractionHandle(payload, {
      waiters: this.env.waiters,
      defaultWaitMs: this.env.defaultWaitMs,
      messages: this.messages,
    });
    this.handles.set(handle.id, handle);
    this.#byToken.set(handle.token, handle);
    const message = payload.message as EmulatedMessage | undefined;
    if (message && !this.messages.has(message.id)) this.messages.set(message.id, structuredClone(message));
    return handle;
  }

  /** `POST /interactions/:id/:token/callback` */
  callback(id: string, token: string, body: unknown, files: UploadedFile[], withResponse: boolean): RouteAnswer {
    const handle = this.handles.get(id);
    if (!handle || handle.token !== token) throw DiscordErrors.unknownInteraction();
    const elapsedMs = performance.now() - handle.dispatchedAt;
    const request = isObject(body) ? body : {};
    const attempt: CallbackAttempt = { type: request.type, data: request.data, status: 0, elapsedMs };
    handle.attempts.push(attempt);
    try {
      const answer = this.#acknowledge(handle, request, files, withResponse, elapsedMs);
      attempt.status = answer.status;
      return answer;
    } catch (error) {
      if (error instanceof ApiError) {
        attempt.status = error.status;
        attempt.code = Number(error.body.code);
      }
      throw error;
    } finally {
      this.env.waiters.notify();
    }
  }

  #acknowledge(
    handle: InteractionHandle,
    request: JsonObject,
    files: UploadedFile[],
    withResponse: boolean,
    elapsedMs: number,
  ): RouteAnswer {
    if (handle.acknowledgement) throw DiscordErrors.alreadyAcknowledged();
    if (handle.expired || elapsedMs > this.env.callbackDeadlineMs) throw DiscordErrors.unknownInteraction();

    const type = Number(request.type);
    const data = isObject(request.data) ? request.data : undefined;
    const issues = new Issues();
    const allowed = ALLOWED_CALLBACKS[handle.type] ?? [];
    const needsMessage = (type === 6 || type === 7) && handle.type === InteractionKind.ModalSubmit && !handle.payload.message;
    if (!allowed.includes(type) || needsMessage) {
      issues.add(['type'], 'INTERACTION_RESPONSE_TYPE_INVALID', `Callback type ${String(request.type)} is not valid for interaction type ${handle.type}`);
    } else if (type === 4 || type === 7) {
      validateMessage(data ?? {}, ['data'], issues);
    } else if (type === 8) {
      validateAutocomplete(data, ['data'], issues);
    } else if (type === 9) {
      validateModal(data, ['data'], issues);
    }
    if (!issues.empty) throw DiscordErrors.invalidFormBody(issues);
    if (type === 4 && isEmptyMessage(data ?? {}, files.length)) throw DiscordErrors.emptyMessage();

    const flags = Number(data?.flags ?? 0);
    if (type === 4) {
      handle.originalId = this.#create(handle, data ?? {}, files, 0).id;
    } else if (type === 5) {
      handle.originalId = this.#create(handle, {}, [], MessageFlag.Loading | (flags & MessageFlag.Ephemeral)).id;
    } else if (type === 6 || type === 7) {
      // Component (and modal-from-component) interactions: the original is the message the component is on.
      handle.originalId = String((handle.payload.message as JsonObject).id);
      if (type === 7) this.#edit(handle.originalId, data ?? {}, files);
    }
    handle.acknowledgement = { type, data, latencyMs: elapsedMs };

    if (!withResponse) return { status: 204 };
    const message = handle.message;
    return {
      status: 200,
      body: {
        interaction: {
          id: handle.id,
          type: handle.type,
          ...(message && [4, 5, 7].includes(type)
            ? {
                response_message_id: message.id,
                response_message_loading: type === 5,
                response_message_ephemeral: (message.flags & MessageFlag.Ephemeral) !== 0,
              }
            : {}),
        },
        resource: { type, ...(message && (type === 4 || type === 7) ? { message } : {}) },
      },
    };
  }

  /** `POST /webhooks/:appId/:token` (follow-up message). */
  executeWebhook(appId: string, token: string, body: unknown, files: UploadedFile[], wait: boolean): RouteAnswer {
    const handle = this.#webhook(appId, token);
    const payload = this.#validMessageBody(body);
    if (isEmptyMessage(payload, files.length)) throw DiscordErrors.emptyMessage();
    const original = handle.message;
    let message: EmulatedMessage;
    if (original && (original.flags & MessageFlag.Loading) !== 0) {
      // The first follow-up after a deferred reply completes the "thinking" message (keeping the
      // ephemeral choice made when deferring) instead of posting a new one.
      message = this.#edit(original.id, payload, files);
    } else {
      message = this.#create(handle, payload, files, 0, true);
    }
    handle.followUps.push(structuredClone(message));
    this.env.waiters.notify();
    return wait ? { status: 200, body: message } : { status: 204 };
  }

  /** `GET /webhooks/:appId/:token/messages/:messageId` (`@original` included). */
  getWebhookMessage(appId: string, token: string, messageId: string): RouteAnswer {
    const handle = this.#webhook(appId, token);
    return { status: 200, body: structuredClone(this.#ownMessage(handle, messageId)) };
  }

  /** `PATCH /webhooks/:appId/:token/messages/:messageId` (`@original` included). */
  editWebhookMessage(appId: string, token: string, messageId: string, body: unknown, files: UploadedFile[]): RouteAnswer {
    const handle = this.#webhook(appId, token);
    const target = this.#ownMessage(handle, messageId);
    const payload = this.#validMessageBody(body);
    const message = this.#edit(target.id, payload, files);
    if (target.id === handle.originalId) handle.edits.push(structuredClone(payload));
    this.env.waiters.notify();
    return { status: 200, body: message };
  }

  /** `DELETE /webhooks/:appId/:token/messages/:messageId` (`@original` included). */
  deleteWebhookMessage(appId: string, token: string, messageId: string): RouteAnswer {
    const handle = this.#webhook(appId, token);
    this.messages.delete(this.#ownMessage(handle, messageId).id);
    this.env.waiters.notify();
    return { status: 204 };
  }

  #webhook(appId: string, token: string): InteractionHandle {
    const handle = this.#byToken.get(token);
    if (!handle || appId !== this.env.applicationId) throw DiscordErrors.unknownWebhook();
    if (handle.webhookExpired || performance.now() - handle.dispatchedAt > this.env.webhookTokenTtlMs) {
      throw DiscordErrors.invalidWebhookToken();
    }
    // The token only becomes a webhook once the interaction is acknowledged with a message-capable callback.
    const ack = handle.acknowledgement;
    if (!ack || ack.type === CallbackType.AutocompleteResult || ack.type === CallbackType.Pong) {
      throw DiscordErrors.unknownWebhook();
    }
    return handle;
  }

  #ownMessage(handle: InteractionHandle, messageId: string): EmulatedMessage {
    const id = messageId === '@original' ? handle.originalId : messageId;
    const belongs = id !== undefined && (id === handle.originalId || handle.followUps.some((message) => message.id === id));
    const message = belongs ? this.messages.get(id) : undefined;
    if (!message) throw DiscordErrors.unknownMessage();
    return message;
  }

  #validMessageBody(body: unknown): JsonObject {
    const payload = isObject(body) ? body : {};
    const issues = new Issues();
    validateMessage(payload, [], issues);
    if (!issues.empty) throw DiscordErrors.invalidFormBody(issues);
    return payload;
  }

  #create(handle: InteractionHandle, body: JsonObject, files: UploadedFile[], extraFlags: number, followUp = false): EmulatedMessage {
    const payload = handle.payload;
    const data = isObject(payload.data) ? payload.data : {};
    const isCommand = handle.type === InteractionKind.ApplicationCommand;
    const metadata: JsonObject = {
      id: handle.id,
      type: handle.type,
      user: (payload.member as JsonObject | undefined)?.user ?? payload.user,
      authorizing_integration_owners: payload.authorizing_integration_owners ?? {},
      ...(isCommand ? { name: data.name, command_type: data.type } : {}),
      ...(followUp && handle.originalId ? { original_response_message_id: handle.originalId } : {}),
      ...(handle.type === InteractionKind.MessageComponent ? { interacted_message_id: (payload.message as JsonObject).id } : {}),
    };
    const message = messageObject({
      channelId: String(payload.channel_id),
      guildId: typeof payload.guild_id === 'string' ? payload.guild_id : undefined,
      author: this.env.bot,
      applicationId: this.env.applicationId,
      type: followUp || !isCommand ? 0 : data.type === 1 ? 20 : 23,
      flags: (Number(body.flags ?? 0) & SETTABLE_MESSAGE_FLAGS) | extraFlags,
      interactionMetadata: metadata,
      attachments: attachmentsFor(files),
      body,
    });
    this.messages.set(message.id, message);
    return structuredClone(message);
  }

  #edit(id: string, body: JsonObject, files: UploadedFile[]): EmulatedMessage {
    const message = this.messages.get(id);
    if (!message) throw DiscordErrors.unknownMessage();
    const wasLoading = (message.flags & MessageFlag.Loading) !== 0;
    if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) message.embeds = Array.isArray(body.embeds) ? (body.embeds as JsonObject[]).map((embed) => ({ type: 'rich', ...embed })) : [];
    if ('components' in body) message.components = Array.isArray(body.components) ? (body.components as JsonObject[]) : [];
    if ('poll' in body) message.poll = body.poll;
    if ('attachments' in body || files.length > 0) {
      const kept = Array.isArray(body.attachments)
        ? message.attachments.filter((attachment) => (body.attachments as JsonObject[]).some((keep) => keep.id === attachment.id))
        : message.attachments;
      message.attachments = [...kept, ...attachmentsFor(files)];
    }
    if (typeof body.flags === 'number') {
      // An edit may only toggle SUPPRESS_EMBEDS and switch a message to Components V2.
      const editable = MessageFlag.SuppressEmbeds | MessageFlag.IsComponentsV2;
      message.flags = (message.flags & ~editable) | (body.flags & editable);
    }
    message.flags &= ~MessageFlag.Loading;
    if (!wasLoading) message.edited_timestamp = isoNow();
    return structuredClone(message);
  }
}

function attachmentsFor(files: UploadedFile[]): JsonObject[] {
  return files.map((file) => {
    const id = snowflake();
    const url = `https://cdn.discordapp.com/attachments/emulator/${id}/${encodeURIComponent(file.filename)}`;
    return { id, filename: file.filename, size: file.size, content_type: file.contentType, url, proxy_url: url };
  });
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
