/**
 * Every command end to end: real interaction payloads through the emulator, real discord.js in the
 * bot, assertions on what the bot sent back (content, embeds, flags, components, allowed_mentions).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import { DISCORD_MESSAGES as M } from '../../src/discord/messages.js';
import type { EmulatedMessage, JsonObject } from '../support/discord-emulator.js';
import { EPHEMERAL, libraryOf, startHarness, strings, type Harness } from './harness.js';

const ARTICLES = ['afp-rafah', 'eastport-pier', 'museum-heist-lyon', 'ruiz-rent-control', 'science-malaria-vaccine'];
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ library: await libraryOf(ARTICLES) });
});
afterAll(async () => h?.close());

interface Embed {
  title?: string;
  url?: string;
  description?: string;
  author?: { name: string };
  footer?: { text: string };
  fields?: { name: string; value: string }[];
}

async function reply(command: string, options: Record<string, string | boolean>, subcommand?: string): Promise<{ data: JsonObject; embeds: Embed[]; flags: number }> {
  const handle = await h.run(h.emulator.chatInput(command, options, subcommand ? { subcommand } : {}));
  const response = await handle.response();
  const data = (response.data ?? {}) as JsonObject;
  expectWithinLimits(data);
  return { data, embeds: (data.embeds ?? []) as Embed[], flags: Number(data.flags ?? 0) };
}

/** Every Discord limit, checked on what the bot sent. */
function expectWithinLimits(data: JsonObject): void {
  expect(data.allowed_mentions).toBeDefined();
  expect(String(data.content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  const embeds = (data.embeds ?? []) as Embed[];
  expect(embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
  const total = embeds.reduce((n, e) => n + strings([e.title, e.description, e.author?.name, e.footer?.text, e.fields]).join('').length, 0);
  expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
}

describe('/whosaid', () => {
  it('answers with the verbatim quote, its speaker, the paragraph and outlet, publicly', async () => {
    const { data, embeds, flags } = await reply('whosaid', { quote: 'space for agreement', article: 'afp-rafah' });
    expect(flags & EPHEMERAL).toBe(0);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.content).toBe('-# /whosaid “space for agreement”\nAntony Blinken said it (paragraph 2).');
    expect(embeds[0]).toMatchObject({
      title: 'afp-rafah',
      description: '> “space for agreement to be reached”',
      author: { name: 'Antony Blinken, US Secretary of State' },
      footer: { text: 'Paragraph 2 · AFP · afp-rafah' },
    });
    expect(embeds[0]?.fields?.[0]).toMatchObject({ name: M.inContext, value: expect.stringContaining('Blinken insisted on Wednesday') });
    expect(embeds[1]?.description).toContain('we do think it creates space for agreement to be reached');
    expect(data.components).toEqual([]);
  });

  it('names the article and links it when it has a URL', async () => {
    const { embeds } = await reply('whosaid', { quote: 'rebuild the pier before summer' });
    expect(embeds[0]?.title).toBe('Eastport mayor promises new pier, \\*\\*bold\\*\\* plans and a <\u200b@&123> surprise');
    expect(embeds[0]?.url).toBe('https://example.com/eastport/pier');
    expect(embeds[0]?.footer?.text).toBe('Paragraph 2 · Eastport Echo · 2026-06-01 · eastport-pier');
  });

  it('says when nobody said it, ephemerally, with the closest quotes as buttons that run the query', async () => {
    const handle = await h.run(h.emulator.chatInput('whosaid', { quote: 'space for a deal', article: 'afp-rafah' }));
    const response = await handle.response();
    expect(Number(response.data?.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(response.data?.content).toContain('No one in the article is quoted saying that.');
    expect(response.data?.content).toContain(M.closest);
    const message = await handle.original();
    const buttons = (message.components[0]?.components ?? []) as { custom_id: string; label: string }[];
    // A short suggestion is offered whole, and only suggestions with words become buttons.
    expect(buttons[0]?.label).toBe('space for agreement to be reached');
    for (const b of buttons) expect(b.label).toMatch(/\p{L}/u);

    const click = await h.run(h.emulator.button(buttons[0]!.custom_id, message));
    const answer = await click.response();
    expect(answer.type).toBe(4);
    expect(Number(answer.data?.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(answer.data?.content).toContain('Antony Blinken said it (paragraph 2).');
    expect((answer.data?.embeds as Embed[])[0]?.description).toBe('> “space for agreement to be reached”');
  });
});

describe('/quotes, /figure, /ask, /search', () => {
  it('/quotes lists what a person said, the first in full and the rest compact, with pages', async () => {
    const { data, embeds } = await reply('quotes', { speaker: 'Maria Keller' });
    expect(data.content).toContain('12 quotes by Maria Keller.');
    expect(embeds[0]).toMatchObject({ author: { name: 'Maria Keller, Eastport Mayor' }, description: '> “We will rebuild the pier before summer,”' });
    expect(embeds[1]?.title).toBe('More matches (2–5 of 12)');
    expect(embeds[1]?.description?.split('\n\n')).toHaveLength(4);
    const row = (data.components as { components: { label: string; disabled: boolean }[] }[])[0]!;
    expect(row.components.map((b) => [b.label, b.disabled])).toEqual([['Previous', true], ['1 / 3', true], ['Next', false]]);
  });

  it('/figure gives the figure as printed and the sentence it stands in', async () => {
    const { data, embeds } = await reply('figure', { about: 'people killed', article: 'afp-rafah' });
    expect(data.content).toContain('figures found');
    expect(embeds[0]?.description).toMatch(/^\*\*at least 27,708 people\*\*\n> Israel vowed to eliminate Hamas/);
    expect(embeds[0]?.footer?.text).toBe('Paragraph 12 · AFP · afp-rafah');
  });

  it('/ask answers a question with a sourced quote', async () => {
    const { data, embeds } = await reply('ask', { question: 'who warned about a humanitarian nightmare?' });
    expect(data.content).toContain('Antonio Guterres said it (paragraph 3).');
    expect(embeds[0]?.author?.name).toBe('Antonio Guterres, UN chief');
  });

  it('/search finds the passages that say it', async () => {
    const { data, embeds } = await reply('search', { text: 'talks in Cairo', article: 'afp-rafah' });
    expect(data.content).toMatch(/passages? found/);
    expect(embeds[0]?.description).toMatch(/^> .*Cairo/);
  });

  it('a figure that is not in the article is an ephemeral "no figure" reply', async () => {
    const { data, flags } = await reply('figure', { about: 'hostages released', article: 'afp-rafah' });
    expect(flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toContain('The article gives no figure for that.');
  });
});

describe('/article and /help', () => {
  it('lists the articles when several are loaded and none is chosen', async () => {
    const { embeds } = await reply('article', {}, 'list');
    expect(embeds[0]?.title).toBe(M.articlesTitle(ARTICLES.length));
    for (const id of ARTICLES) expect(embeds[0]?.description).toContain(`\`${id}\``);
    expect(embeds[0]?.description).toContain('`eastport-pier` · 13 quotes · 2 figures');
  });

  it('shows the chosen article: title, link, outlet, date, who is quoted, counts', async () => {
    const { embeds } = await reply('article', { article: 'eastport-pier' }, 'show');
    expect(embeds[0]).toMatchObject({
      url: 'https://example.com/eastport/pier',
      description: 'Eastport Echo · 2026-06-01\n13 quotes · 2 figures',
      footer: { text: 'eastport-pier' },
      fields: [{ name: M.quoted, value: 'Maria Keller, Eastport Mayor (12)\nTom Reyes, Opposition councillor (1)' }],
    });
  });

  it('finds an article by its title too', async () => {
    const { embeds } = await reply('article', { article: 'Jewels worth more than €15m stolen in Lyon museum raid' }, 'show');
    expect(embeds[0]?.footer?.text).toBe('museum-heist-lyon');
  });

  it('says so when the article does not exist', async () => {
    const { data, flags } = await reply('whosaid', { quote: 'anything', article: 'no-such-article' });
    expect(flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toBe(M.unknownArticle('no-such-article'));
  });

  it('/help explains the commands and options', async () => {
    const { embeds } = await reply('help', {});
    expect(embeds[0]?.title).toBe(M.helpTitle);
    expect(embeds[0]?.fields?.map((f) => f.name)).toEqual(['/whosaid quote:', '/quotes speaker:', '/figure about:', '/ask question:', '/search text:', '/article show · list · add · remove', 'Options']);
    expect(embeds[0]?.footer?.text).toBe('5 articles loaded');
  });
});

describe('hide and mention', () => {
  const SOMEONE = '1180000000000000456';

  it('hide:true answers only the asker', async () => {
    const { flags } = await reply('whosaid', { quote: 'space for agreement', hide: true });
    expect(flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('mention pings that user and nobody else', async () => {
    const { data } = await reply('whosaid', { quote: 'space for agreement', mention: SOMEONE });
    expect(data.allowed_mentions).toEqual({ parse: [], users: [SOMEONE] });
    expect(String(data.content).startsWith(`<@${SOMEONE}>, <@${h.emulator.defaultUser.id}> points you to this answer.`)).toBe(true);
  });

  it('mention with hide pings nobody (an ephemeral answer cannot point anyone)', async () => {
    const { data, flags } = await reply('article', { article: 'afp-rafah', mention: SOMEONE, hide: true }, 'show');
    expect(flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(String(data.content ?? '')).not.toContain(SOMEONE);
  });
});

describe('safe by construction', () => {
  const hostile = '@everyone <@&123> <@456> @here space for agreement';

  function expectNoLiveMentions(data: JsonObject): void {
    for (const s of strings({ content: data.content, embeds: data.embeds })) {
      expect(s).not.toMatch(/@(everyone|here)/);
      expect(s).not.toMatch(/<[@#]/);
    }
  }

  it('mentions in a query are shown as text and ping nobody', async () => {
    const { data } = await reply('whosaid', { quote: hostile });
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.content).toContain('@\u200beveryone <\u200b@&123> <\u200b@456> @\u200bhere');
    expectNoLiveMentions(data);
  });

  it('mentions in a not-found query, and with `mention:`, still ping only that user', async () => {
    const { data } = await reply('quotes', { speaker: '@everyone <@&123>', mention: '1180000000000000456' });
    expect(data.allowed_mentions).toEqual({ parse: [] }); // not found → ephemeral → nobody
    expectNoLiveMentions(data);
  });

  it('markdown in a query is escaped', async () => {
    const { data } = await reply('whosaid', { quote: '**space** for _agreement_ ~~x~~ `y` [link](https://evil.example)' });
    expect(data.content).toContain('\\*\\*space\\*\\* for \\_agreement\\_ \\~\\~x\\~\\~ \\`y\\` \\[link](https://evil.example)');
  });

  it('a 6,000-character option is answered with a clear message and nothing over the limits', async () => {
    const { data, flags } = await reply('search', { text: 'x'.repeat(6000) });
    expect(flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toBe(M.queryTooLong(500));
    const article = await reply('ask', { question: 'who?', article: 'y'.repeat(6000) });
    expect(String(article.data.content).length).toBeLessThan(300);
  });

  it('never sent anything the emulator rejected', () => {
    expect(h.emulator.requests.filter((r) => (r.status ?? 0) >= 400)).toEqual([]);
    expect(h.emulator.unknownRoutes).toEqual([]);
    expect(h.emulator.internalErrors).toEqual([]);
    expect(h.logs.filter((l) => l.level >= 40)).toEqual([]);
  });
});

export type { EmulatedMessage };

describe('with a single article', () => {
  let single: Harness;
  beforeAll(async () => {
    single = await startHarness({ library: await libraryOf(['eastport-pier']) });
  });
  afterAll(async () => single?.close());

  it('registers no `article` option, and /article shows the only article', async () => {
    const stored = single.emulator.getCommands(single.guildId);
    for (const c of stored) expect(c.options?.map((o) => o.name)).not.toContain('article');
    const handle = await single.run(single.emulator.chatInput('article', {}, { subcommand: 'show' }));
    const embed = ((await handle.response()).data?.embeds as Embed[])[0];
    expect(embed?.footer?.text).toBe('eastport-pier');
    expect(embed?.fields?.[0]?.value).toContain('Maria Keller, Eastport Mayor (12)');
  });

  it('answers name the article they come from', async () => {
    const handle = await single.run(single.emulator.chatInput('figure', { about: 'boats' }));
    const embed = ((await handle.response()).data?.embeds as Embed[])[0];
    expect(embed?.description).toMatch(/^\*\*About 140 boats\*\*/);
    expect(embed?.title).toContain('Eastport mayor promises new pier');
    expect(embed?.footer?.text).toBe('Paragraph 15 · Eastport Echo · 2026-06-01 · eastport-pier');
  });
});
