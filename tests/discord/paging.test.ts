/** Previous/Next paging, who may page, and expiry: buttons edited to disabled, stale clicks answered. */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCORD_MESSAGES as M } from '../../src/discord/messages.js';
import { EmulatorRoutes, type EmulatedMessage, type InteractionHandle, type UserFixture } from '../support/discord-emulator.js';
import { EPHEMERAL, FIXTURES, libraryOf, startHarness, type Harness } from './harness.js';

const ALL = [...readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')), 'eastport-pier'];
const STRANGER: UserFixture = { id: '1180000000000000999', username: 'stranger', global_name: 'Stranger', discriminator: '0', avatar: null };

interface Button {
  custom_id: string;
  label: string;
  disabled?: boolean;
}

const buttons = (message: EmulatedMessage): Button[] => (message.components[0]?.components ?? []) as Button[];
const button = (message: EmulatedMessage, label: string): Button => buttons(message).find((b) => b.label === label)!;
const titles = (data: unknown) => ((data as { embeds?: { title?: string }[] }).embeds ?? []).map((e) => e.title);

describe('paging', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ library: await libraryOf(ALL) });
  });
  afterAll(async () => h?.close());

  async function click(label: string, message: EmulatedMessage, user?: UserFixture): Promise<InteractionHandle> {
    return h.run(h.emulator.button(button(message, label).custom_id, message, user ? { user } : {}));
  }

  it('pages through further matches with Next and Previous', async () => {
    const command = await h.run(h.emulator.chatInput('quotes', { speaker: 'Maria Keller', article: 'eastport-pier' }));
    let message = await command.original();
    expect(titles(message)).toEqual(['Eastport mayor promises new pier, \\*\\*bold\\*\\* plans and a <\u200b@&123> surprise', 'More matches (2–5 of 12)']);

    const next = await click('Next', message);
    const response = await next.response();
    expect(response.type).toBe(7);
    expect(response.data?.allowed_mentions).toEqual({ parse: [] });
    expect(titles(response.data)[1]).toBe('More matches (6–9 of 12)');
    message = h.emulator.getMessage(message.id)!;
    expect(buttons(message).map((b) => [b.label, b.disabled])).toEqual([['Previous', false], ['2 / 3', true], ['Next', false]]);
    expect(message.content).toContain('12 quotes by Maria Keller.');

    message = h.emulator.getMessage(message.id)!;
    await click('Next', message);
    message = h.emulator.getMessage(message.id)!;
    expect(titles(message)[1]).toBe('More matches (10–12 of 12)');
    expect(button(message, 'Next').disabled).toBe(true);

    await click('Previous', message);
    message = h.emulator.getMessage(message.id)!;
    expect(titles(message)[1]).toBe('More matches (6–9 of 12)');
  });

  it('only the asker can turn the pages; others are told so, privately', async () => {
    const command = await h.run(h.emulator.chatInput('quotes', { speaker: 'Maria Keller', article: 'eastport-pier' }));
    const message = await command.original();
    const other = await click('Next', message, STRANGER);
    const response = await other.response();
    expect(response).toMatchObject({ type: 4, data: { content: M.notYours, flags: EPHEMERAL } });
    expect(titles(h.emulator.getMessage(message.id))[1]).toBe('More matches (2–5 of 12)');
  });

  it('pages an ephemeral (hide) answer too', async () => {
    const command = await h.run(h.emulator.chatInput('quotes', { speaker: 'Maria Keller', article: 'eastport-pier', hide: true }));
    const message = await command.original();
    expect(message.flags & EPHEMERAL).toBe(EPHEMERAL);
    await click('Next', message);
    expect(titles(h.emulator.getMessage(message.id))[1]).toBe('More matches (6–9 of 12)');
  });

  it('pages the /article list when many articles are loaded', async () => {
    const command = await h.run(h.emulator.chatInput('article', {}, { subcommand: 'list' }));
    const message = await command.original();
    expect(titles(message)).toEqual([M.articlesTitle(ALL.length)]);
    const pages = Math.ceil(ALL.length / 8);
    expect(button(message, `1 / ${pages}`).disabled).toBe(true);
    await click('Next', message);
    const page2 = h.emulator.getMessage(message.id)!;
    expect((page2.embeds[0] as { description: string }).description).toContain('**9. ');
  });

  it('a click on a list the bot no longer knows disables the buttons and says, privately, to run it again', async () => {
    const command = await h.run(h.emulator.chatInput('quotes', { speaker: 'Maria Keller', article: 'eastport-pier' }));
    const message = await command.original();
    const id = button(message, 'Next').custom_id.split(':')[2]!;
    h.bot.context.pages.delete(id); // as after a restart
    const stale = await click('Next', message);
    expect((await stale.response()).type).toBe(7);
    const [followUp] = await stale.waitForFollowUps(1);
    expect(followUp).toMatchObject({ content: M.expired, flags: EPHEMERAL });
    expect(buttons(h.emulator.getMessage(message.id)!).every((b) => b.disabled)).toBe(true);
  });

  it('a click on an unknown custom ID is answered, never left to fail', async () => {
    const stale = await h.run(h.emulator.button('something-else'));
    expect((await stale.response()).type).toBe(7);
    expect((await stale.waitForFollowUps(1))[0]?.content).toBe(M.expired);
  });
});

describe('expiry', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ library: await libraryOf(['afp-rafah', 'eastport-pier']), settings: { buttonTtlMs: 300 } });
  });
  afterAll(async () => h?.close());

  const expiryEdit = (handle: InteractionHandle) =>
    h.emulator.waitForRequest((r) => r.route === EmulatorRoutes.editOriginal && r.path.includes(handle.token), { timeoutMs: 5000 });

  it('edits the page buttons to disabled when the list expires', async () => {
    const command = await h.run(h.emulator.chatInput('quotes', { speaker: 'Maria Keller' }));
    const message = await command.original();
    const edit = await expiryEdit(command);
    expect(edit.status).toBe(200);
    const now = h.emulator.getMessage(message.id)!;
    expect(buttons(now).map((b) => b.disabled)).toEqual([true, true, true]);
    expect(titles(now)).toEqual(titles(message)); // only the buttons changed

    const late = await h.run(h.emulator.button(buttons(message)[2]!.custom_id, message));
    expect((await late.waitForFollowUps(1))[0]).toMatchObject({ content: M.expired, flags: EPHEMERAL });
  });

  it('expires through the latest click: the message it was on is the one edited', async () => {
    const command = await h.run(h.emulator.chatInput('quotes', { speaker: 'Maria Keller' }));
    const message = await command.original();
    const next = await h.run(h.emulator.button(buttons(message)[2]!.custom_id, message));
    await expiryEdit(next);
    expect(buttons(h.emulator.getMessage(message.id)!).map((b) => [b.label, b.disabled])).toEqual([
      ['Previous', true],
      ['2 / 3', true],
      ['Next', true],
    ]);
  });

  it('disables suggestion buttons when they expire', async () => {
    const command = await h.run(h.emulator.chatInput('whosaid', { quote: 'space for a deal', article: 'afp-rafah' }));
    const message = await command.original();
    expect(buttons(message).length).toBeGreaterThan(0);
    await expiryEdit(command);
    expect(buttons(h.emulator.getMessage(message.id)!).every((b) => b.disabled)).toBe(true);
    expect(h.bot.context.picks.size).toBe(0);
  });
});
