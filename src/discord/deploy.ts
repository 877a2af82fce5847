/**
 * `npm run deploy`: registers byline's slash commands with one bulk overwrite (PUT), in
 * DISCORD_GUILD_ID when set (instant), else globally (up to an hour to appear). A PUT replaces the
 * whole set, so running it twice changes nothing. The application id comes from
 * GET /applications/@me, so no extra setting is needed.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import type { RESTGetCurrentApplicationResult, RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { loadConfig } from '../config.js';
import { Library } from '../library/library.js';
import { commandDefinitions } from './commands/index.js';
import { describeStartError } from './login-errors.js';
import { DISCORD_MESSAGES as M } from './messages.js';

export interface DeployResult {
  scope: 'guild' | 'global';
  applicationId: string;
  commands: RESTPutAPIApplicationCommandsResult;
}

/** Registers the commands for a library of `articleCount` articles. */
export async function deployCommands(rest: REST, options: { articleCount: number; guildId?: string | undefined }): Promise<DeployResult> {
  const app = (await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult;
  const route = options.guildId ? Routes.applicationGuildCommands(app.id, options.guildId) : Routes.applicationCommands(app.id);
  const body = commandDefinitions(options.articleCount);
  const commands = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return { scope: options.guildId ? 'guild' : 'global', applicationId: app.id, commands };
}

/** The script: reads .env, loads the articles (to know whether `article:` is needed), deploys. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  if (!config.discordToken) {
    console.error(M.missingToken);
    return 1;
  }
  try {
    const library = await Library.fromDirectory(config.articlesDir);
    const rest = new REST({ api: config.apiUrl }).setToken(config.discordToken);
    const result = await deployCommands(rest, { articleCount: library.size, guildId: config.guildId });
    console.log(M.deployed(result.commands.length, result.scope === 'guild' ? `in guild ${config.guildId}` : 'globally'));
    if (result.scope === 'global') console.log(M.deployedGlobal);
    return 0;
  } catch (error) {
    console.error(M.deployFailed(describeStartError(error, config.discordToken)));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
