/**
 * Stateless custom IDs. Behind a load balancer any instance may receive a click, so a button
 * carries everything needed to redraw its answer, in at most 100 characters:
 *
 *   bl:<action>:<command>:<n>:<hide>:<article>:<query>
 *
 *   action   `p` turn to page n of the answer; `s` ask suggestion n of the answer again
 *   command  one letter: w(hosaid) q(uotes) f(igure) a(sk) s(earch), or l for the /article list
 *   hide     1 when the answer is only for the asker (a picked suggestion is answered the same way)
 *   article  the article the question was limited to, or empty (`%` and `:` percent-escaped)
 *   query    the question as asked, verbatim, last so that it needs no escaping
 *
 * The instance re-asks the engine (deterministic over the same ARTICLES_DIR) and renders page n.
 * When the state does not fit, `encodeState` returns undefined and the caller drops the buttons.
 */
import type { Command } from '../answer/types.js';
import { DISCORD_LIMITS } from '../discord/limits.js';

const PREFIX = 'bl';

/** What the /article list pages over: no question, only the page. */
export type StateCommand = Command | 'article';

/** Everything a button needs to redraw or re-ask its answer. */
export interface ButtonState {
  action: 'page' | 'pick';
  command: StateCommand;
  /** The page to show, or the suggestion to ask. */
  n: number;
  hide: boolean;
  article: string | undefined;
  query: string;
}

const ACTIONS = { page: 'p', pick: 's' } as const;
const COMMAND_CODES = { whosaid: 'w', quotes: 'q', figure: 'f', ask: 'a', search: 's', article: 'l' } as const satisfies Record<StateCommand, string>;
const BY_ACTION = new Map<string, ButtonState['action']>(Object.entries(ACTIONS).map(([k, v]) => [v, k as ButtonState['action']]));
const BY_CODE = new Map<string, StateCommand>(Object.entries(COMMAND_CODES).map(([k, v]) => [v, k as StateCommand]));
const PATTERN = /^bl:([ps]):([wqfasl]):(\d{1,4}):([01]):([^:]*):([\s\S]*)$/;

/** The custom ID of the disabled "2 / 5" counter: never clicked, but it must differ from its neighbours. */
export const POSITION_ID = `${PREFIX}:x`;

/** The custom ID for `state`, or undefined when it would exceed Discord's 100 characters. */
export function encodeState(state: ButtonState): string | undefined {
  const article = (state.article ?? '').replace(/%/g, '%25').replace(/:/g, '%3A');
  const id = [PREFIX, ACTIONS[state.action], COMMAND_CODES[state.command], state.n, state.hide ? 1 : 0, article, state.query].join(':');
  return id.length <= DISCORD_LIMITS.customId ? id : undefined;
}

/** The state a custom ID carries, or undefined for anything else (the gateway bot's IDs, garbage). */
export function decodeState(customId: string): ButtonState | undefined {
  const m = PATTERN.exec(customId);
  if (!m) return undefined;
  const article = m[5] ? m[5].replace(/%3A/gi, ':').replace(/%25/g, '%') : undefined;
  return { action: BY_ACTION.get(m[1]!)!, command: BY_CODE.get(m[2]!)!, n: Number(m[3]), hide: m[4] === '1', article, query: m[6]! };
}
