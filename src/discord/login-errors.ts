/**
 * Why the bot could not start, as one line for an operator: never a stack trace, never the token.
 */
import { DiscordAPIError, DiscordjsErrorCodes } from 'discord.js';
import { DISCORD_MESSAGES as M } from './messages.js';

export class MissingTokenError extends Error {
  override readonly name = 'MissingTokenError';
  constructor() {
    super(M.missingToken);
  }
}

/** True when Discord refused the token (TokenInvalid from discord.js, or a 401 from the API). */
export function isTokenRejected(error: unknown): boolean {
  if (error instanceof DiscordAPIError) return error.status === 401;
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === DiscordjsErrorCodes.TokenInvalid;
}

/** One line describing a start-up failure, with the token scrubbed from anything quoted. */
export function describeStartError(error: unknown, token?: string): string {
  if (error instanceof MissingTokenError) return M.missingToken;
  if (isTokenRejected(error)) return M.invalidToken;
  const raw = error instanceof Error ? error.message : String(error);
  const firstLine = raw.split('\n')[0]?.trim() || 'unknown error';
  return M.loginFailed(token ? firstLine.split(token).join('[redacted]') : firstLine);
}
