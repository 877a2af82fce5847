/** What the Discord front end's modules share: the context every handler gets, and a command's shape. */
import type { AutocompleteInteraction, ChatInputCommandInteraction, RepliableInteraction } from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Logger } from 'pino';
import type { Engine } from '../answer/engine.js';
import type { Command } from '../answer/types.js';
import type { Choices } from './autocomplete/choices.js';
import type { Cooldown, CooldownSettings } from './cooldown.js';
import type { EmbedData } from './limits.js';
import type { TtlStore } from './store.js';
import type { ArticleStore } from '../library/store.js';

export interface BotSettings {
  buttonTtlMs: number;
  cooldown: CooldownSettings;
  deferAboveSentences: number;
  /** Defer when the interaction is already this old (ms since Discord created it) when a command starts. */
  deferAfterMs: number;
  shutdownGraceMs: number;
  /** Interactions handled at once, over every user; the next ones get a "busy" notice. */
  maxConcurrent: number;
}

/** A paged reply: what Previous/Next need to draw any page. */
export interface PagedView {
  /** Who may turn the pages. */
  owner: string;
  page: number;
  pages: number;
  render(page: number): EmbedData[];
  /** The interaction whose token edits the message: the command, then the latest click. */
  latest: RepliableInteraction;
  /** That message, for `latest.editReply({ message })`: `@original` or a follow-up's id. */
  message: string;
}

/** A question, as the commands and the suggestion buttons ask it. */
export interface QueryRequest {
  command: Command;
  query: string;
  article: string | undefined;
  hide: boolean;
  mention: string | undefined;
  asker: string;
  /** The server asking: it sees the shared articles and its own. */
  guild?: string | undefined;
}

/** "Did you mean" buttons: picking one asks `request` again with that suggestion. */
export interface SuggestionSet {
  owner: string;
  request: QueryRequest;
  suggestions: string[];
  latest: RepliableInteraction;
  message: string;
}

export interface BotContext {
  engine: Engine;
  logger: Logger;
  settings: BotSettings;
  pages: TtlStore<PagedView>;
  picks: TtlStore<SuggestionSet>;
  cooldown: Cooldown;
  /** The autocomplete lists, rebuilt when the articles change. */
  readonly choices: Choices;
  /** Where `/article add` writes; absent when the bot does not take articles from Discord. */
  store?: ArticleStore | undefined;
}

/** One slash command, in the discord.js guide's shape. */
export interface BotCommand {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}
