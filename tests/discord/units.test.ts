/** The pure helpers: truncation and limits, escaping, custom IDs, the TTL store, rendering of huge answers. */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer, AnswerItem } from '../../src/answer/types.js';
import { customId, parseCustomId } from '../../src/discord/custom-ids.js';
import { DISCORD_LIMITS, embedLength, fitContent, fitEmbeds, truncate } from '../../src/discord/limits.js';
import { answerContent, answerPages } from '../../src/discord/replies/answer.js';
import { body } from '../../src/discord/replies/common.js';
import { TtlStore } from '../../src/discord/store.js';
import { blockQuote, linkOf, neutraliseMentions, safe } from '../../src/discord/text.js';

describe('truncate', () => {
  it('keeps short text, cuts long text at a word with an ellipsis, never over the limit', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('the quick brown fox jumps', 16)).toBe('the quick brown…');
    fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (text, max) => truncate(text, max).length <= max));
  });

  it('never splits a surrogate pair', () => {
    expect(truncate('ab😀cd', 4)).toBe('ab…');
  });
});

describe('fitEmbeds', () => {
  it('brings any embeds within every Discord limit', () => {
    const huge = 'x'.repeat(10_000);
    const embeds = Array.from({ length: 12 }, () => ({
      title: huge,
      description: huge,
      author: { name: huge },
      footer: { text: huge },
      fields: Array.from({ length: 30 }, () => ({ name: huge, value: huge })),
    }));
    const fitted = fitEmbeds(embeds);
    expect(fitted.length).toBeGreaterThanOrEqual(1);
    expect(fitted[0]!.description!.length).toBeGreaterThan(0);
    expect(fitEmbeds(Array.from({ length: 12 }, () => ({ description: 'small' })))).toHaveLength(DISCORD_LIMITS.embeds);
    expect(fitted.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    for (const e of fitted) {
      expect(e.title!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
      expect((e.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
    }
    expect(fitContent(huge).length).toBe(DISCORD_LIMITS.content);
  });
});

describe('safe text', () => {
  it('escapes markdown and neutralises every kind of mention', () => {
    expect(safe('**bold** _it_ ~~s~~ ||spoiler||')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\|');
    expect(safe('# heading')).toBe('\\# heading');
    expect(safe('- list')).toBe('\\- list');
    expect(neutraliseMentions('@everyone @here <@1> <@!2> <@&3> <#4> </cmd:5>')).toBe(
      '@\u200beveryone @\u200bhere <\u200b@1> <\u200b@!2> <\u200b@&3> <\u200b#4> <\u200b/cmd:5>',
    );
    expect(safe('> not a quote')).toBe('\\> not a quote');
  });

  it('never lets a mention through, whatever the input', () => {
    const piece = fc.constantFrom('@everyone', '@here', '<@', '<@&', '<#', '@', '<', '&', '#', '*', '_', ' ', 'a', '1', '\n', '`');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const out = safe(parts.join(''));
        return !/@(everyone|here)|<[@#/]/.test(out);
      }),
    );
  });

  it('quotes every line and accepts only http(s) links', () => {
    expect(blockQuote('a\nb')).toBe('> a\n> b');
    expect(linkOf('https://example.com/x')).toBe('https://example.com/x');
    expect(linkOf('javascript:alert(1)')).toBeUndefined();
    expect(linkOf('not a url')).toBeUndefined();
  });
});

describe('custom IDs', () => {
  it('round-trip and stay under 100 characters', () => {
    expect(parseCustomId(customId.page('AbC-_12x', 3))).toEqual({ action: 'page', id: 'AbC-_12x', n: 3 });
    expect(parseCustomId(customId.pick('AbC-_12x', 1))).toEqual({ action: 'pick', id: 'AbC-_12x', n: 1 });
    expect(parseCustomId(customId.position('AbC-_12x'))).toEqual({ action: 'pos', id: 'AbC-_12x', n: 0 });
    expect(parseCustomId('vote:yes')).toBeUndefined();
    expect(customId.page('x'.repeat(32), 9999).length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
  });
});

describe('TtlStore', () => {
  afterEach(() => void vi.useRealTimers());

  it('expires an entry once after its last use, and not after delete', async () => {
    vi.useFakeTimers();
    const expired: string[] = [];
    const store = new TtlStore<string>(1000, async (value) => void expired.push(value));
    const a = store.add('a');
    const b = store.add('b');
    store.add('c');
    store.delete(b);
    await vi.advanceTimersByTimeAsync(600);
    store.touch(a);
    await vi.advanceTimersByTimeAsync(600);
    expect(expired).toEqual(['c']);
    expect(store.get(a)).toBe('a');
    await vi.advanceTimersByTimeAsync(600);
    expect(expired).toEqual(['c', 'a']);
    expect(store.size).toBe(0);
  });
});

describe('answer rendering', () => {
  const item = (n: number, text: string): AnswerItem => ({
    kind: 'quote',
    speaker: { name: 'A Speaker', role: 'x'.repeat(400) },
    quote: text,
    figure: null,
    text: `${text} she said.`,
    citation: { article: 'a'.repeat(300), paragraph: n, start: n, end: n + 1, title: 't'.repeat(400), outlet: 'o'.repeat(3000), url: 'https://example.com' },
  });

  it('keeps a huge answer within every limit on every page', () => {
    const answer: Answer = { command: 'quotes', query: 'q'.repeat(6000), answers: Array.from({ length: 25 }, (_, i) => item(i + 1, 'w '.repeat(5000))), message: 'm'.repeat(5000) };
    const pages = answerPages(answer);
    expect(pages.pages).toBe(6);
    for (let p = 0; p < pages.pages; p++) {
      const sent = body({ content: answerContent(answer, { command: 'quotes', query: answer.query, asker: '1' }), embeds: pages.render(p) });
      expect(sent.content!.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
      expect(sent.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
      for (const e of sent.embeds) {
        expect(e.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
        expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooter);
        expect((e.author?.name ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedAuthor);
      }
    }
  });
});
