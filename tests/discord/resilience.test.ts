/** Deferral, failures, the cooldown, shutdown and start-up errors. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { DiscordAPIError, DiscordjsErrorCodes } from 'discord.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import type { Answer, Request } from '../../src/answer/types.js';
import { sentencesIn, shouldDefer } from '../../src/discord/articles.js';
import { runBot, startBot } from '../../src/discord/bot.js';
import { Cooldown } from '../../src/discord/cooldown.js';
import { describeStartError, MissingTokenError } from '../../src/discord/login-errors.js';
import { DISCORD_MESSAGES as M } from '../../src/discord/messages.js';
import type { Library } from '../../src/library/library.js';
import { DiscordEmulator, EmulatorRoutes } from '../support/discord-emulator.js';
import { EPHEMERAL, libraryOf, startHarness, type Harness } from './harness.js';

/** An engine that throws on "boom", and tells when it starts answering. */
class TestEngine extends Engine {
  onAnswer: () => void = () => undefined;
  override answer(request: Request): Answer {
    this.onAnswer();
    if (request.query.includes('boom')) throw new Error('engine exploded on boom');
    return super.answer(request);
  }
}

let library: Library;
beforeAll(async () => {
  library = await libraryOf(['afp-rafah', 'eastport-pier']);
});

describe('the defer rule', () => {
  it('defers when the query runs over more sentences than the threshold', () => {
    expect(shouldDefer(2001, 2000)).toBe(true);
    expect(shouldDefer(2000, 2000)).toBe(false);
    const all = sentencesIn(library, undefined);
    expect(all).toBe(sentencesIn(library, 'afp-rafah') + sentencesIn(library, 'eastport-pier'));
    expect(sentencesIn(library, 'afp-rafah')).toBeGreaterThan(10);
  });
});

describe('deferred replies and failures', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ engine: new TestEngine(library), settings: { deferAboveSentences: 0 } });
  });
  afterAll(async () => h?.close());

  it('defers, then edits in the answer', async () => {
    const handle = await h.run(h.emulator.chatInput('whosaid', { quote: 'space for agreement' }));
    expect((await handle.response()).type).toBe(5);
    const message = await handle.original();
    expect(message.flags & EPHEMERAL).toBe(0);
    expect(message.content).toContain('Antony Blinken said it');
    expect(h.emulator.requestsFor(handle).map((r) => r.route)).toEqual([EmulatorRoutes.interactionCallback, EmulatorRoutes.editOriginal]);
    expect(h.emulator.requestsFor(handle)[1]?.body).toMatchObject({ allowed_mentions: { parse: [] } });
  });

  it('defers ephemerally for hide:true', async () => {
    const handle = await h.run(h.emulator.chatInput('whosaid', { quote: 'space for agreement', hide: true }));
    expect(await handle.response()).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    expect((await handle.original()).flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('after a public deferral, "not in the article" is still private: the thinking message goes, an ephemeral follow-up comes', async () => {
    const handle = await h.run(h.emulator.chatInput('whosaid', { quote: 'space for a deal', article: 'afp-rafah' }));
    expect(h.emulator.requestsFor(handle).map((r) => r.route)).toEqual([
      EmulatorRoutes.interactionCallback,
      EmulatorRoutes.deleteOriginal,
      EmulatorRoutes.createFollowUp,
    ]);
    const [followUp] = handle.followUps;
    expect((followUp?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(followUp?.content).toContain('No one in the article is quoted saying that.');
  });

  it('a failing engine gets an ephemeral error, logged with its stack, and the bot answers the next one', async () => {
    const before = h.logs.length;
    const failed = await h.run(h.emulator.chatInput('ask', { question: 'boom' }));
    const sent = [...failed.followUps, ...failed.edits];
    expect(sent.map((m) => m.content)).toContain(M.failed);
    expect((failed.followUps[0]?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    const error = h.logs.slice(before).find((l) => l.level === 50);
    expect(error).toMatchObject({ msg: 'interaction failed', command: 'ask', err: { message: 'engine exploded on boom' } });
    expect(error?.err?.stack).toContain('TestEngine.answer');

    const next = await h.run(h.emulator.chatInput('whosaid', { quote: 'space for agreement' }));
    expect((await next.original()).content).toContain('Antony Blinken said it');
  });
});

describe('failures without deferral', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ engine: new TestEngine(library) });
  });
  afterAll(async () => h?.close());

  it('answers the error ephemerally as the interaction response', async () => {
    const failed = await h.run(h.emulator.chatInput('search', { text: 'boom' }));
    expect(await failed.response()).toMatchObject({ type: 4, data: { content: M.failed, flags: EPHEMERAL, allowed_mentions: { parse: [] } } });
    const ok = await h.run(h.emulator.chatInput('search', { text: 'Cairo' }));
    expect((await ok.response()).type).toBe(4);
  });
});

describe('cooldown', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ library, settings: { cooldown: { limit: 3, windowMs: 60_000 } } });
  });
  afterAll(async () => h?.close());

  it('lets a user run 3 commands, then asks them to wait; other users are unaffected', async () => {
    for (let i = 0; i < 3; i++) {
      const ok = await h.run(h.emulator.chatInput('help', {}));
      expect((await ok.response()).data?.embeds).toHaveLength(1);
    }
    const limited = await h.run(h.emulator.chatInput('help', {}));
    const response = await limited.response();
    expect(response.data?.flags).toBe(EPHEMERAL);
    expect(response.data?.content).toMatch(/^You are going a bit fast: try again in (59|60) s\.$/);
    const other = { id: '1180000000000000777', username: 'other', global_name: null, discriminator: '0', avatar: null };
    const fine = await h.run(h.emulator.chatInput('help', {}, { user: other }));
    expect((await fine.response()).data?.embeds).toHaveLength(1);
  });

  it('is a sliding window', () => {
    let now = 0;
    const cooldown = new Cooldown({ limit: 2, windowMs: 10_000 }, () => now);
    expect(cooldown.take('u')).toBe(0);
    now = 4000;
    expect(cooldown.take('u')).toBe(0);
    now = 5000;
    expect(cooldown.take('u')).toBe(5000);
    now = 10_000;
    expect(cooldown.take('u')).toBe(0);
  });
});

describe('shutdown', () => {
  it('finishes replies in flight, then destroys the client', async () => {
    const engine = new TestEngine(library);
    const h = await startHarness({ engine });
    try {
      const answering = new Promise<void>((resolve) => (engine.onAnswer = resolve));
      h.emulator.delayCallbacks(300);
      const handle = h.emulator.sendInteraction(h.emulator.chatInput('whosaid', { quote: 'space for agreement' }));
      await answering;
      await h.bot.stop();
      expect(handle.acknowledged).toBe(true);
      expect((await handle.response()).data?.content).toContain('Antony Blinken said it');
      expect(h.bot.client.isReady()).toBe(false);
    } finally {
      await h.close();
    }
  });
});

describe('start-up errors', () => {
  it('maps every way of failing to one line without the token', () => {
    expect(describeStartError(new MissingTokenError())).toBe(M.missingToken);
    expect(describeStartError(Object.assign(new Error('An invalid token was provided.'), { code: DiscordjsErrorCodes.TokenInvalid }))).toBe(M.invalidToken);
    const unauthorized = new DiscordAPIError({ message: '401: Unauthorized', code: 0 }, 0, 401, 'GET', '/gateway/bot', {});
    expect(describeStartError(unauthorized)).toBe(M.invalidToken);
    const leaky = new Error('connect ECONNREFUSED with sekret-token\n    at somewhere (file.js:1:1)');
    expect(describeStartError(leaky, 'sekret-token')).toBe(M.loginFailed('connect ECONNREFUSED with [redacted]'));
  });

  describe('against the emulator', () => {
    let emulator: DiscordEmulator;
    beforeAll(async () => {
      emulator = await DiscordEmulator.start();
    });
    afterAll(async () => emulator?.close());

    const logger = pino({ level: 'silent' });
    const config = (token: string | undefined) => ({ discordToken: token, guildId: undefined, apiUrl: emulator.apiUrl, articlesDir: 'x', logLevel: 'info' as const, cacheDir: undefined });

    it('startBot rejects a wrong token as TokenInvalid', async () => {
      const error = await startBot({ config: config('wrong-token'), engine: new Engine(library), logger }).catch((e: unknown) => e);
      expect(describeStartError(error)).toBe(M.invalidToken);
    });

    it('runBot prints one line and sets exit code 1 without a token', async () => {
      const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      try {
        await runBot(config(undefined), new Engine(library), logger);
        expect(write.mock.calls).toEqual([[`${M.missingToken}\n`]]);
        expect(process.exitCode).toBe(1);
      } finally {
        write.mockRestore();
        process.exitCode = 0;
      }
    });

    /** Runs `tsx src/bot.ts` with this environment; resolves with its exit code and output. */
    function runProcess(env: Record<string, string>, onStderr?: (text: string, child: ReturnType<typeof spawn>) => void) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/bot.ts'], {
        env: { PATH: process.env.PATH ?? '', ARTICLES_DIR: 'data/articles', LOG_LEVEL: 'info', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        onStderr?.(stderr, child);
      });
      return once(child, 'exit').then(([code]) => ({ code: code as number | null, stderr, stdout }));
    }

    it('the process exits 1 with one clear line when the token is rejected or missing', async () => {
      const rejected = await runProcess({ DISCORD_TOKEN: 'wrong-token-abc', DISCORD_API_URL: emulator.apiUrl });
      expect(rejected).toEqual({ code: 1, stderr: `${M.invalidToken}\n`, stdout: '' });
      const missing = await runProcess({ DISCORD_TOKEN: '', DISCORD_API_URL: emulator.apiUrl });
      expect(missing).toEqual({ code: 1, stderr: `${M.missingToken}\n`, stdout: '' });
    });

    it('the process logs in, says it is online with its guild count, and stops cleanly on SIGTERM', async () => {
      let signalled = false;
      const result = await runProcess({ DISCORD_TOKEN: emulator.token, DISCORD_API_URL: emulator.apiUrl }, (text, child) => {
        if (!signalled && text.includes('byline is online')) {
          signalled = true;
          child.kill('SIGTERM');
        }
      });
      expect(result.code).toBe(0);
      const lines = result.stderr.trim().split('\n').map((l) => JSON.parse(l) as { msg: string; guilds?: number });
      expect(lines.map((l) => l.msg)).toEqual(['byline is online', 'shutting down: finishing replies in flight', 'byline stopped']);
      expect(lines[0]?.guilds).toBe(1);
      expect(result.stderr).not.toContain(emulator.token);
    }, 20_000);
  });
});
