/**
 * byline's buttons with stateless custom IDs. The rows come from the gateway bot's own builders
 * (`navRow`, `notFoundReply`), so labels, styles and which button is disabled are the same; only
 * their short store IDs are replaced by the state itself (see state.ts).
 */
import { parseCustomId, type ParsedId } from '../discord/custom-ids.js';
import { navRow } from '../discord/pager.js';
import { DISCORD_MESSAGES as M } from '../discord/messages.js';
import type { ButtonRow, Reply } from '../discord/replies/common.js';
import { HTTP_MESSAGES as H } from './messages.js';
import { encodeState, POSITION_ID, type ButtonState } from './state.js';

/** The store ID handed to the gateway builders; every custom ID holding it is rewritten. */
export const PLACEHOLDER = 'http';

/** A state without what differs per button. */
export type RowState = Omit<ButtonState, 'action' | 'n'>;

/**
 * `row` with each button's custom ID replaced by `to(parsed ID)`; undefined when any of them has no
 * replacement (the state does not fit in 100 characters).
 */
export function restate(row: ButtonRow, to: (parsed: ParsedId) => string | undefined): ButtonRow | undefined {
  const components: ButtonRow['components'] = [];
  for (const button of row.components) {
    if (!('custom_id' in button)) {
      components.push(button);
      continue;
    }
    const parsed = parseCustomId(button.custom_id);
    const id = parsed && to(parsed);
    if (!id) return undefined;
    components.push({ ...button, custom_id: id });
  }
  return { ...row, components };
}

/** `[Previous] [2 / 5] [Next]` carrying `state`, or undefined when it does not fit. */
export function pageRow(state: RowState, page: number, pages: number): ButtonRow | undefined {
  return restate(navRow(PLACEHOLDER, page, pages), (p) => (p.action === 'pos' ? POSITION_ID : encodeState({ ...state, action: 'page', n: p.n })));
}

/**
 * Page 1 of a view, with page buttons when there is more than one page. When the state cannot
 * travel in the buttons, page 1 alone, with a line saying how to get the rest.
 */
export function pagedReply(view: { pages: number; render(page: number): Reply['embeds'] }, content: string | undefined, state: RowState): Reply {
  const embeds = view.render(0);
  const withContent = (text: string | undefined) => (text !== undefined ? { content: text } : {});
  if (view.pages <= 1) return { ...withContent(content), embeds };
  const row = pageRow(state, 0, view.pages);
  if (row) return { ...withContent(content), embeds, components: [row] };
  return { content: [content, H.firstPageOnly].filter((s) => s !== undefined).join('\n'), embeds };
}

/**
 * A "not in the article" reply with its suggestion buttons carrying `state` (the question that
 * found nothing: a click asks it again and runs suggestion n). When the state does not fit, the
 * suggestions are listed as text.
 */
export function withSuggestionState(reply: Reply, state: RowState): Reply {
  const row = reply.components?.[0];
  if (!row) return reply;
  const restated = restate(row, (p) => (p.action === 'pick' ? encodeState({ ...state, action: 'pick', n: p.n }) : undefined));
  if (restated) return { ...reply, components: [restated] };
  const { components: _components, ...rest } = reply;
  return { ...rest, content: reply.content?.replace(M.closest, H.closestAsText) };
}
