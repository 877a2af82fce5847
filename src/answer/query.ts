import { MESSAGES } from '../errors.js';
import { LIMITS } from './config.js';

export type CleanQuery = { ok: true; query: string } | { ok: false; message: string };

/**
 * Cleans what a user typed: control and zero-width characters out, white space folded,
 * surrounding quote marks and a trailing question mark kept out of the way. Empty or
 * over-long queries get a message instead.
 */
export function cleanQuery(raw: string): CleanQuery {
  const query = raw
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, ' ')
    .replace(/[\ud800-\udfff]/g, (ch, i: number, s: string) => (isPaired(s, i) ? ch : ' '))
    .replace(/\s+/g, ' ')
    .trim();
  if (query.length > LIMITS.queryChars) return { ok: false, message: MESSAGES.queryTooLong(LIMITS.queryChars) };
  const bare = query.replace(/^["“”'‘’]+|["“”'‘’]+$/g, '').trim();
  if (!/[\p{L}\p{N}]/u.test(bare)) return { ok: false, message: MESSAGES.emptyQuery };
  return { ok: true, query: bare };
}

function isPaired(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff;
  return i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff;
}
