/**
 * HTTP plumbing: Discord-shaped errors, body parsing (JSON and multipart/form-data) and route matching.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Issues } from './limits.js';
import type { JsonObject, UploadedFile } from './types.js';

/** Thrown by route handlers; becomes a JSON error response exactly like Discord's. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: JsonObject,
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status} ${String(body.message)}`);
  }
}

const error = (status: number, code: number, message: string) => () => new ApiError(status, { message, code });

/** The Discord errors the emulator produces (status, JSON code, message). */
export const DiscordErrors = {
  unauthorized: error(401, 0, '401: Unauthorized'),
  notFound: error(404, 0, '404: Not Found'),
  methodNotAllowed: error(405, 0, '405: Method Not Allowed'),
  unknownInteraction: error(404, 10062, 'Unknown interaction'),
  alreadyAcknowledged: error(400, 40060, 'Interaction has already been acknowledged.'),
  unknownWebhook: error(404, 10015, 'Unknown Webhook'),
  unknownMessage: error(404, 10008, 'Unknown Message'),
  unknownCommand: error(404, 10063, 'Unknown application command'),
  invalidWebhookToken: error(401, 50027, 'Invalid Webhook Token'),
  missingAccess: error(403, 50001, 'Missing Access'),
  emptyMessage: error(400, 50006, 'Cannot send an empty message'),
  invalidJson: error(400, 50109, 'The request body contains invalid JSON.'),
  tooLarge: error(413, 40005, 'Request entity too large'),
  invalidFormBody: (issues: Issues) =>
    new ApiError(400, { message: 'Invalid Form Body', code: 50035, errors: issues.toErrors() }),
} as const;

export interface ParsedBody {
  body: unknown;
  files: UploadedFile[];
}

const MAX_BODY_BYTES = 25 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw DiscordErrors.tooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * JSON bodies are parsed as is. For multipart bodies (discord.js sends them whenever files are
 * attached) the `payload_json` part is the body and the other parts are listed as files.
 */
export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType?.startsWith('multipart/form-data')) {
    // The WHATWG Response in Node 20 parses multipart bodies; no dependency needed.
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: UploadedFile[] = [];
    let body: unknown;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = parseJson(value);
      } else {
        files.push({ field, filename: value.name, contentType: value.type, size: value.size });
      }
    }
    return { body, files };
  }
  return { body: parseJson(raw.toString('utf8')), files: [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw DiscordErrors.invalidJson();
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (body === undefined || status === 204) {
    res.writeHead(status, headers).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers }).end(text);
}

/** Splits a path into decoded segments (`%40original` → `@original`). */
export function pathSegments(path: string): string[] {
  return path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

/** Matches decoded segments against a template such as `/webhooks/:appId/:token/messages/@original`. */
export function matchTemplate(template: string, segments: string[]): Record<string, string> | undefined {
  const parts = pathSegments(template);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return undefined;
  }
  return params;
}
