/**
 * Every slash command, and their definitions as registered with Discord. The `article` option is
 * added to every command but /help when more than one article is loaded.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { withCommonOptions } from '../options.js';
import type { BotCommand } from '../types.js';
import * as article from './article.js';
import * as ask from './ask.js';
import * as figure from './figure.js';
import * as help from './help.js';
import * as quotes from './quotes.js';
import * as search from './search.js';
import * as whosaid from './whosaid.js';

export const COMMANDS: readonly BotCommand[] = [whosaid, quotes, figure, ask, search, article, help];

/** Commands by name, for the interaction router. */
export const COMMANDS_BY_NAME: ReadonlyMap<string, BotCommand> = new Map(COMMANDS.map((c) => [c.data.name, c]));

/** What `deploy` registers: each command with its shared options (`/article`'s subcommands carry their own). */
export function commandDefinitions(articleCount: number): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return COMMANDS.map((c) => (c === article ? c.data.toJSON() : withCommonOptions(c.data.toJSON(), articleCount > 1 && c !== help)));
}
