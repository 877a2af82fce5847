/**
 * Discord front-end latency: starts the local Discord emulator and the real bot (all test fixture
 * articles loaded), sends interactions one at a time (every command, plus autocomplete), and prints
 * the median and p99 time from INTERACTION_CREATE dispatch to the bot's callback reaching "Discord".
 *
 *   npx tsx bench/discord-latency.ts [count=600]
 */
import { REST } from 'discord.js';
import { pino } from 'pino';
import { Engine } from '../src/answer/engine.js';
import { createBot } from '../src/discord/bot.js';
import { deployCommands } from '../src/discord/deploy.js';
import { Library } from '../src/library/library.js';
import { DiscordEmulator, type InteractionDraft } from '../tests/support/discord-emulator.js';

const COUNT = Math.max(500, Number(process.argv[2] ?? 600));
const ARTICLES = new URL('../tests/fixtures/articles/', import.meta.url).pathname;

const library = await Library.fromDirectory(ARTICLES);
const engine = new Engine(library);
const emulator = await DiscordEmulator.start();
const bot = createBot({ engine, logger: pino({ level: 'warn' }), apiUrl: emulator.apiUrl, settings: { cooldown: { limit: 1e9, windowMs: 1 } } });
await bot.login(emulator.token);
await deployCommands(new REST({ api: emulator.apiUrl }).setToken(emulator.token), { articleCount: library.size, guildId: emulator.defaultGuild.id });

const speakers = engine.index.people.filter((p) => p.quotes.length).map((p) => p.entity.name);
const quotes = engine.index.quotes.map((q) => q.quote.text.split(' ').slice(0, 6).join(' '));
const kinds: [string, (i: number) => InteractionDraft][] = [
  ['whosaid', (i) => emulator.chatInput('whosaid', { quote: quotes[i % quotes.length]! })],
  ['quotes', (i) => emulator.chatInput('quotes', { speaker: speakers[i % speakers.length]! })],
  ['figure', (i) => emulator.chatInput('figure', { about: ['people killed', 'cost', 'votes', 'cases', 'homes'][i % 5]! })],
  ['ask', (i) => emulator.chatInput('ask', { question: ['who said it was not improvised?', 'how many people died?', 'what did the mayor promise?'][i % 3]! })],
  ['search', (i) => emulator.chatInput('search', { text: ['flood warnings', 'rent control', 'vaccine trial', 'strike'][i % 4]! })],
  ['article', () => emulator.chatInput('article', {})],
  ['autocomplete', (i) => emulator.autocomplete('whosaid', { quote: quotes[i % quotes.length]!.slice(0, 1 + (i % 12)) })],
  ['autocomplete', (i) => emulator.autocomplete('quotes', { speaker: speakers[i % speakers.length]!.slice(0, 1 + (i % 6)) })],
];

const latencies = new Map<string, number[]>();
for (let i = 0; i < COUNT; i++) {
  const [kind, draft] = kinds[i % kinds.length]!;
  const handle = emulator.sendInteraction(draft(i));
  const response = await handle.response({ timeoutMs: 10_000 });
  await bot.handled(handle.id);
  latencies.set(kind, [...(latencies.get(kind) ?? []), response.latencyMs]);
}

const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const line = (name: string, values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${name.padEnd(13)} n=${String(sorted.length).padStart(4)}  median ${at(sorted, 0.5).toFixed(1).padStart(6)} ms  p99 ${at(sorted, 0.99).toFixed(1).padStart(6)} ms  max ${at(sorted, 1).toFixed(1).padStart(6)} ms`;
};
console.log(`byline Discord latency, dispatch → callback, ${library.size} articles, ${COUNT} interactions`);
for (const [kind, values] of latencies) console.log(line(kind, values));
console.log(line('all', [...latencies.values()].flat()));
const rejected = emulator.requests.filter((r) => (r.status ?? 0) >= 400).length;
if (rejected) console.log(`warning: ${rejected} requests were rejected by the emulator`);

await bot.stop();
await emulator.close();
