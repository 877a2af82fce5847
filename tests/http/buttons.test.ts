/**
 * Stateless buttons: page and suggestion clicks answered from the custom ID alone, by another
 * instance than the one that sent the message; who may click; what happens when the state cannot
 * fit in 100 characters.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import { DISCORD_MESSAGES as M } from '../../src/discord/messages.js';
import { HTTP_MESSAGES as H } from '../../src/http/messages.js';
import { decodeState, encodeState, type ButtonState } from '../../src/http/state.js';
import { Library } from '../../src/library/library.js';
import { click, command, EPHEMERAL, keyPair, libraryOf, send, startEndpoint, STRANGER, type Answered, type Endpoint, type MessageData } from './support.js';

const ARTICLES = ['afp-rafah', 'eastport-pier', 'museum-heist-lyon', 'ruiz-rent-control', 'science-malaria-vaccine'];
let a: Endpoint;
let b: Endpoint;

beforeAll(async () => {
  // Two instances behind one application key, as behind a load balancer; each loads the articles itself.
  const keys = keyPair();
  a = await startEndpoint({ engine: new Engine(libraryOf(ARTICLES)), keys });
  b = await startEndpoint({ engine: new Engine(libraryOf(ARTICLES)), keys });
});
afterAll(async () => Promise.all([a?.close(), b?.close()]));

const buttons = (data: MessageData) => data.components?.[0]?.components ?? [];
const button = (data: MessageData, label: string) => buttons(data).find((x) => x.label === label)!;
const titles = (data: MessageData) => data.embeds.map((e) => e.title);

/** A click on the button labelled `label` of `message`, sent to `to`. */
function press(to: Endpoint, message: MessageData, label: string, options: { user?: string } = {}): Promise<Answered> {
  return send(to, click(button(message, label).custom_id, message, options));
}

describe('paging', () => {
  it('pages through further matches on any instance: type 7, page 2, then 3, then back', async () => {
    const first = await send(a, command('quotes', { speaker: 'Maria Keller', article: 'eastport-pier' }));
    expect(titles(first.data)[1]).toBe('More matches (2–5 of 12)');

    const page2 = await press(b, first.data, 'Next');
    expect(page2).toMatchObject({ status: 200, type: 7 });
    expect(page2.data.allowed_mentions).toEqual({ parse: [] });
    expect(page2.data.content).toBeUndefined(); // the text above the embeds stays as it was
    expect(page2.data.embeds[0]?.description).toBe('> “We will rebuild the pier before summer,”');
    expect(titles(page2.data)[1]).toBe('More matches (6–9 of 12)');
    expect(page2.data.embeds[1]?.description).toContain('**6.** “The contractors start on the first of March,” — Maria Keller · ¶7');
    expect(buttons(page2.data).map((x) => [x.label, x.disabled])).toEqual([['Previous', false], ['2 / 3', true], ['Next', false]]);

    const page3 = await press(a, { ...first.data, ...page2.data }, 'Next');
    expect(titles(page3.data)[1]).toBe('More matches (10–12 of 12)');
    expect(button(page3.data, 'Next').disabled).toBe(true);

    const back = await press(b, { ...first.data, ...page3.data }, 'Previous');
    expect(titles(back.data)[1]).toBe('More matches (6–9 of 12)');
  });

  it('pages the /article list', async () => {
    const many = await startEndpoint({ engine: new Engine(libraryOf([...ARTICLES, 'storm-delia', 'wildfire-evia', 'chen-harbour-vote', 'wire-peru-bus-crash'])) });
    try {
      const first = await send(many, command('article', {}, undefined, 'list'));
      expect(buttons(first.data)[1]?.label).toBe('1 / 2');
      const page2 = await press(many, first.data, 'Next');
      expect(page2.type).toBe(7);
      expect(page2.data.embeds[0]?.description).toMatch(/^\*\*9\. /);
    } finally {
      await many.close();
    }
  });

  it('only the asker may turn the pages; others are told so, privately', async () => {
    const first = await send(a, command('quotes', { speaker: 'Maria Keller', article: 'eastport-pier' }));
    const other = await press(b, first.data, 'Next', { user: STRANGER });
    expect(other).toMatchObject({ type: 4, data: { content: M.notYours, flags: EPHEMERAL } });
  });

  it('the disabled counter and unknown buttons are answered, never left to fail', async () => {
    expect((await send(a, click('bl:x'))).type).toBe(6);
    for (const id of ['byline:page:abc123:1', 'something-else', 'bl:p:z:1:0::x']) {
      expect(await send(a, click(id))).toMatchObject({ status: 200, type: 4, data: { content: M.expired, flags: EPHEMERAL } });
    }
  });

  it('when the state cannot fit in a custom ID, shows the first page without buttons and says how to get the rest', async () => {
    const longId = `eastport-pier-${'x'.repeat(80)}`;
    const text = readFileSync(new URL('../discord/fixtures/eastport-pier.txt', import.meta.url), 'utf8');
    const long = await startEndpoint({ engine: new Engine(Library.fromTexts({ [longId]: text })) });
    try {
      const { data } = await send(long, command('quotes', { speaker: 'Maria Keller', article: longId }));
      expect(data.components).toEqual([]);
      expect(titles(data)[1]).toBe('More matches (2–5 of 12)');
      expect(data.content).toBe(`-# /quotes “Maria Keller”\n12 quotes by Maria Keller.\n${H.firstPageOnly}`);
      // Suggestions that cannot be buttons are listed as text.
      const missing = await send(long, command('whosaid', { quote: 'rebuild the harbour wall before winter', article: longId }));
      expect(missing.data.flags).toBe(EPHEMERAL);
      expect(missing.data.components).toEqual([]);
      expect(missing.data.content).toContain(H.closestAsText);
      expect(missing.data.content).not.toContain(M.closest);
    } finally {
      await long.close();
    }
  });
});

describe('suggestions', () => {
  it('a suggestion click, on another instance, asks that suggestion as a new public answer', async () => {
    const missing = await send(a, command('whosaid', { quote: 'a ceasefire and a prisoner swap', article: 'afp-rafah' }));
    expect(missing.data.flags).toBe(EPHEMERAL);
    const first = buttons(missing.data)[0]!;
    const picked = await send(b, click(first.custom_id, missing.data));
    expect(picked).toMatchObject({ status: 200, type: 4 });
    expect(picked.data.flags ?? 0).toBe(0);
    expect(picked.data.allowed_mentions).toEqual({ parse: [] });
    expect(picked.data.content).toMatch(/^-# \/whosaid “a ceasefire, an end to the war and a prisoner exchange deal”\n.+ said it \(paragraph \d+\)\./);
    expect(picked.data.embeds[0]?.description).toContain('a ceasefire, an end to the war and a prisoner exchange');
  });

  it('keeps hide: a hidden question’s suggestion is answered only to the asker', async () => {
    const missing = await send(a, command('whosaid', { quote: 'a ceasefire and a prisoner swap', article: 'afp-rafah', hide: true }));
    const picked = await send(b, click(buttons(missing.data)[0]!.custom_id, missing.data));
    expect(picked.data.flags).toBe(EPHEMERAL);
    expect(picked.data.embeds.length).toBeGreaterThan(0);
  });

  it('a suggestion that no longer exists gets the expired notice', async () => {
    const gone = encodeState({ action: 'pick', command: 'whosaid', n: 4, hide: false, article: 'afp-rafah', query: 'a ceasefire and a prisoner swap' })!;
    expect(await send(b, click(gone))).toMatchObject({ type: 4, data: { content: M.expired, flags: EPHEMERAL } });
  });
});

describe('custom IDs', () => {
  const state: ButtonState = { action: 'page', command: 'quotes', n: 12, hide: true, article: 'odd:id%3A', query: 'Maria: Keller % 100' };

  it('round-trip every field, colons and percent signs included', () => {
    const id = encodeState(state)!;
    expect(id).toBe('bl:p:q:12:1:odd%3Aid%253A:Maria: Keller % 100');
    expect(decodeState(id)).toEqual(state);
    expect(decodeState(encodeState({ ...state, article: undefined, hide: false })!)).toEqual({ ...state, article: undefined, hide: false });
  });

  it('are never over 100 characters: a state that does not fit is refused', () => {
    const fits = encodeState({ ...state, query: 'q'.repeat(100 - 'bl:p:q:12:1:odd%3Aid%253A:'.length) })!;
    expect(fits.length).toBe(DISCORD_LIMITS.customId);
    expect(encodeState({ ...state, query: 'q'.repeat(100) })).toBeUndefined();
  });

  it('ignore anything else', () => {
    for (const id of ['', 'bl:x', 'byline:page:abc:1', 'bl:p:q:12345:0::x', 'bl:p:q:1:2::x']) expect(decodeState(id)).toBeUndefined();
  });
});
