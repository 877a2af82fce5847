/** Autocomplete: useful lists on empty input, exact → prefix → fuzzy, Discord's limits, keys that round-trip, expiry. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChoiceList, keysOf } from '../../src/discord/autocomplete/rank.js';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import { libraryOf, startHarness, type Harness } from './harness.js';

const ARTICLES = ['afp-rafah', 'eastport-pier', 'museum-heist-lyon', 'ruiz-rent-control', 'science-malaria-vaccine'];
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ library: await libraryOf(ARTICLES) });
});
afterAll(async () => h?.close());

interface Choice {
  name: string;
  value: string;
}

async function choices(command: string, options: Record<string, string>, focused?: string): Promise<Choice[]> {
  const handle = await h.run(h.emulator.autocomplete(command, options, focused ? { focused } : {}));
  const response = await handle.response();
  expect(response.type).toBe(8);
  const list = (response.data?.choices ?? []) as Choice[];
  expect(list.length).toBeLessThanOrEqual(DISCORD_LIMITS.autocompleteChoices);
  for (const c of list) {
    expect(c.name.length).toBeGreaterThan(0);
    expect(c.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
    expect(c.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceValue);
  }
  return list;
}

describe('on an empty input', () => {
  it('/whosaid offers recent quotes (newest article first), 25 at most', async () => {
    const list = await choices('whosaid', { quote: '' });
    expect(list).toHaveLength(25);
    expect(list[0]).toEqual({ name: '“We will rebuild the pier before summer,” — Maria Keller', value: expect.stringMatching(/^q#\d+#eastport-pier$/) });
  });

  it('/quotes offers the speakers with their roles, most quoted first', async () => {
    const list = await choices('quotes', { speaker: '' });
    expect(list[0]).toEqual({ name: 'Maria Keller, Eastport Mayor · 12 quotes', value: 'Maria Keller' });
    expect(list.map((c) => c.value)).toContain('Hélène Marchand');
  });

  it('/figure offers the main figures: the ledes first', async () => {
    const list = await choices('figure', { about: '' });
    expect(list[0]?.name).toMatch(/\(paragraph 1\)$/);
    expect(list.map((c) => c.name)).toContain('$4.2 million — cost (paragraph 1)');
  });

  it('`article` offers every article by title and ID', async () => {
    const list = await choices('ask', { question: 'x', article: '' }, 'article');
    expect(list.map((c) => c.value).sort()).toEqual([...ARTICLES].sort());
    expect(list).toContainEqual({ name: 'Jewels worth more than €15m stolen in Lyon museum raid (museum-heist-lyon)', value: 'museum-heist-lyon' });
  });
});

describe('ranking', () => {
  it('puts exact matches before prefixes before words that contain it before fuzzy ones', () => {
    const entry = (name: string) => ({ name, value: name, article: 'a', keys: keysOf(name) });
    const list = new ChoiceList([entry('fuzzy blonken'), entry('has blinken inside'), entry('blinken antony'), entry('blinken')]);
    expect(list.rank('Blinken').map((c) => c.value)).toEqual(['blinken', 'blinken antony', 'has blinken inside', 'fuzzy blonken']);
    expect(list.rank('', undefined, 2).map((c) => c.value)).toEqual(['fuzzy blonken', 'has blinken inside']);
  });

  it('finds speakers by exact name, prefix and typo', async () => {
    expect((await choices('quotes', { speaker: 'Nakamura' }))[0]?.value).toBe('Robert Nakamura');
    expect((await choices('quotes', { speaker: 'naka' }))[0]?.value).toBe('Robert Nakamura');
    expect((await choices('quotes', { speaker: 'Nakamora' })).map((c) => c.value)).toContain('Robert Nakamura');
    expect((await choices('quotes', { speaker: 'city attorney' }))[0]?.value).toBe('Robert Nakamura');
  });

  it('limits choices to the article already chosen', async () => {
    const list = await choices('whosaid', { article: 'afp-rafah', quote: '' }, 'quote');
    expect(list.length).toBeGreaterThan(0);
    for (const c of list) expect(c.value).toMatch(/#afp-rafah$/);
  });

  it('`article` ranks titles and IDs as typed', async () => {
    expect((await choices('search', { text: 'x', article: 'lyon' }, 'article'))[0]?.value).toBe('museum-heist-lyon');
    expect((await choices('search', { text: 'x', article: 'afp-rafah' }, 'article'))[0]?.value).toBe('afp-rafah');
  });

  it('stays within the limits for broad and huge inputs, and answers fast', async () => {
    expect(await choices('whosaid', { quote: 'the' })).toHaveLength(25);
    expect((await choices('whosaid', { quote: 'x'.repeat(6000) })).length).toBeLessThanOrEqual(25);
    const latencies: number[] = [];
    for (const typed of ['pie', 'pier', 'pier before', 'insurance', 'valcourt', 'malaria']) {
      const handle = await h.run(h.emulator.autocomplete('whosaid', { quote: typed }));
      latencies.push((await handle.response()).latencyMs);
    }
    expect(Math.max(...latencies)).toBeLessThan(500);
  });
});

describe('picked values round-trip', () => {
  it('every quote longer than 100 characters, picked from the list, is found verbatim by /whosaid', async () => {
    const long = h.engine.index.quotes.filter((r) => r.quote.text.length > 100);
    expect(long.length).toBeGreaterThan(5);
    for (const record of long) {
      const typed = record.quote.text.split(' ').slice(2, 7).join(' ');
      const list = await choices('whosaid', { quote: typed });
      const picked = list.find((c) => c.value === `q#${record.quote.start}#${record.article.id}`);
      expect(picked, typed).toBeDefined();
      expect(picked!.name.endsWith(`— ${record.quote.speaker?.name ?? 'unattributed'}`)).toBe(true);

      const handle = await h.run(h.emulator.chatInput('whosaid', { quote: picked!.value }));
      const embed = ((await handle.response()).data?.embeds as { description: string; footer: { text: string } }[])[0]!;
      const shown = embed.description.replace(/\\(.)/g, '$1');
      expect(shown).toBe(`> “${record.quote.text.replace(/\s+/g, ' ')}”`);
      expect(embed.footer.text).toContain(`Paragraph ${record.quote.paragraph}`);
    }
  });

  it('a picked figure is answered first by /figure', async () => {
    const list = await choices('figure', { about: 'cost' });
    const picked = list.find((c) => c.name.startsWith('$4.2 million'))!;
    const handle = await h.run(h.emulator.chatInput('figure', { about: picked.value }));
    const embed = ((await handle.response()).data?.embeds as { description: string }[])[0]!;
    expect(embed.description).toMatch(/^\*\*\$4\.2 million\*\*\n> Eastport Mayor/);
  });

  it('a key that no longer resolves is asked as plain text', async () => {
    const handle = await h.run(h.emulator.chatInput('whosaid', { quote: 'q#999999#gone-article' }));
    expect((await handle.response()).data?.content).toContain('No one in the article is quoted saying that.');
  });
});

describe('expiry', () => {
  it('an expired autocomplete (10062) is logged quietly at debug, and the bot carries on', async () => {
    const before = h.logs.length;
    const handle = await h.run(h.emulator.autocomplete('quotes', { speaker: 'Kel' }), { expired: true });
    expect(handle.attempts).toMatchObject([{ status: 404, code: 10062 }]);
    const logged = h.logs.slice(before);
    expect(logged.filter((l) => l.level >= 40)).toEqual([]);
    expect(logged).toContainEqual(expect.objectContaining({ level: 20, msg: 'autocomplete expired before the choices were sent' }));
    expect((await choices('quotes', { speaker: 'Kel' }))[0]?.value).toBe('Maria Keller');
  });
});
