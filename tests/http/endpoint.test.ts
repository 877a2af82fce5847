/**
 * The transport: Discord's Ed25519 signatures (unsigned, malformed, tampered, wrong key, replayed),
 * PING, paths and methods, body size, malformed JSON, the error boundary, and what is logged.
 */
import { sign } from 'node:crypto';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { DISCORD_MESSAGES as M } from '../../src/discord/messages.js';
import { HTTP_LIMITS } from '../../src/http/limits.js';
import { autocomplete, command, EPHEMERAL, keyPair, libraryOf, post, send, startEndpoint, type Endpoint } from './support.js';

let endpoint: Endpoint;
const engine = new Engine(libraryOf(['afp-rafah']));
const PING = { id: '1180000000000000700', application_id: '1180000000000000001', type: 1, token: 't', version: 1 };

beforeAll(async () => {
  endpoint = await startEndpoint({ engine });
});
afterAll(async () => endpoint?.close());

describe('signatures', () => {
  it('answers a signed PING with PONG', async () => {
    const response = await post(endpoint, PING);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ type: 1 });
  });

  it('refuses an unsigned request', async () => {
    expect((await post(endpoint, PING, { unsigned: true })).status).toBe(401);
  });

  it('refuses a tampered body: the signature was over another one', async () => {
    const signedBody = JSON.stringify(PING);
    const tampered = JSON.stringify(command('whosaid', { quote: 'space for agreement' }));
    expect((await post(endpoint, tampered, { signedBody })).status).toBe(401);
    // One byte changed is enough.
    expect((await post(endpoint, signedBody.replace('"type":1', '"type":2'), { signedBody })).status).toBe(401);
  });

  it('refuses a request signed with another key', async () => {
    expect((await post(endpoint, PING, { key: keyPair().privateKey })).status).toBe(401);
  });

  it('refuses malformed signature headers', async () => {
    const malformed: Record<string, string>[] = [
      { 'x-signature-ed25519': 'zz'.repeat(64) },
      { 'x-signature-ed25519': 'ab' },
      { 'x-signature-timestamp': 'yesterday' },
    ];
    for (const headers of malformed) {
      expect((await post(endpoint, PING, { headers })).status).toBe(401);
    }
  });

  it('refuses a replayed request: a valid signature on a stale timestamp', async () => {
    const stale = String(Math.floor(Date.now() / 1000) - HTTP_LIMITS.maxClockSkewSeconds - 60);
    expect((await post(endpoint, PING, { timestamp: stale })).status).toBe(401);
    const fresh = String(Math.floor(Date.now() / 1000) - 30);
    expect((await post(endpoint, PING, { timestamp: fresh })).status).toBe(200);
  });
});

describe('requests that are not interactions', () => {
  it('only POST on the configured path', async () => {
    const get = await fetch(endpoint.url);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await post({ ...endpoint, url: endpoint.url.replace('/interactions', '/other') }, PING)).status).toBe(404);
    expect((await fetch(new URL('/', endpoint.url))).status).toBe(404);
  });

  it('refuses a body over 64 KB with 413, before checking anything else', async () => {
    const big = JSON.stringify({ ...PING, padding: 'x'.repeat(HTTP_LIMITS.maxBodyBytes) });
    const response = await post(endpoint, big);
    expect(response.status).toBe(413);
    // A body streamed without a length is cut off too.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode('y'.repeat(4096)));
        controller.close();
      },
    });
    const chunked = await fetch(endpoint.url, { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('answers 400 to signed JSON that is not an interaction byline handles', async () => {
    expect((await post(endpoint, '{not json')).status).toBe(400);
    expect((await post(endpoint, { type: 'ping' })).status).toBe(400);
    expect((await post(endpoint, { ...PING, type: 5 })).status).toBe(400);
  });
});

describe('the error boundary', () => {
  it('logs a failure and answers with the ephemeral error notice; the server keeps serving', async () => {
    const broken = new Engine(libraryOf(['afp-rafah']));
    broken.answer = () => {
      throw new Error('engine exploded');
    };
    const failing = await startEndpoint({ engine: broken });
    try {
      const { status, type, data } = await send(failing, command('search', { text: 'Cairo' }));
      expect(status).toBe(200);
      expect(type).toBe(4);
      expect(data).toMatchObject({ content: M.failed, flags: EPHEMERAL, allowed_mentions: { parse: [] } });
      const logged = failing.logs.find((l) => l.msg === 'interaction failed');
      expect(logged).toMatchObject({ level: 50, command: 'search', type: 2, err: { message: 'engine exploded' } });
      expect(JSON.stringify(logged)).not.toContain('Cairo'); // option values stay out of the logs
      // Autocomplete cannot show a message: it gets no choices.
      const choices = await send(failing, autocomplete('whosaid', { quote: 'x', article: 'y' }));
      expect(choices).toMatchObject({ status: 200, type: 8 });
      expect((await post(failing, PING)).status).toBe(200);
    } finally {
      await failing.close();
    }
  });

  it('never logs the public key or the request signature', async () => {
    await post(endpoint, PING, { unsigned: true });
    await post(endpoint, PING, { key: keyPair().privateKey });
    const all = endpoint.lines.join('\n');
    expect(all).not.toContain(endpoint.keys.publicHex);
    expect(all).not.toMatch(/[0-9a-f]{128}/i);
    expect(endpoint.logs.some((l) => l.reason === 'invalid')).toBe(true);
  });
});

describe('shutdown', () => {
  it('stops accepting but finishes the request in flight', async () => {
    const own = await startEndpoint({ engine });
    // A request whose body is still arriving when shutdown starts.
    const body = JSON.stringify(command('whosaid', { quote: 'space for agreement' }));
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(timestamp + body), own.keys.privateKey).toString('hex');
    let finish: () => void = () => undefined;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(body.slice(0, 20)));
        finish = () => {
          controller.enqueue(new TextEncoder().encode(body.slice(20)));
          controller.close();
        };
      },
    });
    const arrived = once(own.server.server, 'request');
    const inFlight = fetch(own.url, {
      method: 'POST',
      headers: { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await arrived;
    const closed = own.close();
    finish();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { content: string } }).data.content).toContain('Antony Blinken said it');
    await closed;
    await expect(post(own, PING)).rejects.toThrow();
  });
});
