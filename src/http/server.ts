/**
 * The HTTP interactions endpoint: a node:http server that Discord POSTs interactions to. Each
 * request goes through, in order: path (404), method (405), size (413), Ed25519 signature (401),
 * JSON shape (400), then the handler. That order means nothing is parsed before it is known to be
 * from Discord. The one try/catch around it all is the error boundary: a failure is logged and
 * answered with an ephemeral notice (or no choices), and the process never crashes on a request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Engine } from '../answer/engine.js';
import { drain, readBody } from './body.js';
import { createContext } from './context.js';
import { describe, failure, handleInteraction } from './handler.js';
import { parseInteraction, type RawInteraction } from './interaction.js';
import { HTTP_LIMITS } from './limits.js';
import { checkSignature, publicKeyFromHex } from './signature.js';

/** What the endpoint answers from, and where. */
export interface InteractionServerOptions {
  engine: Engine;
  logger: Logger;
  /** The application's public key, 64 hex characters. */
  publicKey: string;
  /** The path Discord POSTs to, e.g. `/interactions`. */
  path: string;
  /** The clock signatures' timestamps are checked against (tests). */
  now?: () => number;
}

/** The endpoint: its node:http server, and how to start and stop it. */
export interface InteractionServer {
  readonly server: Server;
  /** Starts listening; resolves with the endpoint's URL (on localhost). */
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting, lets requests in flight finish (bounded), then closes every connection. */
  close(): Promise<void>;
}

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The endpoint over `engine`. Throws when `publicKey` is not an Ed25519 key. Builds the autocomplete
 * lists once; nothing else is kept between requests.
 */
export function createInteractionServer(options: InteractionServerOptions): InteractionServer {
  const { logger, path, now = Date.now } = options;
  const key = publicKeyFromHex(options.publicKey);
  const ctx = createContext(options.engine, logger);
  let closing: Promise<void> | undefined;
  // Once closing, every answer ends its connection, so keep-alive sockets do not hold close() open.
  const answer = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    reply(res, status, body, closing ? { ...headers, connection: 'close' } : headers);

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let interaction: RawInteraction | undefined;
    try {
      if (new URL(req.url ?? '/', 'http://localhost').pathname !== path) return answer(res, 404, { error: 'not found' });
      if (req.method !== 'POST') return answer(res, 405, { error: 'method not allowed' }, { allow: 'POST' });
      const read = await readBody(req);
      if (!read.ok && read.reason === 'aborted') return logger.debug('the client went away before sending its request');
      if (!read.ok) {
        answer(res, 413, { error: 'request body too large' }, { connection: 'close' });
        return drain(req);
      }
      const signed = { signature: header(req, 'x-signature-ed25519'), timestamp: header(req, 'x-signature-timestamp'), body: read.body };
      const check = checkSignature(key, signed, now());
      if (check !== 'ok') {
        logger.debug({ reason: check }, 'refused an unsigned or badly signed request');
        return answer(res, 401, { error: 'invalid request signature' });
      }
      interaction = parseInteraction(parseJson(read.body));
      const started = performance.now();
      const response = interaction && handleInteraction(ctx, interaction);
      if (!response) return answer(res, 400, { error: 'not an interaction byline handles' });
      answer(res, 200, response);
      logger.debug({ ...describe(interaction), ms: Math.round(performance.now() - started) }, 'interaction handled');
    } catch (error) {
      logger.error({ ...describe(interaction), err: error }, 'interaction failed');
      if (res.headersSent) return;
      if (interaction) answer(res, 200, failure(interaction));
      else answer(res, 500, { error: 'internal error' });
    }
  }

  const server = createServer((req, res) => {
    // serve() answers its own errors; this only catches the answer itself failing (a dead socket).
    serve(req, res).catch((error: unknown) => logger.error({ err: error }, 'could not answer a request'));
  });
  // Discord waits 3 s for an answer; a request that is still arriving after this is not from Discord.
  server.requestTimeout = HTTP_LIMITS.requestTimeoutMs;
  server.headersTimeout = HTTP_LIMITS.requestTimeoutMs;

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(`http://localhost:${(server.address() as AddressInfo).port}${path}`);
        });
      });
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), HTTP_LIMITS.shutdownGraceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        // Idle keep-alive connections would hold close() open for nothing.
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
