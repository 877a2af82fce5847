/**
 * Discord front end under load: the real bot (createBot, default settings) logged in to the local
 * Discord emulator gets 1,000 interactions (commands and autocompletes, from many users) sent
 * within a few seconds, twice. Prints throughput, dispatch → callback latency (p50, p99, max),
 * how many were answered, and the heap after a forced GC before and after each run.
 *
 *   node --expose-gc --import tsx bench/discord-load.ts [count=1000] [spreadMs=10000]
 *
 * The emulator runs in the same thread as the bot and does Discord's share of the work too (parse,
 * validate, store every callback), so past a few hundred interactions a second it, not the bot, is
 * the limit: the default rate is the 1,000 in 10 seconds the bot is specified for.
 *
 * The module also exports the load driver, which tests/discord/load.test.ts runs with assertions.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { REST } from 'discord.js';
import { pino, type Logger } from 'pino';
import { Engine } from '../src/answer/engine.js';
import { createBot, type Bot } from '../src/discord/bot.js';
import { deployCommands } from '../src/discord/deploy.js';
import { DISCORD_MESSAGES as M } from '../src/discord/messages.js';
import type { BotSettings } from '../src/discord/types.js';
import { Library } from '../src/library/library.js';
import { CallbackType, DiscordEmulator, type InteractionDraft, type InteractionHandle, type UserFixture } from '../tests/support/discord-emulator.js';

/** Articles the bot answers from: two, so that the Discord front end, not the search, is measured. */
const LOAD_ARTICLES = ['afp-rafah', 'ruiz-rent-control'];
const FIXTURES = new URL('../tests/fixtures/articles/', import.meta.url).pathname;
/** How often the sender wakes up to send the interactions that are due. */
const TICK_MS = 10;
/** The cooldown notice up to its number of seconds. */
const COOLDOWN_LEAD = M.cooldown(1).replace(/\d.*$/, '');
/** How long to wait for the last replies of a run. */
const SETTLE_MS = 15_000;

export interface LoadTarget {
  emulator: DiscordEmulator;
  bot: Bot;
  engine: Engine;
  /** Warnings and errors the bot logged (it logs nothing below warn here). */
  problems: { level: number; msg: string }[];
  close(): Promise<void>;
}

export interface LoadTargetOptions {
  settings?: Partial<BotSettings>;
  /** The emulator's interaction deadline (Discord's is 3 s, the default). */
  callbackDeadlineMs?: number;
}

/** The emulator and the real bot, logged in, commands registered. */
export async function startLoadTarget(options: LoadTargetOptions = {}): Promise<LoadTarget> {
  const library = await loadLibrary(LOAD_ARTICLES);
  const engine = new Engine(library);
  const emulator = await DiscordEmulator.start(options.callbackDeadlineMs ? { callbackDeadlineMs: options.callbackDeadlineMs } : {});
  const problems: { level: number; msg: string }[] = [];
  const logger: Logger = pino({ level: 'warn' }, { write: (line: string) => void problems.push(JSON.parse(line) as { level: number; msg: string }) });
  const bot = createBot({ engine, logger, apiUrl: emulator.apiUrl, settings: options.settings ?? {} });
  await bot.login(emulator.token);
  await deployCommands(new REST({ api: emulator.apiUrl }).setToken(emulator.token), { articleCount: library.size, guildId: emulator.defaultGuild.id });
  return {
    emulator,
    bot,
    engine,
    problems,
    async close() {
      await bot.stop();
      await emulator.close();
    },
  };
}

/** A library of these fixture articles (copied to a temporary ARTICLES_DIR). */
async function loadLibrary(ids: readonly string[]): Promise<Library> {
  const dir = mkdtempSync(join(tmpdir(), 'byline-load-'));
  try {
    for (const id of ids) cpSync(join(FIXTURES, `${id}.txt`), join(dir, `${id}.txt`));
    return await Library.fromDirectory(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The mix: every question command, `/article`, and autocomplete on three options. */
function interactionMix(target: LoadTarget): ((i: number, user: UserFixture) => InteractionDraft)[] {
  const { emulator, engine } = target;
  const speakers = engine.index.people.filter((p) => p.quotes.length).map((p) => p.entity.name);
  const quotes = engine.index.quotes.map((q) => q.quote.text.split(' ').slice(0, 5).join(' '));
  const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
  return [
    (i, user) => emulator.chatInput('whosaid', { quote: pick(quotes, i) }, { user }),
    (i, user) => emulator.chatInput('quotes', { speaker: pick(speakers, i) }, { user }),
    (i, user) => emulator.chatInput('figure', { about: pick(['people killed', 'rent increase', 'homes', 'tenants'], i) }, { user }),
    (i, user) => emulator.chatInput('ask', { question: pick(['who said it was not improvised?', 'how many people died?', 'what did the mayor promise?'], i) }, { user }),
    (i, user) => emulator.chatInput('search', { text: pick(['ceasefire talks', 'rent control', 'landlords', 'Cairo'], i) }, { user }),
    (_, user) => emulator.chatInput('article', {}, { user }),
    (i, user) => emulator.autocomplete('whosaid', { quote: pick(quotes, i).slice(0, 1 + (i % 12)) }, { user }),
    (i, user) => emulator.autocomplete('quotes', { speaker: pick(speakers, i).slice(0, 1 + (i % 6)) }, { user }),
    (i, user) => emulator.autocomplete('figure', { about: pick(['peo', 'rent', 'ho', ''], i) }, { user }),
  ];
}

export interface LoadOptions {
  /** Interactions to send. */
  count: number;
  /** Send them evenly over this many ms. */
  spreadMs: number;
  /** Distinct users, round robin (enough that the per-user cooldown stays out of the way). */
  users: number;
  /** First user number: another offset gives a run its own users. */
  userOffset?: number;
}

export interface LoadResult {
  sent: number;
  /** Interactions whose callback Discord accepted (and, when deferred, whose answer followed). */
  answered: number;
  /** Of those, answered with the "busy" notice (concurrency cap) or the cooldown. */
  refused: number;
  /** Of those, answered with the failure notice. */
  failed: number;
  /** Of those, deferred first (then edited or followed up). */
  deferred: number;
  /** ms from the first send to the last. */
  sendMs: number;
  /** ms from the first send to the last interaction handled. */
  elapsedMs: number;
  /** Dispatch → callback latency, sorted ascending (ms). */
  latencies: number[];
  /** Callbacks that came later than Discord's 3 s (possible only with a longer emulator deadline). */
  late: number;
}

/** Discord's deadline for the first answer to an interaction. */
export const DISCORD_DEADLINE_MS = 3000;

/** Sends `count` interactions of the mix, spread over `spreadMs`, and waits until every one is handled. */
export async function runLoad(target: LoadTarget, options: LoadOptions): Promise<LoadResult> {
  const mix = interactionMix(target);
  const offset = options.userOffset ?? 0;
  const users = Array.from({ length: options.users }, (_, n) => loadUser(offset + n));
  const handles: InteractionHandle[] = [];
  const handled: Promise<void>[] = [];
  const started = performance.now();

  // Open loop: interaction i is due at started + i × spreadMs / count, and each tick sends all that
  // are due, however late the tick. A busy bot therefore gets the whole load within `spreadMs`
  // (plus one tick) instead of slowing the sender down and hiding its own latency.
  let next = 0;
  while (next < options.count) {
    const due = Math.min(options.count, Math.floor(((performance.now() - started) / options.spreadMs) * options.count) + 1);
    for (; next < due; next++) {
      const handle = target.emulator.sendInteraction(mix[next % mix.length]!(next, users[next % users.length]!));
      handles.push(handle);
      handled.push(target.bot.handled(handle.id));
    }
    await new Promise((resolve) => setTimeout(resolve, TICK_MS));
  }
  const sendMs = performance.now() - started;
  await settle(Promise.all(handled), SETTLE_MS);
  const elapsedMs = performance.now() - started;

  let answered = 0;
  let refused = 0;
  let failed = 0;
  let deferredCount = 0;
  const latencies: number[] = [];
  for (const handle of handles) {
    const ack = handle.acknowledgement;
    if (!ack) continue;
    latencies.push(ack.latencyMs);
    const deferred = ack.type === CallbackType.DeferredChannelMessageWithSource;
    if (deferred && handle.edits.length + handle.followUps.length === 0) continue;
    answered += 1;
    if (deferred) deferredCount += 1;
    const content = String((deferred ? (handle.edits[0]?.content ?? handle.followUps[0]?.content) : ack.data?.content) ?? '');
    if (content === M.busy || content.startsWith(COOLDOWN_LEAD)) refused += 1;
    if (content === M.failed) failed += 1;
  }
  latencies.sort((a, b) => a - b);
  const late = latencies.filter((ms) => ms > DISCORD_DEADLINE_MS).length;
  return { sent: handles.length, answered, refused, failed, deferred: deferredCount, sendMs, elapsedMs, latencies, late };
}

/** A distinct user per number, with a valid snowflake id. */
function loadUser(n: number): UserFixture {
  return { id: String(1_190_000_000_000_000_000n + BigInt(n)), username: `reader${n}`, global_name: null, discriminator: '0', avatar: null };
}

function settle(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([work.then(() => undefined), timeout]).finally(() => clearTimeout(timer));
}

/** The `q` quantile of ascending `sorted` values (0 when empty). */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/**
 * A function that forces a full GC, or undefined when it cannot be had: `global.gc` under
 * `--expose-gc`, else the same function obtained by setting the flag at run time (V8 exposes `gc`
 * to contexts created after that).
 */
export function gcFunction(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/** Heap in use after a full GC (twice, so that finalizers' garbage goes too), in bytes. */
export async function settledHeap(gc: () => void): Promise<number> {
  for (let i = 0; i < 2; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One printable line for a run. */
export function describeRun(name: string, run: LoadResult): string {
  const rate = (run.sent / run.elapsedMs) * 1000;
  return (
    `${name}: ${run.sent} sent in ${(run.sendMs / 1000).toFixed(2)} s, ${run.answered} answered (${run.deferred} deferred, ${run.refused} refused, ${run.failed} failed), ` +
    `all handled in ${(run.elapsedMs / 1000).toFixed(2)} s (${rate.toFixed(0)} interactions/s); dispatch → callback p50 ${quantile(run.latencies, 0.5).toFixed(1)} ms, ` +
    `p99 ${quantile(run.latencies, 0.99).toFixed(1)} ms, max ${quantile(run.latencies, 1).toFixed(1)} ms` +
    (run.late ? `; ${run.late} later than Discord's 3 s` : '')
  );
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1000);
  const spreadMs = Number(process.argv[3] ?? 10_000);
  const gc = gcFunction();
  if (!gc) console.log('no GC available (run with node --expose-gc): heap figures include garbage');
  const heap = async () => (gc ? settledHeap(gc) : process.memoryUsage().heapUsed);
  const target = await startLoadTarget();
  try {
    console.log(`byline Discord load: ${count} interactions over ${spreadMs} ms, twice; ${LOAD_ARTICLES.length} articles, default settings, Discord's 3 s deadline`);
    const before = await heap();
    const runs: number[] = [];
    for (const run of [1, 2]) {
      const result = await runLoad(target, { count, spreadMs, users: 400, userOffset: run * 10_000 });
      target.emulator.clearHistory();
      runs.push(await heap());
      console.log(describeRun(`run ${run}`, result));
      console.log(`  live button lists: ${target.bot.context.pages.size} paged answers, ${target.bot.context.picks.size} suggestion sets; cached users: ${target.bot.client.users.cache.size}`);
    }
    console.log(`heap after GC: before ${mb(before)}, after run 1 ${mb(runs[0]!)}, after run 2 ${mb(runs[1]!)} (${runs[1]! >= runs[0]! ? '+' : ''}${mb(runs[1]! - runs[0]!)})`);
    const problems = target.problems.filter((p) => p.level >= 40);
    if (problems.length) console.log(`bot warnings/errors: ${problems.length}, first: ${problems[0]!.msg}`);
  } finally {
    await target.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
