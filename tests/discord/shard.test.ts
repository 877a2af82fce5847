/** The sharded entry point: SHARD_COUNT, and two real shard processes against the emulator. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShardingManager } from 'discord.js';
import { createShardManager, shardCount } from '../../src/discord/shard.js';
import { DiscordEmulator, defaultGuild } from '../support/discord-emulator.js';

describe('shardCount', () => {
  it('reads SHARD_COUNT, else asks Discord (auto)', () => {
    expect(shardCount({ SHARD_COUNT: '3' })).toBe(3);
    expect(shardCount({})).toBe('auto');
    expect(shardCount({ SHARD_COUNT: 'lots' })).toBe('auto');
    expect(shardCount({ SHARD_COUNT: '0' })).toBe('auto');
  });
});

describe('ShardingManager', () => {
  let emulator: DiscordEmulator;
  let manager: ShardingManager | undefined;
  const saved = { ...process.env };

  beforeAll(async () => {
    // Two guilds that land on different shards (shard = (id >> 22) % 2).
    const second = { ...defaultGuild(), id: String((1n << 22n) + BigInt(defaultGuild().id)), name: 'Second' };
    emulator = await DiscordEmulator.start({ shards: 2, guilds: [defaultGuild(), second] });
    Object.assign(process.env, { DISCORD_API_URL: emulator.apiUrl, LOG_LEVEL: 'warn', ARTICLES_DIR: 'data/articles' });
  });

  afterAll(async () => {
    for (const shard of manager?.shards.values() ?? []) shard.kill();
    process.env = saved;
    await emulator?.close();
  });

  it('starts one bot process per shard, each serving its own guilds', async () => {
    manager = createShardManager(emulator.token, { SHARD_COUNT: '2' }, { respawn: false, silent: true });
    expect(manager.totalShards).toBe(2);
    await manager.spawn({ delay: 0, timeout: 20_000 });
    const counts = (await manager.fetchClientValues('guilds.cache.size')) as number[];
    expect(counts).toEqual([1, 1]);
    expect(emulator.gateway.stats.identifies).toBe(2);
  }, 25_000);
});
