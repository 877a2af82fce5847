/**
 * The REST side of the emulator: `/api/v10/...` routes, auth, recording and fault injection.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CommandStore } from './commands.js';
import type { FaultInjector } from './faults.js';
import { ApiError, DiscordErrors, matchTemplate, parseBody, pathSegments, readBody, sendJson } from './http.js';
import type { InteractionService, RouteAnswer } from './interactions.js';
import type { JsonObject, RecordedRequest, UploadedFile } from './types.js';
import type { Waiters } from './waiters.js';

/** `METHOD /template` of every emulated route; usable as fault matchers and to filter `requests`. */
export const EmulatorRoutes = {
  gateway: 'GET /gateway',
  gatewayBot: 'GET /gateway/bot',
  currentUser: 'GET /users/@me',
  currentApplication: 'GET /applications/@me',
  listGlobalCommands: 'GET /applications/:appId/commands',
  overwriteGlobalCommands: 'PUT /applications/:appId/commands',
  createGlobalCommand: 'POST /applications/:appId/commands',
  getGlobalCommand: 'GET /applications/:appId/commands/:commandId',
  editGlobalCommand: 'PATCH /applications/:appId/commands/:commandId',
  deleteGlobalCommand: 'DELETE /applications/:appId/commands/:commandId',
  listGuildCommands: 'GET /applications/:appId/guilds/:guildId/commands',
  overwriteGuildCommands: 'PUT /applications/:appId/guilds/:guildId/commands',
  createGuildCommand: 'POST /applications/:appId/guilds/:guildId/commands',
  getGuildCommand: 'GET /applications/:appId/guilds/:guildId/commands/:commandId',
  editGuildCommand: 'PATCH /applications/:appId/guilds/:guildId/commands/:commandId',
  deleteGuildCommand: 'DELETE /applications/:appId/guilds/:guildId/commands/:commandId',
  interactionCallback: 'POST /interactions/:id/:token/callback',
  createFollowUp: 'POST /webhooks/:appId/:token',
  getOriginal: 'GET /webhooks/:appId/:token/messages/@original',
  editOriginal: 'PATCH /webhooks/:appId/:token/messages/@original',
  deleteOriginal: 'DELETE /webhooks/:appId/:token/messages/@original',
  getFollowUp: 'GET /webhooks/:appId/:token/messages/:messageId',
  editFollowUp: 'PATCH /webhooks/:appId/:token/messages/:messageId',
  deleteFollowUp: 'DELETE /webhooks/:appId/:token/messages/:messageId',
} as const;

interface HandlerInput {
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  files: UploadedFile[];
}

interface RouteDefinition {
  method: string;
  template: string;
  route: string;
  /** Whether `Authorization: Bot <token>` is required (interaction token routes do not use it). */
  auth: boolean;
  handle(input: HandlerInput): RouteAnswer;
}

export interface RestEnv {
  token: string;
  applicationId: string;
  guildIds(): Set<string>;
  gatewayBot(): JsonObject;
  gatewayUrl(): string;
  botUser(): JsonObject;
  application(): JsonObject;
  commands: CommandStore;
  interactions: InteractionService;
  faults: FaultInjector;
  waiters: Waiters;
}

type RouteLookup = { kind: 'route'; definition: RouteDefinition; params: Record<string, string> } | { kind: 'method' } | { kind: 'none' };

export class RestApi {
  /** Every request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** Unexpected exceptions inside the emulator (answered with 500); should stay empty. */
  readonly internalErrors: Error[] = [];
  readonly #routes: RouteDefinition[];

  constructor(private readonly env: RestEnv) {
    this.#routes = this.#defineRoutes();
  }

  /** @internal The node:http request listener. */
  handle(req: IncomingMessage, res: ServerResponse): void {
    void this.#handle(req, res);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://emulator');
    const prefix = /^\/api(?:\/v(\d+))?(\/.*)?$/.exec(url.pathname);
    const segments = pathSegments(prefix ? (prefix[2] ?? '/') : url.pathname);
    const path = `/${segments.join('/')}`;
    const headers = Object.fromEntries(
      Object.entries(req.headers)
        .filter(([name]) => name !== 'authorization')
        .map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]),
    );
    const record: RecordedRequest = {
      seq: this.requests.length + 1,
      method,
      path,
      route: `${method} ${path}`,
      known: false,
      query: Object.fromEntries(url.searchParams),
      headers,
      body: undefined,
      files: [],
      receivedAt,
    };
    this.requests.push(record);

    let answer: RouteAnswer & { headers?: Record<string, string> };
    try {
      const lookup: RouteLookup = prefix?.[1] === '10' ? this.#lookup(method, segments) : { kind: 'none' };
      if (lookup.kind === 'route') {
        record.route = lookup.definition.route;
        record.known = true;
      }
      const parsed = await parseBody(await readBody(req), req.headers['content-type']);
      record.body = parsed.body;
      record.files = parsed.files;

      const delay = this.env.faults.takeDelay(record);
      if (delay > 0) await this.env.faults.sleep(delay);
      const fault = this.env.faults.takeResponse(record);
      if (fault?.kind === 'reset') {
        record.fault = fault.label;
        req.socket.destroy();
        this.env.waiters.notify();
        return;
      }
      if (fault) record.fault = fault.label;
      if (fault?.processed) {
        // Handled for real (its effects stay, its errors are swallowed), then answered with the fault.
        const authorized = lookup.kind === 'route' && (!lookup.definition.auth || req.headers.authorization === `Bot ${this.env.token}`);
        if (lookup.kind === 'route' && authorized) {
          try {
            lookup.definition.handle({ params: lookup.params, query: record.query, body: parsed.body, files: parsed.files });
          } catch (error) {
            if (!(error instanceof ApiError)) throw error;
          }
        }
        answer = fault;
      } else if (fault) {
        answer = fault;
      } else if (lookup.kind === 'none') {
        throw DiscordErrors.notFound();
      } else if (lookup.kind === 'method') {
        throw DiscordErrors.methodNotAllowed();
      } else {
        if (lookup.definition.auth && req.headers.authorization !== `Bot ${this.env.token}`) throw DiscordErrors.unauthorized();
        answer = lookup.definition.handle({ params: lookup.params, query: record.query, body: parsed.body, files: parsed.files });
      }
    } catch (error) {
      if (error instanceof ApiError) {
        answer = { status: error.status, body: error.body, headers: error.headers };
      } else {
        const failure = error instanceof Error ? error : new Error(String(error));
        this.internalErrors.push(failure);
        answer = { status: 500, body: { message: `discord-emulator internal error: ${failure.message}`, code: 0 } };
      }
    }
    record.status = answer.status;
    record.response = answer.body;
    if (!res.destroyed) sendJson(res, answer.status, answer.body, answer.headers);
    this.env.waiters.notify();
  }

  #lookup(method: string, segments: string[]): RouteLookup {
    let pathMatched = false;
    for (const definition of this.#routes) {
      const params = matchTemplate(definition.template, segments);
      if (!params) continue;
      if (definition.method === method) return { kind: 'route', definition, params };
      pathMatched = true;
    }
    return pathMatched ? { kind: 'method' } : { kind: 'none' };
  }

  #defineRoutes(): RouteDefinition[] {
    const { env } = this;
    const routes: RouteDefinition[] = [];
    const add = (route: string, auth: boolean, handle: (input: HandlerInput) => RouteAnswer): void => {
      const [method = 'GET', template = '/'] = route.split(' ');
      routes.push({ method, template, route, auth, handle });
    };
    const ok = (body: unknown): RouteAnswer => ({ status: 200, body });
    // Another application's commands, or a guild the bot is not in, answer 403 Missing Access.
    const scope = (params: Record<string, string>): string | undefined => {
      if (params.appId !== env.applicationId) throw DiscordErrors.missingAccess();
      if (params.guildId !== undefined && !env.guildIds().has(params.guildId)) throw DiscordErrors.missingAccess();
      return params.guildId;
    };
    const R = EmulatorRoutes;

    add(R.gateway, false, () => ok({ url: env.gatewayUrl() }));
    add(R.gatewayBot, true, () => ok(env.gatewayBot()));
    add(R.currentUser, true, () => ok(env.botUser()));
    add(R.currentApplication, true, () => ok(env.application()));

    for (const [list, overwrite, create, get, edit, remove] of [
      [R.listGlobalCommands, R.overwriteGlobalCommands, R.createGlobalCommand, R.getGlobalCommand, R.editGlobalCommand, R.deleteGlobalCommand],
      [R.listGuildCommands, R.overwriteGuildCommands, R.createGuildCommand, R.getGuildCommand, R.editGuildCommand, R.deleteGuildCommand],
    ] as const) {
      add(list, true, ({ params }) => ok(env.commands.list(scope(params))));
      add(overwrite, true, ({ params, body }) => ok(env.commands.overwrite(scope(params), body)));
      add(create, true, ({ params, body }) => {
        const { command, created } = env.commands.create(scope(params), body);
        return { status: created ? 201 : 200, body: command };
      });
      add(get, true, ({ params }) => ok(env.commands.get(scope(params), params.commandId ?? '')));
      add(edit, true, ({ params, body }) => ok(env.commands.edit(scope(params), params.commandId ?? '', body)));
      add(remove, true, ({ params }) => {
        env.commands.delete(scope(params), params.commandId ?? '');
        return { status: 204 };
      });
    }

    const p = (params: Record<string, string>, key: string): string => params[key] ?? '';
    add(R.interactionCallback, false, ({ params, query, body, files }) =>
      env.interactions.callback(p(params, 'id'), p(params, 'token'), body, files, query.with_response === 'true'),
    );
    add(R.createFollowUp, false, ({ params, query, body, files }) =>
      env.interactions.executeWebhook(p(params, 'appId'), p(params, 'token'), body, files, query.wait === 'true'),
    );
    // '@original' routes come before ':messageId' ones so recorded routes name them explicitly.
    for (const [get, edit, remove] of [
      [R.getOriginal, R.editOriginal, R.deleteOriginal],
      [R.getFollowUp, R.editFollowUp, R.deleteFollowUp],
    ] as const) {
      const messageId = (params: Record<string, string>): string => params.messageId ?? '@original';
      add(get, false, ({ params }) => env.interactions.getWebhookMessage(p(params, 'appId'), p(params, 'token'), messageId(params)));
      add(edit, false, ({ params, body, files }) =>
        env.interactions.editWebhookMessage(p(params, 'appId'), p(params, 'token'), messageId(params), body, files),
      );
      add(remove, false, ({ params }) => env.interactions.deleteWebhookMessage(p(params, 'appId'), p(params, 'token'), messageId(params)));
    }
    return routes;
  }
}
