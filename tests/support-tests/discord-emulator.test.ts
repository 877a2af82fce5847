/**
 * Proves the local Discord emulator is faithful enough for a real discord.js Client: login over the
 * gateway, command registration, every interaction response style, Discord's limits and error codes,
 * REST faults and gateway reconnects.
 */
import { once } from 'node:events';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  SlashCommandBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import type { Interaction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { CallbackType, DiscordEmulator, EmulatorRoutes, GatewayCloseCode, MessageFlag } from '../support/discord-emulator.js';
import type { InteractionHandle } from '../support/discord-emulator.js';

/** Named one-shot signals between the bot's handlers and the test (no sleeps, no polling). */
class Signals {
  readonly #entries = new Map<string, { promise: Promise<unknown>; resolve: (value: unknown) => void }>();

  emit(key: string, value: unknown = true): void {
    this.#entry(key).resolve(value);
  }

  wait(key: string, timeoutMs = 5000): Promise<unknown> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Timed out waiting for signal ${key}`)), timeoutMs);
    });
    return Promise.race([this.#entry(key).promise, timeout]).finally(() => clearTimeout(timer));
  }

  #entry(key: string): { promise: Promise<unknown>; resolve: (value: unknown) => void } {
    let entry = this.#entries.get(key);
    if (!entry) {
      let resolve: (value: unknown) => void = () => undefined;
      const promise = new Promise<unknown>((done) => {
        resolve = done;
      });
      entry = { promise, resolve };
      this.#entries.set(key, entry);
    }
    return entry;
  }
}

type Outcome = { ok: true } | { ok: false; error: unknown };

const signals = new Signals();
const clientErrors: Error[] = [];
let emulator: DiscordEmulator;
let client: Client;
let guildId: string;

const commandDefinitions = [
  new SlashCommandBuilder().setName('ping').setDescription('Replies pong'),
  new SlashCommandBuilder().setName('slow').setDescription('Defers, then edits the reply'),
  new SlashCommandBuilder().setName('multi').setDescription('Replies, then sends an ephemeral follow-up'),
  new SlashCommandBuilder().setName('vote').setDescription('Asks with buttons'),
  new SlashCommandBuilder().setName('file').setDescription('Replies with an attachment'),
  new SlashCommandBuilder().setName('feedback').setDescription('Opens a modal'),
  new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Autocompleted topic')
    .addStringOption((option) => option.setName('topic').setDescription('Topic').setRequired(true).setAutocomplete(true)),
  new SlashCommandBuilder()
    .setName('echo')
    .setDescription('Repeats text as content or embed')
    .addStringOption((option) => option.setName('text').setDescription('Text').setRequired(true))
    .addStringOption((option) =>
      option.setName('as').setDescription('Where').addChoices({ name: 'content', value: 'content' }, { name: 'embed', value: 'embed' }),
    ),
].map((builder) => builder.toJSON());

/** The bot under test: one handler per command, written like a normal discord.js bot. */
async function handle(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    const typed = interaction.options.getFocused();
    const count = typed === 'many' ? 30 : 3;
    await interaction.respond(Array.from({ length: count }, (_, index) => ({ name: `${typed} ${index}`, value: `${typed}-${index}` })));
    return;
  }
  if (interaction.isModalSubmit()) {
    await interaction.reply({ content: `Thanks: ${interaction.fields.getTextInputValue('comment')}`, flags: MessageFlags.Ephemeral });
    return;
  }
  if (!interaction.isChatInputCommand()) return; // button clicks are handled by collectors
  switch (interaction.commandName) {
    case 'ping':
      await interaction.reply({ content: 'pong' });
      return;
    case 'slow':
      await interaction.deferReply();
      await interaction.editReply({ content: 'done', embeds: [new EmbedBuilder().setTitle('Result').setDescription('42')] });
      return;
    case 'multi':
      await interaction.reply('first');
      await interaction.followUp({ content: 'second', flags: MessageFlags.Ephemeral });
      return;
    case 'vote': {
      const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId('vote:yes').setLabel('Yes').setStyle(ButtonStyle.Success),
        new ButtonBuilder().setCustomId('vote:no').setLabel('No').setStyle(ButtonStyle.Danger),
      );
      const response = await interaction.reply({ content: 'Vote?', components: [row], withResponse: true });
      const message = response.resource?.message;
      if (!message) throw new Error('with_response=true returned no message');
      const click = message.awaitMessageComponent({ time: 5000 });
      signals.emit(`${interaction.id}:collecting`);
      const button = await click;
      await button.update({ content: `Voted ${button.customId.split(':')[1] ?? '?'}`, components: [] });
      return;
    }
    case 'file':
      await interaction.reply({ content: 'see file', files: [{ attachment: Buffer.from('hello'), name: 'note.txt' }] });
      return;
    case 'feedback':
      await interaction.showModal(
        new ModalBuilder()
          .setCustomId('feedback-modal')
          .setTitle('Feedback')
          .addLabelComponents(
            new LabelBuilder()
              .setLabel('Comment')
              .setTextInputComponent(new TextInputBuilder().setCustomId('comment').setStyle(TextInputStyle.Short)),
          ),
      );
      return;
    case 'echo': {
      const text = interaction.options.getString('text', true);
      // A plain embed object on purpose: EmbedBuilder would reject long text before it reaches "Discord".
      await interaction.reply(interaction.options.getString('as') === 'embed' ? { embeds: [{ description: text }] } : { content: text });
      return;
    }
  }
}

/** Resolves when the bot's handler for this interaction has finished (or failed). */
function outcome(handle: InteractionHandle): Promise<Outcome> {
  return signals.wait(`${handle.id}:done`) as Promise<Outcome>;
}

async function expectFailure(handle: InteractionHandle): Promise<unknown> {
  const result = await outcome(handle);
  if (result.ok) throw new Error(`Expected the bot's response to interaction ${handle.id} to fail`);
  return result.error;
}

beforeAll(async () => {
  emulator = await DiscordEmulator.start({ heartbeatIntervalMs: 1000 });
  guildId = emulator.defaultGuild.id;
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: emulator.apiUrl } });
  client.on(Events.Error, (error) => clientErrors.push(error));
  client.on(Events.InteractionCreate, (interaction) => {
    handle(interaction).then(
      () => signals.emit(`${interaction.id}:done`, { ok: true }),
      (error: unknown) => signals.emit(`${interaction.id}:done`, { ok: false, error }),
    );
  });
  const ready = once(client, Events.ClientReady);
  await client.login(emulator.token);
  await ready;
  await client.application?.commands.set(commandDefinitions, guildId);
});

afterAll(async () => {
  await client?.destroy();
  await emulator?.close();
});

describe('discord.js against the Discord emulator', () => {
  it('logs in over the gateway and sees the guild', async () => {
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(emulator.applicationId);
    expect(client.application?.id).toBe(emulator.applicationId);
    const guild = client.guilds.cache.get(guildId);
    expect(guild?.name).toBe('Byline Test Guild');
    expect(guild?.channels.cache.find((channel) => channel.name === 'general')?.isTextBased()).toBe(true);
    expect(emulator.gateway.stats.identifies).toBe(1);
    expect(emulator.requests[0]).toMatchObject({ route: EmulatorRoutes.gatewayBot, status: 200 });
    expect(emulator.gateway.connections[0]?.query).toMatchObject({ v: '10', encoding: 'json' });
    // Heartbeats (interval 1 s here) are acknowledged.
    await emulator.gateway.waitFor('heartbeat', { since: 0 });
  });

  it('stores commands registered with application.commands.set and keeps ids on overwrite', async () => {
    const stored = emulator.getCommands(guildId);
    expect(stored.map((command) => command.name).sort()).toEqual(commandDefinitions.map((command) => command.name).sort());
    expect(stored.find((command) => command.name === 'ask')?.options?.[0]).toMatchObject({ name: 'topic', type: 3, autocomplete: true });
    expect(emulator.getCommands()).toEqual([]);
    const put = emulator.requests.find((request) => request.route === EmulatorRoutes.overwriteGuildCommands);
    expect(put?.headers.authorization).toBeUndefined();

    const again = await client.application?.commands.set(commandDefinitions, guildId);
    expect([...(again?.keys() ?? [])].sort()).toEqual(stored.map((command) => command.id).sort());

    const invalid = client.application?.commands.set([{ name: 'Not Valid', description: 'x'.repeat(101) }], guildId);
    await expect(invalid).rejects.toMatchObject({ code: 50035, status: 400 });
    expect(emulator.getCommands(guildId)).toHaveLength(commandDefinitions.length);
  });

  it('records a plain reply as callback type 4', async () => {
    const interaction = emulator.sendInteraction(emulator.chatInput('ping'));
    const response = await interaction.response();
    expect(response).toMatchObject({ type: CallbackType.ChannelMessageWithSource, data: { content: 'pong' } });
    expect(await outcome(interaction)).toEqual({ ok: true });
    expect(emulator.requestsFor(interaction).map((request) => [request.route, request.status])).toEqual([
      [EmulatorRoutes.interactionCallback, 204],
    ]);
    expect((await interaction.original()).content).toBe('pong');
  });

  it('records deferReply (type 5) followed by editReply on @original', async () => {
    const interaction = emulator.sendInteraction(emulator.chatInput('slow'));
    expect((await interaction.response()).type).toBe(CallbackType.DeferredChannelMessageWithSource);
    const reply = await interaction.original();
    expect(reply.content).toBe('done');
    expect(reply.embeds[0]).toMatchObject({ title: 'Result', description: '42' });
    expect(reply.flags & MessageFlag.Loading).toBe(0);
    expect(await outcome(interaction)).toEqual({ ok: true });
    expect(emulator.requestsFor(interaction).map((request) => request.route)).toEqual([
      EmulatorRoutes.interactionCallback,
      EmulatorRoutes.editOriginal,
    ]);
    expect(interaction.edits).toHaveLength(1);
  });

  it('records autocomplete results (type 8) and rejects more than 25 choices', async () => {
    const interaction = emulator.sendInteraction(emulator.autocomplete('ask', { topic: 'ga' }));
    const response = await interaction.response();
    expect(response.type).toBe(CallbackType.AutocompleteResult);
    expect(response.data?.choices).toEqual([
      { name: 'ga 0', value: 'ga-0' },
      { name: 'ga 1', value: 'ga-1' },
      { name: 'ga 2', value: 'ga-2' },
    ]);

    const tooMany = emulator.sendInteraction(emulator.autocomplete('ask', { topic: 'many' }));
    expect(await expectFailure(tooMany)).toMatchObject({ code: 50035, status: 400 });
    expect(tooMany.attempts).toMatchObject([{ status: 400, code: 50035 }]);
    expect(tooMany.acknowledged).toBe(false);
  });

  it('delivers a button click to a collector and records the update (type 7)', async () => {
    const vote = emulator.sendInteraction(emulator.chatInput('vote'));
    const question = await vote.original();
    expect(question.content).toBe('Vote?');
    expect(emulator.requestsFor(vote)[0]?.query.with_response).toBe('true');
    await signals.wait(`${vote.id}:collecting`);

    const click = emulator.sendInteraction(emulator.button('vote:yes', question));
    const response = await click.response();
    expect(response).toMatchObject({ type: CallbackType.UpdateMessage, data: { content: 'Voted yes', components: [] } });
    expect(await outcome(vote)).toEqual({ ok: true });
    expect(emulator.getMessage(question.id)).toMatchObject({ content: 'Voted yes', components: [] });
    expect(() => emulator.button('vote:maybe', question)).toThrow(/no component/);
  });

  it('records a reply plus an ephemeral follow-up', async () => {
    const interaction = emulator.sendInteraction(emulator.chatInput('multi'));
    expect(await interaction.response()).toMatchObject({ type: CallbackType.ChannelMessageWithSource, data: { content: 'first' } });
    const [followUp] = await interaction.waitForFollowUps(1);
    expect(followUp?.content).toBe('second');
    expect((followUp?.flags ?? 0) & MessageFlag.Ephemeral).toBe(MessageFlag.Ephemeral);
    expect(await outcome(interaction)).toEqual({ ok: true });
    expect(emulator.requestsFor(interaction).map((request) => request.route)).toEqual([
      EmulatorRoutes.interactionCallback,
      EmulatorRoutes.createFollowUp,
    ]);
  });

  it('reads multipart bodies (payload_json + files)', async () => {
    const interaction = emulator.sendInteraction(emulator.chatInput('file'));
    expect(await interaction.response()).toMatchObject({ type: 4, data: { content: 'see file' } });
    expect(emulator.requestsFor(interaction)[0]?.files).toMatchObject([{ filename: 'note.txt', size: 5 }]);
    expect((await interaction.original()).attachments).toMatchObject([{ filename: 'note.txt', size: 5 }]);
  });

  it('records a modal (type 9) and delivers its submission', async () => {
    const open = emulator.sendInteraction(emulator.chatInput('feedback'));
    const response = await open.response();
    expect(response).toMatchObject({ type: CallbackType.Modal, data: { custom_id: 'feedback-modal', title: 'Feedback' } });
    const submit = emulator.sendInteraction(emulator.modalSubmit('feedback-modal', { comment: 'nice' }));
    expect(await submit.response()).toMatchObject({ type: 4, data: { content: 'Thanks: nice', flags: MessageFlags.Ephemeral } });
  });

  it('enforces message limits with 400 / 50035 and Discord-shaped errors', async () => {
    const tooLong = emulator.sendInteraction(emulator.chatInput('echo', { text: 'x'.repeat(2001) }));
    const error = await expectFailure(tooLong);
    expect(error).toMatchObject({ code: 50035, status: 400 });
    expect(emulator.requestsFor(tooLong)[0]?.response).toEqual({
      message: 'Invalid Form Body',
      code: 50035,
      errors: { data: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }] } } },
    });

    const bigEmbed = emulator.sendInteraction(emulator.chatInput('echo', { text: 'y'.repeat(4097), as: 'embed' }));
    expect(await expectFailure(bigEmbed)).toMatchObject({ code: 50035 });

    const exact = emulator.sendInteraction(emulator.chatInput('echo', { text: 'z'.repeat(2000) }));
    expect((await exact.response()).data?.content).toHaveLength(2000);
  });

  it('answers 10062 after the deadline and 40060 to a second callback', async () => {
    const expired = emulator.sendInteraction(emulator.chatInput('ping'), { expired: true });
    expect(await expectFailure(expired)).toMatchObject({ code: 10062, status: 404 });

    const answered = emulator.sendInteraction(emulator.chatInput('ping'));
    await outcome(answered);
    const again = await fetch(`${emulator.apiUrl}/v10/interactions/${answered.id}/${answered.token}/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { content: 'again' } }),
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ message: 'Interaction has already been acknowledged.', code: 40060 });
  });

  it('rejects a wrong token: REST 401 → TokenInvalid, gateway IDENTIFY → close 4004', async () => {
    const intruder = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: emulator.apiUrl } });
    try {
      await expect(intruder.login('wrong-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
    } finally {
      await intruder.destroy();
    }
    expect(emulator.requests.at(-1)).toMatchObject({
      route: EmulatorRoutes.gatewayBot,
      status: 401,
      response: { message: '401: Unauthorized', code: 0 },
    });

    const socket = new WebSocket(`${emulator.gatewayUrl}?v=10&encoding=json`);
    const [hello] = (await once(socket, 'message')) as [Buffer];
    expect(JSON.parse(hello.toString())).toMatchObject({ op: 10, d: { heartbeat_interval: 1000 } });
    const closed = once(socket, 'close');
    socket.send(JSON.stringify({ op: 2, d: { token: 'wrong-token', intents: 1, properties: {} } }));
    const [code] = (await closed) as [number];
    expect(code).toBe(GatewayCloseCode.AuthenticationFailed);
  });

  it('lets discord.js retry a 429 and a 502 on the callback route', async () => {
    emulator.faults.rateLimit(EmulatorRoutes.interactionCallback, { count: 1, retryAfter: 0.05 });
    const limited = emulator.sendInteraction(emulator.chatInput('ping'));
    expect((await limited.response()).data?.content).toBe('pong');
    expect(await outcome(limited)).toEqual({ ok: true });
    expect(emulator.requestsFor(limited).map((request) => [request.status, request.fault])).toEqual([
      [429, '429'],
      [204, undefined],
    ]);
    expect(emulator.requestsFor(limited)[0]?.response).toEqual({ message: 'You are being rate limited.', retry_after: 0.05, global: false });

    emulator.failNextCallback(502);
    const failed = emulator.sendInteraction(emulator.chatInput('ping'));
    expect((await failed.response()).data?.content).toBe('pong');
    expect(emulator.requestsFor(failed).map((request) => request.status)).toEqual([502, 204]);
  });

  it('resumes after a dropped connection and replays the missed interaction', async () => {
    const identifies = emulator.gateway.stats.identifies;
    const resumed = emulator.gateway.waitFor('resumed');
    emulator.gateway.drop();
    // Sent while the client is offline: Discord keeps it in the session and replays it on RESUME.
    const interaction = emulator.sendInteraction(emulator.chatInput('ping'));
    await resumed;
    expect((await interaction.response()).data?.content).toBe('pong');
    expect(emulator.gateway.stats.identifies).toBe(identifies);
  });

  it('resumes after op 7 RECONNECT', async () => {
    const resumed = emulator.gateway.waitFor('resumed');
    emulator.gateway.reconnect();
    await resumed;
    const interaction = emulator.sendInteraction(emulator.chatInput('ping'));
    expect((await interaction.response()).data?.content).toBe('pong');
  });

  it('identifies again after a non-resumable op 9 INVALID SESSION', async () => {
    const ready = emulator.gateway.waitFor('ready', { timeoutMs: 10_000 });
    emulator.gateway.invalidateSession(false);
    await ready; // discord.js throttles identifies 5 s apart, so this can take a few seconds
    const interaction = emulator.sendInteraction(emulator.chatInput('ping'));
    expect((await interaction.response()).data?.content).toBe('pong');
    expect(emulator.gateway.stats.identifies).toBe(2);
  }, 15_000);

  it('measures dispatch → callback latency over 200 interactions', async () => {
    const latencies: number[] = [];
    const handles: InteractionHandle[] = [];
    for (let index = 0; index < 200; index += 1) {
      const interaction = emulator.sendInteraction(emulator.chatInput('ping'));
      const response = await interaction.response();
      expect(response.type).toBe(CallbackType.ChannelMessageWithSource);
      latencies.push(response.latencyMs);
      handles.push(interaction);
    }
    const outcomes = await Promise.all(handles.map((interaction) => outcome(interaction)));
    expect(outcomes.every((result) => result.ok)).toBe(true);

    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (quantile: number): string => (sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] ?? 0).toFixed(2);
    const mean = (latencies.reduce((sum, value) => sum + value, 0) / latencies.length).toFixed(2);
    console.log(`dispatch → callback latency over ${latencies.length} interactions: mean ${mean} ms, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`);
  });

  it('saw only emulated routes and no internal or client errors', () => {
    expect(emulator.unknownRoutes).toEqual([]);
    expect(emulator.internalErrors).toEqual([]);
    expect(clientErrors).toEqual([]);
  });
});

/** A bare gateway client: enough protocol to get a session without discord.js. */
async function rawGateway(target: DiscordEmulator, identify: Record<string, unknown> = {}): Promise<{ socket: WebSocket; packets: Record<string, unknown>[] }> {
  const socket = new WebSocket(`${target.gatewayUrl}?v=10&encoding=json`);
  const packets: Record<string, unknown>[] = [];
  socket.on('message', (data: Buffer) => packets.push(JSON.parse(data.toString()) as Record<string, unknown>));
  await once(socket, 'open');
  socket.send(JSON.stringify({ op: 2, d: { token: target.token, intents: 1, properties: {}, ...identify } }));
  return { socket, packets };
}

describe('emulator protocol details (raw clients)', () => {
  let raw: DiscordEmulator;
  let socket: WebSocket | undefined;
  const api = (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`${raw.apiUrl}/v10${path}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  const post = (path: string, body: unknown): Promise<Response> => api(path, { method: 'POST', body: JSON.stringify(body) });

  beforeAll(async () => {
    raw = await DiscordEmulator.start({ callbackDeadlineMs: 200, strict: false });
    socket = (await rawGateway(raw)).socket;
    await raw.gateway.waitFor('ready', { since: 0 });
  });

  afterAll(async () => {
    socket?.terminate();
    await raw?.close();
  });

  it('checks the deadline when a (delayed) callback arrives', async () => {
    raw.delayCallbacks(300);
    const late = raw.sendInteraction(raw.chatInput('anything'));
    const response = await post(`/interactions/${late.id}/${late.token}/callback`, { type: 4, data: { content: 'late' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: 'Unknown interaction', code: 10062 });
    expect(late.attempts).toMatchObject([{ status: 404, code: 10062 }]);
  });

  it('has no webhook before the ack; the first follow-up completes a deferred reply', async () => {
    const interaction = raw.sendInteraction(raw.chatInput('anything'));
    const early = await post(`/webhooks/${raw.applicationId}/${interaction.token}?wait=true`, { content: 'too early' });
    expect(await early.json()).toEqual({ message: 'Unknown Webhook', code: 10015 });

    expect((await post(`/interactions/${interaction.id}/${interaction.token}/callback`, { type: 5 })).status).toBe(204);
    const loading = (await (await api(`/webhooks/${raw.applicationId}/${interaction.token}/messages/%40original`)).json()) as { flags: number; id: string };
    expect(loading.flags & MessageFlag.Loading).toBe(MessageFlag.Loading);

    const empty = await post(`/webhooks/${raw.applicationId}/${interaction.token}?wait=true`, { content: '  ' });
    expect(await empty.json()).toEqual({ message: 'Cannot send an empty message', code: 50006 });
    const followUp = (await (await post(`/webhooks/${raw.applicationId}/${interaction.token}?wait=true`, { content: 'answer' })).json()) as { id: string };
    expect(followUp.id).toBe(loading.id);
    expect((await interaction.original()).content).toBe('answer');
  });

  it('answers unknown routes 404 and missing auth 401, recording both', async () => {
    const unknown = await api('/channels/123/messages', { headers: { authorization: `Bot ${raw.token}` } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ message: '404: Not Found', code: 0 });
    expect(raw.unknownRoutes.map((request) => request.route)).toEqual(['GET /channels/123/messages']);
    expect((await api('/users/@me')).status).toBe(401);
    expect((await api('/users/@me', { headers: { authorization: `Bot ${raw.token}` } })).status).toBe(200);
  });

  it('drops the connection for a reset fault', async () => {
    raw.faults.reset(EmulatorRoutes.currentUser);
    await expect(api('/users/@me', { headers: { authorization: `Bot ${raw.token}` } })).rejects.toThrow();
    expect(raw.requests.at(-1)).toMatchObject({ route: EmulatorRoutes.currentUser, fault: 'reset' });
  });

  it('answers RESUME of an unknown session with op 9 and closes 4014 on disallowed intents', async () => {
    const resumer = new WebSocket(`${raw.gatewayUrl}?v=10&encoding=json`);
    const packets: { op: number; d: unknown }[] = [];
    const invalidSession = new Promise<void>((resolve) => {
      resumer.on('message', (data: Buffer) => {
        const packet = JSON.parse(data.toString()) as { op: number; d: unknown };
        packets.push(packet);
        if (packet.op === 9) resolve();
      });
    });
    await once(resumer, 'open');
    resumer.send(JSON.stringify({ op: 6, d: { token: raw.token, session_id: 'nope', seq: 3 } }));
    await invalidSession;
    resumer.terminate();
    await once(resumer, 'close');
    expect(packets).toEqual([expect.objectContaining({ op: 10 }), { op: 9, d: false, s: null, t: null }]);

    const privileged = await rawGateway(raw, { intents: 1 | (1 << 15) });
    const [code] = (await once(privileged.socket, 'close')) as [number];
    expect(code).toBe(GatewayCloseCode.DisallowedIntents);
  });
});
