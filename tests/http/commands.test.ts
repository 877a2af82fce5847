/**
 * Every command through the HTTP endpoint: real signed requests, assertions on the JSON Discord
 * would receive (type 4, content, embeds, flags, components, allowed_mentions).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import { DISCORD_MESSAGES as M } from '../../src/discord/messages.js';
import { autocomplete, command, EPHEMERAL, libraryOf, send, SOMEONE, startEndpoint, strings, USER, type Answered, type Endpoint } from './support.js';

const ARTICLES = ['afp-rafah', 'eastport-pier', 'museum-heist-lyon', 'ruiz-rent-control', 'science-malaria-vaccine'];
let endpoint: Endpoint;

beforeAll(async () => {
  endpoint = await startEndpoint({ engine: new Engine(libraryOf(ARTICLES)) });
});
afterAll(async () => endpoint?.close());

/** Runs a command and checks what every reply must be: 200, a new message, within Discord's limits. */
async function reply(name: string, options: Record<string, string | boolean>, subcommand?: string): Promise<Answered> {
  const answered = await send(endpoint, command(name, options, undefined, subcommand));
  expect(answered.status).toBe(200);
  expect(answered.type).toBe(4);
  const { data } = answered;
  expect(data.allowed_mentions.parse).toEqual([]);
  expect(String(data.content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  expect(data.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
  expect(strings(data.embeds).join('').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal + 100); // + colours, urls
  for (const row of data.components ?? []) for (const b of row.components) expect(b.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
  return answered;
}

describe('the question commands', () => {
  it('/whosaid answers with the verbatim quote, its speaker, paragraph and outlet, publicly', async () => {
    const { data } = await reply('whosaid', { quote: 'space for agreement', article: 'afp-rafah' });
    expect(data.flags ?? 0).toBe(0);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.content).toBe('-# /whosaid “space for agreement”\nAntony Blinken said it (paragraph 2).');
    expect(data.embeds[0]).toMatchObject({
      title: 'afp-rafah',
      description: '> “space for agreement to be reached”',
      author: { name: 'Antony Blinken, US Secretary of State' },
      footer: { text: 'Paragraph 2 · AFP · afp-rafah' },
    });
    expect(data.embeds[0]?.fields?.[0]).toMatchObject({ name: M.inContext, value: expect.stringContaining('Blinken insisted on Wednesday') });
    expect(data.components).toEqual([]);
  });

  it('/quotes lists what a person said, with stateless page buttons', async () => {
    const { data } = await reply('quotes', { speaker: 'Maria Keller' });
    expect(data.content).toContain('12 quotes by Maria Keller.');
    expect(data.embeds[0]).toMatchObject({ author: { name: 'Maria Keller, Eastport Mayor' }, description: '> “We will rebuild the pier before summer,”' });
    expect(data.embeds[1]?.title).toBe('More matches (2–5 of 12)');
    const row = data.components![0]!.components;
    expect(row.map((b) => [b.label, b.disabled])).toEqual([['Previous', true], ['1 / 3', true], ['Next', false]]);
    expect(row[2]!.custom_id).toBe('bl:p:q:1:0::Maria Keller');
  });

  it('/figure gives the figure as printed and the sentence it stands in', async () => {
    const { data } = await reply('figure', { about: 'people killed', article: 'afp-rafah' });
    expect(data.content).toContain('figures found');
    expect(data.embeds[0]?.description).toMatch(/^\*\*at least 27,708 people\*\*\n> Israel vowed to eliminate Hamas/);
    expect(data.embeds[0]?.footer?.text).toBe('Paragraph 12 · AFP · afp-rafah');
  });

  it('/ask answers a question with a sourced quote', async () => {
    const { data } = await reply('ask', { question: 'who warned about a humanitarian nightmare?' });
    expect(data.content).toContain('Antonio Guterres said it (paragraph 3).');
    expect(data.embeds[0]?.author?.name).toBe('Antonio Guterres, UN chief');
  });

  it('/search finds the passages that say it', async () => {
    const { data } = await reply('search', { text: 'talks in Cairo', article: 'afp-rafah' });
    expect(data.content).toMatch(/passages? found/);
    expect(data.embeds[0]?.description).toMatch(/^> .*Cairo/);
  });

  it('a quote picked in autocomplete (its key) is answered exactly', async () => {
    const { data } = await reply('whosaid', { quote: 'q#456#afp-rafah' });
    expect(data.content).toContain('Antony Blinken said it (paragraph 2).');
    expect(data.embeds[0]?.description).toBe('> “space for agreement to be reached”');
  });
});

describe('not in the article', () => {
  it('a quote nobody said is an ephemeral reply with the closest quotes as buttons', async () => {
    const { data } = await reply('whosaid', { quote: 'space for a deal', article: 'afp-rafah' });
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toContain('No one in the article is quoted saying that.');
    expect(data.content).toContain(M.closest);
    const buttons = data.components![0]!.components;
    expect(buttons.length).toBeGreaterThan(0);
    // The buttons are the gateway bot's: each labelled with a suggestion listed above them; the
    // custom ID carries the question that found nothing and the suggestion's index.
    buttons.forEach((b, n) => {
      expect(b.label).toMatch(/\p{L}/u);
      expect(data.content).toContain(`· ${b.label}`);
      expect(b.custom_id).toBe(`bl:s:w:${n}:0:afp-rafah:space for a deal`);
    });
  });

  it('a figure the article does not give is an ephemeral "no figure" reply', async () => {
    const { data } = await reply('figure', { about: 'hostages released', article: 'afp-rafah' });
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toContain('The article gives no figure for that.');
  });

  it('an unknown article is named, ephemerally', async () => {
    const { data } = await reply('whosaid', { quote: 'anything', article: 'no-such-article' });
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toBe(M.unknownArticle('no-such-article'));
  });

  it('an unknown command is answered, ephemerally', async () => {
    const { data } = await reply('frobnicate', {});
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toBe('Unknown command "frobnicate". Try /help.');
  });
});

describe('/article and /help', () => {
  it('lists the articles, newest first, when none is chosen', async () => {
    const { data } = await reply('article', {}, 'list');
    expect(data.embeds[0]?.title).toBe(M.articlesTitle(ARTICLES.length));
    for (const id of ARTICLES) expect(data.embeds[0]?.description).toContain(`\`${id}\``);
    expect(data.embeds[0]?.description).toContain('`eastport-pier` · 13 quotes · 2 figures');
  });

  it('shows the chosen article, found by its title too', async () => {
    const { data } = await reply('article', { article: 'Jewels worth more than €15m stolen in Lyon museum raid' }, 'show');
    expect(data.embeds[0]?.footer?.text).toBe('museum-heist-lyon');
    const pier = await reply('article', { article: 'eastport-pier' }, 'show');
    expect(pier.data.embeds[0]?.fields).toEqual([{ name: M.quoted, value: 'Maria Keller, Eastport Mayor (12)\nTom Reyes, Opposition councillor (1)' }]);
  });

  it('/help explains the commands and options', async () => {
    const { data } = await reply('help', {});
    expect(data.embeds[0]?.title).toBe(M.helpTitle);
    expect(data.embeds[0]?.fields?.map((f) => f.name)).toEqual(['/whosaid quote:', '/quotes speaker:', '/figure about:', '/ask question:', '/search text:', '/article show · list · add · remove', 'Options']);
    expect(data.embeds[0]?.footer?.text).toBe('5 articles loaded');
  });
});

describe('hide and mention', () => {
  it('hide:true answers only the asker (flag 64)', async () => {
    const { data } = await reply('whosaid', { quote: 'space for agreement', hide: true });
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toContain('Antony Blinken said it');
  });

  it('mention pings that user and nobody else', async () => {
    const { data } = await reply('whosaid', { quote: 'space for agreement', mention: SOMEONE });
    expect(data.allowed_mentions).toEqual({ parse: [], users: [SOMEONE] });
    expect(data.content?.startsWith(`<@${SOMEONE}>, <@${USER}> points you to this answer.`)).toBe(true);
  });

  it('mention with hide pings nobody', async () => {
    const { data } = await reply('help', { mention: SOMEONE, hide: true });
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.content).toBeUndefined();
  });
});

describe('safe by construction', () => {
  it('mentions in a query are shown as text and ping nobody', async () => {
    const { data } = await reply('whosaid', { quote: '@everyone <@&123> <@456> @here space for agreement' });
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.content).toContain('@\u200beveryone <\u200b@&123> <\u200b@456> @\u200bhere');
    for (const s of strings({ content: data.content, embeds: data.embeds })) {
      expect(s).not.toMatch(/@(everyone|here)/);
      expect(s).not.toMatch(/<[@#]/);
    }
  });

  it('markdown in a query is escaped', async () => {
    const { data } = await reply('whosaid', { quote: '**space** for _agreement_ ~~x~~ `y` [link](https://evil.example)' });
    expect(data.content).toContain('\\*\\*space\\*\\* for \\_agreement\\_ \\~\\~x\\~\\~ \\`y\\` \\[link](https://evil.example)');
  });

  it('a 6,000-character query gets a short ephemeral refusal', async () => {
    const { data } = await reply('search', { text: '@everyone '.repeat(600) });
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toBe(M.queryTooLong(500));
    const long = await reply('ask', { question: 'who?', article: 'y'.repeat(6000) });
    expect(long.data.flags).toBe(EPHEMERAL);
    expect(String(long.data.content).length).toBeLessThan(300);
  });

  it('logged nothing above info', () => {
    expect(endpoint.logs.filter((l) => l.level >= 40)).toEqual([]);
  });
});

describe('autocomplete', () => {
  async function complete(name: string, options: Record<string, string>, focused?: string) {
    const answered = await send(endpoint, autocomplete(name, options, focused));
    expect(answered).toMatchObject({ status: 200, type: 8 });
    const list = answered.data.choices ?? [];
    expect(list.length).toBeLessThanOrEqual(DISCORD_LIMITS.autocompleteChoices);
    for (const c of list) {
      expect(c.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
      expect(c.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceValue);
    }
    return list;
  }

  it('completes a quote from what is typed, as a key the command resolves exactly', async () => {
    const list = await complete('whosaid', { quote: 'space for agr' });
    expect(list[0]).toEqual({ name: '“space for agreement to be reached” — Antony Blinken', value: 'q#456#afp-rafah' });
  });

  it('shows 25 choices at most, and keeps to the chosen article', async () => {
    expect(await complete('whosaid', { quote: '' })).toHaveLength(25);
    const figures = await complete('figure', { article: 'afp-rafah', about: '' }, 'about');
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f.value).toMatch(/^f#\d+#afp-rafah$/);
    const speakers = await complete('quotes', { speaker: 'Keller', article: 'eastport-pier' }, 'speaker');
    expect(speakers[0]?.value).toBe('Maria Keller');
  });

  it('completes the article option, and nothing for commands without a list', async () => {
    const articles = await complete('ask', { question: 'who', article: 'museum' });
    expect(articles[0]).toMatchObject({ value: 'museum-heist-lyon' });
    expect(await complete('ask', { question: 'who' })).toEqual([]);
    expect((await complete('search', { text: 'x'.repeat(6000) })).length).toBe(0);
    expect((await complete('whosaid', { quote: 'x'.repeat(6000) })).length).toBeLessThanOrEqual(25);
  });
});
