/**
 * Faults injected through the Discord emulator, with the real bot (createBot, a real discord.js
 * Client): REST rate limits and server errors, answers Discord received but whose response was
 * lost, expired tokens, answers slower than the interaction deadline, gateway drops, RECONNECT
 * and INVALID_SESSION; then the global concurrency cap, and SIGTERM with a slow answer in flight.
 * Each test asserts that the bot survived (no crash, logged at the right level) and answered
 * everything that could still be answered, including the next interaction.
 *
 * One harness serves the fault tests: faults are consumed as they fire (`afterEach` checks none is
 * left over), and the non-resumable INVALID_SESSION comes last, so that discord.js's 5 s identify
 * throttle has mostly elapsed since the login. The cap and shutdown tests start their own bot.
 */
import { REST } from 'discord.js';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import type { Answer, Request } from '../../src/answer/types.js';
import { sentencesIn } from '../../src/discord/articles.js';
import { startBot } from '../../src/discord/bot.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { DISCORD_MESSAGES as M } from '../../src/discord/messages.js';
import type { Library } from '../../src/library/library.js';
import { CallbackType, DiscordEmulator, EmulatorRoutes, type InteractionDraft, type InteractionHandle } from '../support/discord-emulator.js';
import { EPHEMERAL, libraryOf, startHarness, withTimeout, type Harness, type LogRecord } from './harness.js';

/**
 * The interaction deadline the emulator enforces. Discord's is 3 s; nothing in the bot depends on
 * the number, so a shorter one tests the same paths (an answer slower than the deadline) in a
 * fraction of the time.
 */
const DEADLINE_MS = 1000;
/** Longer than the deadline: the engine blocks the event loop this long, like a slow search. */
const SLOW_ANSWER_MS = DEADLINE_MS + 300;
/** A command that starts this late defers first (the bot's `deferAfterMs`, scaled like the deadline). */
const DEFER_AFTER_MS = 600;
/** discord.js retries a 5xx this many times (@discordjs/rest `retries`, default 3). */
const REST_RETRIES = 3;
const WARN = 40;
const ERROR = 50;

/** Blocks the thread for `ms`, as CPU-bound work would (no timer can fire meanwhile). */
function block(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** An engine whose next answer can be made slow, and that tells when it starts answering. */
class SlowEngine extends Engine {
  /** The next answer blocks this long first. */
  nextDelayMs = 0;
  onAnswer: () => void = () => undefined;
  override answer(request: Request): Answer {
    this.onAnswer();
    this.onAnswer = () => undefined;
    if (this.nextDelayMs > 0) block(this.nextDelayMs);
    this.nextDelayMs = 0;
    return super.answer(request);
  }
}

let library: Library;
let engine: SlowEngine;
let h: Harness;
let logsSeen = 0;

beforeAll(async () => {
  library = await libraryOf(['afp-rafah', 'eastport-pier']);
  engine = new SlowEngine(library);
  h = await startHarness({
    engine,
    // A query over afp-rafah alone is answered at once (type 4); over the whole library it is
    // deferred first (type 5, then an edit): both reply paths in one bot.
    settings: { deferAboveSentences: sentencesIn(library, 'afp-rafah'), deferAfterMs: DEFER_AFTER_MS },
    emulator: { callbackDeadlineMs: DEADLINE_MS, heartbeatIntervalMs: 250 },
  });
});
afterAll(async () => h?.close());
afterEach(() => {
  expect(h.emulator.faults.pending).toBe(0);
  h.emulator.faults.clear();
  expect(h.emulator.internalErrors).toEqual([]);
});

/** Answered at once with a reply (callback type 4). */
const direct = (): InteractionDraft => h.emulator.chatInput('whosaid', { quote: 'space for agreement', article: 'afp-rafah' });
/** Deferred (type 5), then the answer edited in. */
const deferred = (): InteractionDraft => h.emulator.chatInput('whosaid', { quote: 'space for agreement' });
const ANSWER = 'Antony Blinken said it';

/** Log records since the last call. */
function newLogs(): LogRecord[] {
  const fresh = h.logs.slice(logsSeen);
  logsSeen = h.logs.length;
  return fresh;
}

/** The requests made with this interaction's token, as `routeName status` (`reset` when the connection was cut). */
function trail(handle: InteractionHandle): string[] {
  const short = Object.fromEntries(Object.entries(EmulatorRoutes).map(([name, route]) => [route, name]));
  return h.emulator.requestsFor(handle).map((r) => `${short[r.route] ?? r.route} ${r.status ?? 'reset'}`);
}

/** What the user finally sees: the reply, or what was edited into a deferred one. */
async function finalContent(handle: InteractionHandle): Promise<string | undefined> {
  const response = await handle.response();
  if (response.type !== CallbackType.DeferredChannelMessageWithSource) return response.data?.content as string | undefined;
  return (await handle.original()).content;
}

/** The bot still answers: a fresh interaction gets the answer. */
async function answersNext(): Promise<void> {
  const next = await h.run(direct());
  expect(await finalContent(next)).toContain(ANSWER);
}

describe('REST rate limits (429 with retry-after)', () => {
  it('on the interaction callback: discord.js waits retry-after, retries, and the answer arrives', async () => {
    newLogs();
    h.emulator.faults.rateLimit(EmulatorRoutes.interactionCallback, { retryAfter: 0.2 });
    const handle = await h.run(direct());
    expect(trail(handle)).toEqual(['interactionCallback 429', 'interactionCallback 204']);
    const [limited, retried] = h.emulator.requestsFor(handle);
    expect(retried!.receivedAt - limited!.receivedAt).toBeGreaterThanOrEqual(200);
    expect((await handle.response()).data?.content).toContain(ANSWER);
    expect(newLogs().filter((l) => l.level >= WARN)).toEqual([]);
  });

  it('a global rate limit is waited out the same way', async () => {
    h.emulator.faults.rateLimit(EmulatorRoutes.interactionCallback, { retryAfter: 0.1, global: true });
    const handle = await h.run(direct());
    expect(trail(handle)).toEqual(['interactionCallback 429', 'interactionCallback 204']);
    expect((await handle.response()).data?.content).toContain(ANSWER);
  });

  it('on the edit of a deferred answer: retried, the answer replaces "thinking"', async () => {
    h.emulator.faults.rateLimit(EmulatorRoutes.editOriginal, { retryAfter: 0.1 });
    const handle = await h.run(deferred());
    expect(trail(handle)).toEqual(['interactionCallback 204', 'editOriginal 429', 'editOriginal 200']);
    expect((await handle.original()).content).toContain(ANSWER);
  });

  it('on a follow-up (a private "not in the article" after a public deferral): retried, delivered', async () => {
    h.emulator.faults.rateLimit(EmulatorRoutes.createFollowUp, { retryAfter: 0.1 });
    const handle = await h.run(h.emulator.chatInput('whosaid', { quote: 'zebra crossing on the moon' }));
    expect(trail(handle)).toEqual(['interactionCallback 204', 'deleteOriginal 204', 'createFollowUp 429', 'createFollowUp 200']);
    expect((handle.followUps[0]?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  });
});

describe('REST server errors', () => {
  it.each([500, 502])('%i once on the callback: discord.js retries at once, the answer arrives, nothing is logged', async (status) => {
    newLogs();
    h.emulator.failNextCallback(status);
    const handle = await h.run(direct());
    expect(trail(handle)).toEqual([`interactionCallback ${status}`, 'interactionCallback 204']);
    expect((await handle.response()).data?.content).toContain(ANSWER);
    expect(newLogs().filter((l) => l.level >= WARN)).toEqual([]);
  });

  it('5xx on every retry: logged as an error, the user gets the failure notice, the next one is answered', async () => {
    newLogs();
    h.emulator.failNextCallback(503, 1 + REST_RETRIES);
    const handle = await h.run(direct());
    expect(trail(handle)).toEqual([...Array<string>(1 + REST_RETRIES).fill('interactionCallback 503'), 'interactionCallback 204']);
    expect(await handle.response()).toMatchObject({ type: CallbackType.ChannelMessageWithSource, data: { content: M.failed, flags: EPHEMERAL } });
    const errors = newLogs().filter((l) => l.level >= ERROR);
    expect(errors).toMatchObject([{ msg: 'interaction failed', command: 'whosaid', err: { message: expect.stringContaining('Service Unavailable') } }]);
    await answersNext();
  });

  it('the notice cannot be sent either (Discord down for a while): logged, no crash, the next one is answered', async () => {
    newLogs();
    h.emulator.failNextCallback(500, 2 * (1 + REST_RETRIES));
    const handle = await h.run(direct());
    expect(trail(handle)).toHaveLength(2 * (1 + REST_RETRIES));
    expect(handle.acknowledged).toBe(false);
    const logs = newLogs();
    expect(logs.filter((l) => l.level >= ERROR).map((l) => l.msg)).toEqual(['interaction failed']);
    expect(logs.map((l) => l.msg)).toContain('could not send the error notice');
    await answersNext();
  });

  it('a 502 on a callback Discord did receive: the retry meets 40060, a warning, the user has the answer', async () => {
    newLogs();
    h.emulator.faults.fail(EmulatorRoutes.interactionCallback, { status: 502, processed: true });
    const handle = await h.run(direct());
    expect(trail(handle)).toEqual(['interactionCallback 502', 'interactionCallback 400']);
    expect(handle.attempts.map((a) => a.code)).toEqual([undefined, 40060]);
    expect((await handle.response()).data?.content).toContain(ANSWER);
    const logs = newLogs().filter((l) => l.level >= WARN);
    expect(logs).toMatchObject([{ level: WARN, msg: expect.stringContaining('already acknowledged') }]);
    await answersNext();
  });

  it('a connection reset on the callback: logged, and the next interaction is answered', async () => {
    newLogs();
    h.emulator.faults.reset(EmulatorRoutes.interactionCallback);
    const handle = await h.run(direct());
    // undici reports a reset socket as "other side closed", which @discordjs/rest does not retry:
    // the answer is lost, the error is logged, and the failure notice reaches the user.
    expect(trail(handle)).toEqual(['interactionCallback reset', 'interactionCallback 204']);
    expect((await handle.response()).data?.content).toBe(M.failed);
    expect(newLogs().filter((l) => l.level >= ERROR).map((l) => l.msg)).toEqual(['interaction failed']);
    await answersNext();
  });
});

describe('expired tokens', () => {
  it('an interaction already expired (10062 Unknown interaction): a warning, no notice, the next one is answered', async () => {
    newLogs();
    const handle = await h.run(direct(), { expired: true });
    expect(handle.attempts).toMatchObject([{ status: 404, code: 10062 }]);
    expect(trail(handle)).toEqual(['interactionCallback 404']);
    const logs = newLogs().filter((l) => l.level >= WARN);
    expect(logs).toMatchObject([{ level: WARN, msg: 'interaction expired before byline answered', command: 'whosaid', code: 10062 }]);
    await answersNext();
  });

  it('a token past its 15 minutes when the deferred answer is edited in (50027): a warning, no crash', async () => {
    newLogs();
    const handle = h.emulator.sendInteraction(deferred());
    engine.onAnswer = () => handle.expire({ webhook: true });
    await withTimeout(h.bot.handled(handle.id), 5000, 'the expired edit');
    expect(trail(handle)).toEqual(['interactionCallback 204', 'editOriginal 401']);
    expect(newLogs().filter((l) => l.level >= WARN)).toMatchObject([{ level: WARN, msg: 'interaction expired before byline answered', code: 50027 }]);
    await answersNext();
  });
});

describe('answers slower than the interaction deadline', () => {
  it('an interaction that reaches its command late (the bot was busy) is deferred first, then answered', async () => {
    newLogs();
    const handle = h.emulator.sendInteraction(direct());
    // The bot is busy when the interaction arrives, and its answer is slow too: replying without
    // deferring would come after the deadline.
    block(DEFER_AFTER_MS + 100);
    engine.nextDelayMs = DEADLINE_MS - DEFER_AFTER_MS;
    await withTimeout(h.bot.handled(handle.id), 5000, 'the late interaction');
    expect(handle.attempts).toMatchObject([{ status: 204, type: CallbackType.DeferredChannelMessageWithSource }]);
    expect(handle.attempts[0]!.elapsedMs).toBeLessThan(DEADLINE_MS);
    expect(await finalContent(handle)).toContain(ANSWER);
    expect(newLogs().filter((l) => l.level >= WARN)).toEqual([]);
  });

  it('a deferred query: acknowledged in time, the slow answer edited in after the deadline', async () => {
    newLogs();
    engine.nextDelayMs = SLOW_ANSWER_MS;
    const handle = await h.run(deferred());
    expect(handle.attempts).toMatchObject([{ status: 204 }]);
    expect(handle.attempts[0]!.elapsedMs).toBeLessThan(DEADLINE_MS);
    const message = await handle.original();
    expect(message.content).toContain(ANSWER);
    const edit = h.emulator.requestsFor(handle).find((r) => r.route === EmulatorRoutes.editOriginal);
    expect(edit!.receivedAt - handle.dispatchedAt).toBeGreaterThan(DEADLINE_MS);
    expect(newLogs().filter((l) => l.level >= WARN)).toEqual([]);
  });

  it('a query the rules did not defer, slower than the deadline: lost (10062), a warning, the next one is answered', async () => {
    // Nothing can save it: the engine blocks, so no timer can defer meanwhile, and Discord takes no
    // late first answer. What the bot can do is not crash, log it, and carry on.
    newLogs();
    engine.nextDelayMs = SLOW_ANSWER_MS;
    const handle = await h.run(direct());
    expect(handle.attempts).toMatchObject([{ status: 404, code: 10062 }]);
    expect(newLogs().filter((l) => l.level >= WARN)).toMatchObject([{ level: WARN, msg: 'interaction expired before byline answered' }]);
    await answersNext();
  });
});

describe('gateway faults', () => {
  /** Sends an interaction while the bot is offline (Discord keeps it for the resume), runs `fault`, and checks both answers. */
  async function survives(fault: () => void, settled: 'resumed' | 'ready'): Promise<void> {
    newLogs();
    const back = h.emulator.gateway.waitFor(settled, { timeoutMs: 10_000 });
    fault();
    await back;
    await answersNext();
    expect(h.bot.client.isReady()).toBe(true);
    expect(newLogs().filter((l) => l.level >= ERROR)).toEqual([]);
  }

  it('a dropped TCP connection (1006): resumes, and the interaction sent while offline is answered too', async () => {
    const identifies = h.emulator.gateway.stats.identifies;
    let missed: InteractionHandle | undefined;
    await survives(() => {
      h.emulator.gateway.drop();
      missed = h.emulator.sendInteraction(direct());
    }, 'resumed');
    await withTimeout(h.bot.handled(missed!.id), 5000, 'the replayed interaction');
    // Replayed some 500 ms late (discord.js waits that long before reconnecting): deferred or not, answered.
    expect(await finalContent(missed!)).toContain(ANSWER);
    expect(h.emulator.gateway.stats.identifies).toBe(identifies);
  });

  it('close code 4000 (unknown error): resumes', async () => {
    await survives(() => h.emulator.gateway.drop({ code: 4000 }), 'resumed');
  });

  it('op 7 RECONNECT: resumes', async () => {
    await survives(() => h.emulator.gateway.reconnect(), 'resumed');
  });

  it('op 9 INVALID_SESSION (resumable): resumes', async () => {
    await survives(() => h.emulator.gateway.invalidateSession(true), 'resumed');
  });

  it('heartbeats no longer acknowledged (a zombie connection): reconnects and resumes', async () => {
    await survives(() => (h.emulator.gateway.ackHeartbeats = false), 'resumed').finally(() => (h.emulator.gateway.ackHeartbeats = true));
  });

  // Last: discord.js waits 5 s between two IDENTIFYs, counted from the login.
  it('op 9 INVALID_SESSION (not resumable): identifies again with a new session', async () => {
    const identifies = h.emulator.gateway.stats.identifies;
    await survives(() => h.emulator.gateway.invalidateSession(false), 'ready');
    expect(h.emulator.gateway.stats.identifies).toBe(identifies + 1);
  }, 15_000);
});

describe('the global concurrency cap', () => {
  let capped: Harness;
  beforeAll(async () => {
    capped = await startHarness({ library, settings: { maxConcurrent: 1 } });
  });
  afterAll(async () => capped?.close());

  /** How long the first answer holds the only slot: ample time for the next two to arrive. */
  const HOLD_MS = 500;

  it('over the cap, a command gets the friendly "busy" notice and an autocomplete no choices; then it answers again', async () => {
    const users = ['1190000000000000001', '1190000000000000002', '1190000000000000003'].map((id) => ({ ...capped.emulator.defaultUser, id }));
    // The first answer is slow to reach Discord, so it holds the only slot meanwhile. The three
    // arrive in order over the gateway, and the router takes a slot as soon as one arrives.
    const holding = capped.emulator.sendInteraction(capped.emulator.chatInput('whosaid', { quote: 'space for agreement', article: 'afp-rafah' }));
    capped.emulator.faults.delay((r) => r.route === EmulatorRoutes.interactionCallback && r.path.includes(holding.id), HOLD_MS);
    const command = capped.emulator.sendInteraction(capped.emulator.chatInput('help', {}, { user: users[0] }));
    const typing = capped.emulator.sendInteraction(capped.emulator.autocomplete('quotes', { speaker: 'Bli' }, { user: users[1] }));
    await Promise.all([command, typing].map((handle) => withTimeout(capped.bot.handled(handle.id), 5000, 'the refusals')));

    expect(await command.response()).toMatchObject({ type: CallbackType.ChannelMessageWithSource, data: { content: M.busy, flags: EPHEMERAL } });
    expect(await typing.response()).toMatchObject({ type: CallbackType.AutocompleteResult, data: { choices: [] } });
    expect(holding.acknowledged).toBe(false);

    await capped.bot.handled(holding.id);
    expect(await holding.response()).toMatchObject({ data: { content: expect.stringContaining(ANSWER) } });
    const after = await capped.run(capped.emulator.autocomplete('quotes', { speaker: 'Bli' }, { user: users[2] }));
    expect(((await after.response()).data?.choices as unknown[]).length).toBeGreaterThan(0);
    const warnings = capped.logs.filter((l) => l.level >= WARN);
    expect(warnings).toMatchObject([{ msg: expect.stringContaining('concurrency cap'), limit: 1 }]);
  });
});

describe('graceful shutdown', () => {
  it('SIGTERM during a slow, deferred answer: the edit still arrives, a new interaction hears "restarting", then the client goes', async () => {
    const emulator = await DiscordEmulator.start();
    const slow = new SlowEngine(library);
    const logs: LogRecord[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogRecord) });
    const listening = new Set(process.listeners('SIGTERM'));
    const bot = await startBot({ config: { discordToken: emulator.token, apiUrl: emulator.apiUrl }, engine: slow, logger, settings: { deferAboveSentences: 0 } });
    try {
      // The handler startBot installed: calling it is what the signal does, without signalling the test runner.
      const onSigterm = process.listeners('SIGTERM').find((listener) => !listening.has(listener));
      expect(onSigterm).toBeDefined();
      await deployCommands(new REST({ api: emulator.apiUrl }).setToken(emulator.token), { articleCount: library.size, guildId: emulator.defaultGuild.id });

      let during: InteractionHandle | undefined;
      slow.nextDelayMs = 300;
      slow.onAnswer = () => {
        onSigterm!('SIGTERM');
        during = emulator.sendInteraction(emulator.chatInput('help', {}));
        // Its "restarting" notice is slow to reach Discord: shutdown must wait for it too.
        emulator.delayCallbacks(500);
      };
      const answering = emulator.sendInteraction(emulator.chatInput('whosaid', { quote: 'space for agreement' }));
      await withTimeout(bot.stopped, 8000, 'the bot to stop');
      expect(during?.acknowledged).toBe(true);

      expect((await answering.response()).type).toBe(CallbackType.DeferredChannelMessageWithSource);
      expect(answering.edits.map((edit) => edit.content)).toEqual([expect.stringContaining(ANSWER)]);
      expect(await during!.response()).toMatchObject({ data: { content: M.shuttingDown, flags: EPHEMERAL } });
      expect(bot.client.isReady()).toBe(false);
      expect(process.listeners('SIGTERM')).not.toContain(onSigterm);
      expect(logs.map((l) => l.msg)).toEqual(['byline is online', 'shutting down: finishing replies in flight', 'byline stopped']);
    } finally {
      await bot.stop();
      await emulator.close();
    }
  });
});
