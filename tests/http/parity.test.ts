/**
 * The same question through the gateway bot (the local Discord emulator) and through the HTTP
 * endpoint gets the same reply: content, embeds, flags, mentions and button labels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { startHarness, type Harness } from '../discord/harness.js';
import { command, libraryOf, send, SOMEONE, startEndpoint, USER, type Endpoint, type MessageData } from './support.js';

const ARTICLES = ['afp-rafah', 'eastport-pier', 'museum-heist-lyon'];
let gateway: Harness;
let http: Endpoint;

beforeAll(async () => {
  const engine = new Engine(libraryOf(ARTICLES));
  [gateway, http] = await Promise.all([startHarness({ engine }), startEndpoint({ engine })]);
});
afterAll(async () => Promise.all([gateway?.close(), http?.close()]));

/** What a person sees: everything but the buttons' custom IDs (store IDs in one mode, state in the other). */
function seen(data: MessageData) {
  return {
    content: data.content,
    embeds: data.embeds,
    flags: Number(data.flags ?? 0),
    allowed_mentions: data.allowed_mentions,
    buttons: (data.components ?? []).flatMap((row) => row.components.map((b) => [b.label, Boolean(b.disabled), b.style])),
  };
}

const CASES: [string, Record<string, string | boolean>, string?][] = [
  ['whosaid', { quote: 'space for agreement', article: 'afp-rafah' }],
  ['whosaid', { quote: 'space for a deal', article: 'afp-rafah' }],
  ['quotes', { speaker: 'Maria Keller', hide: true }],
  ['figure', { about: 'people killed', mention: SOMEONE }],
  ['ask', { question: 'who warned about a humanitarian nightmare?' }],
  ['search', { text: '**Cairo** @everyone' }],
  ['article', { article: 'eastport-pier' }, 'show'],
  ['article', {}, 'list'],
  ['help', {}],
];

describe('same reply in both modes', () => {
  it.each(CASES)('/%s %o %s', async (name, options, subcommand) => {
    const handle = await gateway.run(gateway.emulator.chatInput(name, options, subcommand ? { subcommand } : {}));
    const viaGateway = await handle.response();
    const viaHttp = await send(http, command(name, options, gateway.emulator.defaultUser.id, subcommand));
    expect(viaHttp.type).toBe(viaGateway.type);
    expect(seen(viaHttp.data)).toEqual(seen(viaGateway.data as unknown as MessageData));
    expect(viaHttp.data.embeds.length + String(viaHttp.data.content ?? '').length).toBeGreaterThan(0);
  });

  it('the emulator user is the tests’ user', () => {
    expect(gateway.emulator.defaultUser.id).toBe(USER);
  });
});
