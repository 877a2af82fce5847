/**
 * `npm run serve` as a process (load the articles, listen, log the URL, answer, stop on SIGTERM),
 * and its settings.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { loadHttpConfig } from '../../src/config.js';
import { HTTP_MESSAGES as H } from '../../src/http/messages.js';
import { command, keyPair, post, send } from './support.js';

/** Runs `tsx src/http/serve.ts`; `onLine` sees each stderr line and may stop the process. */
function runServe(env: Record<string, string>, onLine?: (line: string, child: ReturnType<typeof spawn>) => void) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/http/serve.ts'], {
    env: { PATH: process.env.PATH ?? '', ARTICLES_DIR: 'data/articles', LOG_LEVEL: 'info', PORT: '0', DISCORD_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    const lines = (stderr + chunk.toString()).split('\n');
    const complete = lines.slice(stderr.split('\n').length - 1, -1);
    stderr += chunk.toString();
    for (const line of complete) onLine?.(line, child);
  });
  return once(child, 'exit').then(([code]) => ({ code: code as number | null, stderr }));
}

describe.concurrent('npm run serve', () => {
  it('logs one line with its URL, answers signed interactions, and stops cleanly on SIGTERM', async () => {
    const keys = keyPair();
    let answered: { status: number; content: string | undefined } | undefined;
    const result = await runServe({ DISCORD_PUBLIC_KEY: keys.publicHex.toUpperCase(), HTTP_PATH: '/discord' }, (line, child) => {
      const record = JSON.parse(line) as { msg: string; url?: string };
      if (record.msg !== H.listening) return;
      const endpoint = { url: record.url!.replace('localhost', '127.0.0.1'), keys };
      void send(endpoint, command('whosaid', { quote: 'space for agreement' }))
        .then(async (r) => {
          answered = { status: r.status, content: r.data.content };
          expect((await post(endpoint, { type: 1 }, { unsigned: true })).status).toBe(401);
        })
        .finally(() => child.kill('SIGTERM'));
    });
    expect(result.code).toBe(0);
    expect(answered).toEqual({ status: 200, content: '-# /whosaid “space for agreement”\nAntony Blinken said it (paragraph 2).' });
    const lines = result.stderr.trim().split('\n').map((l) => JSON.parse(l) as { msg: string; url?: string; articles?: number });
    expect(lines.map((l) => l.msg)).toEqual([H.listening, H.stopping, H.stopped]);
    expect(lines[0]).toMatchObject({ url: expect.stringMatching(/^http:\/\/localhost:\d+\/discord$/), articles: 1 });
    expect(result.stderr.toLowerCase()).not.toContain(keys.publicHex);
  }, 20_000);

  it('refuses to start without DISCORD_PUBLIC_KEY, in one line', async () => {
    const result = await runServe({ DISCORD_PUBLIC_KEY: '' });
    expect(result).toEqual({ code: 1, stderr: `byline: ${H.missingPublicKey}\n` });
  }, 20_000);
});

describe('settings', () => {
  const KEY = 'ab'.repeat(32);

  it('defaults to port 8787 and /interactions; reads PORT, HTTP_PATH and the key (any case)', () => {
    expect(loadHttpConfig({ DISCORD_PUBLIC_KEY: KEY.toUpperCase() })).toMatchObject({ publicKey: KEY, port: 8787, httpPath: '/interactions' });
    expect(loadHttpConfig({ PORT: '3000', HTTP_PATH: '/hooks/discord' })).toMatchObject({ publicKey: undefined, port: 3000, httpPath: '/hooks/discord' });
  });

  it('names each bad setting without echoing the key', () => {
    const bad = 'not-a-key-0123456789';
    expect(() => loadHttpConfig({ DISCORD_PUBLIC_KEY: bad })).toThrow(/DISCORD_PUBLIC_KEY must be the application public key: 64 hex characters/);
    expect(() => loadHttpConfig({ DISCORD_PUBLIC_KEY: bad })).not.toThrow(new RegExp(bad));
    expect(() => loadHttpConfig({ DISCORD_PUBLIC_KEY: KEY.slice(2) })).toThrow(/DISCORD_PUBLIC_KEY/);
    expect(() => loadHttpConfig({ PORT: 'eighty' })).toThrow(/PORT must be a port number/);
    expect(() => loadHttpConfig({ PORT: '70000' })).toThrow(/PORT must be at most 65535/);
    expect(() => loadHttpConfig({ HTTP_PATH: 'interactions' })).toThrow(/HTTP_PATH must be a URL path/);
  });
});
