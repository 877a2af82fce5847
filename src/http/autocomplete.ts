/**
 * Autocomplete (APPLICATION_COMMAND_AUTOCOMPLETE): the gateway bot's lists and ranking, answered
 * with APPLICATION_COMMAND_AUTOCOMPLETE_RESULT. `ChoiceList.rank` keeps to 25 choices of at most
 * 100 characters.
 */
import { resolveArticle, visibleIn } from '../discord/articles.js';
import type { Choices } from '../discord/autocomplete/choices.js';
import { COMMON_OPTIONS } from '../discord/options.js';
import type { HttpContext } from './context.js';
import { focusedOption, guildOf, stringOption, type RawInteraction } from './interaction.js';
import { choices, type InteractionResponse } from './respond.js';

/** The list each command completes its question from (as in src/discord/commands/*.ts). */
const LISTS: ReadonlyMap<string, keyof Choices> = new Map([
  ['whosaid', 'quotes'],
  ['quotes', 'speakers'],
  ['figure', 'figures'],
]);

/** The choices for the option being typed: articles, or the command's own list (scoped to `article:`). */
export function complete(ctx: HttpContext, interaction: RawInteraction): InteractionResponse {
  const focused = focusedOption(interaction);
  if (!focused) return choices([]);
  const guild = guildOf(interaction);
  if (focused.name === COMMON_OPTIONS.article) {
    // `/article remove` is the gateway bot's; here every article the server sees is offered.
    return choices(ctx.choices.articles.rank(focused.value, visibleIn(ctx.engine.library, guild)));
  }
  const list = LISTS.get(interaction.data?.name ?? '');
  if (!list) return choices([]);
  // Only the chosen article's entries, once one is picked.
  const typed = stringOption(interaction, COMMON_OPTIONS.article);
  const article = typed ? resolveArticle(ctx.engine.library, typed, guild) : undefined;
  return choices(ctx.choices[list].rank(focused.value, article ?? visibleIn(ctx.engine.library, guild)));
}
