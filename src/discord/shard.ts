/**
 * Sharded entry point: `tsx src/discord/shard.ts` starts one bot process per shard (src/bot.ts)
 * with discord.js's ShardingManager. Only needed past ~2,500 servers.
 *
 * SHARD_COUNT sets the number of shards. When it is not set, 'auto' asks Discord's real API
 * (GET /gateway/bot) for its recommendation: the manager ignores DISCORD_API_URL, so with an
 * emulator or without internet, always set SHARD_COUNT.
 */
import { fileURLToPath } from 'node:url';
import { ShardingManager, type ShardingManagerOptions } from 'discord.js';
import { loadConfig } from '../config.js';
import { DISCORD_MESSAGES as M } from './messages.js';
import { describeStartError } from './login-errors.js';

export function shardCount(env: NodeJS.ProcessEnv = process.env): number | 'auto' {
  const n = Number(env.SHARD_COUNT);
  return env.SHARD_COUNT && Number.isInteger(n) && n > 0 ? n : 'auto';
}

/** A manager running src/bot.ts (through tsx) once per shard; each shard inherits the environment. */
export function createShardManager(token: string, env: NodeJS.ProcessEnv = process.env, options: ShardingManagerOptions = {}): ShardingManager {
  const script = fileURLToPath(new URL('../bot.ts', import.meta.url));
  return new ShardingManager(script, { token, totalShards: shardCount(env), execArgv: ['--import', 'tsx'], ...options });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const config = loadConfig();
  if (!config.discordToken) {
    console.error(M.missingToken);
    process.exit(1);
  }
  const manager = createShardManager(config.discordToken);
  manager.on('shardCreate', (shard) => console.error(`shard ${shard.id} launched`));
  manager.spawn().catch((error: unknown) => {
    console.error(describeStartError(error, config.discordToken));
    process.exit(1);
  });
}
